// What `npm pack` ships, and that the packed tarball installs and runs as the README says
// (`npm install ./dflint-<version>.tgz`, then `npx dflint`): offline, the package has no dependencies.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers/cli";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const hasNpm = spawnSync(npm, ["--version"], { stdio: "ignore" }).status === 0;
if (!hasNpm) console.warn("pack test skipped: npm is not on PATH");

describe("npm package", () => {
  it.skipIf(!hasNpm)("packs the CLI and action bundles, the sample, docs, schema and LICENSE, and nothing from the sources", { timeout: 120_000 }, () => {
    const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of ["bin/dflint.js", "dist/dflint.cjs", "dist/action.mjs", "action.yml", "fixtures/sample/Dockerfile", "README.md", "LICENSE", "rules/README.md", "rules/dflint.schema.json", "package.json"]) {
      expect(files, f).toContain(f);
    }
    // Every library file the CLI requires on first use is there.
    const vendor = fs.readdirSync(path.join(root, "dist", "vendor")).map((c) => `dist/vendor/${c}`);
    expect(vendor.length).toBeGreaterThan(0);
    for (const c of vendor) expect(files, c).toContain(c);
    expect(files.filter((f) => /^(src|test|\.ci)\/|node_modules|\.ts$/.test(f))).toEqual([]);
    expect(fs.readFileSync(path.join(root, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).license).toBe("MIT");
  });

  it.skipIf(!hasNpm)("installs from the packed tarball without network, in a project and with --global into a prefix, and runs the installed bin", { timeout: 180_000 }, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-pack-"));
    const tgz = execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", tmp], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()!;
    const project = path.join(tmp, "project");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "package.json"), '{ "name": "p", "version": "1.0.0", "private": true }\n');
    execFileSync(npm, ["install", "--offline", "--no-audit", "--no-fund", path.join(tmp, tgz)], { cwd: project, encoding: "utf8" });
    const installed = path.join(project, "node_modules", ".bin", "dflint");
    const env = { ...process.env, NO_COLOR: "1" };
    const demo = spawnSync(installed, ["--demo", "--format", "json"], { cwd: project, encoding: "utf8", env });
    expect(demo.status, demo.stderr).toBe(1);
    expect(JSON.parse(demo.stdout).files[0].problems.map((p: { ruleId: string }) => p.ruleId)).toContain("copy-manifests-first");
    // Nothing to lint in the project itself: said, and exit 2.
    const none = spawnSync(installed, [], { cwd: project, encoding: "utf8", env });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no Dockerfile found");
    // Worker threads run bin/dflint.js from the package.
    for (let i = 0; i < 200; i++) fs.mkdirSync(path.join(project, "svc", String(i)), { recursive: true });
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(project, "svc", String(i), "Dockerfile"), "FROM node\n");
    const many = spawnSync(installed, ["--format", "json", "svc"], { cwd: project, encoding: "utf8", env: { ...env, DFLINT_JOBS: "2" } });
    expect(many.stderr).toBe("");
    expect(JSON.parse(many.stdout).files).toHaveLength(200);

    // `npm install --global` of the same tarball (into a scratch prefix): the `dflint` command, its
    // lazily loaded subcommands and a Compose build, run from an unrelated folder.
    const prefix = path.join(tmp, "prefix");
    execFileSync(npm, ["install", "--global", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, path.join(tmp, tgz)], { cwd: tmp, encoding: "utf8" });
    const global = path.join(prefix, process.platform === "win32" ? "dflint.cmd" : path.join("bin", "dflint"));
    const work = path.join(tmp, "work");
    fs.mkdirSync(path.join(work, "api"), { recursive: true });
    fs.writeFileSync(path.join(work, "api", "Dockerfile"), 'FROM alpine:3.23\nARG MODE\nRUN echo "$MODE" > /mode\nUSER nobody\nCMD ["true"]\n');
    fs.writeFileSync(path.join(work, "compose.yaml"), "services:\n  api:\n    build:\n      context: api\n      args:\n        MODE: x\n        MDOE: y\n");
    const version = spawnSync(global, ["--version"], { cwd: work, encoding: "utf8", env });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
    const compose = spawnSync(global, ["--compose", "--format", "json"], { cwd: work, encoding: "utf8", env });
    expect(compose.stderr).toBe("");
    const found = JSON.parse(compose.stdout).files[0].problems.filter((p: { ruleId: string }) => p.ruleId.startsWith("build-"));
    expect(found.map((p: { message: string }) => p.message)).toEqual([expect.stringContaining("compose.yaml:7 passes build arg 'MDOE' to service 'api'")]);
    const explain = spawnSync(global, ["explain", "build-arg-undeclared"], { cwd: work, encoding: "utf8", env });
    expect(explain.status).toBe(0);
    const layers = spawnSync(global, ["layers", "--compose", "--format", "json"], { cwd: work, encoding: "utf8", env });
    expect(layers.stderr).toBe("");
    expect(JSON.parse(layers.stdout).files[0].build.name).toBe("api");
  });
});
