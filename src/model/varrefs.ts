// Variable references (`$X`, `${X}`, `${X:-default}` ...) with their source
// positions, found the way BuildKit's word processor (shell/lex.go) looks
// variables up: single quotes and an escaped `$` suppress a lookup, every
// `${}` form looks the name up, and names nested in a modifier's word are
// looked up too.
import { codeAt } from "./char-code";
import { indexInLogical } from "./logical";
import { isNameChar, isNameStart } from "./name-chars";
import type { LogicalText, Span } from "./types";

export interface VarRef extends Span {
  name: string;
  /** The reference supplies its own fallback or test: `${X:-d}`, `${X-d}`, `${X:+w}`, `${X+w}`, `${X:?m}`, `${X?m}`, `${X:=d}`. */
  guarded: boolean;
  /** Text after the name inside `${}` (`:-default`, `%/php`, ''), or '' for `$X`. */
  modifier: string;
}

/** The BuildKit substitution operators; any other text after `${NAME` makes the word invalid (a template placeholder such as `${templateOption:imageVariant}`). */
export function validModifier(modifier: string): boolean {
  return modifier === "" || /^(:?[-+?=]|##?|%%?|\/\/?)/.test(modifier);
}

/** What an undeclared variable turns into, for messages: the default it carries, an error, or nothing. */
export function unsetEffect(ref: VarRef): string {
  if (/^:?[-=]/.test(ref.modifier)) return `takes the default written in '\${${ref.name}${ref.modifier}}'`;
  if (/^:?\?/.test(ref.modifier)) return "stops the build with an error";
  return "expands to an empty string";
}

/**
 * References in `text`, with `start`/`end` as indexes into `text`.
 * `quotes: false` reads the text the way BuildKit expands COPY/ADD heredoc
 * bodies (quotes are ordinary characters).
 */
export function findVarRefs(text: string, escape: string, quotes = true): VarRef[] {
  const out: VarRef[] = [];
  if (!text.includes("$")) return out; // most words: no reference, no character-by-character scan
  const esc = escape.charCodeAt(0);
  scan(text, 0, text.length, esc, quotes, out, text.includes("${") ? matchingBraces(text, esc) : null);
  return out;
}

/** matchingBraces' table, grown as needed and used again: scan() reads it before the next call
 * (a new Int32Array per word with `${` was an ArrayBuffer allocated in C++ and swept by the GC). */
let braceTable = new Int32Array(64);

/** For each `{` the index of its matching `}` (-1 when unmatched), escaped characters skipped: one
 * linear pass. The table is shared: valid until the next call. */
function matchingBraces(text: string, esc: number): Int32Array {
  // (A text longer than 64k characters, a big heredoc say, gets a table of its own, not kept.)
  if (text.length > MAX_KEPT_TABLE) return fillBraces(new Int32Array(text.length), text, esc);
  if (braceTable.length < text.length) braceTable = new Int32Array(Math.min(MAX_KEPT_TABLE, Math.max(text.length, 2 * braceTable.length)));
  return fillBraces(braceTable, text, esc);
}

const MAX_KEPT_TABLE = 1 << 16;

function fillBraces(table: Int32Array, text: string, esc: number): Int32Array {
  const close = table.fill(-1, 0, text.length);
  const open: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 123 /* { */) open.push(k);
    else if (ch === 125 /* } */ && open.length) close[open.pop()!] = k;
    // An escape takes the next character with it. (An addition for every character, not an
    // increment of its own: see skipEscaped in scan.)
    k += ch === esc ? 1 : 0;
  }
  return close;
}

/** A `${}` test operator's character: `-`, `+`, `?` or `=`. */
function isTestOp(c: number): boolean {
  return c === 45 || c === 43 || c === 63 || c === 61;
}

/** The length of the operator at the start of a `${NAME...}` modifier (`:-`, `-`, `##`, `%`, `//`,
 * ...), or 0 when it has none (what `/^(:?[-+?=]|##?|%%?|\/\/?)/` matched). */
function operatorLength(modifier: string): number {
  const c = codeAt(modifier, 0);
  const d = codeAt(modifier, 1);
  if (c === 58 /* : */) return isTestOp(d) ? 2 : 0;
  if (isTestOp(c)) return 1;
  if (c === 35 || c === 37 || c === 47) return d === c ? 2 : 1; // `#`, `%`, `/`, or two of them
  return 0;
}

function scan(text: string, from: number, to: number, esc: number, quotes: boolean, out: VarRef[], close: Int32Array | null): void {
  // The words inside `${X:-...}` are scanned before the rest of the outer text, as a recursion
  // would, but with an explicit stack: nesting depth is input-controlled (`${A:-${A:-...`).
  // (Character codes: this reads every character of every word with a `$` that rules ask about.)
  const stack: { i: number; to: number; inDouble: boolean }[] = [{ i: from, to, inDouble: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    let { i, inDouble } = frame;
    const end = frame.to;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === esc && i + 1 < end) {
        i += 2;
        continue;
      }
      if (quotes && c === 39 /* ' */ && !inDouble) {
        const close = text.indexOf("'", i + 1);
        i = close === -1 || close >= end ? end : close + 1;
        continue;
      }
      if (quotes && c === 34 /* " */) {
        inDouble = !inDouble;
        i++;
        continue;
      }
      if (c === 36 /* $ */ && i + 1 < end) {
        const next = text.charCodeAt(i + 1);
        if (next === 123 /* { */) {
          let j = i + 2;
          const nameStart = j;
          while (j < end && isNameChar(text.charCodeAt(j))) j++;
          if (j === nameStart) {
            i++;
            continue;
          }
          const name = text.slice(nameStart, j);
          // The matching `}`, or the end of this text when there is none before it.
          const m = close ? close[i + 1]! : -1;
          const k = m === -1 || m > end ? end : m;
          const refEnd = Math.min(k + 1, end);
          const modifier = text.slice(j, Math.min(k, end));
          const op = operatorLength(modifier);
          // (`:?[-+?=]`: an operator that is not a pattern one)
          const guarded = op > 0 && !isPatternOp(codeAt(modifier, 0));
          out.push({ name, start: i, end: refEnd, guarded, modifier });
          if (op > 0) {
            // Resume the outer text after this reference once the inner words are done.
            stack.push({ i: refEnd, to: end, inDouble });
            stack.push({ i: j + op, to: Math.min(k, end), inDouble: false });
            break;
          }
          i = refEnd;
          continue;
        }
        if (isNameStart(next)) {
          let j = i + 1;
          while (j < end && isNameChar(text.charCodeAt(j))) j++;
          out.push({ name: text.slice(i + 1, j), start: i, end: j, guarded: false, modifier: "" });
          i = j;
          continue;
        }
      }
      i++;
    }
  }
}

/** `#`, `%` or `/`: the first character of a pattern operator. */
function isPatternOp(c: number): boolean {
  return c === 35 || c === 37 || c === 47;
}

/** Whether `s` has a `$` in [from, to). A bounded scan: `indexOf` from `from` would read on to the
 * next `$` of the whole text, for every span asked (quadratic in a file of many spans and few `$`). */
function hasDollar(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 36) return true;
  return false;
}

/** References inside a source span of an instruction, with source offsets. */
export function varRefsInSpan(t: LogicalText, span: Span, escape: string): VarRef[] {
  const i0 = indexInLogical(t, span.start);
  const i1 = Math.max(i0, indexInLogical(t, span.end));
  // Without a `$` in the span there is no reference: skip slicing the text and its offsets.
  if (!hasDollar(t.text, i0, i1)) return [];
  const offsets = t.map.slice(i0, i1 + 1);
  // (findVarRefs' own new records, given source offsets in place: no spread copy of each.)
  const refs = findVarRefs(t.text.slice(i0, i1), escape);
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k]!;
    const end = r.end > 0 ? (offsets.at(r.end - 1) ?? span.end - 1) + 1 : span.start;
    r.start = offsets.at(r.start) ?? span.start;
    r.end = end;
  }
  return refs;
}

/** References in a source text slice whose offsets are contiguous (heredoc bodies, JSON strings). */
export function varRefsInSource(source: string, span: Span, escape: string, quotes = true): VarRef[] {
  if (!hasDollar(source, span.start, span.end)) return [];
  const refs = findVarRefs(source.slice(span.start, span.end), escape, quotes);
  for (let k = 0; k < refs.length; k++) {
    refs[k]!.start += span.start;
    refs[k]!.end += span.start;
  }
  return refs;
}
