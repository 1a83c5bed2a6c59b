// Filters applied to lint results before they are formatted: --write-baseline, --baseline, --since.
//
// Order: --write-baseline records every problem found (and then hides them all, so the run that
// writes a baseline passes); --baseline hides recorded problems and notes stale entries on stderr;
// --since keeps problems on changed lines only. Stale entries are computed before --since so that
// problems outside the diff do not look fixed. None of this changes any output format: notes go
// to stderr, the JSON report stays version 1.
import { dirname, resolve } from "node:path";
import type { FileResult } from "../engine/types";
import { applyBaseline, createBaseline, readBaseline, writeBaseline } from "./baseline";
import { filterSince, GitRefError } from "./since";
import { UsageError } from "./args";

export interface AdoptionOptions {
  baseline?: string;
  writeBaseline?: string;
  since?: string;
  /** Results whose text came from stdin (not filtered by --since). */
  fromStdin?: ReadonlySet<FileResult>;
}

const STALE_LISTED = 20;

/** Applies the options to `results` in place; returns lines for stderr. */
export function applyAdoption(results: FileResult[], opts: AdoptionOptions, cwd: string): string[] {
  const notes: string[] = [];
  if (opts.writeBaseline) {
    const file = resolve(cwd, opts.writeBaseline);
    const baseline = createBaseline(results, cwd, dirname(file));
    writeBaseline(file, baseline, opts.writeBaseline);
    const n = baseline.entries.length;
    notes.push(`dflint: wrote ${n} ${n === 1 ? "problem" : "problems"} to baseline ${opts.writeBaseline}`);
    for (const r of results) r.problems = [];
  }
  if (opts.baseline) {
    const file = resolve(cwd, opts.baseline);
    const { stale } = applyBaseline(results, readBaseline(file, opts.baseline), cwd, dirname(file));
    if (stale.length > 0) {
      const what = stale.length === 1 ? "1 baseline entry no longer occurs" : `${stale.length} baseline entries no longer occur`;
      notes.push(`dflint: ${what} (fixed, or the instruction changed); refresh ${opts.baseline} with --write-baseline:`);
      for (const e of stale.slice(0, STALE_LISTED)) notes.push(`  ${e.path}: ${e.ruleId}: ${oneLine(e.message)}`);
      if (stale.length > STALE_LISTED) notes.push(`  ... and ${stale.length - STALE_LISTED} more`);
    }
  }
  if (opts.since) {
    try {
      for (const w of filterSince(results, opts.since, cwd, opts.fromStdin)) notes.push(`dflint: warning: ${w}`);
    } catch (err) {
      if (err instanceof GitRefError) throw new UsageError(err.message);
      throw err;
    }
  }
  return notes;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 160 ? t.slice(0, 157) + "..." : t;
}
