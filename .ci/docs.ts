// Regenerates the README rule table from the rule definitions: `npm run docs`.
import fs from "node:fs";
import { rules } from "../rules/index";
import { withRuleTable } from "../src/docs/rule-table";

const readme = fs.readFileSync("README.md", "utf8");
const next = withRuleTable(readme, rules);
if (next !== readme) fs.writeFileSync("README.md", next);
console.log(next === readme ? "README rule table already current" : "README rule table updated");
