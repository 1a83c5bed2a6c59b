// The scanners that look ahead read past-end characters as -1 (src/model/char-code.ts) and the line
// index bounds its reads: texts that end where a look-ahead or a line lookup goes past them parse
// as they did when those reads gave NaN or undefined.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { codeAt } from "../src/model/char-code";
import { createLineIndex } from "../src/model/lines";
import { logicalText, PositionMap } from "../src/model/position-map";
import { parseJsonArray } from "../src/model/scan";
import { parseShell } from "../src/model/shell";

describe("codeAt", () => {
  it("reads a character code, and -1 past the end", () => {
    expect(codeAt("ab", 1)).toBe(98);
    expect(codeAt("ab", 2)).toBe(-1);
    expect(codeAt("", 0)).toBe(-1);
  });
});

describe("lineText", () => {
  const lines = createLineIndex("a\nb\r\n");
  it("gives each line without its break, the last (empty) line too", () => {
    expect([1, 2, 3].map((l) => lines.lineText(l))).toEqual(["a", "b", ""]);
  });
  it("gives an empty text for a line past the end, before the first, or not a whole number", () => {
    expect([4, 100, 0, -1, 1.5, NaN].map((l) => lines.lineText(l))).toEqual(["", "", "", "", "", ""]);
  });
  it("reads the last line of a text without a final break to the end", () => {
    expect(createLineIndex("x\ny\r").lineText(2)).toBe("y");
  });
});

describe("parseJsonArray", () => {
  const parse = (s: string) => parseJsonArray(logicalText(s, PositionMap.contiguous(0, s.length + 1)), 0)?.values ?? null;
  it("parses whole arrays", () => {
    expect(parse('["a"]')).toEqual(["a"]);
    expect(parse(' [ "a" ,\t"b\\n" ] ')).toEqual(["a", "b\n"]);
    expect(parse("[]")).toEqual([]);
    expect(parse('["\\u00e9"]')).toEqual(["\u00e9"]);
  });
  it("gives null for an array cut short anywhere", () => {
    for (const s of ["", "  ", "[", "[ ", '["', '["a', '["a"', '["a" ', '["a",', '["a", ', '["a\\', '["\\u00', '["a"] x']) {
      expect(parse(s), s).toBeNull();
    }
  });
});

describe("shell operators at the end of the text", () => {
  const argv = (text: string) => parseShell(text).map((c) => c.words.map((w) => w.value));
  it.each([
    ["echo a 2>", [["echo", "a"]]],
    ["echo a 2", [["echo", "a", "2"]]],
    ["echo a >", [["echo", "a"]]],
    ["cat <<", [["cat"]]],
    ["cat <", [["cat"]]],
    ["echo a &>", [["echo", "a"]]],
    ["echo a &", [["echo", "a"]]],
    ["echo a ;", [["echo", "a"]]],
    ["case x in x) echo a ;;", [["echo", "a"]]],
    ["echo a \\", [["echo", "a", "\\"]]],
  ])("%j", (text, expected) => {
    expect(argv(text)).toEqual(expected);
  });
});

describe("comments at the end of the file", () => {
  it("finds a comment on the last line, and none on a last line of blanks", () => {
    expect(buildModel("FROM a\n# last").comments.map((c) => c.text)).toEqual(["last"]);
    expect(buildModel("FROM a\n# c\n \t ").comments.map((c) => c.text)).toEqual(["c"]);
    expect(buildModel("FROM a\n").comments).toEqual([]);
  });
});
