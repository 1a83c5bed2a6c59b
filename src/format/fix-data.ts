// Fix data for the machine formats: a problem's edits in line/column form.
import { positionedEdits, type PositionedEdit } from "../engine/fix";
import { createLineIndex } from "../model/lines";
import type { FileResult, FixKind, Problem } from "../engine/types";
import type { LineIndex } from "../model/types";

export interface PositionedFix {
  kind: FixKind;
  edits: PositionedEdit[];
}

/** Returns a function giving each problem of `result` its fix in line/column form (undefined without one). */
export function fixPositions(result: FileResult): (p: Problem) => PositionedFix | undefined {
  let lines: LineIndex | null = null;
  return (p) => {
    if (!p.fix) return undefined;
    if (p.fix.positioned) return { kind: p.fix.kind, edits: p.fix.positioned };
    if (result.source === undefined) return undefined;
    lines ??= createLineIndex(result.source);
    return { kind: p.fix.kind, edits: positionedEdits(lines, p.fix) };
  };
}

/** Positions every fix of `result` now, so that the result need not keep its source text. */
export function positionFixes(result: FileResult): void {
  const at = fixPositions(result);
  for (const p of result.problems) if (p.fix) p.fix.positioned = at(p)?.edits;
}
