// A problem as the engine makes it from a rule's report, in fewer bytes than the Problem literal
// it replaces: what the problems of one rule's message share in one ProblemKind, the span's
// offsets as two numbers (no object of their own), and the message made when read, from the
// kind's template and the report's data. A formatted message was two cons strings per
// placeholder and the placeholder's text, kept for the whole run; the JSON report then flattened
// each one in the old generation.
//
// `message`, `span` and the kind's fields (and a large file's positions) are getters on the class:
// a structured clone (worker threads) and a JSON text leave them out, so a problem leaves its
// thread as plainProblem's copy.
import type { LineIndex, Span } from "../model/types";
import { formatMessage, formatSole, soleKey, type MessageData } from "./message";
import type { ActiveSeverity, Fix, Problem } from "./types";

/** What the problems of one rule's message share (the engine keeps one per rule and message). */
export class ProblemKind {
  declare readonly ruleId: string;
  declare readonly related: string[];
  declare readonly severity: ActiveSeverity;
  declare readonly messageId: string;
  declare readonly template: string;
  /** The template's one placeholder: a problem keeps that value alone, not the report's data object. */
  declare readonly soleKey: string | null;
  /** The line positions of the one large file whose problems these are (LargeFileProblem), else null. */
  declare readonly lines: ProblemLines | null;

  constructor(ruleId: string, related: string[], severity: ActiveSeverity, messageId: string, template: string, lines: ProblemLines | null = null) {
    this.ruleId = ruleId;
    this.related = related;
    this.severity = severity;
    this.messageId = messageId;
    this.template = template;
    this.soleKey = soleKey(template);
    this.lines = lines;
  }
}

// Fields declared, not defined: a class field is defined (as undefined) before the constructor
// assigns it, a second store of each (the bundle targets Node 20, which has class fields). The
// constructor's assignments give every problem one shape; few get `ignoreAt` or `fix`.
export class ReportedProblem implements Problem {
  declare readonly kind: ProblemKind;
  /** The report's data, or the value of the kind's one placeholder (soleKey). */
  declare readonly data: MessageData | string | number | undefined;
  declare line: number;
  declare column: number;
  declare endLine: number;
  declare endColumn: number;
  /** The span's offsets. */
  declare start: number;
  declare end: number;
  declare ignoreAt?: number;
  declare fix?: Fix;

  constructor(lines: LineIndex, kind: ProblemKind, data: MessageData | undefined, start: number, end: number) {
    const a = lines.position(start);
    const b = lines.position(Math.max(end, start));
    const key = kind.soleKey;
    this.kind = kind;
    this.data = data !== undefined && key !== null && key in data ? data[key] : data;
    this.line = a.line;
    this.column = a.column;
    this.endLine = b.line;
    this.endColumn = b.column;
    this.start = start;
    this.end = end;
  }

  get ruleId(): string {
    return this.kind.ruleId;
  }

  get related(): string[] {
    return this.kind.related;
  }

  get severity(): ActiveSeverity {
    return this.kind.severity;
  }

  get messageId(): string {
    return this.kind.messageId;
  }

  get message(): string {
    return messageOf(this.kind, this.data);
  }

  /** A new object at each read (editors and fixes read it; reports do not). */
  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

/** A problem's message: its kind's template filled from its data (the data object, or the value of
 * the template's one placeholder). */
function messageOf(kind: ProblemKind, data: MessageData | string | number | undefined): string {
  return typeof data === "object" || data === undefined ? formatMessage(kind.template, data) : formatSole(kind.template, data);
}

/** What a LargeFileProblem reads its line and column from (linePositions: not the file's text). */
export type ProblemLines = Pick<LineIndex, "lineOf" | "lineStart">;

/** A LargeFileProblem's packed span: start * SPAN_UNIT + length, under 2^31 (a small integer). */
const SPAN_UNIT = 128;
const START_LIMIT = 2 ** 31 / SPAN_UNIT;

/** A problem of a large file (engine/linter.ts: LARGE_FILE_CHARS), whose line and column are found
 * from its offsets when read, in the line positions its kind keeps (the file's kinds are its own),
 * and its offsets packed in one number: five numbers less than a ReportedProblem (88 -> 48 bytes:
 * 4 MB of a file of 100k one-line RUNs) and no two position objects made for each. Its file's
 * problems are in the order of their start offsets (byStart). (A class of its own, not a subclass:
 * the corpus's problems stay ReportedProblems as they were, made without a base constructor, their
 * positions plain fields that formats read in cold code: as getters they cost its run 0.7 % more.) */
export class LargeFileProblem implements Problem {
  declare readonly kind: ProblemKind;
  /** The report's data, or the value of the kind's one placeholder (soleKey). */
  declare readonly data: MessageData | string | number | undefined;
  /** The span: its start times SPAN_UNIT plus its length when both fit (one small integer: most
   * spans are an instruction's or a word's), else the span itself. */
  private declare readonly packed: number | Span;
  declare ignoreAt?: number;
  declare fix?: Fix;

  /** `kind.lines` is set. */
  constructor(kind: ProblemKind, data: MessageData | undefined, start: number, end: number) {
    const key = kind.soleKey;
    this.kind = kind;
    this.data = data !== undefined && key !== null && key in data ? data[key] : data;
    const length = end - start;
    const fits = Number.isInteger(start) && start >= 0 && start < START_LIMIT && Number.isInteger(length) && length >= 0 && length < SPAN_UNIT;
    this.packed = fits ? start * SPAN_UNIT + length : { start, end };
  }

  get start(): number {
    const p = this.packed;
    return typeof p === "number" ? Math.floor(p / SPAN_UNIT) : p.start;
  }

  get end(): number {
    const p = this.packed;
    return typeof p === "number" ? Math.floor(p / SPAN_UNIT) + (p % SPAN_UNIT) : p.end;
  }

  private get lines(): ProblemLines {
    return this.kind.lines!;
  }

  get line(): number {
    return this.lines.lineOf(this.start);
  }

  get column(): number {
    const lines = this.lines;
    const start = this.start;
    return start - lines.lineStart(lines.lineOf(start)) + 1;
  }

  /** (An end before the start is read as the start.) */
  get endLine(): number {
    return this.lines.lineOf(Math.max(this.end, this.start));
  }

  get endColumn(): number {
    const lines = this.lines;
    const end = Math.max(this.end, this.start);
    return end - lines.lineStart(lines.lineOf(end)) + 1;
  }

  get ruleId(): string {
    return this.kind.ruleId;
  }

  get related(): string[] {
    return this.kind.related;
  }

  get severity(): ActiveSeverity {
    return this.kind.severity;
  }

  get messageId(): string {
    return this.kind.messageId;
  }

  get message(): string {
    return messageOf(this.kind, this.data);
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

/** The problem as a plain object with every field its own (what a structured clone keeps). */
export function plainProblem(p: Problem): Problem {
  const out: Problem = {
    ruleId: p.ruleId,
    related: p.related,
    severity: p.severity,
    message: p.message,
    messageId: p.messageId,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    span: p.span,
  };
  if (p.ignoreAt !== undefined) out.ignoreAt = p.ignoreAt;
  if (p.fix !== undefined) out.fix = p.fix;
  return out;
}
