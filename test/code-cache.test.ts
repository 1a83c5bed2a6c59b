// bin/dflint.js compiles the CLI bundle with a V8 code cache kept in a private per-user folder
// ($XDG_CACHE_HOME/dflint here). The cache may only change speed: output and exit code stay the
// same with no cache, a fresh one, a reused one, a corrupt one, or a folder that cannot be used.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dflint, tmpdir } from "./helpers/cli";

const posix = process.platform !== "win32";
const project = tmpdir({ Dockerfile: "FROM python:3.6-alpine\nRUN mkdir /app\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD python app.py\n" }, "dflint-cc-");
const args = ["--format", "json", "Dockerfile"];
const lint = (env: Record<string, string>) => dflint(args, { cwd: project, env });
const reference = lint({ DFLINT_CODE_CACHE: "0" });
const caches = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".v8cache")) : []);

describe("V8 code cache of the CLI bundle", () => {
  it("lints the same with the cache off (sanity: the reference run found problems)", () => {
    expect(reference.code).toBe(1);
    expect(JSON.parse(reference.stdout).files[0].problems.length).toBeGreaterThan(2);
    expect(reference.stderr).toBe("");
  });

  it("writes a private cache on the first run and reuses it unchanged on the next", () => {
    const home = tmpdir({}, "dflint-cc-home-");
    const dir = path.join(home, "dflint");
    const first = lint({ XDG_CACHE_HOME: home });
    expect(first).toEqual(reference);
    const [name] = caches(dir);
    expect(name).toMatch(/^[0-9a-f]{32}-[0-9a-f]{8}\.v8cache$/);
    expect(fs.readdirSync(dir)).toEqual([name]); // no temp file left behind
    const file = path.join(dir, name!);
    if (posix) {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    const before = fs.statSync(file);
    const second = lint({ XDG_CACHE_HOME: home });
    expect(second).toEqual(reference);
    // Accepted by V8, so not written again: same file (a rewrite renames a new one into place).
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("caches a vendored library a run loads (YAML for a config file) beside the bundle's cache, and lints the same with it", () => {
    const withConfig = tmpdir({ Dockerfile: "FROM python:3.6-alpine\nCMD python app.py\n", ".dflint.yaml": "rules:\n  cmd-exec-form: error\n" }, "dflint-cc-");
    const run = (env: Record<string, string>) => dflint(args, { cwd: withConfig, env });
    const expected = run({ DFLINT_CODE_CACHE: "0" });
    expect(JSON.parse(expected.stdout).files[0].problems.find((p: { ruleId: string }) => p.ruleId === "cmd-exec-form").severity).toBe("error");
    const home = tmpdir({}, "dflint-cc-home-");
    const dir = path.join(home, "dflint");
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    const names = caches(dir);
    const main = names.find((n) => /^[0-9a-f]{32}-[0-9a-f]{8}\.v8cache$/.test(n))!;
    expect(names).toContain(main.replace(".v8cache", "-yaml.v8cache"));
    const vendor = path.join(dir, main.replace(".v8cache", "-yaml.v8cache"));
    const before = fs.statSync(vendor);
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    expect(fs.statSync(vendor).mtimeMs).toBe(before.mtimeMs);
    // A corrupt library cache is rejected and rewritten, with the same result.
    fs.writeFileSync(vendor, "not a cache");
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    expect(fs.readFileSync(vendor).length).toBeGreaterThan(1000);
  });

  it("rejects a corrupt cache, lints the same and rewrites it", () => {
    const home = tmpdir({}, "dflint-cc-home-");
    lint({ XDG_CACHE_HOME: home });
    const dir = path.join(home, "dflint");
    const file = path.join(dir, caches(dir)[0]!);
    const size = fs.statSync(file).size;
    for (const garbage of [Buffer.alloc(size, 0x5a), Buffer.from("not a cache"), Buffer.alloc(0)]) {
      fs.writeFileSync(file, garbage);
      expect(lint({ XDG_CACHE_HOME: home })).toEqual(reference);
      const rewritten = fs.readFileSync(file);
      expect(rewritten.equals(garbage)).toBe(false);
      expect(rewritten.length).toBeGreaterThan(1000);
    }
  });

  it("keeps one cache per set of V8 flags (a cache made under other flags is never offered)", () => {
    const home = tmpdir({}, "dflint-cc-home-");
    lint({ XDG_CACHE_HOME: home });
    expect(lint({ XDG_CACHE_HOME: home, NODE_OPTIONS: "--max-old-space-size=300" })).toEqual(reference);
    expect(caches(path.join(home, "dflint"))).toHaveLength(2);
  });

  it("a run of many files or another command writes no cache; the next lint of one file does, and the run after reuses it", () => {
    // A one-file lint deserializing a cache a long run wrote (more functions) starts slower
    // (src/runtime/code-cache-policy.ts). 20 files make a long run (src/runtime/tiering.ts).
    const many = tmpdir(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}.Dockerfile`, "FROM alpine:3.20\nRUN apk add curl\n"])), "dflint-cc-");
    const home = tmpdir({}, "dflint-cc-home-");
    const dir = path.join(home, "dflint");
    const long = dflint(["--format", "json", "."], { cwd: many, env: { XDG_CACHE_HOME: home } });
    expect(JSON.parse(long.stdout).files).toHaveLength(20);
    expect(long).toEqual(dflint(["--format", "json", "."], { cwd: many, env: { DFLINT_CODE_CACHE: "0" } }));
    expect(dflint(["--version"], { cwd: many, env: { XDG_CACHE_HOME: home } }).code).toBe(0);
    // The bundle's own cache (a vendored library's, here fast-glob's, is written by any run).
    const bundleCaches = () => caches(dir).filter((n) => /^[0-9a-f]{32}-[0-9a-f]{8}\.v8cache$/.test(n));
    expect(bundleCaches()).toEqual([]);
    expect(lint({ XDG_CACHE_HOME: home })).toEqual(reference);
    const [name] = bundleCaches();
    expect(name).toBeDefined();
    const before = fs.statSync(path.join(dir, name!));
    // A long run after it reads the cache and leaves it as it is.
    expect(dflint(["--format", "json", "."], { cwd: many, env: { XDG_CACHE_HOME: home } })).toEqual(long);
    expect(lint({ XDG_CACHE_HOME: home })).toEqual(reference);
    const after = fs.statSync(path.join(dir, name!));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("a lint of many files named on the command line writes a cache of its own once, which the next such lint reuses and a one-file lint leaves alone", () => {
    // Without it, a machine that only lints many files at a time compiles the bundle on every run.
    const files = Array.from({ length: 20 }, (_, i) => `s${i}.Dockerfile`);
    const many = tmpdir(Object.fromEntries(files.map((f) => [f, "FROM alpine:3.20\nRUN apk add curl\n"])), "dflint-cc-");
    const home = tmpdir({}, "dflint-cc-home-");
    const dir = path.join(home, "dflint");
    const run = (env: Record<string, string>) => dflint(["--format", "json", ...files], { cwd: many, env });
    const expected = run({ DFLINT_CODE_CACHE: "0" });
    expect(JSON.parse(expected.stdout).files).toHaveLength(20);
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    const [name] = caches(dir);
    expect(caches(dir)).toHaveLength(1);
    expect(name).toMatch(/^[0-9a-f]{32}-[0-9a-f]{8}\.long\.v8cache$/);
    const before = fs.statSync(path.join(dir, name!));
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    // The one-file lint writes its own cache and does not touch the long lints'.
    expect(lint({ XDG_CACHE_HOME: home })).toEqual(reference);
    expect(caches(dir).sort()).toEqual([name!, name!.replace(".long.v8cache", ".v8cache")].sort());
    expect(run({ XDG_CACHE_HOME: home })).toEqual(expected);
    const after = fs.statSync(path.join(dir, name!));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("runs without caching when the folder cannot be created, is shared with others, or caching is off", () => {
    // XDG_CACHE_HOME names a file: no folder can be made under it.
    const blocked = tmpdir({ file: "x" }, "dflint-cc-home-");
    expect(lint({ XDG_CACHE_HOME: path.join(blocked, "file") })).toEqual(reference);
    expect(fs.readFileSync(path.join(blocked, "file"), "utf8")).toBe("x");

    const off = tmpdir({}, "dflint-cc-home-");
    expect(lint({ XDG_CACHE_HOME: off, DFLINT_CODE_CACHE: "0" })).toEqual(reference);
    expect(fs.existsSync(path.join(off, "dflint"))).toBe(false);

    if (posix) {
      // A folder others may write to could hold planted code: neither read nor written.
      const shared = tmpdir({}, "dflint-cc-home-");
      fs.mkdirSync(path.join(shared, "dflint"));
      fs.chmodSync(path.join(shared, "dflint"), 0o777);
      expect(lint({ XDG_CACHE_HOME: shared })).toEqual(reference);
      expect(fs.readdirSync(path.join(shared, "dflint"))).toEqual([]);
      // A link in place of the folder is not followed.
      const linked = tmpdir({}, "dflint-cc-home-");
      const target = fs.mkdtempSync(path.join(linked, "target-"));
      fs.chmodSync(target, 0o700);
      fs.symlinkSync(target, path.join(linked, "dflint"));
      expect(lint({ XDG_CACHE_HOME: linked })).toEqual(reference);
      expect(fs.readdirSync(target)).toEqual([]);
    }
  });
});
