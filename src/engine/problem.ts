// A problem as the engine makes it from a rule's report, in fewer bytes than the Problem literal
// it replaces: the span's offsets kept as two numbers (no object of their own) and the message
// made when read, from the rule's template and the report's data. A formatted message was two
// cons strings per placeholder and the placeholder's text, kept for the whole run; the JSON
// report then flattened each one in the old generation.
//
// Its `message` and `span` are getters on the class: a structured clone (worker threads) and a
// JSON text leave them out, so a problem leaves its thread as plainProblem's copy.
import type { LineIndex, Span } from "../model/types";
import { formatMessage, type MessageData } from "./message";
import type { ActiveSeverity, Fix, Problem } from "./types";

// Fields declared, not defined: a class field is defined (as undefined) before the constructor
// assigns it, a second store of each (the bundle targets Node 20, which has class fields). The
// constructor's assignments give every problem one shape; few get `ignoreAt` or `fix`.
export class ReportedProblem implements Problem {
  declare ruleId: string;
  declare related: string[];
  declare severity: ActiveSeverity;
  declare messageId: string;
  declare line: number;
  declare column: number;
  declare endLine: number;
  declare endColumn: number;
  /** The span's offsets. */
  declare start: number;
  declare end: number;
  /** The rule's message template and the report's data, which `message` fills in. */
  declare readonly template: string;
  declare readonly data: MessageData | undefined;
  declare ignoreAt?: number;
  declare fix?: Fix;

  constructor(
    lines: LineIndex,
    ruleId: string,
    related: string[],
    severity: ActiveSeverity,
    messageId: string,
    template: string,
    data: MessageData | undefined,
    start: number,
    end: number,
  ) {
    const a = lines.position(start);
    const b = lines.position(Math.max(end, start));
    this.ruleId = ruleId;
    this.related = related;
    this.severity = severity;
    this.messageId = messageId;
    this.line = a.line;
    this.column = a.column;
    this.endLine = b.line;
    this.endColumn = b.column;
    this.start = start;
    this.end = end;
    this.template = template;
    this.data = data;
  }

  get message(): string {
    return formatMessage(this.template, this.data);
  }

  /** A new object at each read (editors and fixes read it; reports do not). */
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
