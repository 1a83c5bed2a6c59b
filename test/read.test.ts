// src/fs/read.ts reuses one read buffer for every file: results must not share or alias it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRegularFile, readTextFile, ReadError } from "../src/fs/read";

describe("readTextFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-read-"));
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it("returns each file's own text when one read buffer serves every read", () => {
    const small = write("small", "FROM alpine\nRUN echo small\n");
    const big = write("big", "RUN " + "x".repeat(200_000) + "\n"); // several buffer fills
    const other = write("other", "FROM busybox\n");
    const a = readTextFile(small);
    const b = readTextFile(big);
    const c = readTextFile(other);
    expect(a).toBe("FROM alpine\nRUN echo small\n");
    expect(b.length).toBe(200_005);
    expect(b.endsWith("x\n")).toBe(true);
    expect(c).toBe("FROM busybox\n");
    expect(readTextFile(small)).toBe(a);
    // The bytes returned stay the file's after the next read.
    const bytes = readRegularFile(small);
    readRegularFile(other);
    expect(bytes.toString("utf8")).toBe(a);
  });

  it("still refuses files over the limit and binary files", () => {
    expect(() => readTextFile(write("limit", "y".repeat(70_000)), 65_536)).toThrow(ReadError);
    expect(() => readTextFile(write("bin", "FROM a\0b"))).toThrow(/binary/);
  });

  it("reads with a caller's stat size (no stat of its own), whatever the file became since", () => {
    const p = write("sized", "FROM alpine\n");
    expect(readTextFile(p, undefined, 12)).toBe("FROM alpine\n");
    fs.writeFileSync(p, "FROM alpine\nRUN grown\n"); // grew after the caller's stat
    expect(readTextFile(p, undefined, 12)).toBe("FROM alpine\nRUN grown\n");
    fs.writeFileSync(p, "FROM a\n"); // shrank
    expect(readTextFile(p, undefined, 12)).toBe("FROM a\n");
    expect(() => readTextFile(p, 65_536, 70_000)).toThrow(/too large/);
  });

  it("reads a file larger than the read buffer with a caller's stat size, whatever it became since", () => {
    const text = "RUN " + "z".repeat(200_000) + "\n";
    const p = write("sized-large", text);
    expect(readTextFile(p, undefined, text.length)).toBe(text);
    fs.appendFileSync(p, "RUN grown\n".repeat(10_000)); // grew after the caller's stat, by more than a buffer
    expect(readTextFile(p, undefined, text.length)).toBe(text + "RUN grown\n".repeat(10_000));
    expect(() => readTextFile(p, text.length + 50_000, text.length)).toThrow(/too large/);
    fs.writeFileSync(p, text.slice(0, 100_000)); // shrank, still larger than the buffer
    expect(readTextFile(p, undefined, text.length)).toBe(text.slice(0, 100_000));
    fs.writeFileSync(p, "FROM a\n"); // shrank below it
    expect(readTextFile(p, undefined, text.length)).toBe("FROM a\n");
  });

  it.skipIf(process.platform === "win32")("fails instead of blocking when a FIFO stands where the caller stat'ed a file", () => {
    const fifo = path.join(dir, "fifo");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here
    }
    // Nobody writes: a blocking open would wait forever; non-blocking, there is nothing to read.
    expect(readTextFile(fifo, undefined, 100)).toBe("");
    expect(readTextFile(fifo, undefined, 100_000)).toBe(""); // a stat size above the read buffer's
    expect(() => readTextFile(fifo)).toThrow(/not a regular file/);
  });
});
