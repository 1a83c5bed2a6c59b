// Adoption on legacy code through the built CLI: --write-baseline, --baseline, --since; and the
// github format on a hostile file name.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff, touches } from "../src/cli/since";
import type { Problem } from "../src/engine/types";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "dflint.js");

function dflint(args: string[], cwd: string) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-adopt-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: cwd } }).trim();
}

const haveGit = spawnSync("git", ["--version"]).status === 0;

type JsonOut = { files: { path: string; problems: { ruleId: string; line: number }[] }[] };
const found = (stdout: string) =>
  (JSON.parse(stdout) as JsonOut).files.flatMap((f) => f.problems.map((p) => `${f.path}:${p.ruleId}@${p.line}`)).sort();

const LEGACY = "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD node app.js\n";

describe("--write-baseline / --baseline", () => {
  it("records current problems, hides them later, reports new ones and stale entries", () => {
    const dir = tmpdir({ "svc/Dockerfile": LEGACY });
    const w = dflint(["--write-baseline", ".dflint-baseline.json", "--format", "json", "svc/Dockerfile"], dir);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/wrote \d+ problems to baseline \.dflint-baseline\.json/);
    expect(found(w.stdout)).toEqual([]);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, ".dflint-baseline.json"), "utf8"));
    expect(baseline.version).toBe(1);
    expect(baseline.entries.length).toBeGreaterThan(1);
    for (const e of baseline.entries) {
      expect(Object.keys(e)).toEqual(["path", "ruleId", "fingerprint", "message"]);
      expect(e.path).toBe("svc/Dockerfile");
      expect(e.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }

    // Same file: nothing reported, exit 0, silent.
    const same = dflint(["--baseline", ".dflint-baseline.json", "--format", "json", "svc/Dockerfile"], dir);
    expect(found(same.stdout)).toEqual([]);
    expect(same.stderr).toBe("");
    expect(same.code).toBe(0);

    // From another working folder the baseline (paths relative to its own folder) still applies.
    const sub = dflint(["--baseline", "../.dflint-baseline.json", "--format", "json", "Dockerfile"], path.join(dir, "svc"));
    expect(found(sub.stdout)).toEqual([]);

    // Lines moved (a comment added on top): still baselined. A new problem is reported.
    // The shell-form CMD is fixed: its entry is stale.
    fs.writeFileSync(path.join(dir, "svc/Dockerfile"), "# legacy\nFROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN sudo make install\nCMD [\"node\", \"app.js\"]\n");
    const later = dflint(["--baseline", ".dflint-baseline.json", "--format", "json", "svc/Dockerfile"], dir);
    // Only problems of the new line 6 (which rules fire there is not this test's business).
    const fresh = found(later.stdout);
    expect(fresh.length).toBeGreaterThan(0);
    for (const f of fresh) expect(f).toMatch(/^svc\/Dockerfile:[a-z0-9-]+@6$/);
    expect(later.stderr).toMatch(/1 baseline entry no longer occurs/);
    expect(later.stderr).toMatch(/svc\/Dockerfile: cmd-exec-form: /);
    expect(later.code).toBe(1);
  });

  it("exits 2 naming the file when the baseline is missing or malformed", () => {
    const dir = tmpdir({ Dockerfile: LEGACY, "bad.json": "{not json", "wrong.json": '{"version": 9, "entries": []}' });
    const missing = dflint(["--baseline", "nope.json", "Dockerfile"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read baseline .*nope\.json/);
    const bad = dflint(["--baseline", "bad.json", "Dockerfile"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/baseline .*bad\.json is not valid JSON/);
    const wrong = dflint(["--baseline", "wrong.json", "Dockerfile"], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong\.json is not a dflint baseline: unsupported version 9/);
  });
});

describe("--since", () => {
  it("parses -U0 hunk headers into changed lines and deletion points", () => {
    const c = parseUnifiedDiff("@@ -1,0 +2,2 @@\n+a\n+b\n@@ -5 +7 @@\n-x\n+y\n@@ -9,2 +10,0 @@\n-p\n-q\n");
    expect([...c.lines].sort((a, b) => a - b)).toEqual([2, 3, 7]);
    expect([...c.deletions]).toEqual([10]);
    const p = (line: number, endLine = line) => ({ line, endLine }) as Problem;
    expect(touches(p(3), c)).toBe(true);
    expect(touches(p(4), c)).toBe(false);
    expect(touches(p(10, 11), c)).toBe(true); // lines deleted inside a multi-line instruction
    expect(touches(p(11, 12), c)).toBe(false);
  });

  it.skipIf(!haveGit)("keeps problems on lines changed since the ref, including uncommitted and untracked changes", () => {
    const dir = tmpdir({ Dockerfile: LEGACY, "other/Dockerfile": "FROM ubuntu\n" });
    git(dir, "init", "-q", "-b", "main");
    git(dir, "config", "user.email", "t@example.com");
    git(dir, "config", "user.name", "t");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "base");
    // Committed change: a `sudo` RUN on line 5.
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN sudo make install\nCMD node app.js\n");
    git(dir, "commit", "-qam", "change");
    // Uncommitted change: the base image on line 1 (still unpinned: 'FROM node AS app').
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM node AS app\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN sudo make install\nCMD node app.js\n");
    // Untracked file: every line counts.
    fs.writeFileSync(path.join(dir, "new.Dockerfile"), "FROM alpine\n");
    const r = dflint(["--since", "HEAD~1", "--format", "json", "Dockerfile", "other/Dockerfile", "new.Dockerfile"], dir);
    expect(r.stderr).toBe("");
    const got = found(r.stdout);
    expect(got).toContain("Dockerfile:run-no-sudo@5");
    expect(got).toContain("Dockerfile:from-image-pinned@1");
    expect(got).toContain("new.Dockerfile:from-image-pinned@1");
    expect(got.some((g) => g.startsWith("Dockerfile:copy-manifests-first@3"))).toBe(false);
    expect(got.some((g) => g.startsWith("Dockerfile:cmd-exec-form@6"))).toBe(false);
    expect(got.some((g) => g.startsWith("other/"))).toBe(false);
    expect(r.code).toBe(1);

    const bad = dflint(["--since", "no-such-ref", "Dockerfile"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'no-such-ref' is not a commit/);
  });

  it("does not filter files outside a git repository, and says so", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\n" });
    const r = dflint(["--since", "HEAD", "--format", "json", "Dockerfile"], dir);
    expect(r.stderr).toMatch(/--since: Dockerfile is not in a git repository; its problems are not filtered/);
    expect(found(r.stdout)).toContain("Dockerfile:from-image-pinned@1");
  });
});

describe("--format github", () => {
  it("writes only workflow commands for a file named we,ird:1%.Dockerfile, with the file property escaped", () => {
    const dir = tmpdir({ "we,ird:1%.Dockerfile": "FROM node\nCMD node app.js\n" });
    const r = dflint(["--format", "github", "we,ird:1%.Dockerfile"], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(l).toMatch(/^::(error|warning|notice) file=we%2Cird%3A1%25\.Dockerfile,line=\d+,endLine=\d+,(col=\d+,endColumn=\d+,)?title=dflint [a-z0-9/-]+::[^\r]*$/);
    }
    // Discovered (not named) it is found by the *.Dockerfile pattern and escaped the same way.
    const d = dflint(["--format", "github"], dir);
    expect(d.stdout.split("\n").filter(Boolean).every((l) => l.startsWith("::") && l.includes("file=we%2Cird%3A1%25.Dockerfile,"))).toBe(true);
  });
});
