import type { ExpandResult, Scope } from "./types";

const MAX_WORD_NESTING = 64;
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

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
  // character); a text with nothing to expand or unquote is returned as it is.
  let out = "";
  let lit = 0;
  let i = 0;
  let inDouble = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === esc && i + 1 < n) {
      const next = text[i + 1]!;
      // Inside double quotes only a few characters are escapable.
      if (!inDouble || next === "$" || next === '"' || next === esc) {
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
    if (c === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      if (removeQuotes) {
        out += text.slice(lit, i) + text.slice(i + 1, end);
        lit = Math.min(end + 1, n);
      }
      i = end + 1;
      continue;
    }
    if (c === '"') {
      inDouble = !inDouble;
      if (removeQuotes) {
        out += text.slice(lit, i);
        lit = i + 1;
      }
      i++;
      continue;
    }
    if (c === "$" && i + 1 < n) {
      const r = readVariable(text, i, scope, esc, st);
      if (r) {
        out += text.slice(lit, i) + r.value;
        i = r.end;
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

function readVariable(text: string, i: number, scope: Scope, esc: string, st: State): { value: string; end: number } | null {
  const n = text.length;
  let j = i + 1;
  if (text[j] === "{") {
    j++;
    const nameStart = j;
    while (j < n && NAME_CHAR.test(text[j]!)) j++;
    const name = text.slice(nameStart, j);
    if (!name) return null;
    // Find the matching close brace, honouring nesting.
    let depth = 1;
    let k = j;
    while (k < n && depth > 0) {
      if (text[k] === esc) k++;
      else if (text[k] === "{") depth++;
      else if (text[k] === "}") depth--;
      if (depth > 0) k++;
    }
    const end = Math.min(k + 1, n);
    const modifier = text.slice(j, k);
    const v = lookup(name, scope, st);
    const isSet = v !== null;
    const known = v !== undefined;
    if (modifier === "") return { value: resolved(v, st), end };
    const m = /^(:?[-+?=])|^(##?|%%?|\/\/?)/.exec(modifier);
    if (!m) return { value: resolved(v, st), end };
    const op = m[0];
    const word = modifier.slice(op.length);
    // Deeper than any real Dockerfile: give up (unresolved) instead of recursing into a stack overflow.
    const sub = () => {
      if ((st.depth ?? 0) >= MAX_WORD_NESTING) {
        st.unresolved = true;
        return "";
      }
      st.depth = (st.depth ?? 0) + 1;
      const v = expandInto(word, scope, esc, st, true);
      st.depth--;
      return v;
    };
    switch (op) {
      case ":-":
      case ":=":
        if (!known && isSet) return markUnknown(st, end);
        return { value: isSet && v !== "" ? v! : sub(), end };
      case "-":
      case "=":
        if (!known && isSet) return markUnknown(st, end);
        return { value: isSet ? v! : sub(), end };
      case ":+":
        if (!known && isSet) return markUnknown(st, end);
        return { value: isSet && v !== "" ? sub() : "", end };
      case "+":
        if (!known && isSet) return markUnknown(st, end);
        return { value: isSet ? sub() : "", end };
      case ":?":
      case "?":
        return { value: resolved(v, st), end };
      default:
        // Pattern operations: value depends on the pattern; keep it simple and
        // treat as unresolved unless the variable is known and the pattern literal.
        if (!known || !isSet) return markUnknown(st, end);
        return { value: applyPattern(v!, op, sub()), end };
    }
  }
  if (j < n && NAME_START.test(text[j]!)) {
    const nameStart = j;
    while (j < n && NAME_CHAR.test(text[j]!)) j++;
    const name = text.slice(nameStart, j);
    return { value: resolved(lookup(name, scope, st), st), end: j };
  }
  return null;
}

function resolved(v: string | undefined | null, st: State): string {
  if (v === null || v === undefined) {
    st.unresolved = true;
    return "";
  }
  return v;
}

function markUnknown(st: State, end: number): { value: string; end: number } {
  st.unresolved = true;
  return { value: "", end };
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
