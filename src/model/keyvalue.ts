import type { Word } from "./types";

export interface KeyValue {
  key: string;
  /** Raw value (quotes kept, for expansion), or null for `ARG NAME` without a default. */
  value: string | null;
  /** Quote-removed value. */
  plain: string | null;
  word: Word;
  /** Legacy `ENV key value` form (whitespace instead of `=`). */
  legacy: boolean;
}

/**
 * Reads `KEY=value` pairs of ENV/LABEL/ARG. ENV and LABEL also accept the
 * legacy `KEY value with spaces` form when the first word has no `=`.
 */
export function parseKeyValues(args: Word[], isArg: boolean): KeyValue[] {
  if (!args.length) return [];
  const first = args[0]!;
  if (!isArg && !first.raw.includes("=")) {
    const rest = args.slice(1);
    const raw = rest.map((w) => w.raw).join(" ");
    const plain = rest.map((w) => w.value).join(" ");
    return [{ key: first.value, value: raw, plain, word: first, legacy: true }];
  }
  return args.map((w) => {
    const eq = w.raw.indexOf("=");
    if (eq === -1) return { key: w.value, value: null, plain: null, word: w, legacy: false };
    const pe = w.value.indexOf("=");
    return { key: w.raw.slice(0, eq).replace(/^["']|["']$/g, ""), value: w.raw.slice(eq + 1), plain: w.value.slice(pe + 1), word: w, legacy: false };
  });
}
