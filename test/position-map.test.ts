// PositionMap (runs of consecutive source offsets) answers as the plain offset array it replaced.
import { describe, expect, it } from "vitest";
import { logicalText, PositionMap, PositionMapBuilder } from "../src/model/position-map";
import { prng } from "./helpers/fuzz";

/** Non-decreasing offsets with runs, jumps (continuations) and repeats (clamped ends). */
function offsets(r: () => number, n: number): number[] {
  const out: number[] = [];
  let o = Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    out.push(o);
    const k = r();
    o += k < 0.7 ? 1 : k < 0.85 ? 2 + Math.floor(r() * 9) : 0;
  }
  return out;
}

function firstAtOrAfter(a: number[], offset: number, limit: number): number {
  for (let i = 0; i < limit; i++) if (a[i]! >= offset) return i;
  return limit;
}

describe("PositionMap", () => {
  it("at, last, slice and firstAtOrAfter agree with an array on 500 random maps", () => {
    const r = prng(13);
    for (let round = 0; round < 500; round++) {
      const a = offsets(r, Math.floor(r() * 40));
      const b = new PositionMapBuilder();
      // Mix single pushes and ranges, as the scanners do.
      for (let i = 0; i < a.length; ) {
        let j = i + 1;
        while (j < a.length && a[j] === a[j - 1]! + 1) j++;
        if (r() < 0.5) b.pushRange(a[i]!, a[j - 1]! + 1);
        else for (let k = i; k < j; k++) b.push(a[k]!);
        i = j;
      }
      expect(b.length).toBe(a.length);
      expect(b.last()).toBe(a[a.length - 1]);
      const m = b.build();
      const ctx = JSON.stringify(a);
      expect({ ctx, got: Array.from({ length: a.length + 2 }, (_, i) => m.at(i - 1)) }).toEqual({ ctx, got: [undefined, ...a, undefined] });
      expect(m.last()).toBe(a[a.length - 1]);
      // Asked in any order (a map remembers the run it found last), the same answers.
      const order = Array.from({ length: 2 * a.length }, () => Math.floor(r() * (a.length + 1)) - 1);
      expect({ ctx, order, got: order.map((i) => m.at(i)) }).toEqual({ ctx, order, got: order.map((i) => (i < 0 ? undefined : a[i])) });
      const from = Math.floor(r() * (a.length + 3)); // callers never pass negative indices
      const to = from + Math.floor(r() * (a.length + 2));
      const s = m.slice(from, to);
      const want = a.slice(from, to);
      expect({ ctx, from, to, got: Array.from({ length: s.length }, (_, i) => s.at(i)) }).toEqual({ ctx, from, to, got: want });
      for (let p = 0; p < 8; p++) {
        const probe = (a[0] ?? 0) + Math.floor(r() * ((a[a.length - 1] ?? 0) - (a[0] ?? 0) + 4)) - 1;
        const limit = p === 0 ? Math.max(0, a.length - 1) : Math.floor(r() * (a.length + 1));
        expect({ ctx, probe, limit, got: m.firstAtOrAfter(probe, limit) }).toEqual({ ctx, probe, limit, got: firstAtOrAfter(a, probe, limit) });
      }
    }
  });

  it("firstAtOrAfter of a one-run map (worked out, not searched) agrees with an array", () => {
    for (let first = 0; first < 4; first++) {
      for (let length = 0; length < 6; length++) {
        const a = Array.from({ length }, (_, i) => first + i);
        const maps = [PositionMap.contiguous(first, length)];
        if (length > 0) maps.push(logicalText("x".repeat(length - 1), PositionMap.contiguous(first, length)).map);
        for (const m of maps) {
          for (let probe = first - 2; probe < first + length + 3; probe++) {
            for (let limit = 0; limit <= length; limit++) {
              expect({ first, length, probe, limit, got: m.firstAtOrAfter(probe, limit) }).toEqual({ first, length, probe, limit, got: firstAtOrAfter(a, probe, limit) });
            }
          }
        }
      }
    }
  });

  it("a line's characters are one run; contiguous maps are one run", () => {
    const b = new PositionMapBuilder();
    b.pushRange(10, 20); // first line up to the continuation
    b.pushRange(25, 30); // next line
    b.push(30);
    const m = b.build();
    expect([m.at(0), m.at(9), m.at(10), m.at(15), m.length]).toEqual([10, 19, 25, 30, 16]);
    // Two runs: from index 0 at offset 10, from index 10 at offset 25.
    expect((m as unknown as { runs: number[] }).runs).toEqual([0, 10, 10, 25]);
    const c = PositionMap.contiguous(5, 4);
    expect([c.at(0), c.at(3), c.at(4)]).toEqual([5, 8, undefined]);
  });

  it("a one-run logical text is its own map, of the text's length + 1, and answers as the map it was given", () => {
    const t = logicalText("abc", PositionMap.contiguous(7, 4));
    expect(t.map).toBe(t);
    expect([t.map.length, t.map.at(0), t.map.at(3), t.map.at(4), t.map.last()]).toEqual([4, 7, 10, undefined, 10]);
    const s = t.map.slice(1, 3);
    expect([s.length, s.at(0), s.at(1)]).toEqual([2, 8, 9]);
    // A map of another length (an empty slice past the text's end) is kept as given.
    const odd = logicalText("", PositionMap.contiguous(7, 0));
    expect([odd.text, odd.map.length, odd.map.at(0)]).toEqual(["", 0, undefined]);
  });

  it("a several-run logical text is its own map too, and answers as the map it was given", () => {
    const b = new PositionMapBuilder();
    b.pushRange(10, 13); // "abc" then a continuation
    b.pushRange(20, 23); // "def" and the offset just after
    const map = b.build();
    const t = logicalText("abcde", map);
    expect(t.map).toBe(t);
    expect(Array.from({ length: 7 }, (_, i) => t.map.at(i))).toEqual([10, 11, 12, 20, 21, 22, undefined]);
    expect([t.map.length, t.map.last(), t.map.firstAtOrAfter(15, 5)]).toEqual([6, 22, 3]);
    const s = t.map.slice(2, 5);
    expect([s.length, s.at(0), s.at(1), s.at(2)]).toEqual([3, 12, 20, 21]);
    // Its map given to another text of the same length: one object again, sharing the runs.
    const again = logicalText("vwxyz", t.map);
    expect([again.map === (again as unknown), again.text, again.map.at(3)]).toEqual([true, "vwxyz", 20]);
    // A map of another length is kept as given.
    const other = logicalText("abc", map);
    expect(other.map).toBe(map);
  });
});
