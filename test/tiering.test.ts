// V8 tiering flags for long runs (src/runtime/tiering.ts): which runs are long, and that the
// flags are really set and then restored (V8's cachedDataVersionTag covers the flags in force).
import { cachedDataVersionTag, setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { flagString, isLongRun, TUNED, tuneForLongRun } from "../src/runtime/tiering";

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

  it("every tuned flag is one this V8 knows, and its default is this V8's (setting each changes the tag, restoring it gives the tag back)", () => {
    // An unknown flag changes nothing but prints "Error: unrecognized flag" (Node 22 and --interrupt-budget).
    if (process.versions.v8.startsWith("11.")) expect(TUNED.length).toBeGreaterThan(0);
    const before = cachedDataVersionTag();
    for (const [flag, long, byDefault] of TUNED) {
      setFlagsFromString(flagString(flag, long));
      expect(cachedDataVersionTag(), flag).not.toBe(before);
      setFlagsFromString(flagString(flag, byDefault));
      expect(cachedDataVersionTag(), flag).toBe(before);
    }
  });

  it("writes a number as --flag=value and a switch as --flag or --no-flag", () => {
    expect(flagString("interrupt-budget", 262144)).toBe("--interrupt-budget=262144");
    expect(flagString("turbo-escape", false)).toBe("--no-turbo-escape");
    expect(flagString("turbo-escape", true)).toBe("--turbo-escape");
  });

  it("tuneForLongRun sets the flags and its result restores them", () => {
    const before = cachedDataVersionTag();
    const restore = tuneForLongRun();
    if (TUNED.length) expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
  });
});
