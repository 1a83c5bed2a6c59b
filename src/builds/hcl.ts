// A reader for the part of HCL that Bake files use: blocks with labels, attributes, strings (with
// `${}` templates kept as written), heredocs, numbers, booleans, null, lists and objects, and
// `#`, `//` and `/* */` comments. An expression it cannot evaluate statically (function call,
// operator, conditional, for) is skipped and becomes an `unknown` value, never an error.
//
// Why our own: the HCL packages on npm are either the Go parser compiled to 3.8 MB of JavaScript
// whose errors carry no message or position (hcl2-parser), or a WebAssembly build that would need
// a loader and an asset beside the bundles (@cdktf/hcl2json). Bake needs a small subset of HCL.
import { BuildFileError } from "./types";

export type HclValue =
  | { kind: "string"; value: string; line: number }
  | { kind: "number" | "bool" | "null"; value: string; line: number }
  | { kind: "list"; items: HclValue[]; line: number }
  | { kind: "object"; entries: { key: string; value: HclValue; line: number }[]; line: number }
  | { kind: "ref"; name: string; line: number }
  | { kind: "unknown"; line: number };

export interface HclBlock {
  type: string;
  labels: string[];
  line: number;
  body: HclBody;
}

export interface HclBody {
  attributes: Map<string, { value: HclValue; line: number }>;
  blocks: HclBlock[];
}

type Tok = { t: "ident" | "string" | "number" | "heredoc" | "punct" | "nl" | "eof"; v: string; line: number };

function tokenize(src: string, file: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  const fail = (msg: string): never => {
    throw new BuildFileError(`${file}:${line}: ${msg}`);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\n") {
      toks.push({ t: "nl", v: "\n", line });
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\uFEFF") i++;
    else if (c === "#" || src.startsWith("//", i)) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      if (end < 0) fail("unterminated /* comment");
      for (let k = i; k < end; k++) if (src[k] === "\n") line++;
      i = end + 2;
    } else if (c === '"') {
      const start = line;
      let j = i + 1;
      let v = "";
      let depth = 0;
      while (j < src.length) {
        const d = src[j]!;
        if (d === "\n" && depth === 0) fail("unterminated string");
        if (d === "\\" && depth === 0) {
          const e = src[j + 1];
          const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
          if (e === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) {
            v += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          v += map[e ?? ""] ?? e ?? "";
          j += 2;
          continue;
        }
        if (d === '"' && depth === 0) break;
        if ((d === "$" || d === "%") && src[j + 1] === "{" && src[j - 1] !== d) depth++;
        else if (d === "}" && depth > 0) depth--;
        if (d === "\n") line++;
        v += d;
        j++;
      }
      if (j >= src.length) fail("unterminated string");
      toks.push({ t: "string", v, line: start });
      i = j + 1;
    } else if (src.startsWith("<<", i) && /^<<-?[A-Za-z_][A-Za-z0-9_-]*\r?\n/.test(src.slice(i, i + 80))) {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(src.slice(i))!;
      const start = line;
      i += m[0].length;
      line++;
      const body: string[] = [];
      for (;;) {
        const nl = src.indexOf("\n", i);
        const raw = (nl < 0 ? src.slice(i) : src.slice(i, nl)).replace(/\r$/, "");
        if (raw.trim() === m[2]) {
          i = nl < 0 ? src.length : nl;
          break;
        }
        if (nl < 0) fail(`heredoc <<${m[2]} is not closed`);
        body.push(raw);
        i = nl + 1;
        line++;
      }
      let lines = body;
      if (m[1] === "-") {
        const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
        lines = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
      }
      toks.push({ t: "heredoc", v: lines.map((l) => l + "\n").join(""), line: start });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
      toks.push({ t: "number", v: m[0], line });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      toks.push({ t: "ident", v: m[0], line });
      i += m[0].length;
    } else if (src.startsWith("...", i) || src.startsWith("=>", i) || /^(==|!=|<=|>=|&&|\|\|)/.test(src.slice(i, i + 2))) {
      const v = src.startsWith("...", i) ? "..." : src.slice(i, i + 2);
      toks.push({ t: "punct", v, line });
      i += v.length;
    } else if ("{}[]()=:,.?!+-*/%<>".includes(c)) {
      toks.push({ t: "punct", v: c, line });
      i++;
    } else fail(`unexpected character '${c === "\u0000" ? "\\0" : c}'`);
  }
  toks.push({ t: "eof", v: "", line });
  return toks;
}

/** Parses HCL text into its top-level body; a syntax error names the file and line. */
export function parseHcl(src: string, file: string): HclBody {
  const toks = tokenize(src, file);
  let p = 0;
  const peek = () => toks[p]!;
  // The eof token is never consumed, so peek() always has a token to show.
  const next = () => (toks[p]!.t === "eof" ? toks[p]! : toks[p++]!);
  const fail = (msg: string, tok = peek()): never => {
    throw new BuildFileError(`${file}:${tok.line}: ${msg}`);
  };
  const skipNl = () => {
    while (peek().t === "nl") p++;
  };
  const isPunct = (v: string, tok = peek()) => tok.t === "punct" && tok.v === v;

  const parseBody = (closing: boolean): HclBody => {
    const body: HclBody = { attributes: new Map(), blocks: [] };
    for (;;) {
      skipNl();
      const tok = peek();
      if (tok.t === "eof") {
        if (closing) fail("missing '}'");
        return body;
      }
      if (isPunct("}")) {
        if (!closing) fail("unexpected '}'");
        p++;
        return body;
      }
      if (tok.t !== "ident") fail(`expected an attribute or block name, found '${tok.v}'`);
      p++;
      if (isPunct("=")) {
        p++;
        const value = parseExpr();
        if (body.attributes.has(tok.v)) fail(`attribute '${tok.v}' is set twice`, tok);
        body.attributes.set(tok.v, { value, line: tok.line });
        if (!(peek().t === "nl" || peek().t === "eof" || isPunct("}"))) fail(`unexpected '${peek().v}' after attribute '${tok.v}'`);
        continue;
      }
      const labels: string[] = [];
      while (peek().t === "string" || peek().t === "ident") labels.push(next().v);
      if (!isPunct("{")) fail(`expected '=' or '{' after '${tok.v}'`);
      p++;
      body.blocks.push({ type: tok.v, labels, line: tok.line, body: parseBody(true) });
    }
  };

  /** Skips an expression dflint does not evaluate, up to the end of its line or enclosing bracket. */
  const skipRest = (line: number): HclValue => {
    let depth = 0;
    for (;;) {
      const tok = peek();
      if (tok.t === "eof") return { kind: "unknown", line };
      if (depth === 0 && (tok.t === "nl" || isPunct(",") || isPunct("}") || isPunct("]") || isPunct(")"))) return { kind: "unknown", line };
      if (tok.t === "punct" && "([{".includes(tok.v)) depth++;
      else if (tok.t === "punct" && ")]}".includes(tok.v)) depth--;
      p++;
    }
  };

  const atEnd = () => {
    const t = peek();
    return t.t === "nl" || t.t === "eof" || isPunct(",") || isPunct("}") || isPunct("]") || isPunct(")");
  };

  const parseExpr = (): HclValue => {
    const tok = peek();
    let value: HclValue;
    if (tok.t === "string" || tok.t === "heredoc") {
      p++;
      value = { kind: "string", value: tok.v, line: tok.line };
    } else if (tok.t === "number") {
      p++;
      value = { kind: "number", value: tok.v, line: tok.line };
    } else if (tok.t === "ident") {
      p++;
      if (tok.v === "true" || tok.v === "false") value = { kind: "bool", value: tok.v, line: tok.line };
      else if (tok.v === "null") value = { kind: "null", value: "", line: tok.line };
      else if (isPunct("(") || isPunct(".") || isPunct("[")) return skipRest(tok.line);
      else value = { kind: "ref", name: tok.v, line: tok.line };
    } else if (isPunct("[")) {
      p++;
      const items: HclValue[] = [];
      for (;;) {
        skipNl();
        if (isPunct("]")) {
          p++;
          break;
        }
        if (peek().t === "eof") fail("missing ']'");
        if (peek().t === "ident" && peek().v === "for") return skipBracketed("[", "]", tok.line);
        items.push(parseExpr());
        skipNl();
        if (isPunct(",")) p++;
        else if (!isPunct("]")) fail(`expected ',' or ']' in a list, found '${peek().v}'`);
      }
      value = { kind: "list", items, line: tok.line };
    } else if (isPunct("{")) {
      p++;
      const entries: { key: string; value: HclValue; line: number }[] = [];
      for (;;) {
        skipNl();
        if (isPunct("}")) {
          p++;
          break;
        }
        const key = next();
        if (key.t === "eof") fail("missing '}'");
        if (key.t === "ident" && key.v === "for") return skipBracketed("{", "}", tok.line);
        if (key.t !== "ident" && key.t !== "string") fail(`expected a key in an object, found '${key.v}'`, key);
        if (!(isPunct("=") || isPunct(":"))) fail(`expected '=' after '${key.v}'`);
        p++;
        entries.push({ key: key.v, value: parseExpr(), line: key.line });
        if (isPunct(",")) p++;
        else if (!(peek().t === "nl" || isPunct("}"))) fail(`unexpected '${peek().v}' in an object`);
      }
      value = { kind: "object", entries, line: tok.line };
    } else return skipRest(tok.line);
    // An operator or conditional follows: the value is not a plain literal.
    if (!atEnd()) return skipRest(tok.line);
    return value;
  };

  /** Skips a `for` expression up to its closing bracket. */
  const skipBracketed = (open: string, close: string, line: number): HclValue => {
    let depth = 1;
    while (depth > 0 && peek().t !== "eof") {
      const t = next();
      if (t.t === "punct" && t.v === open) depth++;
      else if (t.t === "punct" && t.v === close) depth--;
    }
    return { kind: "unknown", line };
  };

  return parseBody(false);
}
