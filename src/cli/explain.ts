import { exampleCode, type RuleDefinition } from "../engine/types";

/** Plain-text documentation of one rule, generated from its definition. */
export function explainRule(id: string, rules: readonly RuleDefinition<any, any>[]): string | null {
  const rule = rules.find((r) => r.id === id) ?? rules.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  const lines: string[] = [];
  lines.push(`${rule.id}: ${rule.description}`, "");
  lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`);
  if (rule.related.length) lines.push(`Related: ${rule.related.join(", ")}`);
  if (rule.fixable) lines.push(rule.fixable === "suggestion" ? "Fixable: yes, as a suggestion (applied with --fix --fix-suggestions)" : "Fixable: yes (--fix)");
  if (rule.differs) lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
  const opts = Object.entries(rule.options as Record<string, { description: string; default: unknown }>);
  if (opts.length) {
    lines.push("", "Options:");
    for (const [k, o] of opts) lines.push(`  ${k}: ${o.description} (default: ${JSON.stringify(o.default)})`);
  }
  lines.push("", "Problems it reports:");
  for (const m of Object.values(rule.messages as Record<string, string>)) lines.push(`  - ${m}`);
  const block = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push("", title);
    for (const ex of items) {
      lines.push("  ---");
      for (const l of ex.split("\n")) lines.push(`  ${l}`);
    }
  };
  block("Reported:", rule.examples.invalid.map(exampleCode));
  block("Fine:", rule.examples.valid.map(exampleCode));
  return lines.join("\n") + "\n";
}
