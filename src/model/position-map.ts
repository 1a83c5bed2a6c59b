// Source offsets of the characters of a logical text (an instruction's arguments without line
// continuations, a heredoc body, a JSON string), stored as runs of consecutive offsets. One
// number per character was about a quarter of the model's memory (14 MB for a 1 MB Dockerfile);
// a run is one line's worth of characters, so a map is a few numbers per line.

export class PositionMap {
  /** Index of the first character of each run (ascending, starts at 0); null for one run (most maps: a one-line instruction). */
  private readonly starts: number[] | null;
  /** Source offset of that character; the run continues with +1 per character. Null for one run. */
  private readonly offsets: number[] | null;
  /** The source offset of position 0 when the map is one run (no arrays to keep per map). */
  private readonly first: number;
  /** Number of positions (the text's length + 1: the last is the offset just after it). */
  readonly length: number;

  constructor(starts: number[], offsets: number[], length: number) {
    const single = starts.length === 1;
    this.starts = single ? null : starts;
    this.offsets = single ? null : offsets;
    this.first = single ? offsets[0]! : 0;
    this.length = length;
  }

  /** `length` consecutive offsets from `first`. */
  static contiguous(first: number, length: number): PositionMap {
    return length > 0 ? new PositionMap(ONE_RUN, [first], length) : new PositionMap([], [], 0);
  }

  /** Offsets one by one (each clamped run of equal values is a run per value). */
  static of(values: ArrayLike<number>): PositionMap {
    const b = new PositionMapBuilder();
    for (let i = 0; i < values.length; i++) b.push(values[i]!);
    return b.build();
  }

  private run(starts: number[], i: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The source offset of position `i`, undefined outside 0..length-1 (as an array would). */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return undefined;
    const starts = this.starts;
    if (starts === null) return this.first + i;
    const k = this.run(starts, i);
    return this.offsets![k]! + (i - starts[k]!);
  }

  /** The last position's offset (undefined when empty). */
  last(): number | undefined {
    return this.at(this.length - 1);
  }

  /** Positions `from` to `to` (exclusive, clamped), as `Array.prototype.slice`. */
  slice(from: number, to = this.length): PositionMap {
    const a = Math.max(0, Math.min(from, this.length));
    const z = Math.max(a, Math.min(to, this.length));
    if (z === a) return new PositionMap([], [], 0);
    const all = this.starts;
    if (all === null) return new PositionMap(ONE_RUN, [this.first + a], z - a);
    const starts: number[] = [];
    const offsets: number[] = [];
    for (let k = this.run(all, a); k < all.length && all[k]! < z; k++) {
      const s = Math.max(all[k]!, a);
      starts.push(s - a);
      offsets.push(this.offsets![k]! + (s - all[k]!));
    }
    return new PositionMap(starts, offsets, z - a);
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
}

const ONE_RUN: number[] = [0];

/** Builds a PositionMap from offsets pushed in order. */
export class PositionMapBuilder {
  private readonly starts: number[] = [];
  private readonly offsets: number[] = [];
  private n = 0;
  private lastOffset = NaN;

  get length(): number {
    return this.n;
  }

  /** The offset pushed last (undefined when none). */
  last(): number | undefined {
    return this.n > 0 ? this.lastOffset : undefined;
  }

  push(offset: number): void {
    if (this.n === 0 || offset !== this.lastOffset + 1) {
      this.starts.push(this.n);
      this.offsets.push(offset);
    }
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
    if (this.starts.length === 1) return new PositionMap(ONE_RUN, this.offsets, this.n);
    return new PositionMap(this.starts.slice(), this.offsets.slice(), this.n);
  }
}
