import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { defaultConfig } from "../src/config/defaults";
import { hasConfigFile } from "../src/config/find";
import { resolveConfig } from "../src/config/load";
import { explainRule } from "../src/cli/explain";

describe("default config without a config file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-defaults-"));
  const file = path.join(dir, "Dockerfile");
  it.each(["recommended", "strict"] as const)("equals resolveConfig for the %s preset", (preset) => {
    expect(hasConfigFile(dir)).toBe(false);
    const a = defaultConfig(rules, preset);
    a.settings.contextDir = dir;
    const b = resolveConfig(file, { rules, preset });
    expect(JSON.parse(JSON.stringify(a.rules))).toEqual(JSON.parse(JSON.stringify(b.rules)));
    expect(a.settings).toEqual(b.settings);
    expect(a.inlineIgnores).toBe(b.inlineIgnores);
    expect(b.failLevel).toBeUndefined();
  });
});

describe("rule options under the hadolint preset", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-hadolint-options-"));
  it("a converted .hadolint.yaml gives each option its `hadolint` value, and user settings still win", () => {
    fs.writeFileSync(path.join(dir, ".hadolint.yaml"), "failure-threshold: warning\n");
    const viaHadolint = resolveConfig(path.join(dir, "Dockerfile"), { rules });
    const recommended = defaultConfig(rules, "recommended");
    let differing = 0;
    for (const rule of rules) {
      for (const [name, spec] of Object.entries(rule.options as Record<string, { default: unknown; hadolint?: unknown }>)) {
        const want = spec.hadolint !== undefined ? spec.hadolint : spec.default;
        expect(viaHadolint.rules[rule.id]!.options[name], `${rule.id}.${name}`).toEqual(want);
        expect(recommended.rules[rule.id]!.options[name], `${rule.id}.${name}`).toEqual(spec.default);
        if (spec.hadolint !== undefined) differing++;
      }
    }
    expect(differing).toBeGreaterThan(0);
    expect(viaHadolint.rules["copy-multi-source-dest"]!.options.checkAdd).toBe(false);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-hadolint-options-"));
    fs.writeFileSync(path.join(other, ".dflint.yaml"), "extends: hadolint\nrules:\n  copy-multi-source-dest: [error, { checkAdd: true }]\n");
    const overridden = resolveConfig(path.join(other, "Dockerfile"), { rules });
    expect(overridden.rules["copy-multi-source-dest"]!.options.checkAdd).toBe(true);
    expect(overridden.rules["stage-name-unique"]!.options.caseSensitive).toBe(true);
  });
});

describe("dflint explain", () => {
  it("names an option's value under the hadolint preset, and only where it has one", () => {
    const text = explainRule("instruction-once-per-stage", rules)!;
    expect(text).toContain('reportAt: ');
    expect(text).toContain('(default: "earlier"; hadolint preset: "later")');
    expect(explainRule("from-image-pinned", rules)).not.toContain("hadolint preset:");
  });
});
