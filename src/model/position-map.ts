// Source offsets of the characters of a logical text (an instruction's arguments without line
// continuations, a heredoc body, a JSON string), stored as runs of consecutive offsets. One
// number per character was about a quarter of the model's memory (14 MB for a 1 MB Dockerfile);
// a run is one line's worth of characters, so a map is a few numbers per line.
import type { LogicalText } from "./types";

export abstract class PositionMap {
  /** Number of positions (the text's length + 1: the last is the offset just after it). */
  abstract readonly length: number;

  /** `length` consecutive offsets from `first`. */
  static contiguous(first: number, length: number): PositionMap {
    return new OneRunMap(length > 0 ? first : 0, Math.max(length, 0));
  }

  /** Offsets one by one (each clamped run of equal values is a run per value). */
  static of(values: ArrayLike<number>): PositionMap {
    const b = new PositionMapBuilder();
    for (let i = 0; i < values.length; i++) b.push(values[i]!);
    return b.build();
  }

  /** The source offset of position `i`, undefined outside 0..length-1 (as an array would). */
  abstract at(i: number): number | undefined;

  /** Positions `from` to `to` (exclusive, clamped), as `Array.prototype.slice`. */
  abstract slice(from: number, to?: number): PositionMap;

  /** The last position's offset (undefined when empty). */
  last(): number | undefined {
    return this.at(this.length - 1);
  }

  /** The first position in 0..`limit` whose offset is at or after `offset` (`limit` when none
   * is), for offsets that never decrease. */
  firstAtOrAfter(offset: number, limit: number): number {
    let lo = 0;
    let hi = limit;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.at(mid) ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Clamped bounds of a slice. */
  protected bounds(from: number, to: number): [number, number] {
    const a = Math.max(0, Math.min(from, this.length));
    return [a, Math.max(a, Math.min(to, this.length))];
  }
}

/** One run (most maps: a one-line instruction's arguments): no arrays to keep. */
abstract class OneRun extends PositionMap {
  /** The source offset of position 0. */
  abstract readonly first: number;

  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return undefined;
    return this.first + i;
  }

  slice(from: number, to = this.length): PositionMap {
    const [a, z] = this.bounds(from, to);
    return new OneRunMap(z === a ? 0 : this.first + a, z - a);
  }

  /** (The search's answer worked out: position `offset - first`, kept in 0..length and at most
   * `limit`. Every instruction asks where its words start.) */
  override firstAtOrAfter(offset: number, limit: number): number {
    return Math.min(Math.max(0, offset - this.first), this.length, limit);
  }
}

class OneRunMap extends OneRun {
  readonly first: number;
  readonly length: number;

  constructor(first: number, length: number) {
    super();
    this.first = first;
    this.length = length;
  }
}

/** Several runs: where each starts, and its first source offset, in one list (two lists were
 * 48 bytes more per map: an array object and its header, on 36k maps of a 10 MB file). */
class RunsMap extends PositionMap {
  /** Per run, two numbers: the index of its first character (ascending, from 0), then that
   * character's source offset; the run continues with +1 per character. */
  readonly runs: number[];
  readonly length: number;
  /** The run found last (the index of its first number in `runs`): positions are mostly asked in
   * order (a script's words, one after another), so the next is most often in it or the next run. */
  private hint = 0;

  constructor(runs: number[], length: number) {
    super();
    this.runs = runs;
    this.length = length;
  }

  /** The run holding position `i`, as the index of its first number in `runs`. */
  private run(i: number): number {
    const runs = this.runs;
    const n = runs.length;
    const h = this.hint;
    if (runs[h]! <= i) {
      if (h + 2 >= n || i < runs[h + 2]!) return h;
      if (h + 4 >= n || i < runs[h + 4]!) return (this.hint = h + 2);
    }
    let lo = 0;
    let hi = (n >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid << 1]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo << 1);
  }

  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return undefined;
    // The run found last, tested here: the shell parser asks for positions mostly in order, and a
    // call to run() for each (not inlined) was half of the 61M instructions at() cost on half the corpus.
    const runs = this.runs;
    const h = this.hint;
    const k = runs[h]! <= i && (h + 2 >= runs.length || i < runs[h + 2]!) ? h : this.run(i);
    return runs[k + 1]! + (i - runs[k]!);
  }

  /** (A search over the runs, not one over the positions calling at(), itself a search, per step.) */
  override firstAtOrAfter(offset: number, limit: number): number {
    const runs = this.runs;
    const count = runs.length >> 1;
    // The first run whose last offset is at or after `offset` (last offsets never decrease).
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = mid << 1;
      const end = k + 2 < runs.length ? runs[k + 2]! : this.length;
      if (runs[k + 1]! + (end - 1 - runs[k]!) < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === count) return Math.min(this.length, limit);
    const k = lo << 1;
    return Math.min(runs[k]! + Math.max(0, offset - runs[k + 1]!), limit);
  }

  slice(from: number, to = this.length): PositionMap {
    const [a, z] = this.bounds(from, to);
    if (z === a) return new OneRunMap(0, 0);
    const all = this.runs;
    const runs: number[] = [];
    for (let k = this.run(a); k < all.length && all[k]! < z; k += 2) {
      const s = Math.max(all[k]!, a);
      runs.push(s - a, all[k + 1]! + (s - all[k]!));
    }
    return runs.length === 2 ? new OneRunMap(runs[1]!, z - a) : new RunsMap(runs, z - a);
  }
}

/** A logical text whose map has several runs and is of the text's length + 1 (an instruction's
 * arguments over several lines): text and map are one object, as OneRunText's (below), 40 bytes
 * less for each of them. */
class RunsText extends RunsMap implements LogicalText {
  readonly text: string;

  constructor(text: string, map: RunsMap) {
    super(map.runs, map.length);
    this.text = text;
  }

  get map(): PositionMap {
    return this;
  }
}

/** A RunsText of a large file whose every character is the source's at its mapped offset (an
 * instruction's arguments: continuations are all that is left out): its text can be dropped once
 * the model is built and read again from the source when asked (dropText). Rules seldom read a
 * multi-line instruction's text (none of the 17,840 multi-line RUNs of a 10 MB file), and such
 * texts were 4 MB of its model. (A class of its own: a getter for every RunsText's text cost the
 * corpus's small files about 0.2 % more instructions.) */
class SourceRunsText extends RunsMap implements LogicalText {
  /** The text; null once dropped, until read again. */
  private kept: string | null;
  readonly source: string;

  constructor(text: string, map: RunsMap, source: string) {
    super(map.runs, map.length);
    this.kept = text;
    this.source = source;
  }

  get text(): string {
    return this.kept ?? (this.kept = this.readAgain());
  }

  get map(): PositionMap {
    return this;
  }

  drop(): void {
    this.kept = null;
  }

  /** The text from the source, a run at a time (one flat string). */
  private readAgain(): string {
    const runs = this.runs;
    const source = this.source;
    const n = this.length - 1;
    const parts: string[] = [];
    for (let k = 0; k < runs.length; k += 2) {
      const to = k + 2 < runs.length ? Math.min(runs[k + 2]!, n) : n;
      if (to > runs[k]!) parts.push(source.slice(runs[k + 1]!, runs[k + 1]! + (to - runs[k]!)));
    }
    return parts.join("");
  }
}

/** A logical text whose map is one run (most of them): text and map are one object, which is
 * its own `map` (a text and a map object each were a tenth of a 10 MB file's model). It keeps two
 * fields: its map's length is the text's + 1 (texts whose map is not are kept as `{ text, map }`),
 * and `map` is itself, both read through getters (16 bytes less for each of the 180k of them in a
 * 10 MB file). */
class OneRunText extends OneRun implements LogicalText {
  readonly first: number;
  readonly text: string;

  constructor(text: string, first: number) {
    super();
    this.first = first;
    this.text = text;
  }

  get length(): number {
    return this.text.length + 1;
  }

  get map(): PositionMap {
    return this;
  }
}

/** The first offset of a logical text made by contiguousText (or logicalText of a one-run map), -1
 * for any other. */
export function oneRunFirst(t: LogicalText): number {
  return t instanceof OneRunText ? t.first : -1;
}

/** `text`, whose characters are at consecutive source offsets from `first`, as a logical text:
 * what `logicalText(text, PositionMap.contiguous(first, text.length + 1))` gives, without the map
 * made first (every one-line instruction's arguments). */
export function contiguousText(text: string, first: number): LogicalText {
  return new OneRunText(text, first);
}

/** `text` with its map, as one object when the map is one run. With `source`, every character of
 * `text` is the source's at its mapped offset, and dropText may drop the text. */
export function logicalText(text: string, map: PositionMap, source: string | null = null): LogicalText {
  if (map.length !== text.length + 1) return { text, map };
  if (map instanceof OneRunMap) return new OneRunText(text, map.first);
  if (!(map instanceof RunsMap)) return { text, map };
  return source === null ? new RunsText(text, map) : new SourceRunsText(text, map, source);
}

/** The source a logical text was made from (logicalText's `source`) when it is over several lines,
 * else null. */
export function sourceOf(t: LogicalText): string | null {
  return t instanceof SourceRunsText ? t.source : null;
}

/** Drops the text of a logical text made from the source (logicalText's `source`) over several
 * lines: it is read again from the source when asked. */
export function dropText(t: LogicalText): void {
  if (t instanceof SourceRunsText) t.drop();
}

/** Builds a PositionMap from offsets pushed in order. */
export class PositionMapBuilder {
  /** As RunsMap's `runs`: per run, its first index and that index's offset. */
  private readonly runs: number[] = [];
  private n = 0;
  /** Meaningful only when n > 0. Starts at 0, not NaN: a field that begins as a heap number and
   * later holds small integers made V8 deoptimize the code reading it ("not a Smi"). */
  private lastOffset = 0;

  get length(): number {
    return this.n;
  }

  /** The offset pushed last (undefined when none). */
  last(): number | undefined {
    return this.n > 0 ? this.lastOffset : undefined;
  }

  push(offset: number): void {
    if (this.n === 0 || offset !== this.lastOffset + 1) this.runs.push(this.n, offset);
    this.lastOffset = offset;
    this.n++;
  }

  /** Pushes `from`, `from + 1`, ... `to - 1`. */
  pushRange(from: number, to: number): void {
    if (to <= from) return;
    this.push(from);
    this.n += to - from - 1;
    this.lastOffset = to - 1;
  }

  build(): PositionMap {
    // Exact-size copies: a pushed-to array keeps spare capacity (17 slots for the first push),
    // which was most of a map's memory. Most maps are one run: they keep no arrays at all.
    if (this.runs.length === 2) return new OneRunMap(this.runs[1]!, this.n);
    if (this.runs.length === 0) return new OneRunMap(0, 0);
    return new RunsMap(this.runs.slice(), this.n);
  }
}
