// rules/README.md: the per-rule reference, generated from the rule definitions (`npm run docs`).
// It carries what `dflint explain` prints, in Markdown: an index table, then one section per rule
// (the anchor SARIF `helpUri`, the job summary and the README link to).
import { exampleCode, type OptionSpec, type RuleDefinition } from "../engine/types";
import { precisionText } from "./precision-labels";
import { measuredPrecision } from "./precision.generated";

export const REFERENCE_FILE = "rules/README.md";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function fence(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  return "`".repeat(Math.max(3, longest + 1));
}

function severityText(r: RuleDefinition<any, any>): string {
  return r.strict && r.strict !== r.severity ? `${r.severity} (strict: ${r.strict})` : r.severity;
}

function relatedText(r: RuleDefinition<any, any>): string {
  return r.related.map((c) => c.slice(c.indexOf(":") + 1)).join(", ");
}

/** `safe` (applied by --fix), `suggestion` (only with --fix-suggestions) or empty. */
function fixKind(r: RuleDefinition<any, any>): string {
  return r.fixable === "suggestion" ? "suggestion" : r.fixable ? "safe" : "";
}

function section(r: RuleDefinition<any, any>): string[] {
  const out = [`## ${r.id}`, "", `${r.description}.`, ""];
  out.push(`- Default: ${severityText(r)}`);
  const precision = precisionText(measuredPrecision[r.id]);
  if (precision) out.push(`- Measured precision: ${precision}`);
  if (r.related.length) out.push(`- Related: ${r.related.map((c) => `\`${c}\``).join(", ")}`);
  if (r.fixable) out.push(`- Fixable: ${fixKind(r)}`);
  if (r.differs) out.push(`- Differs from hadolint/BuildKit: ${r.differs}`);
  const opts = Object.entries(r.options as Record<string, OptionSpec>);
  if (opts.length) {
    out.push("", "Options:", "");
    for (const [k, o] of opts) {
      const hadolint = o.hadolint !== undefined ? `; \`hadolint\` preset: \`${JSON.stringify(o.hadolint)}\`` : "";
      out.push(`- \`${k}\`: ${o.description} (default: \`${JSON.stringify(o.default)}\`${hadolint})`);
    }
  }
  out.push("", "Messages:", "");
  for (const m of Object.values(r.messages as Record<string, string>)) out.push(`- ${m.replace(/\{\{(\w+)\}\}/g, "*$1*")}`);
  const block = (title: string, items: string[]) => {
    if (!items.length) return;
    out.push("", `${title}:`, "");
    for (const ex of items) out.push(`${fence(ex)}Dockerfile`, ex, fence(ex));
  };
  block("Reported", r.examples.invalid.map(exampleCode));
  block("Fine", r.examples.valid.map(exampleCode));
  out.push("");
  return out;
}

export function ruleReference(rules: readonly RuleDefinition<any, any>[]): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const out = [
    "# dflint rules",
    "",
    "<!-- Generated from the rule definitions by `npm run docs`; do not edit. -->",
    "",
    "Each rule's section is what `dflint explain <rule>` prints. Default is the severity in the",
    "`recommended` preset (and in `strict` where it differs); Related lists the hadolint codes and",
    "BuildKit checks a rule stands for (their pragmas and `--ignore DLxxxx` work through it).",
    "Measured precision is how many of a seeded random sample of the rule's findings on 4,000+ real",
    "Dockerfiles were right when read by hand (`test/precision-labels.tsv`, drawn by `.ci/precision-sample.ts`).",
    "",
    "| Rule | What it checks | Default | Related | Fix |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map((r) => `| [\`${r.id}\`](#${r.id}) | ${cell(r.description)} | ${severityText(r)} | ${relatedText(r)} | ${fixKind(r)} |`),
    "",
  ];
  for (const r of sorted) out.push(...section(r));
  return out.join("\n");
}
