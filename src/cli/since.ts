// `--since GIT_REF`: keep only problems on lines changed since a git ref.
//
// "Changed" means the lines `git diff -U0 <ref> -- <file>` shows as added on the new side, i.e.
// committed changes since the ref plus staged and unstaged ones in the working tree. A file git
// does not track yet counts as changed everywhere. A problem is kept when one of its lines
// changed, or when lines were deleted inside its range (a continuation line removed from a RUN).
// Files outside any git repository (and stdin) are not filtered; the caller gets a warning.
import { basename, dirname, resolve } from "node:path";
import { childProcess } from "../runtime/builtins";
import type { FileResult, Problem } from "../engine/types";

/** Lines changed in one file: new-side line numbers, and points after which lines were deleted. */
export interface ChangedLines {
  /** Every line changed (the file is new or untracked). */
  all: boolean;
  lines: Set<number>;
  /** A deletion "after line n" (n = 0: at the top of the file). */
  deletions: Set<number>;
}

export class GitRefError extends Error {}

function git(args: string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
  const r = childProcess().spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error.message) : "") };
}

/** Top folder of the git work tree holding `dir`, or null. */
export function gitTopLevel(dir: string): string | null {
  const r = git(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() : null;
}

/** Parses the hunk headers of `git diff -U0` output. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const out: ChangedLines = { all: false, lines: new Set(), deletions: new Set() };
  for (const m of diff.matchAll(/^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    const oldCount = m[1] === undefined ? 1 : Number(m[1]);
    const start = Number(m[2]);
    const count = m[3] === undefined ? 1 : Number(m[3]);
    if (count === 0) {
      // Pure deletion: git gives the line after which the old lines were.
      if (oldCount > 0) out.deletions.add(start);
      continue;
    }
    for (let l = start; l < start + count; l++) out.lines.add(l);
  }
  return out;
}

export function touches(problem: Problem, changed: ChangedLines): boolean {
  if (changed.all) return true;
  const first = Math.max(1, problem.line);
  const last = Math.max(first, problem.endLine);
  for (let l = first; l <= last; l++) if (changed.lines.has(l)) return true;
  // A deletion strictly inside the range changed the instruction.
  for (let l = first; l < last; l++) if (changed.deletions.has(l)) return true;
  return false;
}

/**
 * Lines of `file` (absolute) changed since `ref`. Null when the file is not in a git work tree.
 * Throws GitRefError when the ref does not name a commit in that repository.
 */
export function changedLinesSince(file: string, ref: string, verified: Map<string, boolean> = new Map()): ChangedLines | null {
  const dir = dirname(file);
  const top = gitTopLevel(dir);
  if (top === null) return null;
  if (!verified.has(top)) {
    const ok = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top).ok;
    verified.set(top, ok);
  }
  if (!verified.get(top)) throw new GitRefError(`--since: '${ref}' is not a commit in the git repository ${top}`);
  const name = basename(file);
  const tracked = git(["ls-files", "--error-unmatch", "--", name], dir);
  if (!tracked.ok) return { all: true, lines: new Set(), deletions: new Set() };
  const diff = git(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--text", ref, "--", name], dir);
  if (!diff.ok) throw new GitRefError(`--since: git diff against '${ref}' failed in ${top}: ${diff.stderr.trim()}`);
  return parseUnifiedDiff(diff.stdout);
}

/**
 * Drops, in place, the problems of `results` that are not on lines changed since `ref`.
 * Paths in `results` are relative to `cwd` (or absolute); results in `fromStdin` are left alone.
 * Returns warnings for the caller to print.
 */
export function filterSince(results: FileResult[], ref: string, cwd: string, fromStdin: ReadonlySet<FileResult> = new Set()): string[] {
  const warnings: string[] = [];
  const verified = new Map<string, boolean>();
  for (const r of results) {
    if (fromStdin.has(r) || r.path === "-" || r.path.startsWith("<")) {
      warnings.push(`--since: ${r.path} was read from stdin; its problems are not filtered`);
      continue;
    }
    const abs = resolve(cwd, r.path);
    const changed = changedLinesSince(abs, ref, verified);
    if (changed === null) {
      warnings.push(`--since: ${r.path} is not in a git repository; its problems are not filtered`);
      continue;
    }
    r.problems = r.problems.filter((p) => touches(p, changed));
  }
  return warnings;
}
