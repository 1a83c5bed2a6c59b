// Where a line continuation of an instruction went on over an empty line (BuildKit's
// NoEmptyContinuation), for the continuation-not-empty rule. Few instructions have one: it is kept
// beside the model rather than as a field that only those instruction records carried, which gave
// them a second shape and made the code reading instructions deoptimize ("wrong map").
import type { Instruction, Span } from "./types";

const emptyContinuations = new WeakMap<Instruction, Span>();

/** Records the first empty continuation line of `ins`, `start` to `end` (none when `start` is
 * negative): the model does, when reading it. (Called for every instruction, with the numbers
 * readHeader gives: a call made only for the few with one deoptimized the model build's code.) */
export function setEmptyContinuation(ins: Instruction, start: number, end: number): void {
  if (start >= 0) emptyContinuations.set(ins, { start, end });
}

/** The first empty line inside a continuation of `ins`, or null when it has none. */
export function emptyContinuationOf(ins: Instruction): Span | null {
  return emptyContinuations.get(ins) ?? null;
}
