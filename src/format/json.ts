// Versioned machine-readable report: {"version": 1, "files": [...]}.
import type { Problem } from "../engine/types";
import type { Formatter } from "./types";
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

export const json: Formatter = (results, ctx) => {
  const report: JsonReport = {
    version: JSON_FORMAT_VERSION,
    files: results.map((r) => {
      const fixOf = fixPositions(r);
      const file: JsonFile = {
        path: displayPath(r.path, ctx.cwd),
        problems: sortedProblems(r.problems).map((p) => {
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
          return out;
        }),
      };
      if (r.fatal !== undefined) file.error = r.fatal;
      if (r.fixed !== undefined) file.fixed = r.fixed;
      return file;
    }),
  };
  return JSON.stringify(report) + "\n";
};
