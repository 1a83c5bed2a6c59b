import { trimEndOf } from "../model/paths";
import { readBracket } from "../model/shell-glob";
// The globs of `ignore` and `overrides[].files`, matched against a path
// relative to the config file's folder (with "/" separators).
//
// gitignore-like, minus its "a file cannot be re-included when its folder is
// excluded" rule:
// * a pattern without a slash (a trailing one aside) matches a file or folder
//   name at any depth: `Dockerfile.dev`, `*.dev.Dockerfile`;
// * a pattern with a slash is anchored to the config folder: `/Dockerfile`,
//   `docker/*.Dockerfile`, `services/**/Dockerfile` (a leading `/` or `./` is dropped);
// * a pattern that matches a folder matches everything below it; a trailing
//   slash matches folders only: `vendor/`;
// * `*` and `?` stay within one path segment, `**` spans segments, `[a-z]`
//   and `[!a-z]` are character classes, `{a,b}` alternatives (not nested),
//   `\` escapes the next character;
// * `!pattern` excludes again; the last pattern that matches decides;
// * matching is case-sensitive and `*` matches dot files too.

interface CompiledPattern {
  negated: boolean;
  dirOnly: boolean;
  re: RegExp;
}

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? "\\" + c : c;
}

function globSource(glob: string): string {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "\\" && i + 1 < glob.length) {
      re += escapeRegExp(glob[++i]!);
    } else if (c === "*") {
      if (glob[i + 1] === "*") {
        const atStart = i === 0 || glob[i - 1] === "/";
        if (atStart && glob[i + 2] === "/") {
          re += "(?:.*/)?";
          i += 2;
        } else if (atStart && i + 2 === glob.length) {
          re += ".*";
          i += 1;
        } else {
          re += "[^/]*";
          i += 1;
        }
      } else {
        re += "[^/]*";
      }
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      // (As a shell reads it: any text gives a valid expression; a config from a pull request with
      // `[z-a]` once stopped the run with "unexpected error: Range out of order".)
      const bracket = readBracket(glob, i);
      if (bracket === null) {
        re += "\\[";
      } else {
        re += bracket.regExp;
        i = bracket.end;
      }
    } else if (c === "{") {
      const close = glob.indexOf("}", i + 1);
      if (close === -1) {
        re += "\\{";
      } else {
        re += "(?:" + glob.slice(i + 1, close).split(",").map(globSource).join("|") + ")";
        i = close;
      }
    } else {
      re += escapeRegExp(c);
    }
  }
  return re;
}

function compilePattern(raw: string): CompiledPattern | null {
  let p = raw.trim();
  const negated = p.startsWith("!");
  if (negated) p = p.slice(1);
  const dirOnly = p.endsWith("/");
  p = trimEndOf(p, "/");
  if (p.startsWith("./")) p = p.slice(2);
  const anchored = p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "") return null;
  const source = (anchored ? "" : "(?:.*/)?") + globSource(p);
  return { negated, dirOnly, re: new RegExp("^" + source + "$") };
}

/** A matcher for a list of patterns, taking a relative path with "/" separators. */
export function compileGlobs(patterns: readonly string[]): (relPath: string) => boolean {
  const compiled = patterns.map(compilePattern).filter((p): p is CompiledPattern => p !== null);
  return (relPath) => {
    const parts = relPath.split("/");
    // The folders containing the file, then the file itself.
    const candidates: string[] = [];
    for (let i = 1; i <= parts.length; i++) candidates.push(parts.slice(0, i).join("/"));
    const folders = candidates.slice(0, -1);
    let matched = false;
    for (const pattern of compiled) {
      if (matched !== pattern.negated) continue; // cannot change the outcome
      const pool = pattern.dirOnly ? folders : candidates;
      if (pool.some((c) => pattern.re.test(c))) matched = !pattern.negated;
    }
    return matched;
  };
}
