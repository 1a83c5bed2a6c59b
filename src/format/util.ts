// Helpers shared by the formatters: paths, ordering, fatal results, escaping, rule metadata.
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { ActiveSeverity, FileResult, Problem, RuleDefinition, Severity } from "../engine/types";
import type { FormatContext } from "./types";

/** Pseudo rule id under which a FileResult's `fatal` message is reported. */
export const FATAL_RULE_ID = "fatal";

const SPECIAL_PATHS = new Set(["-", "<stdin>", "<text>"]);

/** Path shown in reports: relative to `cwd` when it is inside it, with `/` separators. */
export function displayPath(path: string, cwd: string): string {
  if (SPECIAL_PATHS.has(path)) return path;
  // The CLI's paths are mostly relative to cwd already and in normal form (src/cli/lint-files.ts):
  // `relative(cwd, resolve(cwd, p))` would give p back, at two path walks per file (~2 % of a
  // corpus run in --cpu-prof). A path with a leading `.`, a `/.` or `//` in it, or a trailing `/`,
  // is normalised below as before.
  if (sep === "/" && path !== "" && path[0] !== "/" && path[0] !== "." && !path.endsWith("/") && !path.includes("/.") && !path.includes("//")) return path;
  let p = path;
  if (isAbsolute(p)) {
    const rel = relative(cwd, p);
    // `relative` returns an absolute path only across Windows drives: keep the original then.
    if (rel !== "" && !isAbsolute(rel)) p = rel;
  } else {
    const rel = relative(cwd, resolve(cwd, p));
    if (rel !== "") p = rel;
  }
  if (sep === "\\") p = p.replace(/\\/g, "/");
  return p.replace(/^(\.\/)+/, "");
}

/** Position order: line, column, then rule id (stable for equal keys). */
export function compareProblems(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * The problems in position order, in a sorted copy; a long list in that order already (the engine
 * sorts its lists) is not copied: the copy of the 100k-RUN file's list was 0.8 MB while its report
 * was written. A short one is copied and sorted by the builtin as before: the check, run cold for
 * each file, took more (callgrind, half the corpus: +3.7 M instructions).
 */
export function sortedProblems(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length < 1024) return [...problems].sort(compareProblems);
  for (let i = 1; i < problems.length; i++) if (compareProblems(problems[i - 1]!, problems[i]!) > 0) return [...problems].sort(compareProblems);
  return problems;
}

/** A `fatal` message as a problem at 1:1, so that every format can show it like any other error. */
export function fatalProblem(message: string): Problem {
  return {
    ruleId: FATAL_RULE_ID,
    related: [],
    severity: "error",
    message,
    messageId: "fatal",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    span: { start: 0, end: 0 },
  };
}

/** Problems of a file in position order, the fatal problem (if any) first. (sortedProblems' list
 * itself when there is no fatal problem: its copy, when it made one, is not copied again.) */
export function problemsWithFatal(result: FileResult): readonly Problem[] {
  const list = sortedProblems(result.problems);
  return result.fatal === undefined ? list : [fatalProblem(result.fatal), ...list];
}

export const SEVERITY_ORDER: Record<ActiveSeverity, number> = { error: 0, warning: 1, info: 2 };

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(problems: Iterable<Problem>): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) c[p.severity]++;
  return c;
}

/** Clamp positions to valid 1-based values with the end not before the start. */
export function region(p: Problem): { line: number; column: number; endLine: number; endColumn: number } {
  const line = Math.max(1, Math.trunc(p.line) || 1);
  const column = Math.max(1, Math.trunc(p.column) || 1);
  let endLine = Math.max(line, Math.trunc(p.endLine) || line);
  let endColumn = Math.max(1, Math.trunc(p.endColumn) || column);
  if (endLine === line && endColumn < column) endColumn = column;
  return { line, column, endLine, endColumn };
}

/** One-line, control-free text for terminals and line-oriented formats (the terminal sink). */
export { terminalText as singleLine } from "./escape";

// XML 1.0 forbids these characters even as character references; lone surrogates are invalid too.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escape text for XML element content and (double- or single-quoted) attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(XML_INVALID, "").replace(/[&<>"'\t\n\r]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}

/** What the formatters need to know about a rule id, also for ids that are not in the rules map. */
export interface RuleInfo {
  id: string;
  description: string;
  /** Absolute documentation URL, or undefined when there is none. */
  url: string | undefined;
  rule: RuleDefinition<any, any> | undefined;
  /** The rule's default severity (for ids outside the rules map: a sensible guess). */
  severity: Severity;
}

const SPECIAL_RULES: Record<string, string> = {
  [FATAL_RULE_ID]: "The file could not be read or parsed, so no rule was run on it",
  "internal-error": "A dflint rule crashed on this file; please report it",
  "parse-error": "The Dockerfile could not be parsed",
};

function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

export function ruleInfo(ruleId: string, ctx: FormatContext): RuleInfo {
  const rule = ctx.rules.get(ruleId);
  if (rule) return { id: ruleId, description: rule.description, url: safeDocsUrl(ctx, ruleId), rule, severity: rule.severity };
  const sc = /^shellcheck\/(SC\d+)$/i.exec(ruleId);
  if (sc) {
    const code = sc[1]!.toUpperCase();
    return {
      id: ruleId,
      description: `ShellCheck ${code} in a RUN command`,
      url: `https://www.shellcheck.net/wiki/${code}`,
      rule: undefined,
      severity: "warning",
    };
  }
  const special = SPECIAL_RULES[ruleId];
  if (special) return { id: ruleId, description: special, url: undefined, rule: undefined, severity: "error" };
  return { id: ruleId, description: ruleId, url: undefined, rule: undefined, severity: "warning" };
}

function safeDocsUrl(ctx: FormatContext, ruleId: string): string | undefined {
  try {
    return validUrl(ctx.docsUrl(ruleId));
  } catch {
    return undefined;
  }
}
