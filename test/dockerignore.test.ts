// .dockerignore parsing and matching, checked against real files on disk.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanPath, compileGoGlob, findDockerIgnore, parseDockerIgnore } from "../src/layers/dockerignore";

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmpdir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-di-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Writes `.dockerignore` to a real context, reads it back with findDockerIgnore and parses it. */
function ignoreFromDisk(text: string) {
  const dir = tmpdir({ ".dockerignore": text, Dockerfile: "FROM scratch\n" });
  const found = findDockerIgnore(dir, path.join(dir, "Dockerfile"));
  expect(found?.path).toBe(path.join(dir, ".dockerignore"));
  return parseDockerIgnore(found!.text);
}

describe("reading .dockerignore", () => {
  it("cleans patterns, strips leading / and ./, keeps comments only at line start", () => {
    const di = ignoreFromDisk(
      [
        "# a comment",
        "",
        "   ",
        "/build/",
        "./tmp//x/../y",
        "  node_modules  ",
        "  # not a comment",
        "! keep.txt",
        "dist/",
        "/",
        "\\#hash",
      ].join("\n"),
    );
    expect(di.patterns).toEqual([
      { pattern: "build", negate: false, line: 4 },
      { pattern: "tmp/y", negate: false, line: 5 },
      { pattern: "node_modules", negate: false, line: 6 },
      { pattern: "# not a comment", negate: false, line: 7 },
      { pattern: "keep.txt", negate: true, line: 8 },
      { pattern: "dist", negate: false, line: 9 },
      { pattern: "/", negate: false, line: 10 },
      { pattern: "\\#hash", negate: false, line: 11 },
    ]);
    expect(di.errors).toEqual([]);
    expect(di.hasExceptions).toBe(true);
    expect(di.ignores("# not a comment")).toBe(true);
    expect(di.ignores("#hash")).toBe(true);
    expect(di.ignores("build/a/b.o")).toBe(true);
    expect(di.ignores("tmp/y/z")).toBe(true);
    expect(di.ignores("tmp/x")).toBe(false);
    // "/" never matches a relative path; the root is never ignored.
    expect(di.ignores("anything")).toBe(false);
    expect(di.ignores(".")).toBe(false);
  });

  it("strips a BOM and CRLF line ends", () => {
    const di = ignoreFromDisk("\ufeff# comment\r\n*.log\r\n!keep.log\r\n");
    expect(di.patterns.map((p) => [p.pattern, p.negate, p.line])).toEqual([
      ["*.log", false, 2],
      ["keep.log", true, 3],
    ]);
    expect(di.ignores("a.log")).toBe(true);
    expect(di.ignores("keep.log")).toBe(false);
  });

  it("reports lines Docker rejects and keeps the rest", () => {
    const di = parseDockerIgnore("!\n[abc\nfoo\\\n!/\nok\n");
    expect(di.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(di.errors[0]!.message).toContain("illegal exclusion pattern");
    expect(di.patterns).toEqual([{ pattern: "ok", negate: false, line: 5 }]);
    expect(di.ignores("ok")).toBe(true);
  });
});

describe("matching", () => {
  it("* and ? do not cross /, ** matches any number of directories", () => {
    const di = parseDockerIgnore("*.tmp\nsrc/*/gen\n**/*.log\na/**/z\nfile?.txt\n");
    expect(di.ignores("x.tmp")).toBe(true);
    expect(di.ignores("d/x.tmp")).toBe(false);
    expect(di.ignores("src/a/gen")).toBe(true);
    expect(di.ignores("src/a/gen/deep/file")).toBe(true); // a matched directory covers its contents
    expect(di.ignores("src/a/b/gen")).toBe(false);
    expect(di.ignores("app.log")).toBe(true);
    expect(di.ignores("a/b/c/app.log")).toBe(true);
    expect(di.ignores("a/z")).toBe(true);
    expect(di.ignores("a/b/c/z")).toBe(true);
    expect(di.ignores("file1.txt")).toBe(true);
    expect(di.ignores("file12.txt")).toBe(false);
    expect(di.ignores("file/.txt")).toBe(false);
  });

  it("prefix and suffix forms of ** behave as patternmatcher", () => {
    const di = parseDockerIgnore("foo**\n**/bar\n");
    expect(di.ignores("foo")).toBe(true);
    expect(di.ignores("foobar.txt")).toBe(true);
    expect(di.ignores("foo/x")).toBe(true);
    expect(di.ignores("bar")).toBe(true);
    expect(di.ignores("x/y/bar")).toBe(true);
    expect(di.ignores("x/ybar")).toBe(false);
    expect(parseDockerIgnore("**").ignores("any/thing")).toBe(true);
  });

  it("supports character classes and backslash escapes", () => {
    const di = parseDockerIgnore("[a-c]?.txt\n[^x]y\nlit\\*\nweird\\[1]\n");
    expect(di.ignores("b1.txt")).toBe(true);
    expect(di.ignores("d1.txt")).toBe(false);
    expect(di.ignores("zy")).toBe(true);
    expect(di.ignores("xy")).toBe(false);
    expect(di.ignores("lit*")).toBe(true);
    expect(di.ignores("litx")).toBe(false);
    expect(di.ignores("weird[1]")).toBe(true);
  });

  it("treats characters that are special in regular expressions literally", () => {
    const di = parseDockerIgnore("a+b(c).txt\n{x}|$y\n");
    expect(di.ignores("a+b(c).txt")).toBe(true);
    expect(di.ignores("aab(c)xtxt")).toBe(false);
    expect(di.ignores("{x}|$y")).toBe(true);
  });

  it("applies ! exceptions with last match wins", () => {
    const di = parseDockerIgnore("*.md\n!README.md\nREADME*.md\n!README-keep.md\n");
    expect(di.ignores("CHANGES.md")).toBe(true);
    expect(di.ignores("README.md")).toBe(true); // re-excluded by README*.md
    expect(di.ignores("README-keep.md")).toBe(false);
  });

  it("re-includes a file under an excluded directory, and the walker descends", () => {
    const di = parseDockerIgnore("vendor\n!vendor/keep/me.txt\n");
    expect(di.ignores("vendor/other.txt")).toBe(true);
    expect(di.ignores("vendor/keep/me.txt")).toBe(false);
    expect(di.ignores("vendor/keep/other.txt")).toBe(true);
    // The directory entry itself is excluded, but its contents are not all gone.
    expect(di.ignores("vendor")).toBe(true);
    expect(di.ignores("vendor", true)).toBe(false);
    expect(di.walkerSkipsDir("vendor")).toBe(false);
    expect(di.walkerSkipsDir("vendor/keep")).toBe(false);
    // Siblings that no exception can reach are skipped entirely.
    expect(di.walkerSkipsDir("vendor/lib")).toBe(true);
    expect(di.ignores("vendor/lib", true)).toBe(true);
  });

  it("handles wildcard exceptions below an excluded directory", () => {
    const di = parseDockerIgnore("docs\n!docs/*.md\n");
    expect(di.ignores("docs/a.md")).toBe(false);
    expect(di.ignores("docs/a.txt")).toBe(true);
    expect(di.ignores("docs/sub/a.md")).toBe(true);
    expect(di.walkerSkipsDir("docs")).toBe(false); // wildcard exceptions: fsutil never skips
    expect(di.ignores("docs", true)).toBe(false);
    expect(di.ignores("other", true)).toBe(false);
  });

  it("excluding everything but one directory", () => {
    const di = parseDockerIgnore("*\n!src\n!package.json\n");
    expect(di.ignores("README.md")).toBe(true);
    expect(di.ignores("node_modules/x/y.js")).toBe(true);
    expect(di.ignores("node_modules", true)).toBe(true);
    expect(di.ignores("src/index.ts")).toBe(false);
    expect(di.ignores("src/deep/er.ts")).toBe(false);
    expect(di.ignores("package.json")).toBe(false);
  });

  it("follows fsutil's parent-result logic where it differs from MatchesOrParentMatches", () => {
    // BuildKit's walker passes per-pattern parent results down; an inclusion
    // pattern skipped at the parent is not inherited, so the last `a` does not
    // re-exclude a/b. The CopyIgnoredFile check uses MatchesOrParentMatches,
    // which says it is excluded.
    const di = parseDockerIgnore("a\n!a/b\na\n");
    expect(di.ignores("a/b")).toBe(false);
    expect(di.matchesOrParentMatches("a/b")).toBe(true);
    expect(di.ignores("a/c")).toBe(true);
  });

  it("without exceptions, ignores() agrees with MatchesOrParentMatches", () => {
    const di = parseDockerIgnore("**/node_modules\n.git\n*.env\ndist/*\n");
    for (const p of ["node_modules/a", "x/node_modules/b/c", ".git/HEAD", "a.env", "x/a.env", "dist/a/b", "dist", "src/a.ts"]) {
      expect(di.ignores(p)).toBe(di.matchesOrParentMatches(p));
    }
    expect(di.ignores("dist")).toBe(false);
    expect(di.ignores("dist/a/b")).toBe(true);
  });

  it("accepts paths written with a leading / or ./", () => {
    const di = parseDockerIgnore("secret.txt\n");
    expect(di.ignores("/secret.txt")).toBe(true);
    expect(di.ignores("./secret.txt")).toBe(true);
    expect(di.ignores("secret.txt/")).toBe(true);
  });
});

describe("findDockerIgnore", () => {
  it("prefers <Dockerfile>.dockerignore next to the Dockerfile", () => {
    const dir = tmpdir({
      ".dockerignore": "from-context\n",
      "docker/app.Dockerfile": "FROM scratch\n",
      "docker/app.Dockerfile.dockerignore": "from-dockerfile\n",
      "docker/other.Dockerfile": "FROM scratch\n",
    });
    const a = findDockerIgnore(dir, path.join(dir, "docker/app.Dockerfile"));
    expect(a).toEqual({ path: path.join(dir, "docker/app.Dockerfile.dockerignore"), text: "from-dockerfile\n" });
    const b = findDockerIgnore(dir, path.join(dir, "docker/other.Dockerfile"));
    expect(b).toEqual({ path: path.join(dir, ".dockerignore"), text: "from-context\n" });
    expect(findDockerIgnore(dir, null)?.text).toBe("from-context\n");
  });

  it("uses an empty <Dockerfile>.dockerignore over the context one, and returns null when there is none", () => {
    const dir = tmpdir({ ".dockerignore": "x\n", Dockerfile: "FROM scratch\n", "Dockerfile.dockerignore": "" });
    expect(findDockerIgnore(dir, path.join(dir, "Dockerfile"))).toEqual({
      path: path.join(dir, "Dockerfile.dockerignore"),
      text: "",
    });
    const none = tmpdir({ Dockerfile: "FROM scratch\n" });
    expect(findDockerIgnore(none, path.join(none, "Dockerfile"))).toBeNull();
  });
});

describe("Go helpers", () => {
  it("cleanPath is Go's path.Clean", () => {
    expect(cleanPath("")).toBe(".");
    expect(cleanPath("a//b/./c/..")).toBe("a/b");
    expect(cleanPath("/../a/")).toBe("/a");
    expect(cleanPath("../../a")).toBe("../../a");
    expect(cleanPath("/")).toBe("/");
  });

  it("compileGoGlob follows filepath.Match", () => {
    const m = (p: string, s: string) => compileGoGlob(p)?.test(s) ?? "bad";
    expect(m("*.txt", "a.txt")).toBe(true);
    expect(m("*.txt", "d/a.txt")).toBe(false);
    expect(m("*/*.go", "a/b.go")).toBe(true);
    expect(m("**", "a/b")).toBe(false); // ** is just * for filepath.Match
    expect(m("[^a]b", "cb")).toBe(true);
    expect(m("[!a]b", "!b")).toBe(true); // ! is not negation in Go
    expect(m("a\\*", "a*")).toBe(true);
    expect(m("[]a]", "a")).toBe("bad");
    expect(m("[a-]", "a")).toBe("bad");
    expect(m("abc\\", "abc")).toBe("bad");
  });
});
