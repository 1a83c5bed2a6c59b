// What a pull request changed, from the checkout the workflow made.
import { spawnSync } from "node:child_process";

function git(args: string[], cwd: string): string | null {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

function commitOf(ref: string, cwd: string): string | null {
  return git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd)?.trim() || null;
}

export interface PullRequestEvent {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
}

export interface Base {
  /** Commit the pull request's changes are measured from (the merge base with HEAD). */
  sha: string;
  /** How it was found, for the log. */
  from: string;
}

/**
 * The commit a pull request branched from: the merge base of HEAD with `origin/<base ref>`, or with
 * the event's `pull_request.base.sha`; failing both (a shallow clone), the first parent of HEAD when
 * HEAD is the merge commit actions/checkout makes for pull requests. Null when none is available.
 */
export function findBase(cwd: string, baseRef: string | undefined, event: PullRequestEvent | null): Base | null {
  const candidates: { ref: string; from: string }[] = [];
  if (baseRef) candidates.push({ ref: `origin/${baseRef}`, from: `origin/${baseRef}` });
  const sha = event?.pull_request?.base?.sha;
  if (sha) candidates.push({ ref: sha, from: "the event's base commit" });
  for (const c of candidates) {
    if (!commitOf(c.ref, cwd)) continue;
    const mb = git(["merge-base", c.ref, "HEAD"], cwd)?.trim();
    if (mb) return { sha: mb, from: `merge base with ${c.from}` };
  }
  const parents = git(["rev-list", "--parents", "-n", "1", "HEAD"], cwd)?.trim().split(/\s+/) ?? [];
  if (parents.length === 3) return { sha: parents[1]!, from: "first parent of the pull request's merge commit" };
  return null;
}

/** Paths (relative to the repository top, `/`) that differ between `base` and the working tree. */
export function changedPaths(cwd: string, base: string): string[] | null {
  const out = git(["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", base, "--"], cwd);
  if (out === null) return null;
  return out.split("\0").filter(Boolean);
}

export function topLevel(cwd: string): string | null {
  return git(["rev-parse", "--show-toplevel"], cwd)?.trim() || null;
}

export function showFile(cwd: string, rev: string, repoPath: string): string | null {
  return git(["show", `${rev}:${repoPath}`], cwd);
}
