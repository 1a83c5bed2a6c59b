// Finds the Dockerfiles to lint from paths, folders and globs.
import fs from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore from "ignore";
import type { LintJob } from "./lint-files";

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
  const b = path.basename(name);
  if (b.endsWith(".dockerignore")) return false;
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(b) || /\.(Dockerfile|dockerfile)$/.test(b);
}

/** Dockerfiles under `dir`, honouring .gitignore files found there. */
export function discoverDockerfiles(dir: string): string[] {
  const found = fg.sync(DOCKERFILE_PATTERNS, { cwd: dir, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true, caseSensitiveMatch: true });
  const files = found.filter((f) => !f.endsWith(".dockerignore"));
  const gitignores = fg.sync(["**/.gitignore"], { cwd: dir, dot: true, ignore: ALWAYS_SKIPPED });
  let kept = files;
  if (gitignores.length) {
    const matchers = gitignores.map((g) => {
      const base = path.posix.dirname(g);
      return { base: base === "." ? "" : base + "/", ig: ignore().add(fs.readFileSync(path.join(dir, g), "utf8")) };
    });
    kept = files.filter((f) => !matchers.some((m) => f.startsWith(m.base) && m.ig.ignores(f.slice(m.base.length))));
  }
  return kept.sort().map((f) => path.join(dir, f));
}

export interface Target {
  path: string;
  /** Named explicitly on the command line (lint whatever its name). */
  explicit: boolean;
  /** Path to show instead of the real one (the bundled sample). */
  display?: string;
  /** Linted as a Compose service or Bake target builds it. */
  build?: LintJob["build"];
}

/**
 * Expands command-line operands into files; unknown paths are reported in `missing`, folders and
 * globs that give no Dockerfile in `emptyDirs`.
 */
export function resolveTargets(operands: string[], cwd: string): { targets: Target[]; missing: string[]; emptyDirs: string[] } {
  const targets: Target[] = [];
  const missing: string[] = [];
  const emptyDirs: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean) => {
    const abs = path.resolve(cwd, p);
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ path: abs, explicit });
  };
  if (operands.length === 0) {
    for (const f of discoverDockerfiles(cwd)) add(f, false);
    return { targets, missing, emptyDirs };
  }
  for (const op of operands) {
    if (op === "-") {
      targets.push({ path: "-", explicit: true });
      continue;
    }
    const abs = path.resolve(cwd, op);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = discoverDockerfiles(abs);
      if (!found.length) emptyDirs.push(op);
      for (const f of found) add(f, false);
    } else if (stat) {
      add(abs, true);
    } else if (fg.isDynamicPattern(op)) {
      const matches = fg.sync(op, { cwd, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      if (!matches.length) emptyDirs.push(op);
      for (const m of matches.sort()) add(m, true);
    } else missing.push(op);
  }
  return { targets, missing, emptyDirs };
}
