// Lexical helpers that turn an instruction's source into logical text, words,
// flags, JSON (exec form) arrays and heredoc bodies, keeping source offsets.
import { codeAt } from "./char-code";
import { FlagRecord } from "./flag";
import { HeredocRecord } from "./heredoc";
import { JsonArray } from "./json-array";
import { PlainWord } from "./plain-word";
import { intern, internSlice, isLargeBuild } from "./intern";
import { contiguousText, logicalText, PositionMap, PositionMapBuilder } from "./position-map";
import type { Flag, Heredoc, LineIndex, LogicalText, Span, Word } from "./types";

export function isBlank(s: string): boolean {
  return /^[ \t\r]*$/.test(s);
}

export interface Header {
  text: LogicalText;
  /** Offset just after the last header line (before its line break). */
  end: number;
  /** Offset where the next physical line after the header starts. */
  nextLineStart: number;
  /** Where the first empty line after a continuation starts and ends (BuildKit NoEmptyContinuation),
   * -1 for both when there is none: numbers, not a span, so that no object is made in the rare
   * branch (see readHeader). */
  emptyStart: number;
  emptyEnd: number;
}

/**
 * Reads the instruction header from `from` (just after the keyword) through
 * line continuations, dropping comment lines and empty lines inside them,
 * stopping at `limit`.
 */
export function readHeader(src: string, from: number, limit: number, escape: string): Header {
  // The lines' pieces, joined once at the end into one flat string (`+=` per line left a chain
  // of string pieces per instruction in the model). Made only for an instruction of several
  // lines: most have one, and the lists, the builder and a closure per instruction were about
  // 45 MB of garbage for a 10 MB file.
  let pieces: string[] | null = null;
  let map: PositionMapBuilder | null = null;
  let pos = from;
  // The first empty line. (Set in its branch by moves alone, tested as a boolean: what needs type
  // feedback there, an object literal, a compare or an addition, had none when the first such
  // line came after V8 optimized this, and deoptimized it. So the end test and the next line's
  // start are worked out for every line, above the branches.)
  let emptyStart = -1;
  let emptyEnd = -1;
  let noEmptyLine = true;
  // Where the content of the last line that had any ends (what the header ends at when its last
  // lines are comments or blank), and whether there was one.
  let lastContentEnd = 0;
  let anyContent = false;
  let first = true;
  // (Character codes: this reads the end of every instruction line.)
  const esc = escape.charCodeAt(0);
  for (;;) {
    let eol = src.indexOf("\n", pos);
    if (eol === -1 || eol > limit) eol = limit;
    let lineEnd = eol;
    // (A subtraction made for every line, not a decrement of its own for a CRLF line: the first
    // CRLF file after V8 optimized this met no type feedback there, and deoptimized it.)
    lineEnd -= lineEnd > pos && src.charCodeAt(lineEnd - 1) === 13 ? 1 : 0;
    const last = eol >= limit;
    const nextPos = eol + 1;
    // Whether the line is a comment (`#` after spaces and tabs), blank (spaces, tabs and CRs only) or
    // text, read in place (a copy of each continued line and two regular expressions on it were
    // most of the cost of reading a multi-line header), here, not by a call per line. (Do-while
    // loops, their steps run on every line: the first line that needed a step of its own after V8
    // optimized this would find no type feedback there.) The keyword's own line is text.
    let kind = LINE_TEXT;
    if (!first) {
      let b = pos - 1;
      do b++;
      while (b < lineEnd && isBlankCode(src.charCodeAt(b)));
      let rest = b - 1;
      do rest++;
      while (rest < lineEnd && isBlankOrCr(src.charCodeAt(rest)));
      kind = b < lineEnd && src.charCodeAt(b) === 35 ? LINE_COMMENT : rest >= lineEnd ? LINE_BLANK : LINE_TEXT;
    }
    const blank = kind === LINE_BLANK;
    // Where the header ends, when this is its last line.
    let headerEnd: number;
    if (kind !== LINE_TEXT) {
      // Comment lines inside a continuation are removed by the parser; an empty one is noted.
      if (blank && noEmptyLine) {
        emptyStart = pos;
        emptyEnd = lineEnd;
        noEmptyLine = false;
      }
      if (!last) {
        pos = nextPos;
        continue;
      }
      // The header's last lines were comments or blank (its first line continued): it ends after
      // the last content, and goes on to the same return as the others (a call of its own, first
      // made after V8 optimized this, had no type feedback and deoptimized it).
      headerEnd = anyContent ? lastContentEnd : pos;
    } else {
      // Continuation: escape char followed only by spaces/tabs until end of line. (A do-while from
      // the line's end: its `k--` runs on every line, so a line with trailing blanks finds feedback.)
      let k = lineEnd;
      do k--;
      while (k >= pos && isBlankCode(src.charCodeAt(k)));
      // BuildKit's rule (`([^\\])\\[ \t]*$|^\\[ \t]*$` with the escape token): a
      // trailing escape continues the line unless another escape stands right
      // before it (`C:\\dir\\` ends the instruction).
      const continued = k >= pos && src.charCodeAt(k) === esc && ((k === pos && startsLine(src, pos)) || src.charCodeAt(k - 1) !== esc);
      const contentEnd = continued ? k : lineEnd;
      if (first && (!continued || last)) {
        // One line (most instructions): one run of offsets, without the builder's lists. The text is
        // interned: short argument texts repeat (`USER 1000:1000`, `RUN <<EOF`, a CMD), a copy or a
        // slice each otherwise (2.9 MB of a 10 MB file's model).
        const text = contiguousText(internSlice(src, pos, contentEnd), pos);
        return { text, end: contentEnd, nextLineStart: Math.min(nextPos, src.length), emptyStart, emptyEnd };
      }
      first = false;
      (pieces ??= []).push(src.slice(pos, contentEnd));
      (map ??= new PositionMapBuilder()).pushRange(pos, contentEnd);
      if (contentEnd > pos) {
        lastContentEnd = contentEnd;
        anyContent = true;
      }
      if (continued && !last) {
        pos = nextPos;
        continue;
      }
      headerEnd = contentEnd;
    }
    map!.push(headerEnd);
    return { text: logicalText(joinPieces(pieces!), map!.build(), isLargeBuild() ? src : null), end: headerEnd, nextLineStart: Math.min(nextPos, src.length), emptyStart, emptyEnd };
  }
}

/** A space or a tab. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

const LINE_TEXT = 0;
const LINE_COMMENT = 1;
const LINE_BLANK = 2;

/** A space, a tab or a CR. */
function isBlankOrCr(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** One flat string of `pieces` (a single piece as it is). */
function joinPieces(pieces: readonly string[]): string {
  return pieces.length === 1 ? pieces[0]! : pieces.join("");
}

/** `pos` is the first character of its line (checked in place: `lastIndexOf` back to the line start
 * is a runtime call, about 200 ns for each continued line of the corpus). */
function startsLine(src: string, pos: number): boolean {
  return pos === 0 || src.charCodeAt(pos - 1) === 10;
}

export function sliceLogical(t: LogicalText, from: number, to = t.text.length): LogicalText {
  return logicalText(t.text.slice(from, to), t.map.slice(from, to + 1));
}

export function spanOf(t: LogicalText, from: number, to: number): Span {
  return { start: t.map.at(from)!, end: to > from ? t.map.at(to - 1)! + 1 : t.map.at(from)! };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** Where splitWords gathers a text's words before the exact-size copy it returns (a list pushed to
 * from empty grows to 17 slots at the first word: garbage for every instruction, or spare room
 * kept for the model's life). */
const wordScratch: (Word | undefined)[] = [];

/** Splits logical text into whitespace-separated words, keeping quoted runs together, from index
 * `from`; with `max`, only the first `max` words. */
export function splitWords(t: LogicalText, from: number, escape: string, max = 0x7fffffff): Word[] {
  const s = t.text;
  const esc = escape.charCodeAt(0);
  const words = wordScratch;
  let count = 0;
  let i = from;
  const n = s.length;
  while (i < n && count < max) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let plain = true;
    let quote = 0;
    // (The escape test comes first, for every character: inside quotes the same compare serves, so
    // the first quoted escape after V8 optimized this loop finds feedback there and needs no deopt.)
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      // Every character this loop acts on but the escape is at most `'` (39): white space, and
      // the quotes. The others (most) go on after two compares, not the chain's seven.
      if (c > 39 && c !== esc) continue;
      if (c === esc) {
        // An escape takes the next character with it, except inside single quotes.
        if (quote !== 39) {
          plain = false;
          i++;
        }
      } else if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (isWs(c)) break;
      else if (c === 34 || c === 39) {
        quote = c;
        plain = false;
      }
    }
    if (i > n) i = n;
    const raw = internSlice(s, start, i);
    const value = plain ? raw : intern(unquote(raw, escape));
    const from = t.map.at(start)!;
    const to = i > start ? t.map.at(i - 1)! + 1 : from;
    // (A plain word whose source is its text keeps two fields: plain-word.ts.)
    const word: Word = plain && to - from === raw.length ? new PlainWord(from, raw) : { start: from, end: to, raw, value };
    if (count < words.length) words[count] = word;
    else words.push(word);
    count++;
  }
  const out = words.slice(0, count) as Word[];
  // Keeps no word of a finished model alive. (A loop: Array.prototype.fill is a call into V8's
  // runtime from optimized code too, 8M instructions on half the corpus.)
  for (let k = 0; k < count; k++) words[k] = undefined;
  return out;
}

/**
 * Removes quotes and resolves escapes of one Dockerfile word. Plain characters are copied in
 * runs (`lit` is where the pending run starts): appending one character at a time builds a
 * chain of string pieces per character once a value passes 12 characters, which the model kept.
 */
function unquote(raw: string, escape: string): string {
  // (Character codes, not one-character strings: `raw[i]` made V8 deoptimize it on the first
  // word that was a slice of a longer text, a different string representation.)
  const esc = escape.charCodeAt(0);
  const n = raw.length;
  let value = "";
  let quote = 0;
  let lit = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c > 39 && c !== esc) continue; // (as in splitWords: only quotes and the escape matter here)
    if (c === esc) {
      // Inside single quotes an escape is literal; elsewhere it takes the next character.
      if (quote !== 39 && i + 1 < n) {
        value += raw.slice(lit, i);
        lit = ++i; // the escaped character starts the next run
      }
    } else if (quote !== 0) {
      if (c === quote) {
        value += raw.slice(lit, i);
        quote = 0;
        lit = i + 1;
      }
    } else if (c === 34 || c === 39) {
      value += raw.slice(lit, i);
      quote = c;
      lit = i + 1;
    }
  }
  return value + raw.slice(lit);
}

const NO_BOOL_FLAGS: ReadonlySet<string> = new Set();
/** The flags of the many instructions without any: one shared, frozen list. */
export const NO_FLAGS = Object.freeze([]) as unknown as Flag[];

/** Takes leading `--flag[=value]` words off a word list. */
export function takeFlags(words: Word[], boolFlags: ReadonlySet<string> = NO_BOOL_FLAGS): { flags: Flag[]; rest: Word[] } {
  // (`words` is splitWords' own exact-size list: the rest is that list when there is no flag.)
  if (!(words[0]?.raw.startsWith("--") ?? false)) return { flags: NO_FLAGS, rest: words };
  const flags: Flag[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!w.raw.startsWith("--") || w.raw.length < 3) break;
    const eq = w.raw.indexOf("=");
    const name = intern((eq === -1 ? w.raw.slice(2) : w.raw.slice(2, eq)).toLowerCase());
    const next = words[i + 1];
    if (eq === -1 && !boolFlags.has(name) && next && !next.raw.startsWith("--") && i + 2 < words.length) {
      // `--chmod 755`: BuildKit rejects a value flag without '='; read the value so that it is not taken as an argument.
      flags.push(new FlagRecord(w.start, next.end, name, next.value, next.start, true));
      i++;
      continue;
    }
    const value = eq === -1 ? null : internSlice(w.value, w.value.indexOf("=") + 1, w.value.length);
    // (One class for both forms: the rare `--chmod 755` form above made a second object shape,
    // and code V8 had optimized for the first met it as a wrong map.)
    flags.push(new FlagRecord(w.start, w.end, name, value, eq === -1 ? w.start + 2 : Math.min(w.start + eq + 1, w.end), false));
  }
  // (Exact-size copies: a pushed-to list keeps spare capacity, 17 slots from the first push, for the model's life.)
  return { flags: flags.slice(), rest: words.slice(i) };
}

const JSON_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };

/** JSON white space: space, tab, CR, LF. */
function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** Parses an exec-form JSON array of strings starting at `from`, or returns null. With `offsets`,
 * also pushes the start and end source offset of each string there (JsonArray's spans). */
export function parseJsonArray(t: LogicalText, from: number, offsets: number[] | null = null): JsonArray | null {
  // Character codes read with codeAt: past the end (a truncated array) reads -1, not a past-end read.
  const s = t.text;
  const n = s.length;
  let i = skipJsonSpace(s, from, n);
  if (codeAt(s, i) !== 91 /* [ */) return null;
  const values: string[] = [];
  i = skipJsonSpace(s, i + 1, n);
  // (An empty array goes on to the one closing-bracket step below, not to one of its own: a
  // branch of its own, first run after V8 optimized this, had no type feedback and deoptimized it.
  // The blanks are skipped by a function, not by a closure made for every call.)
  if (codeAt(s, i) !== 93 /* ] */) {
    for (;;) {
      if (codeAt(s, i) !== 34 /* " */) return null;
      const start = i;
      i++;
      let v = "";
      let lit = i; // start of the pending run of plain characters (copied as one slice)
      while (i < n && s.charCodeAt(i) !== 34) {
        if (s.charCodeAt(i) === 92 /* backslash */) {
          v += s.slice(lit, i);
          if (i + 1 >= n) return null;
          const e = s[i + 1]!;
          if (e === "u") {
            const hex = s.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
            v += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            lit = i;
            continue;
          }
          if (!(e in JSON_ESCAPES)) return null;
          v += JSON_ESCAPES[e];
          i += 2;
          lit = i;
          continue;
        }
        i++;
      }
      if (i >= n) return null;
      // (A value with no escape is a slice of the text, found in the intern table without one.)
      v = v === "" ? internSlice(s, lit, i) : intern(v + s.slice(lit, i));
      i++;
      values.push(v);
      // (spanOf's offsets, without the object)
      if (offsets) offsets.push(t.map.at(start)!, i > start ? t.map.at(i - 1)! + 1 : t.map.at(start)!);
      i = skipJsonSpace(s, i, n);
      const c = codeAt(s, i);
      if (c === 93 /* ] */) break;
      if (c !== 44 /* , */) return null;
      i = skipJsonSpace(s, i + 1, n);
    }
  }
  // At the closing bracket: only blanks may follow it.
  i = skipJsonSpace(s, i + 1, n);
  return i === n ? new JsonArray(values.slice(), t, from) : null;
}

/** The first offset at or after `i` that is not JSON white space (`n` when there is none). */
function skipJsonSpace(s: string, i: number, n: number): number {
  while (i < n && isJsonSpace(s.charCodeAt(i))) i++;
  return i;
}

const HEREDOC_MARKER = /(^|[^<])<<(-?)(["']?)([A-Za-z0-9_.\-]+)\3/g;

export interface HeredocMarker {
  name: string;
  stripTabs: boolean;
  quoted: boolean;
  /** Logical-text index range of the marker. */
  from: number;
  to: number;
}

/** The markers of the many RUN, COPY and ADD lines without `<<`: one shared, frozen list. */
const NO_MARKERS = Object.freeze([]) as unknown as HeredocMarker[];

export function findHeredocMarkers(t: LogicalText): HeredocMarker[] {
  // (Every marker has `<<`: most lines are passed over without running the expression.)
  if (t.text.indexOf("<<") === -1) return NO_MARKERS;
  const out: HeredocMarker[] = [];
  HEREDOC_MARKER.lastIndex = 0;
  // Ignore markers inside single quotes (e.g. `echo '<<EOF'`).
  let m: RegExpExecArray | null;
  while ((m = HEREDOC_MARKER.exec(t.text))) {
    const from = m.index + m[1]!.length;
    if (t.text[from + 2 + m[2]!.length + m[3]!.length + m[4]!.length + m[3]!.length] === "<") continue;
    if (insideSingleQuotes(t.text, from)) continue;
    out.push({ name: intern(m[4]!), stripTabs: m[2] === "-", quoted: m[3] !== "", from, to: m.index + m[0].length });
  }
  // (Frozen, as the shared empty list: every list then has one map, and code V8 optimized on the
  // empty ones is not deoptimized by the first heredoc.)
  return out.length ? Object.freeze(out) as HeredocMarker[] : NO_MARKERS;
}

function insideSingleQuotes(s: string, pos: number): boolean {
  let inSingle = false;
  let inDouble = false;
  for (let i = 0; i < pos; i++) {
    const c = s[i];
    if (c === "\\" && !inSingle) i++;
    else if (c === "'" && !inDouble) inSingle = !inSingle;
    else if (c === '"' && !inSingle) inDouble = !inDouble;
  }
  return inSingle || inDouble;
}

/**
 * Reads heredoc bodies that follow the header, one after another, each ended
 * by a line equal to its name. Returns the bodies and the offset after them.
 */
export function readHeredocBodies(
  src: string,
  start: number,
  limit: number,
  markers: HeredocMarker[],
  t: LogicalText,
  lines: LineIndex,
): { heredocs: Heredoc[]; end: number; unterminated: HeredocMarker | null } {
  const heredocs: Heredoc[] = [];
  let pos = start;
  for (const mk of markers) {
    const bodyStart = pos;
    const pieces: string[] = [];
    const map = new PositionMapBuilder();
    let terminated = false;
    let lastEnd = pos;
    while (pos < limit) {
      let eol = src.indexOf("\n", pos);
      if (eol === -1 || eol > limit) eol = limit;
      let lineEnd = eol;
      if (lineEnd > pos && src[lineEnd - 1] === "\r") lineEnd--;
      let lineFrom = pos;
      if (mk.stripTabs) while (lineFrom < lineEnd && src[lineFrom] === "\t") lineFrom++;
      const line = src.slice(lineFrom, lineEnd);
      if (line === mk.name) {
        terminated = true;
        pos = Math.min(eol + 1, src.length);
        lastEnd = lineEnd;
        break;
      }
      if (map.length) {
        pieces.push("\n");
        map.push(pos - 1);
      }
      pieces.push(src.slice(lineFrom, lineEnd));
      map.pushRange(lineFrom, lineEnd);
      lastEnd = lineEnd;
      pos = eol + 1;
      if (eol >= limit) break;
    }
    map.push(Math.min(lastEnd, src.length));
    const bodyMap = map.build();
    const bodyEndOffset = bodyMap.length > 1 ? bodyMap.at(bodyMap.length - 2)! + 1 : bodyStart;
    // A plain body (HeredocRecord): its characters are the source's from its start (offsets only
    // grow, so the first and the last in place means all are), and its map is made when asked.
    const n = bodyMap.length - 1;
    const plain = n === 0 || (bodyMap.at(0) === bodyStart && bodyMap.at(n - 1) === bodyStart + n - 1);
    const h = new HeredocRecord(
      mk.name,
      mk.stripTabs,
      mk.quoted,
      spanOf(t, mk.from, mk.to),
      plain ? src.slice(bodyStart, bodyStart + n) : joinPieces(pieces),
      { start: bodyStart, end: bodyEndOffset },
      lines.lineOf(bodyStart),
    );
    heredocs.push(h);
    if (!plain || bodyMap.at(n) !== h.plainBodyEnd()) bodyMaps.set(h, bodyMap);
    if (!terminated) return { heredocs: heredocs.slice(), end: Math.min(pos, limit), unterminated: mk };
  }
  return { heredocs: heredocs.slice(), end: pos, unterminated: null };
}

/** The maps of the bodies that are not plain (HeredocRecord). */
const bodyMaps = new WeakMap<Heredoc, PositionMap>();

/** The body of a heredoc as logical text mapped to source offsets. */
export function heredocLogical(h: Heredoc): LogicalText {
  const map = bodyMaps.get(h) ?? (h instanceof HeredocRecord ? h.plainBodyMap() : PositionMap.contiguous(h.bodySpan.start, h.body.length + 1));
  return logicalText(h.body, map);
}
