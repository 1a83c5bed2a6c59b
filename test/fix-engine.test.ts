import { describe, expect, it } from "vitest";
import { applyFixes, fixSource, positionedEdits, sourceLines } from "../src/engine/fix";
import { lintText } from "../src/engine/linter";
import type { Fix, ResolvedConfig } from "../src/engine/types";
import { rules } from "../rules";
import { defaultSettings } from "./helpers/rule-tester";

const safe = (start: number, end: number, text: string): Fix => ({ kind: "safe", edits: [{ span: { start, end }, text }] });

const config: ResolvedConfig = { rules: {}, settings: defaultSettings, inlineIgnores: true, source: "test" };
const lint = (text: string) => lintText(text, { rules, config, path: "Dockerfile" }).problems;

describe("applyFixes", () => {
  it("applies non-overlapping fixes in one pass, whatever order they come in", () => {
    const r = applyFixes("abcdef", [safe(4, 5, "E"), safe(0, 1, "A"), safe(2, 2, "+")]);
    expect(r.text).toBe("Ab+cdEf");
    expect(r.applied).toHaveLength(3);
    expect(r.skipped).toEqual([]);
  });

  it("skips a fix overlapping an earlier one, and two insertions at one point", () => {
    const r = applyFixes("abcdef", [safe(0, 3, "X"), safe(2, 4, "Y"), safe(5, 5, "1"), safe(5, 5, "2")]);
    expect(r.text).toBe("Xde1f");
    expect(r.skipped.map((f) => f.edits[0]!.text)).toEqual(["Y", "2"]);
  });

  it("applies all edits of a fix or none of them", () => {
    const two: Fix = { kind: "safe", edits: [{ span: { start: 0, end: 1 }, text: "A" }, { span: { start: 3, end: 4 }, text: "D" }] };
    const z = safe(3, 5, "Z");
    const r = applyFixes("abcdef", [z, two]);
    expect(r.text).toBe("AbcDef");
    expect(r.skipped).toEqual([z]);
    expect(applyFixes("abcdef", [z, { ...two, edits: [two.edits[1]!, { span: { start: 5, end: 6 }, text: "F" }] }]).text).toBe("abcZf");
  });

  it("rejects edits outside the text", () => {
    const r = applyFixes("abc", [safe(2, 9, "x"), safe(-1, 0, "y")]);
    expect(r.text).toBe("abc");
    expect(r.skipped).toHaveLength(2);
  });

  it("keeps the BOM, and offsets index the text after it", () => {
    expect(applyFixes("\ufeffabc", [safe(0, 1, "A")]).text).toBe("\ufeffAbc");
  });

  it("writes inserted line breaks as CRLF in a CRLF file", () => {
    expect(applyFixes("a\r\nb\r\n", [safe(3, 3, "x\ny\n")]).text).toBe("a\r\nx\r\ny\r\nb\r\n");
    expect(applyFixes("a\nb\n", [safe(2, 2, "x\n")]).text).toBe("a\nx\nb\n");
  });
});

describe("fixSource", () => {
  it("re-lints until stable: two fixes inserting at one point land in two passes", () => {
    const src = "FROM debian:12\nRUN apt-get install curl\n";
    const r = fixSource(src, lint, { accept: (p) => p.ruleId === "apt-get-assume-yes" || p.ruleId === "apt-get-no-recommends" });
    expect(r.output).toBe("FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n");
    expect(r.fixed).toBe(2);
    expect(r.passes).toBe(2);
    expect(r.problems.filter((p) => p.ruleId.startsWith("apt-get-assume") || p.ruleId === "apt-get-no-recommends")).toEqual([]);
    // Idempotent: fixing the output changes nothing.
    expect(fixSource(r.output, lint).output).toBe(r.output);
  });

  it("keeps BOM, CRLF and the escape directive", () => {
    const src = "\ufeff# escape=`\r\nfrom debian:12\r\nMAINTAINER me\r\nENV A `\r\n  b\r\n";
    const r = fixSource(src, lint);
    expect(r.output).toBe('\ufeff# escape=`\r\nFROM debian:12\r\nLABEL org.opencontainers.image.authors="me"\r\nENV A=b\r\n');
  });

  it("leaves the text alone when there is nothing to fix", () => {
    const src = "FROM alpine:3.20\nCMD [\"sh\"]\n";
    const r = fixSource(src, lint);
    expect(r).toMatchObject({ output: src, fixed: 0, passes: 0 });
  });

  it("stops after maxPasses when fixes keep coming", () => {
    let n = 0;
    const growing = (text: string) => {
      n++;
      return [{ ...lint("FROM a:1")[0]!, ruleId: "grow", fix: safe(text.length, text.length, "x") }].filter(() => true);
    };
    const r = fixSource("FROM a:1", (t) => growing(t), { accept: () => true, maxPasses: 3 });
    expect(r.passes).toBe(3);
    expect(r.output).toBe("FROM a:1xxx");
    expect(n).toBe(4);
  });

  it("drops a fix that would add a parse problem and keeps the others", () => {
    const breaking: Fix = { kind: "safe", edits: [{ span: { start: 0, end: 4 }, text: "FRM" }] };
    let calls = 0;
    const withBadFix = (text: string) => {
      const ps = lint(text);
      calls++;
      if (text.startsWith("FROM") && calls < 10) ps.push({ ...ps[0]!, ruleId: "bad", fix: breaking });
      return ps;
    };
    const src = "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\nmaintainer me\n";
    const r = fixSource(src, withBadFix, { accept: (p) => !!p.fix });
    expect(r.output.startsWith("FROM debian:12\n")).toBe(true);
    expect(r.output).toContain('LABEL org.opencontainers.image.authors="me"');
    expect(r.problems.filter((p) => p.ruleId === "syntax-valid")).toEqual([]);
  });
});

describe("positionedEdits", () => {
  it("gives 1-based lines and columns with an exclusive end, after a BOM", () => {
    const src = "\ufeffFROM a\nENV A b\n";
    expect(positionedEdits(sourceLines(src), safe(13, 14, "=b"))).toEqual([{ line: 2, column: 7, endLine: 2, endColumn: 8, text: "=b" }]);
  });
});
