import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  baseName,
  trimEndOf
} from "./chunk-JVUEFOX2.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-NWQXURYX.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/format/escape.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
function breakRunnerCommands(line) {
  let out = line.includes("##[") ? line.replace(/##\[/g, "#\u2060#[") : line, lead = out.length - out.trimStart().length;
  return out.startsWith("::", lead) && (out = out.slice(0, lead) + ":\u2060:" + out.slice(lead + 2)), out;
}
function terminalText(text) {
  return breakRunnerCommands(text.replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROLS, "\uFFFD"));
}
function logText(chunk) {
  return chunk.split(/\r\n|\r|\n/).map((line) => breakRunnerCommands(line.replace(/\t/g, " ").replace(CONTROLS, "\uFFFD"))).join(`
`);
}
function workflowData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function workflowProperty(text) {
  return workflowData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function markdownText(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]{}|#~!]/g, (c) => `\\${c}`).replace(CONTROLS, "\uFFFD");
}
function markdownCode(text) {
  return "`" + text.replace(/[\r\n\t]+/g, " ").replace(CONTROLS, "\uFFFD").replace(/`/g, "'").replace(/\|/g, "\\|") + "`";
}
function markdownCodeBlock(text, lang = "") {
  let body = text.replace(/\r\n?/g, `
`).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/\n$/, ""), longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length)), fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${body}
${fence}`;
}

// src/layers/render.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/layers/guard.ts
import { relative } from "node:path";

// src/layers/baked.ts
import { closeSync, openSync, readSync } from "node:fs";
import { join as join2, posix } from "node:path";

// src/layers/dockerignore.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// src/layers/pattern-index.ts
var newNode = () => ({ next: null, ids: null });
function isSpecial(c) {
  return c === 42 || c === 63 || c === 91 || c === 93 || c === 92 || c === 94;
}
function literalHead(p) {
  let i = 0;
  for (; i < p.length && !isSpecial(p.charCodeAt(i)); ) i++;
  return p.slice(0, i);
}
function literalTail(p) {
  let i = p.length;
  for (; i > 0 && !isSpecial(p.charCodeAt(i - 1)) && p.charCodeAt(i - 1) !== 47; ) i--;
  return p.slice(i);
}
function insert(root, key, id, backwards) {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    let c = key.charCodeAt(backwards ? key.length - 1 - k : k);
    node.next ??= /* @__PURE__ */ new Map();
    let n = node.next.get(c);
    n || (n = newNode(), node.next.set(c, n)), node = n;
  }
  (node.ids ??= []).push(id);
}
var PatternIndex = class {
  exact = /* @__PURE__ */ new Map();
  heads = newNode();
  tails = newNode();
  always = [];
  /** Stamp per pattern: `stamps[i] === stamp` when i is already collected. */
  stamps;
  stamp = 0;
  constructor(patterns) {
    this.stamps = new Uint32Array(patterns.length), patterns.forEach((p, id) => {
      switch (p.type) {
        case "invalid":
          return;
        // never matches
        case "exact": {
          let list = this.exact.get(p.pattern);
          list ? list.push(id) : this.exact.set(p.pattern, [id]);
          return;
        }
        case "prefix":
          insert(this.heads, p.pattern.slice(0, -2), id, !1);
          return;
        case "suffix":
          insert(this.tails, p.pattern.slice(2).replace(/^\//, ""), id, !0);
          return;
        default: {
          let head = literalHead(p.pattern), tail = literalTail(p.pattern);
          head === "" && tail === "" ? this.always.push(id) : tail.length >= head.length ? insert(this.tails, tail, id, !0) : insert(this.heads, head, id, !1);
        }
      }
    });
  }
  /**
   * Indices (ascending) of the patterns that may match one of `paths`, plus
   * `extra` (ascending indices the caller must visit anyway).
   */
  candidates(paths, extra) {
    ++this.stamp === 4294967295 && (this.stamps.fill(0), this.stamp = 1);
    let out = [], add = (ids) => {
      if (ids)
        for (let id of ids)
          this.stamps[id] !== this.stamp && (this.stamps[id] = this.stamp, out.push(id));
    };
    add(extra), add(this.always);
    for (let path of paths) {
      add(this.exact.get(path));
      let node = this.heads;
      add(node.ids);
      for (let k = 0; k < path.length && node.next && (node = node.next.get(path.charCodeAt(k)), !!node); k++)
        add(node.ids);
      node = this.tails, add(node.ids);
      for (let k = path.length - 1; k >= 0 && node.next && (node = node.next.get(path.charCodeAt(k)), !!node); k--)
        add(node.ids);
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
};

// src/layers/dockerignore.ts
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function goTrimSpace(s) {
  let a = 0, e = s.length;
  for (; a < e && GO_SPACE.test(s[a]); ) a++;
  for (; e > a && GO_SPACE.test(s[e - 1]); ) e--;
  return s.slice(a, e);
}
function cleanPath(p) {
  if (p === "") return ".";
  let rooted = p.charCodeAt(0) === 47, out = [];
  for (let part of p.split("/"))
    if (!(part === "" || part === ".")) {
      if (part === "..") {
        out.length > 0 && out[out.length - 1] !== ".." ? out.pop() : rooted || out.push("..");
        continue;
      }
      out.push(part);
    }
  let s = (rooted ? "/" : "") + out.join("/");
  return s === "" ? "." : s;
}
function contextRelative(p) {
  let c = cleanPath("/" + p);
  return c === "/" ? "." : c.slice(1);
}
function escapeJsChar(ch) {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? "\\" + ch : ch;
}
function cp(n) {
  return "\\u{" + n.toString(16) + "}";
}
function rangesToJs(ranges, negate) {
  let s = "[" + (negate ? "^" : "");
  for (let [lo, hi] of ranges)
    hi < lo || (s += lo === hi ? cp(lo) : cp(lo) + "-" + cp(hi));
  return s + "]";
}
function complement(ranges) {
  let sorted = ranges.filter(([a, b]) => a <= b).sort((a, b) => a[0] - b[0]), out = [], next = 0;
  for (let [lo, hi] of sorted)
    lo > next && out.push([next, lo - 1]), next = Math.max(next, hi + 1);
  return next <= 1114111 && out.push([next, 1114111]), out;
}
function compileGoGlob(pattern) {
  let chars = Array.from(pattern), re = "^", i = 0, n = chars.length, getEsc = () => {
    if (i >= n || chars[i] === "-" || chars[i] === "]" || chars[i] === "\\" && (i++, i >= n))
      return null;
    let r = chars[i].codePointAt(0);
    return i++, i >= n ? null : r;
  };
  for (; i < n; ) {
    let ch = chars[i];
    if (ch === "*") {
      for (; i < n && chars[i] === "*"; ) i++;
      re += "[^/]*";
      continue;
    }
    if (ch === "?") {
      re += "[^/]", i++;
      continue;
    }
    if (ch === "\\") {
      if (i++, i >= n) return null;
      re += escapeJsChar(chars[i]), i++;
      continue;
    }
    if (ch === "[") {
      i++;
      let negate = !1;
      i < n && chars[i] === "^" && (negate = !0, i++);
      let ranges = [];
      for (; ; ) {
        if (i < n && chars[i] === "]" && ranges.length > 0) {
          i++;
          break;
        }
        let lo = getEsc();
        if (lo === null) return null;
        let hi = lo;
        if (chars[i] === "-") {
          i++;
          let h = getEsc();
          if (h === null) return null;
          hi = h;
        }
        ranges.push([lo, hi]);
      }
      re += rangesToJs(ranges, negate);
      continue;
    }
    re += escapeJsChar(ch), i++;
  }
  try {
    return new RegExp(re + "$", "u");
  } catch {
    return null;
  }
}
var POSIX_CLASSES = {
  alnum: [[48, 57], [65, 90], [97, 122]],
  alpha: [[65, 90], [97, 122]],
  ascii: [[0, 127]],
  blank: [[9, 9], [32, 32]],
  cntrl: [[0, 31], [127, 127]],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
  space: [[9, 13], [32, 32]],
  upper: [[65, 90]],
  word: [[48, 57], [65, 90], [95, 95], [97, 122]],
  xdigit: [[48, 57], [65, 70], [97, 102]]
}, PERL_CLASSES = {
  d: [[48, 57]],
  s: [[9, 10], [12, 13], [32, 32]],
  w: [[48, 57], [65, 90], [95, 95], [97, 122]]
}, isAlnum = (c) => /^[0-9A-Za-z]$/.test(c), isOctal = (c) => c !== void 0 && c >= "0" && c <= "7";
function goRegexpToJs(src) {
  let s = Array.from(src), n = s.length, i = 0, out = "", parseEscape = () => {
    if (i >= n) throw new Error("trailing backslash at end of expression");
    let c = s[i];
    if (i++, c.codePointAt(0) < 128 && !isAlnum(c)) return c.codePointAt(0);
    if (c >= "1" && c <= "7" && !isOctal(s[i])) throw new Error("invalid escape sequence: \\" + c);
    if (c >= "0" && c <= "7") {
      let r = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && isOctal(s[i]); k++) r = r * 8 + s[i++].charCodeAt(0) - 48;
      return r;
    }
    if (c === "x") {
      if (s[i] === "{") {
        i++;
        let hex2 = "";
        for (; i < n && s[i] !== "}"; ) hex2 += s[i++];
        if (i >= n || !/^[0-9A-Fa-f]+$/.test(hex2)) throw new Error("invalid escape sequence: \\x{" + hex2);
        i++;
        let v = parseInt(hex2, 16);
        if (v > 1114111) throw new Error("invalid escape sequence");
        return v;
      }
      let hex = (s[i] ?? "") + (s[i + 1] ?? "");
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Error("invalid escape sequence: \\x" + hex);
      return i += 2, parseInt(hex, 16);
    }
    let simple = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (c in simple) return simple[c];
    throw new Error("invalid escape sequence: \\" + c);
  }, parseUnicodeClass = () => {
    let neg0 = s[i] === "P";
    i++;
    let name;
    if (s[i] === "{") {
      for (i++, name = ""; i < n && s[i] !== "}"; ) name += s[i++];
      if (i >= n) throw new Error("invalid character class range");
      i++;
    } else {
      if (i >= n) throw new Error("invalid character class range");
      name = s[i++];
    }
    let neg = neg0;
    name.startsWith("^") && (neg = !neg, name = name.slice(1));
    let esc = neg ? "\\P" : "\\p";
    for (let cand of [name, "Script=" + name]) {
      let t = esc + "{" + cand + "}";
      try {
        return new RegExp(t, "u"), t;
      } catch {
      }
    }
    throw new Error("invalid character class range: \\p{" + name + "}");
  }, parseClass = () => {
    let negate = !1;
    s[i] === "^" && (negate = !0, i++);
    let ranges = [], extra = [], first = !0;
    for (; i >= n || s[i] !== "]" || first; ) {
      if (i >= n) throw new Error("missing closing ]");
      if (first = !1, s[i] === "[" && s[i + 1] === ":") {
        let rest = s.slice(i + 2).join(""), end = rest.indexOf(":]");
        if (end >= 0) {
          let name = rest.slice(0, end), neg = !1;
          name.startsWith("^") && (neg = !0, name = name.slice(1));
          let cls = POSIX_CLASSES[name];
          if (!cls) throw new Error("invalid character class range: [:" + rest.slice(0, end) + ":]");
          ranges.push(...neg ? complement(cls) : cls), i += 2 + Array.from(rest.slice(0, end)).length + 2;
          continue;
        }
      }
      if (s[i] === "\\" && (s[i + 1] === "p" || s[i + 1] === "P")) {
        i++, extra.push(parseUnicodeClass());
        continue;
      }
      if (s[i] === "\\" && s[i + 1] !== void 0 && "dDsSwW".includes(s[i + 1])) {
        let c = s[i + 1], cls = PERL_CLASSES[c.toLowerCase()];
        ranges.push(...c === c.toUpperCase() ? complement(cls) : cls), i += 2;
        continue;
      }
      let classChar = () => {
        if (i >= n) throw new Error("missing closing ]");
        return s[i] === "\\" ? (i++, parseEscape()) : s[i++].codePointAt(0);
      }, lo = classChar(), hi = lo;
      if (i + 1 < n && s[i] === "-" && s[i + 1] !== "]" && (i++, hi = classChar(), hi < lo))
        throw new Error("invalid character class range");
      ranges.push([lo, hi]);
    }
    i++;
    let body = "";
    for (let [lo, hi] of ranges) body += lo === hi ? cp(lo) : cp(lo) + "-" + cp(hi);
    return "[" + (negate ? "^" : "") + body + extra.join("") + "]";
  };
  for (; i < n; ) {
    let c = s[i];
    if (c === "\\") {
      i++;
      let e = s[i];
      if (e === void 0) throw new Error("trailing backslash at end of expression");
      if (e === "A")
        out += "^", i++;
      else if (e === "z")
        out += "$", i++;
      else if (e === "b" || e === "B")
        out += "\\" + e, i++;
      else if (e === "C")
        out += "[^]", i++;
      else if (e === "Q") {
        for (i++; i < n && !(s[i] === "\\" && s[i + 1] === "E"); ) out += escapeJsChar(s[i++]);
        i < n && (i += 2);
      } else if (e === "p" || e === "P")
        out += parseUnicodeClass();
      else if ("dDsSwW".includes(e)) {
        let cls = PERL_CLASSES[e.toLowerCase()];
        out += rangesToJs(cls, e !== e.toLowerCase()), i++;
      } else
        out += cp(parseEscape());
      continue;
    }
    if (c === "[") {
      i++, out += parseClass();
      continue;
    }
    if (c === "(") {
      if (s[i + 1] === "?") throw new Error("unsupported group");
      out += "(?:", i++;
      continue;
    }
    if (c === ")" || c === "^" || c === "$" || c === "." || c === "|" || c === "*" || c === "+" || c === "?") {
      out += c, i++;
      continue;
    }
    out += escapeJsChar(c), i++;
  }
  return out;
}
var REGEX_ESCAPED = /* @__PURE__ */ new Set([".", "+", "(", ")", "|", "{", "}", "$"]);
function countSlashes(s) {
  let k = 0;
  for (let i = s.indexOf("/"); i !== -1; i = s.indexOf("/", i + 1)) k++;
  return k;
}
function compilePattern(pattern, exclusion) {
  let chars = Array.from(pattern), reg = "^", type = "exact", idx = 0;
  for (let it = 0; idx < chars.length; it++) {
    let ch = chars[idx++];
    ch === "*" ? chars[idx] === "*" ? (idx++, chars[idx] === "/" && idx++, idx >= chars.length ? type === "exact" ? type = "prefix" : (reg += ".*", type = "regexp") : (reg += "(.*/)?", type = "regexp"), it === 0 && (type = "suffix")) : (reg += "[^/]*", type = "regexp") : ch === "?" ? (reg += "[^/]", type = "regexp") : REGEX_ESCAPED.has(ch) ? reg += "\\" + ch : ch === "\\" ? idx < chars.length ? (reg += "\\" + chars[idx++], type = "regexp") : reg += "\\" : ch === "[" || ch === "]" ? (reg += ch, type = "regexp") : reg += ch;
  }
  let cp2 = { pattern, exclusion, type, re: null, slashes: -1 };
  if (type === "regexp") {
    try {
      cp2.re = new RegExp(goRegexpToJs(reg + "$"), "u");
    } catch (e) {
      cp2.type = "invalid", cp2.error = `invalid pattern ${JSON.stringify(pattern)}: ${e.message}`;
    }
    !pattern.includes("[") && !pattern.includes("**") && !/\\[0-9A-Za-z]/.test(pattern) && (cp2.slashes = countSlashes(pattern));
  }
  return cp2;
}
function matchCompiled(p, path, slashes) {
  switch (p.type) {
    case "exact":
      return path === p.pattern;
    case "prefix":
      return path.startsWith(p.pattern.slice(0, -2));
    case "suffix": {
      let suffix = p.pattern.slice(2);
      return path.endsWith(suffix) ? !0 : suffix.charCodeAt(0) === 47 && path === suffix.slice(1);
    }
    case "regexp":
      return p.slashes >= 0 && p.slashes !== slashes ? !1 : p.re.test(path);
    default:
      return !1;
  }
}
var PatternMatcher = class _PatternMatcher {
  patterns;
  /** Some pattern is a `!` exception. */
  exclusions;
  /** fsutil `onlyPrefixExcludeExceptions`: no exception has wildcards (ignoring a trailing `/*` or `/**`). */
  onlyPrefixExceptions;
  /** Candidate patterns visited so far (all calls): the work done, for callers that bound it. */
  work = 0;
  indexCache = null;
  /** `d/` for every directory `d` that holds or is an exception's prefix (walkerSkipsDir). */
  exceptionDirsCache = null;
  constructor(patterns) {
    this.patterns = patterns, this.exclusions = patterns.some((p) => p.exclusion), this.onlyPrefixExceptions = !patterns.some((p) => p.exclusion && /[*[\]?^\\]/.test(withoutTrailingGlob(p.pattern)));
  }
  get index() {
    return this.indexCache ??= new PatternIndex(this.patterns);
  }
  /**
   * patternmatcher `New`: trims, cleans and compiles each pattern. `compiled[i]`
   * is the pattern made from `raw[i]`, or null when it is blank or rejected.
   * Rejected patterns (`!` alone, malformed globs) make Docker fail; they are
   * reported in `errors` and left out. A pattern whose regular expression Go
   * would not compile is kept but never matches (also reported).
   */
  static compile(raw) {
    let compiled = [], errors = [];
    raw.forEach((r, index) => {
      compiled.push(null);
      let p = goTrimSpace(r);
      if (p === "") return;
      p = cleanPath(p);
      let exclusion = !1;
      if (p[0] === "!") {
        if (p.length === 1) {
          errors.push({ index, message: 'illegal exclusion pattern: "!"' });
          return;
        }
        exclusion = !0, p = p.slice(1);
      }
      if (compileGoGlob(p) === null) {
        errors.push({ index, message: `syntax error in pattern: ${JSON.stringify(p)}` });
        return;
      }
      let c = compilePattern(p, exclusion);
      c.error && errors.push({ index, message: c.error }), compiled[index] = c;
    });
    let kept = compiled.filter((c) => c !== null);
    return { matcher: new _PatternMatcher(kept), compiled, errors };
  }
  /**
   * patternmatcher `MatchesUsingParentResults`: whether `path` is matched (excluded),
   * given the state of its parent directory (`null` for a top-level entry or when
   * the parent state is unknown, in which case parent directories are checked
   * directly). Returns the state to pass to the entry's children.
   *
   * Only candidate patterns are visited (see PatternIndex): a pattern that cannot
   * match leaves both the result and the state unchanged.
   */
  match(path, parent) {
    let pats = this.patterns, slashes = countSlashes(path), parentDirs = parent === null && slashes > 0 ? parentPrefixes(path) : null, cands = this.index.candidates(parentDirs ? [path, ...parentDirs] : [path], parent);
    this.work += cands.length;
    let state = [], matched = !1, k = 0;
    for (let i of cands) {
      let p = pats[i];
      for (; parent !== null && k < parent.length && parent[k] < i; ) k++;
      let m = parent !== null && k < parent.length && parent[k] === i;
      if (!m) {
        if (p.exclusion !== matched) continue;
        if (m = matchCompiled(p, path, slashes), !m && parentDirs) {
          for (let d of parentDirs)
            if (matchCompiled(p, d, countSlashes(d))) {
              m = !0;
              break;
            }
        }
      }
      m && (state.push(i), matched = !p.exclusion);
    }
    return { matched, state };
  }
  /** patternmatcher `MatchesOrParentMatches`. */
  matchesOrParentMatches(file) {
    let matched = !1, slashes = countSlashes(file), parents = slashes > 0 ? parentPrefixes(file) : [], cands = this.index.candidates([file, ...parents], null);
    this.work += cands.length;
    for (let i of cands) {
      let p = this.patterns[i];
      if (p.exclusion !== matched) continue;
      let m = matchCompiled(p, file, slashes);
      if (!m) {
        for (let d of parents)
          if (matchCompiled(p, d, countSlashes(d))) {
            m = !0;
            break;
          }
      }
      m && (matched = !p.exclusion);
    }
    return matched;
  }
  /** Whether `pattern` (this matcher's `patterns[index]`) matches `path` itself (not its parents). */
  matchesAt(index, path) {
    return matchCompiled(this.patterns[index], path, countSlashes(path));
  }
  /** Indices (ascending) of the patterns that may match `path` itself: a superset of those that do. */
  candidatesFor(path) {
    let cands = this.index.candidates([path], null);
    return this.work += cands.length, cands;
  }
  /** fsutil: for an excluded directory, whether the walker skips its contents. */
  walkerSkipsDir(dir) {
    if (!this.onlyPrefixExceptions) return !1;
    if (!this.exclusions) return !0;
    if (!this.exceptionDirsCache) {
      let dirs = /* @__PURE__ */ new Set();
      for (let p of this.patterns) {
        if (!p.exclusion) continue;
        let e = withoutTrailingGlob(p.pattern) + "/";
        for (let i = e.indexOf("/"); i !== -1; i = e.indexOf("/", i + 1)) dirs.add(e.slice(0, i + 1));
      }
      this.exceptionDirsCache = dirs;
    }
    return !this.exceptionDirsCache.has(dir + "/");
  }
  /** Whether some exception pattern could match a path strictly below `dir`
   * (exact for prefix-only exceptions, conservative otherwise). */
  exceptionMayMatchBelow(dir) {
    if (!this.exclusions) return !1;
    if (this.onlyPrefixExceptions) return !this.walkerSkipsDir(dir);
    let dirSegs = dir.split("/");
    for (let p of this.patterns) {
      if (!p.exclusion) continue;
      if (p.pattern.includes("**")) return !0;
      let segs = p.pattern.split("/");
      if (segs.length <= dirSegs.length) continue;
      let ok = !0;
      for (let i = 0; i < dirSegs.length && ok; i++) {
        let seg = compilePattern(segs[i], !1);
        seg.type !== "invalid" && (ok = matchCompiled(seg, dirSegs[i], 0));
      }
      if (ok) return !0;
    }
    return !1;
  }
};
function parentPrefixes(path) {
  let out = [];
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) out.push(path.slice(0, i));
  return out;
}
function withoutTrailingGlob(p) {
  return p.endsWith("/**") && (p = p.slice(0, -3)), p.endsWith("/*") && (p = p.slice(0, -2)), p;
}
function readIgnoreLines(text) {
  let out = [], lines = text.split(`
`);
  return lines.length > 0 && lines[lines.length - 1] === "" && lines.pop(), lines.forEach((rawLine, idx) => {
    let line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (idx === 0 && line.charCodeAt(0) === 65279 && (line = line.slice(1)), line.startsWith("#")) return;
    let pattern = goTrimSpace(line);
    if (pattern === "") return;
    let raw = pattern, invert = pattern[0] === "!";
    invert && (pattern = goTrimSpace(pattern.slice(1))), pattern.length > 0 && (pattern = cleanPath(pattern), pattern.length > 1 && pattern[0] === "/" && (pattern = pattern.slice(1))), invert && (pattern = "!" + pattern), out.push({ pattern, line: idx + 1, raw });
  }), out;
}
var DockerIgnoreImpl = class {
  patterns;
  errors;
  hasExceptions;
  matcher;
  constructor(text) {
    let lines = readIgnoreLines(text), { matcher, compiled, errors } = PatternMatcher.compile(lines.map((l) => l.pattern));
    this.matcher = matcher, this.errors = errors.map((e) => ({ line: lines[e.index].line, text: lines[e.index].raw, message: e.message })), this.patterns = [], compiled.forEach((c, i) => {
      c && this.patterns.push({ pattern: c.pattern, negate: c.exclusion, line: lines[i].line });
    }), this.hasExceptions = matcher.exclusions;
  }
  ignores(relPath, isDir2 = !1) {
    let rel = contextRelative(relPath);
    if (rel === "." || this.matcher.patterns.length === 0) return !1;
    let parent = null;
    for (let dir of parentPrefixes(rel)) {
      let r = this.matcher.match(dir, parent);
      if (r.matched && this.matcher.walkerSkipsDir(dir)) return !0;
      parent = r.state;
    }
    let { matched } = this.matcher.match(rel, parent);
    return !isDir2 || !matched ? matched : !this.matcher.exceptionMayMatchBelow(rel);
  }
  matchesOrParentMatches(relPath) {
    return this.matcher.matchesOrParentMatches(relPath);
  }
  walkerSkipsDir(relDir) {
    return this.matcher.walkerSkipsDir(relDir);
  }
};
function parseDockerIgnore(text) {
  return new DockerIgnoreImpl(text);
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return !1;
  }
}
function findDockerIgnore(contextDir, dockerfilePath, exists = existsSync) {
  let candidates = [];
  if (dockerfilePath) {
    let df = resolve(dockerfilePath);
    candidates.push(df + ".dockerignore"), basename(df) === "dockerfile" && candidates.push(join(dirname(df), "Dockerfile.dockerignore"));
  }
  candidates.push(join(resolve(contextDir), ".dockerignore"));
  for (let c of candidates)
    if (exists(c) && isFile(c)) return { path: c, text: readFileSync(c, "utf8") };
  return null;
}

// src/model/copy.ts
function copyParts(ins) {
  let items;
  return ins.json ? items = ins.json.values.map((v, i) => ({ ...ins.json.spans[i], value: v, raw: v, heredoc: !1 })) : items = ins.args.map((w) => ({ start: w.start, end: w.end, value: w.value, raw: w.raw, heredoc: /^<<-?["']?[A-Za-z0-9_.\-]+["']?$/.test(w.raw) })), items.length < 2 ? { sources: items.length === 1 && items[0].heredoc ? items : [], dest: items.length === 1 && !items[0].heredoc ? items[0] : null } : { sources: items.slice(0, -1), dest: items[items.length - 1] };
}
function copiesFromContext(ins) {
  return (ins.keyword === "COPY" || ins.keyword === "ADD") && !ins.flags.some((f) => f.name === "from");
}
function isWholeContext(source) {
  let s = source.replace(/^\.\/+/, "./");
  return s === "." || s === "./" || s === "./." || s === "/" || s === ".//" || s === "*" || s === "./*";
}
function isAbsolutePath(p, windows) {
  return p.startsWith("/") ? !0 : windows || /^[A-Za-z]:[\\/]/.test(p) ? /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\") || p.startsWith("/") : !1;
}

// src/model/shipped.ts
function shippedChain(model) {
  let out = [];
  for (let s = model.target; s && !out.includes(s); s = s.parent) out.push(s);
  return out;
}
function shippedStages(model) {
  return new Set(shippedChain(model));
}
function expandedArgs(model, ins, words2 = ins.args) {
  if (!words2.length) return "";
  let raw = words2.map((w) => w.raw).join(" "), r = model.expand(raw, ins.scope);
  return r.unresolved || r.undefinedNames.length ? null : r.value;
}
function expandedWord(model, ins, raw) {
  let r = model.expand(raw, ins.scope);
  return r.unresolved || r.undefinedNames.length ? null : r.value;
}
function globToRegExp(pattern) {
  let body = pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${body}$`, "i");
}
function isDevContainer(path) {
  return /(^|[/\\_])\.devcontainer([/\\_]|$)/.test(path);
}

// src/layers/baked.ts
var DEFAULT_BIG_FILE = 10 * 1024 * 1024, ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
function hasWildcard(s) {
  return /(^|[^\\])[*?[]/.test(s);
}
function workdirBefore(model, ins) {
  let chain = [];
  for (let s = ins.stage; s && !chain.includes(s); s = s.parent) chain.unshift(s);
  let wd = "/";
  for (let s of chain)
    for (let i of s.instructions) {
      if (i === ins) return wd;
      i.keyword === "WORKDIR" && (wd = posix.resolve(wd, model.expand(i.argsText.text.trim(), i.scope).value));
    }
  return wd;
}
function destinations(files2, source, dest, destIsDir) {
  let src = contextRelative(source), out = [];
  if (src === ".") {
    for (let f of files2) out.push({ path: f.path, dest: posix.join(dest, f.path), size: f.size });
    return out;
  }
  let parts = src.split("/"), wild = hasWildcard(src);
  for (let f of files2) {
    let fp = f.path.split("/");
    if (!wild && f.path === src) {
      out.push({ path: f.path, dest: destIsDir ? posix.join(dest, fp[fp.length - 1]) : dest, size: f.size });
      continue;
    }
    if (wild && fp.length === parts.length) {
      out.push({ path: f.path, dest: posix.join(dest, fp[fp.length - 1]), size: f.size });
      continue;
    }
    out.push({ path: f.path, dest: posix.join(dest, fp.slice(parts.length).join("/")), size: f.size });
  }
  return out;
}
function bakedFiles(model, context, options = {}) {
  let big = options.bigFile ?? DEFAULT_BIG_FILE, readHead = options.readHead ?? ((p) => headOf(join2(context.dir, p))), steps = [], shipped = shippedChain(model).reverse();
  for (let stage of shipped)
    for (let ins of stage.instructions) {
      if (!copiesFromContext(ins)) continue;
      let { sources, dest } = copyParts(ins), local = sources.filter((s) => !s.heredoc).map((s) => model.expand(s.value, ins.scope).value).filter((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^git@/.test(s));
      if (!local.length || !dest) continue;
      let exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false"), d = model.expand(dest.value, ins.scope).value, destAbs = posix.resolve(workdirBefore(model, ins), d), destIsDir = /\/$|^\.$|\/\.$/.test(d) || local.length > 1 || local.some(hasWildcard), step = { instruction: ins, line: ins.line, files: [], secrets: [], big: [], unpacked: [] }, seen = /* @__PURE__ */ new Set();
      for (let src of local) {
        let sel = context.select([src], { exclude, parents });
        for (let f of parents ? sel.files.map((x) => ({ path: x.path, dest: posix.join(destAbs, x.path), size: x.size })) : destinations(sel.files, src, destAbs, destIsDir)) {
          if (ins.keyword === "ADD" && ARCHIVE.test(f.path) && ins.flags.every((x) => !(x.name === "unpack" && x.value === "false"))) {
            step.unpacked.push(f.path);
            continue;
          }
          seen.has(f.dest) || (seen.add(f.dest), step.files.push(f));
        }
      }
      for (let f of step.files) {
        let kind = secretKind(f.path, () => readHead(f.path));
        kind && step.secrets.push({ path: f.path, dest: f.dest, kind }), f.size >= big && step.big.push(f);
      }
      steps.push(step);
    }
  return { steps, unusedPatterns: unusedPatterns(context), ignoreFile: context.ignoreFile };
}
function unusedPatterns(context) {
  let found = unusedByContext.get(context);
  return found || unusedByContext.set(context, found = findUnusedPatterns(context)), found;
}
var unusedByContext = /* @__PURE__ */ new WeakMap();
function findUnusedPatterns(context) {
  if (!context.ignore) return [];
  let matcher = context.ignore.matcher, used = new Uint8Array(matcher.patterns.length), seenDirs = /* @__PURE__ */ new Set(), test = (path) => {
    for (let i of matcher.candidatesFor(path)) !used[i] && matcher.matchesAt(i, path) && (used[i] = 1);
  };
  for (let f of context.allPaths()) {
    if (matcher.work > context.limits.patternTests) break;
    test(f);
    for (let i = f.lastIndexOf("/"); i > 0; i = f.lastIndexOf("/", i - 1)) {
      let dir = f.slice(0, i);
      if (seenDirs.has(dir)) break;
      seenDirs.add(dir), test(dir);
    }
  }
  return context.truncated !== null || matcher.work > context.limits.patternTests ? [] : context.ignore.patterns.filter((_, i) => !used[i]).map((p) => ({ pattern: p.pattern, line: p.line, negate: p.negate }));
}
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i, KEY_NAMES = /^(id_(rsa|dsa|ecdsa|ed25519)(_sk)?|.*\.(key|p12|pfx|jks|keystore|ppk))$/i, PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/, TOKEN_LINE = /(_authToken|_auth\s*=|_password\s*=|npmAuthToken|^\s*password\s*[=:]|^\s*username\s*[=:].*\n?.*password|"auth"\s*:|aws_secret_access_key|private_key)/im;
function secretKind(path, head) {
  let parts = path.split("/"), base = parts[parts.length - 1];
  return parts.includes(".git") ? "git metadata (history and remotes)" : /^\.env($|\.)/i.test(base) && !ENV_TEMPLATE.test(base) ? "environment file" : /^terraform\.tfstate(\.backup)?$/.test(base) || base.endsWith(".tfstate") ? "Terraform state" : parts.slice(-2).join("/") === ".aws/credentials" ? "AWS credentials" : parts.slice(-2).join("/") === ".kube/config" ? "Kubernetes credentials" : /^\.(netrc|git-credentials|htpasswd)$/.test(base) ? "credentials file" : KEY_NAMES.test(base) ? "private key" : /\.pem$/i.test(base) ? PRIVATE_KEY.test(head() ?? "-----BEGIN PRIVATE KEY-----") ? "private key" : null : /^\.(npmrc|pypirc|yarnrc\.yml|pip\.conf)$|^pip\.conf$/.test(base) ? TOKEN_LINE.test(head() ?? "") ? "package registry token" : null : /\.json$/i.test(base) && /(credential|service[-_]?account|gcloud|firebase-adminsdk)/i.test(base) ? /"private_key"|"client_secret"/.test(head() ?? "") ? "cloud credentials" : null : /^docker\/config\.json$/.test(parts.slice(-2).join("/").replace(/^\./, "")) && /"auths?"\s*:/.test(head() ?? "") ? "registry credentials" : null;
}
function headOf(file) {
  let fd = null;
  try {
    fd = openSync(file, "r");
    let buf = Buffer.alloc(8192), n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return null;
  } finally {
    fd !== null && closeSync(fd);
  }
}

// src/layers/guard.ts
function contextGuard(model, context, bigFile = DEFAULT_BIG_FILE) {
  let baked = bakedFiles(model, context, { bigFile });
  return {
    ignoreFile: baked.ignoreFile ? relative(context.dir, baked.ignoreFile).split("\\").join("/") || ".dockerignore" : null,
    bigFile,
    steps: baked.steps.map((s) => ({
      line: s.line,
      instruction: `${s.instruction.keywordRaw} ${s.instruction.argsText.text.trim()}`.replace(/\s+/g, " "),
      files: s.files,
      bytes: s.files.reduce((n, f) => n + f.size, 0),
      secrets: s.secrets,
      big: s.big,
      unpacked: s.unpacked
    })),
    unusedPatterns: baked.unusedPatterns
  };
}
function secretEntries(secrets) {
  let git = secrets.filter((s) => s.path.split("/").includes(".git")), out = secrets.filter((s) => !git.includes(s)).map((s) => ({ path: s.path, kind: s.kind }));
  return git.length && out.push({ path: ".git", kind: `${git.length} file${git.length === 1 ? "" : "s"}: history and remotes` }), out;
}

// src/layers/render-guard.ts
var LISTED = 8;
function files(n) {
  return `${n} file${n === 1 ? "" : "s"}`;
}
function some(items, show, n = LISTED) {
  let head = items.slice(0, n).map(show).join(", ");
  return items.length > n ? `${head} and ${items.length - n} more` : head;
}
function patternText(p) {
  return (p.negate ? "!" : "") + p.pattern;
}
function ignoreName(g) {
  return g.ignoreFile ?? ".dockerignore";
}
function guardLines(g, c) {
  if (!g.steps.length && !g.unusedPatterns.length) return [];
  let t = terminalText, out = ["", c.bold("build context written into the image") + c.dim(` (shipped stages, after ${t(ignoreName(g))})`)];
  for (let s of g.steps) {
    let what = `${files(s.files.length)}, ${formatBytes(s.bytes)}`;
    s.files.length && s.files.length <= 3 && (what += ": " + s.files.map((f) => `${t(f.path)} \u2192 ${t(f.dest)}`).join(", ")), out.push(`  ${c.dim(`line ${s.line}`)}  ${t(s.instruction.length > 60 ? s.instruction.slice(0, 59) + "\u2026" : s.instruction)}  ${what}`);
    let secrets = secretEntries(s.secrets);
    secrets.length && out.push("    " + c.red("secret-looking: ") + some(secrets, (x) => `${t(x.path)} (${t(x.kind)})`) + c.dim(`  \u2192 add to ${t(ignoreName(g))}`)), s.big.length && out.push("    " + c.yellow(`big (\u2265 ${formatBytes(g.bigFile)}): `) + some(s.big, (f) => `${t(f.path)} (${formatBytes(f.size)})`)), s.unpacked.length && out.push("    " + c.dim("archives ADD unpacks (their contents reach the image): ") + some(s.unpacked, t));
  }
  return g.unusedPatterns.length && out.push(`  ${t(ignoreName(g))} patterns that match nothing in the context: ` + some(g.unusedPatterns, (p) => `${t(patternText(p))} ${c.dim(`(line ${p.line})`)}`)), out;
}
function guardMarkdown(g) {
  if (!g.steps.length && !g.unusedPatterns.length) return [];
  let out = ["", `**Build context written into the image** (shipped stages, after ${markdownCode(ignoreName(g))})`];
  if (g.steps.length) {
    out.push("", "| Line | Step | Files | Secret-looking | Big |", "|--:|---|--:|---|---|");
    for (let s of g.steps) {
      let secrets = some(secretEntries(s.secrets), (x) => `${markdownCode(x.path)} (${markdownText(x.kind)})`, 5) || "-", big = some(s.big, (f) => `${markdownCode(f.path)} (${formatBytes(f.size)})`, 5) || "-", step = markdownCode(s.instruction.length > 60 ? s.instruction.slice(0, 59) + "\u2026" : s.instruction);
      out.push(`| ${s.line} | ${step} | ${s.files.length} (${formatBytes(s.bytes)}) | ${secrets} | ${big} |`);
    }
  }
  return g.unusedPatterns.length && out.push("", `Patterns in ${markdownCode(ignoreName(g))} that match nothing: ${some(g.unusedPatterns, (p) => `${markdownCode(patternText(p))} (line ${p.line})`)}.`), out;
}

// src/model/lines.ts
function createLineIndex(text) {
  let starts = [0];
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) starts.push(i + 1);
  function lineOf(offset) {
    let lo = 0, hi = starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      starts[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return lo;
  }
  return {
    lineCount: starts.length,
    position(offset) {
      let l = lineOf(offset);
      return { line: l + 1, column: offset - starts[l] + 1 };
    },
    lineStart(line) {
      return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
    },
    lineText(line) {
      let s = starts[line - 1];
      if (s === void 0) return "";
      let next = starts[line], e = next === void 0 ? text.length : next - 1;
      return e > s && text.charCodeAt(e - 1) === 13 && e--, text.slice(s, e);
    }
  };
}

// src/engine/fix.ts
var MAX_FIX_PASSES = 10, BOM = "\uFEFF";
function usesCrlf(text) {
  let nl = text.indexOf(`
`);
  return nl > 0 && text[nl - 1] === "\r";
}
function fixStart(f) {
  let s = 1 / 0;
  for (let e of f.edits) s = Math.min(s, e.span.start);
  return s;
}
function validEdits(f, length) {
  let edits = [...f.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end), last = -1;
  for (let e of edits) {
    let { start, end } = e.span;
    if (!(start >= 0 && end >= start && end <= length) || start < last || start === last && start === end) return null;
    last = end;
  }
  return edits;
}
function applyFixes(source, fixes) {
  let hadBom = source.startsWith(BOM), text = hadBom ? source.slice(1) : source, crlf = usesCrlf(text), order = fixes.map((f, i) => ({ f, i, start: fixStart(f) })).sort((a, b) => a.start - b.start || a.i - b.i), taken = [], applied = [], skipped = [];
  for (let { f } of order) {
    let edits = validEdits(f, text.length);
    if (!edits || edits.length === 0 || edits.some((e) => taken.some((t) => overlaps(t, e)))) {
      skipped.push(f);
      continue;
    }
    taken.push(...edits), applied.push(f);
  }
  taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = "", at = 0;
  for (let e of taken)
    out += text.slice(at, e.span.start) + (crlf ? e.text.replace(/\r?\n/g, `\r
`) : e.text), at = e.span.end;
  return out += text.slice(at), { text: (hadBom ? BOM : "") + out, applied, skipped };
}
function overlaps(a, b) {
  return a.span.start === a.span.end && b.span.start === b.span.end ? a.span.start === b.span.start : a.span.start < b.span.end && b.span.start < a.span.end;
}
var isSyntaxProblem = (p) => p.ruleId === "syntax-valid", acceptSafe = (p) => p.fix?.kind === "safe";
function fixSource(source, lint, options = {}) {
  let accept = options.accept ?? acceptSafe, maxPasses = options.maxPasses ?? MAX_FIX_PASSES, text = source, problems = lint(text), fixed = 0, passes = 0, seen = /* @__PURE__ */ new Set([text]);
  for (; passes < maxPasses; ) {
    let fixes = problems.filter((p) => p.fix && accept(p)).map((p) => p.fix);
    if (fixes.length === 0) break;
    passes++;
    let syntaxBefore = problems.filter(isSyntaxProblem).length, result = applyFixes(text, fixes), next = result.applied.length ? lint(result.text) : problems, count = result.applied.length;
    if (next.filter(isSyntaxProblem).length > syntaxBefore && ({ text: result.text, problems: next, count } = oneByOne(text, problems, result.applied, lint, syntaxBefore)), count === 0 || seen.has(result.text)) break;
    seen.add(result.text), text = result.text, problems = next, fixed += count;
  }
  return { output: text, fixed, passes, problems };
}
function oneByOne(text, problems, fixes, lint, syntaxBefore) {
  let ordered = [...fixes].sort((a, b) => fixStart(b) - fixStart(a)), count = 0;
  for (let f of ordered) {
    let candidate = applyFixes(text, [f]);
    if (!candidate.applied.length) continue;
    let after = lint(candidate.text);
    after.filter(isSyntaxProblem).length > syntaxBefore || (text = candidate.text, problems = after, count++);
  }
  return { text, problems, count };
}
function positionedEdits(lines, fix) {
  return fix.edits.map((e) => {
    let a = lines.position(e.span.start), b = lines.position(e.span.end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text };
  });
}

// src/format/diff.ts
function splitLines(text) {
  let out = [], at = 0;
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, at))
    out.push(text.slice(at, i + 1)), at = i + 1;
  return at < text.length && out.push(text.slice(at)), out;
}
function editScript(a, b) {
  let head = 0;
  for (; head < a.length && head < b.length && a[head] === b[head]; ) head++;
  let tail = 0;
  for (; tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]; ) tail++;
  let A = a.slice(head, a.length - tail), B = b.slice(head, b.length - tail), n = A.length, m = B.length, max = n + m, v = new Int32Array(2 * max + 2), trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[max + k - 1] < v[max + k + 1] ? v[max + k + 1] : v[max + k - 1] + 1, y2 = x2 - k;
      for (; x2 < n && y2 < m && A[x2] === B[y2]; )
        x2++, y2++;
      if (v[max + k] = x2, x2 >= n && y2 >= m) break outer;
    }
  }
  let middle = [], x = n, y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    let vd = trace[d], k = x - y, prevK = k === -d || k !== d && vd[max + k - 1] < vd[max + k + 1] ? k + 1 : k - 1, prevX = vd[max + prevK], prevY = prevX - prevK;
    for (; x > prevX && y > prevY; ) middle.push({ kind: " ", line: A[--x] }), y--;
    x === prevX ? middle.push({ kind: "+", line: B[--y] }) : middle.push({ kind: "-", line: A[--x] });
  }
  for (; x > 0 && y > 0; ) middle.push({ kind: " ", line: A[--x] }), y--;
  return middle.reverse(), [...a.slice(0, head).map((line) => ({ kind: " ", line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: " ", line }))];
}
function unifiedDiff(path, before, after, escape = (s) => s, context = 3) {
  if (before === after) return "";
  let ops = editScript(splitLines(before), splitLines(after)), out = [`--- a/${path}`, `+++ b/${path}`], i = 0, aAt = [], bAt = [], la = 1, lb = 1;
  for (let op of ops)
    aAt.push(la), bAt.push(lb), op.kind !== "+" && la++, op.kind !== "-" && lb++;
  for (; i < ops.length; ) {
    for (; i < ops.length && ops[i].kind === " "; ) i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context), end = i;
    for (; ; ) {
      for (; end < ops.length && ops[end].kind !== " "; ) end++;
      let next = end;
      for (; next < ops.length && ops[next].kind === " "; ) next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    let hunk = ops.slice(start, end), aLen = hunk.filter((o) => o.kind !== "+").length, bLen = hunk.filter((o) => o.kind !== "-").length, aStart = aLen ? aAt[start] : aAt[start] - 1, bStart = bLen ? bAt[start] : bAt[start] - 1;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`);
    for (let op of hunk) {
      let text = op.line.endsWith(`
`) ? op.line.slice(0, -1) : op.line;
      out.push(op.kind + escape(text)), op.line.endsWith(`
`) || out.push("\\ No newline at end of file");
    }
    i = end;
  }
  return out.join(`
`) + `
`;
}

// src/model/expand.ts
var NAME_START = /[A-Za-z_]/, NAME_CHAR = /[A-Za-z0-9_]/;
function expandWord(text, scope, escapeChar = "\\") {
  let state = { unresolved: !1, undefinedNames: [], names: [] };
  return { value: expandInto(text, scope, escapeChar, state, !0), ...state };
}
function expandInto(text, scope, esc, st, removeQuotes) {
  let out = "", i = 0, inDouble = !1, n = text.length;
  for (; i < n; ) {
    let c = text[i];
    if (c === esc && i + 1 < n) {
      let next = text[i + 1];
      if (!inDouble || next === "$" || next === '"' || next === esc) {
        out += removeQuotes ? next : c + next, i += 2;
        continue;
      }
      out += c, i++;
      continue;
    }
    if (c === "'" && !inDouble) {
      let close = text.indexOf("'", i + 1), end = close === -1 ? n : close;
      out += removeQuotes ? text.slice(i + 1, end) : text.slice(i, Math.min(end + 1, n)), i = end + 1;
      continue;
    }
    if (c === '"') {
      inDouble = !inDouble, removeQuotes || (out += c), i++;
      continue;
    }
    if (c === "$" && i + 1 < n) {
      let r = readVariable(text, i, scope, esc, st);
      if (r) {
        out += r.value, i = r.end;
        continue;
      }
    }
    out += c, i++;
  }
  return out;
}
function lookup(name, scope, st) {
  st.names.push(name);
  let b = scope.get(name);
  return b ? b.value : (st.undefinedNames.push(name), null);
}
function readVariable(text, i, scope, esc, st) {
  let n = text.length, j = i + 1;
  if (text[j] === "{") {
    j++;
    let nameStart = j;
    for (; j < n && NAME_CHAR.test(text[j]); ) j++;
    let name = text.slice(nameStart, j);
    if (!name) return null;
    let depth = 1, k = j;
    for (; k < n && depth > 0; )
      text[k] === esc ? k++ : text[k] === "{" ? depth++ : text[k] === "}" && depth--, depth > 0 && k++;
    let end = Math.min(k + 1, n), modifier = text.slice(j, k), v = lookup(name, scope, st), isSet = v !== null, known = v !== void 0;
    if (modifier === "") return { value: resolved(v, st), end };
    let m = /^(:?[-+?=])|^(##?|%%?|\/\/?)/.exec(modifier);
    if (!m) return { value: resolved(v, st), end };
    let op = m[0], word = modifier.slice(op.length), sub = () => {
      if ((st.depth ?? 0) >= 64)
        return st.unresolved = !0, "";
      st.depth = (st.depth ?? 0) + 1;
      let v2 = expandInto(word, scope, esc, st, !0);
      return st.depth--, v2;
    };
    switch (op) {
      case ":-":
      case ":=":
        return !known && isSet ? markUnknown(st, end) : { value: isSet && v !== "" ? v : sub(), end };
      case "-":
      case "=":
        return !known && isSet ? markUnknown(st, end) : { value: isSet ? v : sub(), end };
      case ":+":
        return !known && isSet ? markUnknown(st, end) : { value: isSet && v !== "" ? sub() : "", end };
      case "+":
        return !known && isSet ? markUnknown(st, end) : { value: isSet ? sub() : "", end };
      case ":?":
      case "?":
        return { value: resolved(v, st), end };
      default:
        return !known || !isSet ? markUnknown(st, end) : { value: applyPattern(v, op, sub()), end };
    }
  }
  if (j < n && NAME_START.test(text[j])) {
    let nameStart = j;
    for (; j < n && NAME_CHAR.test(text[j]); ) j++;
    let name = text.slice(nameStart, j);
    return { value: resolved(lookup(name, scope, st), st), end: j };
  }
  return null;
}
function resolved(v, st) {
  return v ?? (st.unresolved = !0, "");
}
function markUnknown(st, end) {
  return st.unresolved = !0, { value: "", end };
}
function applyPattern(value, op, pattern) {
  if (/[*?[]/.test(pattern)) return value;
  switch (op) {
    case "#":
    case "##":
      return value.startsWith(pattern) ? value.slice(pattern.length) : value;
    case "%":
    case "%%":
      return value.endsWith(pattern) ? value.slice(0, value.length - pattern.length) : value;
    default: {
      let [from, to = ""] = pattern.split("/");
      return from ? op === "//" ? value.split(from).join(to) : value.replace(from, to) : value;
    }
  }
}
function referencedNames(text, escapeChar = "\\") {
  let st = { unresolved: !1, undefinedNames: [], names: [] };
  return expandInto(text, /* @__PURE__ */ new Map(), escapeChar, st, !0), st.names;
}

// src/model/position-map.ts
var PositionMap = class _PositionMap {
  /** Index of the first character of each run (ascending, starts at 0). */
  starts;
  /** Source offset of that character; the run continues with +1 per character. */
  offsets;
  /** Number of positions (the text's length + 1: the last is the offset just after it). */
  length;
  constructor(starts, offsets, length) {
    this.starts = starts, this.offsets = offsets, this.length = length;
  }
  /** `length` consecutive offsets from `first`. */
  static contiguous(first, length) {
    return new _PositionMap(length > 0 ? ONE_RUN : [], length > 0 ? [first] : [], length);
  }
  /** Offsets one by one (each clamped run of equal values is a run per value). */
  static of(values) {
    let b = new PositionMapBuilder();
    for (let i = 0; i < values.length; i++) b.push(values[i]);
    return b.build();
  }
  run(i) {
    let lo = 0, hi = this.starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      this.starts[mid] <= i ? lo = mid : hi = mid - 1;
    }
    return lo;
  }
  /** The source offset of position `i`, undefined outside 0..length-1 (as an array would). */
  at(i) {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return;
    let k = this.run(i);
    return this.offsets[k] + (i - this.starts[k]);
  }
  /** The last position's offset (undefined when empty). */
  last() {
    return this.at(this.length - 1);
  }
  /** Positions `from` to `to` (exclusive, clamped), as `Array.prototype.slice`. */
  slice(from, to = this.length) {
    let a = Math.max(0, Math.min(from, this.length)), z = Math.max(a, Math.min(to, this.length));
    if (z === a) return new _PositionMap([], [], 0);
    let starts = [], offsets = [];
    for (let k = this.run(a); k < this.starts.length && this.starts[k] < z; k++) {
      let s = Math.max(this.starts[k], a);
      starts.push(s - a), offsets.push(this.offsets[k] + (s - this.starts[k]));
    }
    return new _PositionMap(starts, offsets, z - a);
  }
  /** The first position in 0..`limit` whose offset is at or after `offset` (`limit` when none
   * is), for offsets that never decrease. */
  firstAtOrAfter(offset, limit) {
    let lo = 0, hi = limit;
    for (; lo < hi; ) {
      let mid = lo + hi >> 1;
      (this.at(mid) ?? 1 / 0) < offset ? lo = mid + 1 : hi = mid;
    }
    return lo;
  }
}, ONE_RUN = [0], PositionMapBuilder = class {
  starts = [];
  offsets = [];
  n = 0;
  lastOffset = NaN;
  get length() {
    return this.n;
  }
  /** The offset pushed last (undefined when none). */
  last() {
    return this.n > 0 ? this.lastOffset : void 0;
  }
  push(offset) {
    (this.n === 0 || offset !== this.lastOffset + 1) && (this.starts.push(this.n), this.offsets.push(offset)), this.lastOffset = offset, this.n++;
  }
  /** Pushes `from`, `from + 1`, ... `to - 1`. */
  pushRange(from, to) {
    to <= from || (this.push(from), this.n += to - from - 1, this.lastOffset = to - 1);
  }
  build() {
    let starts = this.starts.length === 1 ? ONE_RUN : this.starts.slice();
    return new PositionMap(starts, this.offsets.slice(), this.n);
  }
};

// src/model/scan.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\r", `
`]);
function isBlank(s) {
  return /^[ \t\r]*$/.test(s);
}
function readHeader(src, from, limit, escape) {
  let text = "", map = new PositionMapBuilder(), pos = from, emptyContinuation = null, first = !0;
  for (; ; ) {
    let eol = src.indexOf(`
`, pos);
    (eol === -1 || eol > limit) && (eol = limit);
    let lineEnd = eol;
    lineEnd > pos && src[lineEnd - 1] === "\r" && lineEnd--;
    let line = src.slice(pos, lineEnd);
    if (!first && /^[ \t]*#/.test(line)) {
      if (eol >= limit) return finish(pos, eol);
      pos = eol + 1;
      continue;
    }
    if (!first && isBlank(line)) {
      if (emptyContinuation ??= { start: pos, end: lineEnd }, eol >= limit) return finish(pos, eol);
      pos = eol + 1;
      continue;
    }
    first = !1;
    let k = lineEnd - 1;
    for (; k >= pos && (src[k] === " " || src[k] === "	"); ) k--;
    let continued = k >= pos && src[k] === escape && (k === lineStartOf(src, pos) || src[k - 1] !== escape), contentEnd = continued ? k : lineEnd;
    if (text += src.slice(pos, contentEnd), map.pushRange(pos, contentEnd), !continued || eol >= limit)
      return map.push(contentEnd), { text: { text, map: map.build() }, end: contentEnd, nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
    pos = eol + 1;
  }
  function finish(pos2, eol) {
    return map.push(map.length ? map.last() + 1 : pos2), { text: { text, map: map.build() }, end: map.last(), nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
  }
}
function lineStartOf(src, pos) {
  return src.lastIndexOf(`
`, pos - 1) + 1;
}
function sliceLogical(t, from, to = t.text.length) {
  return { text: t.text.slice(from, to), map: t.map.slice(from, to + 1) };
}
function spanOf(t, from, to) {
  return { start: t.map.at(from), end: to > from ? t.map.at(to - 1) + 1 : t.map.at(from) };
}
function isWs(c) {
  return c === 32 || c === 9 || c === 13 || c === 10;
}
function splitWords(t, from, escape) {
  let s = t.text, esc = escape.charCodeAt(0), words2 = [], i = from, n = s.length;
  for (; i < n; ) {
    for (; i < n && isWs(s.charCodeAt(i)); ) i++;
    if (i >= n) break;
    let start = i, plain = !0, quote = 0;
    for (; i < n; i++) {
      let c = s.charCodeAt(i);
      if (quote) {
        c === quote ? quote = 0 : c === esc && quote === 34 && i++;
        continue;
      }
      if (isWs(c)) break;
      c === 34 || c === 39 ? (quote = c, plain = !1) : c === esc && (plain = !1, i++);
    }
    i > n && (i = n);
    let raw = s.slice(start, i), value = plain ? raw : unquote(raw, escape);
    words2.push({ start: t.map.at(start), end: i > start ? t.map.at(i - 1) + 1 : t.map.at(start), raw, value });
  }
  return words2;
}
function unquote(raw, escape) {
  let value = "", quote = null;
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    quote ? c === quote ? quote = null : c === escape && quote === '"' && i + 1 < raw.length ? value += raw[++i] : value += c : c === '"' || c === "'" ? quote = c : c === escape && i + 1 < raw.length ? value += raw[++i] : value += c;
  }
  return value;
}
function takeFlags(words2, boolFlags = /* @__PURE__ */ new Set()) {
  let flags = [], i = 0;
  for (; i < words2.length; i++) {
    let w = words2[i];
    if (!w.raw.startsWith("--") || w.raw.length < 3) break;
    let eq = w.raw.indexOf("="), name = (eq === -1 ? w.raw.slice(2) : w.raw.slice(2, eq)).toLowerCase(), next = words2[i + 1];
    if (eq === -1 && !boolFlags.has(name) && next && !next.raw.startsWith("--") && i + 2 < words2.length) {
      flags.push({ start: w.start, end: next.end, name, value: next.value, valueSpan: { start: next.start, end: next.end }, spaced: !0 }), i++;
      continue;
    }
    let value = eq === -1 ? null : w.value.slice(w.value.indexOf("=") + 1), valueSpan = eq === -1 ? { start: w.start + 2, end: w.end } : { start: Math.min(w.start + eq + 1, w.end), end: w.end };
    flags.push({ start: w.start, end: w.end, name, value, valueSpan });
  }
  return { flags, rest: words2.slice(i) };
}
function parseJsonArray(t, from) {
  let s = t.text, i = from, n = s.length;
  for (; i < n && WS.has(s[i]); ) i++;
  if (s[i] !== "[") return null;
  i++;
  let values = [], spans = [], skip = () => {
    for (; i < n && WS.has(s[i]); ) i++;
  };
  if (skip(), s[i] === "]")
    return i++, skip(), i === n ? { values, spans } : null;
  for (; ; ) {
    if (skip(), s[i] !== '"') return null;
    let start = i;
    i++;
    let v = "";
    for (; i < n && s[i] !== '"'; ) {
      if (s[i] === "\\") {
        let e = s[i + 1];
        if (e === void 0) return null;
        if (e === "u") {
          let hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
          v += String.fromCharCode(parseInt(hex, 16)), i += 6;
          continue;
        }
        let map = { n: `
`, t: "	", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
        if (!(e in map)) return null;
        v += map[e], i += 2;
        continue;
      }
      v += s[i], i++;
    }
    if (i >= n) return null;
    if (i++, values.push(v), spans.push(spanOf(t, start, i)), skip(), s[i] === ",") {
      i++;
      continue;
    }
    return s[i] === "]" ? (i++, skip(), i === n ? { values, spans } : null) : null;
  }
}
var HEREDOC_MARKER = /(^|[^<])<<(-?)(["']?)([A-Za-z0-9_.\-]+)\3/g;
function findHeredocMarkers(t) {
  let out = [];
  HEREDOC_MARKER.lastIndex = 0;
  let m;
  for (; m = HEREDOC_MARKER.exec(t.text); ) {
    let from = m.index + m[1].length;
    t.text[from + 2 + m[2].length + m[3].length + m[4].length + m[3].length] !== "<" && (insideSingleQuotes(t.text, from) || out.push({ name: m[4], stripTabs: m[2] === "-", quoted: m[3] !== "", from, to: m.index + m[0].length }));
  }
  return out;
}
function insideSingleQuotes(s, pos) {
  let inSingle = !1, inDouble = !1;
  for (let i = 0; i < pos; i++) {
    let c = s[i];
    c === "\\" && !inSingle ? i++ : c === "'" && !inDouble ? inSingle = !inSingle : c === '"' && !inSingle && (inDouble = !inDouble);
  }
  return inSingle || inDouble;
}
function readHeredocBodies(src, start, limit, markers, t, lineOf) {
  let heredocs = [], pos = start;
  for (let mk of markers) {
    let bodyStart = pos, text = "", map = new PositionMapBuilder(), terminated = !1, lastEnd = pos;
    for (; pos < limit; ) {
      let eol = src.indexOf(`
`, pos);
      (eol === -1 || eol > limit) && (eol = limit);
      let lineEnd = eol;
      lineEnd > pos && src[lineEnd - 1] === "\r" && lineEnd--;
      let lineFrom = pos;
      if (mk.stripTabs) for (; lineFrom < lineEnd && src[lineFrom] === "	"; ) lineFrom++;
      if (src.slice(lineFrom, lineEnd) === mk.name) {
        terminated = !0, pos = Math.min(eol + 1, src.length), lastEnd = lineEnd;
        break;
      }
      if (map.length && (text += `
`, map.push(pos - 1)), text += src.slice(lineFrom, lineEnd), map.pushRange(lineFrom, lineEnd), lastEnd = lineEnd, pos = eol + 1, eol >= limit) break;
    }
    map.push(Math.min(lastEnd, src.length));
    let bodyMap = map.build(), bodyEndOffset = bodyMap.length > 1 ? bodyMap.at(bodyMap.length - 2) + 1 : bodyStart;
    if (heredocs.push({
      name: mk.name,
      stripTabs: mk.stripTabs,
      quoted: mk.quoted,
      marker: spanOf(t, mk.from, mk.to),
      body: text,
      bodySpan: { start: bodyStart, end: bodyEndOffset },
      bodyLine: lineOf(bodyStart)
    }), bodyMaps.set(heredocs[heredocs.length - 1], bodyMap), !terminated) return { heredocs, end: Math.min(pos, limit), unterminated: mk };
  }
  return { heredocs, end: pos, unterminated: null };
}
var bodyMaps = /* @__PURE__ */ new WeakMap();
function heredocLogical(h) {
  let map = bodyMaps.get(h);
  return { text: h.body, map: map ?? PositionMap.contiguous(h.bodySpan.start, h.body.length + 1) };
}

// src/model/image.ts
function splitImage(ref) {
  let rest = ref, digest = null, at = rest.indexOf("@");
  at !== -1 && (digest = rest.slice(at + 1), rest = rest.slice(0, at));
  let tag = null, slash = rest.lastIndexOf("/"), colon = rest.lastIndexOf(":");
  colon > slash && (tag = rest.slice(colon + 1), rest = rest.slice(0, colon));
  let registry = null, firstSlash = rest.indexOf("/");
  if (firstSlash !== -1) {
    let first = rest.slice(0, firstSlash);
    (first.includes(".") || first.includes(":") || first === "localhost") && (registry = first, rest = rest.slice(firstSlash + 1));
  }
  return { registry, path: rest, tag, digest };
}
function parseImageRef(word, scope, escape, _text) {
  let r = expandWord(word.raw, scope, escape), expanded = r.value, parts = splitImage(expanded), tagSpan = { start: word.start, end: word.end };
  if (parts.tag !== null) {
    let idx = word.raw.lastIndexOf(":" + parts.tag);
    if (idx !== -1) {
      let start = Math.min(word.start + idx + 1, word.end);
      tagSpan = { start, end: Math.min(start + parts.tag.length, word.end) };
    }
  }
  return {
    raw: word.raw,
    span: { start: word.start, end: word.end },
    expanded,
    unresolved: r.unresolved,
    ...parts,
    tagSpan,
    isScratch: expanded.toLowerCase() === "scratch",
    stage: null
  };
}

// src/model/lexer.ts
var DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*)$/;
function readDirectives(text) {
  let d = { syntax: null, escape: "\\", check: null, spans: {} }, pos = 0, seen = /* @__PURE__ */ new Set();
  for (; pos < text.length; ) {
    let eol = text.indexOf(`
`, pos);
    eol === -1 && (eol = text.length);
    let end = eol;
    end > pos && text[end - 1] === "\r" && end--;
    let line = text.slice(pos, end), m = DIRECTIVE.exec(line.trimStart());
    if (!m) break;
    m[2] = trimEndOf(m[2], " 	");
    let name = m[1].toLowerCase();
    if (seen.has(name)) break;
    seen.add(name);
    let start = pos + line.indexOf("#");
    d.spans[name] = { start, end }, name === "escape" ? d.escape = m[2] === "`" ? "`" : "\\" : name === "syntax" ? d.syntax = m[2] : name === "check" && (d.check = m[2]), pos = eol + 1;
  }
  return d;
}
function keywordAt(text, pos, lineEnd, escape) {
  let i = pos;
  for (; i < lineEnd && (text[i] === " " || text[i] === "	"); ) i++;
  if (i >= lineEnd || text[i] === "#" || text[i] === "\r") return null;
  let start = i;
  for (; i < lineEnd; ) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || text[i] === escape && /^[ \t\r]*$/.test(text.slice(i + 1, lineEnd))) break;
    i++;
  }
  return { start, end: i };
}

// src/model/shell.ts
function parseShell(text) {
  let p = new Parser(text, 0, { budget: 4 * text.length + 4096, nest: 0 }, !1);
  p.run();
  let out = p.out;
  return out.length > 0 && (out[out.length - 1].next = null), out;
}
var T_EOF = 0, T_WORD = 1, T_OP = 2, T_REDIR = 3, K_SUBSHELL = 0, K_GROUP = 1, K_IF = 2, K_LOOP = 3, K_FOR = 4, K_CASE = 5, K_FUNC = 6, F_NAME = 0, F_AFTER_NAME = 1, F_LIST = 2, F_EXPECT_DO = 3, F_BODY = 4, C_WORD = 0, C_IN = 1, C_PATTERN = 2, C_BODY = 3, FN_NAME = 0, FN_EXPECT_BODY = 1, FN_BODY = 2, MAX_NEST = 48, TERM = new Uint8Array(128);
for (let c of ` 	\r
;&|<>()`) TERM[c.charCodeAt(0)] = 1;
var DBR_OP = new Uint8Array(128);
for (let c of "&|<>()") DBR_OP[c.charCodeAt(0)] = 1;
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57;
}
function isAssignment(raw) {
  if (!isNameStart(raw.charCodeAt(0))) return !1;
  for (let i = 1; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c === 61) return !0;
    if (c === 43) return raw.charCodeAt(i + 1) === 61;
    if (!isNameChar(c)) return !1;
  }
  return !1;
}
function skipBacktick(t, i) {
  let n = t.length, j = i + 1;
  for (; j < n; ) {
    let c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else {
      if (c === 96) return j + 1;
      j++;
    }
  }
  return n;
}
function skipDq(t, i) {
  let n = t.length, j = i + 1;
  for (; j < n; ) {
    let c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else {
      if (c === 34) return j + 1;
      j++;
    }
  }
  return n;
}
function ansiEscape(ch) {
  switch (ch) {
    case "n":
      return `
`;
    case "t":
      return "	";
    case "r":
      return "\r";
    case "a":
      return "\x07";
    case "b":
      return "\b";
    case "e":
    case "E":
      return "\x1B";
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
var Parser = class _Parser {
  out = [];
  /** For a nested parser: offset just after the closing `)`. */
  endPos;
  t;
  n;
  pos;
  sh;
  /** Scanning a `$( ... )`: an unmatched `)` ends the parse. */
  nested;
  // Current token.
  tk = T_EOF;
  op = "";
  ts = 0;
  te = 0;
  word = null;
  reuse = !1;
  heredocs = [];
  stack = [];
  /** Open contexts per kind, so closing a kind that is not open costs nothing. */
  kindCount = [0, 0, 0, 0, 0, 0, 0];
  sub = 0;
  cmp = 0;
  cur = null;
  /** Last emitted command still waiting for its `next` operator. */
  pend = null;
  pipeJoin = !1;
  pipeNo = -1;
  /** Just closed a compound command: redirections apply to it, not to a new command. */
  afterClose = !1;
  /** Inside `[[ ... ]]`. */
  dbr = !1;
  dqValue = "";
  dqExp = !1;
  constructor(text, pos, sh, nested) {
    this.t = text, this.n = text.length, this.pos = pos, this.endPos = text.length, this.sh = sh, this.nested = nested;
  }
  run() {
    for (; ; ) {
      this.next();
      let tk = this.tk;
      if (tk === T_WORD) this.onWord(this.word);
      else if (tk === T_OP) {
        if (this.onOp(this.op)) {
          this.finish(), this.endPos = this.te;
          return;
        }
      } else if (tk === T_REDIR) this.onRedir();
      else {
        this.finish(), this.endPos = this.n;
        return;
      }
    }
  }
  // ---------------------------------------------------------------- lexer
  setOp(kind, op, end) {
    this.tk = kind, this.op = op, this.te = end, this.pos = end;
  }
  next() {
    if (this.reuse) {
      this.reuse = !1;
      return;
    }
    let t = this.t, n = this.n, i = this.pos;
    for (; ; ) {
      if (i >= n) {
        this.tk = T_EOF, this.ts = this.te = this.pos = n;
        return;
      }
      let c2 = t.charCodeAt(i);
      if (c2 === 32 || c2 === 9 || c2 === 13) i++;
      else if (c2 === 92 && t.charCodeAt(i + 1) === 10) i += 2;
      else if (c2 === 35) {
        let j = t.indexOf(`
`, i);
        i = j < 0 ? n : j;
      } else break;
    }
    this.ts = i;
    let c = t.charCodeAt(i), c1 = t.charCodeAt(i + 1);
    if (this.dbr && c < 128 && DBR_OP[c] === 1) {
      let j = i + 1;
      for (; j < n; ) {
        let d = t.charCodeAt(j);
        if (d >= 128 || DBR_OP[d] !== 1) break;
        j++;
      }
      let raw = t.slice(i, j);
      this.word = { start: i, end: j, raw, value: raw, hasExpansion: !1, quoted: !1 }, this.tk = T_WORD, this.te = this.pos = j;
      return;
    }
    switch (c) {
      case 10:
        this.setOp(T_OP, `
`, i + 1), this.heredocs.length > 0 && this.skipHeredocs();
        return;
      case 59:
        c1 === 59 ? t.charCodeAt(i + 2) === 38 ? this.setOp(T_OP, ";;&", i + 3) : this.setOp(T_OP, ";;", i + 2) : c1 === 38 ? this.setOp(T_OP, ";&", i + 2) : this.setOp(T_OP, ";", i + 1);
        return;
      case 38:
        c1 === 38 ? this.setOp(T_OP, "&&", i + 2) : c1 === 62 ? t.charCodeAt(i + 2) === 62 ? this.setOp(T_REDIR, "&>>", i + 3) : this.setOp(T_REDIR, "&>", i + 2) : this.setOp(T_OP, "&", i + 1);
        return;
      case 124:
        c1 === 124 ? this.setOp(T_OP, "||", i + 2) : c1 === 38 ? this.setOp(T_OP, "|&", i + 2) : this.setOp(T_OP, "|", i + 1);
        return;
      case 40:
        this.setOp(T_OP, "(", i + 1);
        return;
      case 41:
        this.setOp(T_OP, ")", i + 1);
        return;
      case 60:
      // <
      case 62:
        if (c1 !== 40) {
          this.lexRedir(i);
          return;
        }
        break;
      // process substitution: a word
      default:
        if (c >= 48 && c <= 57) {
          let j = i + 1;
          for (; j < n && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57; ) j++;
          let d = t.charCodeAt(j);
          if ((d === 60 || d === 62) && t.charCodeAt(j + 1) !== 40) {
            this.lexRedir(j);
            return;
          }
        }
    }
    this.pos = i, this.word = this.readWord(), this.tk = T_WORD, this.te = this.pos;
  }
  /** Lexes the redirection operator at `i` (a `<` or `>`). */
  lexRedir(i) {
    let t = this.t, c1 = t.charCodeAt(i + 1);
    if (t.charCodeAt(i) === 60)
      if (c1 === 60) {
        let c2 = t.charCodeAt(i + 2);
        c2 === 60 ? this.setOp(T_REDIR, "<<<", i + 3) : c2 === 45 ? this.setOp(T_REDIR, "<<-", i + 3) : this.setOp(T_REDIR, "<<", i + 2);
      } else c1 === 38 ? this.setOp(T_REDIR, "<&", i + 2) : c1 === 62 ? this.setOp(T_REDIR, "<>", i + 2) : this.setOp(T_REDIR, "<", i + 1);
    else
      c1 === 62 ? this.setOp(T_REDIR, ">>", i + 2) : c1 === 38 ? this.setOp(T_REDIR, ">&", i + 2) : c1 === 124 ? this.setOp(T_REDIR, ">|", i + 2) : this.setOp(T_REDIR, ">", i + 1);
  }
  /** After a newline token: skips the bodies of pending here-documents. */
  skipHeredocs() {
    let t = this.t, n = this.n, pos = this.pos;
    for (let h of this.heredocs)
      for (; pos < n; ) {
        let eol = t.indexOf(`
`, pos), lineEnd = eol < 0 ? n : eol, s = pos;
        if (h.strip) for (; s < lineEnd && t.charCodeAt(s) === 9; ) s++;
        let e = lineEnd;
        e > s && t.charCodeAt(e - 1) === 13 && e--;
        let matched = e - s === h.delim.length && t.startsWith(h.delim, s);
        if (pos = eol < 0 ? n : eol + 1, matched) break;
      }
    this.heredocs = [], this.pos = pos;
  }
  readWord() {
    let t = this.t, n = this.n, start = this.pos, i = start, lit = start, value = "", hasExp = !1, quoted = !1, c0 = t.charCodeAt(i);
    for ((c0 === 60 || c0 === 62) && t.charCodeAt(i + 1) === 40 && (i = this.scanSubst(i + 2), hasExp = !0); i < n; ) {
      let c = t.charCodeAt(i);
      if (c < 128 && TERM[c] === 1) {
        if (c === 40 && i > start && this.wordParenOk(start, i)) {
          let m = this.matchParen(i, !0);
          if (m >= 0) {
            for (let k = i; k < m; k++) {
              let d = t.charCodeAt(k);
              if (d === 36 || d === 96) {
                hasExp = !0;
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
        value += t.slice(lit, i), t.charCodeAt(i + 1) !== 10 && (value += t[i + 1], quoted = !0), i += 2, lit = i;
      } else if (c === 39) {
        value += t.slice(lit, i);
        let j = t.indexOf("'", i + 1);
        j < 0 ? (value += t.slice(i + 1), i = n) : (value += t.slice(i + 1, j), i = j + 1), lit = i, quoted = !0;
      } else if (c === 34)
        value += t.slice(lit, i), i = this.readDq(i + 1), value += this.dqValue, this.dqExp && (hasExp = !0), lit = i, quoted = !0;
      else if (c === 36) {
        let d = t.charCodeAt(i + 1);
        if (d === 39) {
          value += t.slice(lit, i);
          let j = i + 2;
          for (; j < n; ) {
            let e = t.charCodeAt(j);
            if (e === 39) break;
            e === 92 && j + 1 < n ? (value += ansiEscape(t[j + 1]), j += 2) : (value += t[j], j++);
          }
          i = j < n ? j + 1 : n, lit = i, quoted = !0;
        } else if (d === 34)
          value += t.slice(lit, i), i = this.readDq(i + 2), value += this.dqValue, this.dqExp && (hasExp = !0), lit = i, quoted = !0;
        else {
          let e = this.scanDollar(i);
          e > i + 1 && (hasExp = !0), i = e;
        }
      } else c === 96 ? (i = skipBacktick(t, i), hasExp = !0) : i++;
    }
    return i > n && (i = n), value += t.slice(lit, i), this.pos = i, { start, end: i, raw: t.slice(start, i), value, hasExpansion: hasExp, quoted };
  }
  /** A `(` at `i` inside a word belongs to it: array assignment or extglob. */
  wordParenOk(start, i) {
    let t = this.t, p = t.charCodeAt(i - 1);
    if (p === 63 || p === 42 || p === 43 || p === 64 || p === 33) return !0;
    if (p !== 61 || !isNameStart(t.charCodeAt(start))) return !1;
    let k = start + 1;
    for (; k < i - 1 && isNameChar(t.charCodeAt(k)); ) k++;
    return k < i - 1 && t.charCodeAt(k) === 43 && k++, k === i - 1;
  }
  /** Reads a double-quoted string from just after the opening quote; sets dqValue/dqExp. */
  readDq(p) {
    let t = this.t, n = this.n, i = p, lit = p, v = "", exp = !1;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 34)
        return v += t.slice(lit, i), this.dqValue = v, this.dqExp = exp, i + 1;
      if (c === 92) {
        let d = t.charCodeAt(i + 1);
        d === 36 || d === 96 || d === 34 || d === 92 ? (v += t.slice(lit, i) + t[i + 1], i += 2, lit = i) : d === 10 ? (v += t.slice(lit, i), i += 2, lit = i) : i += 2;
      } else if (c === 36) {
        let e = this.scanDollar(i);
        e > i + 1 && (exp = !0), i = e;
      } else c === 96 ? (i = skipBacktick(t, i), exp = !0) : i++;
    }
    return lit < n && (v += t.slice(lit, n)), this.dqValue = v, this.dqExp = exp, n;
  }
  /** Scans a `$` form at `i`; returns its end (`i + 1` for a literal `$`). */
  scanDollar(i) {
    let t = this.t, n = this.n, d = t.charCodeAt(i + 1);
    if (d === 123) return this.scanBrace(i + 2);
    if (d === 40) {
      if (t.charCodeAt(i + 2) === 40) {
        let m = this.matchParen(i + 2, !0);
        if (m >= 0 && t.charCodeAt(m + 1) === 41) return m + 2;
      }
      return this.scanSubst(i + 2);
    }
    if (d === 91) {
      let j = t.indexOf("]", i + 2);
      return j < 0 ? n : j + 1;
    }
    if (isNameStart(d)) {
      let j = i + 2;
      for (; j < n && isNameChar(t.charCodeAt(j)); ) j++;
      return j;
    }
    return d >= 48 && d <= 57 || d === 64 || d === 42 || d === 35 || d === 63 || d === 36 || d === 33 || d === 45 ? i + 2 : i + 1;
  }
  /** Scans `${ ... }` from just after the `{`. */
  scanBrace(p) {
    let t = this.t, n = this.n, deep = this.sh.nest >= MAX_NEST;
    this.sh.nest++;
    let depth = 1, i = p;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 123)
        depth++, i++;
      else if (c === 125) {
        if (--depth === 0)
          return this.sh.nest--, i + 1;
        i++;
      } else if (deep) i++;
      else if (c === 39) {
        let j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else c === 34 ? i = this.readDq(i + 1) : c === 36 ? i = Math.max(this.scanDollar(i), i + 1) : c === 96 ? i = skipBacktick(t, i) : i++;
    }
    return this.sh.nest--, n;
  }
  /** Scans a command substitution body from just after its `(`; returns the offset after `)`. */
  scanSubst(p) {
    if (this.sh.nest >= MAX_NEST) {
      let m = this.matchParen(p - 1, !1);
      return m < 0 ? this.n : m + 1;
    }
    this.sh.nest++;
    let sub = new _Parser(this.t, p, this.sh, !0);
    return sub.run(), this.sh.nest--, sub.endPos;
  }
  /** Offset of the `)` matching the `(` at `p`, or -1 (quotes and escapes skipped). */
  matchParen(p, budgeted) {
    let t = this.t, n = this.n;
    if (budgeted && this.sh.budget <= 0) return -1;
    let depth = 0, i = p;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 39) {
        let j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else if (c === 34) i = skipDq(t, i);
      else if (c === 96) i = skipBacktick(t, i);
      else {
        if (c === 40) depth++;
        else if (c === 41 && --depth === 0)
          return budgeted && (this.sh.budget -= i - p), i;
        i++;
      }
    }
    return budgeted && (this.sh.budget -= n - p), -1;
  }
  // --------------------------------------------------------------- parser
  top() {
    let s = this.stack;
    return s.length > 0 ? s[s.length - 1] : null;
  }
  push(kind, phase) {
    let top = this.top();
    top !== null && top.kind === K_FUNC && top.phase === FN_EXPECT_BODY && (top.phase = FN_BODY), this.stack.push({ kind, phase }), this.kindCount[kind]++, kind === K_SUBSHELL ? this.sub++ : this.cmp++;
  }
  popCtx() {
    let c = this.stack.pop();
    c !== void 0 && (this.kindCount[c.kind]--, c.kind === K_SUBSHELL ? this.sub-- : this.cmp--);
  }
  /** Closes the innermost context of kind `a` (or `b`) and everything above it. */
  closeTo(a, b = -1) {
    if (this.kindCount[a] === 0 && (b < 0 || this.kindCount[b] === 0)) return !1;
    let s = this.stack, idx = s.length - 1;
    for (; idx >= 0 && s[idx].kind !== a && s[idx].kind !== b; ) idx--;
    if (idx < 0) return !1;
    for (; s.length > idx; ) this.popCtx();
    for (let top = this.top(); top !== null && top.kind === K_FUNC && top.phase === FN_BODY; top = this.top())
      this.popCtx();
    return this.afterClose = !0, !0;
  }
  inHeader() {
    let top = this.top();
    return top === null ? !1 : top.kind === K_FOR && top.phase < F_BODY || top.kind === K_CASE && top.phase < C_BODY;
  }
  finish() {
    let c = this.cur;
    c !== null && (this.cur = null, this.dbr = !1, c.pipeline = this.pipeJoin && this.pipeNo >= 0 ? this.pipeNo : ++this.pipeNo, this.pipeJoin = !1, this.nested || this.out.push(c), this.pend = c);
  }
  newCommand(start, end) {
    let c = {
      start,
      end,
      assignments: [],
      words: [],
      subshellDepth: this.sub,
      next: null,
      pipeline: -1,
      compound: this.cmp > 0
    };
    return this.afterClose = !1, this.cur = c, c;
  }
  onWord(w) {
    let cur = this.cur;
    if (cur !== null) {
      if (cur.words.length === 0) {
        if (isAssignment(w.raw)) {
          cur.assignments.push(w), cur.end = w.end;
          return;
        }
        w.raw === "[[" && (this.dbr = !0);
      } else this.dbr && w.raw === "]]" && (this.dbr = !1);
      cur.words.push(w), cur.end = w.end;
      return;
    }
    let top = this.top();
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
    let t2 = this.top();
    t2 !== null && t2.kind === K_FUNC && t2.phase === FN_EXPECT_BODY && this.popCtx();
    let c = this.newCommand(w.start, w.end);
    isAssignment(w.raw) ? c.assignments.push(w) : (c.words.push(w), w.raw === "[[" && (this.dbr = !0));
  }
  /** Reserved word at command position (the raw text compare excludes quoted forms). */
  keyword(raw) {
    switch (raw) {
      case "if":
        return this.push(K_IF, 0), !0;
      case "then":
      case "elif":
      case "else":
      case "!":
        return !0;
      case "fi":
        return this.closeTo(K_IF), !0;
      case "while":
      case "until":
        return this.push(K_LOOP, 0), !0;
      case "do": {
        let top = this.top();
        return top !== null && top.kind === K_FOR && (top.phase = F_BODY), !0;
      }
      case "done":
        return this.closeTo(K_LOOP, K_FOR), !0;
      case "for":
      case "select":
        return this.push(K_FOR, F_NAME), this.forArith(), !0;
      case "case":
        return this.push(K_CASE, C_WORD), !0;
      case "esac":
        return this.closeTo(K_CASE), !0;
      case "{":
        return this.push(K_GROUP, 0), !0;
      case "}":
        return this.closeTo(K_GROUP);
      case "function":
        return this.push(K_FUNC, FN_NAME), !0;
      default:
        return !1;
    }
  }
  /** `for (( init; cond; step ))`: skips the arithmetic header. */
  forArith() {
    let t = this.t, j = this.pos;
    for (; j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9); ) j++;
    if (t.charCodeAt(j) !== 40 || t.charCodeAt(j + 1) !== 40) return;
    let m = this.matchParen(j, !1);
    this.pos = m < 0 ? this.n : m + 1, this.top().phase = F_EXPECT_DO;
  }
  /** A word in a `for` header; false when it starts the body. */
  forWord(top, w) {
    switch (top.phase) {
      case F_NAME:
        return top.phase = F_AFTER_NAME, !0;
      case F_AFTER_NAME:
        return top.phase = w.raw === "do" ? F_BODY : F_LIST, !0;
      case F_LIST:
        return !0;
      default:
        return top.phase = F_BODY, w.raw === "do";
    }
  }
  caseWord(top, w) {
    top.phase === C_WORD ? top.phase = C_IN : top.phase === C_IN ? top.phase = C_PATTERN : w.raw === "esac" && this.closeTo(K_CASE);
  }
  onRedir() {
    let op = this.op, rs = this.ts, re = this.te;
    this.next();
    let target = null;
    if (this.tk === T_WORD ? (target = this.word, re = target.end) : this.reuse = !0, target !== null && (op === "<<" || op === "<<-") && this.heredocs.push({ delim: target.value, strip: op === "<<-" }), this.cur !== null) {
      this.cur.end = re;
      return;
    }
    this.afterClose || this.inHeader() || this.newCommand(rs, re);
  }
  /** After a `(` token: consumes a `)` that follows (blanks allowed). */
  peekClose() {
    let t = this.t, j = this.te;
    for (; j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9); ) j++;
    return t.charCodeAt(j) !== 41 ? !1 : (this.pos = j + 1, !0);
  }
  /** `(( expr ))` at command position: one command whose only word is the whole expression. */
  arithCommand() {
    let t = this.t, p = this.ts, m = this.matchParen(p + 1, !0);
    if (m < 0 || t.charCodeAt(m + 1) !== 41) return !1;
    let end = m + 2, raw = t.slice(p, end);
    return this.newCommand(p, end).words.push({ start: p, end, raw, value: raw, hasExpansion: !0, quoted: !1 }), this.pos = end, !0;
  }
  setNext(op) {
    this.pend !== null && (this.pend.next = op, this.pend = null);
  }
  /** Handles a control operator; true when a nested parse reached its closing `)`. */
  onOp(op) {
    let top = this.top();
    if (top !== null && this.cur === null) {
      if (top.kind === K_CASE && top.phase < C_BODY)
        return op === ")" && top.phase === C_PATTERN && (top.phase = C_BODY), !1;
      if (top.kind === K_FOR && top.phase < F_BODY) {
        if (op === ";" || op === `
`)
          return (top.phase === F_AFTER_NAME || top.phase === F_LIST) && (top.phase = F_EXPECT_DO), !1;
        top.phase = F_BODY;
      } else if (top.kind === K_FUNC && top.phase !== FN_BODY && (op === `
` || op === "(" && this.peekClose()))
        return !1;
    }
    switch (op) {
      case "(": {
        let cur = this.cur;
        if (cur !== null) {
          if (cur.words.length === 1 && cur.assignments.length === 0 && this.peekClose())
            return this.cur = null, this.push(K_FUNC, FN_EXPECT_BODY), !1;
          this.finish();
        } else if (this.t.charCodeAt(this.te) === 40 && this.arithCommand()) return !1;
        return this.afterClose = !1, this.push(K_SUBSHELL, 0), !1;
      }
      case ")":
        return this.finish(), this.closeTo(K_SUBSHELL) ? !1 : this.nested;
      case ";;":
      case ";&":
      case ";;&":
        return this.finish(), this.afterClose = !1, this.pipeJoin = !1, this.setNext(";"), top !== null && top.kind === K_CASE && (top.phase = C_PATTERN), !1;
      default: {
        if (this.finish(), this.afterClose = !1, op === `
` && this.pend === null) return !1;
        let pipe = op === "|" || op === "|&";
        return this.setNext(pipe ? "|" : op), this.pipeJoin = pipe, !1;
      }
    }
  }
};

// src/model/run.ts
var DEFAULT_SHELL = ["/bin/sh", "-c"], WINDOWS_SHELL = ["cmd", "/S", "/C"], POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);
function isWindowsShell(shell) {
  let exe = baseName(shell[0] ?? "").toLowerCase();
  return exe === "cmd" || exe === "cmd.exe" || exe.startsWith("powershell") || exe === "pwsh" || exe === "pwsh.exe";
}
function parseMounts(ins) {
  let out = [];
  for (let f of ins.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    let options = {};
    for (let part of f.value.split(",")) {
      let eq = part.indexOf("="), k = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
      k && (options[k] = eq === -1 ? "true" : part.slice(eq + 1).trim());
    }
    options.dst && !options.target && (options.target = options.dst), options.destination && !options.target && (options.target = options.destination), out.push({ type: (options.type ?? "bind").toLowerCase(), options, span: { start: f.start, end: f.end } });
  }
  return out;
}
function analyseRun(ins, shell, windows) {
  let mounts = parseMounts(ins), scripts = [], windowsShell = windows || isWindowsShell(shell), info = { form: ins.json ? "exec" : "shell", scripts, commands: [], mounts, shell, windowsShell };
  if (windowsShell) return info;
  let scope = ins.scope;
  if (ins.json) {
    let { values, spans } = ins.json, exe = baseName(values[0] ?? ""), c = values.indexOf("-c");
    if (POSIX_SHELLS.has(exe) && c !== -1 && values[c + 1] !== void 0) {
      let span = spans[c + 1], script = values[c + 1], map = new PositionMapBuilder();
      for (let i = 0; i <= script.length; i++) map.push(Math.min(span.start + 1 + i, span.end - 1));
      scripts.push(makeScript("exec", { text: script, map: map.build() }, scope));
    } else {
      let words2 = values.map((v, i) => ({
        start: spans[i].start,
        end: spans[i].end,
        raw: v,
        value: v,
        expanded: v,
        hasExpansion: !1
      })), first = words2[0];
      if (first) {
        let cmd = {
          start: first.start,
          end: words2[words2.length - 1].end,
          assignments: [],
          words: words2,
          name: baseName(first.value),
          subshellDepth: 0,
          next: null,
          pipeline: 0,
          compound: !1
        };
        scripts.push({ source: "exec", text: ins.argsText, commands: [cmd] });
      }
    }
  } else {
    let t = ins.argsText, firstArg = ins.args[0], from = firstArg ? indexAt(t, firstArg.start) : t.text.length, line = sliceLogical(t, from), headerScript = makeScript("shell", line, scope), remaining = stripHeredocMarkers(line.text).trim();
    if (ins.heredocs.length === 0) scripts.push(headerScript);
    else if (remaining === "")
      for (let h of ins.heredocs) isShellScriptBody(h.body) && scripts.push(makeScript("heredoc", heredocLogical(h), scope));
    else {
      scripts.push(headerScript);
      let head = headerScript.commands[0];
      if (head && POSIX_SHELLS.has(head.name) && !head.words.some((w) => w.value === "-c"))
        for (let h of ins.heredocs) isShellScriptBody(h.body) && scripts.push(makeScript("heredoc", heredocLogical(h), scope));
    }
  }
  for (let s of scripts) for (let c of s.commands) info.commands.push(c);
  return info;
}
function isShellScriptBody(body) {
  let m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
  if (!m) return !0;
  let exe = baseName(m[1]), prog = exe === "env" ? baseName(m[2] ?? "") : exe;
  return POSIX_SHELLS.has(prog);
}
function stripHeredocMarkers(s) {
  return s.replace(/<<-?\s*(["']?)[A-Za-z0-9_.\-]+\1/g, "");
}
function indexAt(t, offset) {
  return t.map.firstAtOrAfter(offset, t.text.length);
}
function makeScript(source, text, scope) {
  return { source, text, commands: commandsOf(text.text, 0, text, scope, 0, !1, { next: 0 }) };
}
var MAX_SUBSTITUTION_NESTING = 32;
function commandsOf(script, offset, text, scope, depth, compound, pipelines, nesting = 0) {
  let out = [], raw = parseShell(script), base = pipelines.next;
  pipelines.next = base + raw.reduce((m, c) => Math.max(m, c.pipeline), -1) + 1;
  for (let c of raw) {
    for (let w of nesting < MAX_SUBSTITUTION_NESTING ? [...c.assignments, ...c.words] : [])
      if (!(!w.hasExpansion || !/\$\(|`/.test(w.raw)))
        for (let r of substitutionRanges(w.raw)) {
          let inner = commandsOf(w.raw.slice(r.from, r.to), offset + w.start + r.from, text, scope, depth + c.subshellDepth + 1, compound || c.compound, pipelines, nesting + 1);
          for (let ic of inner)
            ic.substitution = !0, out.push(ic);
        }
    let at = (i) => text.map.at(offset + i) ?? 0, words2 = c.words.map((w) => toShellWord(w, text, scope, offset)), assignments = c.assignments.map((w) => toShellWord(w, text, scope, offset));
    out.push({
      start: at(c.start),
      end: c.end > c.start ? at(c.end - 1) + 1 : at(c.start),
      assignments,
      words: words2,
      name: words2[0] ? baseName(words2[0].value) : "",
      subshellDepth: c.subshellDepth + depth,
      next: c.next,
      pipeline: base + c.pipeline,
      compound: c.compound || compound
    });
  }
  return out;
}
function substitutionRanges(raw) {
  let out = [], single = !1;
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    if (c === "\\" && !single) {
      i++;
      continue;
    }
    if (c === "'") {
      single = !single;
      continue;
    }
    if (!single) {
      if (c === "`") {
        let end = raw.indexOf("`", i + 1);
        if (end === -1) break;
        out.push({ from: i + 1, to: end }), i = end;
        continue;
      }
      if (c === "$" && raw[i + 1] === "(" && raw[i + 2] !== "(") {
        let depth = 0, j = i + 1, quote = null;
        for (; j < raw.length; j++) {
          let d = raw[j];
          if (quote) {
            d === "\\" && quote === '"' ? j++ : d === quote && (quote = null);
            continue;
          }
          if (d === "\\") j++;
          else if (d === "'" || d === '"') quote = d;
          else if (d === "(") depth++;
          else if (d === ")" && --depth === 0) break;
        }
        if (j >= raw.length) break;
        out.push({ from: i + 2, to: j }), i = j;
      }
    }
  }
  return out;
}
function toShellWord(w, text, scope, offset = 0) {
  let expanded = w.value;
  if (w.hasExpansion)
    if (/\$\(|`/.test(w.raw)) expanded = null;
    else {
      let r = expandWord(w.raw, scope, "\\");
      expanded = r.unresolved ? null : r.value;
    }
  let at = (i) => text.map.at(offset + i) ?? 0;
  return {
    start: at(w.start),
    end: w.end > w.start ? at(w.end - 1) + 1 : at(w.start),
    raw: w.raw,
    value: w.value,
    expanded,
    hasExpansion: w.hasExpansion
  };
}

// src/model/logical.ts
function indexInLogical(t, offset) {
  return t.map.firstAtOrAfter(offset, t.text.length);
}

// src/model/keyvalue.ts
function parseKeyValues(source, isArg) {
  let args = Array.isArray(source) ? source : source.args, text = Array.isArray(source) ? null : source.argsText;
  if (!args.length) return [];
  let first = args[0];
  if (!isArg && !first.raw.includes("=")) {
    let rest = args.slice(1), raw = rest.map((w) => w.raw).join(" "), plain = rest.map((w) => w.value).join(" "), valueSpan = rest.length ? { start: rest[0].start, end: rest[rest.length - 1].end } : { start: first.end, end: first.end };
    return [{ key: first.value, value: raw, plain, word: first, legacy: !0, keySpan: wordSpan(first), valueSpan }];
  }
  return args.map((w) => {
    let eq = w.raw.indexOf("=");
    if (eq === -1) return { key: w.value, value: null, plain: null, word: w, legacy: !1, keySpan: wordSpan(w), valueSpan: null };
    let pe = w.value.indexOf("="), eqAt = offsetInWord(text, w, eq);
    return {
      key: w.raw.slice(0, eq).replace(/^["']|["']$/g, ""),
      value: w.raw.slice(eq + 1),
      plain: w.value.slice(pe + 1),
      word: w,
      legacy: !1,
      // `=value` with no key still gets a one-character span to point at.
      keySpan: { start: w.start, end: eq > 0 ? eqAt : Math.min(w.end, w.start + 1) },
      valueSpan: { start: offsetInWord(text, w, eq + 1), end: w.end }
    };
  });
}
function wordSpan(w) {
  return { start: w.start, end: w.end };
}
function offsetInWord(text, w, k) {
  if (!text) return Math.min(w.start + k, w.end);
  let i = indexInLogical(text, w.start) + k;
  return Math.min(text.map.at(Math.min(i, text.text.length)) ?? w.end, w.end);
}

// src/model/scope.ts
function hashOf(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++)
    h ^= s.charCodeAt(i), h = Math.imul(h, 16777619);
  return h >>> 0;
}
function popcount(x) {
  return x -= x >>> 1 & 1431655765, x = (x & 858993459) + (x >>> 2 & 858993459), x = x + (x >>> 4) & 252645135, Math.imul(x, 16843009) >>> 24;
}
var isLeaf = (i) => "key" in i, isCollision = (i) => "leaves" in i;
function pair(a, b, shift) {
  let fa = a.hash >>> shift & 31, fb = b.hash >>> shift & 31;
  return fa === fb ? { bitmap: 1 << fa, items: [pair(a, b, shift + 5)] } : { bitmap: 1 << fa | 1 << fb, items: fa < fb ? [a, b] : [b, a] };
}
function insert2(node, leaf, shift, added) {
  let bit = 1 << (leaf.hash >>> shift & 31), idx = popcount(node.bitmap & bit - 1);
  if (!(node.bitmap & bit)) {
    added.yes = !0;
    let items2 = node.items.slice();
    return items2.splice(idx, 0, leaf), { bitmap: node.bitmap | bit, items: items2 };
  }
  let child = node.items[idx], next;
  if (isLeaf(child))
    child.key === leaf.key ? next = { ...leaf, seq: child.seq } : child.hash === leaf.hash ? (added.yes = !0, next = { hash: leaf.hash, leaves: [child, leaf] }) : (added.yes = !0, next = pair(child, leaf, shift + 5));
  else if (isCollision(child))
    if (child.hash === leaf.hash) {
      let at = child.leaves.findIndex((l) => l.key === leaf.key), leaves = child.leaves.slice();
      at >= 0 ? leaves[at] = { ...leaf, seq: child.leaves[at].seq } : (added.yes = !0, leaves.push(leaf)), next = { hash: child.hash, leaves };
    } else
      added.yes = !0, next = pair(child, leaf, shift + 5);
  else next = insert2(child, leaf, shift + 5, added);
  let items = node.items.slice();
  return items[idx] = next, { bitmap: node.bitmap, items };
}
function find(root, key, hash) {
  let node = root;
  for (let shift = 0; ; shift += 5) {
    if (isLeaf(node)) return node.key === key ? node : void 0;
    if (isCollision(node)) return node.leaves.find((l) => l.key === key);
    let bit = 1 << (hash >>> shift & 31);
    if (!(node.bitmap & bit)) return;
    node = node.items[popcount(node.bitmap & bit - 1)];
  }
}
var EMPTY = { bitmap: 0, items: [] }, PersistentScope = class _PersistentScope {
  constructor(root, size, nextSeq) {
    this.root = root;
    this.size = size;
    this.nextSeq = nextSeq;
  }
  static empty() {
    return new _PersistentScope(EMPTY, 0, 0);
  }
  static from(entries) {
    let s = _PersistentScope.empty();
    for (let [k, v] of entries) s = s.with(k, v);
    return s;
  }
  /** A new scope with `key` bound to `value`; this one is unchanged. */
  with(key, value) {
    let added = { yes: !1 }, root = insert2(this.root, { key, hash: hashOf(key), value, seq: this.nextSeq }, 0, added);
    return new _PersistentScope(root, added.yes ? this.size + 1 : this.size, this.nextSeq + 1);
  }
  get(key) {
    return find(this.root, key, hashOf(key))?.value;
  }
  has(key) {
    return find(this.root, key, hashOf(key)) !== void 0;
  }
  leaves() {
    let out = [], stack = [this.root];
    for (; stack.length; ) {
      let item = stack.pop();
      if (isLeaf(item)) out.push(item);
      else if (isCollision(item)) out.push(...item.leaves);
      else for (let i of item.items) stack.push(i);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }
  *entries() {
    for (let l of this.leaves()) yield [l.key, l.value];
  }
  *keys() {
    for (let l of this.leaves()) yield l.key;
  }
  *values() {
    for (let l of this.leaves()) yield l.value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn, thisArg) {
    for (let l of this.leaves()) fn.call(thisArg, l.value, l.key, this);
  }
};
function withBinding(scope, key, value) {
  return scope instanceof PersistentScope ? scope.with(key, value) : new Map(scope).set(key, value);
}

// src/model/build.ts
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]), KNOWN_FLAGS = {
  FROM: ["platform"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  ADD: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
  RUN: ["mount", "network", "security", "device"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"]
}, BOOL_FLAGS = /* @__PURE__ */ new Set(["link", "parents", "keep-git-dir", "unpack"]), PLATFORM_ARGS = [
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDOSVERSION",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETOSVERSION",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETSTAGE"
], PREDEFINED_ARGS = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy"
];
function buildModel(input, options = {}) {
  let hadBom = input.charCodeAt(0) === 65279, text = hadBom ? input.slice(1) : input, lines = createLineIndex(text), buildArgs = options.buildArgs instanceof Map ? options.buildArgs : new Map(Object.entries(options.buildArgs ?? {})), parseProblems = [], directives = readDirectives(text), escape = directives.escape, instructions = [];
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf(`
`, pos);
    eol === -1 && (eol = text.length);
    let kw = keywordAt(text, pos, eol, escape);
    if (!kw) {
      pos = eol + 1;
      continue;
    }
    let instr = readInstruction(text, kw.start, kw.end, text.length, escape, lines, parseProblems);
    instr.index = instructions.length, instructions.push(instr);
    let next = text.indexOf(`
`, Math.max(instr.end, kw.end));
    pos = next === -1 ? text.length : next + 1;
  }
  let comments = collectComments(lines, instructions);
  for (let ins of instructions) ins.commentsAbove = commentsAbove(ins, lines);
  let globalArgs = [], globalScope = PersistentScope.empty();
  for (let name of PLATFORM_ARGS) globalScope = globalScope.with(name, { name, value: buildArgs.get(name), kind: "builtin" });
  for (let name of PREDEFINED_ARGS) buildArgs.has(name) && (globalScope = globalScope.with(name, { name, value: buildArgs.get(name), kind: "builtin" }));
  let model = {
    path: options.path ?? "Dockerfile",
    text,
    hadBom,
    directives,
    instructions,
    globalArgs,
    globalScope,
    stages: [],
    target: null,
    comments,
    parseProblems,
    buildArgs,
    lines,
    expand: (t, scope2) => expandWord(t, scope2, escape),
    stageByRef: () => null,
    keywordIndex: null
  }, stages = [], stagesByName = /* @__PURE__ */ new Map(), addStage = (stage) => {
    stages.push(stage), stage.name !== null && !stagesByName.has(stage.name) && stagesByName.set(stage.name, stage);
  }, stageByRef = (ref) => {
    let named = stagesByName.get(ref.toLowerCase());
    return named || (/^\d+$/.test(ref) ? stages[Number(ref)] ?? null : null);
  };
  model.stageByRef = stageByRef;
  let windowsEscape = escape === "`", current = null, scope = globalScope, shell = DEFAULT_SHELL, finalScopes = /* @__PURE__ */ new Map(), stageStartScope = PersistentScope.empty().with("PATH", { name: "PATH", value: void 0, kind: "env" }), hasFrom = instructions.some((ins) => ins.keyword === "FROM");
  for (let ins of instructions) {
    if (ins.keyword === "FROM") {
      current && finalScopes.set(current, { scope, shell });
      let stage = startStage(ins, stages.length);
      addStage(stage), current = stage;
      let inherited = stage.parent ? finalScopes.get(stage.parent) : void 0;
      scope = inherited ? inherited.scope : stageStartScope, shell = inherited ? inherited.shell : stage.windows ? WINDOWS_SHELL : DEFAULT_SHELL, ins.scope = globalScope, ins.stage = stage, stage.instructions.push(ins);
      continue;
    }
    if (ins.scope = scope, ins.stage = current, !current) {
      if (ins.keyword === "ARG") {
        globalArgs.push(ins), globalScope = declareArgs(ins, globalScope, !0), scope = globalScope, model.globalScope = globalScope;
        continue;
      }
      if (KNOWN_INSTRUCTIONS.has(ins.keyword) && parseProblems.push({
        messageId: "instructionBeforeFrom",
        message: `${ins.keyword} before the first FROM; only ARG may come before FROM`,
        span: ins.keywordSpan
      }), hasFrom) continue;
      current = fragmentStage(ins), addStage(current), scope = stageStartScope, ins.scope = scope, ins.stage = current;
    }
    switch (current.instructions.push(ins), ins.keyword) {
      case "ARG":
        scope = declareArgs(ins, scope, !1);
        break;
      case "ENV":
        scope = declareEnv(ins, scope);
        break;
      case "SHELL":
        ins.json && ins.json.values.length && (shell = ins.json.values, isWindowsShell(shell) && (current.windows = !0));
        break;
      case "RUN":
        ins.run = analyseRun(ins, shell, current.windows || windowsEscape);
        break;
      case "ONBUILD":
        ins.onbuild && (ins.onbuild.scope = scope, ins.onbuild.stage = current, ins.onbuild.keyword === "RUN" && (ins.onbuild.run = analyseRun(ins.onbuild, shell, current.windows || windowsEscape)));
        break;
    }
  }
  current && finalScopes.set(current, { scope, shell });
  for (let stage of stages)
    for (let ins of stage.instructions) {
      if (ins.keyword === "COPY") {
        let from = ins.flags.find((f) => f.name === "from");
        if (from?.value) {
          let ref = expandWord(from.value, ins.scope, escape).value, dep = stageByRef(ref);
          dep && dep !== stage && !stage.dependsOn.includes(dep) && stage.dependsOn.push(dep);
        }
      }
      if (ins.run)
        for (let m of ins.run.mounts) {
          let ref = m.options.from;
          if (!ref) continue;
          let dep = stageByRef(expandWord(ref, ins.scope, escape).value);
          dep && dep !== stage && !stage.dependsOn.includes(dep) && stage.dependsOn.push(dep);
        }
    }
  if (model.stages = stages, instructions.length === 0)
    parseProblems.push({ messageId: "noInstructions", message: "The Dockerfile has no instructions; docker build rejects it", span: { start: 0, end: 0 } });
  else if (stages.length === 0) {
    let first = instructions[0];
    parseProblems.push({ messageId: "noStage", message: "The Dockerfile has no FROM; docker build needs at least one stage", span: first.keywordSpan });
  }
  let last = stages[stages.length - 1] ?? null;
  last && (last.isLast = !0);
  let target = options.target ? stageByRef(options.target) : last;
  model.target = target;
  let pending = target ? [target] : [];
  for (; pending.length; ) {
    let s = pending.pop();
    if (!s.reachable) {
      s.reachable = !0;
      for (let d of s.dependsOn) d.reachable || pending.push(d);
    }
  }
  return model;
  function fragmentStage(first) {
    let at = { start: first.start, end: first.start, raw: "", value: "" }, image = { ...parseImageRef(at, globalScope, escape, text), unresolved: !0 };
    return {
      index: 0,
      name: null,
      nameRaw: null,
      nameSpan: null,
      from: first,
      image,
      platform: null,
      parent: null,
      instructions: [],
      dependsOn: [],
      reachable: !1,
      isLast: !1,
      windows: windowsEscape
    };
  }
  function startStage(ins, index) {
    let words2 = ins.args, imageWord = words2[0], nameWord = null;
    words2.length >= 3 && words2[1].value.toLowerCase() === "as" && (nameWord = words2[2]);
    let platform = ins.flags.find((f) => f.name === "platform") ?? null, image = parseImageRef(imageWord ?? { start: ins.keywordSpan.end, end: ins.keywordSpan.end, raw: "", value: "" }, globalScope, escape, text), parent = image.unresolved || !image.expanded ? null : stageByRef(image.expanded);
    parent && (image.stage = parent);
    let windows = (parent?.windows ?? !1) || windowsEscape || isWindowsImage(image.expanded);
    return imageWord || parseProblems.push({ messageId: "fromWithoutImage", message: "FROM needs a base image", span: ins.keywordSpan }), {
      index,
      name: nameWord ? nameWord.value.toLowerCase() : null,
      nameRaw: nameWord ? nameWord.value : null,
      nameSpan: nameWord ? { start: nameWord.start, end: nameWord.end } : null,
      from: ins,
      image,
      platform,
      parent,
      instructions: [],
      dependsOn: parent ? [parent] : [],
      reachable: !1,
      isLast: !1,
      windows
    };
  }
  function declareArgs(ins, base, global) {
    let next = base;
    for (let kv of parseKeyValues(ins.args, !0)) {
      let name = kv.key;
      if (!name || next.get(name)?.kind === "env") continue;
      let value;
      if (buildArgs.has(name)) value = buildArgs.get(name);
      else if (kv.value !== null) {
        let r = expandWord(kv.value, next, escape);
        value = r.unresolved ? void 0 : r.value;
      } else !global && model.globalScope.has(name) ? value = model.globalScope.get(name).value : value = void 0;
      let kind = PLATFORM_ARGS.includes(name) && kv.value === null ? "builtin" : "arg";
      next = next.with(name, { name, value, kind, declaredBy: ins });
    }
    return next;
  }
  function declareEnv(ins, base) {
    let next = base;
    for (let kv of parseKeyValues(ins.args, !1)) {
      if (!kv.key) continue;
      let r = expandWord(kv.value ?? "", base, escape);
      next = next.with(kv.key, { name: kv.key, value: r.unresolved ? void 0 : r.value, kind: "env", declaredBy: ins });
    }
    return next;
  }
}
function isWindowsImage(image) {
  return /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)([/:-]|$)|dotnet\/framework|mcr\.microsoft\.com\/windows/i.test(image);
}
function readInstruction(text, kwStart, kwEnd, limit, escape, lines, problems) {
  let keywordRaw = text.slice(kwStart, kwEnd), keyword = keywordRaw.toUpperCase(), header = readHeader(text, kwEnd, Math.max(limit, kwEnd), escape), end = header.end, ins = makeInstruction(keyword, keywordRaw, { start: kwStart, end: kwEnd }, header.text, escape, problems);
  if (header.emptyContinuation && (ins.emptyContinuation = header.emptyContinuation), keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
    let markers = findHeredocMarkers(header.text);
    if (markers.length) {
      let bodies = readHeredocBodies(text, header.nextLineStart, text.length, markers, header.text, (o) => lines.position(o).line);
      ins.heredocs = bodies.heredocs, end = Math.max(end, bodies.end > 0 && text[bodies.end - 1] === `
` ? bodies.end - 1 : bodies.end), end > 0 && text[end - 1] === "\r" && end--, bodies.unterminated && problems.push({
        messageId: "unterminatedHeredoc",
        message: `Heredoc '${bodies.unterminated.name}' is never terminated; add a line '${bodies.unterminated.name}'`,
        span: ins.heredocs[ins.heredocs.length - 1].marker
      });
    }
  }
  return ins.start = kwStart, ins.end = end, ins.line = lines.position(kwStart).line, ins.endLine = lines.position(Math.max(kwStart, end - 1)).line, end === kwStart && (ins.endLine = ins.line), ins;
}
var NO_VARIABLES = /* @__PURE__ */ new Map();
function makeInstruction(keyword, keywordRaw, keywordSpan, argsText, escape, problems) {
  let words2 = splitWords(argsText, 0, escape), hasFlags = keyword in KNOWN_FLAGS, { flags, rest } = hasFlags ? takeFlags(words2, BOOL_FLAGS) : { flags: [], rest: words2.slice() }, ins = {
    index: 0,
    keyword,
    keywordRaw,
    keywordSpan,
    start: keywordSpan.start,
    end: argsText.map.last() ?? keywordSpan.end,
    line: 0,
    endLine: 0,
    argsText,
    flags,
    args: rest,
    json: null,
    heredocs: [],
    stage: null,
    scope: NO_VARIABLES,
    run: null,
    onbuild: null,
    commentsAbove: []
  };
  if (!KNOWN_INSTRUCTIONS.has(keyword))
    return problems.push({ messageId: "unknownInstruction", message: `Unknown instruction '${keywordRaw}'`, span: keywordSpan }), ins;
  for (let f of flags)
    if (!KNOWN_FLAGS[keyword].includes(f.name))
      problems.push({ messageId: "unknownFlag", message: `Unknown flag '--${f.name}' for ${keyword}`, span: { start: f.start, end: f.end } });
    else if (f.spaced || f.value === null && !BOOL_FLAGS.has(f.name)) {
      let how = f.spaced ? `write '--${f.name}=${f.value}'` : `write '--${f.name}=<value>'`;
      problems.push({ messageId: "flagValue", message: `Flag '--${f.name}' of ${keyword} needs its value after '=' (BuildKit rejects the file otherwise); ${how}`, span: { start: f.start, end: f.end } });
    }
  if (["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"].includes(keyword)) {
    let from = rest.length ? indexInLogical(argsText, rest[0].start) : argsText.text.length;
    ins.json = parseJsonArray(argsText, from);
  }
  if (keyword === "ONBUILD" && rest.length) {
    let first = rest[0], from = indexInLogical(argsText, first.start), innerKw = first.raw, innerText = sliceLogical(argsText, from + innerKw.length), inner = makeInstruction(innerKw.toUpperCase(), innerKw, { start: first.start, end: first.end }, innerText, escape, problems);
    ins.onbuild = inner;
  }
  return ins;
}
function commentsAbove(ins, lines) {
  let out = [];
  for (let l = ins.line - 1; l >= 1; l--) {
    let t = lines.lineText(l), m = /^[ \t]*#(.*)$/.exec(t);
    if (!m) break;
    let start = lines.lineStart(l) + t.indexOf("#");
    out.unshift({ text: m[1].trim(), span: { start, end: lines.lineStart(l) + t.length }, line: l });
  }
  return out;
}
function collectComments(lines, instructions) {
  let out = [], k = 0;
  for (let l = 1; l <= lines.lineCount; l++) {
    for (; k < instructions.length && instructions[k].endLine < l; ) k++;
    let ins = instructions[k];
    if (ins && ins.line < l && l <= ins.endLine && ins.heredocs.some((h) => l >= h.bodyLine)) continue;
    let t = lines.lineText(l), m = /^[ \t]*#(.*)$/.exec(t);
    if (!m) continue;
    let start = lines.lineStart(l) + t.indexOf("#");
    out.push({ text: m[1].trim(), span: { start, end: lines.lineStart(l) + t.length }, line: l });
  }
  return out;
}

// src/model/edits.ts
function instructionLines(model, ins) {
  let text = model.text, start = model.lines.lineStart(ins.line);
  if (!/^[ \t]*$/.test(text.slice(start, ins.start))) return null;
  let end = ins.end;
  for (; end < text.length && (text[end] === " " || text[end] === "	" || text[end] === "\r"); ) end++;
  return end < text.length && text[end] !== `
` ? null : { start, end: end < text.length ? end + 1 : end };
}
function instructionLinesText(model, span) {
  let t = model.text.slice(span.start, span.end).replace(/\r\n/g, `
`);
  return t.endsWith(`
`) ? t : t + `
`;
}

// src/model/commands.ts
function commandArgs(cmd) {
  let out = [];
  for (let w of cmd.words)
    if (w.expanded === null) out.push({ text: w.value, word: w, known: !1 });
    else if (w.hasExpansion && !/^["']/.test(w.raw))
      for (let part of w.expanded.split(/\s+/)) part && out.push({ text: part, word: w, known: !0 });
    else out.push({ text: w.expanded, word: w, known: !0 });
  return out;
}
function runSites(model, opts = {}) {
  let out = [];
  for (let ins of model.instructions)
    ins.run ? out.push({ ins, onbuild: null }) : opts.onbuild !== !1 && ins.onbuild?.run && out.push({ ins: ins.onbuild, onbuild: ins });
  return opts.windows ? out : out.filter((s) => !s.ins.run.windowsShell);
}
function hasOption(args, short2, long = [], valueLetters = "") {
  for (let a of args) {
    if (a === "--") return !1;
    if (a.startsWith("--")) {
      if (long.includes(a.split("=")[0])) return !0;
    } else if (short2 && a.startsWith("-") && a.length > 1) {
      if (short2.length > 1) {
        if (a === short2) return !0;
        continue;
      }
      for (let i = 1; i < a.length; i++) {
        let c = a[i];
        if (c === short2) return !0;
        if (valueLetters.includes(c) || !/[A-Za-z0-9]/.test(c)) break;
      }
    }
  }
  return !1;
}
function cacheMountTargets(ins) {
  let run = ins.run;
  return run ? run.mounts.filter((m) => m.type === "cache" || m.type === "tmpfs").map((m) => m.options.target ?? "").filter(Boolean) : [];
}
function shellAssignedBefore(commands, index) {
  let out = /* @__PURE__ */ new Set();
  for (let cmd of commands.slice(0, index)) {
    if (cmd.name === "") for (let a of cmd.assignments) out.add(a.value.split("=")[0]);
    if (["export", "local", "readonly", "declare", "typeset", "read", "for"].includes(cmd.name))
      for (let w of cmd.words.slice(1)) {
        let m = /^([A-Za-z_][A-Za-z0-9_]*)(=|$)/.exec(w.value);
        m && out.add(m[1]);
      }
  }
  return out;
}

// src/model/pip.ts
var PIP_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "--abi",
  "-b",
  "--build",
  "-e",
  "--editable",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-i",
  "--index-url",
  "--implementation",
  "--no-binary",
  "--only-binary",
  "--platform",
  "--prefix",
  "--progress-bar",
  "--proxy",
  "--python",
  "--python-version",
  "--root",
  "--root-user-action",
  "--src",
  "-t",
  "--target",
  "--trusted-host",
  "--upgrade-strategy",
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "--cache-dir",
  "--timeout",
  "--retries",
  "--log",
  "--report",
  "--config-settings",
  "-C",
  "--global-option",
  "--install-option",
  "--exists-action",
  "--cert",
  "--client-cert",
  "--use-feature",
  "--use-deprecated",
  "--keyring-provider",
  "--index",
  "--pip-args",
  "--spec",
  "--suffix",
  "--python",
  "--group"
]);
function pipInstall(cmd) {
  let args = commandArgs(cmd), name = cmd.name, at = -1, tool = "pip";
  if (/^pip\d*(\.\d+)?$/.test(name)) at = 1;
  else if (name === "pipx")
    at = 1, tool = "pipx";
  else if (/^python\d*(\.\d+)?$/.test(name)) {
    let m = args.findIndex((a) => a.text === "-m");
    m !== -1 && args[m + 1]?.text === "pip" && (at = m + 2);
  }
  if (at === -1) return null;
  let i = at;
  for (; i < args.length && args[i].text.startsWith("-"); ) i += PIP_VALUE_OPTIONS.has(args[i].text) ? 2 : 1;
  return args[i]?.text !== "install" ? null : { tool, args: [...args.slice(at, i), ...args.slice(i + 1)], command: cmd, installWord: args[i].word };
}

// src/model/installs.ts
function words(cmd) {
  return cmd.words.map((w) => w.expanded ?? w.value);
}
function positionals(argv, from, valueFlags = /* @__PURE__ */ new Set()) {
  let out = [];
  for (let i = from; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--") {
      for (let j = i + 1; j < argv.length; j++) out.push(argv[j]);
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      !a.includes("=") && valueFlags.has(a) && i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
function pipInstallArgs(cmd, argv) {
  if (cmd.name === "uv") return argv[1] === "pip" && argv[2] === "install" ? argv.slice(3) : null;
  let pip = pipInstall(cmd);
  return pip && pip.tool === "pip" ? pip.args.map((a) => a.text) : null;
}
function pipRequirementFiles(args) {
  let files2 = [];
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    a === "-r" || a === "--requirement" ? args[i + 1] && files2.push(args[++i]) : a.startsWith("--requirement=") ? files2.push(a.slice(14)) : a.startsWith("-r") && a.length > 2 && files2.push(a.slice(2));
  }
  return files2;
}
function envValue(cmd, scope, name) {
  for (let a of cmd.assignments) {
    let v = a.expanded ?? a.value;
    if (v.startsWith(name + "=")) return v.slice(name.length + 1);
  }
  return scope?.get(name)?.value;
}
function detectInstall(cmd, scope) {
  let argv = words(cmd), name = cmd.name, mk = (ecosystem, manifests, build = !1) => ({
    ecosystem,
    manifests,
    display: argv.slice(0, Math.min(argv.length, 4)).join(" "),
    build,
    command: cmd
  }), pipArgs = pipInstallArgs(cmd, argv);
  if (pipArgs) {
    let files2 = pipRequirementFiles(pipArgs);
    if (files2.length) return mk("pip", files2.map((f) => f.startsWith("/") ? baseName(f) : f.replace(/^\.\//, "")));
    let pos = positionals(pipArgs, 0, PIP_VALUE_OPTIONS), editable = pipArgs.some((a, i) => (a === "-e" || a === "--editable") && (pipArgs[i + 1] === "." || pipArgs[i + 1] === "./"));
    return pos.includes(".") || pos.includes("./") || editable ? mk("pip", ["pyproject.toml", "setup.py", "setup.cfg"]) : null;
  }
  switch (name) {
    case "poetry":
      return argv[1] === "install" ? mk("poetry", ["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      return argv[1] === "install" || argv[1] === "sync" ? mk("pipenv", ["Pipfile", "Pipfile.lock"]) : null;
    case "uv":
      return argv[1] === "sync" ? mk("uv", ["pyproject.toml", "uv.lock"]) : null;
    case "npm": {
      let sub = argv[1];
      return sub === "ci" || sub === "clean-install" ? mk("npm", ["package.json", "package-lock.json"]) : sub === "install" || sub === "i" || sub === "add" ? argv.includes("-g") || argv.includes("--global") ? null : positionals(argv, 2).length === 0 ? mk("npm", ["package.json", "package-lock.json"]) : null : null;
    }
    case "yarn": {
      let sub = argv.slice(1).find((a) => !a.startsWith("-"));
      return sub === void 0 || sub === "install" ? mk("yarn", ["package.json", "yarn.lock"]) : null;
    }
    case "pnpm": {
      let sub = argv[1];
      return (sub === "install" || sub === "i") && positionals(argv, 2).length === 0 ? mk("pnpm", ["package.json", "pnpm-lock.yaml"]) : null;
    }
    case "bundle":
    case "bundler":
      return argv[1] === "install" || argv.length === 1 ? mk("bundler", ["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return argv[1] === "install" ? mk("composer", ["composer.json", "composer.lock"]) : null;
    case "go":
      if (envValue(cmd, scope, "GO111MODULE") === "off") return null;
      if (argv[1] === "mod" && argv[2] === "download") return mk("go", ["go.mod", "go.sum"]);
      if (argv[1] === "get") {
        let pos = positionals(argv, 2);
        return pos.length === 0 || pos.every((p) => p === "." || p.startsWith("./")) ? mk("go", ["go.mod", "go.sum"]) : null;
      }
      return argv[1] === "build" || argv[1] === "install" || argv[1] === "test" ? argv.slice(2).some((a) => a.includes("@")) ? null : mk("go", ["go.mod", "go.sum"], !0) : null;
    case "cargo":
      return argv[1] === "fetch" ? mk("cargo", ["Cargo.toml", "Cargo.lock"]) : argv[1] === "build" || argv[1] === "install" && argv.includes("--path") ? mk("cargo", ["Cargo.toml", "Cargo.lock"], !0) : null;
    case "mvn":
    case "mvnw": {
      let goals = positionals(argv, 1, /* @__PURE__ */ new Set(["-f", "--file", "-s", "--settings", "-P", "-pl", "-D"]));
      return goals.some((g) => g.startsWith("dependency:")) ? mk("maven", ["pom.xml"]) : goals.some((g) => ["package", "install", "verify", "compile", "test"].includes(g)) ? mk("maven", ["pom.xml"], !0) : null;
    }
    case "gradle":
    case "gradlew": {
      let tasks = positionals(argv, 1);
      return tasks.some((t) => /^(build|assemble|bootJar|jar|installDist|shadowJar|dependencies)$/.test(t)) ? mk("gradle", ["build.gradle", "settings.gradle", "gradle.properties"], !tasks.includes("dependencies")) : null;
    }
    case "nuget":
    case "nuget.exe":
      return argv[1]?.toLowerCase() === "restore" ? mk("dotnet", ["packages.config", "*.csproj", "*.sln"]) : null;
    case "mix":
      return argv[1] === "deps.get" ? mk("mix", ["mix.exs", "mix.lock"]) : null;
    case "dotnet":
      return argv[1] === "restore" ? mk("dotnet", ["*.csproj", "*.sln"]) : argv[1] === "publish" || argv[1] === "build" ? mk("dotnet", ["*.csproj", "*.sln"], !0) : null;
  }
  return null;
}
function isManifestSource(source, manifests) {
  let b = baseName(trimEndOf(source, "/"));
  return manifests.some((m) => m.startsWith("*") ? b.endsWith(m.slice(1)) || b.includes("*") : b === m || globMatch(b, m));
}
function globMatch(pattern, name) {
  return /[*?[]/.test(pattern) ? new RegExp("^" + pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$").test(name) : !1;
}

// src/model/workdir.ts
function workdirAt(model, stage, at) {
  let chain = [];
  for (let s = stage; s; s = s.parent) chain.unshift(s);
  let dir = null;
  for (let s of chain)
    for (let ins of s.instructions) {
      if (ins === at) return dir;
      if (ins.keyword !== "WORKDIR") continue;
      let r = model.expand(ins.argsText.text.trim(), ins.scope);
      r.unresolved ? dir = null : r.value.startsWith("/") ? dir = r.value.replace(/\/+$/, "") || "/" : dir = dir === null ? null : `${dir.replace(/\/$/, "")}/${r.value}`.replace(/\/\.?\/?$/, "");
    }
  return dir;
}

// src/model/go-mode.ts
function goPathMode(model, ins, cmd) {
  let mode = cmd ? envValue(cmd, ins.scope, "GO111MODULE") : ins.scope.get("GO111MODULE")?.value;
  if (mode === "off") return !0;
  if (mode === "on" || !ins.stage) return !1;
  let root = ins.stage;
  for (; root.parent; ) root = root.parent;
  if (root.image.unresolved || !/^(library\/)?golang$/.test(root.image.path) || root.image.registry && root.image.registry !== "docker.io") return !1;
  let minor = /^1\.(\d+)(?:[.-]|$)/.exec(root.image.tag ?? "");
  if (!minor) return !1;
  let n = Number(minor[1]);
  if (n <= 10) return !0;
  if (n > 12) return !1;
  let gopath = (ins.scope.get("GOPATH")?.value ?? "/go").replace(/\/+$/, ""), dir = workdirAt(model, ins.stage, ins);
  return dir !== null && (dir === `${gopath}/src` || dir.startsWith(`${gopath}/src/`));
}

// src/model/packages.ts
var APT = {
  shortValue: "otcaP",
  longValue: /* @__PURE__ */ new Set(["--option", "--target-release", "--default-release", "--config-file", "--host-architecture", "--build-profiles", "--solver"])
}, APK = {
  shortValue: "tXp",
  longValue: /* @__PURE__ */ new Set(["--virtual", "--repository", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir", "--cache-max-age", "--timeout", "--wait", "--progress-fd", "--print-arch"])
}, RPM = {
  shortValue: "cdexR",
  longValue: /* @__PURE__ */ new Set([
    "--config",
    "--installroot",
    "--enablerepo",
    "--disablerepo",
    "--repo",
    "--repoid",
    "--exclude",
    "--excludepkgs",
    "--setopt",
    "--releasever",
    "--debuglevel",
    "--errorlevel",
    "--rpmverbosity",
    "--color",
    "--downloaddir",
    "--destdir",
    "--forcearch",
    "--randomwait",
    "--repofrompath",
    "--disableplugin",
    "--enableplugin",
    "--comment",
    "--platform-id",
    "--use-host-config"
  ])
}, ZYPPER = {
  shortValue: "RcDCprt",
  longValue: /* @__PURE__ */ new Set([
    "--root",
    "--config",
    "--reposd-dir",
    "--cache-dir",
    "--raw-cache-dir",
    "--solv-cache-dir",
    "--pkg-cache-dir",
    "--userdata",
    "--plus-repo",
    "--plus-content",
    "--repo",
    "--type",
    "--from",
    "--download",
    "--installroot"
  ])
}, SPECS = {
  "apt-get": APT,
  apt: APT,
  aptitude: APT,
  apk: APK,
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  zypper: ZYPPER
};
function tokenize(words2) {
  let out = [];
  for (let word of words2) {
    if (word.expanded === null) {
      out.push({ text: null, word });
      continue;
    }
    if (!word.hasExpansion) {
      out.push({ text: word.expanded, word });
      continue;
    }
    for (let part of word.expanded.split(/\s+/)) part !== "" && out.push({ text: part, word });
  }
  return out;
}
var WRAPPER_VALUE_FLAGS = {
  sudo: /* @__PURE__ */ new Set(["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "--user", "--group", "--host", "--prompt"]),
  env: /* @__PURE__ */ new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]),
  nice: /* @__PURE__ */ new Set(["-n", "--adjustment"]),
  xargs: /* @__PURE__ */ new Set(["-a", "-d", "-E", "-e", "-I", "-i", "-L", "-l", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-lines", "--max-chars", "--process-slot-var"]),
  timeout: /* @__PURE__ */ new Set(["-k", "-s", "--kill-after", "--signal"])
}, WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "nice", "nohup", "time", "command", "exec", "eatmydata", "xargs", "timeout", "stdbuf", "ionice", "chronic"]);
function unwrap(tokens) {
  let i = 0, fromStdin = !1;
  for (let guard = 0; guard < 8 && i < tokens.length; guard++) {
    let t = tokens[i].text;
    if (t === null) return null;
    let name = baseName(t);
    if (!WRAPPERS.has(name)) return { index: i, fromStdin };
    name === "xargs" && (fromStdin = !0);
    let valueFlags = WRAPPER_VALUE_FLAGS[name] ?? /* @__PURE__ */ new Set();
    i++;
    let operands = 0;
    for (; i < tokens.length; ) {
      let a = tokens[i].text;
      if (a === null) return null;
      if (a === "--") {
        i++;
        break;
      }
      if (a.startsWith("-") && a.length > 1) {
        !a.includes("=") && valueFlags.has(a) && i++, i++;
        continue;
      }
      if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
        i++;
        continue;
      }
      if (name === "timeout" && operands === 0 && /^\d/.test(a)) {
        operands++, i++;
        continue;
      }
      break;
    }
  }
  return i < tokens.length ? { index: i, fromStdin } : null;
}
function parsePackageCommand(cmd) {
  let tokens = tokenize(cmd.words), start = unwrap(tokens);
  if (!start) return null;
  let first = tokens[start.index], tool = baseName(first.text), spec = SPECS[tool];
  if (!spec || !Object.prototype.hasOwnProperty.call(SPECS, tool)) return null;
  let pc2 = {
    tool,
    command: cmd,
    toolWord: first.word,
    options: [],
    subcommand: null,
    sub: null,
    operands: [],
    hasUnknown: start.fromStdin
  }, endOfOptions = !1;
  for (let i = start.index + 1; i < tokens.length; i++) {
    let tok = tokens[i], a = tok.text;
    if (a === null) {
      pc2.hasUnknown = !0;
      continue;
    }
    if (!endOfOptions && a === "--") {
      endOfOptions = !0;
      continue;
    }
    if (!endOfOptions && a.startsWith("--") && a.length > 2) {
      let eq = a.indexOf("=");
      if (eq !== -1) pc2.options.push({ name: a.slice(0, eq), value: a.slice(eq + 1), token: tok });
      else if (spec.longValue.has(a)) {
        let v = tokens[i + 1];
        v && v.text === null && (pc2.hasUnknown = !0), pc2.options.push({ name: a, value: v?.text ?? null, token: tok }), i++;
      } else pc2.options.push({ name: a, value: null, token: tok });
      continue;
    }
    if (!endOfOptions && a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        let c = a[j];
        if (a[j + 1] === "=") {
          pc2.options.push({ name: "-" + c, value: a.slice(j + 2), token: tok });
          break;
        }
        if (spec.shortValue.includes(c)) {
          let value = a.slice(j + 1);
          if (value === "") {
            let v = tokens[i + 1];
            v && v.text === null && (pc2.hasUnknown = !0), value = v?.text ?? null, i++;
          }
          pc2.options.push({ name: "-" + c, value, token: tok });
          break;
        }
        pc2.options.push({ name: "-" + c, value: null, token: tok });
      }
      continue;
    }
    pc2.subcommand === null ? (pc2.subcommand = tok, pc2.sub = a.toLowerCase()) : pc2.operands.push(tok);
  }
  return pc2;
}
function hasOption2(pc2, ...names) {
  return pc2.options.some((o) => names.includes(o.name));
}
function truthy(v) {
  return v !== null && /^(1|true|yes|on)$/i.test(v.trim().replace(/^["']|["']$/g, ""));
}
function falsy(v) {
  return v !== null && /^(0|false|no|off)$/i.test(v.trim().replace(/^["']|["']$/g, ""));
}
function aptSettings(pc2) {
  let out = /* @__PURE__ */ new Map();
  for (let o of pc2.options)
    if ((o.name === "-o" || o.name === "--option") && o.value) {
      let eq = o.value.indexOf("=");
      eq > 0 && out.set(o.value.slice(0, eq).trim().toLowerCase(), o.value.slice(eq + 1));
    }
  return out;
}
function aptAssumesYes(pc2) {
  let quiet = 0;
  for (let o of pc2.options) {
    if ((o.name === "-y" || o.name === "--yes" || o.name === "--assume-yes") && (o.value === null || truthy(o.value)))
      return !0;
    (o.name === "-q" || o.name === "--quiet") && (o.value === null ? quiet++ : /^\d+$/.test(o.value) && (quiet = Math.max(quiet, Number(o.value))));
  }
  return quiet >= 2 ? !0 : truthy(aptSettings(pc2).get("apt::get::assume-yes") ?? null);
}
function aptSimulates(pc2) {
  return hasOption2(pc2, "-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act");
}
function aptUpdates(pc2) {
  return pc2.tool !== "apt-get" && pc2.tool !== "apt" && pc2.tool !== "aptitude" ? !1 : pc2.sub === "update" || pc2.sub !== null && hasOption2(pc2, "--update", "-U") && !aptSimulates(pc2);
}
function aptNoRecommends(pc2) {
  return hasOption2(pc2, "--no-install-recommends") || pc2.options.some((o) => (o.name === "--install-recommends" || o.name === "--recommends") && falsy(o.value)) || pc2.operands.some((t) => t.text !== null && /^apt::install-recommends=(0|false|no|off)$/i.test(t.text)) ? !0 : falsy(aptSettings(pc2).get("apt::install-recommends") ?? null);
}
function rpmAssumesYes(pc2) {
  for (let o of pc2.options)
    if (o.name === "-y" || o.name === "--assumeyes" || o.name === "--setopt" && o.value && /^assumeyes=(1|true|yes)$/i.test(o.value.trim())) return !0;
  return !1;
}
function zypperNonInteractive(pc2) {
  return hasOption2(pc2, "-n", "--non-interactive", "-y", "--no-confirm");
}
function commandHead(pc2) {
  return { start: pc2.toolWord.start, end: (pc2.subcommand?.word ?? pc2.toolWord).end };
}
function insertAfter(run, word, text) {
  if (!(run.form === "exec" || word.hasExpansion))
    return [{ span: { start: word.end, end: word.end }, text }];
}
function runPackages(ctx) {
  return ctx.facts.get("packages:runs", () => {
    let out = [];
    for (let outer of ctx.model.instructions) {
      let ins = outer.run ? outer : outer.onbuild?.run ? outer.onbuild : null;
      if (!ins || !ins.run || ins.run.windowsShell) continue;
      let commands = ins.run.commands, packages = [];
      commands.forEach((cmd, index) => {
        let pc2 = parsePackageCommand(cmd);
        pc2 && packages.push({ pc: pc2, index });
      }), out.push({ ins, outer, run: ins.run, stage: outer.stage, commands, packages });
    }
    return out;
  });
}
function normalisePath(p) {
  let s = p.replace(/\/+/g, "/");
  return s.length > 1 && (s = s.replace(/\/$/, "")), s;
}
function cacheMountCovers(model, ins, mounts, dirs) {
  return mounts.some((m) => {
    if (m.type !== "cache" && m.type !== "tmpfs") return !1;
    let raw = m.options.target;
    if (!raw) return !1;
    let r = model.expand(raw, ins.scope);
    if (r.unresolved) return !0;
    let t = normalisePath(r.value);
    return t === "/" ? !1 : dirs.some((d) => d === t || d.startsWith(t + "/"));
  });
}
function rmCovers(arg, dir) {
  let a = arg.replace(/\/+/g, "/");
  return a.startsWith("/") ? a.startsWith(dir) ? !0 : (a = a.replace(/\/(\*|\.\*|\*\*)$/, "").replace(/\/$/, ""), a !== "" && dir.startsWith(a + "/")) : !1;
}
function removesDir(cmd, dirs) {
  let tokens = tokenize(cmd.words), name = cmd.name;
  if (name === "rm" || name === "find") {
    if (name === "find" && !tokens.some((t) => t.text === "-delete" || t.text === "-exec" || t.text === "-execdir")) return !1;
    for (let t of tokens.slice(1))
      if (t.text === null || dirs.some((d) => rmCovers(t.text, d))) return !0;
    return !1;
  }
  return /clean/i.test(name) && !["apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "apk"].includes(name);
}
function earlierSteps(ins) {
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let s = ins.stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    let list = s === ins.stage ? s.instructions.filter((x) => x.index < ins.index) : s.instructions;
    for (let x of [...list].reverse())
      x.keyword !== "RUN" && x.keyword !== "COPY" && x.keyword !== "ADD" || out.push({ keyword: x.keyword, text: [x.argsText.text, ...x.heredocs.map((h) => h.body)].join(`
`) });
  }
  return out;
}
function aptConfigured(ins, setting) {
  return earlierSteps(ins).some((s) => s.keyword === "RUN" ? setting.test(s.text) : /\/etc\/apt\/apt\.conf/.test(s.text));
}
function uncleanedInstall(model, r, isInstall, isClean, dirs) {
  let last;
  for (let p of r.packages) isInstall(p.pc) && (last = p);
  if (!last || cacheMountCovers(model, r.ins, r.run.mounts, dirs)) return null;
  for (let cmd of r.commands.slice(last.index + 1)) {
    if (removesDir(cmd, dirs)) return null;
    let p = r.packages.find((x) => x.pc.command === cmd);
    if (p && isClean(p.pc)) return null;
  }
  return last.pc;
}
function rpmAction(pc2) {
  if (!pc2.sub) return null;
  if (pc2.sub === "group" || pc2.sub === "groups" || pc2.sub === "module") {
    let next = pc2.operands[0]?.text;
    return next ? `${pc2.sub === "groups" ? "group" : pc2.sub} ${next.toLowerCase()}` : pc2.sub;
  }
  return pc2.sub;
}
function rpmActionEnd(pc2) {
  return ((pc2.sub === "group" || pc2.sub === "groups" || pc2.sub === "module") && pc2.operands[0] ? pc2.operands[0] : pc2.subcommand).word;
}
var RPM_INSTALLS = /* @__PURE__ */ new Set(["install", "in", "groupinstall", "localinstall", "reinstall", "rei", "update", "upgrade", "up", "upgrade-minimal", "up-min", "update-minimal", "downgrade", "distro-sync", "group install", "group upgrade", "group update", "module install", "swap"]), RPM_PROMPTS = /* @__PURE__ */ new Set([...RPM_INSTALLS, "remove", "erase", "rm", "autoremove", "group remove", "group erase", "groupremove", "groupupdate", "module enable", "module disable", "module reset", "module remove", "module switch-to"]), RPM_CACHES = ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"];
function rpmPinned(pkg) {
  if (pkg.endsWith(".rpm") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.includes("://") || pkg.startsWith("@") || /[=<>]/.test(pkg)) return !0;
  let parts = pkg.split("-");
  for (let i = 1; i < parts.length; i++)
    if (/^\d/.test(parts[i]) && parts.slice(i).every((p) => /^[A-Za-z0-9.~^_:+*]+$/.test(p))) return !0;
  return !1;
}
var APT_TOOLS = /* @__PURE__ */ new Set(["apt-get", "apt", "aptitude"]), RPM_TOOLS = /* @__PURE__ */ new Set(["yum", "dnf", "microdnf"]);
function isIndexUpdate(cmd) {
  let pc2 = parsePackageCommand(cmd);
  return pc2 ? APT_TOOLS.has(pc2.tool) || pc2.tool === "apk" ? pc2.sub === "update" : RPM_TOOLS.has(pc2.tool) ? rpmAction(pc2) === "makecache" : pc2.tool === "zypper" && (pc2.sub === "refresh" || pc2.sub === "ref") : !1;
}
function isPackageInstall(cmd) {
  let pc2 = parsePackageCommand(cmd);
  return !pc2 || !pc2.sub ? !1 : APT_TOOLS.has(pc2.tool) ? ["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download"].includes(pc2.sub) : pc2.tool === "apk" ? ["add", "upgrade", "fix"].includes(pc2.sub) : RPM_TOOLS.has(pc2.tool) ? RPM_INSTALLS.has(rpmAction(pc2) ?? "") : ["install", "in", "update", "up", "dist-upgrade", "dup"].includes(pc2.sub);
}
function packageFamily(cmd) {
  let pc2 = parsePackageCommand(cmd);
  return pc2 ? APT_TOOLS.has(pc2.tool) ? "apt" : RPM_TOOLS.has(pc2.tool) ? "rpm" : pc2.tool : null;
}

// src/model/manifests-first.ts
var KEPT_FLAGS = /* @__PURE__ */ new Set(["chown", "chmod", "link"]), MOVABLE_PAST = /* @__PURE__ */ new Set(["COPY", "ADD", "EXPOSE", "LABEL"]), FETCH_STEP = {
  go: { tools: ["go"], run: () => "go mod download", manifests: ["go.mod", "go.sum"] },
  maven: { tools: ["mvn"], run: (t) => `${t} dependency:go-offline`, manifests: ["pom.xml"] },
  dotnet: { tools: ["dotnet"], run: (t) => `${t} restore`, manifests: ["*.csproj"] }
};
function installNeedsSource(inst, argv) {
  switch (inst.ecosystem) {
    case "pip":
      return inst.manifests.includes("pyproject.toml");
    // `pip install .` / `-e .`
    case "poetry":
      return !argv.includes("--no-root");
    case "uv":
      return argv[1] === "sync" && !argv.includes("--no-install-project");
    case "cargo":
      return !0;
    // cargo needs the crate's targets (src/main.rs) even to fetch
    default:
      return inst.build;
  }
}
function readsNoSource(cmd, ecosystem) {
  let inst = detectInstall(cmd);
  if (inst) return inst.ecosystem === ecosystem && !installNeedsSource(inst, cmd.words.map((w) => w.expanded ?? w.value));
  if (parsePackageCommand(cmd)) return !0;
  let pip = pipInstall(cmd);
  return pip ? pip.args.every((a) => !/^(-r|--requirement|-c|--constraint|-e|--editable)/.test(a.text) && !/^[./~]/.test(a.text) && !a.text.includes("/")) : !1;
}
function withSlash(dest) {
  return dest === "." || dest === "./" || dest === "./." ? "./" : dest.endsWith("/") ? dest : dest + "/";
}
function manifestCopies(keyword, flags, manifests, dest, optionalAfterFirst, present) {
  let byDir = /* @__PURE__ */ new Map(), globbed = manifests.some((m) => m.includes("*"));
  return manifests.forEach((m, i) => {
    if (present(m)) return;
    let slash = m.lastIndexOf("/"), dir = slash === -1 ? "" : m.slice(0, slash + 1), list = byDir.get(dir) ?? [];
    list.push(optionalAfterFirst && (i > 0 || globbed) && !m.includes("*") ? m + "*" : m), byDir.set(dir, list);
  }), [...byDir].map(([dir, files2]) => `${keyword}${flags} ${files2.join(" ")} ${files2.length === 1 && !files2[0].includes("*") && !dir && dest === "." ? "." : withSlash(dest) + dir}`);
}
function manifestsFirstFix(model, stage, copy, run, install) {
  if (copy.json || copy.heredocs.length || copy.flags.some((f) => !KEPT_FLAGS.has(f.name))) return null;
  let dest = copyParts(copy).dest;
  if (!dest || dest.value !== dest.raw || /[\s$"'\\`]/.test(dest.raw)) return null;
  let copyLines = instructionLines(model, copy);
  if (!copyLines) return null;
  let list = stage.instructions, between = list.slice(list.indexOf(copy) + 1, list.indexOf(run));
  if (between.some((i) => !MOVABLE_PAST.has(i.keyword) && i.keyword !== "RUN") || !dest.value.startsWith("/") && !stage.image.isScratch && !hasWorkdirBefore(stage, copy) || !(dest.value === "." || dest.value === "./" || dest.value === "./." || workdirAt(model, stage, copy) === dest.value.replace(/\/+$/, "")) || install.manifests.some((m) => m.startsWith("/") || m.split("/").includes("..") || /[\s$"'\\`]/.test(m))) return null;
  let argv = install.command.words.map((w) => w.expanded ?? w.value);
  if (argv.some((a) => a.startsWith("/") && install.manifests.some((m) => a.endsWith("/" + m)))) return null;
  let keyword = /^[a-z]+$/.test(copy.keywordRaw) ? "copy" : "COPY", flags = copy.flags.map((f) => " " + model.text.slice(f.start, f.end)).join(""), indent = model.text.slice(copyLines.start, copy.start), eco = install.ecosystem, present = (m) => copiedBefore(stage, copy, m, dest.value);
  if (installNeedsSource(install, argv)) {
    let fetch = FETCH_STEP[eco], tool = install.command.name;
    if (!fetch || !fetch.tools.includes(tool) || !install.build) return null;
    let runKeyword = keyword === "copy" ? "run" : "RUN", lines = [...manifestCopies(keyword, flags, fetch.manifests, dest.value, !0, present), `${runKeyword} ${fetch.run(tool)}`];
    return { kind: "suggestion", edits: [{ span: { start: copyLines.start, end: copyLines.start }, text: lines.map((l) => indent + l + `
`).join("") }] };
  }
  if (between.some((i) => i.keyword === "RUN") || !run.run || run.run.commands.some((c) => !readsNoSource(c, eco))) return null;
  let runLines = instructionLines(model, run);
  if (!runLines) return null;
  let first = run.commentsAbove[0], moved = { start: first ? model.lines.lineStart(first.line) : runLines.start, end: runLines.end };
  if (moved.start <= copy.end) return null;
  let optional = eco !== "pip", text = manifestCopies(keyword, flags, install.manifests, dest.value, optional, present).map((l) => indent + l + `
`).join("") + instructionLinesText(model, moved);
  return {
    kind: "suggestion",
    edits: [
      { span: { start: copyLines.start, end: copyLines.start }, text },
      { span: moved, text: "" }
    ]
  };
}
function installsAfterWholeCopy(model) {
  let out = [];
  for (let stage of model.stages) {
    let installedBefore = /* @__PURE__ */ new Set(), manifestsCopied = [], wholeCopy = null, found = /* @__PURE__ */ new Set();
    for (let ins of stage.instructions) {
      if (!wholeCopy && copiesFromContext(ins)) {
        let { sources } = copyParts(ins);
        sources.some((s) => isWholeContext(s.value)) ? wholeCopy = ins : manifestsCopied.push(...sources.map((s) => s.value));
        continue;
      }
      if (!ins.run || ins.run.mounts.some((m) => m.type === "cache")) continue;
      let installs = ins.run.commands.map((c) => detectInstall(c, ins.scope)).filter((x) => x !== null && !(x.ecosystem === "go" && goPathMode(model, ins, x.command)));
      for (let inst of installs) {
        if (!wholeCopy) {
          (!inst.build || manifestsCopied.some((m) => isManifestSource(m, inst.manifests))) && installedBefore.add(inst.ecosystem);
          continue;
        }
        if (installedBefore.has(inst.ecosystem) || found.has(inst.ecosystem)) continue;
        found.add(inst.ecosystem);
        let named = inst.build && installs.find((x) => x.ecosystem === inst.ecosystem && !x.build) || inst;
        out.push({ stage, copy: wholeCopy, run: ins, install: named });
      }
    }
  }
  return out;
}
function folder(path) {
  return path.replace(/\/+$/, "").replace(/^\.(\/+|$)/, "");
}
function copiedBefore(stage, at, manifest, dest) {
  let slash = manifest.lastIndexOf("/"), want = folder([folder(dest), slash === -1 ? "" : manifest.slice(0, slash)].filter(Boolean).join("/"));
  for (let ins of stage.instructions) {
    if (ins === at) return !1;
    if (!copiesFromContext(ins) || ins.json) continue;
    let parts = copyParts(ins);
    if (!parts.dest || !parts.sources.some((s) => s.value.replace(/^\.\/+/, "") === manifest)) continue;
    let to = parts.dest.value;
    if (parts.sources.length === 1 && !to.endsWith("/") && folder(to) !== "" ? folder(to) === folder([want, manifest.slice(slash + 1)].filter(Boolean).join("/")) : folder(to) === want) return !0;
  }
  return !1;
}
function hasWorkdirBefore(stage, at) {
  for (let s = stage; s; s = s.parent)
    for (let ins of s.instructions) {
      if (ins === at) break;
      if (ins.keyword === "WORKDIR") return !0;
    }
  return !1;
}

// src/layers/estimate.ts
import { posix as posix2 } from "node:path";

// src/layers/keys.ts
function stageToken(stage) {
  return `@stage${stage.index}@`;
}
function normalizeImage(ref) {
  if (!ref || ref === "scratch") return ref;
  let at = ref.indexOf("@"), digest = at >= 0 ? ref.slice(at) : "", name = at >= 0 ? ref.slice(0, at) : ref, tag = "", colon = name.lastIndexOf(":");
  colon > name.lastIndexOf("/") && (tag = name.slice(colon), name = name.slice(0, colon));
  let slash = name.indexOf("/"), first = slash >= 0 ? name.slice(0, slash) : "", hasDomain = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first), domain = hasDomain ? first : "docker.io", path = hasDomain ? name.slice(slash + 1) : name;
  return domain === "index.docker.io" && (domain = "docker.io"), domain === "docker.io" && !path.includes("/") && (path = `library/${path}`), !tag && !digest && (tag = ":latest"), `${domain}/${path}${digest || tag}`;
}
function normalizeMode(v) {
  return /^[0-7]+$/.test(v) ? parseInt(v, 8).toString(8) : v;
}
function flagsKey(model, ins, scope) {
  let out = [];
  for (let f of ins.flags) out.push(`${f.name}=${flagValue(model, f, scope)}`);
  return out.join(",");
}
function flagValue(model, f, scope) {
  if (f.value === null) return "";
  if (f.name === "from") {
    let s = model.stageByRef(f.value);
    return s ? stageToken(s) : normalizeImage(f.value);
  }
  if (f.name === "mount") return mountKey(model, f.value, scope);
  let v = model.expand(f.value, scope).value;
  return f.name === "chmod" ? normalizeMode(v) : f.name === "link" || f.name === "parents" ? v === "false" ? "false" : "true" : v;
}
function mountKey(model, value, scope) {
  let opts = /* @__PURE__ */ new Map();
  for (let kv of value.split(",")) {
    let eq = kv.indexOf("="), k = (eq >= 0 ? kv.slice(0, eq) : kv).trim().toLowerCase(), v = eq >= 0 ? model.expand(kv.slice(eq + 1), scope).value : "";
    if (k === "from") {
      let s = model.stageByRef(v);
      v = s ? stageToken(s) : normalizeImage(v);
    }
    opts.set(k === "src" ? "source" : k === "dst" || k === "destination" ? "target" : k, v);
  }
  if ((opts.get("type") ?? "bind") === "cache") {
    let target = opts.get("target") ?? "", id = opts.get("id") ?? target, sharing = opts.get("sharing") ?? "shared";
    opts.delete("id"), opts.delete("sharing"), id === target && sharing === "shared" && opts.set("id", target);
  }
  return [...opts].map(([k, v]) => `${k}=${v}`).sort().join(",");
}
function runEnvKey(model, scope) {
  let entries = [...scope.values()].map((b, order) => ({ b, order })).filter(({ b }) => b.kind === "env" || b.value !== void 0 || model.buildArgs.has(b.name));
  return entries.sort((x, y) => (x.b.declaredBy?.index ?? -1) - (y.b.declaredBy?.index ?? -1) || x.order - y.order), entries.map(({ b }) => `${b.name}=${b.value ?? "?"}`).join("");
}
function runCommandKey(ins) {
  if (ins.run?.form === "exec" && ins.json) return JSON.stringify(ins.json.values);
  let command = ins.argsText.text.replace(/^(\s*--[A-Za-z-]+(=("[^"]*"|'[^']*'|\S)*)?)+\s*/, "").trim();
  return `${JSON.stringify(ins.run?.shell ?? [])} ${command}`;
}
function heredocKey(model, ins, scope) {
  return ins.heredocs.map((h) => h.quoted || ins.keyword === "RUN" ? h.body : model.expand(h.body, scope).value).join("\0");
}

// src/layers/estimate.ts
var VOLATILITY_ORDER = ["stable", "stale-prone", "manifests", "source", "remote", "per-build"];
function signatureOf(parts) {
  return parts.map(([k, v]) => `${k}=${v}`).join("");
}
var LAYER = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]), METADATA = /* @__PURE__ */ new Set(["LABEL", "EXPOSE", "CMD", "ENTRYPOINT", "HEALTHCHECK", "VOLUME", "STOPSIGNAL", "MAINTAINER", "ONBUILD"]);
function isPerBuildArgName(name, hasDefault, defaultValue = null) {
  let n = name.toUpperCase();
  return /(^|_)(BUILD_?(DATE|TIME|TIMESTAMP|NUMBER|ID|NUM)|BUILDTIME|BUILDDATE|TIMESTAMP|CACHE_?BUST|CACHEBUST|RUN_?ID|PIPELINE_?ID|JOB_?ID)$|^SOURCE_DATE_EPOCH$/.test(n) ? !0 : /(^|_)(SHA|COMMIT|COMMIT_?SHA|COMMIT_?HASH|REVISION|VCS_REF|GIT_REF)$/.test(n) ? hasDefault ? defaultValue === null ? /^(GIT_|VCS_|SOURCE_)/.test(n) : !/^[0-9a-f]{7,}$/i.test(defaultValue.replace(/^["']|["']$/g, "")) : !0 : !!(!hasDefault && /^(APP_|BUILD_|IMAGE_|RELEASE_|PROJECT_|SERVICE_)?VERSION$|^RELEASE$|^(IMAGE_|BUILD_|DOCKER_)?TAG$|^(GIT_|VCS_|SOURCE_)?(REF|BRANCH)$|^DATE$/.test(n));
}
function isRemoteUrl(s) {
  return /^https?:\/\//i.test(s);
}
function isGitUrl(s) {
  return /^git@[^:]+:/.test(s) || /^git:\/\//.test(s) || /^ssh:\/\//.test(s) || /^https?:\/\//.test(s) && /\.git(#|$|\?)/.test(s);
}
function gitRef(url) {
  let hash = url.indexOf("#");
  if (hash >= 0)
    return url.slice(hash + 1).split(":")[0] || null;
  let m = /[?&](?:ref|tag|branch|commit)=([^&]+)/.exec(url);
  return m ? m[1] : null;
}
function isCommitSha(ref) {
  return !!ref && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref);
}
var MANIFEST_NAMES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
  "bun.lockb",
  "bun.lock",
  "requirements.txt",
  "pyproject.toml",
  "poetry.lock",
  "pipfile",
  "pipfile.lock",
  "setup.py",
  "setup.cfg",
  "uv.lock",
  "constraints.txt",
  "go.mod",
  "go.sum",
  "go.work",
  "go.work.sum",
  "cargo.toml",
  "cargo.lock",
  "gemfile",
  "gemfile.lock",
  "composer.json",
  "composer.lock",
  "pom.xml",
  "build.gradle",
  "build.gradle.kts",
  "settings.gradle",
  "settings.gradle.kts",
  "gradle.properties",
  "mix.exs",
  "mix.lock",
  "packages.config",
  "nuget.config",
  "directory.packages.props",
  "directory.build.props",
  "global.json",
  "environment.yml",
  "environment.yaml",
  "conda-lock.yml",
  "renv.lock",
  "description",
  "stack.yaml",
  "cabal.project",
  "pubspec.yaml",
  "pubspec.lock",
  "package.swift",
  "package.resolved"
]);
function isManifestPath(p) {
  let b = p.slice(p.lastIndexOf("/") + 1).toLowerCase();
  return !!(MANIFEST_NAMES.has(b) || /^requirements[-_.\w]*\.(txt|in)$/.test(b) || /\.(csproj|fsproj|vbproj|sln|gemspec|cabal)$/.test(b));
}
function stageLabel(s) {
  return s.nameRaw ?? String(s.index);
}
function instructionDisplay(ins) {
  return `${ins.keywordRaw} ${ins.argsText.text.trim()}`.trim();
}
function flagValues(ins, name) {
  return ins.flags.filter((f) => f.name === name && f.value !== null).map((f) => f.value);
}
function hasFlag(ins, name) {
  let f = ins.flags.find((x) => x.name === name);
  return !!f && f.value !== "false";
}
function argsInScope(scope) {
  let out = [];
  for (let b of scope.values())
    (b.kind === "arg" || b.kind === "builtin" && b.declaredBy) && out.push(b);
  return out;
}
function referencedNames2(model, text, scope) {
  return new Set(model.expand(text, scope).names);
}
function estimateLayers(model, options = {}) {
  let context = options.context ?? null, platform = options.platform ?? "", stageFacts = [], byStage = /* @__PURE__ */ new Map();
  for (let stage of model.stages) {
    let sf = {
      stage,
      index: stage.index,
      name: stage.nameRaw,
      label: stageLabel(stage),
      built: stage.reachable,
      steps: [],
      children: model.stages.filter((s) => s.parent === stage)
    };
    stageFacts.push(sf), byStage.set(stage, sf);
    let workdir = "/", user = "", keyIndex = 0;
    if (stage.parent) {
      let p = stateAtEnd(stage.parent, model);
      workdir = p.workdir, user = p.user;
    }
    for (let ins of stage.instructions) {
      let step = stepFacts(model, ins, stage, context, workdir, user, byStage, platform);
      if (ins.keyword === "ONBUILD" && ins.onbuild && LAYER.has(ins.onbuild.keyword)) {
        let t = stepFacts(model, ins.onbuild, stage, context, workdir, user, byStage, platform);
        step.trigger = { selectors: t.selectors, readsStages: t.readsStages, signature: t.signature };
      }
      if (ins.keyword === "FROM" && stage.parent && step.signature !== null) {
        let triggers = (byStage.get(stage.parent)?.steps ?? []).flatMap((s) => s.trigger ? [s.trigger.signature ?? ""] : []);
        triggers.length && (step.keyParts.push(["onbuild", triggers.join("")]), step.signature = signatureOf(step.keyParts));
      }
      step.signature !== null && (step.keyIndex = keyIndex++), sf.steps.push(step), ins.keyword === "WORKDIR" && (workdir = resolveDir(workdir, model.expand(ins.argsText.text.trim(), ins.scope).value)), ins.keyword === "USER" && (user = model.expand(ins.argsText.text.trim(), ins.scope).value);
    }
  }
  return computeBlast(stageFacts, byStage), { model, context, target: model.target, stages: stageFacts };
}
function stateAtEnd(stage, model) {
  let workdir = "/", user = "";
  if (stage.parent && stage.parent !== stage) {
    let p = stateAtEnd(stage.parent, model);
    workdir = p.workdir, user = p.user;
  }
  for (let ins of stage.instructions)
    ins.keyword === "WORKDIR" && (workdir = resolveDir(workdir, model.expand(ins.argsText.text.trim(), ins.scope).value)), ins.keyword === "USER" && (user = model.expand(ins.argsText.text.trim(), ins.scope).value);
  return { workdir, user };
}
function resolveDir(cwd, p) {
  return posix2.normalize(posix2.join("/", p.startsWith("/") ? p : posix2.join(cwd, p))).replace(/(.)\/+$/, "$1");
}
function stepFacts(model, ins, stage, context, workdir, user, byStage, platform) {
  let kw = ins.keyword, argsRaw = ins.argsText.text.trim(), expandedArgs2 = kw === "RUN" ? argsRaw : kw === "FROM" ? ins.argsText.text.trim() : model.expand(argsRaw, ins.scope).value, text = `${kw} ${kw === "FROM" ? stage.image.expanded + (stage.nameRaw ? ` AS ${stage.nameRaw}` : "") : expandedArgs2}`.trim();
  kw === "FROM" && stage.platform && (text = `FROM --platform=${stage.platform.value ?? ""} ${text.slice(5)}`);
  let inputs = { text }, volatility = "stable", reason = LAYER.has(kw) ? "instruction text and the previous layer only" : METADATA.has(kw) ? "image config only: never invalidates a layer" : "no layer of its own", selectors = [], readsStages = [], keyParts = null, bump = (v, why) => {
    VOLATILITY_ORDER.indexOf(v) > VOLATILITY_ORDER.indexOf(volatility) ? (volatility = v, reason = why) : v === volatility && volatility !== "stable" && (reason += `; ${why}`);
  }, flagText = kw === "FROM" ? "" : ins.flags.filter((f) => f.name !== "from" && f.value).map((f) => " " + f.value).join(""), heredocText = kw === "RUN" ? "" : ins.heredocs.map((h) => h.quoted ? "" : `
` + h.body).join(""), explicit = referencedNames2(model, kw === "FROM" ? ins.argsText.text : argsRaw + flagText + heredocText, kw === "FROM" ? model.globalScope : ins.scope), args = [], scopeArgs = argsInScope(kw === "FROM" ? model.globalScope : ins.scope);
  for (let a of scopeArgs) {
    let isExplicit = explicit.has(a.name);
    !isExplicit && kw !== "RUN" || !isExplicit && a.value === void 0 && !model.buildArgs.has(a.name) && !isPerBuildArgName(a.name, !1) || args.push({ name: a.name, value: a.value ?? null, use: isExplicit ? "explicit" : "implicit" });
  }
  if (args.length && (inputs.buildArgs = args), LAYER.has(kw) || kw === "FROM" || kw === "WORKDIR" || kw === "ARG")
    for (let a of args) {
      let dw = scopeArgs.find((x) => x.name === a.name)?.declaredBy?.args.find((w) => w.value.split("=")[0] === a.name), hasDefault = !!dw && dw.value.includes("=");
      isPerBuildArgName(a.name, hasDefault, hasDefault ? dw.value.slice(dw.value.indexOf("=") + 1) : null) ? bump("per-build", `build arg ${a.name} (${a.use}) is per-build`) : a.value === null && a.use === "explicit" && kw !== "FROM" && !model.buildArgs.has(a.name) && bump("per-build", `build arg ${a.name} has no default`);
    }
  if (kw === "ARG")
    for (let w of ins.args) {
      let name = w.value.split("=")[0];
      isPerBuildArgName(name, w.value.includes("="), w.value.includes("=") ? w.value.slice(w.value.indexOf("=") + 1) : null) && bump("per-build", `ARG ${name} is per-build`);
    }
  switch (kw) {
    case "FROM": {
      let img = stage.image;
      img.stage ? (inputs.stages = [stageLabel(img.stage)], reason = `continues stage ${stageLabel(img.stage)}`) : img.isScratch ? (inputs.image = "scratch", reason = "empty base") : (inputs.image = img.expanded, img.unresolved ? bump("per-build", "image depends on a build arg without a known value") : img.digest ? reason = "base pinned by digest" : bump("remote", `tag ${img.tag ?? "latest"} can move in the registry`));
      let stagePlatform = stage.platform?.value ? model.expand(stage.platform.value, model.globalScope).value : platform;
      keyParts = [["keyword", "FROM"], ["base", img.stage ? stageToken(img.stage) : normalizeImage(img.expanded)], ["platform", stagePlatform]];
      break;
    }
    case "COPY":
    case "ADD": {
      let { sources } = copyParts(ins), fromFlag = flagValues(ins, "from")[0], exclude = flagValues(ins, "exclude"), parents = hasFlag(ins, "parents"), expandedSources = sources.filter((s) => !s.heredoc).map((s) => model.expand(s.value, ins.scope).value);
      if (sources.some((s) => s.heredoc) && (reason = "heredoc body only"), fromFlag !== void 0) {
        let src = model.stageByRef(fromFlag);
        if (src) {
          readsStages.push(src), inputs.stages = [stageLabel(src)];
          let sv = contentVolatility(src, byStage);
          bump(sv.v === "stable" ? "stable" : sv.v, `copies from stage ${stageLabel(src)}${sv.v === "stable" ? "" : ` (${sv.why})`}`), sv.v === "stable" && (reason = `content of ${expandedSources.join(" ")} in stage ${stageLabel(src)}`);
        } else
          inputs.image = fromFlag, /@sha256:/.test(fromFlag) ? reason = "image pinned by digest" : bump("remote", `image ${fromFlag} is not pinned by digest`);
        inputs.files = { sources: expandedSources, count: null, bytes: null };
      } else {
        let urls = kw === "ADD" ? expandedSources.filter((s) => isRemoteUrl(s) || isGitUrl(s)) : [], local = expandedSources.filter((s) => !urls.includes(s));
        if (urls.length) {
          inputs.urls = urls;
          let checksum = flagValues(ins, "checksum")[0];
          for (let u of urls)
            isGitUrl(u) ? isCommitSha(gitRef(u)) ? reason = "git source pinned to a commit" : bump("remote", `git ref ${gitRef(u) ?? "(default branch)"} is resolved on every build`) : checksum ? reason = "download pinned by --checksum" : bump("remote", `${u} is fetched on every build (no --checksum)`);
        }
        if (local.length) {
          let files2 = { sources: local, count: null, bytes: null };
          exclude.length && (files2.exclude = exclude), parents && (files2.parents = !0);
          let sel = { sources: local, exclude, parents, selected: null, result: null };
          if (context) {
            let r = context.select(local, { exclude, parents });
            sel.result = r, sel.selected = new Set(r.files.map((f) => f.path)), files2.count = r.files.length, files2.bytes = r.bytes, r.ignoredMatches.length && (files2.ignored = r.ignoredMatches), r.missing.length && (files2.missing = r.missing);
          }
          inputs.files = files2, selectors.push(sel);
          let paths = sel.selected ? [...sel.selected] : local.map((s) => contextRelative(s));
          paths.length > 0 && paths.every(isManifestPath) && local.every((s) => !isWholeish(s) || !1) ? bump("manifests", `copies dependency manifests (${short(paths)})`) : paths.length > 0 || !context ? bump("source", `copies ${describeSources(local, sel)}`) : reason = "selects no context files";
        }
      }
      let dest = copyParts(ins).dest;
      keyParts = [
        ["keyword", kw],
        ["flags", flagsKey(model, ins, ins.scope)],
        ["sources", expandedSources.join(" ")],
        ["dest", dest ? model.expand(dest.value, ins.scope).value : ""],
        ["workdir", workdir],
        ["heredoc", heredocKey(model, ins, ins.scope)]
      ];
      break;
    }
    case "RUN": {
      let run = ins.run;
      if (run) {
        let mounts = [];
        for (let m of run.mounts) {
          let o = m.options, mi = { type: m.type, target: o.target ?? null, key: m.type === "bind" ? "content" : "definition" };
          if ((o.source ?? o.src) && (mi.source = o.source ?? o.src), o.from && (mi.from = o.from), m.type === "cache" && o.from) {
            mi.key = "content";
            let seed = model.stageByRef(model.expand(o.from, ins.scope).value);
            seed && readsStages.push(seed);
          }
          if (mounts.push(mi), m.type === "bind") {
            let fromStage = o.from ? model.stageByRef(model.expand(o.from, ins.scope).value) : null;
            if (fromStage) {
              readsStages.push(fromStage);
              let sv = contentVolatility(fromStage, byStage);
              bump(sv.v, `bind-mounts stage ${stageLabel(fromStage)}`);
            } else if (o.from)
              /@sha256:/.test(o.from) || bump("remote", `bind-mounts image ${o.from}`);
            else {
              let src = model.expand(mi.source ?? ".", ins.scope).value, sel = { sources: [src], exclude: [], parents: !1, selected: null, result: null };
              if (context) {
                let r = context.select([src]);
                sel.result = r, sel.selected = new Set(r.files.map((f) => f.path));
              }
              selectors.push(sel);
              let paths = sel.selected ? [...sel.selected] : [contextRelative(src)];
              paths.length && paths.every(isManifestPath) ? bump("manifests", `bind-mounts dependency manifests (${short(paths)})`) : bump("source", `bind-mounts ${src === "." ? "the whole context" : src} from the context`);
            }
          }
        }
        mounts.length && (inputs.mounts = mounts);
        let commands = run.commands, updates = commands.filter(isIndexUpdate), installs = commands.filter(isPackageInstall);
        updates.length && !installs.length && bump("stale-prone", `'${cmdText(updates[0])}' without an install in the same RUN stays cached and goes stale`);
        let urls = /* @__PURE__ */ new Set();
        for (let c of commands) for (let w of c.words) {
          let v = w.expanded ?? w.value;
          isRemoteUrl(v) && /^(curl|wget|git|aria2c)$/.test(c.name) && urls.add(v);
        }
        urls.size && (inputs.urls = [...urls], volatility === "stable" && bump("stale-prone", `downloads ${short([...urls])}: the key does not see the remote content`));
      }
      keyParts = [
        ["keyword", "RUN"],
        ["flags", flagsKey(model, ins, ins.scope)],
        ["command", runCommandKey(ins)],
        ["heredoc", heredocKey(model, ins, ins.scope)],
        ["env", runEnvKey(model, ins.scope)],
        ["workdir", workdir],
        ["user", user]
      ];
      break;
    }
    case "WORKDIR": {
      let to = resolveDir(workdir, expandedArgs2);
      keyParts = to === "/" ? null : [["keyword", "WORKDIR"], ["workdir", to], ["user", user]];
      break;
    }
  }
  return {
    instruction: ins,
    stage,
    line: ins.line,
    endLine: ins.endLine,
    keyword: kw,
    display: instructionDisplay(ins),
    createsLayer: LAYER.has(kw) || keyParts !== null && kw === "WORKDIR",
    inputs,
    volatility,
    volatilityReason: reason,
    blast: { steps: 0, stages: [], maybeStages: [] },
    selectors,
    readsStages,
    signature: keyParts ? signatureOf(keyParts) : null,
    keyParts: keyParts ?? [],
    keyIndex: -1
  };
}
function isWholeish(s) {
  return contextRelative(s) === ".";
}
function describeSources(local, sel) {
  let what = local.map((s) => isWholeish(s) ? "the whole context" : s).join(", ");
  return sel.result ? `${what} (${sel.result.files.length} files)` : what;
}
function short(items, n = 3) {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} +${items.length - n}`;
}
function cmdText(c) {
  return c.words.map((w) => w.value).join(" ");
}
function isExpensive(c) {
  return isPackageInstall(c) || detectInstall(c) ? !0 : /^(make|cmake|ninja|gcc|g\+\+|cc|clang|rustc|javac|tsc|webpack|vite|bazel|conda|mamba|micromamba|gem|cpanm|curl|wget|git|go|cargo|npm|yarn|pnpm|pip|pip3|mvn|gradle|dotnet)$/.test(c.name);
}
function contentVolatility(stage, byStage) {
  let best = { v: "stable", why: "" }, seen = /* @__PURE__ */ new Set();
  for (let s = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    let sv = stageVolatility(byStage.get(s));
    VOLATILITY_ORDER.indexOf(sv.v) > VOLATILITY_ORDER.indexOf(best.v) && (best = { v: sv.v, why: s === stage ? sv.why : `stage ${stageLabel(s)} ${sv.why}` });
  }
  return best;
}
function stageVolatility(sf) {
  let v = "stable", why = "";
  if (!sf) return { v, why };
  for (let s of sf.steps)
    s.createsLayer && VOLATILITY_ORDER.indexOf(s.volatility) > VOLATILITY_ORDER.indexOf(v) && (v = s.volatility, why = `line ${s.line}: ${s.volatilityReason}`);
  return { v, why };
}
function computeBlast(stages, byStage) {
  let built = (s) => byStage.get(s).built, fromDescendants = (s, acc) => {
    for (let c of byStage.get(s).children)
      !built(c) || acc.has(c) || (acc.add(c), fromDescendants(c, acc));
    return acc;
  }, layerCount = (sf) => sf.steps.filter((x) => x.createsLayer).length;
  for (let sf of stages) {
    let desc = fromDescendants(sf.stage, /* @__PURE__ */ new Set()), descSteps = [...desc].reduce((n, d) => n + layerCount(byStage.get(d)), 0), rebuilt = /* @__PURE__ */ new Set([sf.stage, ...desc]), maybe = /* @__PURE__ */ new Set(), grew = !0;
    for (; grew; ) {
      grew = !1;
      for (let other of stages)
        if (!(!other.built || rebuilt.has(other.stage) || maybe.has(other.stage)) && other.steps.some((st) => st.readsStages.some((r) => rebuilt.has(r) || maybe.has(r)))) {
          maybe.add(other.stage);
          for (let d of fromDescendants(other.stage, /* @__PURE__ */ new Set())) rebuilt.has(d) || maybe.add(d);
          grew = !0;
        }
    }
    sf.steps.forEach((step, i) => {
      if (!sf.built) return;
      let first = i;
      if (METADATA.has(step.keyword)) {
        step.blast = { steps: 0, stages: [], maybeStages: [] };
        return;
      }
      if (!step.createsLayer && step.keyword !== "FROM" && step.keyword !== "WORKDIR") {
        let j = sf.steps.findIndex((x, k) => k > i && x.keyword === "RUN");
        first = j === -1 ? sf.steps.length : j;
      }
      let own = sf.steps.slice(first).filter((x) => x.createsLayer).length, stagesHit = first < sf.steps.length || step.createsLayer ? desc : /* @__PURE__ */ new Set();
      step.blast = {
        steps: own + (stagesHit.size ? descSteps : 0),
        stages: [...stagesHit].map(stageLabel),
        maybeStages: stagesHit.size || first < sf.steps.length ? [...maybe].map(stageLabel) : []
      };
    });
  }
}

// src/layers/impact.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { join as join3 } from "node:path";
var RANK = { false: 0, maybe: 1, true: 2 };
function rank(r) {
  return RANK[String(r)];
}
function normalizeChanged(p) {
  let s = p.replace(/\\/g, "/");
  if (s.startsWith("../") || s === "..") return null;
  let r = contextRelative(s);
  return r === "." ? null : r;
}
function hasWildcard2(s) {
  return /(^|[^\\])[*?[]/.test(s);
}
function sourceMatchesPath(source, path, parents = !1) {
  let src = source;
  if (parents) {
    let cut = src.indexOf("/./");
    src = cut >= 0 ? src.slice(0, cut) + "/" + src.slice(cut + 3) : src;
  }
  let s = contextRelative(src);
  if (s === ".") return { matched: !0, rel: path };
  let sp = s.split("/"), pp = path.split("/");
  if (pp.length < sp.length) return { matched: !1, rel: "" };
  let k = sp.findIndex(hasWildcard2);
  k < 0 && (k = sp.length);
  for (let i = 0; i < sp.length; i++)
    if (i < k) {
      if (sp[i] !== pp[i]) return { matched: !1, rel: "" };
    } else {
      let re = compileGoGlob(sp[i]);
      if (!re || !re.test(pp[i])) return { matched: !1, rel: "" };
    }
  return { matched: !0, rel: pp.slice(sp.length).join("/") || pp[pp.length - 1] };
}
function selectorHits(sel, path, contextDir, exists) {
  if (sel.selected) {
    if (sel.selected.has(path)) return !0;
    if (contextDir && exists(path)) {
      if (isDir(join3(contextDir, path))) {
        let prefix = path + "/";
        for (let f of sel.selected) if (f.startsWith(prefix)) return !0;
      }
      return !1;
    }
  }
  let excl = sel.exclude.length ? PatternMatcher.compile(sel.exclude).matcher : null;
  for (let src of sel.sources) {
    let m = sourceMatchesPath(src, path, sel.parents);
    if (m.matched && !(excl && excl.matchesOrParentMatches(m.rel)))
      return !0;
  }
  return !1;
}
function isDir(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return !1;
  }
}
function computeImpact(facts, options) {
  let out = /* @__PURE__ */ new Map(), ctx = facts.context, existsCache = /* @__PURE__ */ new Map(), exists = (p) => {
    let v = existsCache.get(p);
    return v === void 0 && (v = ctx ? existsSync2(join3(ctx.dir, p)) : !1, existsCache.set(p, v)), v;
  }, changed = [], ignored = [];
  for (let raw of options.changed) {
    let p = normalizeChanged(raw);
    p !== null && (ctx && ctx.isIgnored(p) ? ignored.push(p) : changed.push(p));
  }
  let stageState = /* @__PURE__ */ new Map();
  for (let sf of dependencyOrder(facts)) {
    if (!sf.built) {
      for (let st of sf.steps) out.set(st, { rebuild: !1, reason: "stage is not built for this target" });
      stageState.set(sf.stage, !1);
      continue;
    }
    let cur = !1, why = "", parent = sf.stage.parent;
    if (parent) {
      let ps = stageState.get(parent) ?? !1;
      ps !== !1 && (cur = ps, why = ps === !0 ? `base stage ${stageLabel(parent)} is rebuilt` : `base stage ${stageLabel(parent)} may be rebuilt`);
    }
    let diffAt = options.dockerfileDiff?.get(sf.stage), triggers = parent ? (facts.stages[parent.index]?.steps ?? []).flatMap((s) => s.trigger ? [s.trigger] : []) : [];
    for (let st of sf.steps) {
      let own = !1, ownWhy = "", selectors = st.keyword === "FROM" && triggers.length ? [...st.selectors, ...triggers.flatMap((t) => t.selectors)] : st.selectors, readsStages = st.keyword === "FROM" && triggers.length ? [...st.readsStages, ...triggers.flatMap((t) => t.readsStages)] : st.readsStages;
      if (diffAt !== void 0 && st.keyIndex >= 0 && st.keyIndex === diffAt.at && (own = !0, ownWhy = diffAt.reason), own !== !0)
        for (let sel of selectors) {
          let hits = changed.filter((p) => selectorHits(sel, p, ctx?.dir ?? null, exists));
          if (hits.length) {
            own = !0, ownWhy = `${hits.slice(0, 3).join(", ")}${hits.length > 3 ? ` +${hits.length - 3}` : ""} changed`;
            break;
          }
        }
      if (own === !1) {
        for (let r of readsStages)
          if ((stageState.get(r) ?? !1) !== !1) {
            own = "maybe", ownWhy = `stage ${stageLabel(r)} is rebuilt; hits if the copied files come out identical`;
            break;
          }
      }
      rank(own) > rank(cur) ? (cur = own, why = `line ${st.line}: ${ownWhy}`, out.set(st, { rebuild: own, reason: ownWhy })) : cur !== !1 ? out.set(st, { rebuild: cur, reason: `follows ${why}` }) : out.set(st, { rebuild: !1, reason: ignored.length && !changed.length ? "changes are all excluded by .dockerignore" : "no change reaches it" });
    }
    stageState.set(sf.stage, cur);
  }
  return out;
}
function dependencyOrder(facts) {
  let out = [], state = /* @__PURE__ */ new Map(), byStage = new Map(facts.stages.map((sf) => [sf.stage, sf])), visit = (sf) => {
    if (state.has(sf)) return;
    state.set(sf, 1);
    let deps = [];
    if (sf.stage.parent) {
      deps.push(sf.stage.parent);
      for (let st of byStage.get(sf.stage.parent)?.steps ?? []) st.trigger && deps.push(...st.trigger.readsStages);
    }
    for (let st of sf.steps) deps.push(...st.readsStages);
    for (let d of deps) {
      let df = byStage.get(d);
      df && df !== sf && !state.has(df) && visit(df);
    }
    state.set(sf, 2), out.push(sf);
  };
  return facts.stages.forEach(visit), out;
}
function matchStage(stage, old, current) {
  if (stage.name) {
    let same = old.stages.find((s) => s.name === stage.name);
    if (same) return same;
  }
  let o = old.stages[stage.index];
  return o ? o.name && current.stages.some((s) => s.name === o.name) ? null : o : null;
}
function diffDockerfile(facts, oldFacts) {
  let out = /* @__PURE__ */ new Map(), toNew = /* @__PURE__ */ new Map(), matched = /* @__PURE__ */ new Map();
  for (let sf of facts.stages) {
    let o = matchStage(sf.stage, oldFacts.model, facts.model);
    o && (matched.set(sf.stage, o), toNew.set(o.index, sf.stage.index));
  }
  let remap = (sig) => sig === null ? null : sig.replace(/@stage(\d+)@/g, (_, i) => `@stage${toNew.get(Number(i)) ?? `old${i}`}@`);
  for (let sf of facts.stages) {
    let oldStage = matched.get(sf.stage), signed = sf.steps.filter((s) => s.keyIndex >= 0);
    if (!oldStage) {
      out.set(sf.stage, { at: 0, reason: "stage is new in this version of the Dockerfile" });
      continue;
    }
    let oldSigned = oldFacts.stages[oldStage.index].steps.filter((s) => s.keyIndex >= 0);
    for (let k = 0; k < signed.length; k++) {
      let old = oldSigned[k];
      if (signed[k].signature !== remap(old?.signature ?? null)) {
        out.set(sf.stage, { at: k, reason: describeKeyChange(signed[k], old, remap) });
        break;
      }
    }
  }
  return out;
}
function mapDiff(diff, facts) {
  let out = /* @__PURE__ */ new Map();
  for (let [stage, k] of diff) {
    let cur = stage.name ? facts.stages.find((s) => s.stage.name === stage.name) : facts.stages[stage.index];
    cur && out.set(cur.stage, k);
  }
  return out;
}
var PART_WORDS = {
  keyword: "the instruction",
  base: "the base image",
  platform: "the platform",
  flags: "its flags",
  sources: "its sources",
  dest: "its destination",
  workdir: "the working directory",
  heredoc: "the heredoc body",
  command: "the command",
  user: "the user",
  onbuild: "an ONBUILD trigger of the base stage"
};
function describeKeyChange(step, old, remap) {
  if (!old) return `new step on line ${step.line}`;
  let oldParts = new Map(old.keyParts);
  for (let [name, value] of step.keyParts) {
    let before = oldParts.get(name);
    if ((name === "base" || name === "onbuild" || name === "flags" ? remap(before ?? null) : before) !== value)
      return name === "env" ? envChange(step, before ?? "", value) : name === "command" && step.keyword === "RUN" && (before ?? "").split(" ")[0] !== value.split(" ")[0] && step.instruction.run?.form === "shell" ? "the SHELL changed" : name === "platform" ? `the platform changed (${before || "default"} -> ${value || "default"})` : `${PART_WORDS[name] ?? name} changed${name === "keyword" || name === "command" || name === "sources" || name === "flags" ? ` on line ${step.line}` : ""}`;
  }
  return `line ${step.line} changed`;
}
function envChange(step, before, after) {
  let parse = (s) => s ? s.split("").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]) : [], o = parse(before), n = parse(after), oldMap = new Map(o), where = (name) => {
    let b = step.instruction.scope.get(name), line = b?.declaredBy?.line, kind = b?.kind === "env" ? "ENV" : "ARG";
    return line ? ` (${kind} on line ${line})` : "";
  };
  for (let [k, v] of n) {
    if (!oldMap.has(k)) return `${k} is new in the environment${where(k)}`;
    if (oldMap.get(k) !== v) return `${k} changed${where(k)}`;
  }
  let newNames = new Set(n.map(([k]) => k));
  for (let [k] of o) if (!newNames.has(k)) return `${k} left the environment`;
  return "the order of ENV/ARG variables changed";
}

// src/layers/advice.ts
function shellWord(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
function oneLine(s) {
  return s.replace(/\s+/g, " ").trim();
}
function reorderAdvice(model, facts, history, options) {
  let out = [];
  for (let found of installsAfterWholeCopy(model)) {
    let sf = facts.stages.find((s) => s.stage === found.stage), installStep = sf?.built ? sf.steps.find((st) => st.instruction === found.run) : void 0;
    if (!installStep) continue;
    let fix = manifestsFirstFix(model, found.stage, found.copy, found.run, found.install);
    if (!fix) continue;
    let reordered = applyFixes(model.text, [fix]).text, reFacts = estimateLayers(buildModel(reordered, { path: model.path, buildArgs: options.buildArgs, target: options.target }), {
      context: facts.context,
      platform: options.platform
    }), at = Math.min(...fix.edits.map((e) => e.span.start)), firstRun = reFacts.stages.flatMap((s) => s.steps).find((st) => st.keyword === "RUN" && st.instruction.start >= at);
    if (!firstRun) continue;
    let reinstalls = 0, avoided = 0, dockerfileCommits = 0;
    if (history.replays.forEach((r) => {
      if (r.rebuilt.has(installStep)) {
        if (reinstalls++, r.dockerfileEdited) {
          dockerfileCommits++;
          return;
        }
        computeImpact(reFacts, { changed: r.changed }).get(firstRun)?.rebuild === !1 && avoided++;
      }
    }), !avoided) continue;
    let file = shellWord(options.displayPath);
    out.push({
      rule: "copy-manifests-first",
      kind: fix.edits.length === 1 ? "fetch" : "move",
      copy: { line: found.copy.line, text: oneLine(`${found.copy.keywordRaw} ${found.copy.argsText.text}`) },
      install: { line: found.run.line, text: oneLine(`${found.run.keywordRaw} ${found.run.argsText.text}`), command: found.install.display, manifests: found.install.manifests },
      runsFirst: oneLine(firstRun.instruction.argsText.text),
      commits: history.commits.length,
      reinstalls,
      avoided,
      dockerfileCommits,
      previewCommand: `dflint --fix-dry-run --fix-suggestions --fix-rule copy-manifests-first ${file}`,
      fixCommand: `dflint --fix --fix-suggestions --fix-rule copy-manifests-first ${file}`,
      diff: unifiedDiff(options.displayPath, model.text, reordered)
    });
  }
  return out;
}
function adviceSentence(a) {
  let manifests = a.install.manifests.length <= 1 ? a.install.manifests.join("") : `${a.install.manifests.slice(0, -1).join(", ")} and ${a.install.manifests[a.install.manifests.length - 1]}`, change = a.kind === "move" ? `copying ${manifests} and running '${a.install.command}' before '${a.copy.text}' (line ${a.copy.line})` : `copying ${manifests} and running '${a.runsFirst}' before '${a.copy.text}' (line ${a.copy.line})`, what = a.kind === "move" ? "reinstalls" : "dependency downloads", n = a.dockerfileCommits, edits = n ? ` (${n} commit${n === 1 ? " that edited the Dockerfile counts" : "s that edited the Dockerfile count"} as not avoided)` : "";
  return `${change} would have avoided ${a.avoided} of the ${a.reinstalls} ${what} of line ${a.install.line} in the last ${a.commits} commits${edits}`;
}

// src/layers/render.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  let units = ["kB", "MB", "GB", "TB"], v = n / 1024, i = 0;
  for (; v >= 1024 && i < units.length - 1; )
    v /= 1024, i++;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
function truncate(s, n) {
  let one = terminalText(s).replace(/\s+/g, " ");
  return one.length <= n ? one : one.slice(0, n - 1) + "\u2026";
}
function shortInputs(inp) {
  let parts = [];
  if (inp.image && parts.push(`image ${inp.image}`), inp.stages?.length && parts.push(`stage ${inp.stages.join(",")}`), inp.files) {
    let f = inp.files;
    f.count !== null && !inp.stages?.length && parts.push(`${f.count} file${f.count === 1 ? "" : "s"}, ${formatBytes(f.bytes ?? 0)}`), f.ignored?.length && parts.push(`ignored: ${f.ignored.join(",")}`), f.missing?.length && parts.push(`missing: ${f.missing.join(",")}`);
  }
  inp.urls?.length && parts.push(inp.urls.length === 1 ? `url ${inp.urls[0]}` : `${inp.urls.length} urls`), inp.mounts?.length && parts.push(inp.mounts.map((m) => `${m.type}${m.key === "definition" && m.type !== "tmpfs" ? "(no key)" : ""}`).join(",") + " mount");
  let explicit = inp.buildArgs?.filter((a) => a.use === "explicit") ?? [], implicit = inp.buildArgs?.filter((a) => a.use === "implicit") ?? [];
  return explicit.length && parts.push("args " + explicit.map((a) => a.name).join(",")), implicit.length && parts.push("env " + implicit.map((a) => a.name).join(",")), parts.join("; ");
}
function shortBlast(b, createsLayer, keyword) {
  if (b.steps === 0 && !b.stages.length) return createsLayer || keyword === "FROM" ? "0 steps" : "-";
  let s = `${b.steps} step${b.steps === 1 ? "" : "s"}`;
  return b.stages.length && (s += `, stage${b.stages.length === 1 ? "" : "s"} ${b.stages.join(",")}`), b.maybeStages.length && (s += `; maybe stage${b.maybeStages.length === 1 ? "" : "s"} ${b.maybeStages.join(",")}`), s;
}
function rebuildCounts(a) {
  let rebuild = 0, maybe = 0;
  for (let stage of a.file.stages)
    stage.steps.forEach((st, i) => {
      countedRow(stage, i) && (st.rebuild === !0 ? rebuild++ : st.rebuild === "maybe" && maybe++);
    });
  return { rebuild, maybe };
}
function countedRow(stage, i) {
  return stage.built && (i === 0 || stage.steps[i].createsLayer);
}
function shortReason(reason, rebuild) {
  let follows = /^follows line (\d+):/.exec(reason);
  if (follows) return rebuild === "maybe" ? `only if line ${follows[1]} re-runs` : `after line ${follows[1]}`;
  let copied = /^stage (.+) is rebuilt; hits if the copied files come out identical$/.exec(reason);
  return copied ? `stage ${copied[1]} rebuilt; cached if the copied files are identical` : reason;
}
var LEGEND = [
  "KIND: layer = RUN, COPY, ADD or WORKDIR (own cache key and layer); meta = image config or variables only.",
  "VOLATILITY: how often the step's inputs change (stable < stale-prone < manifests < source < remote < per-build).",
  'IF IT MISSES: layer steps that re-run when this step misses; stages built FROM it re-run too; "maybe": stages that copy from it re-run unless the copied files come out identical.'
];
function bar(ratio, width = 10) {
  let full = Math.round(ratio * width);
  return "\u2588".repeat(full) + "\u2591".repeat(width - full);
}
function pct(n, d) {
  return d === 0 ? "0%" : `${Math.round(100 * n / d)}%`;
}
function renderLayers(analyses, format, color = !1) {
  return format === "json" ? JSON.stringify({ version: 1, files: analyses.map((a) => a.file) }, null, 2) + `
` : format === "markdown" ? analyses.map(renderMarkdown).join(`
`) : analyses.map((a) => renderStylish(a, color)).join(`
`);
}
function buildLabel(b) {
  return terminalText(`${b.kind === "compose" ? "service" : "target"} '${b.name}' (${b.file}:${b.line})`);
}
function renderStylish(a, color) {
  let c = import_picocolors.default.createColors(color), volColor = {
    stable: c.green,
    manifests: c.cyan,
    source: c.yellow,
    "per-build": c.red,
    remote: c.magenta,
    "stale-prone": c.yellow
  }, out = [], f = a.file, t = terminalText;
  out.push(c.underline(t(f.path)) + (f.build ? c.bold(`  ${buildLabel(f.build)}`) : "") + c.dim(`  target: ${t(f.target ?? "-")}  context: ${t(a.facts.context?.dir ?? "-")}`)), a.changed.length && out.push(c.dim(`changed: ${t(a.changed.slice(0, 8).join(", "))}${a.changed.length > 8 ? ` +${a.changed.length - 8}` : ""}`)), a.history && out.push(c.dim(`history: ${a.history.commits.length} commits replayed in ${Math.round(a.history.ms)} ms`));
  let steps = /* @__PURE__ */ new Map();
  for (let sf of a.facts.stages) for (let st of sf.steps) steps.set(st.instruction.index, st);
  for (let [si, stage] of f.stages.entries()) {
    let sf = a.facts.stages[si];
    out.push("");
    let title = `stage ${stage.index}${stage.name ? ` "${t(stage.name)}"` : ""}`;
    out.push(c.bold(title) + (stage.built ? "" : c.dim("  (not built for this target)")));
    let rows = stage.steps.map((st, i) => {
      let facts = sf.steps[i], counts = st.createsLayer || facts.keyword === "FROM", mark = "";
      st.rebuild !== void 0 && (mark = counts ? st.rebuild === !0 ? "REBUILD" : st.rebuild === "maybe" ? "maybe" : "cached" : "-"), st.rebuilds !== void 0 && st.commits && (mark = counts ? `${st.rebuilds}/${st.commits} ${bar(st.rebuilds / st.commits, 6)}` : "-");
      let why = a.impact && counts && st.rebuild !== !1 && st.rebuild !== void 0 ? t(truncate(shortReason(st.reason, st.rebuild), 60)) : "";
      return {
        line: String(st.line),
        ins: truncate(st.instruction, 44),
        layer: st.createsLayer ? "layer" : "meta",
        inputs: truncate(shortInputs(st.inputs), 40),
        vol: st.volatility,
        mark,
        blast: stage.built ? t(shortBlast(facts.blast, st.createsLayer, facts.keyword)) : "-",
        why,
        rebuild: counts ? st.rebuild : !1
      };
    }), head = { line: "LINE", ins: "INSTRUCTION", layer: "KIND", inputs: "INPUTS", vol: "VOLATILITY", mark: a.impact || a.history ? a.history ? "REBUILT" : "REBUILD" : "", blast: "IF IT MISSES", why: a.impact && !a.history ? "WHY" : "" }, w = (k) => Math.max(head[k].length, ...rows.map((r) => r[k].length)), widths = { line: w("line"), ins: w("ins"), layer: w("layer"), inputs: w("inputs"), vol: w("vol"), mark: w("mark"), blast: w("blast"), why: w("why") }, fmt = (r, paint = (s, _k) => s) => "  " + [
      paint(r.line.padStart(widths.line), "line"),
      paint(r.ins.padEnd(widths.ins), "ins"),
      paint(r.layer.padEnd(widths.layer), "layer"),
      paint(r.inputs.padEnd(widths.inputs), "inputs"),
      paint(r.vol.padEnd(widths.vol), "vol"),
      ...head.mark ? [paint(r.mark.padEnd(widths.mark), "mark")] : [],
      paint(head.why ? r.blast.padEnd(widths.blast) : r.blast, "blast"),
      ...head.why ? [paint(r.why, "why")] : []
    ].join("  ").trimEnd();
    out.push(c.dim(fmt(head)));
    for (let r of rows)
      out.push(fmt(r, (s, k) => stage.built ? k === "vol" ? (volColor[r.vol] ?? ((x) => x))(s) : k === "mark" ? r.rebuild === !0 ? c.red(s) : r.rebuild === "maybe" ? c.yellow(s) : c.green(s) : k === "line" || k === "layer" ? c.dim(s) : s : c.dim(s)));
  }
  if (a.impact) {
    let first = [...a.impact.entries()].find(([, v]) => v.rebuild === !0);
    if (out.push(""), first) {
      let { rebuild: n, maybe } = rebuildCounts(a);
      out.push(`first miss: line ${first[0].line} (${t(first[1].reason)}); ${n} layer step${n === 1 ? "" : "s"} rebuild${maybe ? `, ${maybe} maybe (they re-run only if the files they copy from a rebuilt stage change)` : ""}`);
    } else out.push("nothing rebuilds: every step hits the cache");
  }
  for (let adv of f.advice ?? [])
    out.push("", c.bold("advice: ") + t(adviceSentence(adv)) + c.dim(` (${adv.rule})`)), out.push(`  see the change: ${t(adv.previewCommand)}`, `  apply it:       ${t(adv.fixCommand)}`);
  return out.push(...guardLines(f.guard, c)), out.push("", ...LEGEND.map((l) => c.dim(l))), out.join(`
`) + `
`;
}
function cell(s) {
  return markdownText(truncate(s, 80));
}
function renderMarkdown(a) {
  let f = a.file, out = [], of = f.build ? `, ${f.build.kind === "compose" ? "service" : "Bake target"} ${markdownCode(f.build.name)}` : "";
  if (out.push(`#### Layers of ${markdownCode(f.path)}${of}${f.target ? ` (target ${markdownCode(f.target)})` : ""}`), a.history) out.push(`Rebuild rate over the last ${a.history.commits.length} commits.`);
  else if (a.impact) {
    let { rebuild: n, maybe } = rebuildCounts(a);
    out.push(n || maybe ? `This change rebuilds ${n} step${n === 1 ? "" : "s"}${maybe ? ` and maybe ${maybe} more (only if files copied from a rebuilt stage change)` : ""}.` : "This change rebuilds nothing.");
  }
  out.push("");
  let hasMark = a.impact || a.history, withWhy = !!a.impact && !a.history;
  out.push(`| Stage | Line | Step | Volatility |${hasMark ? a.history ? " Rebuilt |" : " Rebuild |" : ""}${withWhy ? " Why |" : ""}`), out.push(`|---|--:|---|---|${hasMark ? "---|" : ""}${withWhy ? "---|" : ""}`);
  for (let stage of f.stages)
    if (stage.built)
      for (let [i, st] of stage.steps.entries()) {
        if (!countedRow(stage, i)) continue;
        let code = markdownCode(truncate(st.instruction, 60)), mark = "";
        a.history && st.commits ? mark = ` \`${bar(st.rebuilds / st.commits)}\` ${pct(st.rebuilds, st.commits)} |` : a.impact && (mark = ` ${st.rebuild === !0 ? "\u{1F501} rebuild" : st.rebuild === "maybe" ? "\u2754 maybe" : "\u2705 cached"} |`);
        let why = withWhy ? ` ${st.rebuild === !0 || st.rebuild === "maybe" ? cell(shortReason(st.reason, st.rebuild)) : ""} |` : "";
        out.push(`| ${stage.name === null ? stage.index : markdownText(stage.name)} | ${st.line} | ${code} | ${st.volatility} |${mark}${why}`);
      }
  let skipped = f.stages.filter((s) => !s.built);
  skipped.length && out.push("", `_Not built for this target: ${skipped.map((s) => s.name === null ? s.index : markdownText(s.name)).join(", ")}._`);
  for (let adv of f.advice ?? [])
    out.push("", `**Advice** (${markdownCode(adv.rule)}): ${markdownText(adviceSentence(adv))}. Apply it with ${markdownCode(adv.fixCommand)}:`, "", markdownCodeBlock(adv.diff, "diff"));
  return out.push(...guardMarkdown(f.guard)), out.join(`
`) + `
`;
}

// src/layers/context.ts
import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { resolve as resolve2, sep } from "node:path";
var CONTEXT_LIMITS = { entries: 2e5, patternTests: 2e7 }, FILE = 0, DIR = 1, LINK = 2, OTHER = 3, NO_THROW = { throwIfNoEntry: !1 }, ALL = 0, SENT = 1;
function newNode2(name, path, kind) {
  return { name, path, kind, children: null, byName: null, excluded: !1, sent: !1, size: -1, file: null };
}
function kindOf(d) {
  return d.isDirectory() ? DIR : d.isFile() ? FILE : d.isSymbolicLink() ? LINK : OTHER;
}
function byNameCmp(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function containsWildcards(name) {
  for (let i = 0; i < name.length; i++) {
    let c = name[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return !0;
  }
  return !1;
}
var BuildContextImpl = class {
  constructor(dir, dockerfilePath, limits) {
    this.limits = limits;
    this.dir = resolve2(dir), this.prefix = this.dir.endsWith(sep) ? this.dir : this.dir + sep;
    let found = findDockerIgnore(this.dir, dockerfilePath);
    this.ignore = found ? parseDockerIgnore(found.text) : null, this.ignoreFile = found ? found.path : null;
    let m = this.ignore?.matcher ?? null;
    this.matcher = m && m.patterns.length > 0 ? m : null, this.root = newNode2("", "", DIR), this.root.sent = !0, this.walk(this.root, null);
  }
  dir;
  ignore;
  ignoreFile;
  problems = [];
  truncated = null;
  listed = 0;
  root;
  /** `dir` with a trailing separator. */
  prefix;
  matcher;
  sentCache = null;
  allCache = null;
  readDir(node) {
    if (this.truncated || this.matcher && this.overBudget(this.matcher, node.path)) return [];
    try {
      let ents = readdirSync(this.prefix + node.path, { withFileTypes: !0 });
      return this.listed += ents.length, this.listed > this.limits.entries && (this.truncated = `the build context has more than ${this.limits.entries} files and folders; stopped listing at ${node.path || "."}`), ents.sort(byNameCmp);
    } catch (e) {
      return this.problems.push(`${node.path || "."}: ${e.message}`), [];
    }
  }
  /** Whether the pattern tests ran past the limit (then the walk stops at `path`). */
  overBudget(matcher, path) {
    return matcher.work <= this.limits.patternTests ? !1 : (this.truncated ??= `matching the .dockerignore took more than ${this.limits.patternTests} pattern tests; stopped at ${path || "."}`, !0);
  }
  /** Lists `node` applying .dockerignore; returns whether anything below is sent. */
  walk(node, state) {
    let ents = this.readDir(node), children = new Array(ents.length), prefix = node.path === "" ? "" : node.path + "/", matcher = this.matcher, anySent = !1;
    for (let i = 0; i < ents.length; i++) {
      let d = ents[i], child = newNode2(d.name, prefix + d.name, kindOf(d));
      children[i] = child;
      let childState = null;
      if (matcher && !this.overBudget(matcher, child.path)) {
        let r = matcher.match(child.path, state);
        child.excluded = r.matched, childState = r.state;
      }
      if (child.kind === DIR)
        if (child.excluded && matcher.walkerSkipsDir(child.path))
          child.sent = !1;
        else {
          let below = this.walk(child, childState);
          child.sent = !child.excluded || below;
        }
      else
        child.sent = !child.excluded;
      child.sent && (anySent = !0);
    }
    return node.children = children, anySent;
  }
  /** Lists a directory the walker skipped: everything in it is ignored. */
  explore(node) {
    let ents = this.readDir(node), prefix = node.path === "" ? "" : node.path + "/";
    node.children = ents.map((d) => {
      let c = newNode2(d.name, prefix + d.name, kindOf(d));
      return c.excluded = !0, c;
    });
  }
  kids(node, view) {
    if (node.children === null) {
      if (view === SENT) return [];
      this.explore(node);
    }
    return node.children;
  }
  child(node, name, view) {
    if (node.kind !== DIR) return null;
    if (node.children === null) {
      if (view === SENT) return null;
      this.explore(node);
    }
    if (node.byName === null) {
      node.byName = /* @__PURE__ */ new Map();
      for (let c2 of node.children) node.byName.set(c2.name, c2);
    }
    let c = node.byName.get(name) ?? null;
    return c && (view === ALL || c.sent) ? c : null;
  }
  sizeOf(node) {
    if (node.size < 0)
      if (node.kind !== FILE) node.size = 0;
      else {
        let st = lstatSync(this.prefix + node.path, NO_THROW);
        node.size = st ? st.size : 0;
      }
    return node.size;
  }
  fileOf(node) {
    return node.file || (node.file = node.kind === LINK ? { path: node.path, size: 0, symlink: !0 } : { path: node.path, size: this.sizeOf(node) }), node.file;
  }
  collect(node, view, out) {
    for (let c of this.kids(node, view))
      view === SENT && !c.sent || (c.kind === DIR ? this.collect(c, view, out) : out.push(this.fileOf(c)));
  }
  files() {
    return this.sentCache || (this.sentCache = [], this.collect(this.root, SENT, this.sentCache)), this.sentCache.slice();
  }
  allFiles() {
    return this.allCache || (this.allCache = [], this.collect(this.root, ALL, this.allCache)), this.allCache.slice();
  }
  allPaths() {
    if (this.allCache) return this.allCache.map((f) => f.path);
    let out = [], walk = (node) => {
      for (let c of this.kids(node, ALL))
        c.kind === DIR ? walk(c) : out.push(c.path);
    };
    return walk(this.root), out;
  }
  isIgnored(rel) {
    let p = contextRelative(rel);
    if (p === "." || p.startsWith("../") || p === "..") return !1;
    let node = this.root;
    for (let name of p.split("/")) {
      if (node.kind === DIR && node.children === null) return !0;
      let next = this.child(node, name, ALL);
      if (!next) return this.ignore ? this.ignore.ignores(p) : !1;
      node = next;
    }
    return !node.sent;
  }
  /** continuity `fs.RootPath` on the tree: resolves `rel` inside the context,
   * following symlinks in every component (and the last one if `followLast`). */
  resolvePath(rel, view, followLast) {
    let stack = [this.root], queue = rel.split("/").filter((s) => s !== "" && s !== "."), hops = 0;
    for (; queue.length > 0; ) {
      let name = queue.shift();
      if (name === "..") {
        stack.length > 1 && stack.pop();
        continue;
      }
      let c = this.child(stack[stack.length - 1], name, view);
      if (!c) return null;
      if (c.kind === LINK && (queue.length > 0 || followLast)) {
        if (++hops > 255) return null;
        let target;
        try {
          target = readlinkSync(this.prefix + c.path);
        } catch {
          return null;
        }
        target.startsWith("/") && (stack.length = 1), queue.unshift(...target.split("/").filter((s) => s !== "" && s !== "."));
        continue;
      }
      stack.push(c);
    }
    return stack[stack.length - 1];
  }
  /** Follows a symlink node to what it points at (inside the context). */
  follow(node, view) {
    return node.kind === LINK ? this.resolvePath(node.path, view, !0) : node;
  }
  /** fsutil copy `ResolveWildcards` + `rootPath(..., followLinks=true)`: the roots one source copies. */
  sourceRoots(src, view) {
    let parts = contextRelative(src) === "." ? [] : contextRelative(src).split("/"), k = parts.findIndex(containsWildcards);
    k < 0 && (k = parts.length);
    let base = this.resolvePath(parts.slice(0, k).join("/"), view, !0);
    if (!base) return { roots: [], found: !1 };
    if (k === parts.length) return { roots: [base], found: !0 };
    let glob = parts.slice(k).join("/"), re = compileGoGlob(glob);
    if (!re || base.kind !== DIR) return { roots: [], found: !1 };
    let maxDepth = glob.includes("[") ? 1 / 0 : parts.length - k, matches = [], visit = (dir, relPrefix, depth) => {
      for (let c of this.kids(dir, view)) {
        if (view === SENT && !c.sent) continue;
        let rel = relPrefix + c.name;
        if (re.test(rel)) {
          matches.push(c);
          continue;
        }
        c.kind === DIR && depth < maxDepth && visit(c, rel + "/", depth + 1);
      }
    };
    visit(base, "", 1);
    let roots = [];
    for (let m of matches) {
      let r = this.follow(m, view);
      r && roots.push(r);
    }
    return { roots, found: matches.length > 0 };
  }
  /** fsutil copier: the files copied from one root, with include/exclude patterns
   * matched against paths relative to the root. */
  copyRoot(root, view, include, exclude, out) {
    if (root.kind !== DIR) {
      out.push(root);
      return;
    }
    let excl = exclude && exclude.patterns.length > 0 ? exclude : null, excludeExceptions = excl ? excl.exclusions : !1, visit = (dir, relPrefix, incState, excState) => {
      for (let c of this.kids(dir, view)) {
        if (view === SENT && !c.sent) continue;
        let rel = relPrefix + c.name, inc = !0, cInc = null, cExc = null;
        if (include) {
          let r = include.match(rel, incState);
          inc = r.matched, cInc = r.state;
        }
        let excluded = !1;
        if (excl) {
          let r = excl.match(rel, excState);
          excluded = r.matched, cExc = r.state, excluded && (inc = !1);
        }
        if (!(!inc && !include && !excludeExceptions))
          if (c.kind === DIR) {
            if (excluded && !excludeExceptions) continue;
            visit(c, rel + "/", cInc, cExc);
          } else inc && out.push(c);
      }
    };
    visit(root, "", null, null);
  }
  selectOne(src, view, parents, exclude) {
    let base = src, include = null;
    if (parents) {
      let cut = src.indexOf("/./"), pattern;
      cut >= 0 ? (base = src.slice(0, cut), pattern = src.slice(cut + 3)) : (base = "/", pattern = src), pattern = cleanPath("/" + pattern).slice(1), pattern !== "" && (include = PatternMatcher.compile([pattern]).matcher);
    }
    let { roots, found } = this.sourceRoots(base, view), nodes = [];
    for (let r of roots) this.copyRoot(r, view, include, exclude, nodes);
    return { nodes, found: found || roots.length > 0 };
  }
  select(sources, opts = {}) {
    let exclude = opts.exclude && opts.exclude.length > 0 ? PatternMatcher.compile(opts.exclude).matcher : null, parents = opts.parents === !0, seen = /* @__PURE__ */ new Set(), files2 = [], ignoredMatches = [], missing = [], bytes = 0;
    for (let src of sources) {
      let sel = this.selectOne(src, SENT, parents, exclude);
      if (sel.nodes.length === 0) {
        let full = this.ignore ? this.selectOne(src, ALL, parents, exclude) : sel;
        full.nodes.length > 0 ? ignoredMatches.push(src) : full.found || missing.push(src);
      }
      for (let n of sel.nodes)
        seen.has(n) || (seen.add(n), files2.push(this.fileOf(n)), bytes += this.sizeOf(n));
    }
    return { files: files2, bytes, ignoredMatches, missing };
  }
};
function openBuildContext(dir, dockerfilePath, limits = CONTEXT_LIMITS) {
  return new BuildContextImpl(dir, dockerfilePath ?? null, limits);
}

export {
  copyParts,
  copiesFromContext,
  isWholeContext,
  isAbsolutePath,
  contextRelative,
  parseDockerIgnore,
  findDockerIgnore,
  commandArgs,
  runSites,
  hasOption,
  cacheMountTargets,
  shellAssignedBefore,
  PIP_VALUE_OPTIONS,
  pipInstall,
  hasOption2,
  aptAssumesYes,
  aptSimulates,
  aptUpdates,
  aptNoRecommends,
  rpmAssumesYes,
  zypperNonInteractive,
  commandHead,
  insertAfter,
  runPackages,
  cacheMountCovers,
  removesDir,
  aptConfigured,
  uncleanedInstall,
  rpmAction,
  rpmActionEnd,
  RPM_INSTALLS,
  RPM_PROMPTS,
  RPM_CACHES,
  rpmPinned,
  isIndexUpdate,
  isPackageInstall,
  packageFamily,
  isPerBuildArgName,
  isRemoteUrl,
  isGitUrl,
  gitRef,
  isCommitSha,
  estimateLayers,
  isExpensive,
  shippedChain,
  shippedStages,
  expandedArgs,
  expandedWord,
  globToRegExp,
  isDevContainer,
  indexInLogical,
  parseKeyValues,
  openBuildContext,
  createLineIndex,
  expandWord,
  referencedNames,
  splitImage,
  withBinding,
  KNOWN_INSTRUCTIONS,
  PLATFORM_ARGS,
  PREDEFINED_ARGS,
  buildModel,
  DEFAULT_BIG_FILE,
  bakedFiles,
  unusedPatterns,
  contextGuard,
  secretEntries,
  require_picocolors,
  terminalText,
  logText,
  workflowData,
  workflowProperty,
  markdownText,
  usesCrlf,
  applyFixes,
  fixSource,
  positionedEdits,
  unifiedDiff,
  instructionLines,
  manifestsFirstFix,
  installsAfterWholeCopy,
  computeImpact,
  diffDockerfile,
  mapDiff,
  reorderAdvice,
  formatBytes,
  renderLayers
};
