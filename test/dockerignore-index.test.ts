// The indexed .dockerignore matcher (src/layers/pattern-index.ts) against a plain loop over
// every pattern with patternmatcher's rules; and the caps that bound one build context's cost.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PatternMatcher, type MatchState } from "../src/layers/dockerignore";
import { openBuildContext } from "../src/layers/context";
import { unusedPatterns } from "../src/layers/baked";
import { prng as rng } from "./helpers/fuzz";

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

const NAMES = ["a", "b", "ab", "a.log", "x.js", "^a", "node_modules", "src", ".git", "a+b", "c{1}", "d$"];
const PIECES = ["a", "b", "*", "**", "?", "[ab]", "[^a]", ".log", ".js", "^a", "node_modules", "src", "\\*", "a+b", "c{1}", "d$", "x*", "*b"];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function randomPath(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => pick(r, NAMES)).join("/");
}

function randomPattern(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const segs = Array.from({ length: n }, () => (r() < 0.3 ? pick(r, PIECES) + pick(r, PIECES) : pick(r, PIECES)));
  return (r() < 0.2 ? "!" : "") + (r() < 0.1 ? "/" : "") + segs.join("/");
}

/** patternmatcher's loop over every pattern (`MatchesUsingParentResults`), no index. */
function plainMatch(m: PatternMatcher, file: string, parent: MatchState | null): { matched: boolean; state: number[] } {
  const parents: string[] = [];
  for (let i = file.indexOf("/"); i !== -1; i = file.indexOf("/", i + 1)) parents.push(file.slice(0, i));
  const state: number[] = [];
  let matched = false;
  m.patterns.forEach((p, i) => {
    let hit = parent !== null && parent.includes(i);
    if (!hit) {
      if (p.exclusion !== matched) return;
      hit = m.matchesAt(i, file) || (parent === null && parents.some((d) => m.matchesAt(i, d)));
    }
    if (hit) {
      state.push(i);
      matched = !p.exclusion;
    }
  });
  return { matched, state };
}

describe("indexed .dockerignore matching", () => {
  it("gives patternmatcher's answer and state for 3,000 random pattern lists and paths", () => {
    const r = rng(9);
    let matchedSome = 0;
    for (let round = 0; round < 300; round++) {
      const raw = Array.from({ length: 1 + Math.floor(r() * 12) }, () => randomPattern(r));
      const { matcher } = PatternMatcher.compile(raw);
      for (let k = 0; k < 10; k++) {
        const file = randomPath(r);
        const ctx = `patterns ${JSON.stringify(raw)}, path ${file}`;
        // Without parent state, and walking down with the state of each parent.
        const same = (a: { matched: boolean; state: readonly number[] }, b: { matched: boolean; state: number[] }, sub: string) => {
          if (a.matched !== b.matched || a.state.join() !== b.state.join()) expect({ ...a, ctx, sub }).toEqual({ ...b, ctx, sub });
        };
        same(matcher.match(file, null), plainMatch(matcher, file, null), file);
        const segs = file.split("/");
        let state: MatchState | null = null;
        let plainState: number[] | null = null;
        for (let d = 1; d <= segs.length; d++) {
          const sub = segs.slice(0, d).join("/");
          const got = matcher.match(sub, state);
          const want = plainMatch(matcher, sub, plainState);
          same(got, want, sub);
          state = got.state;
          plainState = want.state;
        }
        const any = plainMatch(matcher, file, null).state.length > 0;
        if (any) matchedSome++;
        // MatchesOrParentMatches is the same loop without state.
        if (matcher.matchesOrParentMatches(file) !== plainMatch(matcher, file, null).matched) expect(ctx).toBe("matchesOrParentMatches agrees");
      }
    }
    expect(matchedSome).toBeGreaterThan(300); // the inputs do match, so the comparison means something
  });

  it("a literal head or tail files a wildcard pattern; '^' and a '**' before '/' are not literal", () => {
    const { matcher } = PatternMatcher.compile(["^a*", "x/**/b", "**/c.log", "src/*.js", "*"]);
    expect(matcher.matchesAt(0, "ab")).toBe(true); // '^' is an anchor in patternmatcher's regexp
    expect(matcher.match("ab", null).state).toContain(0);
    expect(matcher.match("x/b", null).state).toContain(1);
    expect(PatternMatcher.compile(["x**/b"]).matcher.match("xb", null).matched).toBe(true); // '**/' can match nothing: no '/b' tail
    expect(matcher.match("c.log", null).state).toContain(2);
    expect(matcher.match("src/i.js", null).state).toEqual([3]); // '*' (matches 'src') is skipped once matched
    expect(matcher.match("src", null).state).toEqual([4]);
  });

  it("walkerSkipsDir answers from the exceptions' folders", () => {
    const { matcher } = PatternMatcher.compile(["vendor", "!vendor/keep/x", "!other/**"]);
    expect(matcher.walkerSkipsDir("vendor")).toBe(false);
    expect(matcher.walkerSkipsDir("vendor/keep")).toBe(false);
    expect(matcher.walkerSkipsDir("vendor/kee")).toBe(true);
    expect(matcher.walkerSkipsDir("vendor/lib")).toBe(true);
    expect(matcher.walkerSkipsDir("other")).toBe(false);
  });
});

function context(files: number, ignore: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-cap-"));
  made.push(dir);
  fs.writeFileSync(path.join(dir, ".dockerignore"), ignore);
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `d${i % 10}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `f${i}.txt`), "x");
  }
  return dir;
}

describe("build context caps", () => {
  it("many literal patterns over many files: each path visits only its candidates", () => {
    const patterns = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `d${i % 10}/f${i}.txt` : `**/nope${i}`));
    const dir = context(2000, patterns.join("\n") + "\n");
    const ctx = openBuildContext(dir);
    expect(ctx.truncated).toBeNull();
    expect(ctx.files().length).toBe(2000 + 1 - 1000 * 1); // odd-numbered files are ignored; .dockerignore is sent
    expect(ctx.ignore!.matcher.work).toBeLessThan(20_000); // a plain loop would test 10 million times
    const unused = unusedPatterns(ctx);
    expect(unused.length).toBe(2500 + 1500); // every '**/nope' and the odd names with no such file
    expect(unused.some((u) => u.pattern === "d1/f1.txt")).toBe(false);
  });

  it("past the entry cap the walk stops with a note, and unused patterns are not reported", () => {
    const dir = context(300, "nothing-matches\n");
    const ctx = openBuildContext(dir, null, { entries: 100, patternTests: 1e9 });
    expect(ctx.truncated).toMatch(/more than 100 files and folders; stopped listing at d\d/);
    expect(ctx.files().length).toBeLessThan(300);
    expect(unusedPatterns(ctx)).toEqual([]);
    const full = openBuildContext(dir);
    expect(full.truncated).toBeNull();
    expect(full.files().length).toBe(301);
    expect(unusedPatterns(full).map((u) => u.pattern)).toEqual(["nothing-matches"]);
  });

  it("wildcard patterns without a literal part are bounded by the pattern-test cap", () => {
    const dir = context(500, Array.from({ length: 400 }, (_, i) => `[a-${String.fromCharCode(98 + (i % 20))}]*/x${"?".repeat(i % 5)}`).join("\n") + "\n");
    const ctx = openBuildContext(dir, null, { entries: 1e6, patternTests: 10_000 });
    expect(ctx.truncated).toMatch(/more than 10000 pattern tests; stopped at /);
    expect(ctx.ignore!.matcher.work).toBeLessThan(10_000 + 2 * 400);
    expect(unusedPatterns(ctx)).toEqual([]);
  });
});
