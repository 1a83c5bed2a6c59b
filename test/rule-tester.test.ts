// The rule tester itself: each strictness check must fail on a table that breaks it.
import { describe, expect, it } from "vitest";
import addUseCopy from "../rules/add-use-copy";
import apkNoCache from "../rules/apk-no-cache";
import { defineRule, type RuleDefinition } from "../src/engine/types";
import { checkCases, checkInvalid, checkValid, type testRule } from "./helpers/rule-tester";

const code = "FROM alpine:3.20\nADD app.py /app/";
const fixed = "FROM alpine:3.20\nCOPY app.py /app/";
const errors = [{ messageId: "useCopy" }];

describe("checkCases", () => {
  it("accepts a well-formed table", () => {
    expect(() => checkCases(addUseCopy, { valid: ["FROM alpine:3.20\nCOPY a /a"], invalid: [{ code, errors, output: fixed }] })).not.toThrow();
  });
  it("rejects a duplicate case, valid or invalid", () => {
    expect(() => checkCases(addUseCopy, { valid: ["FROM alpine:3.20"], invalid: [{ code: "FROM alpine:3.20", errors }] })).toThrow(/duplicate test case/);
    expect(() => checkCases(addUseCopy, { valid: [], invalid: [{ code, errors }, { code, errors, name: "again" }] })).toThrow(/duplicate/);
  });
  it("tells cases apart by options, build args, settings and target", () => {
    const c = "FROM alpine:3.20 AS b\nRUN apk add gcc\nFROM alpine:3.20";
    expect(() => checkCases(apkNoCache, { valid: [c], invalid: [{ code: c, options: { includeBuilderStages: true }, errors: [{ messageId: "noCache" }] }] })).not.toThrow();
    expect(() => checkCases(apkNoCache, { valid: [c, { code: c, target: "b" }], invalid: [] })).not.toThrow();
  });
  it("rejects options that the rule's schema does not allow", () => {
    expect(() => checkCases(apkNoCache, { valid: [{ code: "FROM alpine:3.20", options: { includeBuilderStages: "yes" } }], invalid: [] })).toThrow(/invalid options.*boolean/);
    expect(() => checkCases(apkNoCache, { valid: [{ code: "FROM alpine:3.20", options: { noSuch: 1 } }], invalid: [] })).toThrow(/invalid options.*additional properties/);
  });
  it("rejects an invalid case that expects no problem", () => {
    expect(() => checkCases(addUseCopy, { valid: [], invalid: [{ code, errors: [] }] })).toThrow(/at least one problem/);
  });
});

describe("checkValid", () => {
  it("fails when valid code reports a problem", () => {
    expect(() => checkValid(addUseCopy, { code })).toThrow();
    expect(() => checkValid(addUseCopy, { code: fixed })).not.toThrow();
  });
});

describe("checkInvalid", () => {
  it("passes with the right problems and output", () => {
    expect(() => checkInvalid(addUseCopy, { code, errors: [{ messageId: "useCopy", line: 2, column: 1, endColumn: 4 }], output: fixed })).not.toThrow();
  });
  it("fails on a wrong count, message id or position", () => {
    expect(() => checkInvalid(addUseCopy, { code, errors: [...errors, ...errors], output: fixed })).toThrow();
    expect(() => checkInvalid(addUseCopy, { code, errors: [{ messageId: "useCopy", line: 1 }], output: fixed })).toThrow(/line/);
    expect(() => checkInvalid(addUseCopy, { code, errors: [{ messageId: "useCopy", column: 2 }], output: fixed })).toThrow(/column/);
    expect(() => checkInvalid(addUseCopy, { code, errors: [{ messageId: "useCopy", message: "not in the message" }], output: fixed })).toThrow();
  });
  it("requires output when the rule fixes the code", () => {
    expect(() => checkInvalid(addUseCopy, { code, errors })).toThrow(/add the expected 'output'/);
  });
  it("checks output against the fix engine's result", () => {
    expect(() => checkInvalid(addUseCopy, { code, errors, output: "FROM alpine:3.20\nCOPY app.py /app" })).toThrow(/fixed code/);
    expect(() => checkInvalid(addUseCopy, { code, errors, output: null })).toThrow(/output: null/);
    expect(() => checkInvalid(addUseCopy, { code, errors, output: code })).toThrow(/output equals code/);
  });
  it("accepts output: null and no output where the rule has no fix", () => {
    // ADD from a variable that may name a remote file: reported, not fixed.
    const unfixable = defineRule({ ...addUseCopy, check: (ctx) => addUseCopy.check({ ...ctx, report: (d) => ctx.report({ ...d, fix: undefined }) }) });
    expect(() => checkInvalid(unfixable, { code, errors, output: null })).not.toThrow();
    expect(() => checkInvalid(unfixable, { code, errors })).not.toThrow();
  });

  // A rule whose fix leaves its problem in place, or breaks another rule, or is not declared.
  const brokenFix = (fix: "stays" | "grows" | "undeclared" | "kind") =>
    defineRule({
      id: "test-fix-" + fix,
      description: "test rule",
      severity: "warning",
      related: [],
      messages: { bad: "bad" },
      options: {},
      fixable: fix === "undeclared" ? undefined : fix === "kind" ? true : "suggestion",
      examples: { valid: [], invalid: [] },
      check({ model, report }) {
        const ins = model.stages[0]?.instructions.find((i) => i.keyword === "RUN" && i.argsText.text.includes("marker"));
        if (!ins) return;
        const span = { start: ins.start, end: ins.end };
        // "stays": the fix appends a comment and the problem is still reported (without a fix);
        // "grows": the fix swaps the RUN for MAINTAINER, which maintainer-deprecated reports.
        if (fix === "stays" && model.text.includes("# touched")) return report({ messageId: "bad", span });
        const edits = fix === "grows" ? [{ span, text: "MAINTAINER x" }] : [{ span: { start: ins.end, end: ins.end }, text: " # touched" }];
        report({ messageId: "bad", span, fix: { kind: fix === "kind" ? "suggestion" : "safe", edits } });
      },
    });
  const markerCode = "FROM alpine:3.20\nRUN echo marker";
  it("fails when the fixed problem is still reported", () => {
    expect(() => checkInvalid(brokenFix("stays"), { code: markerCode, errors: [{ messageId: "bad" }], output: markerCode + " # touched" })).toThrow(/removed no problem/);
  });
  it("fails when the fix makes another rule report more", () => {
    expect(() => checkInvalid(brokenFix("grows"), { code: markerCode, errors: [{ messageId: "bad" }], output: "FROM alpine:3.20\nMAINTAINER x" })).toThrow(/other rules report more/);
  });
  it("fails when fixes do not match the rule's 'fixable' declaration", () => {
    expect(() => checkInvalid(brokenFix("undeclared"), { code: markerCode, errors: [{ messageId: "bad" }], output: null })).toThrow(/does not declare 'fixable'/);
    expect(() => checkInvalid(brokenFix("kind"), { code: markerCode, errors: [{ messageId: "bad" }], output: null })).toThrow(/safe fixes only/);
  });
});

// Compile-time strictness (tsc fails when a @ts-expect-error below is not needed).
type TableOf<R> = R extends RuleDefinition<infer M, infer O> ? Parameters<typeof testRule<M, O>>[1] : never;
it("is typed by the rule's message ids and options", () => {
  const tables: TableOf<typeof apkNoCache>[] = [
    { valid: [{ code: "FROM alpine:3.20", options: { includeBuilderStages: true } }], invalid: [{ code, errors: [{ messageId: "noCache" }] }] },
    // @ts-expect-error: no such message id
    { valid: [], invalid: [{ code, errors: [{ messageId: "noCach" }] }] },
    // @ts-expect-error: no such option
    { valid: [{ code, options: { noSuch: true } }], invalid: [] },
    // @ts-expect-error: the option is a boolean
    { valid: [{ code, options: { includeBuilderStages: "yes" } }], invalid: [] },
  ];
  // @ts-expect-error: add-use-copy takes no options
  const noOptions: TableOf<typeof addUseCopy> = { valid: [{ code, options: { any: 1 } }], invalid: [] };
  expect(tables.length + noOptions.valid.length).toBe(5);
});
