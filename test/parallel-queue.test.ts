// The shared queue of a parallel lint run (src/cli/parallel.ts): the main thread takes ranges of
// files from the front, workers from the back.
import { describe, expect, it } from "vitest";
import { claimRange, newQueue, type JobRange } from "../src/cli/parallel";

function drain(files: number, pattern: boolean[]): JobRange[] {
  const q = newQueue(files);
  const got: JobRange[] = [];
  for (let i = 0; ; i++) {
    const r = claimRange(q, pattern[i % pattern.length]!);
    if (!r) return got;
    got.push(r);
  }
}

describe("claimRange", () => {
  it("hands out every file once, in ranges of at most 32 that shrink to one file as the queue empties", () => {
    for (const files of [1, 7, 200, 4244]) {
      for (const pattern of [[false], [true], [false, true], [false, true, true, true]]) {
        const ranges = drain(files, pattern);
        const seen = new Array<number>(files).fill(0);
        for (const { start, end } of ranges) {
          expect(end).toBeGreaterThan(start);
          expect(end - start).toBeLessThanOrEqual(32);
          for (let f = start; f < end; f++) seen[f]!++;
        }
        expect(seen.every((n) => n === 1)).toBe(true);
        expect(ranges[ranges.length - 1]!.end - ranges[ranges.length - 1]!.start).toBe(1);
      }
    }
  });

  it("takes from the front for the main thread and from the back for workers", () => {
    const q = newQueue(4244);
    expect(claimRange(q, false)).toEqual({ start: 0, end: 32 });
    expect(claimRange(q, true)).toEqual({ start: 4212, end: 4244 });
    expect(claimRange(q, false)).toEqual({ start: 32, end: 64 });
  });

  it("counts in units of several files when there are more files than the queue's word holds", () => {
    const files = 100_000;
    const ranges = drain(files, [false, true]);
    const covered = ranges.reduce((n, r) => n + (r.end - r.start), 0);
    expect(covered).toBe(files);
    expect(Math.max(...ranges.map((r) => r.end - r.start))).toBeLessThanOrEqual(32 + 4);
  });
});

describe("bin/dflint.js's early worker", () => {
  it("is started from the same number of operands as the bundle's parallel run (the two are kept in step by hand)", async () => {
    const { readFileSync } = await import("node:fs");
    const { PARALLEL_MIN_FILES } = await import("../src/cli/parallel");
    const bin = readFileSync(new URL("../bin/dflint.js", import.meta.url), "utf8");
    expect(bin).toContain(`argv.length < 2 + ${PARALLEL_MIN_FILES}`);
  });
});
