// Positions in an instruction's logical text (continuations removed) and in the source.
import type { LogicalText } from "./types";

/** Index in `t.text` of the first character at or after source `offset`. */
export function indexInLogical(t: LogicalText, offset: number): number {
  let lo = 0;
  let hi = t.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
