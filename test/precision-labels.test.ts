// Re-checks the hand-labelled corpus findings in test/precision-labels.tsv:
// a real finding must stay found, a fixed false alarm must stay fixed, and a known
// (open) false alarm is still reported until it is fixed and relabelled (same rule,
// same line), every rule on at its default or strict severity. Also checks that the
// generated precision figures (npm run docs) match the labels.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import {
  CORPUS_COUNTS_FILE,
  measurePrecision,
  parsePrecisionLabels,
  precisionModuleText,
  precisionText,
  PRECISION_MODULE,
  withUnmeasured,
} from "../src/docs/precision-labels";
import { lintModel } from "../src/engine/linter";
import type { Problem, ResolvedConfig } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings } from "./helpers/rule-tester";

const root = path.resolve(__dirname, "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const present = fs.existsSync(path.join(corpus, "MANIFEST.tsv"));
if (!present) console.warn(`precision labels skipped: ${corpus} not found`);

const labels = parsePrecisionLabels(fs.readFileSync(path.join(__dirname, "precision-labels.tsv"), "utf8"));

const config: ResolvedConfig = { rules: {}, settings: { ...defaultSettings }, inlineIgnores: true, source: "precision-labels" };
for (const r of rules) config.rules[r.id] = { severity: r.severity !== "off" ? r.severity : r.strict && r.strict !== "off" ? r.strict : "warning", options: {} };

const problemsByFile = new Map<string, Problem[]>();
function problemsOf(file: string): Problem[] {
  let found = problemsByFile.get(file);
  if (!found) {
    const text = fs.readFileSync(path.join(corpus, file), "utf8");
    found = lintModel(buildModel(text, { path: file }), rules, config);
    problemsByFile.set(file, found);
  }
  return found;
}

describe("precision labels (test/precision-labels.tsv)", () => {
  it("names known rules, and the audit holds 150+ sampled labels", () => {
    for (const l of labels) expect(rules.some((r) => r.id === l.rule), l.rule).toBe(true);
    expect(labels.filter((l) => l.origin.startsWith("sample:")).length).toBeGreaterThanOrEqual(150);
  });
  it("rejects a malformed row with its line number", () => {
    expect(() => parsePrecisionLabels("# c\nfiles/a\t0\trule\ttrue\tissue\twhy\n")).toThrow(/precision-labels.tsv:2:/);
    expect(() => parsePrecisionLabels("files/a\t3\trule\tmaybe\tissue\twhy\n")).toThrow(/:1:/);
  });
  it(`${PRECISION_MODULE} is current (npm run docs)`, () => {
    const counts = JSON.parse(fs.readFileSync(path.join(root, CORPUS_COUNTS_FILE), "utf8")) as Record<string, number>;
    expect(fs.readFileSync(path.join(root, PRECISION_MODULE), "utf8")).toBe(precisionModuleText(withUnmeasured(measurePrecision(labels), counts)));
  });
  it("counts sample rows only: correct, fixed and open per rule", () => {
    const m = measurePrecision(
      parsePrecisionLabels(
        ["a\t1\tr\ttrue\tsample:1\tw", "a\t2\tr\tfalse\tsample:1\tw", "a\t3\tr\topen\tsample:1\tw", "a\t4\tr\ttrue\tissue\tw"].join("\n"),
      ),
    );
    expect(m).toEqual({ r: { sampled: 3, correct: 1, fixed: 1 } });
    expect(precisionText(m.r)).toBe("1 of 3 sampled corpus findings correct (1 false alarm fixed since, 1 known false alarm left)");
    expect(precisionText(withUnmeasured(m, { r: 5, q: 0 }).q)).toMatch(/^not measured/);
  });
});

describe.skipIf(!present)("precision labels re-checked on ../shared/corpus", () => {
  for (const l of labels) {
    const expectFound = l.label !== "false";
    it(`${expectFound ? "reports" : "does not report"} ${l.rule} at ${l.file}:${l.line} (${l.label}, ${l.origin})`, () => {
      const found = problemsOf(l.file).some((p) => p.ruleId === l.rule && p.line === l.line);
      expect(found, l.why).toBe(expectFound);
    });
  }
});
