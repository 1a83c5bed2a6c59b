// Versioned machine-readable report: {"version": 1, "files": [...]}.
import type { Problem } from "../engine/types";
import type { Formatter } from "./types";
import { displayPath, sortedProblems } from "./util";

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
}

export interface JsonFile {
  path: string;
  problems: JsonProblem[];
  /** Present when the file could not be read or parsed. */
  error?: string;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFile[];
}

export const json: Formatter = (results, ctx) => {
  const report: JsonReport = {
    version: JSON_FORMAT_VERSION,
    files: results.map((r) => {
      const file: JsonFile = {
        path: displayPath(r.path, ctx.cwd),
        problems: sortedProblems(r.problems).map((p) => ({
          ruleId: p.ruleId,
          related: [...p.related],
          severity: p.severity,
          message: p.message,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn,
        })),
      };
      if (r.fatal !== undefined) file.error = r.fatal;
      return file;
    }),
  };
  return JSON.stringify(report) + "\n";
};
