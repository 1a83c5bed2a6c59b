// Per-rule hit counts over ../shared/corpus, compared with a committed snapshot,
// so that a change in false-positive volume shows up in review.
// Every rule runs (off-by-default ones too, at their strict severity or
// "warning"), with default options and no build context.
// Update: UPDATE_CORPUS_SNAPSHOT=1 npx vitest run test/corpus-snapshot.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings } from "./helpers/rule-tester";

const root = path.resolve(__dirname, "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const manifest = path.join(corpus, "MANIFEST.tsv");
const snapshotFile = path.join(__dirname, "__snapshots__", "corpus-rule-counts.json");
const present = fs.existsSync(manifest);
if (!present) console.warn(`corpus snapshot test skipped: ${manifest} not found`);

function allRulesConfig(): ResolvedConfig {
  const config: ResolvedConfig = { rules: {}, settings: { ...defaultSettings }, inlineIgnores: true, source: "corpus-snapshot" };
  for (const r of rules) {
    const severity = r.severity !== "off" ? r.severity : r.strict && r.strict !== "off" ? r.strict : "warning";
    config.rules[r.id] = { severity, options: {} };
  }
  return config;
}

describe.skipIf(!present)("corpus rule-count snapshot (../shared/corpus)", () => {
  it("problem counts per rule match test/__snapshots__/corpus-rule-counts.json", () => {
    const files = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]!);
    const config = allRulesConfig();
    const counts: Record<string, number> = {};
    for (const r of rules) counts[r.id] = 0;
    const crashes: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpus, file), "utf8");
      try {
        const model = buildModel(text, { path: file });
        for (const p of lintModel(model, rules, config)) counts[p.ruleId] = (counts[p.ruleId] ?? 0) + 1;
      } catch (err) {
        crashes.push(`${file}: ${(err as Error).message}`);
      }
    }
    expect(crashes).toEqual([]);
    const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
    const update = process.env.UPDATE_CORPUS_SNAPSHOT === "1" || !fs.existsSync(snapshotFile);
    if (update) {
      fs.mkdirSync(path.dirname(snapshotFile), { recursive: true });
      fs.writeFileSync(snapshotFile, JSON.stringify(sorted, null, 2) + "\n");
      console.warn(`wrote ${path.relative(root, snapshotFile)} (${files.length} files)`);
      return;
    }
    const expected = JSON.parse(fs.readFileSync(snapshotFile, "utf8")) as Record<string, number>;
    expect(
      sorted,
      "corpus hit counts changed: review the difference, then run UPDATE_CORPUS_SNAPSHOT=1 npx vitest run test/corpus-snapshot.test.ts",
    ).toEqual(expected);
  }, 300_000);
});
