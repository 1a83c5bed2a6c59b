// reviewdog Diagnostic Format (rdjson: one DiagnosticResult), with fixes as
// suggestions so that reviewdog can post them as suggested changes on a PR.
// Columns are 1-based UTF-8 byte counts and range ends are exclusive, as the format says.
import type { ActiveSeverity } from "../engine/types";
import { createLineIndex } from "../model/lines";
import type { LineIndex } from "../model/types";
import type { Formatter } from "./types";
import { displayPath, problemsWithFatal, region, ruleInfo, FATAL_RULE_ID } from "./util";
import { fixPositions } from "./fix-data";
import { REPO_URL } from "../cli/meta";

type RdSeverity = "ERROR" | "WARNING" | "INFO";
const SEVERITY: Record<ActiveSeverity, RdSeverity> = { error: "ERROR", warning: "WARNING", info: "INFO" };

interface RdPosition {
  line: number;
  column: number;
}

/** UTF-16 column (1-based) to UTF-8 byte column (1-based) on that line of the file. */
function byteColumn(lines: LineIndex | null, line: number, column: number): number {
  if (!lines) return column;
  return Buffer.byteLength(lines.lineText(line).slice(0, column - 1), "utf8") + 1;
}

export const rdjson: Formatter = (results, ctx) => {
  const diagnostics: Record<string, unknown>[] = [];
  for (const result of results) {
    const path = displayPath(result.path, ctx.cwd);
    const lines = result.source === undefined ? null : createLineIndex(result.source);
    const pos = (line: number, column: number): RdPosition => ({ line, column: byteColumn(lines, line, column) });
    const fixOf = fixPositions(result);
    for (const p of problemsWithFatal(result)) {
      const r = region(p);
      const d: Record<string, unknown> = {
        message: p.message,
        location: { path, range: { start: pos(r.line, r.column), end: pos(r.endLine, r.endColumn) } },
        severity: SEVERITY[p.severity],
      };
      if (p.ruleId !== FATAL_RULE_ID) {
        const url = ruleInfo(p.ruleId, ctx).url;
        d.code = url ? { value: p.ruleId, url } : { value: p.ruleId };
      }
      const fix = fixOf(p);
      if (fix) d.suggestions = fix.edits.map((e) => ({ range: { start: pos(e.line, e.column), end: pos(e.endLine, e.endColumn) }, text: e.text }));
      diagnostics.push(d);
    }
  }
  return JSON.stringify({ source: { name: "dflint", url: REPO_URL }, diagnostics }) + "\n";
};
