import type { LineIndex } from "./types";

/** Maps offsets to 1-based line/column. Lines end at `\n`; a `\r` before it belongs to the break.
 * `starts` are the text's line starts, when the caller has them (lineStarts). */
export function createLineIndex(text: string, starts: Int32Array = lineStarts(text)): LineIndex {
  return new LineIndexRecord(text, starts);
}

/** The LineIndex of a text: one object with its methods on the class (an object literal of four
 * closures over the text and its starts was five allocations per file). */
class LineIndexRecord implements LineIndex {
  readonly lineCount: number;
  private readonly text: string;
  private readonly starts: Int32Array;

  constructor(text: string, starts: Int32Array) {
    this.text = text;
    this.starts = starts;
    this.lineCount = starts.length;
  }

  /** The 0-based line of `offset`. */
  private lineIndexOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  lineOf(offset: number): number {
    return this.lineIndexOf(offset) + 1;
  }

  position(offset: number): { line: number; column: number } {
    const l = this.lineIndexOf(offset);
    return { line: l + 1, column: offset - this.starts[l]! + 1 };
  }

  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)]!;
  }

  /** The same positions without the text (see linePositions). */
  withoutText(): LinePositions {
    return new LinePositions(this.starts);
  }

  lineText(line: number): string {
    const starts = this.starts;
    const text = this.text;
    // Bounded: a typed array read past its end makes V8 deoptimize the code reading it.
    if (!(line >= 1 && line <= starts.length) || !Number.isInteger(line)) return "";
    const s = starts[line - 1]!;
    let e = line < starts.length ? starts[line]! - 1 : text.length;
    // A subtraction for every line, not an `e--` that only CRLF lines run: the first CRLF file
    // after V8 optimized this would meet a branch without type feedback and deoptimize it.
    e -= e > s && text.charCodeAt(e - 1) === 13 ? 1 : 0;
    return text.slice(s, e);
  }
}

/** The index of the last of `sorted` (ascending, not empty) at or before `value`, 0 when none is (a
 * binary search): the 0-based line of an offset in a text of these line starts, say. */
export function lastAtOrBefore(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A text's line positions without the text: what a large file's problems read their lines and
 * columns from (engine/problem.ts: LargeFileProblem), which outlive the text. The line last found
 * is tried first: a problem's line and column are read one after the other, each a search from its
 * offset, and problems in position order. */
export class LinePositions {
  private readonly starts: Int32Array;
  /** The 0-based line last found. */
  private lastLine = 0;

  constructor(starts: Int32Array) {
    this.starts = starts;
  }

  /** The 0-based line of `offset`. */
  private lineIndexOf(offset: number): number {
    const starts = this.starts;
    const last = this.lastLine;
    if (starts[last]! <= offset && (last + 1 === starts.length || offset < starts[last + 1]!)) return last;
    return (this.lastLine = lastAtOrBefore(starts, offset));
  }

  lineOf(offset: number): number {
    return this.lineIndexOf(offset) + 1;
  }

  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)]!;
  }
}

/** The line positions of `lines` in an object that does not keep the text alive (LinePositions). */
export function linePositions(lines: LineIndex): Pick<LineIndex, "lineOf" | "lineStart"> {
  return lines instanceof LineIndexRecord ? lines.withoutText() : lines;
}

/** Grown as needed; line starts are gathered here in one pass, then copied out exact-size. */
let startScratch: Int32Array = new Int32Array(4096);

/** The offsets where the lines of `text` start, in an exact-size typed array: half the memory of a
 * list of numbers, and no spare capacity (a 10 MB file has about 600,000 lines). One search per
 * line into a scratch array, then one copy: counting the lines first searched every line twice. */
export function lineStarts(text: string): Int32Array {
  let buf = startScratch;
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (n === buf.length) buf = grown(buf);
    buf[n++] = i + 1;
  }
  const starts = buf.slice(0, n);
  // (A large file's scratch is not kept for the rest of the run.)
  startScratch = buf.length > 65536 ? new Int32Array(4096) : buf;
  return starts;
}

function grown(buf: Int32Array): Int32Array {
  const next = new Int32Array(buf.length * 2);
  next.set(buf);
  return next;
}
