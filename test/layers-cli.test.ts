// `dflint layers` through the built binary (run `npm run bundle` first; `npm test` does).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tmpdir } from "./helpers/cli";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "dflint.js");
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dflint(args: string[], cwd: string, env: Record<string, string> = {}) {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), ...env };
  delete e.FORCE_COLOR;
  if (!env.NO_COLOR) delete e.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: e });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function context(files: Record<string, string>): string {
  const dir = tmpdir(files, "dflint-lcli-");
  made.push(dir);
  return dir;
}

const GOOD = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER nobody\nCMD ["python", "app.py"]\n';
const flask = { Dockerfile: GOOD, "requirements.txt": "flask\n", "app.py": "print(1)\n" };

describe("dflint layers (CLI)", () => {
  it("--changed app.py: JSON marks COPY . . and the steps after it", () => {
    const dir = context(flask);
    const r = dflint(["layers", "--format", "json", "--changed", "app.py"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const file = out.files[0];
    expect(Object.keys(file)).toEqual(["path", "target", "stages", "guard"]);
    expect(file.path).toBe("Dockerfile");
    expect(Object.keys(file.stages[0])).toEqual(["index", "name", "built", "steps"]);
    const steps = file.stages[0].steps;
    expect(Object.keys(steps[0])).toEqual(["line", "endLine", "instruction", "createsLayer", "inputs", "volatility", "rebuild", "reason"]);
    expect(steps.map((s: { rebuild: unknown }) => s.rebuild)).toEqual([false, false, false, false, true, true, true]);
  });

  it("--changed requirements.txt rebuilds from the first COPY; no rebuild key without a change", () => {
    const dir = context(flask);
    const out = JSON.parse(dflint(["layers", "-f", "json", "--changed", "requirements.txt", "Dockerfile"], dir).stdout);
    expect(out.files[0].stages[0].steps.map((s: { rebuild: unknown }) => s.rebuild)).toEqual([false, false, true, true, true, true, true]);
    const plain = JSON.parse(dflint(["layers", "-f", "json"], dir).stdout);
    expect("rebuild" in plain.files[0].stages[0].steps[0]).toBe(false);
  });

  it("stylish draws a table without colour when not a TTY; --color forces it", () => {
    const dir = context(flask);
    const r = dflint(["layers", "--changed", "app.py"], dir);
    expect(r.stdout).toMatch(/LINE\s+INSTRUCTION\s+KIND\s+INPUTS\s+VOLATILITY\s+REBUILD\s+IF IT MISSES\s+WHY/);
    expect(r.stdout).toMatch(/5\s+COPY \. \.\s+layer\s+\d+ files.*source\s+REBUILD/);
    expect(r.stdout).not.toContain("\u001b[");
    expect(dflint(["layers", "--color"], dir).stdout).toContain("\u001b[");
  });

  it("--history and --since with a real git repository; markdown bars", () => {
    const dir = context({ ...flask, ".dockerignore": ".git\n" });
    const env = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" };
    const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, env: { ...process.env, ...env } });
    git("init", "-q", "-b", "main");
    git("config", "commit.gpgsign", "false");
    git("add", "-A");
    git("commit", "-q", "-m", "one");
    fs.writeFileSync(path.join(dir, "app.py"), "print(2)\n");
    git("commit", "-q", "-am", "two");
    const j = JSON.parse(dflint(["layers", "-f", "json", "--history", "5"], dir).stdout);
    const steps = j.files[0].stages[0].steps;
    expect(steps.map((s: { rebuilds: number }) => s.rebuilds)).toEqual([1, 1, 1, 1, 2, 2, 2]);
    expect(steps[0].commits).toBe(2);
    const md = dflint(["layers", "-f", "markdown", "--history", "5"], dir).stdout;
    expect(md).toContain("| 0 | 5 | `COPY . .` | source | `██████████` 100% |");
    expect(md).toContain("`█████░░░░░` 50%");
    fs.writeFileSync(path.join(dir, "requirements.txt"), "flask==3\n");
    const since = JSON.parse(dflint(["layers", "-f", "json", "--since", "HEAD~1"], dir).stdout);
    expect(since.files[0].stages[0].steps.map((s: { rebuild: unknown }) => s.rebuild)).toEqual([false, false, true, true, true, true, true]);
  });

  it("usage errors exit 2", () => {
    const dir = context(flask);
    expect(dflint(["layers", "--format", "xml"], dir).code).toBe(2);
    expect(dflint(["layers", "--history", "zero"], dir).code).toBe(2);
    expect(dflint(["layers", "missing.Dockerfile"], dir).code).toBe(2);
    expect(dflint(["layers", "--bogus"], dir).code).toBe(2);
    const notGit = dflint(["layers", "--since", "HEAD"], dir);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toContain("git");
  });
});
