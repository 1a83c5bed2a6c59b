import { describe, expect, it } from "vitest";
import { defineRule } from "../src/engine/types";
import { compareRuleIds, formatMessage, lintModel, lintText } from "../src/engine/linter";
import { formatSole, valueText } from "../src/engine/message";
import { LargeFileProblem, plainProblem, ReportedProblem } from "../src/engine/problem";
import { createLineIndex } from "../src/model/lines";
import { compareProblems, sortedProblems } from "../src/format/util";
import { rules } from "../rules/index";
import { buildModel } from "../src/model/build";
import { commandNames, instructionsOf, keywordIndex } from "../src/engine/dispatch";
import { defaultSettings } from "./helpers/rule-tester";

const throwing = defineRule({
  id: "always-throws",
  description: "Throw",
  severity: "warning",
  related: [],
  messages: { x: "x" },
  options: {},
  examples: { valid: [], invalid: [] },
  check() {
    throw new Error("boom");
  },
});

const reportsEveryFrom = defineRule({
  id: "every-from",
  description: "Report every FROM",
  severity: "warning",
  related: [],
  messages: { from: "FROM {{image}} on {{missing}}" },
  options: {},
  examples: { valid: [], invalid: [] },
  check({ model, report }) {
    for (const s of [...model.stages].reverse()) report({ messageId: "from", data: { image: s.image.raw }, span: s.image.span });
  },
});

const config = { rules: {}, settings: defaultSettings, inlineIgnores: true, source: "test" };

describe("engine", () => {
  it("turns a crashing rule into one internal-error problem naming it, and keeps other rules running", () => {
    const problems = lintModel(buildModel("FROM a:1\nFROM b:2\n"), [throwing, reportsEveryFrom], config);
    expect(problems.map((p) => p.ruleId)).toEqual(["internal-error", "every-from", "every-from"]);
    expect(problems[0]!.message).toContain("always-throws");
    expect(problems[0]!.message).toContain("boom");
  });
  it("sorts problems by position and fills message placeholders, leaving unknown ones", () => {
    const problems = lintModel(buildModel("FROM a:1\nFROM b:2\n"), [reportsEveryFrom], config);
    expect(problems.map((p) => [p.line, p.column, p.endColumn])).toEqual([
      [1, 6, 9],
      [2, 6, 9],
    ]);
    expect(problems[0]!.message).toBe("FROM a:1 on {{missing}}");
    expect(formatMessage("{{ a }}-{{b}}", { a: 1, b: "x" })).toBe("1-x");
  });
  it("formatMessage gives what a regex replace of each placeholder gives, also for a template seen before", () => {
    const byReplace = (t: string, data: Record<string, string | number>) => t.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
    const data = { a: 1, b: "x$&$1", empty: "", constructor: "c" };
    const templates = ["", "plain", "{{a}}", "{{ a }}{{b}}", "x {{missing}} y {{ a }}", "{{a}", "{ {a}}", "{{ a b }}", "{{empty}}!", "{{constructor}} {{toString}}", "'{{a}}' and '{{a}}'"];
    for (let round = 0; round < 2; round++) {
      for (const t of templates) expect(formatMessage(t, data), t).toBe(byReplace(t, data));
    }
    expect(formatMessage("{{a}}", undefined)).toBe("{{a}}");
  });
  it("writes a number placeholder as String() does, by toFixed for the integers (message.ts valueText)", () => {
    const numbers = [0, -0, 7, -12, 123456, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 123456789012345680000, 1e21, 1.5, -0.25, 1e-7, NaN, Infinity];
    for (const n of numbers) {
      expect(valueText(n), String(n)).toBe(String(n));
      expect(formatSole("line {{n}}.", n)).toBe(`line ${String(n)}.`);
      expect(formatMessage("{{n}}/{{m}}", { n, m: n })).toBe(`${String(n)}/${String(n)}`);
    }
  });
  it("keeps a span of its own in each problem, whatever object a rule reports (a word with a getter `end` included)", () => {
    class GetterWord {
      constructor(readonly start: number, readonly raw: string) {}
      get end(): number {
        return this.start + this.raw.length;
      }
    }
    const reportsWord = defineRule({
      id: "reports-word",
      description: "Report the image as a word object",
      severity: "warning",
      related: [],
      messages: { w: "w" },
      options: {},
      examples: { valid: [], invalid: [] },
      check({ model, report }) {
        const span = model.stages[0]!.image.span;
        report({ messageId: "w", span: new GetterWord(span.start, "a:1") });
      },
    });
    const [p] = lintModel(buildModel("FROM a:1\n"), [reportsWord], config);
    expect(p!.span).toEqual({ start: 5, end: 8 });
    expect(Object.getPrototypeOf(p!.span)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(p!.span))).toEqual({ start: 5, end: 8 });
  });
  it("places problems by their offsets, a large file's when read (LargeFileProblem), as the line index does", () => {
    // Spans reported out of order, over CRLF and LF lines, several lines, an empty one, an end
    // before its start (read as the start), and two rules at one position (rule id order); the
    // same text and spans in a large file (comment lines after them).
    const head = "FROM a:1\r\nRUN echo x \\\r\n  y\n\nFROM b:2 AS c\n";
    const spans = [
      { start: 28, end: 40 },
      { start: 27, end: 27 },
      { start: 15, end: 26 },
      { start: 12, end: 10 },
      { start: 0, end: 8 },
      { start: 9, end: 10 },
    ];
    const reporter = (id: string, list: typeof spans) =>
      defineRule({
        id,
        description: id,
        severity: "warning",
        related: [],
        messages: { s: "span" },
        options: {},
        examples: { valid: [], invalid: [] },
        check({ report }) {
          for (const span of list) report({ messageId: "s", span });
        },
      });
    const lines = createLineIndex(head);
    const expected = [...spans, spans[2]!]
      .map((s, i) => ({ s, id: i === spans.length ? "a-rule" : "z-rule" }))
      .map(({ s, id }) => {
        const a = lines.position(s.start);
        const b = lines.position(Math.max(s.start, s.end));
        return [a.line, a.column, b.line, b.column, id, s.start, s.end];
      })
      .sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number) || (x[4] < y[4] ? -1 : 1));
    expect(expected.slice(0, 5).map((e) => e.slice(0, 5))).toEqual([
      [1, 1, 1, 9, "z-rule"],
      [1, 10, 2, 1, "z-rule"],
      [2, 3, 2, 3, "z-rule"],
      [2, 6, 3, 3, "a-rule"],
      [2, 6, 3, 3, "z-rule"],
    ]);
    const seen = (list: readonly ReturnType<typeof plainProblem>[]) => list.map((p) => [p.line, p.column, p.endLine, p.endColumn, p.ruleId, p.span.start, p.span.end]);
    for (const text of [head, head + "# a comment line\n".repeat(20_000)]) {
      const large = text.length >= 256 * 1024;
      const problems = lintModel(buildModel(text), [reporter("z-rule", spans), reporter("a-rule", [spans[2]!])], config);
      expect(problems.every((p) => p instanceof (large ? LargeFileProblem : ReportedProblem))).toBe(true);
      expect(seen(problems)).toEqual(expected);
      // A worker's plain copies, and the format's order over the engine's problems and over them.
      expect(seen(problems.map(plainProblem))).toEqual(expected);
      expect(sortedProblems(problems)).toEqual(problems);
      const copies = problems.map(plainProblem);
      for (let i = 0; i < problems.length; i++) {
        for (let j = 0; j < problems.length; j++) expect(Math.sign(compareProblems(problems[i]!, problems[j]!)), `${i} ${j}`).toBe(Math.sign(compareProblems(copies[i]!, copies[j]!)));
      }
      // A large file's problem keeps the line positions, not the file's text (results outlive it).
      if (large) expect(Object.values((problems[0] as unknown as { lines: object }).lines).some((v) => typeof v === "string")).toBe(false);
    }
    // Reported in order already (a large file's list is then not sorted): the same order. And spans
    // whose offsets a large file's problem does not pack (128 characters or more, past 2^24).
    const big = head + "# a comment line\n".repeat(20_000);
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    expect(lintModel(buildModel(big), [reporter("z-rule", sorted)], config).map((p) => p.span.start)).toEqual(sorted.map((s) => s.start));
    const odd = [
      { start: 5, end: 132 },
      { start: 5, end: 133 },
      { start: 300_000, end: 2 ** 24 + 1 },
      { start: 2 ** 24 + 3, end: 2 ** 24 + 3 },
    ];
    const bigLines = createLineIndex(big);
    const oddProblems = lintModel(buildModel(big), [reporter("z-rule", odd)], config);
    expect(oddProblems.map((p) => p.span)).toEqual(odd);
    expect(oddProblems.map((p) => [p.line, p.column, p.endLine, p.endColumn])).toEqual(
      odd.map((s) => [bigLines.position(s.start).line, bigLines.position(s.start).column, bigLines.position(s.end).line, bigLines.position(s.end).column]),
    );
  });
  it("never throws on hostile input", () => {
    for (const text of ["", "\ufeff", "\\", "FROM", "RUN <<", "RUN <<EOF", "FROM a\nRUN [\"unterminated", "# escape=`\n`", "\r\n\r\n", "ONBUILD", "ARG =x\nFROM ${=}"]) {
      const r = lintText(text, { path: "x", config, rules: [reportsEveryFrom] });
      expect(r.fatal).toBeUndefined();
    }
  });
});

describe("per-keyword dispatch", () => {
  const config = { rules: {}, settings: { ...defaultSettings }, inlineIgnores: true, source: "test" };
  const seen: string[] = [];
  const exposeOnly = defineRule({
    id: "expose-only",
    description: "Report every EXPOSE",
    severity: "warning",
    related: [],
    keywords: ["EXPOSE"],
    messages: { x: "x" },
    options: {},
    examples: { valid: [], invalid: [] },
    check({ model, report }) {
      seen.push(model.path);
      for (const ins of instructionsOf(model, "EXPOSE")) report({ messageId: "x", span: ins.keywordSpan });
    },
  });
  it("skips a rule on files without any of its keywords, and counts ONBUILD triggers", () => {
    seen.length = 0;
    const lint = (path: string, text: string) => lintModel(buildModel(text, { path }), [exposeOnly], config);
    expect(lint("none", "FROM a:1\nRUN echo EXPOSE 80\n")).toEqual([]);
    expect(lint("plain", "FROM a:1\nEXPOSE 80\nexpose 81\n").map((p) => p.line)).toEqual([2, 3]);
    expect(lint("trigger", "FROM a:1\nONBUILD EXPOSE 80\n").map((p) => [p.line, p.column])).toEqual([[2, 9]]);
    expect(seen).toEqual(["plain", "trigger"]);
  });
  it("indexes instructions by keyword in file order", () => {
    const model = buildModel("ARG V=1\nFROM a:$V\nRUN a\nONBUILD RUN b\nRUN c\n");
    expect(keywordIndex(model).get("RUN")!.map((i) => model.lines.position(i.keywordSpan.start).line)).toEqual([3, 4, 5]);
    expect(instructionsOf(model, "ARG").map((i) => i.line)).toEqual([1]);
    expect(instructionsOf(model, "HEALTHCHECK")).toEqual([]);
    expect(keywordIndex(model)).toBe(keywordIndex(model));
  });
  it("names the commands of every RUN (as rules read them: base names of argv[0]), ONBUILD RUNs and heredocs included", () => {
    const model = buildModel("FROM a:1\nRUN apt-get update && /usr/bin/wget x | tee y\nONBUILD RUN useradd u\nRUN <<EOF\nsudo ls\nEOF\nCMD echo hi\n");
    expect([...commandNames(model)].sort()).toEqual(["apt-get", "sudo", "tee", "useradd", "wget"]);
    expect(commandNames(model)).toBe(commandNames(model));
  });
});

describe("compareRuleIds", () => {
  it("orders every rule id, internal-error and relayed ShellCheck ids as localeCompare did", () => {
    const ids = [...rules.map((r) => r.id), "internal-error"];
    for (let code = 1000; code <= 9999; code += 7) ids.push(`shellcheck/SC${code}`);
    ids.push("shellcheck/SC1000", "shellcheck/SC9999", "shellcheck/SC10000");
    // Distinct ids sorted alike by both: the two orders agree on every pair.
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b, "en"));
    expect([...ids].sort(compareRuleIds)).toEqual(byLocale);
  });
});
