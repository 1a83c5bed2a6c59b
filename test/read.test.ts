// src/fs/read.ts reuses one read buffer for every file: results must not share or alias it.
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
});
