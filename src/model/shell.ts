// A hand-written POSIX shell scanner/parser (plus the common bash forms) for
// RUN scripts. It splits a script into simple commands with exact source
// positions, so rules can point at single words. It does not build a full
// AST: compound commands (`if`, `for`, `while`, `case`, `{ }`, functions) and
// subshells only mark the commands inside them. Command substitutions stay
// inside the word that contains them. Every loop advances through the text,
// so parsing is linear and never throws, whatever the input.
import { codeAt } from "./char-code";
import { intern, internSlice } from "./intern";
import { isNameChar, isNameStart } from "./name-chars";

/** A shell word. Positions index the parsed text; `end` is exclusive. */
export interface RawWord {
  start: number;
  end: number;
  /** Exact source slice. */
  raw: string;
  /** Quotes removed, escapes resolved, expansions kept literally (`"$HOME/x"` -> `$HOME/x`). */
  value: string;
  /** Unquoted or double-quoted `$name`, `${}`, `$()`, `$(())` or backticks. */
  hasExpansion: boolean;
  /** Some part was quoted or backslash-escaped. */
  quoted: boolean;
  /** Whether `raw` holds `$(` or a backtick, once asked (-1 before): see substitutionMark in
   * ./run.ts, which asks it of every word with an expansion twice. */
  substitution: number;
}

export interface RawCommand {
  start: number;
  end: number;
  /** Leading `NAME=value` words. */
  assignments: RawWord[];
  /** argv (redirections and their targets removed). */
  words: RawWord[];
  /** Number of enclosing `( ... )` subshells. */
  subshellDepth: number;
  /** `&&`, `||`, `;`, `|`, `&` or `\n` joining it to the next command; null for the last. */
  next: string | null;
  /** Shared by commands joined with `|`. */
  pipeline: number;
  /** Inside `{ }`, `if`, `for`, `while`/`until`, `case` or a function body. */
  compound: boolean;
}

/** Splits a shell script into simple commands. Never throws. */
export function parseShell(text: string): RawCommand[] {
  const parser = shellParser(text);
  const all: RawCommand[] = [];
  do {
    const batch = parser.read();
    for (let i = 0; i < batch.length; i++) all.push(batch[i]!);
  } while (!parser.done);
  return all;
}

/** A script's parser, read a batch of commands at a time (ShellParser.read). */
export function shellParser(text: string): ShellParser {
  return new Parser(text, 0, { budget: 4 * text.length + 4096, nest: 0 }, false);
}

/**
 * A script's simple commands, read a batch at a time, for a caller that turns each batch into what
 * it keeps before the next is parsed: a long script's parsed commands are never all held at once
 * (the 80,000 of one hostile RUN were about 37 MB of RawCommands, RawWords and their lists, held
 * while the model's commands were made from them). A script of fewer commands is one batch.
 */
export interface ShellParser {
  /** The next commands, in order, at most `batch` of them; none once `done`. */
  read(batch?: number): RawCommand[];
  /** Every command has been read. */
  readonly done: boolean;
}

/** Commands a parser reads at a time (ShellParser.read). */
const BATCH_COMMANDS = 256;
/** A parse's `pause` that never comes (Parser.run). */
const NO_PAUSE = 2 ** 30 - 1;

// Token kinds.
const T_EOF = 0;
const T_WORD = 1;
const T_OP = 2;
const T_REDIR = 3;

// Context kinds.
const K_SUBSHELL = 0;
const K_GROUP = 1;
const K_IF = 2;
const K_LOOP = 3;
const K_FOR = 4;
const K_CASE = 5;
const K_FUNC = 6;

// `for` phases.
const F_NAME = 0;
const F_AFTER_NAME = 1;
const F_LIST = 2;
const F_EXPECT_DO = 3;
const F_BODY = 4;
// `case` phases.
const C_WORD = 0;
const C_IN = 1;
const C_PATTERN = 2;
const C_BODY = 3;
// Function phases.
const FN_NAME = 0;
const FN_EXPECT_BODY = 1;
const FN_BODY = 2;

/** Maximum nesting of `$( )` / `${ }` handled by recursion; deeper ones are skipped flat. */
const MAX_NEST = 48;

/** What a character does in an unquoted word: nothing (most), end it, or start a quote, an escape
 * or an expansion. (One table read passes a plain character: a compare per special character made
 * seven for each.) W_PLAIN is 0, the table's initial value: readWord tests for 0. */
const W_TERM = 1;
const W_SPECIAL = 2;
const WORD_CHAR = new Uint8Array(128);
for (const c of " \t\r\n;&|<>()") WORD_CHAR[c.charCodeAt(0)] = W_TERM;
for (const c of "\\'\"$`") WORD_CHAR[c.charCodeAt(0)] = W_SPECIAL;
/** Characters that may start an operator, a redirection (after an IO number's digits) or, inside
 * `[[ ]]`, an operator word: a token starting with any other is a word. */
const TOKEN_START = new Uint8Array(128);
for (const c of "\n;&|()<>0123456789") TOKEN_START[c.charCodeAt(0)] = 1;
/** Characters that form a special parameter after `$`: digits and `@*#?$!-` (one table read: a
 * chain of compares had one per character, and the first rare one V8's optimized code met, with no
 * type feedback, deoptimized it). */
const SPECIAL_PARAM = new Uint8Array(128);
for (const c of "0123456789@*#?$!-") SPECIAL_PARAM[c.charCodeAt(0)] = 1;
/** What a backslash inside double quotes does to the character after it: keeps it with the
 * backslash, escapes it (`$`, backquote, `"` and backslash), or joins the lines (a newline). (A
 * table, for the reason of SPECIAL_PARAM: a `\\` in quotes deoptimized readDq.) */
const DQ_KEPT = 0;
const DQ_ESCAPED = 1;
const DQ_JOINED = 2;
const DQ_BACKSLASH = new Uint8Array(128);
for (const c of "$`\"\\") DQ_BACKSLASH[c.charCodeAt(0)] = DQ_ESCAPED;
DQ_BACKSLASH[10] = DQ_JOINED;
/** Characters that form operator words inside `[[ ]]`. */
const DBR_OP = new Uint8Array(128);
for (const c of "&|<>()") DBR_OP[c.charCodeAt(0)] = 1;

interface Ctx {
  kind: number;
  phase: number;
}

interface Shared {
  /** Characters the `((`/`$((`/array look-ahead scans may still read (keeps pathological input linear). */
  budget: number;
  /** Current recursion depth of substitution scanning. */
  nest: number;
}


/** `NAME=...` or `NAME+=...` with an unquoted name. */
function isAssignment(raw: string): boolean {
  if (!isNameStart(raw.charCodeAt(0))) return false;
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 61) return true;
    if (c === 43) return raw.charCodeAt(i + 1) === 61;
    if (!isNameChar(c)) return false;
  }
  return false;
}

function skipBacktick(t: string, i: number): number {
  const n = t.length;
  let j = i + 1;
  while (j < n) {
    const c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 96) return j + 1;
    else j++;
  }
  return n;
}

/** Skips a double-quoted string starting at the opening quote (no nesting). */
function skipDq(t: string, i: number): number {
  const n = t.length;
  let j = i + 1;
  while (j < n) {
    const c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) return j + 1;
    else j++;
  }
  return n;
}

function ansiEscape(ch: string): string {
  switch (ch) {
    case "n":
      return "\n";
    case "t":
      return "\t";
    case "r":
      return "\r";
    case "a":
      return "\x07";
    case "b":
      return "\b";
    case "e":
    case "E":
      return "\x1b";
    case "f":
      return "\f";
    case "v":
      return "\v";
    case "\\":
    case "'":
    case '"':
    case "?":
      return ch;
    default:
      return "\\" + ch;
  }
}

class Parser implements ShellParser {
  readonly out: RawCommand[] = [];
  /** For a nested parser: offset just after the closing `)`. */
  endPos: number;
  /** Every command has been read (ShellParser). */
  done = false;

  private readonly t: string;
  private readonly n: number;
  private pos: number;
  private readonly sh: Shared;
  /** Scanning a `$( ... )`: an unmatched `)` ends the parse. */
  private readonly nested: boolean;

  // Current token.
  private tk = T_EOF;
  private op = "";
  private ts = 0;
  private te = 0;
  private word: RawWord | null = null;
  private reuse = false;

  private heredocs: { delim: string; strip: boolean }[] = [];
  /** `heredocs.length`, read for every operator: the list's own length changed its map (kind of
   * elements) at the first here-document, and V8 deoptimized the lexer there. */
  private pendingHeredocs = 0;
  private readonly stack: Ctx[] = [];
  /** Open contexts per kind, so closing a kind that is not open costs nothing. */
  private readonly kindCount = [0, 0, 0, 0, 0, 0, 0];
  private sub = 0;
  private cmp = 0;
  private cur: RawCommand | null = null;
  /** Last emitted command still waiting for its `next` operator. */
  private pend: RawCommand | null = null;
  private pipeJoin = false;
  private pipeNo = -1;
  /** Just closed a compound command: redirections apply to it, not to a new command. */
  private afterClose = false;
  /** Inside `[[ ... ]]`. */
  private dbr = false;
  private dqValue = "";
  private dqExp = false;

  constructor(text: string, pos: number, sh: Shared, nested: boolean) {
    this.t = text;
    this.n = text.length;
    this.pos = pos;
    this.endPos = text.length;
    this.sh = sh;
    this.nested = nested;
  }

  read(batch = BATCH_COMMANDS): RawCommand[] {
    if (this.done) return [];
    const out = this.out;
    // (At least two: the last command read is held back.)
    if (this.run(batch < 2 ? 2 : batch)) {
      this.done = true;
      if (out.length > 0) out[out.length - 1]!.next = null;
      // (The parser's own list, at the end: a script of one batch, as most are, is read without a copy.)
      return out;
    }
    // All but the last command parsed: its `next` is set by an operator still to come, or null
    // when it ends the script.
    return out.splice(0, out.length - 1);
  }

  /** Parses on to the end of the text (a nested parse: to its closing `)`), true then; or false
   * once `out` holds `pause` commands (read), to go on where it stopped when called
   * again. */
  run(pause: number): boolean {
    for (;;) {
      this.next();
      const tk = this.tk;
      if (tk === T_WORD) this.onWord(this.word!);
      else if (tk === T_OP) {
        if (this.onOp(this.op)) {
          this.finish();
          this.endPos = this.te;
          return true;
        }
        // (Commands are added at operators, and at the end.)
        if (this.out.length >= pause) return false;
      } else if (tk === T_REDIR) this.onRedir();
      else {
        this.finish();
        this.endPos = this.n;
        return true;
      }
    }
  }

  // ---------------------------------------------------------------- lexer

  private setOp(kind: number, op: string, end: number): void {
    this.tk = kind;
    this.op = op;
    this.te = end;
    this.pos = end;
  }

  private next(): void {
    if (this.reuse) {
      this.reuse = false;
      return;
    }
    const t = this.t;
    const n = this.n;
    let i = this.pos;
    for (;;) {
      if (i >= n) {
        this.tk = T_EOF;
        this.ts = this.te = this.pos = n;
        return;
      }
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) i++;
      else if (c === 92 || c === 35) {
        // (Rare forms go through one call each, out of this hot function: V8 deoptimizes optimized
        // code at the first run of a branch it never saw run, once per such branch.)
        const j = this.skipEscapedNewlineOrComment(i, c);
        if (j === i) break;
        i = j;
      } else break;
    }
    this.ts = i;
    const c = t.charCodeAt(i);
    if (c >= 128 || TOKEN_START[c] === 0) {
      // A word that starts with no operator character nor digit (most tokens): no look-ahead.
      this.readWordToken(i);
      return;
    }
    const c1 = codeAt(t, i + 1);
    // (Read for every token: the rare `;;&` and `&>>` read it too, without arithmetic of their own,
    // which, first run after V8 optimized this lexer, had no type feedback and deoptimized it.)
    const c2 = codeAt(t, i + 2);
    if (this.dbr && c < 128 && DBR_OP[c] === 1) {
      let j = i + 1;
      while (j < n) {
        const d = t.charCodeAt(j);
        if (d >= 128 || DBR_OP[d] !== 1) break;
        j++;
      }
      const raw = t.slice(i, j);
      this.word = { start: i, end: j, raw, value: raw, hasExpansion: false, quoted: false, substitution: -1 };
      this.tk = T_WORD;
      this.te = this.pos = j;
      return;
    }
    // Control operators set `op` and share one setOp call below (the cases hold no
    // arithmetic: V8 deoptimized this lexer at the first newline of a script after optimizing it, for
    // an `i + 1` of its own there).
    let op = "";
    let kind = T_OP;
    // (The rare forms, `;;&`, `&>` and `&>>`, compare and call nothing of their own: their compares
    // are made for every `;` or `&`, and they pick constants for the one setOp call below.)
    switch (c) {
      case 10:
        op = "\n";
        break;
      case 59: { // ;
        const ampAfterTwo = c2 === 38;
        op = c1 === 59 ? (ampAfterTwo ? ";;&" : ";;") : c1 === 38 ? ";&" : ";";
        break;
      }
      case 38: { // &
        const redirect = c1 === 62;
        const append = c2 === 62;
        if (redirect) {
          kind = T_REDIR;
          op = append ? "&>>" : "&>";
        } else op = c1 === 38 ? "&&" : "&";
        break;
      }
      case 124: // |
        op = c1 === 124 ? "||" : c1 === 38 ? "|&" : "|";
        break;
      case 40:
        op = "(";
        break;
      case 41:
        op = ")";
        break;
      case 60: // <
      case 62: // >
        if (c1 !== 40) {
          this.lexRedir(i);
          return;
        }
        break; // process substitution: a word
      default:
        if (c >= 48 && c <= 57) {
          // IO number: digits directly followed by a redirection operator. (A do-while: its step
          // runs for every number, so a second digit, first met after V8 optimized this lexer, has
          // type feedback and does not deoptimize it.)
          let j = i;
          do j++;
          while (j < n && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57);
          const d = codeAt(t, j);
          if ((d === 60 || d === 62) && codeAt(t, j + 1) !== 40) {
            this.lexRedir(j);
            return;
          }
        }
    }
    if (op !== "") {
      this.setOp(kind, op, i + op.length);
      // (The pending here-documents are tested first, for every operator, for the same reason.)
      if (this.pendingHeredocs > 0 && c === 10) this.skipHeredocs();
      return;
    }
    this.readWordToken(i);
  }

  /** Reads the word at `i` as the current token. */
  private readWordToken(i: number): void {
    this.pos = i;
    this.word = this.readWord();
    this.tk = T_WORD;
    this.te = this.pos;
  }

  /** The offset past a backslash-newline (a continuation) or a comment (up to its newline) at `i`,
   * or `i` when the backslash there starts a word. */
  private skipEscapedNewlineOrComment(i: number, c: number): number {
    const t = this.t;
    if (c === 92) return codeAt(t, i + 1) === 10 ? i + 2 : i;
    const j = t.indexOf("\n", i);
    return j < 0 ? this.n : j;
  }

  /** Lexes the redirection operator at `i` (a `<` or `>`). */
  private lexRedir(i: number): void {
    const t = this.t;
    const c1 = codeAt(t, i + 1);
    if (t.charCodeAt(i) === 60) {
      if (c1 === 60) {
        const c2 = codeAt(t, i + 2);
        if (c2 === 60) this.setOp(T_REDIR, "<<<", i + 3);
        else if (c2 === 45) this.setOp(T_REDIR, "<<-", i + 3);
        else this.setOp(T_REDIR, "<<", i + 2);
      } else if (c1 === 38) this.setOp(T_REDIR, "<&", i + 2);
      else if (c1 === 62) this.setOp(T_REDIR, "<>", i + 2);
      else this.setOp(T_REDIR, "<", i + 1);
    } else {
      if (c1 === 62) this.setOp(T_REDIR, ">>", i + 2);
      else if (c1 === 38) this.setOp(T_REDIR, ">&", i + 2);
      else if (c1 === 124) this.setOp(T_REDIR, ">|", i + 2);
      else this.setOp(T_REDIR, ">", i + 1);
    }
  }

  /** After a newline token: skips the bodies of pending here-documents. */
  private skipHeredocs(): void {
    const t = this.t;
    const n = this.n;
    let pos = this.pos;
    for (const h of this.heredocs) {
      while (pos < n) {
        const eol = t.indexOf("\n", pos);
        const lineEnd = eol < 0 ? n : eol;
        let s = pos;
        if (h.strip) while (s < lineEnd && t.charCodeAt(s) === 9) s++;
        let e = lineEnd;
        if (e > s && t.charCodeAt(e - 1) === 13) e--;
        const matched = e - s === h.delim.length && t.startsWith(h.delim, s);
        pos = eol < 0 ? n : eol + 1;
        if (matched) break;
      }
    }
    this.heredocs = [];
    this.pendingHeredocs = 0;
    this.pos = pos;
  }

  private readWord(): RawWord {
    const t = this.t;
    const n = this.n;
    const start = this.pos;
    let i = start;
    let lit = start;
    let value = "";
    let hasExp = false;
    let quoted = false;
    const c0 = t.charCodeAt(i);
    if ((c0 === 60 || c0 === 62) && t.charCodeAt(i + 1) === 40) {
      i = this.scanSubst(i + 2);
      hasExp = true;
    }
    // The table in a local: a module's constant is a `var` of the bundle's function to V8 (esbuild
    // writes them so), which the optimized loop loaded and checked again for every character.
    const table = WORD_CHAR;
    while (i < n) {
      // A run of plain characters (most of a word), in a loop of its own without calls, with an
      // index of its own (an integer in a register: `i` is also set from calls) and W_PLAIN
      // written as 0 (a local copy of it was checked for a small integer on every character).
      let j = i;
      let c = t.charCodeAt(j);
      while (c >= 128 || table[c] === 0) {
        if (++j >= n) break;
        c = t.charCodeAt(j);
      }
      i = j;
      if (i >= n) break;
      const kind = table[c]!;
      if (kind === W_TERM) {
        // `name=(array)` or an extglob `@(a|b)` keeps its parentheses.
        if (c === 40 && i > start && this.wordParenOk(start, i)) {
          const m = this.matchParen(i, true);
          if (m >= 0) {
            for (let k = i; k < m; k++) {
              const d = t.charCodeAt(k);
              if (d === 36 || d === 96) {
                hasExp = true;
                break;
              }
            }
            i = m + 1;
            continue;
          }
        }
        break;
      }
      if (c === 92) {
        if (i + 1 >= n) {
          i++;
          break;
        }
        value += t.slice(lit, i);
        if (t.charCodeAt(i + 1) !== 10) {
          value += t[i + 1];
          quoted = true;
        }
        i += 2;
        lit = i;
      } else if (c === 39) {
        value += t.slice(lit, i);
        const j = t.indexOf("'", i + 1);
        if (j < 0) {
          value += t.slice(i + 1);
          i = n;
        } else {
          value += t.slice(i + 1, j);
          i = j + 1;
        }
        lit = i;
        quoted = true;
      } else if (c === 34) {
        value += t.slice(lit, i);
        i = this.readDq(i + 1);
        value += this.dqValue;
        if (this.dqExp) hasExp = true;
        lit = i;
        quoted = true;
      } else {
        // `$` or a backquote, the table's last special characters.
        const d = t.charCodeAt(i + 1);
        if (c === 36 && d === 39) {
          // $'...' ANSI-C quoting
          value += t.slice(lit, i);
          let j = i + 2;
          while (j < n) {
            const e = t.charCodeAt(j);
            if (e === 39) break;
            if (e === 92 && j + 1 < n) {
              value += ansiEscape(t[j + 1]!);
              j += 2;
            } else {
              value += t[j];
              j++;
            }
          }
          i = j < n ? j + 1 : n;
          lit = i;
          quoted = true;
        } else if (c === 36 && d === 34) {
          // $"..." locale quoting, treated as "..."
          value += t.slice(lit, i);
          i = this.readDq(i + 2);
          value += this.dqValue;
          if (this.dqExp) hasExp = true;
          lit = i;
          quoted = true;
        } else {
          // A `$` form or a backquote: one call (see scanExpansion). (Both tests made for each:
          // a literal `$`, first met after V8 optimized this, deoptimized a `|| c === 96`.)
          const backquote = c === 96;
          const e = this.scanExpansion(i, c);
          if (e > i + 1 || backquote) hasExp = true;
          i = e;
        }
      }
    }
    if (i > n) i = n;
    const raw = internSlice(t, start, i);
    // Nothing unquoted or unescaped (most words): the value is the raw text, one string for both.
    value = lit === start ? raw : intern(value + t.slice(lit, i));
    this.pos = i;
    return { start, end: i, raw, value, hasExpansion: hasExp, quoted, substitution: -1 };
  }

  /** A `(` at `i` inside a word belongs to it: array assignment or extglob. */
  private wordParenOk(start: number, i: number): boolean {
    const t = this.t;
    const p = t.charCodeAt(i - 1);
    if (p === 63 || p === 42 || p === 43 || p === 64 || p === 33) return true;
    if (p !== 61 || !isNameStart(t.charCodeAt(start))) return false;
    let k = start + 1;
    while (k < i - 1 && isNameChar(t.charCodeAt(k))) k++;
    if (k < i - 1 && t.charCodeAt(k) === 43) k++;
    return k === i - 1;
  }

  /** Reads a double-quoted string from just after the opening quote; sets dqValue/dqExp. */
  private readDq(p: number): number {
    const t = this.t;
    const n = this.n;
    let i = p;
    let lit = p;
    let v = "";
    let exp = false;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        v += t.slice(lit, i);
        this.dqValue = v;
        this.dqExp = exp;
        return i + 1;
      }
      if (c === 92) {
        // An escaped character is kept without its backslash, a line continuation dropped, any
        // other backslash kept. (One test of the table's kind for all three and one append for the
        // first two: a rare form of its own, first met after V8 optimized readDq, deoptimized it.)
        const d = t.charCodeAt(i + 1);
        const kind = d < 128 ? DQ_BACKSLASH[d]! : DQ_KEPT;
        if (kind !== DQ_KEPT) {
          v += t.slice(lit, i) + (kind === DQ_ESCAPED ? t[i + 1]! : "");
          lit = i + 2;
        }
        i += 2;
      } else if (c === 36 || c === 96) {
        const backquote = c === 96;
        const e = this.scanExpansion(i, c);
        if (e > i + 1 || backquote) exp = true;
        i = e;
      } else i++;
    }
    if (lit < n) v += t.slice(lit, n);
    this.dqValue = v;
    this.dqExp = exp;
    return n;
  }

  /** Scans a `$` form (`c` 36) or a backquoted command (`c` 96) at `i`; returns its end (`i + 1`
   * for a literal `$`). (One call for both from the word readers: a backquote, first met after V8
   * optimized readWord or readDq, found a call of their own with no type feedback and deoptimized
   * them; this function is not inlined into them.) */
  private scanExpansion(i: number, c: number): number {
    const t = this.t;
    if (c === 96) return skipBacktick(t, i);
    const n = this.n;
    const d = t.charCodeAt(i + 1);
    if (d === 123) return this.scanBrace(i + 2);
    if (d === 40) {
      if (t.charCodeAt(i + 2) === 40) {
        // $(( arithmetic )) unless it is $( (subshell) ... )
        const m = this.matchParen(i + 2, true);
        if (m >= 0 && t.charCodeAt(m + 1) === 41) return m + 2;
      }
      return this.scanSubst(i + 2);
    }
    if (d === 91) {
      const j = t.indexOf("]", i + 2);
      return j < 0 ? n : j + 1;
    }
    if (isNameStart(d)) {
      let j = i + 2;
      while (j < n && isNameChar(t.charCodeAt(j))) j++;
      return j;
    }
    // (A table, not a compare per character: see SPECIAL_PARAM.)
    return d < 128 && SPECIAL_PARAM[d] === 1 ? i + 2 : i + 1;
  }

  /** Scans `${ ... }` from just after the `{`. */
  private scanBrace(p: number): number {
    const t = this.t;
    const n = this.n;
    const deep = this.sh.nest >= MAX_NEST;
    this.sh.nest++;
    let depth = 1;
    let i = p;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 123) {
        depth++;
        i++;
      } else if (c === 125) {
        if (--depth === 0) {
          this.sh.nest--;
          return i + 1;
        }
        i++;
      } else if (deep) i++;
      else if (c === 39) {
        const j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else if (c === 34) i = this.readDq(i + 1);
      else if (c === 36) i = Math.max(this.scanExpansion(i, 36), i + 1);
      else if (c === 96) i = skipBacktick(t, i);
      else i++;
    }
    this.sh.nest--;
    return n;
  }

  /** Scans a command substitution body from just after its `(`; returns the offset after `)`. */
  private scanSubst(p: number): number {
    if (this.sh.nest >= MAX_NEST) {
      const m = this.matchParen(p - 1, false);
      return m < 0 ? this.n : m + 1;
    }
    this.sh.nest++;
    const sub = new Parser(this.t, p, this.sh, true);
    sub.run(NO_PAUSE);
    this.sh.nest--;
    return sub.endPos;
  }

  /** Offset of the `)` matching the `(` at `p`, or -1 (quotes and escapes skipped). */
  private matchParen(p: number, budgeted: boolean): number {
    const t = this.t;
    const n = this.n;
    if (budgeted && this.sh.budget <= 0) return -1;
    let depth = 0;
    let i = p;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 39) {
        const j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else if (c === 34) i = skipDq(t, i);
      else if (c === 96) i = skipBacktick(t, i);
      else {
        if (c === 40) depth++;
        else if (c === 41 && --depth === 0) {
          if (budgeted) this.sh.budget -= i - p;
          return i;
        }
        i++;
      }
    }
    if (budgeted) this.sh.budget -= n - p;
    return -1;
  }

  // --------------------------------------------------------------- parser

  private top(): Ctx | null {
    const s = this.stack;
    return s.length > 0 ? s[s.length - 1]! : null;
  }

  private push(kind: number, phase: number): void {
    const top = this.top();
    if (top !== null && top.kind === K_FUNC && top.phase === FN_EXPECT_BODY) top.phase = FN_BODY;
    this.stack.push({ kind, phase });
    this.kindCount[kind]!++;
    if (kind === K_SUBSHELL) this.sub++;
    else this.cmp++;
  }

  private popCtx(): void {
    const c = this.stack.pop();
    if (c === undefined) return;
    this.kindCount[c.kind]!--;
    if (c.kind === K_SUBSHELL) this.sub--;
    else this.cmp--;
  }

  /** Closes the innermost context of kind `a` (or `b`) and everything above it. */
  private closeTo(a: number, b = -1): boolean {
    if (this.kindCount[a] === 0 && (b < 0 || this.kindCount[b] === 0)) return false;
    const s = this.stack;
    let idx = s.length - 1;
    while (idx >= 0 && s[idx]!.kind !== a && s[idx]!.kind !== b) idx--;
    if (idx < 0) return false;
    while (s.length > idx) this.popCtx();
    // A function ends with its body.
    for (let top = this.top(); top !== null && top.kind === K_FUNC && top.phase === FN_BODY; top = this.top()) {
      this.popCtx();
    }
    this.afterClose = true;
    return true;
  }

  private inHeader(): boolean {
    const top = this.top();
    if (top === null) return false;
    return (top.kind === K_FOR && top.phase < F_BODY) || (top.kind === K_CASE && top.phase < C_BODY);
  }

  private finish(): void {
    const c = this.cur;
    if (c === null) return;
    this.cur = null;
    this.dbr = false;
    c.pipeline = this.pipeJoin && this.pipeNo >= 0 ? this.pipeNo : ++this.pipeNo;
    this.pipeJoin = false;
    if (!this.nested) this.out.push(c);
    this.pend = c;
  }

  private newCommand(start: number, end: number): RawCommand {
    // The lists made apart from the literal (see expandWord in ./expand.ts: a literal holding
    // array literals is copied in the runtime while the code is cold).
    const assignments: RawWord[] = [];
    const words: RawWord[] = [];
    const c: RawCommand = {
      start,
      end,
      assignments,
      words,
      subshellDepth: this.sub,
      next: null,
      pipeline: -1,
      compound: this.cmp > 0,
    };
    this.afterClose = false;
    this.cur = c;
    return c;
  }

  private onWord(w: RawWord): void {
    const cur = this.cur;
    if (cur !== null) {
      if (cur.words.length === 0) {
        if (isAssignment(w.raw)) {
          cur.assignments.push(w);
          cur.end = w.end;
          return;
        }
        if (w.raw === "[[") this.dbr = true;
      } else if (this.dbr && w.raw === "]]") this.dbr = false;
      cur.words.push(w);
      cur.end = w.end;
      return;
    }
    const top = this.top();
    if (top !== null) {
      if (top.kind === K_FOR && top.phase < F_BODY) {
        if (this.forWord(top, w)) return;
      } else if (top.kind === K_CASE && top.phase < C_BODY) {
        this.caseWord(top, w);
        return;
      } else if (top.kind === K_FUNC && top.phase === FN_NAME) {
        top.phase = FN_EXPECT_BODY;
        return;
      }
    }
    if (this.keyword(w.raw)) return;
    const t2 = this.top();
    // `f() cmd` is not a function definition; drop the pending function.
    if (t2 !== null && t2.kind === K_FUNC && t2.phase === FN_EXPECT_BODY) this.popCtx();
    const c = this.newCommand(w.start, w.end);
    if (isAssignment(w.raw)) c.assignments.push(w);
    else {
      c.words.push(w);
      if (w.raw === "[[") this.dbr = true;
    }
  }

  /** Reserved word at command position (the raw text compare excludes quoted forms). */
  private keyword(raw: string): boolean {
    switch (raw) {
      case "if":
        this.push(K_IF, 0);
        return true;
      case "then":
      case "elif":
      case "else":
      case "!":
        return true;
      case "fi":
        this.closeTo(K_IF);
        return true;
      case "while":
      case "until":
        this.push(K_LOOP, 0);
        return true;
      case "do": {
        const top = this.top();
        if (top !== null && top.kind === K_FOR) top.phase = F_BODY;
        return true;
      }
      case "done":
        this.closeTo(K_LOOP, K_FOR);
        return true;
      case "for":
      case "select":
        this.push(K_FOR, F_NAME);
        this.forArith();
        return true;
      case "case":
        this.push(K_CASE, C_WORD);
        return true;
      case "esac":
        this.closeTo(K_CASE);
        return true;
      case "{":
        this.push(K_GROUP, 0);
        return true;
      case "}":
        return this.closeTo(K_GROUP);
      case "function":
        this.push(K_FUNC, FN_NAME);
        return true;
      default:
        return false;
    }
  }

  /** `for (( init; cond; step ))`: skips the arithmetic header. */
  private forArith(): void {
    const t = this.t;
    let j = this.pos;
    while (j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j++;
    if (t.charCodeAt(j) !== 40 || t.charCodeAt(j + 1) !== 40) return;
    const m = this.matchParen(j, false);
    this.pos = m < 0 ? this.n : m + 1;
    this.top()!.phase = F_EXPECT_DO;
  }

  /** A word in a `for` header; false when it starts the body. */
  private forWord(top: Ctx, w: RawWord): boolean {
    switch (top.phase) {
      case F_NAME:
        top.phase = F_AFTER_NAME;
        return true;
      case F_AFTER_NAME:
        top.phase = w.raw === "do" ? F_BODY : F_LIST;
        return true;
      case F_LIST:
        return true;
      default:
        top.phase = F_BODY;
        return w.raw === "do";
    }
  }

  private caseWord(top: Ctx, w: RawWord): void {
    if (top.phase === C_WORD) top.phase = C_IN;
    else if (top.phase === C_IN) top.phase = C_PATTERN;
    else if (w.raw === "esac") this.closeTo(K_CASE);
    // other words are patterns
  }

  private onRedir(): void {
    const op = this.op;
    const rs = this.ts;
    let re = this.te;
    this.next();
    let target: RawWord | null = null;
    if (this.tk === T_WORD) {
      target = this.word;
      re = target!.end;
    } else this.reuse = true;
    if (target !== null && (op === "<<" || op === "<<-")) {
      this.heredocs.push({ delim: target.value, strip: op === "<<-" });
      this.pendingHeredocs++;
    }
    if (this.cur !== null) {
      this.cur.end = re;
      return;
    }
    if (this.afterClose || this.inHeader()) return;
    this.newCommand(rs, re);
  }

  /** After a `(` token: consumes a `)` that follows (blanks allowed). */
  private peekClose(): boolean {
    const t = this.t;
    let j = this.te;
    while (j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j++;
    if (t.charCodeAt(j) !== 41) return false;
    this.pos = j + 1;
    return true;
  }

  /** `(( expr ))` at command position: one command whose only word is the whole expression. */
  private arithCommand(): boolean {
    const t = this.t;
    const p = this.ts;
    const m = this.matchParen(p + 1, true);
    if (m < 0 || t.charCodeAt(m + 1) !== 41) return false;
    const end = m + 2;
    const raw = t.slice(p, end);
    const c = this.newCommand(p, end);
    c.words.push({ start: p, end, raw, value: raw, hasExpansion: true, quoted: false, substitution: -1 });
    this.pos = end;
    return true;
  }

  private setNext(op: string): void {
    if (this.pend !== null) {
      this.pend.next = op;
      this.pend = null;
    }
  }

  /** Handles a control operator; true when a nested parse reached its closing `)`. */
  private onOp(op: string): boolean {
    const top = this.top();
    if (top !== null && this.cur === null) {
      if (top.kind === K_CASE && top.phase < C_BODY) {
        if (op === ")" && top.phase === C_PATTERN) top.phase = C_BODY;
        return false;
      }
      if (top.kind === K_FOR && top.phase < F_BODY) {
        if (op === ";" || op === "\n") {
          if (top.phase === F_AFTER_NAME || top.phase === F_LIST) top.phase = F_EXPECT_DO;
          return false;
        }
        top.phase = F_BODY;
      } else if (top.kind === K_FUNC && top.phase !== FN_BODY) {
        if (op === "\n") return false;
        if (op === "(" && this.peekClose()) return false;
      }
    }
    switch (op) {
      case "(": {
        const cur = this.cur;
        if (cur !== null) {
          if (cur.words.length === 1 && cur.assignments.length === 0 && this.peekClose()) {
            // name() body
            this.cur = null;
            this.push(K_FUNC, FN_EXPECT_BODY);
            return false;
          }
          this.finish();
        } else if (this.t.charCodeAt(this.te) === 40 && this.arithCommand()) return false;
        this.afterClose = false;
        this.push(K_SUBSHELL, 0);
        return false;
      }
      case ")":
        this.finish();
        if (this.closeTo(K_SUBSHELL)) return false;
        return this.nested;
      case ";;":
      case ";&":
      case ";;&":
        this.finish();
        this.afterClose = false;
        this.pipeJoin = false;
        this.setNext(";");
        if (top !== null && top.kind === K_CASE) top.phase = C_PATTERN;
        return false;
      default: {
        this.finish();
        this.afterClose = false;
        // A newline right after an operator or a keyword joins nothing.
        if (op === "\n" && this.pend === null) return false;
        const pipe = op === "|" || op === "|&";
        this.setNext(pipe ? "|" : op);
        this.pipeJoin = pipe;
        return false;
      }
    }
  }
}
