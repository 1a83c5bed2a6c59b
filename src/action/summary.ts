// The job summary (Markdown for GITHUB_STEP_SUMMARY). GitHub rejects a step summary over 1 MiB,
// so the problem table stops at a row and byte budget, with a note saying what was left out.
import type { JsonReport } from "../format/json";
import { markdownText as cell } from "../format/escape";

export const MAX_TABLE_ROWS = 500;
/** Bytes for the whole summary: a quarter of GitHub's 1 MiB per-step cap. */
export const MAX_SUMMARY_BYTES = 256 * 1024;

const ICON: Record<string, string> = { error: ":x: error", warning: ":warning: warning", info: ":information_source: info" };

/** Text safe inside a Markdown table cell (the Markdown sink). */
export { markdownText as cell } from "../format/escape";

export interface Row {
  severity: string;
  path: string;
  line: number;
  ruleId: string;
  message: string;
}

export function rowsOf(report: JsonReport): Row[] {
  const rows: Row[] = [];
  for (const f of report.files) {
    if (f.error !== undefined) rows.push({ severity: "error", path: f.path, line: 1, ruleId: "fatal", message: f.error });
    for (const p of f.problems) rows.push({ severity: p.severity, path: f.path, line: p.line, ruleId: p.ruleId, message: p.message });
  }
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  return rows.sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line);
}

export interface SummaryInput {
  report: JsonReport | null;
  /** Describes what was linted ("2 Dockerfiles changed in this pull request ..."). */
  scope: string;
  docsUrl: (ruleId: string) => string;
  /** Extra Markdown sections (layer report), already bounded by their producers. */
  sections?: string[];
  maxBytes?: number;
  maxRows?: number;
}

export function counts(report: JsonReport | null): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of report?.files ?? []) {
    if (f.error !== undefined) errors++;
    for (const p of f.problems) {
      if (p.severity === "error") errors++;
      else if (p.severity === "warning") warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}

function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function renderSummary(input: SummaryInput): string {
  const maxBytes = input.maxBytes ?? MAX_SUMMARY_BYTES;
  const maxRows = input.maxRows ?? MAX_TABLE_ROWS;
  const c = counts(input.report);
  const head: string[] = ["## dflint", ""];
  const total = c.errors + c.warnings + c.infos;
  head.push(
    total === 0
      ? `:white_check_mark: No problems in ${input.scope}.`
      : `**${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${c.infos} info** in ${input.scope}.`,
    "",
  );
  let out = head.join("\n") + "\n";
  const rows = rowsOf(input.report ?? { version: 1, files: [] });
  // Reserve room for the sections and the closing note.
  const sections = (input.sections ?? []).map((s) => (s.endsWith("\n") ? s : s + "\n"));
  const sectionBytes = sections.reduce((n, s) => n + Buffer.byteLength(s) + 1, 0);
  const budget = Math.max(4096, maxBytes - sectionBytes - 1024);
  if (rows.length) {
    out += "| Severity | File | Line | Rule | Message |\n|---|---|---:|---|---|\n";
    let shown = 0;
    for (const r of rows) {
      if (shown >= maxRows) break;
      const url = safeUrl(input.docsUrl, r.ruleId);
      const rule = url ? `[${cell(r.ruleId)}](${url})` : cell(r.ruleId);
      const line = `| ${ICON[r.severity] ?? cell(r.severity)} | ${cell(r.path)} | ${r.line} | ${rule} | ${cell(r.message)} |\n`;
      if (Buffer.byteLength(out) + Buffer.byteLength(line) > budget) break;
      out += line;
      shown++;
    }
    if (shown < rows.length) {
      out +=
        `\n_${plural(rows.length - shown, "more problem")} not shown: this summary is kept well under GitHub's 1 MiB limit. ` +
        `Use the \`sarif-file\` output, or run \`dflint\` locally, for the full list._\n`;
    }
    out += "\n";
  }
  for (const s of sections) {
    if (Buffer.byteLength(out) + Buffer.byteLength(s) > maxBytes) {
      out += "_A section was left out to keep this summary under GitHub's 1 MiB limit._\n\n";
      continue;
    }
    out += s + "\n";
  }
  return out;
}

function safeUrl(docsUrl: (id: string) => string, ruleId: string): string | null {
  try {
    const u = new URL(docsUrl(ruleId));
    return u.protocol === "https:" ? u.href.replace(/[()]/g, (c) => encodeURIComponent(c)) : null;
  } catch {
    return null;
  }
}
