import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-I6IVLMHE.mjs";
import {
  __toESM
} from "./chunk-NWQXURYX.mjs";

// src/builds/index.ts
import fs3 from "node:fs";
import path3 from "node:path";

// src/builds/bake.ts
var import_yaml = __toESM(require_dist(), 1);
import fs from "node:fs";
import path from "node:path";

// src/builds/types.ts
var BuildFileError = class extends Error {
};
function readBuildFile(file, read) {
  try {
    return read(file);
  } catch (err) {
    throw new BuildFileError(`${file}: cannot read (${err.code ?? err.message})`);
  }
}

// src/builds/hcl.ts
function tokenize(src, file) {
  let toks = [], i = 0, line = 1, fail = (msg) => {
    throw new BuildFileError(`${file}:${line}: ${msg}`);
  };
  for (; i < src.length; ) {
    let c = src[i];
    if (c === `
`)
      toks.push({ t: "nl", v: `
`, line }), line++, i++;
    else if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") i++;
    else if (c === "#" || src.startsWith("//", i))
      for (; i < src.length && src[i] !== `
`; ) i++;
    else if (src.startsWith("/*", i)) {
      let end = src.indexOf("*/", i + 2);
      end < 0 && fail("unterminated /* comment");
      for (let k = i; k < end; k++) src[k] === `
` && line++;
      i = end + 2;
    } else if (c === '"') {
      let start = line, j = i + 1, v = "", depth = 0;
      for (; j < src.length; ) {
        let d = src[j];
        if (d === `
` && depth === 0 && fail("unterminated string"), d === "\\" && depth === 0) {
          let e = src[j + 1], map = { n: `
`, t: "	", r: "\r", '"': '"', "\\": "\\" };
          if (e === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) {
            v += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16)), j += 6;
            continue;
          }
          v += map[e ?? ""] ?? e ?? "", j += 2;
          continue;
        }
        if (d === '"' && depth === 0) break;
        (d === "$" || d === "%") && src[j + 1] === "{" && src[j - 1] !== d ? depth++ : d === "}" && depth > 0 && depth--, d === `
` && line++, v += d, j++;
      }
      j >= src.length && fail("unterminated string"), toks.push({ t: "string", v, line: start }), i = j + 1;
    } else if (src.startsWith("<<", i) && /^<<-?[A-Za-z_][A-Za-z0-9_-]*\r?\n/.test(src.slice(i, i + 80))) {
      let m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(src.slice(i)), start = line;
      i += m[0].length, line++;
      let body = [];
      for (; ; ) {
        let nl = src.indexOf(`
`, i), raw = (nl < 0 ? src.slice(i) : src.slice(i, nl)).replace(/\r$/, "");
        if (raw.trim() === m[2]) {
          i = nl < 0 ? src.length : nl;
          break;
        }
        nl < 0 && fail(`heredoc <<${m[2]} is not closed`), body.push(raw), i = nl + 1, line++;
      }
      let lines = body;
      if (m[1] === "-") {
        let indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
        lines = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
      }
      toks.push({ t: "heredoc", v: lines.map((l) => l + `
`).join(""), line: start });
    } else if (/[0-9]/.test(c)) {
      let m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i));
      toks.push({ t: "number", v: m[0], line }), i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      let m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
      toks.push({ t: "ident", v: m[0], line }), i += m[0].length;
    } else if (src.startsWith("...", i) || src.startsWith("=>", i) || /^(==|!=|<=|>=|&&|\|\|)/.test(src.slice(i, i + 2))) {
      let v = src.startsWith("...", i) ? "..." : src.slice(i, i + 2);
      toks.push({ t: "punct", v, line }), i += v.length;
    } else "{}[]()=:,.?!+-*/%<>".includes(c) ? (toks.push({ t: "punct", v: c, line }), i++) : fail(`unexpected character '${c === "\0" ? "\\0" : c}'`);
  }
  return toks.push({ t: "eof", v: "", line }), toks;
}
function parseHcl(src, file) {
  let toks = tokenize(src, file), p = 0, peek = () => toks[p], next = () => toks[p].t === "eof" ? toks[p] : toks[p++], fail = (msg, tok = peek()) => {
    throw new BuildFileError(`${file}:${tok.line}: ${msg}`);
  }, skipNl = () => {
    for (; peek().t === "nl"; ) p++;
  }, isPunct = (v, tok = peek()) => tok.t === "punct" && tok.v === v, parseBody = (closing) => {
    let body = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
    for (; ; ) {
      skipNl();
      let tok = peek();
      if (tok.t === "eof")
        return closing && fail("missing '}'"), body;
      if (isPunct("}"))
        return closing || fail("unexpected '}'"), p++, body;
      if (tok.t !== "ident" && fail(`expected an attribute or block name, found '${tok.v}'`), p++, isPunct("=")) {
        p++;
        let value = parseExpr();
        body.attributes.has(tok.v) && fail(`attribute '${tok.v}' is set twice`, tok), body.attributes.set(tok.v, { value, line: tok.line }), peek().t === "nl" || peek().t === "eof" || isPunct("}") || fail(`unexpected '${peek().v}' after attribute '${tok.v}'`);
        continue;
      }
      let labels = [];
      for (; peek().t === "string" || peek().t === "ident"; ) labels.push(next().v);
      isPunct("{") || fail(`expected '=' or '{' after '${tok.v}'`), p++, body.blocks.push({ type: tok.v, labels, line: tok.line, body: parseBody(!0) });
    }
  }, skipRest = (line) => {
    let depth = 0;
    for (; ; ) {
      let tok = peek();
      if (tok.t === "eof") return { kind: "unknown", line };
      if (depth === 0 && (tok.t === "nl" || isPunct(",") || isPunct("}") || isPunct("]") || isPunct(")"))) return { kind: "unknown", line };
      tok.t === "punct" && "([{".includes(tok.v) ? depth++ : tok.t === "punct" && ")]}".includes(tok.v) && depth--, p++;
    }
  }, atEnd = () => {
    let t = peek();
    return t.t === "nl" || t.t === "eof" || isPunct(",") || isPunct("}") || isPunct("]") || isPunct(")");
  }, parseExpr = () => {
    let tok = peek(), value;
    if (tok.t === "string" || tok.t === "heredoc")
      p++, value = { kind: "string", value: tok.v, line: tok.line };
    else if (tok.t === "number")
      p++, value = { kind: "number", value: tok.v, line: tok.line };
    else if (tok.t === "ident")
      if (p++, tok.v === "true" || tok.v === "false") value = { kind: "bool", value: tok.v, line: tok.line };
      else if (tok.v === "null") value = { kind: "null", value: "", line: tok.line };
      else {
        if (isPunct("(") || isPunct(".") || isPunct("[")) return skipRest(tok.line);
        value = { kind: "ref", name: tok.v, line: tok.line };
      }
    else if (isPunct("[")) {
      p++;
      let items = [];
      for (; ; ) {
        if (skipNl(), isPunct("]")) {
          p++;
          break;
        }
        if (peek().t === "eof" && fail("missing ']'"), peek().t === "ident" && peek().v === "for") return skipBracketed("[", "]", tok.line);
        items.push(parseExpr()), skipNl(), isPunct(",") ? p++ : isPunct("]") || fail(`expected ',' or ']' in a list, found '${peek().v}'`);
      }
      value = { kind: "list", items, line: tok.line };
    } else if (isPunct("{")) {
      p++;
      let entries = [];
      for (; ; ) {
        if (skipNl(), isPunct("}")) {
          p++;
          break;
        }
        let key = next();
        if (key.t === "eof" && fail("missing '}'"), key.t === "ident" && key.v === "for") return skipBracketed("{", "}", tok.line);
        key.t !== "ident" && key.t !== "string" && fail(`expected a key in an object, found '${key.v}'`, key), isPunct("=") || isPunct(":") || fail(`expected '=' after '${key.v}'`), p++, entries.push({ key: key.v, value: parseExpr(), line: key.line }), isPunct(",") ? p++ : peek().t === "nl" || isPunct("}") || fail(`unexpected '${peek().v}' in an object`);
      }
      value = { kind: "object", entries, line: tok.line };
    } else return skipRest(tok.line);
    return atEnd() ? value : skipRest(tok.line);
  }, skipBracketed = (open, close, line) => {
    let depth = 1;
    for (; depth > 0 && peek().t !== "eof"; ) {
      let t = next();
      t.t === "punct" && t.v === open ? depth++ : t.t === "punct" && t.v === close && depth--;
    }
    return { kind: "unknown", line };
  };
  return parseBody(!1);
}

// src/builds/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateCompose(text, lookup) {
  let out = "", i = 0;
  for (; i < text.length; ) {
    let c = text[i];
    if (c !== "$") {
      out += c, i++;
      continue;
    }
    let next = text[i + 1];
    if (next === "$") {
      out += "$", i += 2;
      continue;
    }
    if (next === "{") {
      let end = matchingBrace(text, i + 1);
      if (end < 0) return null;
      let inner = text.slice(i + 2, end), name2 = NAME.exec(inner)?.[0];
      if (!name2) return null;
      let op = /^(:?[-?+])?/.exec(inner.slice(name2.length))[0], rest = inner.slice(name2.length + op.length), value = lookup(name2), unset = op.startsWith(":") ? !value : value === void 0;
      if (op.endsWith("-")) out += unset ? interpolateCompose(rest, lookup) ?? "" : value;
      else if (op.endsWith("+")) out += unset ? "" : interpolateCompose(rest, lookup) ?? "";
      else if (op.endsWith("?")) {
        if (unset) return null;
        out += value;
      } else if (rest === "") out += value ?? "";
      else return null;
      i = end + 1;
      continue;
    }
    let name = NAME.exec(text.slice(i + 1))?.[0];
    name ? (out += lookup(name) ?? "", i += 1 + name.length) : (out += "$", i++);
  }
  return out;
}
function matchingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++)
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  return -1;
}
function interpolateBake(text, lookup) {
  let out = "", i = 0;
  for (; i < text.length; ) {
    if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
      out += text[i] + "{", i += 3;
      continue;
    }
    if (text.startsWith("%{", i)) return null;
    if (text.startsWith("${", i)) {
      let end = matchingBrace(text, i + 1);
      if (end < 0) return null;
      let inner = text.slice(i + 2, end).replace(/^~|~$/g, "").trim();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(inner)) return null;
      let value = lookup(inner);
      if (value === void 0) return null;
      out += value, i = end + 1;
      continue;
    }
    out += text[i], i++;
  }
  return out;
}

// src/builds/bake.ts
var BAKE_NAMES = ["docker-bake.hcl", "docker-bake.json", "docker-bake.override.hcl", "docker-bake.override.json"];
function fromHcl(body, file) {
  let data = { targets: /* @__PURE__ */ new Map(), groups: /* @__PURE__ */ new Map(), variables: /* @__PURE__ */ new Map() };
  for (let b of body.blocks) {
    let into = b.type === "target" ? data.targets : b.type === "group" ? data.groups : b.type === "variable" ? data.variables : null;
    if (!into) continue;
    let name = b.labels[0];
    if (!name) throw new BuildFileError(`${file}:${b.line}: a ${b.type} block needs a name`);
    let prev = into.get(name);
    into.set(name, { line: prev?.line ?? b.line, attrs: new Map([...prev?.attrs ?? [], ...b.body.attributes]) });
  }
  return data;
}
function fromJson(text, file) {
  let lines = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length) throw new BuildFileError(`${file}:${doc.errors[0].linePos?.[0]?.line ?? 1}: not valid JSON`);
  let lineOf = (n) => n?.range ? lines.linePos(n.range[0]).line : 1, value = (n) => {
    let line = lineOf(n);
    return (0, import_yaml.isScalar)(n) ? typeof n.value == "string" ? { kind: "string", value: n.value, line } : n.value === null ? { kind: "null", value: "", line } : { kind: typeof n.value == "boolean" ? "bool" : "number", value: String(n.value), line } : (0, import_yaml.isSeq)(n) ? { kind: "list", items: n.items.map(value), line } : (0, import_yaml.isMap)(n) ? { kind: "object", entries: n.items.map((p) => ({ key: String(p.key.value), value: value(p.value), line: lineOf(p.key) })), line } : { kind: "unknown", line };
  }, data = { targets: /* @__PURE__ */ new Map(), groups: /* @__PURE__ */ new Map(), variables: /* @__PURE__ */ new Map() }, root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return data;
  for (let [kind, into] of [["target", data.targets], ["group", data.groups], ["variable", data.variables]]) {
    let section = root.get(kind, !0);
    if ((0, import_yaml.isMap)(section))
      for (let p of section.items) {
        if (!(0, import_yaml.isMap)(p.value)) continue;
        let attrs = /* @__PURE__ */ new Map();
        for (let a of p.value.items) attrs.set(String(a.key.value), { value: value(a.value), line: lineOf(a.key) });
        into.set(String(p.key.value), { line: lineOf(p.key), attrs });
      }
  }
  return data;
}
function isRemote(context) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@");
}
function readBakeFile(file, options) {
  let abs = path.resolve(file), shown = path.basename(abs), text = readBuildFile(file, () => fs.readFileSync(abs, "utf8")), data = abs.endsWith(".json") ? fromJson(text, file) : fromHcl(parseHcl(text, file), file), values = /* @__PURE__ */ new Map(), resolving = /* @__PURE__ */ new Set(), lookup = (name) => {
    if (options.env[name] !== void 0 && data.variables.has(name)) return options.env[name];
    if (values.has(name)) return values.get(name) ?? void 0;
    let v = data.variables.get(name);
    if (!v || resolving.has(name)) return;
    resolving.add(name);
    let d = v.attrs.get("default"), s = d ? asString(d.value) : "";
    return resolving.delete(name), values.set(name, s), s ?? void 0;
  }, asString = (v) => v.kind === "string" ? interpolateBake(v.value, lookup) : v.kind === "number" || v.kind === "bool" ? v.value : v.kind === "ref" ? lookup(v.name) ?? null : null, asList = (v) => v?.kind === "list" ? v.items.map(asString).filter((s) => s !== null) : [], merged = /* @__PURE__ */ new Map(), merge = (name, chain) => {
    let done = merged.get(name);
    if (done) return done;
    let t = data.targets.get(name);
    if (!t) throw new BuildFileError(`${file}:${data.targets.get(chain.at(-1) ?? "")?.line ?? 1}: target '${chain.at(-1)}' inherits '${name}', which is not defined`);
    if (chain.includes(name)) throw new BuildFileError(`${file}:${t.line}: target '${name}' inherits itself (${[...chain, name].join(" -> ")})`);
    let out2 = { attrs: /* @__PURE__ */ new Map(), args: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
    for (let parent of asList(t.attrs.get("inherits")?.value)) {
      let m = merge(parent, [...chain, name]);
      for (let [k, v] of m.attrs) out2.attrs.set(k, v);
      for (let [k, v] of m.args) out2.args.set(k, v);
      for (let [k, v] of m.contexts) out2.contexts.set(k, v);
    }
    for (let [k, v] of t.attrs)
      if (k === "args" && v.value.kind === "object") for (let e of v.value.entries) out2.args.set(e.key, { value: e.value, line: e.line });
      else if (k === "contexts" && v.value.kind === "object") for (let e of v.value.entries) out2.contexts.set(e.key, e.value);
      else out2.attrs.set(k, v);
    return merged.set(name, out2), out2;
  }, selected = [], expand = (name, seen2, line) => {
    if (!seen2.has(name))
      if (seen2.add(name), data.groups.has(name)) for (let t of asList(data.groups.get(name).attrs.get("targets")?.value)) expand(t, seen2, data.groups.get(name).line);
      else if (data.targets.has(name)) selected.push(name);
      else throw new BuildFileError(`${file}:${line}: no target or group named '${name}'${options.select ? "" : " (in the default group)"}`);
  }, seen = /* @__PURE__ */ new Set();
  if (options.select?.length) for (let s of options.select) expand(s, seen, 1);
  else if (data.groups.has("default")) expand("default", seen, 1);
  else for (let t of data.targets.keys()) expand(t, seen, 1);
  let out = { file: abs, builds: [], notes: [] }, dir = path.dirname(abs);
  for (let name of selected) {
    let m = merge(name, []), attr = (k) => m.attrs.get(k);
    if (attr("dockerfile-inline")) {
      out.notes.push(`${shown}: target '${name}' uses dockerfile-inline, which dflint does not lint`);
      continue;
    }
    let context = attr("context") ? asString(attr("context").value) : ".", dockerfile = attr("dockerfile") ? asString(attr("dockerfile").value) : "Dockerfile";
    if (context === null || dockerfile === null) {
      out.notes.push(`${shown}: target '${name}': its context or dockerfile is computed (a function or expression), which dflint does not evaluate`);
      continue;
    }
    if (isRemote(context)) {
      out.notes.push(`${shown}: target '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    let args = [...m.args].map(([k, v]) => ({ name: k, value: v.value.kind === "null" ? null : asString(v.value), line: v.line })), t = attr("target"), targetName = t ? asString(t.value) : null, contexts = {};
    for (let [k, v] of m.contexts) contexts[k] = asString(v) ?? "";
    let contextAbs = path.resolve(dir, context);
    out.builds.push({
      kind: "bake",
      file: abs,
      name,
      line: data.targets.get(name).line,
      dockerfile: path.resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target: targetName ? { name: targetName, line: t.line } : null,
      contexts
    });
  }
  return out;
}

// src/builds/compose.ts
var import_yaml2 = __toESM(require_dist(), 1);
import fs2 from "node:fs";
import path2 from "node:path";
var COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
function readDotEnv(text) {
  let out = /* @__PURE__ */ new Map();
  for (let raw of text.split(/\r?\n/)) {
    let line = raw.trim().replace(/^export\s+/, "");
    if (!line || line.startsWith("#")) continue;
    let eq = line.indexOf("=");
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim(), q = value[0];
    (q === '"' || q === "'") && value.endsWith(q) && value.length >= 2 ? value = value.slice(1, -1) : value = value.replace(/\s+#.*$/, ""), out.set(line.slice(0, eq).trim(), value);
  }
  return out;
}
function isRemote2(context) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@") || /^github\.com\//.test(context);
}
function readComposeFile(file, env) {
  let abs = path2.resolve(file), shown = path2.basename(abs), text = readBuildFile(file, () => fs2.readFileSync(abs, "utf8")), lines = new import_yaml2.LineCounter(), doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, uniqueKeys: !1 });
  if (doc.errors.length) {
    let e = doc.errors[0];
    throw new BuildFileError(`${file}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split(`
`)[0]}`);
  }
  let dir = path2.dirname(abs), dotenv = /* @__PURE__ */ new Map();
  try {
    dotenv = readDotEnv(fs2.readFileSync(path2.join(dir, ".env"), "utf8"));
  } catch {
  }
  let lookup = (name) => env[name] ?? dotenv.get(name), lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 1, str = (node) => !(0, import_yaml2.isScalar)(node) || node.value === null || typeof node.value == "object" ? null : interpolateCompose(String(node.value), lookup), out = { file: abs, builds: [], notes: [] }, services = doc.contents && (0, import_yaml2.isMap)(doc.contents) ? doc.contents.get("services", !0) : null;
  if (!(0, import_yaml2.isMap)(services)) return out;
  for (let pair of services.items) {
    let name = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "", svc = pair.value;
    if (!(0, import_yaml2.isMap)(svc)) continue;
    let build = svc.get("build", !0);
    if (build == null) continue;
    let buildNode = build, context = ".", dockerfile = "Dockerfile", args = [], target = null, contexts = {};
    if ((0, import_yaml2.isScalar)(buildNode)) context = str(buildNode) ?? ".";
    else if ((0, import_yaml2.isMap)(buildNode)) {
      let get = (k) => buildNode.get(k, !0);
      if (get("dockerfile_inline") !== void 0) {
        out.notes.push(`${shown}: service '${name}' uses dockerfile_inline, which dflint does not lint`);
        continue;
      }
      context = str(get("context")) ?? ".", dockerfile = str(get("dockerfile")) ?? "Dockerfile";
      let t = get("target"), tn = str(t);
      tn && (target = { name: tn, line: lineOf(t) }), collectArgs(get("args"), args, str, lineOf, lookup);
      let extra = get("additional_contexts");
      if ((0, import_yaml2.isMap)(extra)) for (let p of extra.items) (0, import_yaml2.isScalar)(p.key) && (contexts[String(p.key.value)] = str(p.value) ?? "");
      if ((0, import_yaml2.isSeq)(extra)) for (let item of extra.items) {
        let s = str(item), eq = s?.indexOf("=") ?? -1;
        s && eq > 0 && (contexts[s.slice(0, eq)] = s.slice(eq + 1));
      }
    } else continue;
    if (isRemote2(context)) {
      out.notes.push(`${shown}: service '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    let contextAbs = path2.resolve(dir, context);
    out.builds.push({
      kind: "compose",
      file: abs,
      name,
      line: lineOf(pair.key),
      dockerfile: path2.resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target,
      contexts
    });
  }
  return out;
}
function collectArgs(node, args, str, lineOf, lookup) {
  if ((0, import_yaml2.isMap)(node))
    for (let p of node.items) {
      if (!(0, import_yaml2.isScalar)(p.key)) continue;
      let name = String(p.key.value), value = p.value === null || (0, import_yaml2.isScalar)(p.value) && p.value.value === null ? lookup(name) ?? null : str(p.value);
      args.push({ name, value, line: lineOf(p.key) });
    }
  else if ((0, import_yaml2.isSeq)(node))
    for (let item of node.items) {
      let s = str(item);
      if (!s) continue;
      let eq = s.indexOf("="), name = eq < 0 ? s : s.slice(0, eq);
      args.push({ name, value: eq < 0 ? lookup(name) ?? null : s.slice(eq + 1), line: lineOf(item) });
    }
}

// src/builds/index.ts
function buildFiles(kind, operands, cwd) {
  if (operands.length) return { files: operands.map((o) => path3.resolve(cwd, o)), errors: [] };
  let names = kind === "compose" ? COMPOSE_NAMES : BAKE_NAMES.slice(0, 2), found = names.find((n) => fs3.existsSync(path3.join(cwd, n)));
  return found ? { files: [path3.join(cwd, found)], errors: [] } : { files: [], errors: [`no ${names.join(", ")} in ${cwd}`] };
}
function findBuilds(kind, operands, opts) {
  let { files, errors } = buildFiles(kind, operands, opts.cwd), out = { jobs: [], notes: [], errors };
  for (let file of files) {
    let shown = path3.relative(opts.cwd, file) || file;
    try {
      let read = kind === "compose" ? readComposeFile(shown, opts.env) : readBakeFile(shown, { env: opts.env, select: opts.select });
      out.notes.push(...read.notes), read.builds.length || out.notes.push(`${shown}: no ${kind === "compose" ? "service with a build" : "target"} to lint`);
      for (let d of read.builds)
        out.jobs.push({
          definition: d,
          invocation: {
            kind,
            file: shown,
            name: d.name,
            line: d.line,
            args: d.args.map((a) => ({ name: a.name, line: a.line, set: a.value !== null })),
            target: d.target
          },
          buildArgs: d.args.filter((a) => a.value !== null).map((a) => [a.name, a.value])
        });
    } catch (err) {
      if (err instanceof BuildFileError) out.errors.push(err.message);
      else throw err;
    }
  }
  return out;
}
export {
  BuildFileError,
  findBuilds
};
