// `--fix` for one file's text: the fix loop over the CLI's lint of that file.
import { fixSource } from "../engine/fix";
import type { FileResult, Problem } from "../engine/types";

/** What to fix; plain data so worker threads can receive it. */
export interface FixSettings {
  /** false for --fix-dry-run: compute the fixed text, report the original problems. */
  write: boolean;
  /** Also apply `suggestion` fixes (--fix-suggestions). */
  suggestions: boolean;
  /** Only fix these rules (--fix-rule), or every rule when null. */
  rules: string[] | null;
}

export interface FixedFile {
  /** Problems left after fixing (for --fix-dry-run: the original problems). */
  result: FileResult;
  /** The fixed text (equal to the input when nothing applied). */
  output: string;
  fixed: number;
}

export function fixAccepts(s: FixSettings): (p: Problem) => boolean {
  const only = s.rules ? new Set(s.rules) : null;
  return (p) => !!p.fix && (p.fix.kind === "safe" || s.suggestions) && (!only || only.has(p.ruleId));
}

/** Runs the fix loop; `lint` lints a text of this file with its config. A file that cannot be parsed is left alone. */
export function fixFile(text: string, lint: (text: string) => FileResult, s: FixSettings): FixedFile {
  const original = lint(text);
  if (original.fatal) return { result: original, output: text, fixed: 0 };
  let last = { text, result: original };
  const run = fixSource(
    text,
    (t) => {
      if (t !== last.text) last = { text: t, result: lint(t) };
      return last.result.problems;
    },
    { accept: fixAccepts(s) },
  );
  if (!s.write) return { result: original, output: run.output, fixed: run.fixed };
  const result = run.output === last.text ? last.result : lint(run.output);
  return { result, output: run.output, fixed: run.fixed };
}
