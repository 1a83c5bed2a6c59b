// Line-independent fingerprints of problems, shared by SARIF, GitLab and baselines.
//
// fingerprint = sha256 over (rule id, path, the source lines the problem spans with whitespace
// collapsed, occurrence index of that same (rule, path, text) key within the file). Moving an
// instruction up or down keeps its fingerprint; two identical problems get distinct ones.
import { crypto } from "../runtime/builtins";
import type { FileResult, Problem } from "../engine/types";
import { compareProblems, displayPath } from "./util";

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Text the problem spans, whitespace collapsed; the message when the source is not known. */
function snippet(problem: Problem, lines: string[] | undefined): string {
  if (!lines) return normalise(problem.message);
  const first = Math.max(1, Math.trunc(problem.line) || 1);
  let last = Math.max(first, Math.trunc(problem.endLine) || first);
  // A span that ends at the very start of a line does not cover that line.
  if (last > first && problem.endColumn <= 1) last--;
  return normalise(lines.slice(first - 1, last).join("\n"));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function hash(ruleId: string, path: string, text: string, occurrence: number): string {
  return crypto().createHash("sha256").update(JSON.stringify([ruleId, path, text, occurrence])).digest("hex");
}

/**
 * Fingerprint of one problem. `path` should be the report path (relative, `/` separators) so the
 * value does not depend on the machine. `occurrence` is the index of this problem among the
 * problems of the same file with the same rule id and snippet (see `fingerprintAll`).
 */
export function fingerprint(problem: Problem, path: string, sourceText: string | undefined, occurrence = 0): string {
  const lines = sourceText === undefined ? undefined : splitLines(sourceText);
  return hash(problem.ruleId, path, snippet(problem, lines), occurrence);
}

/**
 * Fingerprints of `result.problems`, in the same order as that array. Occurrence indices are counted
 * in position order. With `cwd`, the path is made relative to it first (as the formatters show it).
 */
export function fingerprintAll(result: FileResult, cwd?: string): string[] {
  const path = cwd === undefined ? displayPath(result.path, process.cwd()) : displayPath(result.path, cwd);
  const lines = result.source === undefined ? undefined : splitLines(result.source);
  const order = result.problems.map((_, i) => i).sort((a, b) => compareProblems(result.problems[a]!, result.problems[b]!) || a - b);
  const seen = new Map<string, number>();
  const out = new Array<string>(result.problems.length);
  for (const i of order) {
    const p = result.problems[i]!;
    const text = snippet(p, lines);
    const key = JSON.stringify([p.ruleId, text]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[i] = hash(p.ruleId, path, text, n);
  }
  return out;
}
