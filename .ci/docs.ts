// Regenerates what is generated from the rule definitions: `npm run docs`.
//   rules/README.md           the rule reference (what `dflint explain` prints, per rule)
//   rules/dflint.schema.json  the config JSON Schema editors use through `$schema`
import fs from "node:fs";
import { rules } from "../rules/index";
import { REFERENCE_FILE, ruleReference } from "../src/docs/rule-reference";
import { SCHEMA_FILE, schemaFileText } from "../src/docs/schema-file";

function update(file: string, next: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (next !== current) fs.writeFileSync(file, next);
  console.log(`${file}: ${next === current ? "already current" : "updated"}`);
}

update(REFERENCE_FILE, ruleReference(rules));
update(SCHEMA_FILE, schemaFileText(rules));
