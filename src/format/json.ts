// Versioned machine-readable report: {"version": 1, "files": [...]}.
import type { FileResult, Problem } from "../engine/types";
import type { FormatContext, Formatter } from "./types";
import { displayPath, sortedProblems } from "./util";
import { fixPositions, type PositionedFix } from "./fix-data";

export const JSON_FORMAT_VERSION = 1;

export interface JsonProblem {
  ruleId: string;
  related: string[];
  severity: Problem["severity"];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Present when the problem can be fixed: edits on the file as linted, applied together. */
  fix?: PositionedFix;
}

export interface JsonFile {
  path: string;
  problems: JsonProblem[];
  /** Present when the file could not be read or parsed. */
  error?: string;
  /** With --fix: how many problems were fixed (the file and positions are those after fixing). */
  fixed?: number;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFile[];
}

/** Problems stringified per piece: a piece is a few hundred kB of text at most. */
const PROBLEMS_PER_CHUNK = 1000;

/**
 * The report as JSON.stringify would write the JsonReport, in pieces: the head of each file, its
 * problems a thousand at a time, its tail. A file of 100k problems made a 30 MB string at once, from
 * a copy of every problem (and the CLI wrote it as one buffer more).
 */
function* jsonChunks(results: FileResult[], ctx: FormatContext): Generator<string> {
  yield `{"version":${JSON_FORMAT_VERSION},"files":[`;
  for (let f = 0; f < results.length; f++) {
    const r = results[f]!;
    const fixOf = fixPositions(r);
    yield `${f ? "," : ""}{"path":${JSON.stringify(displayPath(r.path, ctx.cwd))},"problems":[`;
    const problems = sortedProblems(r.problems);
    for (let i = 0; i < problems.length; i += PROBLEMS_PER_CHUNK) {
      const piece: string[] = [];
      for (const p of problems.slice(i, i + PROBLEMS_PER_CHUNK)) {
        const out: JsonProblem = {
          ruleId: p.ruleId,
          related: [...p.related],
          severity: p.severity,
          message: p.message,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn,
        };
        const fix = fixOf(p);
        if (fix) out.fix = fix;
        piece.push(JSON.stringify(out));
      }
      yield (i ? "," : "") + piece.join(",");
    }
    // Optional keys in JsonFile's order, as JSON.stringify leaves out the absent ones.
    let tail = "]";
    if (r.fatal !== undefined) tail += `,"error":${JSON.stringify(r.fatal)}`;
    if (r.fixed !== undefined) tail += `,"fixed":${JSON.stringify(r.fixed)}`;
    yield tail + "}";
  }
  yield "]}\n";
}

export const json: Formatter = Object.assign((results: FileResult[], ctx: FormatContext) => [...jsonChunks(results, ctx)].join(""), {
  chunks: jsonChunks,
});
