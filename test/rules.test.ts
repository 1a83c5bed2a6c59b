// Invariants every built-in rule must keep.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { REFERENCE_FILE, ruleReference } from "../src/docs/rule-reference";
import { runRule } from "./helpers/rule-tester";
import type { Example } from "../src/engine/types";

const root = path.resolve(__dirname, "..");
const ruleFiles = fs.readdirSync(path.join(root, "rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts");

describe("rule registry", () => {
  it("lists every rule file exactly once", () => {
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it("rules/README.md, the rule reference, is current (run `npm run docs`)", () => {
    const reference = fs.readFileSync(path.join(root, REFERENCE_FILE), "utf8");
    expect(reference).toBe(ruleReference(rules));
    for (const r of rules) expect(reference).toContain(`\n## ${r.id}\n`);
  });
});

const ajv = new Ajv({ strict: false });
const hasShellcheck = spawnSync("shellcheck", ["--version"]).status === 0;
if (!hasShellcheck) console.warn("run-shellcheck examples skipped: shellcheck is not installed");

describe.each(rules.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("has a kebab-case id, a description without a trailing period and a test file", () => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(rule.description).not.toMatch(/\.$/);
    expect(fs.existsSync(path.join(root, "test", `${id}.test.ts`))).toBe(true);
  });

  it("has related codes in tool:code form", () => {
    for (const r of rule.related) expect(r).toMatch(/^(hadolint:(DL|SC)\d{4}|buildkit:[A-Z][A-Za-z]+)$/);
  });

  it("option defaults validate against their schemas", () => {
    for (const [name, spec] of Object.entries(rule.options as Record<string, { default: unknown; schema: object; description: string }>)) {
      expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(spec.description.length).toBeGreaterThan(0);
      const validate = ajv.compile(spec.schema);
      expect(validate(spec.default), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  const needsShellcheck = [...rule.examples.valid, ...rule.examples.invalid].some((e) => typeof e !== "string" && e.settings?.shellcheck);
  it.skipIf(needsShellcheck && !hasShellcheck)("examples behave as they claim", () => {
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    const asCase = (e: Example) => {
      if (typeof e === "string") return { code: e };
      if (!e.context) return e;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-example-"));
      for (const [name, text] of Object.entries(e.context)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      return { ...e, settings: { ...e.settings, contextDir: dir } };
    };
    for (const e of rule.examples.valid) expect(runRule(rule, asCase(e)).map((p) => p.message), asCase(e).code).toEqual([]);
    for (const e of rule.examples.invalid) expect(runRule(rule, asCase(e)).length, asCase(e).code).toBeGreaterThan(0);
  });
});
