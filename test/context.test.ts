// Build context walking and COPY/ADD source selection on real directories.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openBuildContext, type ContextFile } from "../src/layers/context";
import { beginKnownSizes, endKnownSizes } from "../src/fs/known-sizes";

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** Creates a context; a value of `null` makes an empty directory. */
function tmpdir(files: Record<string, string | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-ctx-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    if (text === null) {
      fs.mkdirSync(p, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

const paths = (fs: ContextFile[]) => fs.map((f) => f.path).sort();
const sum = (fs: ContextFile[]) => fs.reduce((n, f) => n + f.size, 0);

const DOCKERFILE = "FROM scratch\nCOPY . .\n"; // 22 bytes

function project(ignore: string) {
  return tmpdir({
    Dockerfile: DOCKERFILE,
    ".dockerignore": ignore,
    "README.md": "readme\n", // 7
    "package.json": "{}\n", // 3
    "src/index.ts": "export {}\n", // 10
    "src/util.ts": "x\n", // 2
    "src/lib/deep.ts": "deep\n", // 5
    "src/lib/notes.md": "n\n", // 2
    "node_modules/dep/index.js": "module.exports = 1\n",
    "node_modules/dep/package.json": "{}\n",
    "logs/app.log": "log line\n",
    "logs/keep.log": "keep\n", // 5
    ".git/HEAD": "ref: refs/heads/main\n",
    "docs/guide.md": "guide\n", // 6
    "docs/img/logo.png": "PNG", // 3
    "empty": null,
  });
}

const IGNORE = ["# dependencies", "node_modules", ".git/", "/logs", "!logs/keep.log", "**/*.png", ""].join("\n");

describe("openBuildContext", () => {
  it("lists files not ignored, and all files on request", () => {
    const dir = project(IGNORE);
    const ctx = openBuildContext(dir);
    expect(ctx.dir).toBe(path.resolve(dir));
    expect(ctx.ignoreFile).toBe(path.join(dir, ".dockerignore"));
    expect(ctx.ignore?.patterns.length).toBe(5);
    expect(paths(ctx.files())).toEqual([
      ".dockerignore",
      "Dockerfile",
      "README.md",
      "docs/guide.md",
      "logs/keep.log",
      "package.json",
      "src/index.ts",
      "src/lib/deep.ts",
      "src/lib/notes.md",
      "src/util.ts",
    ]);
    expect(paths(ctx.allFiles())).toEqual([
      ".dockerignore",
      ".git/HEAD",
      "Dockerfile",
      "README.md",
      "docs/guide.md",
      "docs/img/logo.png",
      "logs/app.log",
      "logs/keep.log",
      "node_modules/dep/index.js",
      "node_modules/dep/package.json",
      "package.json",
      "src/index.ts",
      "src/lib/deep.ts",
      "src/lib/notes.md",
      "src/util.ts",
    ]);
    // allPaths: the same paths in the same order, without reading sizes (and before allFiles caches them)
    const fresh = openBuildContext(ctx.dir, null);
    const listed = fresh.allPaths();
    expect(listed).toEqual(fresh.allFiles().map((f) => f.path));
    expect([...listed].sort()).toEqual(paths(ctx.allFiles()));
    const readme = ctx.files().find((f) => f.path === "README.md")!;
    expect(readme.size).toBe(7);
    expect(ctx.problems).toEqual([]);
  });

  it("answers isIgnored for files, directories and paths that do not exist", () => {
    const ctx = openBuildContext(project(IGNORE));
    expect(ctx.isIgnored("node_modules/dep/index.js")).toBe(true);
    expect(ctx.isIgnored("node_modules")).toBe(true);
    expect(ctx.isIgnored(".git/HEAD")).toBe(true);
    expect(ctx.isIgnored("logs/app.log")).toBe(true);
    expect(ctx.isIgnored("logs/keep.log")).toBe(false);
    expect(ctx.isIgnored("logs")).toBe(false); // sent, because keep.log is re-included
    expect(ctx.isIgnored("docs/img/logo.png")).toBe(true);
    // Not excluded itself, so BuildKit still sends it (empty).
    expect(ctx.isIgnored("docs/img")).toBe(false);
    expect(ctx.isIgnored("/src/index.ts")).toBe(false);
    expect(ctx.isIgnored("./Dockerfile")).toBe(false);
    expect(ctx.isIgnored("node_modules/not/there.js")).toBe(true);
    expect(ctx.isIgnored("new/file.png")).toBe(true);
    expect(ctx.isIgnored("new/file.txt")).toBe(false);
    expect(ctx.isIgnored(".")).toBe(false);
  });

  it("works without a .dockerignore", () => {
    const dir = tmpdir({ Dockerfile: DOCKERFILE, "a/b.txt": "bb" });
    const ctx = openBuildContext(dir, path.join(dir, "Dockerfile"));
    expect(ctx.ignore).toBeNull();
    expect(ctx.ignoreFile).toBeNull();
    expect(paths(ctx.files())).toEqual(["Dockerfile", "a/b.txt"]);
    const sel = ctx.select(["."]);
    expect(sel.bytes).toBe(22 + 2);
    expect(sel.ignoredMatches).toEqual([]);
  });

  it("ignores the Dockerfile and .dockerignore only when told to", () => {
    const dir = tmpdir({ Dockerfile: DOCKERFILE, ".dockerignore": "Dockerfile\n.dockerignore\n", "a.txt": "a" });
    const ctx = openBuildContext(dir);
    expect(paths(ctx.files())).toEqual(["a.txt"]);
    expect(ctx.select(["Dockerfile"]).ignoredMatches).toEqual(["Dockerfile"]);
  });

  it("uses <Dockerfile>.dockerignore over the context .dockerignore", () => {
    const dir = tmpdir({
      ".dockerignore": "*.md\n",
      "build/web.Dockerfile": DOCKERFILE,
      "build/web.Dockerfile.dockerignore": "*.txt\nbuild\n",
      "a.md": "m",
      "a.txt": "t",
    });
    const withDf = openBuildContext(dir, path.join(dir, "build/web.Dockerfile"));
    expect(withDf.ignoreFile).toBe(path.join(dir, "build/web.Dockerfile.dockerignore"));
    expect(paths(withDf.files())).toEqual([".dockerignore", "a.md"]);
    const plain = openBuildContext(dir);
    expect(plain.ignoreFile).toBe(path.join(dir, ".dockerignore"));
    expect(paths(plain.files())).toEqual([
      ".dockerignore",
      "a.txt",
      "build/web.Dockerfile",
      "build/web.Dockerfile.dockerignore",
    ]);
  });
});

describe("select", () => {
  it("`.` selects everything not ignored, with exact byte counts", () => {
    const ctx = openBuildContext(project(IGNORE));
    const sel = ctx.select(["."]);
    expect(paths(sel.files)).toEqual(paths(ctx.files()));
    const dockerignoreBytes = Buffer.byteLength(IGNORE);
    expect(sel.bytes).toBe(dockerignoreBytes + 22 + 7 + 6 + 5 + 3 + 10 + 5 + 2 + 2);
    expect(sel.bytes).toBe(sum(sel.files));
    expect(ctx.select(["/"]).bytes).toBe(sel.bytes);
    expect(ctx.select(["./"]).bytes).toBe(sel.bytes);
  });

  it("a directory source selects everything under it, however it is written", () => {
    const ctx = openBuildContext(project(IGNORE));
    const want = ["src/index.ts", "src/lib/deep.ts", "src/lib/notes.md", "src/util.ts"];
    for (const s of ["src", "src/", "/src", "./src", "./src/", "src/lib/.."]) {
      const sel = ctx.select([s]);
      expect(paths(sel.files)).toEqual(want);
      expect(sel.bytes).toBe(10 + 2 + 5 + 2);
    }
    // `..` cannot leave the context.
    expect(paths(ctx.select(["../src"]).files)).toEqual(want);
  });

  it("resolves wildcards per filepath.Match: * does not cross /", () => {
    const ctx = openBuildContext(project(IGNORE));
    expect(paths(ctx.select(["src/*.ts"]).files)).toEqual(["src/index.ts", "src/util.ts"]);
    expect(paths(ctx.select(["*/*.md"]).files)).toEqual(["docs/guide.md"]);
    expect(paths(ctx.select(["src/*/*.ts"]).files)).toEqual(["src/lib/deep.ts"]);
    expect(paths(ctx.select(["*.json", "README.m?"]).files)).toEqual(["README.md", "package.json"]);
    expect(paths(ctx.select(["src/[i-j]*.ts"]).files)).toEqual(["src/index.ts"]);
    // A wildcard matching a directory copies the whole directory.
    expect(paths(ctx.select(["sr?"]).files)).toEqual([
      "src/index.ts",
      "src/lib/deep.ts",
      "src/lib/notes.md",
      "src/util.ts",
    ]);
    // `**` is not recursive in COPY sources.
    expect(paths(ctx.select(["**/*.ts"]).files)).toEqual(["src/index.ts", "src/util.ts"]);
  });

  it("wildcards only see files that are sent", () => {
    const ctx = openBuildContext(project(IGNORE));
    const sel = ctx.select(["logs/*.log"]);
    expect(paths(sel.files)).toEqual(["logs/keep.log"]);
    expect(sel.ignoredMatches).toEqual([]);
    expect(ctx.select(["docs/img/*"]).ignoredMatches).toEqual(["docs/img/*"]);
  });

  it("reports sources that only match ignored files, and sources that match nothing", () => {
    const ctx = openBuildContext(project(IGNORE));
    const sel = ctx.select(["node_modules", "logs/app.log", "src", "nope.txt", "*.nothing", "empty"]);
    expect(sel.ignoredMatches).toEqual(["node_modules", "logs/app.log"]);
    expect(sel.missing).toEqual(["nope.txt", "*.nothing"]);
    expect(paths(sel.files)).toEqual(["src/index.ts", "src/lib/deep.ts", "src/lib/notes.md", "src/util.ts"]);
  });

  it("re-included files under an excluded directory are selectable", () => {
    const ctx = openBuildContext(project(IGNORE));
    const sel = ctx.select(["logs"]);
    expect(paths(sel.files)).toEqual(["logs/keep.log"]);
    expect(sel.bytes).toBe(5);
  });

  it("--exclude patterns are matched relative to each copied directory", () => {
    const ctx = openBuildContext(project(IGNORE));
    // `*.md` relative to src only matches files directly in src.
    expect(paths(ctx.select(["src"], { exclude: ["*.md"] }).files)).toEqual([
      "src/index.ts",
      "src/lib/deep.ts",
      "src/lib/notes.md",
      "src/util.ts",
    ]);
    expect(paths(ctx.select(["src"], { exclude: ["**/*.md"] }).files)).toEqual([
      "src/index.ts",
      "src/lib/deep.ts",
      "src/util.ts",
    ]);
    const all = ctx.select(["."], { exclude: ["src", "*.md", ".dockerignore"] });
    expect(paths(all.files)).toEqual(["Dockerfile", "docs/guide.md", "logs/keep.log", "package.json"]);
    expect(all.bytes).toBe(22 + 6 + 5 + 3);
    // Exceptions in --exclude re-include.
    expect(paths(ctx.select(["src"], { exclude: ["lib", "!lib/deep.ts"] }).files)).toEqual([
      "src/index.ts",
      "src/lib/deep.ts",
      "src/util.ts",
    ]);
    // Wildcard sources: each match is its own root; a file source is never excluded (as in BuildKit).
    expect(paths(ctx.select(["s*"], { exclude: ["lib"] }).files)).toEqual(["src/index.ts", "src/util.ts"]);
    expect(paths(ctx.select(["README.md"], { exclude: ["*.md"] }).files)).toEqual(["README.md"]);
  });

  it("--parents turns sources into include patterns below the root or a /./ pivot", () => {
    const ctx = openBuildContext(project(IGNORE));
    expect(paths(ctx.select(["src/**/*.md", "docs/*.md"], { parents: true }).files)).toEqual([
      "docs/guide.md",
      "src/lib/notes.md",
    ]);
    expect(paths(ctx.select(["src/./lib/*.ts"], { parents: true }).files)).toEqual(["src/lib/deep.ts"]);
    expect(paths(ctx.select(["src/lib"], { parents: true, exclude: ["**/*.md"] }).files)).toEqual(["src/lib/deep.ts"]);
  });

  it("does not count a file twice when sources overlap", () => {
    const ctx = openBuildContext(project(IGNORE));
    const sel = ctx.select(["src", "src/util.ts", "src/*.ts"]);
    expect(sel.files.length).toBe(4);
    expect(sel.bytes).toBe(19);
  });
});

describe("symlinks", () => {
  it("are entries of their own in the walk, followed for a source, never out of the context", () => {
    const dir = tmpdir({ "real/data.txt": "12345", "real/more.txt": "12", "top.txt": "abc" });
    fs.symlinkSync("real", path.join(dir, "linkdir"));
    fs.symlinkSync("../top.txt", path.join(dir, "real/uplink"));
    fs.symlinkSync("/top.txt", path.join(dir, "abs"));
    fs.symlinkSync("/etc", path.join(dir, "etc-link"));
    fs.symlinkSync("../../../../../../../../etc/hostname", path.join(dir, "escape"));
    const ctx = openBuildContext(dir);
    expect(paths(ctx.files())).toEqual(["abs", "escape", "etc-link", "linkdir", "real/data.txt", "real/more.txt", "real/uplink", "top.txt"]);
    const link = ctx.files().find((f) => f.path === "linkdir")!;
    expect(link).toEqual({ path: "linkdir", size: 0, symlink: true });
    // A symlinked directory source copies its target's contents.
    const viaLink = ctx.select(["linkdir"]);
    expect(paths(viaLink.files)).toEqual(["real/data.txt", "real/more.txt", "real/uplink"]);
    expect(viaLink.bytes).toBe(7); // nested symlinks count 0
    expect(paths(ctx.select(["linkdir/data.txt"]).files)).toEqual(["real/data.txt"]);
    // Absolute targets are relative to the context root.
    expect(paths(ctx.select(["abs"]).files)).toEqual(["top.txt"]);
    expect(ctx.select(["etc-link"]).missing).toEqual(["etc-link"]);
    expect(ctx.select(["escape"]).missing).toEqual(["escape"]);
    // Wildcard matches are followed too.
    expect(paths(ctx.select(["linkd*"]).files)).toEqual(["real/data.txt", "real/more.txt", "real/uplink"]);
  });

  it("a symlink into an ignored directory selects nothing", () => {
    const dir = tmpdir({ ".dockerignore": "secret\n", "secret/key": "k" });
    fs.symlinkSync("secret/key", path.join(dir, "key-link"));
    const ctx = openBuildContext(dir);
    const sel = ctx.select(["key-link"]);
    expect(sel.files).toEqual([]);
    expect(sel.ignoredMatches).toEqual(["key-link"]);
  });
});

describe("larger trees", () => {
  it("walks and selects a few thousand files quickly", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-ctx-big-"));
    made.push(dir);
    for (let a = 0; a < 20; a++) {
      const d = path.join(dir, a < 5 ? `node_modules/p${a}` : `src/m${a}`);
      fs.mkdirSync(d, { recursive: true });
      for (let b = 0; b < 100; b++) fs.writeFileSync(path.join(d, `f${b}.js`), "x".repeat(b));
    }
    fs.writeFileSync(path.join(dir, ".dockerignore"), "node_modules\n");
    const t0 = performance.now();
    const ctx = openBuildContext(dir);
    const sel = ctx.select(["."]);
    const ms = performance.now() - t0;
    expect(sel.files.length).toBe(1501);
    expect(sel.bytes).toBe(15 * 4950 + 13);
    expect(ctx.allFiles().length).toBe(2001);
    expect(ms).toBeLessThan(2000);
  });
});

describe("sizes the command line saw (src/fs/known-sizes.ts)", () => {
  it("takes a regular file's size from them, and never a symlink's", () => {
    const dir = tmpdir({ Dockerfile: DOCKERFILE, "a.txt": "aaaa\n" });
    fs.symlinkSync("a.txt", path.join(dir, "link"));
    // Sizes other than the real ones show where each answer came from.
    beginKnownSizes([
      { path: path.join(dir, "Dockerfile"), size: 1000 },
      { path: path.join(dir, "link"), size: 77 }, // stat follows the link; the context lists a symlink
      { path: path.join(dir, "a.txt") },
    ]);
    try {
      const files = openBuildContext(dir).files();
      expect(files.map((f) => [f.path, f.size])).toEqual([
        ["Dockerfile", 1000],
        ["a.txt", 5],
        ["link", 0],
      ]);
    } finally {
      endKnownSizes();
    }
    expect(openBuildContext(dir).select(["Dockerfile"]).bytes).toBe(22);
  });
});
