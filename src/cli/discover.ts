// Finds the Dockerfiles to lint from paths, folders and globs.
import { type Stats, readdirSync as readdirSyncFs, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, posix, resolve } from "node:path";
import fg from "fast-glob";
import ignore from "ignore";
import type { LintJob } from "./lint-files";
import { readTextFile, ReadError } from "../fs/read";

export const DOCKERFILE_PATTERNS = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/Containerfile.*",
];

const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];

export function isDockerfileName(name: string): boolean {
  const b = basename(name);
  if (b.endsWith(".dockerignore")) return false;
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(b) || /\.(Dockerfile|dockerfile)$/.test(b);
}

/**
 * Walk options for untrusted trees: symbolic links are never followed (`ln -s . x; ln -s . y`
 * made the walk endless, and a link may point out of the tree; a Dockerfile reached through a
 * link inside the tree is found at its real place), and a folder that cannot be read is noted in
 * `unreadable` instead of ending the whole run.
 */
export function walkOptions(unreadable: string[]) {
  const readdirSync = ((p: string, opts: unknown) => {
    try {
      return readdirSyncFs(p, opts as { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw err;
      unreadable.push(`${p} (${code ?? (err as Error).message})`);
      return [];
    }
  }) as typeof readdirSyncFs;
  return { followSymbolicLinks: false, fs: { readdirSync } };
}

/** Dockerfiles under `dir`, honouring .gitignore files found there; unreadable folders go to `unreadable`. */
export function discoverDockerfiles(dir: string, unreadable: string[] = []): string[] {
  const walk = walkOptions(unreadable);
  const found = fg.sync(DOCKERFILE_PATTERNS, { cwd: dir, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true, caseSensitiveMatch: true, ...walk });
  const files = found.filter((f) => !f.endsWith(".dockerignore"));
  const gitignores = fg.sync(["**/.gitignore"], { cwd: dir, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true, ...walkOptions([]) });
  let kept = files;
  if (gitignores.length) {
    const matchers = gitignores.map((g) => {
      const base = posix.dirname(g);
      let text = "";
      try {
        text = readTextFile(join(dir, g));
      } catch (err) {
        unreadable.push(`${join(dir, g)} (${err instanceof ReadError ? err.message : ((err as NodeJS.ErrnoException).code ?? (err as Error).message)})`);
      }
      return { base: base === "." ? "" : base + "/", ig: ignore().add(text) };
    });
    kept = files.filter((f) => !matchers.some((m) => f.startsWith(m.base) && m.ig.ignores(f.slice(m.base.length))));
  }
  return kept.sort().map((f) => join(dir, f));
}

export interface Target {
  path: string;
  /** Named explicitly on the command line (lint whatever its name). */
  explicit: boolean;
  /** Path to show instead of the real one (the bundled sample). */
  display?: string;
  /** Size of the regular file, when a stat here found it (LintJob.size). */
  size?: number;
  /** Linted as a Compose service or Bake target builds it. */
  build?: LintJob["build"];
}

/**
 * Expands command-line operands into files; unknown paths are reported in `missing`, folders and
 * globs that give no Dockerfile in `emptyDirs`.
 */
export function resolveTargets(operands: string[], cwd: string): { targets: Target[]; missing: string[]; emptyDirs: string[]; unreadable: string[] } {
  const targets: Target[] = [];
  const missing: string[] = [];
  const emptyDirs: string[] = [];
  const unreadable: string[] = [];
  const seen = new Set<string>();
  // Real paths of folders: a walk gives many files per folder, and a system call per file is slow.
  const realDirs = new Map<string, string>();
  const realPath = (p: string) => {
    try {
      return realpathSync.native(p); // one system call, not an lstat per path component
    } catch {
      return p;
    }
  };
  /** `walked`: found by a walk that neither follows nor returns links (the file itself is no link). */
  const add = (p: string, explicit: boolean, walked = false, size?: number) => {
    const abs = resolve(cwd, p);
    // The same file under two names (a link, `a/../a`) is linted once.
    let real: string;
    if (walked) {
      const dir = dirname(abs);
      let realDir = realDirs.get(dir);
      if (realDir === undefined) realDirs.set(dir, (realDir = realPath(dir)));
      real = join(realDir, basename(abs));
    } else real = realPath(abs);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push(size === undefined ? { path: abs, explicit } : { path: abs, explicit, size });
  };
  if (operands.length === 0) {
    for (const f of discoverDockerfiles(cwd, unreadable)) add(f, false, true);
    return { targets, missing, emptyDirs, unreadable };
  }
  for (const op of operands) {
    if (op === "-") {
      targets.push({ path: "-", explicit: true });
      continue;
    }
    const abs = resolve(cwd, op);
    let stat: Stats | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = discoverDockerfiles(abs, unreadable);
      if (!found.length) emptyDirs.push(op);
      for (const f of found) add(f, false, true);
    } else if (stat) {
      add(abs, true, false, stat.isFile() ? stat.size : undefined);
    } else if (fg.isDynamicPattern(op)) {
      const matches = fg.sync(op, { cwd, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true, ...walkOptions(unreadable) });
      if (!matches.length) emptyDirs.push(op);
      for (const m of matches.sort()) add(m, true, true);
    } else missing.push(op);
  }
  return { targets, missing, emptyDirs, unreadable };
}
