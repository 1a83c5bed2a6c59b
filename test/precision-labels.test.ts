// Re-checks the hand-labelled corpus findings in test/precision-labels.tsv:
// a false alarm that was fixed must stay fixed, a true finding must stay found
// (same rule, same line), every rule on at its default or strict severity.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings } from "./helpers/rule-tester";

const corpus = path.resolve(__dirname, "..", "..", "shared", "corpus");
const present = fs.existsSync(path.join(corpus, "MANIFEST.tsv"));
if (!present) console.warn(`precision labels skipped: ${corpus} not found`);

const labels = fs
  .readFileSync(path.join(__dirname, "precision-labels.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const [file, line, rule, label, why] = l.split("\t");
    return { file: file!, line: Number(line), rule: rule!, real: label === "true", why: why ?? "" };
  });

const config: ResolvedConfig = { rules: {}, settings: { ...defaultSettings }, inlineIgnores: true, source: "precision-labels" };
for (const r of rules) config.rules[r.id] = { severity: r.severity !== "off" ? r.severity : r.strict && r.strict !== "off" ? r.strict : "warning", options: {} };

describe.skipIf(!present)("precision labels (test/precision-labels.tsv)", () => {
  it("names known rules and well-formed labels", () => {
    for (const l of labels) {
      expect(rules.some((r) => r.id === l.rule), l.rule).toBe(true);
      expect(Number.isInteger(l.line) && l.line > 0, `${l.file}:${l.line}`).toBe(true);
    }
  });
  for (const l of labels) {
    it(`${l.real ? "keeps" : "does not report"} ${l.rule} at ${l.file}:${l.line}`, () => {
      const text = fs.readFileSync(path.join(corpus, l.file), "utf8");
      const found = lintModel(buildModel(text, { path: l.file }), rules, config).some((p) => p.ruleId === l.rule && p.line === l.line);
      expect(found, l.why).toBe(l.real);
    });
  }
});
