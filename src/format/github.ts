// GitHub Actions workflow commands (`::error file=...::message`) that annotate a pull request.
//
// GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
// silently, so the most severe problems are emitted first and, when anything had to be left out,
// one notice (counted in the notice budget) says how many and where to find them.
import type { ActiveSeverity, Problem } from "../engine/types";
import type { Formatter } from "./types";
import { SEVERITY_ORDER, displayPath, problemsWithFatal, region } from "./util";
import { workflowData as escapeData, workflowProperty as escapeProperty } from "./escape";

/** Annotations GitHub shows per level and step. */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<ActiveSeverity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

export { workflowData as escapeData, workflowProperty as escapeProperty } from "./escape";

interface Entry {
  path: string;
  problem: Problem;
}

function compareEntries(a: Entry, b: Entry): number {
  return (
    SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.problem.line - b.problem.line ||
    a.problem.column - b.problem.column ||
    (a.problem.ruleId < b.problem.ruleId ? -1 : a.problem.ruleId > b.problem.ruleId ? 1 : 0)
  );
}

function command(e: Entry): string {
  const p = e.problem;
  const r = region(p);
  const props = [`file=${escapeProperty(e.path)}`, `line=${r.line}`, `endLine=${r.endLine}`];
  // GitHub accepts columns only for single-line annotations.
  if (r.line === r.endLine) props.push(`col=${r.column}`, `endColumn=${r.endColumn}`);
  props.push(`title=${escapeProperty(`dflint ${p.ruleId}`)}`);
  return `::${COMMAND[p.severity]} ${props.join(",")}::${escapeData(p.message)}`;
}

export const github: Formatter = (results, ctx) => {
  const entries: Entry[] = [];
  for (const result of results) {
    const path = displayPath(result.path, ctx.cwd);
    for (const problem of problemsWithFatal(result)) entries.push({ path, problem });
  }
  entries.sort(compareEntries);

  const bySeverity: Record<ActiveSeverity, Entry[]> = { error: [], warning: [], info: [] };
  for (const e of entries) bySeverity[e.problem.severity].push(e);

  const max = GITHUB_ANNOTATIONS_PER_LEVEL;
  const overflow = bySeverity.error.length > max || bySeverity.warning.length > max || bySeverity.info.length > max;
  // The closing notice takes one notice slot.
  const budget: Record<ActiveSeverity, number> = { error: max, warning: max, info: overflow ? max - 1 : max };

  const lines: string[] = [];
  let dropped = 0;
  for (const sev of ["error", "warning", "info"] as const) {
    const list = bySeverity[sev];
    for (const e of list.slice(0, budget[sev])) lines.push(command(e));
    dropped += Math.max(0, list.length - budget[sev]);
  }
  if (dropped > 0) {
    const what = dropped === 1 ? "1 more problem was" : `${dropped} more problems were`;
    lines.push(
      `::notice::${escapeData(
        `dflint: ${what} not annotated (GitHub shows at most ${max} errors, ${max} warnings and ${max} notices per step). ` +
          `See the job summary or the SARIF report, or run dflint with --format stylish, to see them all.`,
      )}`,
    );
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
