// Hover on a problem: its message and the rule's documentation (the text `dflint explain` prints).
import type { Hover } from "vscode-languageserver";
import { cell } from "../action/summary";
import { rules } from "../../rules/index";
import { explainRule } from "../cli/explain";
import { contains, infoOf, rangeOf } from "./convert";
import type { LintedDocument } from "./lint-document";

export function hoverAt(linted: LintedDocument, offset: number): Hover | null {
  const here = linted.problems.filter((p) => contains(linted, p, offset));
  if (!here.length) return null;
  const parts: string[] = [];
  const explained = new Set<string>();
  for (const p of here) {
    const info = infoOf(p.ruleId);
    // The message quotes the Dockerfile: escaped so it cannot add links, HTML or formatting.
    const head = `**${cell(p.ruleId)}** (${p.severity}): ${cell(p.message)}`;
    parts.push(info.url ? `${head} [docs](${info.url})` : head);
    if (explained.has(p.ruleId)) continue;
    explained.add(p.ruleId);
    const doc = info.rule ? explainRule(info.rule.id, rules) : null;
    parts.push(doc ? "```text\n" + doc.trimEnd() + "\n```" : cell(info.description));
  }
  return { contents: { kind: "markdown", value: parts.join("\n\n") }, range: rangeOf(linted, here[0]!.span) };
}
