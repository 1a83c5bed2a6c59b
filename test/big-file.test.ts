// V8's settings while a big file is linted (src/runtime/big-file*.ts): they are really set, and
// restored (V8's cachedDataVersionTag covers the flags in force), around the lint of a big file only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedDataVersionTag } from "node:v8";
import { describe, expect, it } from "vitest";
import { createFileLinter, type JobOutcome } from "../src/cli/lint-files";
import { BIG_FILE_BYTES, tuneForBigFile } from "../src/runtime/big-file";
import { tuneGcForBigFile } from "../src/runtime/big-file-gc";
import { defaultTieringForBigFile } from "../src/runtime/big-file-tiering";
import { TUNED, tuneForLongRun } from "../src/runtime/tiering";

describe("V8 settings for a big file", () => {
  it("tuneGcForBigFile sets its flags and its result restores V8's defaults", () => {
    const before = cachedDataVersionTag();
    const restore = tuneGcForBigFile();
    expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
  });

  it("V8's own tiering for a big file, and the long-run flags back after it when they were set", () => {
    const before = cachedDataVersionTag();
    // Without the long-run flags (one big file from stdin): nothing to change or put back.
    defaultTieringForBigFile()();
    expect(cachedDataVersionTag()).toBe(before);
    const restoreLongRun = tuneForLongRun();
    const longRun = cachedDataVersionTag();
    const restoreTiering = defaultTieringForBigFile();
    expect(cachedDataVersionTag()).toBe(before);
    restoreTiering();
    expect(cachedDataVersionTag()).toBe(longRun);
    restoreLongRun();
    expect(cachedDataVersionTag()).toBe(before);
    if (process.versions.v8.startsWith("11.")) expect(TUNED.length).toBeGreaterThan(0);
  });

  it("tuneForBigFile sets both and its result restores them", () => {
    const before = cachedDataVersionTag();
    const restore = tuneForBigFile();
    expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
  });

  it("a lint of a big file runs under them and ends with V8's defaults again; a small file's does not", () => {
    const cwd = mkdtempSync(join(tmpdir(), "dflint-big-gc-"));
    try {
      const before = cachedDataVersionTag();
      const block = "FROM alpine:3.20\nRUN echo hello\n";
      for (const [text, tuned] of [[block.repeat(Math.ceil(BIG_FILE_BYTES / block.length)), true], [block, false]] as const) {
        // Called every 1,024 instructions while the model is built: a small file never calls it.
        const during: number[] = [];
        const { lintJob } = createFileLinter({ cwd, buildArgs: [], shellcheck: false, quiet: false }, () => text, () => during.push(cachedDataVersionTag()));
        const outcome = lintJob({ path: "-", explicit: true });
        expect(outcome).not.toBeInstanceOf(Promise);
        expect((outcome as JobOutcome).result?.fatal).toBeUndefined();
        if (tuned) expect(during.length > 0 && during.every((tag) => tag !== before)).toBe(true);
        else expect(during).toEqual([]);
        expect(cachedDataVersionTag()).toBe(before);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
