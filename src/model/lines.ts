import type { LineIndex } from "./types";

/** Maps offsets to 1-based line/column. Lines end at `\n`; a `\r` before it belongs to the break. */
export function createLineIndex(text: string): LineIndex {
  // Line starts in an exact-size typed array (counted first): half the memory of a list of
  // numbers, and no spare capacity (a 10 MB file has about 600,000 lines).
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  const starts = new Int32Array(n);
  for (let i = text.indexOf("\n"), k = 1; i !== -1; i = text.indexOf("\n", i + 1)) starts[k++] = i + 1;

  function lineOf(offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  return {
    lineCount: starts.length,
    lineOf(offset) {
      return lineOf(offset) + 1;
    },
    position(offset) {
      const l = lineOf(offset);
      return { line: l + 1, column: offset - starts[l]! + 1 };
    },
    lineStart(line) {
      return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)]!;
    },
    lineText(line) {
      // Bounded: a typed array read past its end makes V8 deoptimize the code reading it.
      if (!(line >= 1 && line <= starts.length) || !Number.isInteger(line)) return "";
      const s = starts[line - 1]!;
      let e = line < starts.length ? starts[line]! - 1 : text.length;
      if (e > s && text.charCodeAt(e - 1) === 13) e--;
      return text.slice(s, e);
    },
  };
}
