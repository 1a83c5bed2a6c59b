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
var BAKE_NAMES = ["docker-bake.json", "docker-bake.hcl", "docker-bake.override.json", "docker-bake.override.hcl"], MERGED_MAPS = ["args", "contexts"];
function addBlock(into, name, line, file, attributes) {
  let block = into.get(name) ?? { line, file, attrs: /* @__PURE__ */ new Map(), args: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
  for (let [k, a] of attributes)
    if (MERGED_MAPS.includes(k) && a.value.kind === "object")
      for (let e of a.value.entries) block[k].set(e.key, { value: e.value, line: e.line, file });
    else block.attrs.set(k, { value: a.value, line: a.line, file });
  into.set(name, block);
}
function fromHcl(body, file, data) {
  for (let b of body.blocks) {
    let into = b.type === "target" ? data.targets : b.type === "group" ? data.groups : b.type === "variable" ? data.variables : null;
    if (!into) continue;
    let name = b.labels[0];
    if (!name) throw new BuildFileError(`${file}:${b.line}: a ${b.type} block needs a name`);
    addBlock(into, name, b.line, file, b.body.attributes);
  }
}
function fromJson(text, file, data) {
  let lines = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length) throw new BuildFileError(`${file}:${doc.errors[0].linePos?.[0]?.line ?? 1}: not valid JSON`);
  let lineOf = (n) => n?.range ? lines.linePos(n.range[0]).line : 1, value = (n) => {
    let line = lineOf(n);
    return (0, import_yaml.isScalar)(n) ? typeof n.value == "string" ? { kind: "string", value: n.value, line } : n.value === null ? { kind: "null", value: "", line } : { kind: typeof n.value == "boolean" ? "bool" : "number", value: String(n.value), line } : (0, import_yaml.isSeq)(n) ? { kind: "list", items: n.items.map(value), line } : (0, import_yaml.isMap)(n) ? { kind: "object", entries: n.items.map((p) => ({ key: String(p.key.value), value: value(p.value), line: lineOf(p.key) })), line } : { kind: "unknown", line };
  }, root = doc.contents;
  if ((0, import_yaml.isMap)(root))
    for (let [kind, into] of [["target", data.targets], ["group", data.groups], ["variable", data.variables]]) {
      let section = root.get(kind, !0);
      if ((0, import_yaml.isMap)(section))
        for (let p of section.items) {
          if (!(0, import_yaml.isMap)(p.value)) continue;
          let attrs = p.value.items.map((a) => [String(a.key.value), { value: value(a.value), line: lineOf(a.key) }]);
          addBlock(into, String(p.key.value), lineOf(p.key), file, attrs);
        }
    }
}
function isRemote(context) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@");
}
function readBakeFiles(files, options) {
  let data = { targets: /* @__PURE__ */ new Map(), groups: /* @__PURE__ */ new Map(), variables: /* @__PURE__ */ new Map() };
  for (let abs of files) {
    let shown = path.relative(options.cwd, abs) || abs, text = readBuildFile(shown, () => fs.readFileSync(abs, "utf8"));
    abs.endsWith(".json") ? fromJson(text, shown, data) : fromHcl(parseHcl(text, shown), shown, data);
  }
  let firstShown = path.relative(options.cwd, files[0]) || files[0], values = /* @__PURE__ */ new Map(), resolving = /* @__PURE__ */ new Set(), lookup = (name) => {
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
    let t = data.targets.get(name), child = data.targets.get(chain.at(-1) ?? "");
    if (!t) throw new BuildFileError(`${child?.file ?? firstShown}:${child?.line ?? 1}: target '${chain.at(-1)}' inherits '${name}', which is not defined`);
    if (chain.includes(name)) throw new BuildFileError(`${t.file}:${t.line}: target '${name}' inherits itself (${[...chain, name].join(" -> ")})`);
    let out2 = { attrs: /* @__PURE__ */ new Map(), args: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
    for (let parent of asList(t.attrs.get("inherits")?.value)) {
      let m = merge(parent, [...chain, name]);
      for (let key of ["attrs", "args", "contexts"]) for (let [k, v] of m[key]) out2[key].set(k, v);
    }
    for (let key of ["attrs", "args", "contexts"]) for (let [k, v] of t[key]) out2[key].set(k, v);
    return merged.set(name, out2), out2;
  }, selected = [], expand = (name, seen2, where) => {
    if (seen2.has(name)) return;
    seen2.add(name);
    let group = data.groups.get(name);
    if (group) for (let t of asList(group.attrs.get("targets")?.value)) expand(t, seen2, group);
    else if (data.targets.has(name)) selected.push(name);
    else throw new BuildFileError(`${where.file}:${where.line}: no target or group named '${name}'${options.select ? "" : " (in the default group)"}`);
  }, seen = /* @__PURE__ */ new Set(), top = { file: firstShown, line: 1 };
  if (options.select?.length) for (let s of options.select) expand(s, seen, top);
  else if (data.groups.has("default")) expand("default", seen, top);
  else for (let t of data.targets.keys()) expand(t, seen, top);
  let fileRelative = /^(1|true)$/i.test(options.env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? ""), dirOf = (shown) => fileRelative ? path.dirname(path.resolve(options.cwd, shown)) : options.cwd, out = { file: files[0], builds: [], notes: [] };
  for (let name of selected) {
    let m = merge(name, []), block = data.targets.get(name), attr = (k) => m.attrs.get(k);
    if (attr("dockerfile-inline")) {
      out.notes.push(`${block.file}: target '${name}' uses dockerfile-inline, which dflint does not lint`);
      continue;
    }
    let contextAttr = attr("context"), context = contextAttr ? asString(contextAttr.value) : ".", dockerfile = attr("dockerfile") ? asString(attr("dockerfile").value) : "Dockerfile";
    if (context === null || dockerfile === null) {
      out.notes.push(`${block.file}: target '${name}': its context or dockerfile is computed (a function or expression), which dflint does not evaluate`);
      continue;
    }
    if (isRemote(context)) {
      out.notes.push(`${block.file}: target '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    let contextDir = dirOf(contextAttr?.file ?? block.file);
    context.startsWith("cwd://") && (context = context.slice(6), contextDir = options.cwd);
    let args = [...m.args].map(([k, v]) => ({ name: k, value: v.value.kind === "null" ? null : asString(v.value), line: v.line, file: v.file })), t = attr("target"), targetName = t ? asString(t.value) : null, contexts = {};
    for (let [k, v] of m.contexts) contexts[k] = asString(v.value) ?? "";
    let contextAbs = path.resolve(contextDir, context);
    out.builds.push({
      kind: "bake",
      file: path.resolve(options.cwd, block.file),
      name,
      line: block.line,
      dockerfile: path.resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target: targetName ? { name: targetName, line: t.line, file: t.file } : null,
      contexts
    });
  }
  return out;
}

// src/builds/compose.ts
var import_yaml2 = __toESM(require_dist(), 1);
import fs2 from "node:fs";
var COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"], COMPOSE_OVERRIDE_NAMES = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"];
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
function composeLookup(env, envFiles) {
  let dotenv = /* @__PURE__ */ new Map();
  for (let f of envFiles)
    try {
      for (let [k, v] of readDotEnv(fs2.readFileSync(f, "utf8"))) dotenv.set(k, v);
    } catch {
    }
  return (name) => env[name] ?? dotenv.get(name);
}
function readComposeServices(abs, shown, projectDir, lookup) {
  let text = readBuildFile(shown, () => fs2.readFileSync(abs, "utf8")), lines = new import_yaml2.LineCounter(), doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, uniqueKeys: !1 });
  if (doc.errors.length) {
    let e = doc.errors[0];
    throw new BuildFileError(`${shown}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split(`
`)[0]}`);
  }
  let lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 1, str = (node) => !(0, import_yaml2.isScalar)(node) || node.value === null || typeof node.value == "object" ? null : interpolateCompose(String(node.value), lookup), sourced = (node) => {
    let s = str(node);
    return s === null ? void 0 : { value: s, file: shown, line: lineOf(node) };
  }, out = { services: /* @__PURE__ */ new Map(), includes: [] }, root = doc.contents && (0, import_yaml2.isMap)(doc.contents) ? doc.contents : null, services = root?.get("services", !0);
  if ((0, import_yaml2.isMap)(services))
    for (let pair of services.items) {
      if (!(0, import_yaml2.isScalar)(pair.key) || !(0, import_yaml2.isMap)(pair.value)) continue;
      let name = String(pair.key.value), svc = pair.value;
      out.services.set(name, {
        name,
        file: shown,
        line: lineOf(pair.key),
        build: readBuild(svc.get("build", !0), projectDir, sourced, str, lineOf, lookup, shown),
        extends: readExtends(svc.get("extends", !0), str, lineOf)
      });
    }
  let include = root?.get("include", !0);
  if ((0, import_yaml2.isSeq)(include)) {
    for (let item of include.items)
      if ((0, import_yaml2.isScalar)(item)) {
        let p = str(item);
        p && out.includes.push({ paths: [p], projectDirectory: null, envFiles: [], line: lineOf(item) });
      } else if ((0, import_yaml2.isMap)(item)) {
        let list = (n) => ((0, import_yaml2.isSeq)(n) ? n.items.map(str) : [str(n)]).filter((s) => !!s), projectDirectory = str(item.get("project_directory", !0));
        out.includes.push({ paths: list(item.get("path", !0)), projectDirectory, envFiles: list(item.get("env_file", !0)), line: lineOf(item) });
      }
  }
  return out;
}
function readExtends(node, str, lineOf) {
  if ((0, import_yaml2.isScalar)(node)) {
    let s = str(node);
    return s ? { service: s, file: null, line: lineOf(node) } : null;
  }
  if (!(0, import_yaml2.isMap)(node)) return null;
  let service = str(node.get("service", !0));
  return service ? { service, file: str(node.get("file", !0)), line: lineOf(node) } : null;
}
function readBuild(node, dir, sourced, str, lineOf, lookup, shown) {
  let build = { dir, args: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
  if ((0, import_yaml2.isScalar)(node)) {
    let c2 = sourced(node);
    return c2 && (build.context = { ...c2, dir }), build;
  }
  if (!(0, import_yaml2.isMap)(node)) return null;
  let get = (k) => node.get(k, !0);
  get("dockerfile_inline") !== void 0 && (build.inline = !0);
  let c = sourced(get("context"));
  c && (build.context = { ...c, dir }), build.dockerfile = sourced(get("dockerfile")), build.target = sourced(get("target")), readArgs(get("args"), build.args, str, lineOf, lookup, shown);
  let extra = get("additional_contexts");
  if ((0, import_yaml2.isMap)(extra)) for (let p of extra.items) (0, import_yaml2.isScalar)(p.key) && build.contexts.set(String(p.key.value), str(p.value) ?? "");
  if ((0, import_yaml2.isSeq)(extra)) for (let item of extra.items) {
    let s = str(item), eq = s?.indexOf("=") ?? -1;
    s && eq > 0 && build.contexts.set(s.slice(0, eq), s.slice(eq + 1));
  }
  return build;
}
function readArgs(node, args, str, lineOf, lookup, file) {
  if ((0, import_yaml2.isMap)(node))
    for (let p of node.items) {
      if (!(0, import_yaml2.isScalar)(p.key)) continue;
      let name = String(p.key.value), value = p.value === null || (0, import_yaml2.isScalar)(p.value) && p.value.value === null ? lookup(name) ?? null : str(p.value);
      args.set(name, { name, value, line: lineOf(p.key), file });
    }
  else if ((0, import_yaml2.isSeq)(node))
    for (let item of node.items) {
      let s = str(item);
      if (!s) continue;
      let eq = s.indexOf("="), name = eq < 0 ? s : s.slice(0, eq);
      args.set(name, { name, value: eq < 0 ? lookup(name) ?? null : s.slice(eq + 1), line: lineOf(item), file });
    }
}
function isRemoteContext(context) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@") || /^github\.com\//.test(context);
}

// src/builds/compose-project.ts
import path2 from "node:path";
function readComposeProject(files, options) {
  let loader = { cwd: options.cwd, env: options.env, reads: /* @__PURE__ */ new Map() }, projectDir = path2.dirname(files[0]), services = loadProject(files, projectDir, [path2.join(projectDir, ".env")], loader, []), out = { file: files[0], builds: [], notes: [] };
  for (let svc of services.values()) {
    let b = svc.build;
    if (!b) continue;
    if (b.inline) {
      out.notes.push(`${svc.file}: service '${svc.name}' uses dockerfile_inline, which dflint does not lint`);
      continue;
    }
    let context = b.context?.value ?? ".";
    if (isRemoteContext(context)) {
      out.notes.push(`${svc.file}: service '${svc.name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    let contextAbs = path2.resolve(b.context?.dir ?? b.dir, context);
    out.builds.push({
      kind: "compose",
      file: path2.resolve(options.cwd, svc.file),
      name: svc.name,
      line: svc.line,
      dockerfile: path2.resolve(contextAbs, b.dockerfile?.value ?? "Dockerfile"),
      context: contextAbs,
      args: [...b.args.values()],
      target: b.target ? { name: b.target.value, line: b.target.line, file: b.target.file } : null,
      contexts: Object.fromEntries(b.contexts)
    });
  }
  return out;
}
function shownPath(abs, cwd) {
  return path2.relative(cwd, abs) || abs;
}
function loadProject(files, projectDir, envFiles, loader, chain) {
  let lookup = composeLookup(loader.env, envFiles), project = /* @__PURE__ */ new Map();
  for (let abs of files) {
    let shown = shownPath(abs, loader.cwd);
    if (chain.includes(abs)) throw new BuildFileError(`${shown}: included from itself (${[...chain, abs].map((f) => shownPath(f, loader.cwd)).join(" -> ")})`);
    let read = readComposeServices(abs, shown, projectDir, lookup), own = /* @__PURE__ */ new Map();
    for (let svc of read.services.values()) own.set(svc.name, resolveExtends(svc, read, abs, projectDir, lookup, loader, []));
    for (let inc of read.includes) {
      if (!inc.paths.length) continue;
      let incFiles = inc.paths.map((p) => path2.resolve(projectDir, p)), incDir = inc.projectDirectory ? path2.resolve(projectDir, inc.projectDirectory) : path2.dirname(incFiles[0]), incEnv = inc.envFiles.length ? inc.envFiles.map((f) => path2.resolve(projectDir, f)) : [path2.join(incDir, ".env")];
      for (let svc of from(`${shown}:${inc.line}`, () => loadProject(incFiles, incDir, incEnv, loader, [...chain, abs])).values()) {
        let mine = own.get(svc.name);
        if (mine) throw new BuildFileError(`${shown}:${mine.line}: service '${svc.name}' is also defined by the included ${svc.file}; Compose refuses the conflict`);
        own.set(svc.name, svc);
      }
    }
    for (let svc of own.values()) {
      let prev = project.get(svc.name);
      project.set(svc.name, prev ? { ...prev, build: mergeBuild(prev.build, svc.build) } : svc);
    }
  }
  return project;
}
function resolveExtends(svc, read, abs, dir, lookup, loader, chain) {
  let ext = svc.extends;
  if (!ext) return svc;
  let key = `${abs}#${svc.name}`;
  if (chain.includes(key)) throw new BuildFileError(`${svc.file}:${ext.line}: service '${svc.name}' extends itself (${[...chain, key].map((k) => k.split("#")[1]).join(" -> ")})`);
  let baseRead = read, baseAbs = abs, baseDir = dir;
  if (ext.file) {
    baseAbs = path2.resolve(path2.dirname(abs), ext.file), baseDir = path2.dirname(baseAbs);
    let cacheKey = `${baseAbs}\0${baseDir}`, cached = loader.reads.get(cacheKey);
    cached || (cached = from(`${svc.file}:${ext.line}`, () => readComposeServices(baseAbs, shownPath(baseAbs, loader.cwd), baseDir, lookup)), loader.reads.set(cacheKey, cached)), baseRead = cached;
  }
  let base = baseRead.services.get(ext.service);
  if (!base) throw new BuildFileError(`${svc.file}:${ext.line}: service '${svc.name}' extends '${ext.service}', which ${shownPath(baseAbs, loader.cwd)} does not define`);
  let resolved = resolveExtends(base, baseRead, baseAbs, baseDir, lookup, loader, [...chain, key]);
  return { ...svc, build: mergeBuild(resolved.build, svc.build) };
}
function from(place, read) {
  try {
    return read();
  } catch (err) {
    throw err instanceof BuildFileError && !err.message.startsWith(place) ? new BuildFileError(`${place}: ${err.message}`) : err;
  }
}
function mergeBuild(base, over) {
  return !base || !over ? over ?? base : {
    dir: base.dir,
    context: over.context ?? base.context,
    dockerfile: over.dockerfile ?? base.dockerfile,
    inline: over.inline ?? base.inline,
    target: over.target ?? base.target,
    args: new Map([...base.args, ...over.args]),
    contexts: new Map([...base.contexts, ...over.contexts])
  };
}

// src/builds/index.ts
function buildFiles(kind, operands, cwd, env) {
  if (operands.length) return { files: operands.map((o) => path3.resolve(cwd, o)), errors: [] };
  if (kind === "bake") {
    let found = BAKE_NAMES.filter((n) => fs3.existsSync(path3.join(cwd, n)));
    return found.length ? { files: found.map((n) => path3.join(cwd, n)), errors: [] } : { files: [], errors: [`no ${BAKE_NAMES.join(", ")} in ${cwd}`] };
  }
  if (env.COMPOSE_FILE) {
    let sep = env.COMPOSE_PATH_SEPARATOR || path3.delimiter;
    return { files: env.COMPOSE_FILE.split(sep).filter(Boolean).map((f) => path3.resolve(cwd, f)), errors: [] };
  }
  for (let dir = cwd; ; dir = path3.dirname(dir)) {
    let found = COMPOSE_NAMES.find((n) => fs3.existsSync(path3.join(dir, n)));
    if (found) {
      let override = COMPOSE_OVERRIDE_NAMES.find((n) => fs3.existsSync(path3.join(dir, n)));
      return { files: [found, ...override ? [override] : []].map((n) => path3.join(dir, n)), errors: [] };
    }
    if (path3.dirname(dir) === dir) return { files: [], errors: [`no ${COMPOSE_NAMES.join(", ")} in ${cwd} or a folder above it`] };
  }
}
function findBuilds(kind, operands, opts) {
  let { files, errors } = buildFiles(kind, operands, opts.cwd, opts.env), out = { jobs: [], notes: [], errors };
  if (!files.length) return out;
  try {
    let read = kind === "compose" ? readComposeProject(files, opts) : readBakeFiles(files, opts);
    out.notes.push(...read.notes), read.builds.length || out.notes.push(`${files.map((f) => path3.relative(opts.cwd, f) || f).join(", ")}: no ${kind === "compose" ? "service with a build" : "target"} to lint`);
    for (let d of read.builds) {
      let shown = path3.relative(opts.cwd, d.file) || d.file;
      out.jobs.push({
        definition: d,
        invocation: {
          kind,
          file: shown,
          name: d.name,
          line: d.line,
          args: d.args.map((a) => ({ name: a.name, line: a.line, set: a.value !== null, ...a.file && a.file !== shown ? { file: a.file } : {} })),
          target: d.target ? { name: d.target.name, line: d.target.line, ...d.target.file && d.target.file !== shown ? { file: d.target.file } : {} } : null
        },
        buildArgs: d.args.filter((a) => a.value !== null).map((a) => [a.name, a.value])
      });
    }
  } catch (err) {
    if (err instanceof BuildFileError) out.errors.push(err.message);
    else throw err;
  }
  return out;
}
export {
  BuildFileError,
  findBuilds
};
