// The git calls behind `--since` and `--history`: few processes, no checkouts.
import { spawnSync } from "node:child_process";
import { relative, resolve, sep } from "node:path";

export class GitError extends Error {}

function git(cwd: string, args: string[], input?: string): string {
  const r = spawnSync("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", input, maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`git ${args[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(`git ${args.join(" ")}: ${(r.stderr || "").trim() || `exit ${r.status}`}`);
  return r.stdout;
}

/** The commit id `ref` names in the repository at `root`; GitError when it names none. `--end-of-options`
 * keeps a ref like `--output=FILE` from being read as an option. */
export function verifyCommit(root: string, ref: string): string {
  let sha: string;
  try {
    sha = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(`'${ref}' is not a commit in the git repository ${root}`);
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitError(`'${ref}' is not a commit in the git repository ${root}`);
  return sha;
}

/** Top folder of the repository containing `dir`. */
export function repoRoot(dir: string): string {
  return resolve(git(dir, ["rev-parse", "--show-toplevel"]).trim());
}

/** Maps a repository-relative path to a path relative to `contextDir` (null when outside). */
export function toContextPath(root: string, contextDir: string, repoPath: string): string | null {
  const rel = relative(contextDir, resolve(root, repoPath));
  if (rel === "" || rel.startsWith("..")) return null;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/** Files changed since `ref` plus uncommitted (staged, unstaged, untracked) changes, repository-relative. */
export function changedSince(root: string, ref: string): string[] {
  const out = new Set<string>();
  for (const p of git(root, ["diff", "--name-only", "-z", "--no-renames", ref, "--"]).split("\0")) if (p) out.add(p);
  const status = git(root, ["status", "--porcelain", "-z", "--untracked-files=all"]).split("\0");
  for (let i = 0; i < status.length; i++) {
    const e = status[i]!;
    if (e.length < 4) continue;
    out.add(e.slice(3));
    if (e[0] === "R" || e[0] === "C") {
      const from = status[++i];
      if (from) out.add(from);
    }
  }
  return [...out];
}

/** A file's text at a revision, or null when it does not exist there. */
export function showFile(root: string, ref: string, repoPath: string): string | null {
  try {
    return git(root, ["show", `${ref}:${repoPath}`]);
  } catch {
    return null;
  }
}

export interface LogCommit {
  sha: string;
  subject: string;
  /** Files changed against the first parent (all files for a root commit), repository-relative. */
  files: string[];
}

/** The last `n` commits of HEAD's first-parent line with their changed files, in one `git log` pass. */
export function readLog(root: string, n: number): LogCommit[] {
  const text = git(root, [
    "log", `-n${n}`, "--first-parent", "--diff-merges=first-parent", "--no-renames", "--name-only", "-z",
    "--format=%x1e%H%x1f%s%x1f",
  ]);
  const commits: LogCommit[] = [];
  for (const chunk of text.split("\x1e")) {
    if (!chunk) continue;
    const [sha, subject, rest] = chunk.split("\x1f");
    const files = (rest ?? "").split(/[\0\n]/).filter((f) => f !== "");
    commits.push({ sha: sha!, subject: subject ?? "", files });
  }
  return commits;
}

/**
 * Reads many `rev:path` objects with one `git cat-file --batch` process.
 * Returns the text of each (null when missing), in order.
 */
export function readBlobs(root: string, specs: string[]): (string | null)[] {
  if (specs.length === 0) return [];
  const r = spawnSync("git", ["cat-file", "--batch"], { cwd: root, input: specs.join("\n") + "\n", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new GitError(`git cat-file: ${r.stderr?.toString().trim()}`);
  const buf = r.stdout as Buffer;
  const out: (string | null)[] = [];
  let pos = 0;
  for (let i = 0; i < specs.length; i++) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.toString("utf8", pos, nl);
    pos = nl + 1;
    if (/ missing$| ambiguous$/.test(header)) {
      out.push(null);
      continue;
    }
    const parts = header.split(" ");
    const size = Number(parts[2]);
    out.push(buf.toString("utf8", pos, pos + size));
    pos += size + 1;
  }
  return out;
}
