// Regenerates what is generated from the rule definitions: `npm run docs`.
//   rules/README.md                  the rule reference (what `dflint explain` prints, per rule)
//   rules/dflint.schema.json         the config JSON Schema editors use through `$schema`
//   src/docs/precision.generated.ts  each rule's measured precision from test/precision-labels.tsv
import fs from "node:fs";
import { CORPUS_COUNTS_FILE, LABELS_FILE, PRECISION_MODULE, measurePrecision, parsePrecisionLabels, precisionModuleText, withUnmeasured } from "../src/docs/precision-labels";
import { SCHEMA_FILE, schemaFileText } from "../src/docs/schema-file";

function update(file: string, next: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (next !== current) fs.writeFileSync(file, next);
  console.log(`${file}: ${next === current ? "already current" : "updated"}`);
}

const measured = measurePrecision(parsePrecisionLabels(fs.readFileSync(LABELS_FILE, "utf8")));
update(PRECISION_MODULE, precisionModuleText(withUnmeasured(measured, JSON.parse(fs.readFileSync(CORPUS_COUNTS_FILE, "utf8")))));
// Loaded after the precision module is current, since the reference prints its figures.
const { rules } = await import("../rules/index");
const { REFERENCE_FILE, ruleReference } = await import("../src/docs/rule-reference");
update(REFERENCE_FILE, ruleReference(rules));
update(SCHEMA_FILE, schemaFileText(rules));
