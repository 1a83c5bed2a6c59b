import type { ExpandResult, Scope } from "./types";

const MAX_WORD_NESTING = 64;

interface State {
  /** Nesting of `${a:-${b:-...}}` words being expanded. */
  depth?: number;
  unresolved: boolean;
  undefinedNames: string[];
  names: string[];
}

/**
 * Expands `$a`, `${a}`, `${a:-b}`, `${a-b}`, `${a:+b}`, `${a+b}`, `${a:?m}`,
 * `${a#p}`, `${a%p}` as BuildKit's word processor does, removing quotes.
 * Single quotes and an escaped `$` suppress expansion. A variable whose value
 * cannot be known makes the result `unresolved`.
 */
export function expandWord(text: string, scope: Scope, escapeChar = "\\"): ExpandResult {
  // Most texts have nothing to expand or unquote: no state and no lists made for them (rules
  // expand the words of most instructions, several times each).
  if (isPlain(text, escapeChar)) return { value: text, unresolved: false, undefinedNames: NO_NAMES, names: NO_NAMES };
  const state: State = { unresolved: false, undefinedNames: [], names: [] };
  const value = expandInto(text, scope, escapeChar, state, true);
  // Written out, not spread from the state: a spread copy is several times slower, and this runs
  // for every word of every instruction that has a variable.
  return { value, unresolved: state.unresolved, undefinedNames: state.undefinedNames, names: state.names };
}

/** Shared by the results of plain texts: never change a result's lists. */
const NO_NAMES = Object.freeze([]) as unknown as string[];

/** No `$`, quote or escape character: the text expands to itself. */
function isPlain(text: string, escapeChar: string): boolean {
  const esc = escapeChar.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 39 || c === 34 || c === esc) return false;
  }
  return true;
}

function expandInto(text: string, scope: Scope, esc: string, st: State, removeQuotes: boolean): string {
  // Characters kept as they are are copied in runs from `lit` (one slice, not a string piece per
  // character); a text with nothing to expand or unquote is returned as it is. (Character codes,
  // not one-character strings: this runs for every word of every instruction with a variable.)
  const e = esc.charCodeAt(0);
  let out = "";
  let lit = 0;
  let i = 0;
  let inDouble = false;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === e && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      // Inside double quotes only a few characters are escapable.
      if (!inDouble || next === 36 || next === 34 || next === e) {
        if (removeQuotes) {
          out += text.slice(lit, i);
          lit = i + 1; // the escaped character starts the next run
        }
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === 39 /* ' */ && !inDouble) {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      if (removeQuotes) {
        out += text.slice(lit, i) + text.slice(i + 1, end);
        lit = Math.min(end + 1, n);
      }
      i = end + 1;
      continue;
    }
    if (c === 34 /* " */) {
      inDouble = !inDouble;
      if (removeQuotes) {
        out += text.slice(lit, i);
        lit = i + 1;
      }
      i++;
      continue;
    }
    if (c === 36 /* $ */ && i + 1 < n) {
      const value = readVariable(text, i, scope, esc, st);
      if (value !== null) {
        out += text.slice(lit, i) + value;
        i = variableEnd;
        lit = i;
        continue;
      }
    }
    i++;
  }
  return lit === 0 ? text : out + text.slice(lit, n);
}

function lookup(name: string, scope: Scope, st: State): string | undefined | null {
  st.names.push(name);
  const b = scope.get(name);
  if (!b) {
    st.undefinedNames.push(name);
    return null;
  }
  return b.value;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}

/** Where the variable readVariable read last ends (its answer is the value alone: no object per
 * variable). */
let variableEnd = 0;

/** `value`, once the variable is known to end at `end` (set after the value is worked out: a
 * default word's own variables set it too). */
function ended(value: string, end: number): string {
  variableEnd = end;
  return value;
}

/** The operator at the start of a `${name...}` modifier (`:-`, `-`, `#`, `##`, ...), or null. */
function modifierOp(modifier: string): string | null {
  const c = modifier.charCodeAt(0);
  const d = modifier.charCodeAt(1);
  // (`:-`, `:+`, `:?`, `:=`, or one of them without the colon)
  if (c === 58 /* : */) return d === 45 || d === 43 || d === 63 || d === 61 ? modifier.slice(0, 2) : null;
  if (c === 45 || c === 43 || c === 63 || c === 61) return modifier.slice(0, 1);
  // (`#`, `##`, `%`, `%%`, `/`, `//`)
  if (c === 35 || c === 37 || c === 47) return modifier.slice(0, d === c ? 2 : 1);
  return null;
}

/** The value of the variable at `text[i]` (a `$`), its end in variableEnd; null when none is there. */
function readVariable(text: string, i: number, scope: Scope, esc: string, st: State): string | null {
  const n = text.length;
  let j = i + 1;
  if (text.charCodeAt(j) === 123 /* { */) {
    j++;
    const nameStart = j;
    while (j < n && isNameChar(text.charCodeAt(j))) j++;
    if (j === nameStart) return null;
    const name = text.slice(nameStart, j);
    // Find the matching close brace, honouring nesting.
    const e = esc.charCodeAt(0);
    let depth = 1;
    let k = j;
    while (k < n && depth > 0) {
      const c = text.charCodeAt(k);
      if (c === e) k++;
      else if (c === 123) depth++;
      else if (c === 125) depth--;
      if (depth > 0) k++;
    }
    const end = Math.min(k + 1, n);
    const v = lookup(name, scope, st);
    if (k <= j) return ended(resolved(v, st), end); // no modifier
    const modifier = text.slice(j, k);
    const isSet = v !== null;
    const known = v !== undefined;
    const op = modifierOp(modifier);
    if (op === null) return ended(resolved(v, st), end);
    const word = modifier.slice(op.length);
    switch (op) {
      case ":-":
      case ":=":
        if (!known && isSet) return markUnknown(st, end);
        return ended(isSet && v !== "" ? v! : sub(word, scope, esc, st), end);
      case "-":
      case "=":
        if (!known && isSet) return markUnknown(st, end);
        return ended(isSet ? v! : sub(word, scope, esc, st), end);
      case ":+":
        if (!known && isSet) return markUnknown(st, end);
        return ended(isSet && v !== "" ? sub(word, scope, esc, st) : "", end);
      case "+":
        if (!known && isSet) return markUnknown(st, end);
        return ended(isSet ? sub(word, scope, esc, st) : "", end);
      case ":?":
      case "?":
        return ended(resolved(v, st), end);
      default:
        // Pattern operations: value depends on the pattern; keep it simple and
        // treat as unresolved unless the variable is known and the pattern literal.
        if (!known || !isSet) return markUnknown(st, end);
        return ended(applyPattern(v!, op, sub(word, scope, esc, st)), end);
    }
  }
  if (j < n && isNameStart(text.charCodeAt(j))) {
    const nameStart = j;
    while (j < n && isNameChar(text.charCodeAt(j))) j++;
    const name = text.slice(nameStart, j);
    return ended(resolved(lookup(name, scope, st), st), j);
  }
  return null;
}

/** The expansion of the word of a `${name op word}` modifier. Deeper than any real Dockerfile:
 * gives up (unresolved) instead of recursing into a stack overflow. */
function sub(word: string, scope: Scope, esc: string, st: State): string {
  if ((st.depth ?? 0) >= MAX_WORD_NESTING) {
    st.unresolved = true;
    return "";
  }
  st.depth = (st.depth ?? 0) + 1;
  const v = expandInto(word, scope, esc, st, true);
  st.depth--;
  return v;
}

function resolved(v: string | undefined | null, st: State): string {
  if (v === null || v === undefined) {
    st.unresolved = true;
    return "";
  }
  return v;
}

function markUnknown(st: State, end: number): string {
  st.unresolved = true;
  return ended("", end);
}

function applyPattern(value: string, op: string, pattern: string): string {
  if (/[*?[]/.test(pattern)) return value; // glob patterns: not worth emulating
  switch (op) {
    case "#":
    case "##":
      return value.startsWith(pattern) ? value.slice(pattern.length) : value;
    case "%":
    case "%%":
      return value.endsWith(pattern) ? value.slice(0, value.length - pattern.length) : value;
    default: {
      const [from, to = ""] = pattern.split("/");
      if (!from) return value;
      return op === "//" ? value.split(from).join(to) : value.replace(from, to);
    }
  }
}

/** Names of variables referenced in `text` (outside single quotes, not escaped). */
export function referencedNames(text: string, escapeChar = "\\"): string[] {
  const st: State = { unresolved: false, undefinedNames: [], names: [] };
  expandInto(text, new Map(), escapeChar, st, true);
  return st.names;
}
