import { isNameChar, isNameStart } from "./name-chars";
import type { ExpandResult, Scope } from "./types";

const MAX_WORD_NESTING = 64;

interface State {
  /** Nesting of `${a:-${b:-...}}` words being expanded (set from the start: a field added later
   * changed the record's shape, and V8 deoptimized the code reading it). */
  depth: number;
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
  const state = newState();
  const value = expandInto(text, scope, escapeChar, state, true);
  // Written out, not spread from the state: a spread copy is several times slower, and this runs
  // for every word of every instruction that has a variable.
  return { value, unresolved: state.unresolved, undefinedNames: state.undefinedNames, names: state.names };
}

/**
 * A new state, for every caller: V8 learns per array literal that its arrays come to hold strings,
 * and the first list of a second literal (referencedNames', seldom called), still one of small
 * integers, met the optimized push in lookup as "not a Smi" and deoptimized it.
 */
function newState(): State {
  // The lists are made apart: array literals inside the object literal made V8 copy it by a walk
  // in the runtime for every call while cold (CreateObjectLiteral), not by the shallow-copy builtin.
  const undefinedNames: string[] = [];
  const names: string[] = [];
  return { depth: 0, unresolved: false, undefinedNames, names };
}

/** Shared by the results of plain texts: never change a result's lists. */
const NO_NAMES = Object.freeze([]) as unknown as string[];

/** No `$`, quote or escape character: the text expands to itself. (Four indexOf searches, not a
 * loop over the character codes: the search builtin reads a few instructions per character, the
 * optimized loop about twenty; half the corpus: 16.5M instructions in the loop.) */
function isPlain(text: string, escapeChar: string): boolean {
  return text.indexOf("$") === -1 && text.indexOf('"') === -1 && text.indexOf("'") === -1 && text.indexOf(escapeChar) === -1;
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
    // (As in isPlain: a character above `'` that is not the escape is kept, after two compares.)
    if (c > 39 && c !== e) {
      i++;
      continue;
    }
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


/** Where the variable readVariable read last ends (its answer is the value alone: no object per
 * variable). */
let variableEnd = 0;

/** `value`, once the variable is known to end at `end` (set after the value is worked out: a
 * default word's own variables set it too). */
function ended(value: string, end: number): string {
  variableEnd = end;
  return value;
}

// The operators of a `${name...}` modifier, as small numbers: the modifier's cases below switch
// on them through a jump table, which needs no type feedback (a chain of string compares had a
// compare of its own per case, and V8 deoptimized the optimized code at the first `:+` or `:?`).
const OP_NONE = 0;
const OP_COLON_DEFAULT = 1; // :-
const OP_COLON_ASSIGN = 2; // :=
const OP_DEFAULT = 3; // -
const OP_ASSIGN = 4; // =
const OP_COLON_ALTERNATE = 5; // :+
const OP_ALTERNATE = 6; // +
const OP_COLON_ERROR = 7; // :?
const OP_ERROR = 8; // ?
const OP_PREFIX = 9; // #
const OP_LONG_PREFIX = 10; // ##
const OP_SUFFIX = 11; // %
const OP_LONG_SUFFIX = 12; // %%
const OP_REPLACE = 13; // /
const OP_REPLACE_ALL = 14; // //
/** The length of each operator, by its number. */
const OP_LENGTH = [0, 2, 2, 1, 1, 2, 1, 2, 1, 1, 2, 1, 2, 1, 2];

/** The operator at the start of a `${name...}` modifier (`:-`, `-`, `#`, `##`, ...), or OP_NONE. */
function modifierOp(modifier: string): number {
  const c = modifier.charCodeAt(0);
  const d = modifier.charCodeAt(1);
  // (`:-`, `:+`, `:?`, `:=`, or one of them without the colon)
  if (c === 58 /* : */) return d === 45 ? OP_COLON_DEFAULT : d === 61 ? OP_COLON_ASSIGN : d === 43 ? OP_COLON_ALTERNATE : d === 63 ? OP_COLON_ERROR : OP_NONE;
  if (c === 45) return OP_DEFAULT;
  if (c === 61) return OP_ASSIGN;
  if (c === 43) return OP_ALTERNATE;
  if (c === 63) return OP_ERROR;
  // (`#`, `##`, `%`, `%%`, `/`, `//`)
  if (c === 35) return d === c ? OP_LONG_PREFIX : OP_PREFIX;
  if (c === 37) return d === c ? OP_LONG_SUFFIX : OP_SUFFIX;
  if (c === 47) return d === c ? OP_REPLACE_ALL : OP_REPLACE;
  return OP_NONE;
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
    const k = closingBrace(text, j, esc.charCodeAt(0));
    const v = lookup(name, scope, st);
    // (The modifier's cases are a function of their own, and one call here sets the end: a rare
    // case as a branch of this function, first run after V8 optimized it, deoptimized it.)
    const value = k <= j ? resolved(v, st) : modified(v, text.slice(j, k), scope, esc, st);
    return ended(value, Math.min(k + 1, n));
  }
  if (j < n && isNameStart(text.charCodeAt(j))) {
    const nameStart = j;
    while (j < n && isNameChar(text.charCodeAt(j))) j++;
    const name = text.slice(nameStart, j);
    return ended(resolved(lookup(name, scope, st), st), j);
  }
  return null;
}

/** The index of the `}` that closes a `${` whose name ends at `j`, nested braces counted and
 * escaped characters skipped; the text's length or one more when there is none. */
function closingBrace(text: string, j: number, e: number): number {
  const n = text.length;
  let depth = 1;
  let k = j;
  while (k < n) {
    const c = text.charCodeAt(k);
    // (Arithmetic on constants, not a branch per case: an escape or a nested `{` inside the braces
    // is rare, and its own `++`, first run after V8 optimized the loop, deoptimized it.)
    depth += c === 123 ? 1 : c === 125 ? -1 : 0;
    if (depth === 0) return k;
    k += c === e ? 2 : 1;
  }
  return k;
}

// What a modifier makes of the variable (modified's cases).
const USE_VALUE = 0;
const USE_WORD = 1;
const USE_EMPTY = 2;
const USE_UNKNOWN = 3;
const USE_RESOLVED = 4;
const USE_PATTERN = 5;

/** The value of `${name<modifier>}` when the name's value is `v` (null: not declared, undefined:
 * declared with a value that cannot be known). */
function modified(v: string | undefined | null, modifier: string, scope: Scope, esc: string, st: State): string {
  const op = modifierOp(modifier);
  const isSet = v !== null;
  const known = v !== undefined;
  const unknown = isSet && !known;
  const nonEmpty = isSet && known && v !== "";
  // (Each case only picks one of a few answers; the calls are below, one of each.)
  let use = USE_RESOLVED;
  switch (op) {
    case OP_COLON_DEFAULT:
    case OP_COLON_ASSIGN:
      use = unknown ? USE_UNKNOWN : nonEmpty ? USE_VALUE : USE_WORD;
      break;
    case OP_DEFAULT:
    case OP_ASSIGN:
      use = unknown ? USE_UNKNOWN : isSet ? USE_VALUE : USE_WORD;
      break;
    case OP_COLON_ALTERNATE:
      use = unknown ? USE_UNKNOWN : nonEmpty ? USE_WORD : USE_EMPTY;
      break;
    case OP_ALTERNATE:
      use = unknown ? USE_UNKNOWN : isSet ? USE_WORD : USE_EMPTY;
      break;
    case OP_PREFIX:
    case OP_LONG_PREFIX:
    case OP_SUFFIX:
    case OP_LONG_SUFFIX:
    case OP_REPLACE:
    case OP_REPLACE_ALL:
      // Pattern operations: value depends on the pattern; keep it simple and
      // treat as unresolved unless the variable is known and the pattern literal.
      use = !known || !isSet ? USE_UNKNOWN : USE_PATTERN;
      break;
    // (OP_NONE, `:?` and `?`: the variable's value, as without a modifier.)
  }
  if (use === USE_WORD || use === USE_PATTERN) {
    const word = sub(modifier.slice(OP_LENGTH[op]!), scope, esc, st);
    return use === USE_WORD ? word : applyPattern(v!, op, word);
  }
  if (use === USE_VALUE) return v!;
  if (use === USE_RESOLVED) return resolved(v, st);
  if (use === USE_UNKNOWN) st.unresolved = true;
  return "";
}

/** The expansion of the word of a `${name op word}` modifier. Deeper than any real Dockerfile:
 * gives up (unresolved) instead of recursing into a stack overflow. */
function sub(word: string, scope: Scope, esc: string, st: State): string {
  if (st.depth >= MAX_WORD_NESTING) {
    st.unresolved = true;
    return "";
  }
  st.depth++;
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


function applyPattern(value: string, op: number, pattern: string): string {
  if (/[*?[]/.test(pattern)) return value; // glob patterns: not worth emulating
  switch (op) {
    case OP_PREFIX:
    case OP_LONG_PREFIX:
      return value.startsWith(pattern) ? value.slice(pattern.length) : value;
    case OP_SUFFIX:
    case OP_LONG_SUFFIX:
      return value.endsWith(pattern) ? value.slice(0, value.length - pattern.length) : value;
    default: {
      const [from, to = ""] = pattern.split("/");
      if (!from) return value;
      return op === OP_REPLACE_ALL ? value.split(from).join(to) : value.replace(from, to);
    }
  }
}

/** Names of variables referenced in `text` (outside single quotes, not escaped). */
export function referencedNames(text: string, escapeChar = "\\"): string[] {
  const st = newState();
  expandInto(text, new Map(), escapeChar, st, true);
  return st.names;
}
