// Code actions for the problems on the requested lines: each fix, "ignore on this line"
// (a `# dflint-ignore:` pragma above the instruction) and "explain rule".
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import { instructionAt } from "../engine/linter";
import type { Problem } from "../engine/types";
import { buildModel } from "../model/build";
import type { Model } from "../model/types";
import { onLines, rangeOf, toDiagnostic } from "./convert";
import type { LintedDocument } from "./lint-document";

export const EXPLAIN_COMMAND = "dflint.explainRule";

/** Ids that are not rules: nothing to ignore or explain. */
const NOT_RULES = new Set(["fatal", "config-error", "internal-error"]);

// An existing pragma: `# dflint-ignore: a, b -- reason`; group 2 is the id list.
const PRAGMA = /^(#\s*dflint-ignore:\s*)(.*?)(\s+--(?:\s.*)?)?\s*$/;

export interface ActionOptions {
  /** The client takes versioned `documentChanges`. */
  documentChanges: boolean;
  /** Kinds the client asked for (context.only), if any. */
  only?: string[];
}

function workspaceEdit(linted: LintedDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  const { uri, version } = linted.doc;
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

/** Where to put `# dflint-ignore: <id>` for a problem: appended to a pragma above its instruction, or a new line above it. */
export function ignoreEdit(linted: LintedDocument, model: Model, p: Problem): TextEdit | null {
  const ins = instructionAt(model, p.span.start);
  if (!ins) return null;
  const text = model.text;
  for (let i = ins.commentsAbove.length - 1; i >= 0; i--) {
    const c = ins.commentsAbove[i]!;
    const m = PRAGMA.exec(text.slice(c.span.start, c.span.end));
    if (!m) continue;
    const at = c.span.start + m[1]!.length + m[2]!.length;
    const insert = m[2] ? `, ${p.ruleId}` : p.ruleId;
    return { range: rangeOf(linted, { start: at, end: at }), newText: insert };
  }
  const lineStart = model.lines.lineStart(ins.line);
  const lineText = model.lines.lineText(ins.line);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = text.charCodeAt(lineStart + lineText.length) === 13 ? "\r\n" : "\n";
  return { range: rangeOf(linted, { start: lineStart, end: lineStart }), newText: `${indent}# dflint-ignore: ${p.ruleId}${eol}` };
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + "."));
}

export function codeActions(linted: LintedDocument, range: Range, options: ActionOptions): CodeAction[] {
  const problems = linted.problems.filter((p) => !NOT_RULES.has(p.ruleId) && onLines(linted, p, range));
  const out: CodeAction[] = [];
  if (!problems.length || !wanted(CodeActionKind.QuickFix, options.only)) return out;
  let model: Model | null = null;
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const diagnostic = toDiagnostic(linted, p);
    if (p.fix?.length) {
      const edits = p.fix.map((f) => ({ range: rangeOf(linted, f.span), newText: f.text }));
      fixes.push({
        title: `Fix: ${p.message} (${p.ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: workspaceEdit(linted, edits, options.documentChanges),
      });
    }
    model ??= buildModel(linted.doc.getText().slice(linted.bom));
    const ignore = ignoreEdit(linted, model, p);
    // One ignore per rule and instruction, one explain per rule, however many problems they have.
    const ignoreKey = `ignore\0${p.ruleId}\0${ignore?.range.start.line}`;
    if (ignore && !seen.has(ignoreKey) && seen.add(ignoreKey)) {
      others.push({
        title: `Ignore ${p.ruleId} on this line (# dflint-ignore)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(linted, [ignore], options.documentChanges),
      });
    }
    if (!p.ruleId.includes("/") && !seen.has(p.ruleId) && seen.add(p.ruleId)) {
      others.push({
        title: `Explain rule ${p.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Explain rule ${p.ruleId}`, command: EXPLAIN_COMMAND, arguments: [p.ruleId] },
      });
    }
  }
  // Fixes first: editors list actions in the order given.
  return [...fixes, ...others];
}
