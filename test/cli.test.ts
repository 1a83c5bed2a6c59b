// Spawns the built bin/dflint.js, as users run it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "dflint.js");

function dflint(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  // A larger buffer than the 1 MB default: a report beyond it would be cut off (and the run killed).
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-cli-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const SEED = "FROM python:3.6-alpine\nRUN mkdir /app\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 5000\nCMD python app.py\n";
const GOOD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER nobody\nCMD ["python", "app.py"]\n';

describe("dflint CLI", () => {
  it("reports the seed Flask Dockerfile's mission problems at the right lines and exits 1", () => {
    const dir = tmpdir({ Dockerfile: SEED });
    const r = dflint(["--format", "json", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const found = out.files[0].problems.map((p: { ruleId: string; line: number }) => `${p.ruleId}@${p.line}`);
    expect(found).toEqual(expect.arrayContaining(["run-redundant-mkdir@2", "copy-manifests-first@4", "cmd-exec-form@7"]));
    const keys = Object.keys(out.files[0].problems[0]);
    expect(keys).toEqual(["ruleId", "related", "severity", "message", "line", "column", "endLine", "endColumn"]);
  });

  it("exits 0 on a good Dockerfile and prints nothing", () => {
    const dir = tmpdir({ Dockerfile: GOOD });
    const r = dflint([], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("prints stylish output without colour codes when not a TTY", () => {
    const dir = tmpdir({ Dockerfile: SEED });
    const r = dflint(["Dockerfile"], { cwd: dir });
    expect(r.stdout).toContain("Dockerfile");
    expect(r.stdout).toMatch(/4:1\s+warning\s+.*copy-manifests-first/);
    expect(r.stdout).not.toContain("\u001b[");
    const forced = dflint(["--color", "Dockerfile"], { cwd: dir });
    expect(forced.stdout).toContain("\u001b[");
    const off = dflint(["Dockerfile"], { cwd: dir, env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(off.stdout).not.toContain("\u001b[");
  });

  it("honours --fail-level and --max-warnings", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\nCMD node app.js\n" });
    expect(dflint(["--fail-level", "error", "Dockerfile"], { cwd: dir }).code).toBe(0);
    expect(dflint(["--fail-level", "none", "Dockerfile"], { cwd: dir }).code).toBe(0);
    expect(dflint(["--fail-level", "warning", "Dockerfile"], { cwd: dir }).code).toBe(1);
    expect(dflint(["--fail-level", "none", "--max-warnings", "1", "Dockerfile"], { cwd: dir }).code).toBe(1);
    expect(dflint(["--fail-level", "none", "--max-warnings", "5", "Dockerfile"], { cwd: dir }).code).toBe(0);
    // JSON reports make each file's part as it is linted and keep only its counts for the exit code.
    const json = (args: string[]) => dflint(["-f", "json", ...args, "Dockerfile"], { cwd: dir }).code;
    expect([json(["--fail-level", "error"]), json(["--fail-level", "warning"]), json(["--fail-level", "info"])]).toEqual([0, 1, 1]);
    expect([json(["--fail-level", "none", "--max-warnings", "1"]), json(["--fail-level", "none", "--max-warnings", "5"])]).toEqual([1, 0]);
  });

  it("finds Dockerfiles by name under the current folder, honouring .gitignore", () => {
    const dir = tmpdir({
      Dockerfile: GOOD,
      "svc/api.Dockerfile": "FROM node\n",
      "svc/Containerfile.dev": "FROM node:latest\n",
      ".devcontainer/Dockerfile": "FROM ubuntu\n",
      "build/Dockerfile": "FROM node\n",
      ".gitignore": "build/\n",
      "notes.txt": "FROM node\n",
      "Dockerfile.dockerignore": "node_modules\n",
    });
    const r = dflint(["--format", "json"], { cwd: dir });
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual([".devcontainer/Dockerfile", "Dockerfile", "svc/Containerfile.dev", "svc/api.Dockerfile"]);
  });

  it("lints explicitly named files whatever their name, and globs", () => {
    const dir = tmpdir({ "weird.txt": "FROM node\n", "a/x.df": "FROM node\n" });
    const r = dflint(["--format", "json", "weird.txt", "a/*.df"], { cwd: dir });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(["weird.txt", "a/x.df"]);
  });

  it("names a missing file, still lints the others and exits 2", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\n" });
    const r = dflint(["--format", "json", "nope/Dockerfile", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope/Dockerfile");
    expect(JSON.parse(r.stdout).files[0].problems[0].ruleId).toBe("from-image-pinned");
  });

  it("keeps linting after a line it cannot parse", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\nFROBNICATE x\nCMD node app.js\n" });
    const r = dflint(["--format", "json", "Dockerfile"], { cwd: dir });
    const ids = JSON.parse(r.stdout).files[0].problems.map((p: { ruleId: string; line: number }) => `${p.ruleId}@${p.line}`);
    expect(ids).toEqual(["from-image-pinned@1", "syntax-valid@2", "cmd-exec-form@3"]);
    expect(r.stderr).not.toMatch(/at .*\.m?js:\d+/);
  });

  it("reads stdin with --stdin-filename, applying that path's config", () => {
    const dir = tmpdir({ "svc/.dflint.json": JSON.stringify({ rules: { "from-image-pinned": "off" } }) });
    const r = dflint(["-", "--stdin-filename", "svc/Dockerfile", "--format", "json"], { cwd: dir, input: "FROM node\n" });
    const out = JSON.parse(r.stdout);
    expect(out.files[0].path).toBe("svc/Dockerfile");
    expect(out.files[0].problems).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("rejects a bad config with its path and exit 2", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\n", ".dflint.json": JSON.stringify({ rules: { "from-image-pinned": ["warning", { floatingTags: 3 }] } }) });
    const r = dflint(["Dockerfile"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".dflint.json");
    expect(r.stderr).toContain("floatingTags");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the effective config", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\n", ".dflint.json": JSON.stringify({ rules: { "run-no-cd": "error" } }) });
    const r = dflint(["--print-config", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("run-no-cd");
    expect(r.stdout).toContain("error");
  });

  it("applies --build-arg to ARG defaults", () => {
    const dir = tmpdir({ Dockerfile: "ARG TAG=latest\nFROM node:${TAG}\n" });
    expect(dflint(["Dockerfile"], { cwd: dir }).code).toBe(1);
    expect(dflint(["--build-arg", "TAG=22", "Dockerfile"], { cwd: dir }).code).toBe(0);
  });

  it("explains a rule from its metadata, by id or hadolint code", () => {
    const r = dflint(["explain", "from-image-pinned"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("DL3006");
    expect(r.stdout).toContain("floatingTags");
    expect(dflint(["explain", "DL3000"]).stdout).toContain("workdir-absolute");
    expect(dflint(["explain", "no-such-rule"]).code).toBe(2);
  });

  it("handles usage errors, --help and --version", () => {
    const bad = dflint(["--no-such-flag"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--no-such-flag");
    expect(dflint(["--format", "nope", "x"]).code).toBe(2);
    expect(dflint(["--help"]).stdout).toContain("Usage: dflint");
    expect(dflint(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("says so and exits 2 when a named folder holds no Dockerfile (see cli-conventions.test.ts)", () => {
    const dir = tmpdir({ "empty/readme.txt": "hi" });
    const r = dflint(["empty"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no Dockerfile found under empty");
  });

  it("honours pragmas and the check directive", () => {
    const dir = tmpdir({
      Dockerfile: "# check=skip=JSONArgsRecommended\n# hadolint ignore=DL3006\nFROM node\n# dflint-ignore: run-no-cd -- legacy script\nRUN cd /x && make\nCMD node app.js\n",
    });
    const r = dflint(["--format", "json", "Dockerfile"], { cwd: dir });
    expect(JSON.parse(r.stdout).files[0].problems).toEqual([]);
  });

  it("splits a large run across worker threads with the same output, in order", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) files[`svc${String(i).padStart(3, "0")}/Dockerfile`] = i % 3 ? GOOD : SEED;
    files["svc239/.dflint.json"] = JSON.stringify({ rules: { "cmd-exec-form": "error" } });
    const dir = tmpdir(files);
    const one = dflint(["--format", "json"], { cwd: dir, env: { DFLINT_JOBS: "1" } });
    const many = dflint(["--format", "json"], { cwd: dir, env: { DFLINT_JOBS: "2" } });
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(many.stdout).files.length).toBe(240);
    // Files named on the command line: the workers start before the files are stat'ed.
    const named = Object.keys(files).filter((f) => f.endsWith("Dockerfile"));
    const early = dflint(["--format", "json", ...named], { cwd: dir, env: { DFLINT_JOBS: "2" } });
    expect(early.stdout).toBe(one.stdout);
    // A run that stops before linting (here: its report would overwrite an input) does not wait for them.
    const refused = dflint(["--format", "json", "--output-file", named[0]!, ...named], { cwd: dir, env: { DFLINT_JOBS: "2" } });
    expect(refused.code).toBe(2);
    // So does one that never lints (bin/dflint.js started a worker for the many operands before it knew).
    const version = dflint(["--version", ...named], { cwd: dir, env: { DFLINT_JOBS: "2" } });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    // A broken config met by a worker still stops the run with exit 2.
    fs.writeFileSync(path.join(dir, "svc239/.dflint.json"), "{ not json");
    const broken = dflint(["--format", "json"], { cwd: dir, env: { DFLINT_JOBS: "2" } });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(".dflint.json");
  });

  it("reports a worker's file of over a thousand problems (sent unformatted) as one thread does", () => {
    // Such a file's problems cross from the worker by structured clone, which leaves out the
    // getters of a problem's message and span (src/engine/problem.ts). Workers take the last
    // ranges of the queue: the big files are at the end.
    const files: Record<string, string> = {};
    const many = "FROM alpine:3.20\n" + Array.from({ length: 1100 }, (_, i) => `RUN echo ${i}\n`).join("");
    for (let i = 0; i < 240; i++) files[`svc${String(i).padStart(3, "0")}/Dockerfile`] = i >= 200 && i % 8 === 0 ? many : i % 3 ? GOOD : SEED;
    const dir = tmpdir(files);
    for (const format of ["json", "stylish", "sarif"]) {
      const one = dflint(["--format", format], { cwd: dir, env: { DFLINT_JOBS: "1", NO_COLOR: "1" } });
      const two = dflint(["--format", format], { cwd: dir, env: { DFLINT_JOBS: "2", NO_COLOR: "1" } });
      expect([one.code, two.code], format).toEqual([1, 1]);
      expect(two.stdout, format).toBe(one.stdout);
    }
    const report = JSON.parse(dflint(["--format", "json"], { cwd: dir, env: { DFLINT_JOBS: "2" } }).stdout);
    const big = report.files.find((f: { path: string }) => f.path === "svc232/Dockerfile");
    expect(big.problems.length).toBeGreaterThan(1000);
    expect(big.problems.find((p: { ruleId: string }) => p.ruleId === "run-consolidate").message).toMatch(/^This RUN and the one before \(line 2\)/);
  });

  it("positions fix edits and rdjson byte columns from the file's text, which plain runs do not keep", () => {
    // Line 3 starts with a two-byte character: rdjson's UTF-8 columns differ from JSON's.
    const dir = tmpdir({ Dockerfile: "FROM alpine:3.19\nCMD echo hi\nLABEL é=1\nMAINTAINER someone\n" });
    const json = JSON.parse(dflint(["--format", "json", "Dockerfile"], { cwd: dir }).stdout);
    const maintainer = json.files[0].problems.find((p: { ruleId: string }) => p.ruleId === "maintainer-deprecated");
    expect(maintainer.fix.edits[0]).toMatchObject({ line: 4, column: 1 });
    const rd = JSON.parse(dflint(["--format", "rdjson", "Dockerfile"], { cwd: dir }).stdout);
    const label = rd.diagnostics.find((d: { code: { value: string } }) => d.code.value === "label-key-format");
    if (label) expect(label.location.range.end.column).toBeGreaterThan(label.location.range.start.column);
    expect(rd.diagnostics.find((d: { code: { value: string } }) => d.code.value === "maintainer-deprecated").suggestions.length).toBeGreaterThan(0);
  });
});
