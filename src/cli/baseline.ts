// Baselines: record today's problems so that only new ones are reported (adoption on legacy code).
//
// File format (JSON, version 1):
//   { "version": 1, "tool": "dflint",
//     "entries": [ { "path": "api/Dockerfile", "ruleId": "cmd-exec-form",
//                    "fingerprint": "<sha256>", "message": "..." } ] }
// Paths are relative to the folder holding the baseline file (with `/`), so the file works from
// any working folder. Fingerprints come from `fingerprintAll` computed against that folder: they
// ignore line numbers, so moving an instruction keeps it baselined, while editing its text or
// adding another identical problem makes it new. `message` is for people reading the file only.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { FileResult } from "../engine/types";
import { ConfigError } from "../config/errors";
import { fingerprintAll } from "../format/fingerprint";
import { compareProblems, displayPath } from "../format/util";

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: "dflint";
  entries: BaselineEntry[];
}

/** An unreadable or malformed baseline file (exit code 2). */
export class BaselineError extends ConfigError {}

const SPECIAL = new Set(["-", "<stdin>", "<text>"]);

/** Result paths are relative to `cwd`; baseline paths to `baseDir`. */
function absolute(result: FileResult, cwd: string): FileResult {
  return SPECIAL.has(result.path) ? result : { ...result, path: resolve(cwd, result.path) };
}

/** Baseline path of a result. */
export function baselinePath(result: FileResult, cwd: string, baseDir: string): string {
  return displayPath(absolute(result, cwd).path, baseDir);
}

/** Entries for every problem of `results`, in path then position order. */
export function createBaseline(results: readonly FileResult[], cwd: string, baseDir: string): Baseline {
  const entries: BaselineEntry[] = [];
  const sorted = [...results].sort((a, b) => {
    const pa = baselinePath(a, cwd, baseDir);
    const pb = baselinePath(b, cwd, baseDir);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  for (const r of sorted) {
    const p = baselinePath(r, cwd, baseDir);
    const prints = fingerprintAll(absolute(r, cwd), baseDir);
    const order = r.problems.map((_, i) => i).sort((a, b) => compareProblems(r.problems[a]!, r.problems[b]!) || a - b);
    for (const i of order) {
      const problem = r.problems[i]!;
      entries.push({ path: p, ruleId: problem.ruleId, fingerprint: prints[i]!, message: problem.message });
    }
  }
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}

export function writeBaseline(file: string, baseline: Baseline, label = file): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(baseline, null, 2) + "\n");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new BaselineError(`cannot write baseline ${label} (${code})`, file);
  }
}

/** Reads and checks a baseline; `label` is how the file is named in error messages. */
export function readBaseline(file: string, label = file): Baseline {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new BaselineError(`cannot read baseline ${label} (${code}); create it with --write-baseline ${label}`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`baseline ${label} is not valid JSON: ${(err as Error).message}`, file);
  }
  const bad = (why: string) => new BaselineError(`baseline ${label} is not a dflint baseline: ${why}`, file);
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw bad("expected an object");
  const obj = data as Record<string, unknown>;
  if (obj.version !== BASELINE_VERSION) throw bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.entries)) throw bad("'entries' must be an array");
  const entries: BaselineEntry[] = obj.entries.map((e: unknown, i: number) => {
    const x = e as Record<string, unknown> | null;
    if (!x || typeof x.path !== "string" || typeof x.ruleId !== "string" || typeof x.fingerprint !== "string") {
      throw bad(`entry ${i} needs string 'path', 'ruleId' and 'fingerprint'`);
    }
    return { path: x.path, ruleId: x.ruleId, fingerprint: x.fingerprint, message: typeof x.message === "string" ? x.message : "" };
  });
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}

export interface BaselineOutcome {
  /** Problems removed because the baseline lists them. */
  hidden: number;
  /** Entries for files linted in this run that matched no problem any more. */
  stale: BaselineEntry[];
}

/**
 * Removes (in place) the problems of `results` that the baseline records. Entries of files that
 * were not linted in this run are neither used nor reported as stale.
 */
export function applyBaseline(results: FileResult[], baseline: Baseline, cwd: string, baseDir: string): BaselineOutcome {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  const linted = new Set<string>();
  let hidden = 0;
  for (const r of results) {
    linted.add(baselinePath(r, cwd, baseDir));
    const prints = fingerprintAll(absolute(r, cwd), baseDir);
    const keep = r.problems.filter((_, i) => {
      const n = remaining.get(prints[i]!) ?? 0;
      if (n === 0) return true;
      remaining.set(prints[i]!, n - 1);
      hidden++;
      return false;
    });
    r.problems = keep;
  }
  const stale: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const n = remaining.get(e.fingerprint) ?? 0;
    if (n > 0 && linted.has(e.path)) {
      stale.push(e);
      remaining.set(e.fingerprint, n - 1);
    }
  }
  return { hidden, stale };
}
