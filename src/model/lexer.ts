// Finds parser directives and where each instruction's keyword is.
//
// dflint used to take instruction boundaries from dockerfile-ast, but measured on
// the 4,244-file corpus its parse cost 1.2 s (60% of the whole run: it recomputes
// every instruction's arguments several times), while this scan costs a few ms.
// test/lexer-parity.test.ts checks on the corpus that both agree on every
// instruction's keyword and line, so dockerfile-ast stays our reference.
import type { Directives } from "./types";
import { trimEndOf } from "./paths";

// The value is trimmed by trimEndOf: `(.*?)[ \t]*$` is quadratic on a long run of blanks.
const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*)$/;

/** Parser directives: only in the leading comment lines, before anything else. */
export function readDirectives(text: string): Directives {
  const d: Directives = { syntax: null, escape: "\\", check: null, spans: {} };
  let pos = 0;
  let seen: Set<string> | null = null;
  while (pos < text.length) {
    // A line that starts with a letter (most files' first: FROM, ARG ...) is no directive: no copy
    // of it, no expression, and no set of names made for it.
    if (isAsciiLetter(text.charCodeAt(pos))) break;
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    let end = eol;
    if (end > pos && text[end - 1] === "\r") end--;
    const line = text.slice(pos, end);
    const m = DIRECTIVE.exec(line.trimStart());
    if (!m) break;
    m[2] = trimEndOf(m[2]!, " \t");
    const name = m[1]!.toLowerCase();
    seen ??= new Set<string>();
    if (seen.has(name)) break; // a repeated directive is an ordinary comment
    seen.add(name);
    const start = pos + line.indexOf("#");
    d.spans[name] = { start, end };
    if (name === "escape") d.escape = m[2] === "`" ? "`" : "\\";
    else if (name === "syntax") d.syntax = m[2]!;
    else if (name === "check") d.check = m[2]!;
    pos = eol + 1;
  }
  return d;
}

/** `[A-Za-z]` (never white space, which trimStart takes off a line, nor `#`). */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export interface KeywordAt {
  start: number;
  end: number;
}

/**
 * Reads the keyword on the line starting at `pos`, or null for a blank or
 * comment line. The keyword ends at white space or at a trailing escape.
 */
export function keywordAt(text: string, pos: number, lineEnd: number, escape: string): KeywordAt | null {
  // (Character codes: this reads the start of every line of the file.)
  // (A do-while, from one before `pos`: its `i++` runs on every line, so the first indented line
  // after V8 optimized this finds type feedback there, and does not deoptimize it.)
  let i = pos - 1;
  do i++;
  while (i < lineEnd && isBlankCode(text.charCodeAt(i)));
  if (i >= lineEnd) return null;
  const first = text.charCodeAt(i);
  if (first === 35 /* # */ || first === 13) return null;
  const start = i;
  const esc = escape.charCodeAt(0);
  while (i < lineEnd) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) break;
    if (c === esc && onlyBlanks(text, i + 1, lineEnd)) break;
    i++;
  }
  return { start, end: i };
}

/** A space or a tab. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/** Only spaces, tabs and CRs in text[from, to) (what `/^[ \t\r]*$/` tested on a copy of it). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
