import { suggest } from "../config/schema";
import { precisionText } from "../docs/precision-labels";
import { measuredPrecision } from "../docs/precision.generated";
import { exampleCode, type OptionSpec, type RuleDefinition } from "../engine/types";

/** Plain-text documentation of one rule, generated from its definition. */
export function explainRule(id: string, rules: readonly RuleDefinition<any, any>[]): string | null {
  const rule = rules.find((r) => r.id === id) ?? rules.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  const lines: string[] = [];
  lines.push(`${rule.id}: ${rule.description}`, "");
  lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`);
  const precision = precisionText(measuredPrecision[rule.id]);
  if (precision) lines.push(`Measured precision: ${precision}`);
  if (rule.related.length) lines.push(`Related: ${rule.related.join(", ")}`);
  if (rule.fixable) lines.push(rule.fixable === "suggestion" ? "Fixable: yes, as a suggestion (applied with --fix --fix-suggestions)" : "Fixable: yes (--fix)");
  if (rule.differs) lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
  const opts = Object.entries(rule.options as Record<string, OptionSpec>);
  if (opts.length) {
    lines.push("", "Options:");
    for (const [k, o] of opts) {
      const hadolint = o.hadolint !== undefined ? `; hadolint preset: ${JSON.stringify(o.hadolint)}` : "";
      lines.push(`  ${k}: ${o.description} (default: ${JSON.stringify(o.default)}${hadolint})`);
    }
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

/** The closest rule id (or related code) to a mistyped one. */
export function suggestRule(id: string, rules: readonly RuleDefinition<any, any>[]): string | undefined {
  const byId = suggest(id, rules.map((r) => r.id));
  if (byId) return byId;
  // A word of the id: `copy-manifest-first` -> copy-manifests-first, `pinned` -> the *-pinned rules' first.
  const words = id.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  let best: { id: string; score: number } | undefined;
  for (const r of rules) {
    const score = words.filter((w) => r.id.includes(w) || r.id.includes(w.replace(/s$/, ""))).length;
    if (score > 0 && (!best || score > best.score)) best = { id: r.id, score };
  }
  return best && best.score >= Math.max(1, words.length - 1) ? best.id : undefined;
}

/** Every rule with its default severity, related codes and whether it is fixable. */
export function listRules(rules: readonly RuleDefinition<any, any>[], format: "text" | "json"): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  if (format === "json") {
    const list = sorted.map((r) => ({
      id: r.id,
      description: r.description,
      severity: r.severity,
      strictSeverity: r.strict ?? r.severity,
      related: r.related,
      fixable: Boolean(r.fixable),
    }));
    return JSON.stringify(list, null, 2) + "\n";
  }
  const severity = (r: RuleDefinition<any, any>) => (r.strict && r.strict !== r.severity ? `${r.severity} (strict: ${r.strict})` : r.severity);
  const wId = Math.max(...sorted.map((r) => r.id.length));
  const wSev = Math.max(...sorted.map((r) => severity(r).length));
  const lines = sorted.map((r) => {
    const related = r.related.map((c) => c.slice(c.indexOf(":") + 1)).join(",");
    return `${r.id.padEnd(wId)}  ${severity(r).padEnd(wSev)}  ${r.fixable ? "fix" : "   "}  ${related}`.trimEnd();
  });
  return [`${"rule".padEnd(wId)}  ${"default".padEnd(wSev)}  fix  related`, ...lines, "", "'dflint explain <rule>' describes one rule.", ""].join("\n");
}
