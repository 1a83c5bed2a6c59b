import { indexInLogical } from "./logical";
import type { Instruction, LogicalText, Span, Word } from "./types";

export interface KeyValue {
  key: string;
  /** Raw value (quotes kept, for expansion), or null for `ARG NAME` without a default. */
  value: string | null;
  /** Quote-removed value. */
  plain: string | null;
  word: Word;
  /** Legacy `ENV key value` form (whitespace instead of `=`). */
  legacy: boolean;
  /** Source span of the key as written (quotes kept); never empty. */
  keySpan: Span;
  /**
   * Source span of the value as written: after the `=` to the end of the word (empty for `KEY=`),
   * or in the legacy form from the second word to the last; null for `ARG NAME`.
   */
  valueSpan: Span | null;
}

/** The instruction parts pairs are read from; `argsText` maps positions inside a word that spans a line continuation. */
type KeyValueSource = Pick<Instruction, "args" | "argsText">;

/**
 * Reads `KEY=value` pairs of ENV/LABEL/ARG. ENV and LABEL also accept the
 * legacy `KEY value with spaces` form when the first word has no `=`.
 * Given the instruction (not only its words), key and value spans are exact
 * even when a continuation splits a word.
 */
export function parseKeyValues(source: Word[] | KeyValueSource, isArg: boolean): KeyValue[] {
  const args = Array.isArray(source) ? source : source.args;
  const text = Array.isArray(source) ? null : source.argsText;
  if (!args.length) return [];
  const first = args[0]!;
  if (!isArg && !first.raw.includes("=")) {
    const rest = args.slice(1);
    const raw = rest.map((w) => w.raw).join(" ");
    const plain = rest.map((w) => w.value).join(" ");
    const valueSpan = rest.length ? { start: rest[0]!.start, end: rest[rest.length - 1]!.end } : { start: first.end, end: first.end };
    return [{ key: first.value, value: raw, plain, word: first, legacy: true, keySpan: wordSpan(first), valueSpan }];
  }
  return args.map((w) => {
    const eq = w.raw.indexOf("=");
    if (eq === -1) return { key: w.value, value: null, plain: null, word: w, legacy: false, keySpan: wordSpan(w), valueSpan: null };
    const pe = w.value.indexOf("=");
    const eqAt = offsetInWord(text, w, eq);
    return {
      key: w.raw.slice(0, eq).replace(/^["']|["']$/g, ""),
      value: w.raw.slice(eq + 1),
      plain: w.value.slice(pe + 1),
      word: w,
      legacy: false,
      // `=value` with no key still gets a one-character span to point at.
      keySpan: { start: w.start, end: eq > 0 ? eqAt : Math.min(w.end, w.start + 1) },
      valueSpan: { start: offsetInWord(text, w, eq + 1), end: w.end },
    };
  });
}

function wordSpan(w: Word): Span {
  return { start: w.start, end: w.end };
}

/** Source offset of the character `k` of a word's raw text (continuations removed). */
function offsetInWord(text: LogicalText | null, w: Word, k: number): number {
  if (!text) return Math.min(w.start + k, w.end);
  const i = indexInLogical(text, w.start) + k;
  return Math.min(text.map.at(Math.min(i, text.text.length)) ?? w.end, w.end);
}
