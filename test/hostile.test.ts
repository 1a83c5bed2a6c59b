// Issue 9: nothing a pull request contains can hang, hijack or silence dflint. One case per
// defect; the CLI is spawned where the defect was in the CLI. Timing lives in .ci/bench-hostile.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { defaultConfig } from "../src/config/defaults";
import { lintText } from "../src/engine/linter";
import { logText, markdownCode, markdownText, terminalText } from "../src/format/escape";
import { buildModel } from "../src/model/build";
import { isManifestSource } from "../src/model/installs";
import { compileGlobs } from "../src/config/glob";
import { parseDockerIgnore } from "../src/layers/dockerignore";
import { trimEndOf } from "../src/model/paths";
import { shellGlobToRegExp } from "../src/model/shell-glob";

const bin = path.resolve(__dirname, "..", "bin", "dflint.js");

function dflint(args: string[], cwd: string, opts: { uid?: number } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 30_000, env: { ...process.env, NO_COLOR: "1" }, ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}) });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", signal: r.signal };
}

function tmpdir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-hostile-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const lint = (text: string) => {
  const config = defaultConfig(rules);
  config.settings.contextDir = null;
  return lintText(text, { path: "Dockerfile", config, rules });
};

describe("1, 10, 14: escaping per sink", () => {
  it("a config key cannot forge workflow commands on stderr", () => {
    const dir = tmpdir({ "Dockerfile": "FROM alpine:3.20\n", ".dflint.json": JSON.stringify({ rules: { "x\n::add-mask::secret\n::error file=a::forged": "off" } }) });
    const r = dflint(["--format", "json", "Dockerfile"], dir);
    expect(r.code).toBe(2);
    for (const line of r.stderr.split("\n")) expect(line.trimStart().startsWith("::")).toBe(false);
    expect(r.stderr).toContain(".dflint.json");
  });
  it("stale baseline entries (ruleId, path, message) cannot forge workflow commands on stderr", () => {
    const entry = (field: string) => ({ path: "Dockerfile", ruleId: "cmd-exec-form", fingerprint: "0", message: "m", [field]: "x\n::add-mask::secret\r::error file=a::forged ##[error]legacy" });
    const dir = tmpdir({ "Dockerfile": "FROM alpine:3.23\n", "b.json": JSON.stringify({ version: 1, entries: [entry("ruleId"), entry("message"), { ...entry("message"), path: "x\n::warning::p" }] }) });
    const r = dflint(["--format", "compact", "--baseline", "b.json", "Dockerfile"], dir);
    expect(r.stderr).toMatch(/baseline entries no longer occur/);
    expect(r.stderr).toContain("add-mask::secret"); // the entries are listed, neutralised
    for (const line of r.stderr.split(/\r\n|\r|\n/)) {
      expect(line.trimStart().startsWith("::")).toBe(false);
      expect(line).not.toContain("##[");
    }
  });
  it("each sink's function neutralises its own syntax", () => {
    expect(terminalText("a\u001b[31mb\nc")).toBe("a\uFFFD[31mb c");
    expect(logText("ok\n::error::x\n  ::add-mask::y ##[set-output]z").split("\n").every((l) => !l.trimStart().startsWith("::") && !l.includes("##["))).toBe(true);
    expect(markdownText("<img src=x> | [l](u)")).not.toMatch(/<|\|(?<!\\\|)|\[l\]/);
    expect(markdownCode("a`b|c\nd")).toBe("`a'b\\|c d`");
  });
});

describe("2, 11: discovery", () => {
  it("symbolic link cycles end, and a file is linted once", () => {
    const dir = tmpdir({ "a/Dockerfile": "FROM alpine\n" });
    fs.symlinkSync(".", path.join(dir, "x"));
    fs.symlinkSync(".", path.join(dir, "y"));
    fs.symlinkSync("a", path.join(dir, "b"));
    const r = dflint(["--format", "json"], dir);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(["a/Dockerfile"]);
  });
  it("an unreadable folder is named, the others are still linted, exit 2", (ctx) => {
    if (process.platform === "win32") ctx.skip();
    const dir = tmpdir({ "ok/Dockerfile": "FROM alpine\n", "locked/Dockerfile": "FROM alpine\n" });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, "locked"), 0o000);
    // As root every folder is readable: run the CLI as nobody then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = dflint(["--format", "json"], dir, { uid });
    fs.chmodSync(path.join(dir, "locked"), 0o755);
    expect(r.stderr).toMatch(/cannot read .*locked/);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(["ok/Dockerfile"]);
    expect(r.code).toBe(2);
  });
});

describe("3, 5, 12: linear model, no stack overflow", () => {
  it("every instruction keeps its own ENV/ARG scope", () => {
    const m = buildModel("FROM alpine AS a\nENV A=1\nARG B=$A\nENV A=2\nFROM a\nRUN echo $A\n");
    const [, env1, arg, env2] = m.stages[0]!.instructions;
    expect(arg!.scope.get("A")?.value).toBe("1");
    expect(env2!.scope.get("A")?.value).toBe("1");
    expect(m.stages[1]!.instructions[1]!.scope.get("A")?.value).toBe("2");
    expect(m.stages[1]!.instructions[1]!.scope.get("B")?.value).toBe("1");
    expect(env1!.scope.has("B")).toBe(false);
    expect([...env2!.scope.keys()].slice(-2)).toEqual(["A", "B"]);
  });
  it("deep nesting, chained stages, huge RUNs and heredocs lint without internal errors", () => {
    const inputs = [
      `FROM alpine\nRUN echo ${"$(".repeat(2000)}x${")".repeat(2000)}\n`,
      `FROM alpine\nENV X=${"${A:-".repeat(3000)}\n`,
      "FROM alpine AS s0\n" + Array.from({ length: 5000 }, (_, i) => `FROM s${i} AS s${i + 1}`).join("\n") + "\n",
      "FROM alpine\nRUN " + Array(150_000).fill("true").join(" && ") + "\n",
      "FROM alpine\nRUN <<EOF\n" + "echo x\n".repeat(150_000) + "EOF\n",
    ];
    for (const text of inputs) {
      const r = lint(text);
      expect(r.fatal).toBeUndefined();
      expect(r.problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
    }
  });
  it("a long RUN is built, linted and reported under the young generation's cap", () => {
    // One RUN of 20,000 pip installs (one problem each), in a file of two instructions: its young
    // generation grew to 32 MB while the RUN was parsed, and from 8 to 16 MB while its report was made.
    const dir = tmpdir({ Dockerfile: `FROM python:3.12\nRUN ${"pip install p==1 && ".repeat(20_000)}true\n` });
    const probe = "data:text/javascript," + encodeURIComponent('import v8 from "node:v8";process.on("exit",()=>process.stderr.write("@@young "+v8.getHeapSpaceStatistics().find((s)=>s.space_name==="new_space").space_size+"\\n"));');
    const r = spawnSync(process.execPath, ["--import", probe, bin, "--format", "json", "Dockerfile"], { cwd: dir, encoding: "utf8", timeout: 30_000, maxBuffer: 1 << 28 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].problems.filter((p: { ruleId: string }) => p.ruleId === "pip-no-cache-dir")).toHaveLength(20_000);
    const young = Number(/@@young (\d+)/.exec(r.stderr)?.[1]);
    expect(young).toBeGreaterThan(0);
    expect(young).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
  it("trailing runs are trimmed by a loop", () => {
    expect(trimEndOf("a///", "/")).toBe("a");
    expect(trimEndOf("/".repeat(100_000) + "x", "/")).toHaveLength(100_001);
  });
});

describe("6: layers --since", () => {
  it("a ref that looks like an option is refused, and nothing is written", () => {
    const dir = tmpdir({ Dockerfile: "FROM alpine:3.20\n" });
    const git = (...a: string[]) => spawnSync("git", ["-c", "user.email=a@b", "-c", "user.name=a", ...a], { cwd: dir });
    if (git("init", "-q").status !== 0) return;
    git("add", "-A");
    git("commit", "-qm", "x");
    const out = path.join(dir, "OUT");
    const r = dflint(["layers", `--since=--output=${out}`, "Dockerfile"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a commit");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("7: run-cleanup-later-layer globs", () => {
  it("'[' does not crash and '[!a]' negates", () => {
    expect(shellGlobToRegExp("/tmp/[!a]b").test("/tmp/xb")).toBe(true);
    expect(shellGlobToRegExp("/tmp/[!a]b").test("/tmp/ab")).toBe(false);
    expect(shellGlobToRegExp("/tmp/[ab").test("/tmp/[ab")).toBe(true);
    const r = lint("FROM alpine\nRUN wget -O /tmp/a.tgz https://x/a.tgz\nRUN rm -f /tmp/[a.tgz /tmp/[!b].tgz\n");
    expect(r.problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
    expect(r.problems.some((p) => p.ruleId === "run-cleanup-later-layer")).toBe(true);
  });

  it("any bracket text gives a valid pattern: reversed ranges, escapes, classes (found by the fuzz, seed 18)", () => {
    // The fuzz's input: a word holding `[signed-by=...]`, whose `d-b` was a reversed range, and a
    // JS class with one made "Range out of order" and a crash of the rule.
    for (const p of ["/x[signed-by=/usr]/y", "/[z-a]", "/[\\]-a]", "/[a-]", "/[-a]", "/[]-a]", "/[[:nope:]]", "/[[:alpha:]", "/[\\", "/[^]"]) {
      expect(() => shellGlobToRegExp(p), p).not.toThrow();
    }
    expect(shellGlobToRegExp("/[z-a]").test("/z")).toBe(false);
    expect(shellGlobToRegExp("/[z-a]").test("/a")).toBe(false);
    expect(shellGlobToRegExp("/[a-c]").test("/b")).toBe(true);
    expect(shellGlobToRegExp("/[a-]").test("/-")).toBe(true);
    expect(shellGlobToRegExp("/[]a]").test("/]")).toBe(true);
    expect(shellGlobToRegExp("/[!]a]").test("/b")).toBe(true);
    expect(shellGlobToRegExp("/[!]a]").test("/]")).toBe(false);
    expect(shellGlobToRegExp("/v[[:digit:]].tgz").test("/v7.tgz")).toBe(true);
    expect(shellGlobToRegExp("/v[[:digit:]].tgz").test("/vx.tgz")).toBe(false);
    expect(shellGlobToRegExp("/[[:upper:]_]*").test("/_A")).toBe(true);
    expect(shellGlobToRegExp("/[\\]]").test("/]")).toBe(true);
    expect(shellGlobToRegExp("/[!a]").test("//")).toBe(false);
    const r = lint('FROM debian:12\nRUN apt-get update\nRUN rm -rf "/x[signed-by=/usr]" /var/lib/apt/lists/[z-a] /var/lib/apt/[[:alpha:]]ists\n');
    expect(r.problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
    expect(r.problems.filter((p) => p.ruleId === "run-cleanup-later-layer").map((p) => p.column)).toEqual([58]);
  });

  it("no pattern text makes a glob translator throw (seeded random patterns)", () => {
    // Shell globs (rm words, COPY sources), config globs and .dockerignore lines all come from a
    // pull request: each translator must give a pattern (or a reported error) for any text.
    const alphabet = "[]!^-\\*?{},/az:.09 ";
    let x = 18;
    const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
    for (let n = 0; n < 2000; n++) {
      let p = "";
      const len = 1 + Math.floor(next() * 12);
      for (let i = 0; i < len; i++) p += alphabet[Math.floor(next() * alphabet.length)];
      expect(() => shellGlobToRegExp("/" + p).test("/a"), p).not.toThrow();
      expect(() => isManifestSource(p, ["package.json", "*.csproj"]), p).not.toThrow();
      expect(() => compileGlobs([p])("a/b"), p).not.toThrow();
      expect(() => { const d = parseDockerIgnore(p); d.ignores("a/b"); d.ignores("a", true); d.matchesOrParentMatches("a/b"); }, p).not.toThrow();
    }
  });

  it("a COPY source with a bracket is matched against manifests without crashing", () => {
    // (These threw "Range out of order" and "Unterminated character class".)
    expect(isManifestSource("req[z-a].txt", ["requirements.txt"])).toBe(false);
    expect(isManifestSource("req[.txt", ["requirements.txt"])).toBe(false);
    expect(isManifestSource("requirement[s].txt", ["requirements.txt"])).toBe(true);
    expect(isManifestSource("requirements.tx?", ["requirements.txt"])).toBe(true);
    expect(isManifestSource("package[!s].json", ["package.json"])).toBe(false);
  });
});

describe("8, 9, 14: bad input costs only its own file", () => {
  it("a broken config, a FIFO, a device, binary, UTF-16 and empty files: others still reported, exit 2", () => {
    const dir = tmpdir({
      "good/Dockerfile": "FROM alpine\n",
      "bad/Dockerfile": "FROM alpine\n",
      "bad/.dflint.json": "{ broken",
      "bin.Dockerfile": "FROM\u0000\u0001",
      "empty.Dockerfile": "# only a comment\n",
    });
    fs.writeFileSync(path.join(dir, "u16.Dockerfile"), Buffer.from("\ufeffFROM alpine\n", "utf16le"));
    const fifo = path.join(dir, "fifo.Dockerfile");
    const hasFifo = spawnSync("mkfifo", [fifo]).status === 0;
    for (const format of ["json", "github"]) {
      const r = dflint(["--format", format, "good/Dockerfile", "bad/Dockerfile", "bin.Dockerfile", "u16.Dockerfile", "empty.Dockerfile", ...(hasFifo ? [fifo] : []), "/dev/zero"], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain("good/Dockerfile");
      if (format === "json") {
        const files = JSON.parse(r.stdout).files as { path: string; error?: string; problems: { message: string }[] }[];
        const by = (p: string) => files.find((f) => f.path.endsWith(p))!;
        expect(by("bad/Dockerfile").error).toContain(".dflint.json");
        expect(by("bin.Dockerfile").error).toContain("binary");
        expect(by("u16.Dockerfile").error).toContain("UTF-16");
        expect(by("zero").error).toContain("not a regular file");
        if (hasFifo) expect(by("fifo.Dockerfile").error).toContain("not a regular file");
        expect(by("empty.Dockerfile").problems.map((p) => p.message).join()).toContain("no instructions");
      }
    }
  });
  it("a long command line gives each file what a short one gives: too large, unreadable, binary, UTF-16, links in and out", (ctx) => {
    // From 16 operands the CLI treats a run as long (src/runtime/tiering.ts), and each file's read may
    // differ from a short run's (a size from the command line's stat, workers): the errors must not.
    if (process.platform === "win32") ctx.skip();
    const outside = tmpdir({ Dockerfile: "FROM alpine:3.20\nRUN apt-get install x\n" });
    const good = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`g${String(i).padStart(2, "0")}.Dockerfile`, `FROM alpine:3.${i}\nRUN apt-get install x\n`]));
    const dir = tmpdir({ ...good, "bin.Dockerfile": "FROM\u0000\u0001", "locked.Dockerfile": "FROM alpine\n" });
    fs.writeFileSync(path.join(dir, "u16.Dockerfile"), Buffer.from("\ufeffFROM alpine\n", "utf16le"));
    fs.writeFileSync(path.join(dir, "large.Dockerfile"), "RUN " + "x".repeat(300_000) + "\n"); // more than a read buffer
    fs.closeSync(fs.openSync(path.join(dir, "big.Dockerfile"), "w"));
    fs.truncateSync(path.join(dir, "big.Dockerfile"), 17 * 1024 * 1024); // over the 16 MB limit
    fs.symlinkSync("g00.Dockerfile", path.join(dir, "link-in.Dockerfile"));
    fs.symlinkSync(path.join(outside, "Dockerfile"), path.join(dir, "link-out.Dockerfile"));
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(outside, 0o755);
    fs.chmodSync(path.join(dir, "locked.Dockerfile"), 0o000);
    // As root every file is readable: run the CLI as nobody then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const odd = ["bin.Dockerfile", "u16.Dockerfile", "large.Dockerfile", "big.Dockerfile", "locked.Dockerfile", "link-in.Dockerfile", "link-out.Dockerfile"];
    type Entry = { path: string; error?: string; problems: unknown[] };
    const run = (args: string[]) => {
      const r = dflint(["--format", "json", ...args], dir, { uid });
      return { code: r.code, files: JSON.parse(r.stdout).files as Entry[] };
    };
    const long = run([...Object.keys(good), ...odd]);
    const short = run(odd);
    fs.chmodSync(path.join(dir, "locked.Dockerfile"), 0o644);
    expect([long.code, short.code]).toEqual([2, 2]);
    expect(long.files.map((f) => f.path)).toEqual([...Object.keys(good), ...odd]);
    expect(long.files.slice(16)).toStrictEqual(short.files);
    const error = (f: string) => long.files.find((e) => e.path === f)!.error;
    expect(error("big.Dockerfile")).toBe(`cannot read file (too large (${17 * 1024 * 1024} bytes; the limit is ${16 * 1024 * 1024}))`);
    if (uid !== undefined || process.getuid?.() !== 0) expect(error("locked.Dockerfile")).toBe("cannot read file (EACCES)");
    expect(error("bin.Dockerfile")).toContain("binary");
    expect(error("u16.Dockerfile")).toContain("UTF-16");
    for (const f of ["large.Dockerfile", "link-in.Dockerfile", "link-out.Dockerfile"]) expect(error(f)).toBeUndefined();
  });
  it("options: -o onto a linted file, --max-warnings '', --context/--target that do not exist, 1e400, alias bombs", () => {
    const dir = tmpdir({ Dockerfile: "FROM alpine:3.20\n" });
    expect(dflint(["-o", "Dockerfile", "Dockerfile"], dir).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe("FROM alpine:3.20\n");
    expect(dflint(["--max-warnings", "", "Dockerfile"], dir).code).toBe(2);
    expect(dflint(["--context", "nope", "Dockerfile"], dir).code).toBe(2);
    expect(dflint(["layers", "--context", "nope", "Dockerfile"], dir).code).toBe(2);
    const t = dflint(["--target", "nope", "Dockerfile"], dir);
    expect([t.code, t.stdout]).toEqual([2, expect.stringContaining("--target 'nope'")]);
    fs.writeFileSync(path.join(dir, ".dflint.json"), '{"rules":{"useradd-no-log-init":{"severity":"warning","options":{"minUid":1e400}}}}');
    const inf = dflint(["Dockerfile"], dir);
    expect([inf.code, inf.stderr]).toEqual([2, expect.stringContaining("minUid: must be a finite number")]);
    fs.rmSync(path.join(dir, ".dflint.json"));
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill("*" + String.fromCharCode(97 + i)).join(", ")}]`);
    fs.writeFileSync(path.join(dir, ".dflint.yaml"), bomb.join("\n") + "\n");
    const b = dflint(["Dockerfile"], dir);
    expect([b.code, b.stderr]).toEqual([2, expect.stringContaining(".dflint.yaml")]);
  });
  it("a closed pipe ends the output without a stack trace", () => {
    const dir = tmpdir(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`d${i}.Dockerfile`, "FROM alpine\nRUN apt-get install x\n"])));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" --format compact . | head -1`], { cwd: dir, encoding: "utf8", timeout: 30_000 });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.mjs/);
  });
});
