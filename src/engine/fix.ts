// The fix engine: applies rule-computed edits to a source text, re-lints, and
// repeats until nothing more applies (at most 10 passes, like ESLint). Pure:
// the caller passes the lint function, so the CLI, tests and the language
// server share it. Offsets of edits index the text after a leading BOM; the BOM,
// CRLF line breaks and everything outside the edits (escape directive included)
// are kept byte for byte.
import { createLineIndex } from "../model/lines";
import type { LineIndex } from "../model/types";
import type { Fix, Problem, TextEdit } from "./types";

export const MAX_FIX_PASSES = 10;

const BOM = "\ufeff";

/** Edit in line/column form: 1-based, `endColumn` exclusive, like problem positions. */
export interface PositionedEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface ApplyResult {
  /** The new source (BOM kept when the input had one). */
  text: string;
  /** Fixes applied, in source order. */
  applied: Fix[];
  /** Fixes left out because they overlap an applied one (a later pass may apply them). */
  skipped: Fix[];
}

/** True when the file breaks lines with CRLF (judged by its first line break). */
export function usesCrlf(text: string): boolean {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r";
}

function fixStart(f: Fix): number {
  let s = Infinity;
  for (const e of f.edits) s = Math.min(s, e.span.start);
  return s;
}

/** Edits of one fix that are well formed: inside the text, start <= end, not overlapping each other. */
function validEdits(f: Fix, length: number): TextEdit[] | null {
  const edits = [...f.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let last = -1;
  for (const e of edits) {
    const { start, end } = e.span;
    if (!(start >= 0 && end >= start && end <= length)) return null;
    if (start < last || (start === last && start === end)) return null;
    last = end;
  }
  return edits;
}

/**
 * Applies as many of `fixes` as do not overlap, in source order; each fix is
 * applied whole or not at all. Two edits touching at one point conflict only
 * when both insert there (their order would be a guess).
 */
export function applyFixes(source: string, fixes: readonly Fix[]): ApplyResult {
  const hadBom = source.startsWith(BOM);
  const text = hadBom ? source.slice(1) : source;
  const crlf = usesCrlf(text);
  const order = fixes.map((f, i) => ({ f, i, start: fixStart(f) })).sort((a, b) => a.start - b.start || a.i - b.i);
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const { f } of order) {
    const edits = validEdits(f, text.length);
    if (!edits || edits.length === 0 || edits.some((e) => taken.some((t) => overlaps(t, e)))) {
      skipped.push(f);
      continue;
    }
    taken.push(...edits);
    applied.push(f);
  }
  taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = "";
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.span.start) + (crlf ? e.text.replace(/\r?\n/g, "\r\n") : e.text);
    at = e.span.end;
  }
  out += text.slice(at);
  return { text: (hadBom ? BOM : "") + out, applied, skipped };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

export interface FixLoopOptions {
  /** Which problems to fix (default: those with a safe fix). */
  accept?: (p: Problem) => boolean;
  maxPasses?: number;
}

export interface FixLoopResult {
  /** The fixed source (equal to the input when nothing applied). */
  output: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  passes: number;
  /** Problems of the final text, as `lint` returned them. */
  problems: Problem[];
}

/** Parse problems: a fix that adds one is never kept. */
const isSyntaxProblem = (p: Problem): boolean => p.ruleId === "syntax-valid";

export const acceptSafe = (p: Problem): boolean => p.fix?.kind === "safe";

/**
 * Fix, re-lint, repeat until stable. `lint` must lint the given source text
 * (BOM included when present) with the same rules and config every time.
 * A pass whose result has more parse problems than its input is redone one
 * fix at a time, dropping the fixes that break the parse.
 */
export function fixSource(source: string, lint: (text: string) => Problem[], options: FixLoopOptions = {}): FixLoopResult {
  const accept = options.accept ?? acceptSafe;
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let text = source;
  let problems = lint(text);
  let fixed = 0;
  let passes = 0;
  const seen = new Set<string>([text]);
  while (passes < maxPasses) {
    const fixes = problems.filter((p) => p.fix && accept(p)).map((p) => p.fix!);
    if (fixes.length === 0) break;
    passes++;
    const syntaxBefore = problems.filter(isSyntaxProblem).length;
    let result = applyFixes(text, fixes);
    let next = result.applied.length ? lint(result.text) : problems;
    let count = result.applied.length;
    if (next.filter(isSyntaxProblem).length > syntaxBefore) {
      ({ text: result.text, problems: next, count } = oneByOne(text, problems, result.applied, lint, syntaxBefore));
    }
    if (count === 0 || seen.has(result.text)) break;
    seen.add(result.text);
    text = result.text;
    problems = next;
    fixed += count;
  }
  return { output: text, fixed, passes, problems };
}

function oneByOne(
  text: string,
  problems: Problem[],
  fixes: Fix[],
  lint: (text: string) => Problem[],
  syntaxBefore: number,
): { text: string; problems: Problem[]; count: number } {
  // Offsets move after each edit, so apply the fixes last-first: earlier offsets stay valid.
  const ordered = [...fixes].sort((a, b) => fixStart(b) - fixStart(a));
  let count = 0;
  for (const f of ordered) {
    const candidate = applyFixes(text, [f]);
    if (!candidate.applied.length) continue;
    const after = lint(candidate.text);
    if (after.filter(isSyntaxProblem).length > syntaxBefore) continue;
    text = candidate.text;
    problems = after;
    count++;
  }
  return { text, problems, count };
}

/** A fix's edits in line/column form, for JSON, SARIF, rdjson and editors. */
export function positionedEdits(lines: LineIndex, fix: Fix): PositionedEdit[] {
  return fix.edits.map((e) => {
    const a = lines.position(e.span.start);
    const b = lines.position(e.span.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text };
  });
}

/** Line index of a source text as problem offsets see it (BOM removed). */
export function sourceLines(source: string): LineIndex {
  return createLineIndex(source.startsWith(BOM) ? source.slice(1) : source);
}
