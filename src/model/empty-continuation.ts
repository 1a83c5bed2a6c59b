// Where a line continuation of an instruction went on over an empty line (BuildKit's
// NoEmptyContinuation), for the continuation-not-empty rule. Few instructions have one: it is kept
// beside the model rather than as a field that only those instruction records carried, which gave
// them a second shape and made the code reading instructions deoptimize ("wrong map").
import type { Instruction, Span } from "./types";

const emptyContinuations = new WeakMap<Instruction, Span>();

/** Records the first empty continuation line of `ins` (the model does, when reading it). */
export function setEmptyContinuation(ins: Instruction, span: Span): void {
  emptyContinuations.set(ins, span);
}

/** The first empty line inside a continuation of `ins`, or null when it has none. */
export function emptyContinuationOf(ins: Instruction): Span | null {
  return emptyContinuations.get(ins) ?? null;
}
