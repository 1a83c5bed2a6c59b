// Code actions for the problems on the requested lines: each fix, "ignore on this line"
// (a `# dflint-ignore:` pragma above the instruction) and "explain rule".
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import { applyFixes, fixSource, usesCrlf } from "../engine/fix";
import { instructionAt } from "../engine/linter";
import type { Fix, Problem } from "../engine/types";
import { buildModel } from "../model/build";
import type { Model } from "../model/types";
import { onLines, rangeOf, toDiagnostic } from "./convert";
import { CONFIG_ERROR, type LintedDocument } from "./lint-document";

export const EXPLAIN_COMMAND = "dflint.explainRule";
/** "Fix all safe problems" (editors can run it on save: `source.fixAll.dflint`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dflint`;

/** Ids that are not rules: nothing to ignore or explain. */
const NOT_RULES = new Set(["fatal", CONFIG_ERROR, "internal-error"]);

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

/** One edit of whole lines that turns `before` into `after`: the lines between their common prefix and suffix. */
export function linesEdit(linted: LintedDocument, before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let a = 0;
  while (a < max && before.charCodeAt(a) === after.charCodeAt(a)) a++;
  a = before.lastIndexOf("\n", a - 1) + 1;
  let b = 0;
  while (b < max - a && before.charCodeAt(before.length - 1 - b) === after.charCodeAt(after.length - 1 - b)) b++;
  // Back to just after a line break (or the end), so the edit ends at a line boundary too.
  while (b > 0 && before.charCodeAt(before.length - b - 1) !== 10) b--;
  const doc = linted.doc;
  return { range: { start: doc.positionAt(a), end: doc.positionAt(before.length - b) }, newText: after.slice(a, after.length - b) };
}

/** A fix's own edits, in the buffer's line breaks; null when the engine would not apply it (malformed, overlapping). */
function fixEdits(linted: LintedDocument, fix: Fix): TextEdit[] | null {
  const text = linted.doc.getText();
  if (!applyFixes(text, [fix]).applied.length) return null;
  const crlf = usesCrlf(text.slice(linted.bom));
  return fix.edits.map((e) => ({ range: rangeOf(linted, e.span), newText: crlf ? e.text.replace(/\r?\n/g, "\r\n") : e.text }));
}

/** Every safe fix, re-linted until stable, as `--fix` does; null when nothing changes. */
export function fixAllAction(linted: LintedDocument, lint: (text: string) => Problem[], documentChanges: boolean): CodeAction | null {
  const before = linted.doc.getText();
  const { output, fixed } = fixSource(before, lint);
  if (!fixed || output === before) return null;
  const edit = linesEdit(linted, before, output);
  return { title: `Fix all safe dflint problems (${fixed})`, kind: FIX_ALL_KIND, edit: workspaceEdit(linted, [edit], documentChanges) };
}

/** Where to put `# dflint-ignore: <id>` for a problem: appended to a pragma above its instruction, or a new line above it. */
export function ignoreEdit(linted: LintedDocument, model: Model, p: Problem): TextEdit | null {
  const ins = instructionAt(model, p.ignoreAt ?? p.span.start);
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

export function codeActions(linted: LintedDocument, range: Range, options: ActionOptions, lint: (text: string) => Problem[]): CodeAction[] {
  const problems = linted.problems.filter((p) => !NOT_RULES.has(p.ruleId) && onLines(linted, p, range));
  const out = wanted(CodeActionKind.QuickFix, options.only) ? quickFixes(linted, problems, options) : [];
  // Fix-all when asked for by kind (on save), or beside a safe fix on these lines.
  const askedFixAll = options.only ? wanted(FIX_ALL_KIND, options.only) : problems.some((p) => p.fix?.kind === "safe");
  if (askedFixAll && linted.problems.some((p) => p.fix?.kind === "safe")) {
    const all = fixAllAction(linted, lint, options.documentChanges);
    if (all) out.push(all);
  }
  return out;
}

function quickFixes(linted: LintedDocument, problems: Problem[], options: ActionOptions): CodeAction[] {
  let model: Model | null = null;
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const diagnostic = toDiagnostic(linted, p);
    const edits = p.fix ? fixEdits(linted, p.fix) : null;
    if (p.fix && edits) {
      const safe = p.fix.kind === "safe";
      fixes.push({
        title: safe ? `Fix ${p.ruleId}` : `Apply ${p.ruleId} suggestion (changes behaviour)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: safe,
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
