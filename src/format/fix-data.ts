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
    if (!p.fix || result.source === undefined) return undefined;
    lines ??= createLineIndex(result.source);
    return { kind: p.fix.kind, edits: positionedEdits(lines, p.fix) };
  };
}
