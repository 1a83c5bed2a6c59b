// The pre-commit hook (.pre-commit-hooks.yaml) as users get it: `pre-commit try-repo` clones this
// repository at the committed HEAD, installs it with pre-commit's node support (npm, no build step:
// the CLI bundle in dist/ is committed) and runs the hook on a repository with a bad Dockerfile.
//
// Needs `pre-commit` (Debian package; .ci/tools installs it), git, node and npm on PATH; skipped,
// saying so, when one is missing. It tests the *committed* HEAD (`--ref`), i.e. what a user's
// `rev:` would get, not uncommitted work: commit (with a rebuilt dist/) before relying on it.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

const has = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const head = spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: root, encoding: "utf8" });
const missing = [
  !has("pre-commit", "--version") && "pre-commit",
  !has("git", "--version") && "git",
  !has("npm", "--version") && "npm",
  head.status !== 0 && "a git checkout of dflint",
].filter(Boolean);
if (missing.length) console.warn(`pre-commit hook test skipped: ${missing.join(", ")} not available`);

const BAD = "FROM node\nCMD node app.js\n";
// Fixed: nothing copied from the context, pinned base, non-root user, exec-form CMD.
const GOOD = 'FROM alpine:3.23\nUSER nobody\nCMD ["echo", "ok"]\n';

describe("pre-commit hook", () => {
  it.skipIf(missing.length > 0)("fails with dflint's findings on a bad Dockerfile and passes once it is fixed", { timeout: 600_000 }, async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-pre-commit-"));
    const repo = path.join(tmp, "repo");
    fs.mkdirSync(repo);
    const env: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, "cache"), NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1" };
    delete env.FORCE_COLOR;
    execFileSync("git", ["init", "-q"], { cwd: repo, env });
    fs.writeFileSync(path.join(repo, "Dockerfile"), BAD);
    fs.mkdirSync(path.join(repo, "podman"));
    fs.writeFileSync(path.join(repo, "podman", "Containerfile"), "FROM alpine\nRUN cd /tmp && true\n");
    fs.writeFileSync(path.join(repo, "README.md"), "not a Dockerfile\n");
    execFileSync("git", ["add", "-A"], { cwd: repo, env });

    // The hook as a project uses it: a .pre-commit-config.yaml naming this checkout at HEAD. Both runs
    // share one hook environment (pre-commit keys it by repository and rev; `try-repo` made a fresh
    // clone, and so a fresh npm install, per run: 73 s of the suite for the two runs).
    fs.writeFileSync(
      path.join(repo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${JSON.stringify(root)}\n    rev: ${head.stdout.trim()}\n    hooks:\n      - id: dflint\n        verbose: true\n`,
    );
    execFileSync("git", ["add", "-A"], { cwd: repo, env });
    // Asynchronous: an install takes 20-80 s (clone, npm install), and a test worker blocked that long
    // misses its calls to vitest ("Timeout calling onTaskUpdate").
    const tryRepo = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const args = ["run", "--all-files", "--color", "never"];
        const child = execFile("pre-commit", args, { cwd: repo, env, encoding: "utf8", maxBuffer: 1 << 26 }, (_err, stdout, stderr) =>
          done({ status: child.exitCode, stdout, stderr }),
        );
      });

    const bad = await tryRepo();
    const out = bad.stdout + bad.stderr;
    expect(out, out).toMatch(/dflint\.+Failed/);
    expect(out).toContain("cmd-exec-form");
    expect(out).toContain("from-image-pinned");
    expect(out).toMatch(/Dockerfile/);
    // A Containerfile is linted too (pre-commit's `dockerfile` type does not tag it).
    expect(out).toMatch(/podman\/Containerfile\n\s+1:\d+\s+warning/);
    expect(out).not.toContain("README.md");
    expect(bad.status).toBe(1);

    fs.writeFileSync(path.join(repo, "Dockerfile"), GOOD);
    fs.writeFileSync(path.join(repo, "podman", "Containerfile"), GOOD);
    execFileSync("git", ["add", "-A"], { cwd: repo, env });
    const good = await tryRepo();
    const out2 = good.stdout + good.stderr;
    expect(out2, out2).toMatch(/dflint\.+Passed/);
    expect(good.status).toBe(0);
  });

  it("declares a node hook for Dockerfile and Containerfile names with no build step on install", () => {
    const hooks = fs.readFileSync(path.join(root, ".pre-commit-hooks.yaml"), "utf8");
    expect(hooks).toMatch(/^- id: dflint$/m);
    expect(hooks).toMatch(/^ {2}language: node$/m);
    expect(hooks).toMatch(/^ {2}entry: dflint$/m);
    // pre-commit matches `files` with Python's re.search on the repository-relative path.
    const files = new RegExp(/^ {2}files: (.*)$/m.exec(hooks)![1]!);
    for (const name of ["Dockerfile", "Containerfile", "a/b/Containerfile", "Dockerfile.dev", "Dockerfile-prod", "api.Dockerfile", "web.dockerfile", "Containerfile.arm64"]) {
      expect(files.test(name), name).toBe(true);
    }
    for (const name of ["README.md", "Dockerfile.d/readme.txt", "notaDockerfile.txt", "docker-compose.yml", "Containerfiles/x"]) expect(files.test(name), name).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.bin.dflint).toBe("bin/dflint.js");
    // npm builds a git dependency on the user's machine when one of these scripts exists.
    for (const s of ["preinstall", "install", "postinstall", "build", "prepare", "prepack"]) expect(pkg.scripts?.[s], s).toBeUndefined();
    // Everything the CLI needs is bundled.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    const gitignore = fs.readFileSync(path.join(root, ".gitignore"), "utf8");
    expect(gitignore).not.toMatch(/^\/?dist\/?$/m);
  });
});
