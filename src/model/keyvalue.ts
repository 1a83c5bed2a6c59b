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
  if (!isArg && !first.raw.includes("=")) return [legacyPair(args)];
  // (A loop and a function of its own, not `map` with a closure: rules read the pairs of every
  // ARG, ENV and LABEL, several times each.)
  const out: KeyValue[] = [];
  for (let i = 0; i < args.length; i++) out.push(pairOf(args[i]!, text));
  return out;
}

/**
 * The keys parseKeyValues gives for `source` (`kv.key` of each pair, in order), without the pairs:
 * a rule that judges only keys (most of them fine) reads them without a record and two spans per
 * pair, and parses the pairs only where it reports.
 */
export function pairKeys(source: Word[] | KeyValueSource, isArg: boolean): string[] {
  const args = Array.isArray(source) ? source : source.args;
  if (!args.length) return [];
  const first = args[0]!;
  if (!isArg && !first.raw.includes("=")) return [first.value];
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const eq = w.raw.indexOf("=");
    out.push(eq === -1 ? w.value : keyOf(w.raw, eq));
  }
  return out;
}

/** The one pair of a legacy `ENV key value with spaces`: the first word is the key. */
function legacyPair(args: Word[]): KeyValue {
  const first = args[0]!;
  const raws: string[] = [];
  const plains: string[] = [];
  for (let i = 1; i < args.length; i++) {
    raws.push(args[i]!.raw);
    plains.push(args[i]!.value);
  }
  const valueSpan = args.length > 1 ? { start: args[1]!.start, end: args[args.length - 1]!.end } : { start: first.end, end: first.end };
  return { key: first.value, value: raws.join(" "), plain: plains.join(" "), word: first, legacy: true, keySpan: wordSpan(first), valueSpan };
}

/** The pair of one `KEY=value` word (or of a `KEY` without a value). */
function pairOf(w: Word, text: LogicalText | null): KeyValue {
  const raw = w.raw;
  const eq = raw.indexOf("=");
  if (eq === -1) return { key: w.value, value: null, plain: null, word: w, legacy: false, keySpan: wordSpan(w), valueSpan: null };
  const pe = w.value.indexOf("=");
  // Where the word starts in the logical text: found once for both offsets below.
  const at = text === null ? 0 : indexInLogical(text, w.start);
  return {
    key: keyOf(raw, eq),
    value: raw.slice(eq + 1),
    plain: w.value.slice(pe + 1),
    word: w,
    legacy: false,
    // `=value` with no key still gets a one-character span to point at.
    keySpan: { start: w.start, end: eq > 0 ? offsetInWord(text, at, w, eq) : Math.min(w.end, w.start + 1) },
    valueSpan: { start: offsetInWord(text, at, w, eq + 1), end: w.end },
  };
}

/** The key of a word whose `=` is at `eq`: its raw text before it, without one quote at its start
 * and one at its end (what `/^["']|["']$/g` removed; read by character codes). */
function keyOf(raw: string, eq: number): string {
  let from = 0;
  let to = eq;
  if (to > 0 && isQuote(raw.charCodeAt(0))) from = 1;
  // (A subtraction made for every key, not a decrement that only quoted keys run: the first quoted
  // key after V8 optimized this met no type feedback there, and deoptimized it.)
  to -= to > from && isQuote(raw.charCodeAt(to - 1)) ? 1 : 0;
  return raw.slice(from, to);
}

/** A double or a single quote. */
function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

function wordSpan(w: Word): Span {
  return { start: w.start, end: w.end };
}

/** Source offset of the character `k` of a word's raw text (continuations removed); `at` is where
 * the word starts in `text`. */
function offsetInWord(text: LogicalText | null, at: number, w: Word, k: number): number {
  if (!text) return Math.min(w.start + k, w.end);
  const i = at + k;
  return Math.min(text.map.at(Math.min(i, text.text.length)) ?? w.end, w.end);
}
