// .dockerignore parsing and matching with Docker's semantics:
//
// - reading: moby/patternmatcher `ignorefile.ReadAll` (BOM strip, `#` comments
//   only at the very start of a line, TrimSpace, `!` exceptions, filepath.Clean,
//   leading `/` removed);
// - compiling and matching: moby/patternmatcher `New`, `Pattern.compile`,
//   `MatchesUsingParentResults`, `MatchesOrParentMatches` (the pattern is
//   turned into the same Go regular expression, which is then translated to a
//   JavaScript one);
// - walking: tonistiigi/fsutil `filterFS.Walk`, which is what BuildKit uses to
//   send the context: an excluded directory is skipped unless a `!` exception
//   could re-include something under it.
//
// All paths are relative to the context root and use `/` separators.

import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { resolvedPath } from "../fs/paths";
import { PatternIndex } from "./pattern-index";

export interface DockerIgnorePattern {
  /** The pattern after cleaning, without the leading `!`. */
  pattern: string;
  /** `!` exception (re-includes what earlier patterns excluded). */
  negate: boolean;
  /** 1-based line in the .dockerignore. */
  line: number;
}

export interface DockerIgnoreError {
  line: number;
  /** The text that was rejected (as written, trimmed). */
  text: string;
  message: string;
}

export interface DockerIgnore {
  /** Valid patterns in file order. */
  patterns: DockerIgnorePattern[];
  /** Lines Docker rejects (`!` alone, malformed globs, patterns whose regular
   * expression does not compile). Docker fails the build on these; here the
   * offending pattern is dropped (or never matches) and the rest still apply. */
  errors: DockerIgnoreError[];
  /** Some pattern is a `!` exception. */
  hasExceptions: boolean;
  /**
   * Whether `relPath` is left out of the build context.
   *
   * For a file (default): true when a file at that path would not be sent, either
   * because the patterns exclude it (last match wins, a pattern matching a
   * directory covers everything under it) or because BuildKit's walker skips
   * one of its parent directories.
   *
   * With `isDir`: true when the directory and everything under it are left out,
   * i.e. the directory is excluded and no `!` exception can re-include anything
   * below it. A directory that is excluded but has re-included children gives
   * false. When exceptions contain wildcards the answer is conservative (false
   * whenever an exception could match below the directory).
   *
   * The context root (`.`, `/`, ``) is never ignored.
   */
  ignores(relPath: string, isDir?: boolean): boolean;
  /** `PatternMatcher.MatchesOrParentMatches` exactly, as BuildKit's
   * CopyIgnoredFile check calls it (no walker logic, `.` not special-cased). */
  matchesOrParentMatches(relPath: string): boolean;
  /** The compiled matcher, for walkers (see `PatternMatcher.match`). */
  matcher: PatternMatcher;
  /** For a directory that `matcher` excluded: true when BuildKit's walker does not
   * descend into it at all (fsutil's prefix optimisation). */
  walkerSkipsDir(relDir: string): boolean;
}

// ---------------------------------------------------------------------------
// Go helpers

const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Go `strings.TrimSpace` (unlike String.prototype.trim it keeps U+FEFF). Loops: `/\s+$/` is quadratic on long inner runs. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let e = s.length;
  while (a < e && GO_SPACE.test(s[a]!)) a++;
  while (e > a && GO_SPACE.test(s[e - 1]!)) e--;
  return s.slice(a, e);
}

/** Go `path.Clean` (= `filepath.Clean` on Unix). */
export function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.charCodeAt(0) === 47;
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? "/" : "") + out.join("/");
  return s === "" ? "." : s;
}

/** A path relative to the context root: `/a/./b/` -> `a/b`, root -> `.`. */
export function contextRelative(p: string): string {
  const c = cleanPath("/" + p);
  return c === "/" ? "." : c.slice(1);
}

function escapeJsChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? "\\" + ch : ch;
}

function cp(n: number): string {
  return "\\u{" + n.toString(16) + "}";
}

type Range = [number, number];

function rangesToJs(ranges: Range[], negate: boolean): string {
  let s = "[" + (negate ? "^" : "");
  for (const [lo, hi] of ranges) {
    if (hi < lo) continue;
    s += lo === hi ? cp(lo) : cp(lo) + "-" + cp(hi);
  }
  return s + "]";
}

function complement(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/**
 * Compiles a Go `filepath.Match` pattern (Unix: `\` escapes, `[^...]` negation,
 * `*` and `?` never match `/`) to an anchored RegExp. Returns null for a
 * malformed pattern (Go's ErrBadPattern), which matches nothing.
 */
export function compileGoGlob(pattern: string): RegExp | null {
  const chars = Array.from(pattern);
  let re = "^";
  let i = 0;
  const n = chars.length;
  // getEsc from path/filepath/match.go
  const getEsc = (): number | null => {
    if (i >= n || chars[i] === "-" || chars[i] === "]") return null;
    if (chars[i] === "\\") {
      i++;
      if (i >= n) return null;
    }
    const r = chars[i]!.codePointAt(0)!;
    i++;
    if (i >= n) return null;
    return r;
  };
  while (i < n) {
    const ch = chars[i]!;
    if (ch === "*") {
      while (i < n && chars[i] === "*") i++;
      re += "[^/]*";
      continue;
    }
    if (ch === "?") {
      re += "[^/]";
      i++;
      continue;
    }
    if (ch === "\\") {
      i++;
      if (i >= n) return null;
      re += escapeJsChar(chars[i]!);
      i++;
      continue;
    }
    if (ch === "[") {
      i++;
      let negate = false;
      if (i < n && chars[i] === "^") {
        negate = true;
        i++;
      }
      const ranges: Range[] = [];
      for (;;) {
        if (i < n && chars[i] === "]" && ranges.length > 0) {
          i++;
          break;
        }
        const lo = getEsc();
        if (lo === null) return null;
        let hi = lo;
        if (chars[i] === "-") {
          i++;
          const h = getEsc();
          if (h === null) return null;
          hi = h;
        }
        ranges.push([lo, hi]);
      }
      re += rangesToJs(ranges, negate);
      continue;
    }
    re += escapeJsChar(ch);
    i++;
  }
  try {
    return new RegExp(re + "$", "u");
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Go regexp (RE2 syntax, Perl flags) -> JavaScript, for the expressions that
// patternmatcher builds. Throws on what Go's regexp.Compile would reject.

const POSIX_CLASSES: Record<string, Range[]> = {
  alnum: [[48, 57], [65, 90], [97, 122]],
  alpha: [[65, 90], [97, 122]],
  ascii: [[0, 127]],
  blank: [[9, 9], [32, 32]],
  cntrl: [[0, 31], [127, 127]],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
  space: [[9, 13], [32, 32]],
  upper: [[65, 90]],
  word: [[48, 57], [65, 90], [95, 95], [97, 122]],
  xdigit: [[48, 57], [65, 70], [97, 102]],
};

const PERL_CLASSES: Record<string, Range[]> = {
  d: [[48, 57]],
  s: [[9, 10], [12, 13], [32, 32]],
  w: [[48, 57], [65, 90], [95, 95], [97, 122]],
};

const isAlnum = (c: string): boolean => /^[0-9A-Za-z]$/.test(c);
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";

function goRegexpToJs(src: string): string {
  const s = Array.from(src);
  const n = s.length;
  let i = 0;
  let out = "";

  // parseEscape from regexp/syntax: i points after the backslash.
  const parseEscape = (): number => {
    if (i >= n) throw new Error("trailing backslash at end of expression");
    const c = s[i]!;
    i++;
    if (c.codePointAt(0)! < 0x80 && !isAlnum(c)) return c.codePointAt(0)!;
    if (c >= "1" && c <= "7" && !isOctal(s[i])) throw new Error("invalid escape sequence: \\" + c);
    if (c >= "0" && c <= "7") {
      let r = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(s[i]); k++) r = r * 8 + s[i++]!.charCodeAt(0) - 48;
      return r;
    }
    if (c === "x") {
      if (s[i] === "{") {
        i++;
        let hex = "";
        while (i < n && s[i] !== "}") hex += s[i++];
        if (i >= n || !/^[0-9A-Fa-f]+$/.test(hex)) throw new Error("invalid escape sequence: \\x{" + hex);
        i++;
        const v = parseInt(hex, 16);
        if (v > 0x10ffff) throw new Error("invalid escape sequence");
        return v;
      }
      const hex = (s[i] ?? "") + (s[i + 1] ?? "");
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Error("invalid escape sequence: \\x" + hex);
      i += 2;
      return parseInt(hex, 16);
    }
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (c in simple) return simple[c]!;
    throw new Error("invalid escape sequence: \\" + c);
  };

  // \p{Name}, \pL, \P..., i points at 'p' / 'P'.
  const parseUnicodeClass = (): string => {
    const neg0 = s[i] === "P";
    i++;
    let name: string;
    if (s[i] === "{") {
      i++;
      name = "";
      while (i < n && s[i] !== "}") name += s[i++];
      if (i >= n) throw new Error("invalid character class range");
      i++;
    } else {
      if (i >= n) throw new Error("invalid character class range");
      name = s[i++]!;
    }
    let neg = neg0;
    if (name.startsWith("^")) {
      neg = !neg;
      name = name.slice(1);
    }
    const esc = neg ? "\\P" : "\\p";
    for (const cand of [name, "Script=" + name]) {
      const t = esc + "{" + cand + "}";
      try {
        new RegExp(t, "u");
        return t;
      } catch {
        /* try next */
      }
    }
    throw new Error("invalid character class range: \\p{" + name + "}");
  };

  const parseClass = (): string => {
    // i points after '['
    let negate = false;
    if (s[i] === "^") {
      negate = true;
      i++;
    }
    const ranges: Range[] = [];
    const extra: string[] = [];
    let first = true;
    while (i >= n || s[i] !== "]" || first) {
      if (i >= n) throw new Error("missing closing ]");
      first = false;
      if (s[i] === "[" && s[i + 1] === ":") {
        const rest = s.slice(i + 2).join("");
        const end = rest.indexOf(":]");
        if (end >= 0) {
          let name = rest.slice(0, end);
          let neg = false;
          if (name.startsWith("^")) {
            neg = true;
            name = name.slice(1);
          }
          const cls = POSIX_CLASSES[name];
          if (!cls) throw new Error("invalid character class range: [:" + rest.slice(0, end) + ":]");
          ranges.push(...(neg ? complement(cls) : cls));
          i += 2 + Array.from(rest.slice(0, end)).length + 2;
          continue;
        }
      }
      if (s[i] === "\\" && (s[i + 1] === "p" || s[i + 1] === "P")) {
        i++;
        extra.push(parseUnicodeClass());
        continue;
      }
      if (s[i] === "\\" && s[i + 1] !== undefined && "dDsSwW".includes(s[i + 1]!)) {
        const c = s[i + 1]!;
        const cls = PERL_CLASSES[c.toLowerCase()]!;
        ranges.push(...(c === c.toUpperCase() ? complement(cls) : cls));
        i += 2;
        continue;
      }
      const classChar = (): number => {
        if (i >= n) throw new Error("missing closing ]");
        if (s[i] === "\\") {
          i++;
          return parseEscape();
        }
        return s[i++]!.codePointAt(0)!;
      };
      const lo = classChar();
      let hi = lo;
      if (i + 1 < n && s[i] === "-" && s[i + 1] !== "]") {
        i++;
        hi = classChar();
        if (hi < lo) throw new Error("invalid character class range");
      }
      ranges.push([lo, hi]);
    }
    i++; // ']'
    let body = "";
    for (const [lo, hi] of ranges) body += lo === hi ? cp(lo) : cp(lo) + "-" + cp(hi);
    return "[" + (negate ? "^" : "") + body + extra.join("") + "]";
  };

  while (i < n) {
    const c = s[i]!;
    if (c === "\\") {
      i++;
      const e = s[i];
      if (e === undefined) throw new Error("trailing backslash at end of expression");
      if (e === "A") {
        out += "^";
        i++;
      } else if (e === "z") {
        out += "$";
        i++;
      } else if (e === "b" || e === "B") {
        out += "\\" + e;
        i++;
      } else if (e === "C") {
        out += "[^]";
        i++;
      } else if (e === "Q") {
        i++;
        while (i < n && !(s[i] === "\\" && s[i + 1] === "E")) out += escapeJsChar(s[i++]!);
        if (i < n) i += 2;
      } else if (e === "p" || e === "P") {
        out += parseUnicodeClass();
      } else if ("dDsSwW".includes(e)) {
        const cls = PERL_CLASSES[e.toLowerCase()]!;
        out += rangesToJs(cls, e !== e.toLowerCase());
        i++;
      } else {
        out += cp(parseEscape());
      }
      continue;
    }
    if (c === "[") {
      i++;
      out += parseClass();
      continue;
    }
    if (c === "(") {
      if (s[i + 1] === "?") throw new Error("unsupported group");
      out += "(?:";
      i++;
      continue;
    }
    if (c === ")" || c === "^" || c === "$" || c === "." || c === "|" || c === "*" || c === "+" || c === "?") {
      out += c;
      i++;
      continue;
    }
    out += escapeJsChar(c);
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------
// moby/patternmatcher

type MatchType = "exact" | "prefix" | "suffix" | "regexp" | "invalid";

const REGEX_ESCAPED = new Set([".", "+", "(", ")", "|", "{", "}", "$"]);

export interface CompiledPattern {
  /** Cleaned pattern without `!`. */
  pattern: string;
  exclusion: boolean;
  type: MatchType;
  re: RegExp | null;
  /** Number of `/` every matching path has, or -1 when it varies. */
  slashes: number;
  /** Why a pattern never matches (regexp that Go would not compile). */
  error?: string;
}

function countSlashes(s: string): number {
  let k = 0;
  for (let i = s.indexOf("/"); i !== -1; i = s.indexOf("/", i + 1)) k++;
  return k;
}

/** patternmatcher `Pattern.compile` with `/` as separator. */
function compilePattern(pattern: string, exclusion: boolean): CompiledPattern {
  const chars = Array.from(pattern);
  let reg = "^";
  let type: MatchType = "exact";
  let idx = 0;
  for (let it = 0; idx < chars.length; it++) {
    const ch = chars[idx++]!;
    if (ch === "*") {
      if (chars[idx] === "*") {
        idx++;
        if (chars[idx] === "/") idx++;
        if (idx >= chars.length) {
          if (type === "exact") type = "prefix";
          else {
            reg += ".*";
            type = "regexp";
          }
        } else {
          reg += "(.*/)?";
          type = "regexp";
        }
        if (it === 0) type = "suffix";
      } else {
        reg += "[^/]*";
        type = "regexp";
      }
    } else if (ch === "?") {
      reg += "[^/]";
      type = "regexp";
    } else if (REGEX_ESCAPED.has(ch)) {
      reg += "\\" + ch;
    } else if (ch === "\\") {
      if (idx < chars.length) {
        reg += "\\" + chars[idx++]!;
        type = "regexp";
      } else {
        reg += "\\";
      }
    } else if (ch === "[" || ch === "]") {
      reg += ch;
      type = "regexp";
    } else {
      reg += ch;
    }
  }
  const cp: CompiledPattern = { pattern, exclusion, type, re: null, slashes: -1 };
  if (type === "regexp") {
    try {
      cp.re = new RegExp(goRegexpToJs(reg + "$"), "u");
    } catch (e) {
      cp.type = "invalid";
      cp.error = `invalid pattern ${JSON.stringify(pattern)}: ${(e as Error).message}`;
    }
    if (!pattern.includes("[") && !pattern.includes("**") && !/\\[0-9A-Za-z]/.test(pattern)) {
      cp.slashes = countSlashes(pattern);
    }
  }
  return cp;
}

function matchCompiled(p: CompiledPattern, path: string, slashes: number): boolean {
  switch (p.type) {
    case "exact":
      return path === p.pattern;
    case "prefix":
      return path.startsWith(p.pattern.slice(0, -2));
    case "suffix": {
      const suffix = p.pattern.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix.charCodeAt(0) === 47 && path === suffix.slice(1);
    }
    case "regexp":
      if (p.slashes >= 0 && p.slashes !== slashes) return false;
      return p.re!.test(path);
    default:
      return false;
  }
}

/** The patterns (ascending indices) that matched a directory or one of its parents, as
 * patternmatcher's MatchInfo (a list of the true entries, not one flag per pattern). */
export type MatchState = readonly number[];

/** A compiled list of patterns with moby/patternmatcher semantics. */
export class PatternMatcher {
  readonly patterns: CompiledPattern[];
  /** Some pattern is a `!` exception. */
  readonly exclusions: boolean;
  /** fsutil `onlyPrefixExcludeExceptions`: no exception has wildcards (ignoring a trailing `/*` or `/**`). */
  readonly onlyPrefixExceptions: boolean;
  /** Candidate patterns visited so far (all calls): the work done, for callers that bound it. */
  work = 0;
  private indexCache: PatternIndex | null = null;
  /** `d/` for every directory `d` that holds or is an exception's prefix (walkerSkipsDir). */
  private exceptionDirsCache: Set<string> | null = null;

  constructor(patterns: CompiledPattern[]) {
    this.patterns = patterns;
    this.exclusions = patterns.some((p) => p.exclusion);
    this.onlyPrefixExceptions = !patterns.some((p) => p.exclusion && /[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)));
  }

  private get index(): PatternIndex {
    return (this.indexCache ??= new PatternIndex(this.patterns));
  }

  /**
   * patternmatcher `New`: trims, cleans and compiles each pattern. `compiled[i]`
   * is the pattern made from `raw[i]`, or null when it is blank or rejected.
   * Rejected patterns (`!` alone, malformed globs) make Docker fail; they are
   * reported in `errors` and left out. A pattern whose regular expression Go
   * would not compile is kept but never matches (also reported).
   */
  static compile(raw: readonly string[]): {
    matcher: PatternMatcher;
    compiled: (CompiledPattern | null)[];
    errors: { index: number; message: string }[];
  } {
    const compiled: (CompiledPattern | null)[] = [];
    const errors: { index: number; message: string }[] = [];
    raw.forEach((r, index) => {
      compiled.push(null);
      let p = goTrimSpace(r);
      if (p === "") return;
      p = cleanPath(p);
      let exclusion = false;
      if (p[0] === "!") {
        if (p.length === 1) {
          errors.push({ index, message: 'illegal exclusion pattern: "!"' });
          return;
        }
        exclusion = true;
        p = p.slice(1);
      }
      if (compileGoGlob(p) === null) {
        errors.push({ index, message: `syntax error in pattern: ${JSON.stringify(p)}` });
        return;
      }
      const c = compilePattern(p, exclusion);
      if (c.error) errors.push({ index, message: c.error });
      compiled[index] = c;
    });
    const kept = compiled.filter((c): c is CompiledPattern => c !== null);
    return { matcher: new PatternMatcher(kept), compiled, errors };
  }

  /**
   * patternmatcher `MatchesUsingParentResults`: whether `path` is matched (excluded),
   * given the state of its parent directory (`null` for a top-level entry or when
   * the parent state is unknown, in which case parent directories are checked
   * directly). Returns the state to pass to the entry's children.
   *
   * Only candidate patterns are visited (see PatternIndex): a pattern that cannot
   * match leaves both the result and the state unchanged.
   */
  match(path: string, parent: MatchState | null): { matched: boolean; state: MatchState } {
    const pats = this.patterns;
    const slashes = countSlashes(path);
    const parentDirs = parent === null && slashes > 0 ? parentPrefixes(path) : null;
    const cands = this.index.candidates(parentDirs ? [path, ...parentDirs] : [path], parent);
    this.work += cands.length;
    const state: number[] = [];
    let matched = false;
    let k = 0; // walks `parent` (ascending) beside `cands` (ascending)
    for (const i of cands) {
      const p = pats[i]!;
      while (parent !== null && k < parent.length && parent[k]! < i) k++;
      let m = parent !== null && k < parent.length && parent[k] === i;
      if (!m) {
        if (p.exclusion !== matched) continue;
        m = matchCompiled(p, path, slashes);
        if (!m && parentDirs) {
          for (const d of parentDirs) {
            if (matchCompiled(p, d, countSlashes(d))) {
              m = true;
              break;
            }
          }
        }
      }
      if (m) {
        state.push(i);
        matched = !p.exclusion;
      }
    }
    return { matched, state };
  }

  /** patternmatcher `MatchesOrParentMatches`. */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const slashes = countSlashes(file);
    const parents = slashes > 0 ? parentPrefixes(file) : [];
    const cands = this.index.candidates([file, ...parents], null);
    this.work += cands.length;
    for (const i of cands) {
      const p = this.patterns[i]!;
      if (p.exclusion !== matched) continue;
      let m = matchCompiled(p, file, slashes);
      if (!m) {
        for (const d of parents) {
          if (matchCompiled(p, d, countSlashes(d))) {
            m = true;
            break;
          }
        }
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }

  /** Whether `pattern` (this matcher's `patterns[index]`) matches `path` itself (not its parents). */
  matchesAt(index: number, path: string): boolean {
    return matchCompiled(this.patterns[index]!, path, countSlashes(path));
  }

  /** Indices (ascending) of the patterns that may match `path` itself: a superset of those that do. */
  candidatesFor(path: string): number[] {
    const cands = this.index.candidates([path], null);
    this.work += cands.length;
    return cands;
  }

  /** fsutil: for an excluded directory, whether the walker skips its contents. */
  walkerSkipsDir(dir: string): boolean {
    if (!this.onlyPrefixExceptions) return false;
    if (!this.exclusions) return true;
    if (!this.exceptionDirsCache) {
      // `(withoutTrailingGlob(e) + "/").startsWith(dir + "/")` for some exception e,
      // i.e. `dir/` is one of the `/`-ended prefixes of `e/`.
      const dirs = new Set<string>();
      for (const p of this.patterns) {
        if (!p.exclusion) continue;
        const e = withoutTrailingGlob(p.pattern) + "/";
        for (let i = e.indexOf("/"); i !== -1; i = e.indexOf("/", i + 1)) dirs.add(e.slice(0, i + 1));
      }
      this.exceptionDirsCache = dirs;
    }
    return !this.exceptionDirsCache.has(dir + "/");
  }

  /** Whether some exception pattern could match a path strictly below `dir`
   * (exact for prefix-only exceptions, conservative otherwise). */
  exceptionMayMatchBelow(dir: string): boolean {
    if (!this.exclusions) return false;
    if (this.onlyPrefixExceptions) return !this.walkerSkipsDir(dir);
    const dirSegs = dir.split("/");
    for (const p of this.patterns) {
      if (!p.exclusion) continue;
      if (p.pattern.includes("**")) return true;
      const segs = p.pattern.split("/");
      if (segs.length <= dirSegs.length) continue;
      let ok = true;
      for (let i = 0; i < dirSegs.length && ok; i++) {
        const seg = compilePattern(segs[i]!, false);
        if (seg.type === "invalid") continue; // be conservative
        ok = matchCompiled(seg, dirSegs[i]!, 0);
      }
      if (ok) return true;
    }
    return false;
  }
}

/** Proper parent directories of a relative path: `a/b/c` -> `a`, `a/b`. */
function parentPrefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) out.push(path.slice(0, i));
  return out;
}

/** fsutil `patternWithoutTrailingGlob`. */
function withoutTrailingGlob(p: string): string {
  if (p.endsWith("/**")) p = p.slice(0, -3);
  if (p.endsWith("/*")) p = p.slice(0, -2);
  return p;
}

// ---------------------------------------------------------------------------
// .dockerignore

/** `ignorefile.ReadAll`: the pattern strings Docker passes on, with their lines. */
export function readIgnoreLines(text: string): { pattern: string; line: number; raw: string }[] {
  const out: { pattern: string; line: number; raw: string }[] = [];
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  lines.forEach((rawLine, idx) => {
    let line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (idx === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.startsWith("#")) return;
    let pattern = goTrimSpace(line);
    if (pattern === "") return;
    const raw = pattern;
    const invert = pattern[0] === "!";
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern[0] === "/") pattern = pattern.slice(1);
    }
    if (invert) pattern = "!" + pattern;
    out.push({ pattern, line: idx + 1, raw });
  });
  return out;
}

class DockerIgnoreImpl implements DockerIgnore {
  readonly patterns: DockerIgnorePattern[];
  readonly errors: DockerIgnoreError[];
  readonly hasExceptions: boolean;
  readonly matcher: PatternMatcher;

  constructor(text: string) {
    const lines = readIgnoreLines(text);
    const { matcher, compiled, errors } = PatternMatcher.compile(lines.map((l) => l.pattern));
    this.matcher = matcher;
    this.errors = errors.map((e) => ({ line: lines[e.index]!.line, text: lines[e.index]!.raw, message: e.message }));
    this.patterns = [];
    compiled.forEach((c, i) => {
      if (c) this.patterns.push({ pattern: c.pattern, negate: c.exclusion, line: lines[i]!.line });
    });
    this.hasExceptions = matcher.exclusions;
  }

  ignores(relPath: string, isDir = false): boolean {
    const rel = contextRelative(relPath);
    if (rel === "." || this.matcher.patterns.length === 0) return false;
    let parent: MatchState | null = null;
    for (const dir of parentPrefixes(rel)) {
      const r = this.matcher.match(dir, parent);
      if (r.matched && this.matcher.walkerSkipsDir(dir)) return true;
      parent = r.state;
    }
    const { matched } = this.matcher.match(rel, parent);
    if (!isDir || !matched) return matched;
    return !this.matcher.exceptionMayMatchBelow(rel);
  }

  matchesOrParentMatches(relPath: string): boolean {
    return this.matcher.matchesOrParentMatches(relPath);
  }

  walkerSkipsDir(relDir: string): boolean {
    return this.matcher.walkerSkipsDir(relDir);
  }
}

/** Parses .dockerignore text with Docker's rules. */
export function parseDockerIgnore(text: string): DockerIgnore {
  return new DockerIgnoreImpl(text);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the ignore file BuildKit uses: `<Dockerfile>.dockerignore` next to the
 * Dockerfile when it exists (even if empty), otherwise `<context>/.dockerignore`.
 * A relative `dockerfilePath` is resolved against the current directory.
 * `exists` answers for the candidates first (rules pass a cached folder listing).
 */
export function findDockerIgnore(
  contextDir: string,
  dockerfilePath: string | null,
  exists: (path: string) => boolean = existsSync,
): { path: string; text: string } | null {
  const candidates: string[] = [];
  if (dockerfilePath) {
    const df = resolvedPath(dockerfilePath);
    candidates.push(df + ".dockerignore");
    // BuildKit falls back from `Dockerfile` to `dockerfile` but keeps the
    // `Dockerfile.dockerignore` name.
    if (basename(df) === "dockerfile") candidates.push(join(dirname(df), "Dockerfile.dockerignore"));
  }
  const dir = resolvedPath(contextDir);
  // join() normalizes again: a resolved POSIX folder needs only the name appended.
  candidates.push(sep !== "/" ? join(dir, ".dockerignore") : dir === "/" ? "/.dockerignore" : dir + "/.dockerignore");
  for (const c of candidates) {
    if (exists(c) && isFile(c)) return { path: c, text: readFileSync(c, "utf8") };
  }
  return null;
}
