// Whole-file fixtures that carry their expectations: a `# expect: rule-id` comment
// stands directly above each instruction that must be reported. Every rule that is
// on by default runs; anything reported without an expectation is a false alarm.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { defaultConfig } from "../src/config/defaults";
import { lintModel } from "../src/engine/linter";
import { buildModel } from "../src/model/build";

const dir = path.resolve(__dirname, "..", "fixtures", "lint");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".Dockerfile")).sort();

describe.each(files)("fixtures/lint/%s", (name) => {
  it("reports exactly the expected problems", () => {
    const text = fs.readFileSync(path.join(dir, name), "utf8");
    const model = buildModel(text, { path: name });
    const expected: string[] = [];
    for (const ins of model.instructions) {
      for (const c of ins.commentsAbove) {
        const m = /^expect:\s*(.+)$/.exec(c.text);
        if (m) for (const id of m[1]!.split(",")) expected.push(`${ins.line} ${id.trim()}`);
      }
    }
    const config = defaultConfig(rules);
    config.settings.contextDir = null;
    const actual = lintModel(model, rules, config).map((p) => `${model.instructions.find((i) => i.start <= p.span.start && p.span.start <= i.end)?.line ?? p.line} ${p.ruleId}`);
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
  });
});
