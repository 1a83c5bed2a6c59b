// V8 tiering flags for long runs (src/runtime/tiering.ts): which runs are long, and that the
// flags are really set and then restored (V8's cachedDataVersionTag covers the flags in force).
import { cachedDataVersionTag } from "node:v8";
import { describe, expect, it } from "vitest";
import { isLongRun, tuneForLongRun } from "../src/runtime/tiering";

describe("tiering for long runs", () => {
  it("a run is long from 16 files or 512 KB of known sizes", () => {
    expect(isLongRun([])).toBe(false);
    expect(isLongRun([100])).toBe(false);
    expect(isLongRun(Array(15).fill(undefined))).toBe(false);
    expect(isLongRun(Array(16).fill(undefined))).toBe(true);
    expect(isLongRun([512 * 1024 - 1])).toBe(false);
    expect(isLongRun([512 * 1024])).toBe(true);
    expect(isLongRun([300 * 1024, undefined, 300 * 1024])).toBe(true);
  });

  it("sets V8 flags and restores them", () => {
    const before = cachedDataVersionTag();
    const restore = tuneForLongRun();
    expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
  });
});
