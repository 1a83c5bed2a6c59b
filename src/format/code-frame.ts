// The source lines of a problem with a gutter and a marker under its range (`--code-frame`):
//
//     4 | COPY . .
//       | ^^^^^^^^
//
// Lines are made terminal-safe (controls replaced, tabs as one space) and cut to the width, so that
// a hostile Dockerfile can neither send escape sequences nor start a line with `::`.
import type { Problem } from "../engine/types";
import { region, singleLine } from "./util";

/** At most this many source lines per problem (a long RUN shows its first lines). */
const MAX_LINES = 3;

export function codeFrame(source: string, p: Problem, opts: { indent: string; width?: number }): string[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const { line, column, endLine, endColumn } = region(p);
  const last = Math.min(endLine, line + MAX_LINES - 1, lines.length);
  const gutter = String(last).length;
  const room = opts.width !== undefined ? Math.max(20, opts.width - opts.indent.length - gutter - 3) : Infinity;
  const out: string[] = [];
  for (let n = line; n <= last; n++) {
    const text = singleLine(lines[n - 1] ?? "");
    const shown = text.length > room ? text.slice(0, room - 1) + "\u2026" : text;
    out.push(`${opts.indent}${String(n).padStart(gutter)} | ${shown}`.trimEnd());
    if (n !== line) continue;
    // The marker runs from the column to the end column (to the end of the line for a multi-line range).
    const to = endLine === line ? endColumn : text.length + 1;
    const start = Math.min(column, room + 1);
    const marks = Math.max(1, Math.min(to, room + 1) - start);
    out.push(`${opts.indent}${" ".repeat(gutter)} | ${" ".repeat(start - 1)}${"^".repeat(marks)}`);
  }
  if (endLine > last && last < lines.length) out.push(`${opts.indent}${" ".repeat(gutter)} | ...`);
  return out;
}
