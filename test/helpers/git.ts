// Real git repositories for tests of --since and --history, written to folders the test owns.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Runs git in `dir` with a fixed author, so commits need no user configuration. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" },
  });
}

/** Makes `dir` a repository on branch main whose first commit holds everything in it. */
export function initRepo(dir: string): void {
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "commit.gpgsign", "false");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial");
}

/** Writes (or, for null, deletes) `files` in `dir` and commits them. */
export function commitFiles(dir: string, files: Record<string, string | null>, message: string): void {
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    if (text === null) fs.rmSync(p);
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
}
