// Spans that fixes edit: whole instruction lines, line breaks in the file's own style.
import type { Instruction, Model, Span } from "./types";

/**
 * The lines an instruction occupies, from the start of its first line to just after
 * the line break ending its last line; null when other text shares those lines.
 */
export function instructionLines(model: Model, ins: Instruction): Span | null {
  const text = model.text;
  const start = model.lines.lineStart(ins.line);
  if (!/^[ \t]*$/.test(text.slice(start, ins.start))) return null;
  let end = ins.end;
  while (end < text.length && (text[end] === " " || text[end] === "\t" || text[end] === "\r")) end++;
  if (end < text.length && text[end] !== "\n") return null;
  return { start, end: end < text.length ? end + 1 : end };
}

/** Source text of an instruction's lines with the line break that ends them ("\n" added at end of file). */
export function instructionLinesText(model: Model, span: Span): string {
  const t = model.text.slice(span.start, span.end).replace(/\r\n/g, "\n");
  return t.endsWith("\n") ? t : t + "\n";
}
