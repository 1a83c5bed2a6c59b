// GitLab Code Quality report (a Code Climate subset): a JSON array of issues.
import type { ActiveSeverity } from "../engine/types";
import { fingerprint, fingerprintAll } from "./fingerprint";
import type { Formatter } from "./types";
import { displayPath, fatalProblem, region, sortedProblems } from "./util";

export type GitLabSeverity = "info" | "minor" | "major" | "critical" | "blocker";

const SEVERITY: Record<ActiveSeverity, GitLabSeverity> = { error: "major", warning: "minor", info: "info" };

export interface GitLabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitLabSeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export const gitlab: Formatter = (results, ctx) => {
  const issues: GitLabIssue[] = [];
  const used = new Set<string>();
  // GitLab requires unique fingerprints per report; the same file listed twice would repeat them.
  const unique = (fp: string): string => {
    let out = fp;
    for (let n = 1; used.has(out); n++) out = `${fp}-${n}`;
    used.add(out);
    return out;
  };
  for (const result of results) {
    const path = displayPath(result.path, ctx.cwd);
    if (result.fatal !== undefined) {
      const p = fatalProblem(result.fatal);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fingerprint(p, path, undefined)),
        severity: SEVERITY.error,
        location: { path, lines: { begin: 1, end: 1 } },
      });
    }
    const fps = fingerprintAll(result, ctx.cwd);
    const fpOf = new Map(result.problems.map((p, i) => [p, fps[i]!]));
    for (const p of sortedProblems(result.problems)) {
      const r = region(p);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fpOf.get(p)!),
        severity: SEVERITY[p.severity],
        location: { path, lines: { begin: r.line, end: r.endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + "\n";
};
