// Positions in an instruction's logical text (continuations removed) and in the source.
import type { LogicalText } from "./types";

/** Index in `t.text` of the first character at or after source `offset`. */
export function indexInLogical(t: LogicalText, offset: number): number {
  return t.map.firstAtOrAfter(offset, t.text.length);
}
