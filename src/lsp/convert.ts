// Problems and offset spans as LSP diagnostics and ranges (UTF-16 positions, as JS strings index).
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver";
import type { ActiveSeverity, Problem } from "../engine/types";
import type { Span } from "../model/types";
import { rules } from "../../rules/index";
import { docsUrl, VERSION } from "../cli/meta";
import type { FormatContext } from "../format/types";
import { ruleInfo, type RuleInfo } from "../format/util";
import type { LintedDocument } from "./lint-document";

const SEVERITY: Record<ActiveSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const context: FormatContext = { rules: new Map(rules.map((r) => [r.id, r])), color: false, cwd: "/", version: VERSION, docsUrl };

/** Description, docs URL and definition of a rule id (also of relayed ShellCheck codes). */
export function infoOf(ruleId: string): RuleInfo {
  return ruleInfo(ruleId, context);
}

export function rangeOf(linted: LintedDocument, span: Span): Range {
  return { start: linted.doc.positionAt(span.start + linted.bom), end: linted.doc.positionAt(Math.max(span.end, span.start) + linted.bom) };
}

/** What a diagnostic carries back to us in code action requests. */
export interface DiagnosticData {
  ruleId: string;
  start: number;
  end: number;
}

export function toDiagnostic(linted: LintedDocument, p: Problem): Diagnostic {
  const data: DiagnosticData = { ruleId: p.ruleId, start: p.span.start, end: p.span.end };
  const d: Diagnostic = { range: rangeOf(linted, p.span), severity: SEVERITY[p.severity], source: "dflint", code: p.ruleId, message: p.message, data };
  const url = infoOf(p.ruleId).url;
  if (url) d.codeDescription = { href: url };
  return d;
}

export function toDiagnostics(linted: LintedDocument): Diagnostic[] {
  return linted.problems.map((p) => toDiagnostic(linted, p));
}

/** Does the problem's range touch the lines of `range` (editors ask for the cursor's line or selection)? */
export function onLines(linted: LintedDocument, p: Problem, range: Range): boolean {
  const r = rangeOf(linted, p.span);
  return r.start.line <= range.end.line && r.end.line >= range.start.line;
}

/** Does the problem's range contain the position (end included, so a zero-width range can be hovered)? */
export function contains(linted: LintedDocument, p: Problem, offset: number): boolean {
  const start = p.span.start + linted.bom;
  const end = Math.max(p.span.end, p.span.start) + linted.bom;
  return offset >= start && offset <= end;
}
