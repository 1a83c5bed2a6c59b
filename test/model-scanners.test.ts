// The model's scanners after their rewrites for speed (one escape test per character in
// splitWords and unquote, the in-place line-start test of readHeader, the one-pass line index):
// quotes, escapes and continuations read as before; splitWords with a maximum, baseName by character codes.
import { describe, expect, it } from "vitest";
import { createLineIndex, linePositions } from "../src/model/lines";
import { logicalText, PositionMap } from "../src/model/position-map";
import { readHeader, splitWords } from "../src/model/scan";
import { baseName } from "../src/model/paths";

const words = (s: string, escape = "\\") =>
  splitWords(logicalText(s, PositionMap.contiguous(0, s.length + 1)), 0, escape).map((w) => [w.raw, w.value]);

describe("splitWords", () => {
  it("keeps quoted runs together and unquotes their values", () => {
    expect(words(`a "b c" 'd e'`)).toEqual([["a", "a"], ['"b c"', "b c"], ["'d e'", "d e"]]);
  });
  it("takes the character after an escape, outside quotes and inside double quotes", () => {
    expect(words(`a\\ b "c\\"d" x`)).toEqual([["a\\ b", "a b"], ['"c\\"d"', 'c"d'], ["x", "x"]]);
  });
  it("keeps an escape inside single quotes literal (the quote still ends the run)", () => {
    expect(words(`'a\\' b`)).toEqual([["'a\\'", "a\\"], ["b", "b"]]);
  });
  it("keeps a trailing escape", () => {
    expect(words(`a\\`)).toEqual([["a\\", "a\\"]]);
    expect(words(`"a\\`)).toEqual([['"a\\', "a\\"]]);
  });
  it("reads the backtick escape when the file sets it, and a backslash as a plain character", () => {
    expect(words("a` b c\\ d", "`")).toEqual([["a` b", "a b"], ["c\\", "c\\"], ["d", "d"]]);
    expect(words('"a`"b" c', "`")).toEqual([['"a`"b"', 'a"b'], ["c", "c"]]);
  });
  it("keeps a quote of the other kind inside quotes", () => {
    expect(words(`"it's" 'say "hi"'`)).toEqual([[`"it's"`, "it's"], [`'say "hi"'`, 'say "hi"']]);
  });
});

describe("readHeader continuations", () => {
  const header = (src: string, from: number) => readHeader(src, from, src.length, "\\").text.text;
  it("continues at a line that is only an escape", () => {
    expect(header("RUN a \\\n\\\nb", 3)).toBe(" a b");
  });
  it("ends at an escape that follows another escape", () => {
    expect(header("RUN a\\\\\nb", 3)).toBe(" a\\\\");
    expect(header("RUN a \\\n  x\\\\\nb", 3)).toBe(" a   x\\\\");
  });
  it("continues at a lone escape right after the keyword's own position", () => {
    // The header starts at `from`, which is not a line start: the escape there continues
    // unless an escape precedes it.
    expect(header("RUN\\\nb", 3)).toBe("b");
    expect(header("RU\\\\\nb", 3)).toBe("\\");
  });
});

describe("readHeader comment and blank lines", () => {
  const read = (src: string) => readHeader(src, 3, src.length, "\\");
  it("drops comment lines (a # after spaces and tabs) inside a continuation", () => {
    expect(read("RUN a \\\n \t# note\n#x\n  b").text.text).toBe(" a   b");
  });
  it("marks a blank line of spaces, tabs and CRs as an empty continuation", () => {
    const h = read("RUN a \\\n \t\r\n  b");
    expect(h.text.text).toBe(" a   b");
    expect([h.emptyStart, h.emptyEnd]).toEqual([8, 10]);
  });
  it("keeps the first of several empty continuation lines, and none for a header without one", () => {
    const h = read("RUN a \\\n\n# c\n\nb");
    expect(h.text.text).toBe(" a b");
    expect([h.emptyStart, h.emptyEnd]).toEqual([8, 8]);
    const none = read("RUN a \\\n# c\n  b");
    expect([none.emptyStart, none.emptyEnd]).toEqual([-1, -1]);
  });
  it("ends a header whose last lines are comments after its last content", () => {
    const ends = (src: string) => { const h = read(src); return [h.text.text, h.end]; };
    expect(ends("RUN a \\\n# c")).toEqual([" a ", 6]);
    expect(ends("RUN a \\\n b \\\n\\\n# c")).toEqual([" a  b ", 11]);
    expect(ends("RUN\\\n# c")).toEqual(["", 5]); // no content at all: at the comment line
  });
  it("reads a line with a CR before its # as text", () => {
    expect(read("RUN a \\\n\r#x").text.text).toBe(" a \r#x");
  });
});

describe("createLineIndex", () => {
  it("indexes texts of many lines, and a small text after a large one", () => {
    const big = "x\n".repeat(70_000);
    const lines = createLineIndex(big);
    expect(lines.lineCount).toBe(70_001);
    expect(lines.lineStart(70_000)).toBe(139_998);
    expect(lines.lineOf(139_999)).toBe(70_000);
    const small = createLineIndex("a\nbc\n");
    expect(small.lineCount).toBe(3);
    expect([1, 2, 3].map((l) => small.lineStart(l))).toEqual([0, 2, 5]);
    expect(small.lineText(2)).toBe("bc");
  });
  it("finds the line of any offset in any order, as a scan of the text does (the last line found is tried first)", () => {
    const text = "ab\n\ncd\r\nefg\n\n";
    const naive = (offset: number) => {
      let line = 1;
      for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === "\n") line++;
      return line;
    };
    const offsets = [5, 5, 6, 4, 3, 0, 13, 14, 15, 40, -1, 2, 9, 9, 8, 1, 12, NaN, 7];
    for (const index of [createLineIndex(text), linePositions(createLineIndex(text))]) {
      for (const o of offsets) expect(index.lineOf(o), String(o)).toBe(Number.isNaN(o) || o < 0 ? 1 : naive(o));
    }
    const lines = createLineIndex(text);
    for (const o of [9, 2, 3, 14]) expect(lines.position(o)).toEqual({ line: naive(o), column: o - lines.lineStart(naive(o)) + 1 });
  });
  it("indexes a text without a line break as one line", () => {
    const lines = createLineIndex("abc");
    expect(lines.lineCount).toBe(1);
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
  });
});

describe("splitWords with a maximum", () => {
  it("splits only the first words, as the whole split does", () => {
    const s = `--mount=type=cache,target=/x "a b" c\\ d e f`;
    const t = logicalText(s, PositionMap.contiguous(0, s.length + 1));
    const all = splitWords(t, 0, "\\").map((w) => [w.start, w.raw, w.value]);
    expect(all).toHaveLength(5);
    expect(splitWords(t, 0, "\\", 3).map((w) => [w.start, w.raw, w.value])).toEqual(all.slice(0, 3));
    expect(splitWords(t, 0, "\\", 9).map((w) => [w.start, w.raw, w.value])).toEqual(all);
  });
});

describe("baseName", () => {
  it("takes the last component, either separator, trailing ones dropped", () => {
    expect(["/usr/bin/apt-get", "apt-get", "dir/", "a\\b\\c.exe", "C:\\dir\\\\", "/", "", "a/b/", "x//"].map(baseName)).toEqual([
      "apt-get", "apt-get", "dir", "c.exe", "dir", "", "", "b", "x",
    ]);
  });
});
