// ESLint-style table tests for one rule, as strict as ESLint's RuleTester: valid
// code reports nothing; invalid code reports exactly the listed problems at the
// listed positions; cases are typed by the rule's message ids and options, options
// are validated against the rule's schema, duplicates are rejected, and a case whose
// problems carry fixes must give the fixed `output`, checked by applying the fixes
// with the fix engine and re-linting: the fixed problems are gone, nothing new appears.
import Ajv from "ajv";
import { expect, it, describe } from "vitest";
import { buildModel } from "../../src/model/build";
import { lintModel, lintText } from "../../src/engine/linter";
import { fixSource } from "../../src/engine/fix";
import { forgetListings } from "../../src/fs/listing";
import type { OptionSpecs, OptionValues, Problem, ResolvedConfig, RuleDefinition, Settings } from "../../src/engine/types";
import { rules as allRules } from "../../rules/index";

export interface ExpectedError<M extends string = string> {
  messageId: M;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the message must contain. */
  message?: string;
}

export interface Case<O extends OptionSpecs = OptionSpecs> {
  code: string;
  name?: string;
  /** Rule options; a rule without options takes none. */
  options?: keyof O extends never ? never : Partial<OptionValues<O>>;
  buildArgs?: Record<string, string>;
  settings?: Partial<Settings>;
  target?: string;
}

export interface InvalidCase<M extends string = string, O extends OptionSpecs = OptionSpecs> extends Case<O> {
  errors: ExpectedError<M>[];
  /** The code after applying the rule's fixes (safe and suggestions) until stable; null: no fix applies. */
  output?: string | null;
  /**
   * Rules that report more on the fixed code because the fix brings an existing problem into their
   * view (`apt install` -> `apt-get install` meets apt-get-no-recommends). Must list exactly those rules.
   */
  uncovers?: string[];
}

export const defaultSettings: Settings = {
  contextDir: null,
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  shellcheck: false,
  // A fixed date so that date-dependent rules (from-image-eol) give the same results every day;
  // test/eol-table.test.ts is what fails when the end-of-life table needs a review.
  today: "2026-12-05",
};

export function configFor(rule: RuleDefinition<any, any>, c: Case<any>): ResolvedConfig {
  const severity = rule.severity === "off" ? "warning" : rule.severity;
  return {
    rules: { [rule.id]: { severity, options: c.options ?? {} } },
    settings: { ...defaultSettings, ...c.settings },
    inlineIgnores: true,
    source: "test",
  };
}

export function runRule(rule: RuleDefinition<any, any>, c: Case<any>): Problem[] {
  // Each case sees the file system as it is now (tests create build contexts as they go).
  forgetListings();
  const model = buildModel(c.code, { path: "Dockerfile", buildArgs: c.buildArgs, target: c.target });
  return lintModel(model, [rule], configFor(rule, c));
}

function label(c: Case<any>): string {
  return c.name ?? c.code.replace(/\n/g, "⏎").slice(0, 80);
}

const ajv = new Ajv({ allErrors: true, strict: false });

/** Throws when `options` are not valid for the rule (unknown names or values outside the schema). */
function checkOptions(rule: RuleDefinition<any, any>, c: Case<any>): void {
  if (!c.options) return;
  const specs = rule.options as OptionSpecs;
  const schema = { type: "object", properties: Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, v.schema])), additionalProperties: false };
  const validate = ajv.compile(schema);
  if (!validate(c.options)) throw new Error(`${rule.id}: invalid options in case '${label(c)}': ${ajv.errorsText(validate.errors)}`);
}

function caseKey(c: Case<any>): string {
  return JSON.stringify([c.code, c.options ?? {}, c.buildArgs ?? {}, c.settings ?? {}, c.target ?? null]);
}

/** Problems per rule id over all rules with their default config (for "nothing new after the fix"). */
function countsByRule(code: string, c: Case<any>): Map<string, number> {
  const config: ResolvedConfig = { rules: {}, settings: { ...defaultSettings, ...c.settings }, inlineIgnores: true, source: "test" };
  const counts = new Map<string, number>();
  const buildArgs = c.buildArgs ? new Map(Object.entries(c.buildArgs)) : undefined;
  for (const p of lintText(code, { path: "Dockerfile", config, rules: allRules, buildArgs, target: c.target }).problems) {
    counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
  }
  return counts;
}

const where = (p: Problem): string => `${p.line}:${p.column} ${p.messageId}: ${p.message}`;

/** Fixes must match the rule's `fixable` declaration, as ESLint requires `meta.fixable`. */
function checkFixKinds(rule: RuleDefinition<any, any>, problems: Problem[]): void {
  for (const p of problems) {
    if (!p.fix) continue;
    if (!rule.fixable) throw new Error(`${rule.id}: reports a fix (${where(p)}) but does not declare 'fixable'`);
    if (rule.fixable === true && p.fix.kind !== "safe") throw new Error(`${rule.id}: declares safe fixes only ('fixable: true') but reports a ${p.fix.kind} fix (${where(p)})`);
  }
}

function checkOutput(rule: RuleDefinition<any, any>, c: InvalidCase<any, any>, problems: Problem[]): void {
  const fixable = problems.some((p) => p.fix);
  if (c.output === undefined) {
    expect(fixable, "the rule fixes this code: add the expected 'output' (or output: null when no fix should apply)").toBe(false);
    return;
  }
  // Safe fixes and suggestions alike, until stable, through the engine that --fix uses.
  const run = fixSource(c.code, (text) => runRule(rule, { ...c, code: text }), { accept: (p) => !!p.fix });
  if (c.output === null) {
    expect(run.output, "output: null, but a fix changed the code").toBe(c.code);
    return;
  }
  expect(c.output, "output equals code: write output: null for a case without a fix").not.toBe(c.code);
  expect(run.output, "the fixed code").toBe(c.output);
  // The fixed problems are gone (what is left has no fix) ...
  expect(run.problems.filter((p) => p.fix).map(where), "problems with a fix left after fixing").toEqual([]);
  expect(run.problems.length, "fixing removed no problem").toBeLessThan(problems.length);
  // ... and no rule reports more problems than before.
  const before = countsByRule(c.code, c);
  const grown = [...countsByRule(run.output, c)].filter(([id, n]) => n > (before.get(id) ?? 0)).map(([id]) => id);
  expect(grown.sort(), "the fix made other rules report more").toEqual([...(c.uncovers ?? [])].sort());
}

/** Asserts that a valid case reports nothing. */
export function checkValid(rule: RuleDefinition<any, any>, c: Case<any>): void {
  const problems = runRule(rule, c);
  expect(problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
  expect(problems.map(where)).toEqual([]);
}

/** Asserts that an invalid case reports exactly the expected problems and fixes to its `output`. */
export function checkInvalid(rule: RuleDefinition<any, any>, c: InvalidCase<any, any>): void {
  const problems = runRule(rule, c);
  expect(problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
  expect(problems.length, problems.map(where).join("\n")).toBe(c.errors.length);
  c.errors.forEach((e, i) => {
    const p = problems[i]!;
    expect(p.messageId).toBe(e.messageId);
    if (e.line !== undefined) expect(p.line, "line").toBe(e.line);
    if (e.column !== undefined) expect(p.column, "column").toBe(e.column);
    if (e.endLine !== undefined) expect(p.endLine, "endLine").toBe(e.endLine);
    if (e.endColumn !== undefined) expect(p.endColumn, "endColumn").toBe(e.endColumn);
    if (e.message !== undefined) expect(p.message).toContain(e.message);
    expect(p.message).not.toMatch(/\{\{/);
  });
  checkFixKinds(rule, problems);
  checkOutput(rule, c, problems);
}

/** Throws, before any test runs, on a malformed table: duplicates, bad options, an invalid case expecting nothing. */
export function checkCases(rule: RuleDefinition<any, any>, cases: { valid: (string | Case<any>)[]; invalid: InvalidCase<any, any>[] }): void {
  const seen = new Set<string>();
  for (const v of [...cases.valid, ...cases.invalid]) {
    const c = typeof v === "string" ? { code: v } : v;
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${rule.id}: duplicate test case '${label(c)}'`);
    seen.add(key);
    checkOptions(rule, c);
  }
  for (const c of cases.invalid) {
    if (!Array.isArray(c.errors) || c.errors.length === 0) throw new Error(`${rule.id}: invalid case '${label(c)}' must expect at least one problem`);
  }
}

export function testRule<M extends string, O extends OptionSpecs>(
  rule: RuleDefinition<M, O>,
  cases: { valid: (string | Case<NoInfer<O>>)[]; invalid: InvalidCase<NoInfer<M>, NoInfer<O>>[] },
): void {
  checkCases(rule, cases);
  describe(rule.id, () => {
    for (const v of cases.valid) {
      const c = typeof v === "string" ? { code: v } : v;
      it(`valid: ${label(c)}`, () => checkValid(rule, c));
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => checkInvalid(rule, c));
    }
  });
}
