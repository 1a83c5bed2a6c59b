// ESLint-style table tests for one rule: valid code reports nothing, invalid
// code reports exactly the listed problems at the listed positions.
import { expect, it, describe } from "vitest";
import { buildModel } from "../../src/model/build";
import { lintModel } from "../../src/engine/linter";
import type { Problem, ResolvedConfig, RuleDefinition, Settings } from "../../src/engine/types";

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the message must contain. */
  message?: string;
}

export interface Case {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  buildArgs?: Record<string, string>;
  settings?: Partial<Settings>;
  target?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
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

export function configFor(rule: RuleDefinition<any, any>, c: Case): ResolvedConfig {
  const severity = rule.severity === "off" ? "warning" : rule.severity;
  return {
    rules: { [rule.id]: { severity, options: c.options ?? {} } },
    settings: { ...defaultSettings, ...c.settings },
    inlineIgnores: true,
    source: "test",
  };
}

export function runRule(rule: RuleDefinition<any, any>, c: Case): Problem[] {
  const model = buildModel(c.code, { path: "Dockerfile", buildArgs: c.buildArgs, target: c.target });
  return lintModel(model, [rule], configFor(rule, c));
}

function label(c: Case): string {
  return c.name ?? c.code.replace(/\n/g, "⏎").slice(0, 80);
}

export function testRule(rule: RuleDefinition<any, any>, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const v of cases.valid) {
      const c = typeof v === "string" ? { code: v } : v;
      it(`valid: ${label(c)}`, () => {
        const problems = runRule(rule, c);
        expect(problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
        expect(problems.map((p) => `${p.line}:${p.column} ${p.messageId}: ${p.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        const problems = runRule(rule, c);
        expect(problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
        expect(problems.length, problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("\n")).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const p = problems[i]!;
          expect(p.messageId).toBe(e.messageId);
          if (e.line !== undefined) expect(p.line).toBe(e.line);
          if (e.column !== undefined) expect(p.column).toBe(e.column);
          if (e.endLine !== undefined) expect(p.endLine).toBe(e.endLine);
          if (e.endColumn !== undefined) expect(p.endColumn).toBe(e.endColumn);
          if (e.message !== undefined) expect(p.message).toContain(e.message);
          expect(p.message).not.toMatch(/\{\{/);
        });
      });
    }
  });
}
