// GC settings while a big file is linted (src/runtime/big-file-gc.ts): they are really set, and
// restored (V8's cachedDataVersionTag covers the flags in force), around the lint of a big file only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedDataVersionTag } from "node:v8";
import { describe, expect, it } from "vitest";
import { createFileLinter, type JobOutcome } from "../src/cli/lint-files";
import { BIG_FILE_BYTES, tuneGcForBigFile } from "../src/runtime/big-file-gc";
import { youngGenerationCapBytes } from "../src/runtime/young-generation";

describe("GC settings for a big file", () => {
  it("tuneGcForBigFile sets its flags and its result restores V8's defaults", () => {
    const before = cachedDataVersionTag();
    const restore = tuneGcForBigFile();
    // The young generation's cap: 4 MB from a big file on, for the rest of the run (its report comes last).
    expect(youngGenerationCapBytes()).toBe(4 * 1024 * 1024);
    expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
    expect(youngGenerationCapBytes()).toBe(4 * 1024 * 1024);
  });

  it("the restore ends with a full GC: what the big file left is freed before its report", async () => {
    const restore = tuneGcForBigFile();
    // A WeakRef's target is kept alive until the current job ends: dropped in a later one.
    let garbage: object | null = { list: Array.from({ length: 1000 }, (_, i) => ({ i })) };
    const ref = new WeakRef(garbage);
    garbage = null;
    await new Promise((done) => setTimeout(done, 0));
    restore();
    expect(ref.deref()).toBeUndefined();
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
