// Human-readable report grouped by file, in the manner of ESLint's "stylish". When every problem
// fits the terminal width it is one aligned line per problem; otherwise each problem is a header
// line (position, severity, rule id: never split) with the message wrapped under it.
import pc from "picocolors";
import type { ActiveSeverity, Problem } from "../engine/types";
import { codeFrame } from "./code-frame";
import type { Formatter } from "./types";
import { FATAL_RULE_ID, countSeverities, displayPath, problemsWithFatal, singleLine } from "./util";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const MESSAGE_INDENT = "    ";

export const stylish: Formatter = (results, ctx) => {
  const c = pc.createColors(ctx.color);
  const sevColor: Record<ActiveSeverity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };

  for (const result of results) {
    const problems = problemsWithFatal(result);
    if (problems.length === 0) continue;
    const counts = countSeverities(problems);
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;

    const rows = problems.map((p) => ({
      problem: p,
      line: String(p.line),
      col: String(p.column),
      severity: p.severity,
      message: singleLine(p.message),
      rule: p.ruleId === FATAL_RULE_ID ? "" : singleLine(p.ruleId),
    }));
    const wLine = Math.max(...rows.map((r) => r.line.length));
    const wCol = Math.max(...rows.map((r) => r.col.length));
    const wSev = Math.max(...rows.map((r) => r.severity.length));
    const wMsg = Math.max(...rows.map((r) => r.message.length));
    const wRule = Math.max(...rows.map((r) => r.rule.length));
    const tableWidth = 2 + wLine + 1 + wCol + 2 + wSev + 2 + wMsg + 2 + wRule;
    const wrap = ctx.width !== undefined && tableWidth > ctx.width;

    out.push("", c.underline(singleLine(displayPath(result.path, ctx.cwd))));
    for (const r of rows) {
      const pos = `${r.line.padStart(wLine)}:${r.col.padEnd(wCol)}`;
      const sev = sevColor[r.severity](r.severity.padEnd(wSev));
      if (wrap) {
        out.push(`  ${c.dim(pos)}  ${sev}  ${c.dim(r.rule)}`.trimEnd());
        const room = Math.max(20, ctx.width! - MESSAGE_INDENT.length);
        for (const l of wrapWords(r.message, room)) out.push(MESSAGE_INDENT + l);
      } else {
        const text = r.rule ? `${r.message.padEnd(wMsg)}  ${c.dim(r.rule)}` : r.message;
        out.push(`  ${c.dim(pos)}  ${sev}  ${text}`.trimEnd());
      }
      if (ctx.codeFrame && result.source !== undefined && r.problem.ruleId !== FATAL_RULE_ID) {
        for (const l of frameLines(result.source, r.problem, ctx.width)) out.push(c.dim(l));
      }
    }
  }

  const total = totals.error + totals.warning + totals.info;
  const fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  const fixedLine = fixed ? c.green(`\u2714 ${plural(fixed, "problem")} fixed`) : null;
  if (total === 0) return fixedLine ? fixedLine + "\n" : "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${totals.info} info)`;
  const colour = totals.error > 0 ? c.red : totals.warning > 0 ? c.yellow : c.blue;
  out.push("", c.bold(colour(summary)));
  if (fixedLine) out.push(fixedLine);
  out.push("");
  return out.join("\n");
};

function frameLines(source: string, p: Problem, width: number | undefined): string[] {
  return codeFrame(source, p, { indent: MESSAGE_INDENT, width }).concat("");
}
