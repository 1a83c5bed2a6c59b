import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key2 of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key2) && key2 !== except && __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/engine/types.ts
var SEVERITY_RANK, init_types = __esm({
  "src/engine/types.ts"() {
    "use strict";
    SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
  }
});

// src/model/paths.ts
function trimEndOf(s, chars) {
  let e = s.length;
  for (; e > 0 && chars.includes(s[e - 1]); ) e--;
  return e === s.length ? s : s.slice(0, e);
}
function baseName(p) {
  let s = trimEndOf(p, "\\/");
  return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")) + 1);
}
var init_paths = __esm({
  "src/model/paths.ts"() {
    "use strict";
  }
});

// src/model/names.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1)), diag = up;
    }
  }
  return prev[b.length];
}
function typoDistance(a, b) {
  if (a === b) return 0;
  let rows = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let row = rows[i], up = rows[i - 1];
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, d = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d = Math.min(d, rows[i - 2][j - 2] + 1)), row[j] = d;
    }
  }
  return rows[a.length][b.length];
}
function buildkitSuggest(value, options, caseSensitive = !0) {
  let v = caseSensitive ? value : value.toLowerCase(), best, min = 3;
  for (let opt of options) {
    let o = caseSensitive ? opt : opt.toLowerCase();
    if (o === v) return;
    let d = levenshtein(v, o);
    d < min && (min = d, best = opt);
  }
  return best;
}
function likelyTypo(value, options) {
  let best, bestD = 1 / 0;
  for (let opt of options) {
    if (opt === value) return;
    if (opt.toLowerCase() === value.toLowerCase()) return opt;
    if (value.length < 4 || opt.length < 4) continue;
    let d = typoDistance(value, opt), limit = Math.min(value.length, opt.length) >= 8 ? 2 : 1;
    d <= limit && d < bestD && (bestD = d, best = opt);
  }
  return best;
}
var init_names = __esm({
  "src/model/names.ts"() {
    "use strict";
  }
});

// src/config/schema.ts
function optionsSchema(rule) {
  let properties = {};
  for (let [name, spec] of Object.entries(rule.options ?? {}))
    properties[name] = { description: spec.description, default: spec.default, ...spec.schema };
  return { type: "object", properties, additionalProperties: !1 };
}
function checkStructure(data) {
  let errors = [], at = (segments) => segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join(""), push = (segments, keyword, params, message) => errors.push({ instancePath: at(segments), schemaPath: "", keyword, params, message }), isObject = (v) => v !== null && typeof v == "object" && !Array.isArray(v), type = (v, path2, want) => {
    let ok = want === "object" ? isObject(v) : want === "array" ? Array.isArray(v) : typeof v === want;
    return ok || push(path2, "type", { type: want }, `must be ${want}`), ok;
  }, oneOf = (v, path2, allowed) => {
    allowed.includes(v) || push(path2, "enum", { allowedValues: allowed }, "must be equal to one of the allowed values");
  }, keys = (obj, path2, known) => {
    for (let k of Object.keys(obj))
      known.includes(k) || push(path2, "additionalProperties", { additionalProperty: k }, "must NOT have additional properties");
  }, strings = (v, path2) => {
    type(v, path2, "array") && v.forEach((item, i) => type(item, [...path2, i], "string"));
  }, ruleSetting = (v, path2) => {
    typeof v == "string" ? oneOf(v, path2, SEVERITY_WORDS) : Array.isArray(v) ? (v.length < 1 && push(path2, "minItems", { limit: 1 }, "must NOT have fewer than 1 items"), v.length > 2 && push(path2, "additionalItems", { limit: 2 }, "must NOT have more than 2 items"), v.length >= 1 && oneOf(v[0], [...path2, 0], SEVERITY_WORDS), v.length >= 2 && type(v[1], [...path2, 1], "object")) : isObject(v) ? (keys(v, path2, ["severity", "options"]), v.severity !== void 0 && oneOf(v.severity, [...path2, "severity"], SEVERITY_WORDS), v.options !== void 0 && type(v.options, [...path2, "options"], "object")) : push(path2, "type", { type: "object" }, "must be object");
  }, rules2 = (v, path2) => {
    if (type(v, path2, "object")) for (let [id, setting] of Object.entries(v)) ruleSetting(setting, [...path2, id]);
  }, settings2 = (v, path2) => {
    if (!type(v, path2, "object")) return;
    let o = v;
    if (keys(o, path2, SETTINGS_KEYS), o.trustedRegistries !== void 0 && strings(o.trustedRegistries, [...path2, "trustedRegistries"]), o.labelSchema !== void 0 && type(o.labelSchema, [...path2, "labelSchema"], "object"))
      for (let [label, t] of Object.entries(o.labelSchema)) oneOf(t, [...path2, "labelSchema", label], LABEL_TYPES);
    o.strictLabels !== void 0 && type(o.strictLabels, [...path2, "strictLabels"], "boolean"), o.shellcheck !== void 0 && type(o.shellcheck, [...path2, "shellcheck"], "boolean"), o.contextDir !== void 0 && type(o.contextDir, [...path2, "contextDir"], "string"), o.today !== void 0 && type(o.today, [...path2, "today"], "string") && !new RegExp(DATE_PATTERN).test(o.today) && push([...path2, "today"], "pattern", { pattern: DATE_PATTERN }, `must match pattern "${DATE_PATTERN}"`);
  };
  if (!type(data, [], "object")) return errors;
  let root = data;
  return keys(root, [], CONFIG_KEYS), root.$schema !== void 0 && type(root.$schema, ["$schema"], "string"), root.extends !== void 0 && !(typeof root.extends == "string" && EXTENDS_PATH.test(root.extends)) && oneOf(root.extends, ["extends"], CONFIG_PRESETS), root.rules !== void 0 && rules2(root.rules, ["rules"]), root.ignore !== void 0 && strings(root.ignore, ["ignore"]), root.overrides !== void 0 && type(root.overrides, ["overrides"], "array") && root.overrides.forEach((o, i) => {
    let path2 = ["overrides", i];
    if (!type(o, path2, "object")) return;
    let entry = o;
    keys(entry, path2, ["files", "rules", "settings"]), entry.files === void 0 ? push(path2, "required", { missingProperty: "files" }, "must have required property 'files'") : Array.isArray(entry.files) ? (entry.files.length === 0 && push([...path2, "files"], "minItems", { limit: 1 }, "must NOT have fewer than 1 items"), strings(entry.files, [...path2, "files"])) : typeof entry.files != "string" && push([...path2, "files"], "type", { type: ["string", "array"] }, "must be string,array"), entry.rules !== void 0 && rules2(entry.rules, [...path2, "rules"]), entry.settings !== void 0 && settings2(entry.settings, [...path2, "settings"]);
  }), root.settings !== void 0 && settings2(root.settings, ["settings"]), root.failLevel !== void 0 && oneOf(root.failLevel, ["failLevel"], FAIL_LEVEL_WORDS), root.inlineIgnores !== void 0 && type(root.inlineIgnores, ["inlineIgnores"], "boolean"), root.ignoreCodes !== void 0 && type(root.ignoreCodes, ["ignoreCodes"], "array") && root.ignoreCodes.forEach((code, i) => {
    type(code, ["ignoreCodes", i], "string") && !new RegExp(CODE_PATTERN).test(code) && push(["ignoreCodes", i], "pattern", { pattern: CODE_PATTERN }, `must match pattern "${CODE_PATTERN}"`);
  }), errors;
}
function ruleOptionsSchema(rule) {
  return optionsSchema(rule);
}
function suggest(name, candidates) {
  let best, bestDistance = 1 / 0;
  for (let c of candidates) {
    let d = levenshtein(name.toLowerCase(), c.toLowerCase());
    d < bestDistance && (bestDistance = d, best = c);
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function decodePointer(pointer2) {
  return pointer2 === "" ? [] : pointer2.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function isRuleSettingPath(segments) {
  let n = segments.length;
  return n >= 2 && segments[n - 2] === "rules" && (n === 2 || n === 4 && segments[0] === "overrides");
}
function readableSegments(segments) {
  return segments.map(
    (s, i) => (s === "0" || s === "1") && isRuleSettingPath(segments.slice(0, i)) ? s === "0" ? "severity" : "options" : s
  );
}
function describeSchemaErrors(errors, rules2) {
  let out = [], seen = /* @__PURE__ */ new Set(), ruleIds = rules2.map((r) => r.id);
  for (let err of errors) {
    if (err.keyword === "if") continue;
    let segments = decodePointer(err.instancePath), message = err.message ?? "is invalid";
    switch (err.keyword) {
      case "additionalProperties": {
        let key2 = String(err.params.additionalProperty), parent = segments[segments.length - 1], owner = segments.slice(0, -1), isRulesMap = segments.length === 1 || segments.length === 3 && segments[0] === "overrides", isOptions = (parent === "options" || parent === "1") && isRuleSettingPath(owner);
        if (parent === "rules" && isRulesMap) {
          let hint = suggest(key2, ruleIds);
          message = `unknown rule '${key2}'` + (hint ? ` (did you mean '${hint}'?)` : "");
        } else if (isOptions) {
          let ruleId = segments[segments.length - 2] ?? "", rule = rules2.find((r) => r.id === ruleId), known = rule ? Object.keys(rule.options ?? {}) : [], hint = suggest(key2, known);
          message = `unknown option '${key2}'` + (hint ? ` (did you mean '${hint}'?)` : known.length > 0 ? ` (known: ${known.join(", ")})` : ` (rule '${ruleId}' has no options)`);
        } else segments.length === 0 && key2 in HADOLINT_KEY_HINTS ? message = `unknown key '${key2}': this is a hadolint key; in a dflint config use ${HADOLINT_KEY_HINTS[key2]}` : message = `unknown key '${key2}'`;
        segments = [...segments, key2];
        break;
      }
      case "enum":
        message = `must be one of: ${err.params.allowedValues.map(String).join(", ")}`;
        break;
      case "type": {
        let t = err.params.type, types = Array.isArray(t) ? t : String(t).split(",");
        isRuleSettingPath(segments) && types.includes("object") ? message = "must be a severity (error, warning, info, off), [severity, options] or { severity, options }" : message = `must be ${types.join(" or ")}`;
        break;
      }
      case "required":
        message = `must have '${err.params.missingProperty}'`;
        break;
    }
    let path2 = readableSegments(
      err.keyword === "additionalProperties" ? segments.slice(0, -1) : segments
    ).join(" > "), dedupKey = path2 + "\0" + message;
    seen.has(dedupKey) || (seen.add(dedupKey), out.push({ segments, path: path2, message }));
  }
  return out;
}
var SEVERITIES, FAIL_LEVELS, SEVERITY_WORDS, FAIL_LEVEL_WORDS, EXTENDS_PATH, CONFIG_PRESETS, LABEL_TYPES, SETTINGS_KEYS, CODE_PATTERN, DATE_PATTERN, CONFIG_KEYS, HADOLINT_KEY_HINTS, init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_names();
    SEVERITIES = ["error", "warning", "info", "off"], FAIL_LEVELS = ["error", "warning", "info", "none"], SEVERITY_WORDS = [...SEVERITIES, "warn"], FAIL_LEVEL_WORDS = [...FAIL_LEVELS, "warn"], EXTENDS_PATH = /^\.{1,2}[\\/]/, CONFIG_PRESETS = ["recommended", "strict", "hadolint"], LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"], SETTINGS_KEYS = ["trustedRegistries", "labelSchema", "strictLabels", "shellcheck", "contextDir", "today"], CODE_PATTERN = "^(hadolint|buildkit):[A-Za-z0-9]+$", DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", CONFIG_KEYS = [
      "$schema",
      "extends",
      "rules",
      "ignore",
      "overrides",
      "settings",
      "failLevel",
      "inlineIgnores",
      "ignoreCodes"
    ];
    HADOLINT_KEY_HINTS = {
      ignored: "rules: { <rule>: off }",
      override: "rules: { <rule>: <severity> }",
      "failure-threshold": "failLevel",
      trustedRegistries: "settings.trustedRegistries",
      "label-schema": "settings.labelSchema",
      "strict-labels": "settings.strictLabels",
      "disable-ignore-pragma": "inlineIgnores: false",
      "no-fail": "failLevel: none"
    };
  }
});

// src/config/errors.ts
import { isAbsolute as isAbsolute4, relative as relative4 } from "node:path";
function displayPath(path2) {
  let rel = relative4(process.cwd(), path2);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute4(rel) ? rel : path2;
}
var ConfigError, init_errors = __esm({
  "src/config/errors.ts"() {
    "use strict";
    ConfigError = class extends Error {
      /** The config file at fault, when there is one. */
      file;
      constructor(message, file) {
        super(message), this.name = "ConfigError", this.file = file;
      }
    };
  }
});

// src/fs/read.ts
import fs from "node:fs";
function readRegularFile(file, maxBytes = MAX_INPUT_BYTES) {
  let st = fs.statSync(file);
  if (st.isDirectory()) throw new ReadError("is a folder, not a file");
  if (!st.isFile()) throw new ReadError("not a regular file (a device, FIFO or socket)");
  if (st.size > maxBytes) throw new ReadError(`too large (${st.size} bytes; the limit is ${maxBytes})`);
  let fd = fs.openSync(file, "r");
  try {
    return readAtMost(fd, maxBytes, st.size);
  } finally {
    fs.closeSync(fd);
  }
}
function readAtMost(fd, maxBytes = MAX_INPUT_BYTES, regularSize = -1) {
  let chunks = [], total = 0, buf = scratch ??= Buffer.allocUnsafeSlow(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      let code = err.code;
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    if (total += n, total > maxBytes) throw new ReadError(`too large (over ${maxBytes} bytes)`);
    if (chunks.push(Buffer.from(buf.subarray(0, n))), total === regularSize && n < buf.length) break;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new ReadError("is UTF-16 encoded; Docker reads Dockerfiles as UTF-8");
  if (bytes.subarray(0, 8e3).includes(0)) throw new ReadError("is a binary file, not text");
  return bytes.toString("utf8");
}
function readTextFile(file, maxBytes = MAX_INPUT_BYTES) {
  return decodeText(readRegularFile(file, maxBytes));
}
var MAX_INPUT_BYTES, ReadError, scratch, init_read = __esm({
  "src/fs/read.ts"() {
    "use strict";
    MAX_INPUT_BYTES = 16 * 1024 * 1024, ReadError = class extends Error {
    };
    scratch = null;
  }
});

// src/config/find.ts
import { statSync as statSync4 } from "node:fs";
import { dirname as dirname3, join as join5, resolve as resolve6 } from "node:path";
function clearNearestCache() {
  nearestCache = /* @__PURE__ */ new Map();
}
function isFile2(path2) {
  try {
    return statSync4(path2, { throwIfNoEntry: !1 })?.isFile() ?? !1;
  } catch {
    return !1;
  }
}
function nearest(dir) {
  let cached = nearestCache.get(dir);
  if (cached) return cached;
  let own = (names) => {
    for (let name of names) {
      let p = join5(dir, name);
      if (isFile2(p)) return p;
    }
    return null;
  }, dflint = own(DFLINT_CONFIG_NAMES), hadolint = own(HADOLINT_CONFIG_NAMES), result;
  if (dflint && hadolint)
    result = { dflint, hadolint };
  else {
    let parent = dirname3(dir), up = parent === dir ? { dflint: null, hadolint: null } : nearest(parent);
    result = { dflint: dflint ?? up.dflint, hadolint: hadolint ?? up.hadolint };
  }
  return nearestCache.set(dir, result), result;
}
function hasConfigFile(dir) {
  let found = nearest(resolve6(dir));
  return found.dflint !== null || found.hadolint !== null;
}
var DFLINT_CONFIG_NAMES, HADOLINT_CONFIG_NAMES, nearestCache, init_find = __esm({
  "src/config/find.ts"() {
    "use strict";
    DFLINT_CONFIG_NAMES = [".dflint.json", ".dflint.yaml", ".dflint.yml"], HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"], nearestCache = /* @__PURE__ */ new Map();
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        if (super(), !exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return !1;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super(), this._items = typeof code == "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return !1;
        let item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => (c instanceof Name && (names[c.str] = (names[c.str] || 0) + 1), names), {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      let code = [strs[0]], i = 0;
      for (; i < args.length; )
        addCodeArg(code, args[i]), code.push(strs[++i]);
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      let expr = [safeStringify(strs[0])], i = 0;
      for (; i < args.length; )
        expr.push(plus), addCodeArg(expr, args[i]), expr.push(plus, safeStringify(strs[++i]));
      return optimize(expr), new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      arg instanceof _Code ? code.push(...arg._items) : arg instanceof Name ? code.push(arg) : code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      for (; i < expr.length - 1; ) {
        if (expr[i] === plus) {
          let res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string")
        return b instanceof Name || a[a.length - 1] !== '"' ? void 0 : typeof b != "string" ? `${a.slice(0, -1)}${b}"` : b[0] === '"' ? a.slice(0, -1) + b.slice(1) : void 0;
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key2) {
      return typeof key2 == "string" && exports.IDENTIFIER.test(key2) ? new _Code(`.${key2}`) : _`[${key2}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key2) {
      if (typeof key2 == "string" && exports.IDENTIFIER.test(key2))
        return new _Code(`${key2}`);
      throw new Error(`CodeGen: invalid export name: ${key2}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code(), ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`), this.value = name.value;
      }
    }, UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2.Started = 0] = "Started", UsedValueState2[UsedValueState2.Completed = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {}, this._prefixes = prefixes, this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        let ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (!((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0) && _b.has(prefix) || this._prefixes && !this._prefixes.has(prefix))
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr), this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value, this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`, ValueScope = class extends Scope {
      constructor(opts) {
        super(opts), this._values = {}, this._scope = opts.scope, this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        let name = this.toName(nameOrPrefix), { prefix } = name, valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref, vs = this._values[prefix];
        if (vs) {
          let _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        vs.set(valueKey, name);
        let s = this._scope[prefix] || (this._scope[prefix] = []), itemIndex = s.length;
        return s[itemIndex] = value.ref, name.setValue(value, { property: prefix, itemIndex }), name;
      }
      getValue(prefix, keyOrRef) {
        let vs = this._values[prefix];
        if (vs)
          return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (let prefix in values) {
          let vs = values[prefix];
          if (!vs)
            continue;
          let nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              let def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode?.(name))
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            else
              throw new ValueError(name);
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code(), scope_1 = require_scope(), code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: !0, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: !0, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: !0, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: !0, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: !0, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: !0, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: !0, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: !0, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: !0, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: !0, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: !0, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: !0, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    }, Def = class extends Node {
      constructor(varKind, name, rhs) {
        super(), this.varKind = varKind, this.name = name, this.rhs = rhs;
      }
      render({ es5, _n }) {
        let varKind = es5 ? scope_1.varKinds.var : this.varKind, rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (names[this.name.str])
          return this.rhs && (this.rhs = optimizeExpr(this.rhs, names, constants)), this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    }, Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super(), this.lhs = lhs, this.rhs = rhs, this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!(this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects))
          return this.rhs = optimizeExpr(this.rhs, names, constants), this;
      }
      get names() {
        let names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    }, AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects), this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    }, Label = class extends Node {
      constructor(label) {
        super(), this.label = label, this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    }, Break = class extends Node {
      constructor(label) {
        super(), this.label = label, this.names = {};
      }
      render({ _n }) {
        return `break${this.label ? ` ${this.label}` : ""};` + _n;
      }
    }, Throw = class extends Node {
      constructor(error) {
        super(), this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    }, AnyCode = class extends Node {
      constructor(code) {
        super(), this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        return this.code = optimizeExpr(this.code, names, constants), this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    }, ParentNode = class extends Node {
      constructor(nodes = []) {
        super(), this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        let { nodes } = this, i = nodes.length;
        for (; i--; ) {
          let n = nodes[i].optimizeNodes();
          Array.isArray(n) ? nodes.splice(i, 1, ...n) : n ? nodes[i] = n : nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        let { nodes } = this, i = nodes.length;
        for (; i--; ) {
          let n = nodes[i];
          n.optimizeNames(names, constants) || (subtractNames(names, n.names), nodes.splice(i, 1));
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    }, BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    }, Root = class extends ParentNode {
    }, Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes), this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        return this.else && (code += "else " + this.else.render(opts)), code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        let cond = this.condition;
        if (cond === !0)
          return this.nodes;
        let e = this.else;
        if (e) {
          let ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e)
          return cond === !1 ? e instanceof _If ? e : e.nodes : this.nodes.length ? this : new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        if (!(cond === !1 || !this.nodes.length))
          return this;
      }
      optimizeNames(names, constants) {
        var _a;
        if (this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants), !!(super.optimizeNames(names, constants) || this.else))
          return this.condition = optimizeExpr(this.condition, names, constants), this;
      }
      get names() {
        let names = super.names;
        return addExprNames(names, this.condition), this.else && addNames(names, this.else.names), names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super(), this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (super.optimizeNames(names, constants))
          return this.iteration = optimizeExpr(this.iteration, names, constants), this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    }, ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super(), this.varKind = varKind, this.name = name, this.from = from, this.to = to;
      }
      render(opts) {
        let varKind = opts.es5 ? scope_1.varKinds.var : this.varKind, { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        let names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    }, ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super(), this.loop = loop, this.varKind = varKind, this.name = name, this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (super.optimizeNames(names, constants))
          return this.iterable = optimizeExpr(this.iterable, names, constants), this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    }, Func = class extends BlockNode {
      constructor(name, args, async) {
        super(), this.name = name, this.args = args, this.async = async;
      }
      render(opts) {
        return `${this.async ? "async " : ""}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        return this.catch && (code += this.catch.render(opts)), this.finally && (code += this.finally.render(opts)), code;
      }
      optimizeNodes() {
        var _a, _b;
        return super.optimizeNodes(), (_a = this.catch) === null || _a === void 0 || _a.optimizeNodes(), (_b = this.finally) === null || _b === void 0 || _b.optimizeNodes(), this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        return super.optimizeNames(names, constants), (_a = this.catch) === null || _a === void 0 || _a.optimizeNames(names, constants), (_b = this.finally) === null || _b === void 0 || _b.optimizeNames(names, constants), this;
      }
      get names() {
        let names = super.names;
        return this.catch && addNames(names, this.catch.names), this.finally && addNames(names, this.finally.names), names;
      }
    }, Catch = class extends BlockNode {
      constructor(error) {
        super(), this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {}, this._blockStarts = [], this._constants = {}, this.opts = { ...opts, _n: opts.lines ? `
` : "" }, this._extScope = extScope, this._scope = new scope_1.Scope({ parent: extScope }), this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        let name = this._extScope.value(prefixOrName, value);
        return (this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set())).add(name), name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        let name = this._scope.toName(nameOrPrefix);
        return rhs !== void 0 && constant && (this._constants[name.str] = rhs), this._leafNode(new Def(varKind, name, rhs)), name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        return typeof c == "function" ? c() : c !== code_1.nil && this._leafNode(new AnyCode(c)), this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        let code = ["{"];
        for (let [key2, value] of keyValues)
          code.length > 1 && code.push(","), code.push(key2), (key2 !== value || this.opts.es5) && (code.push(":"), (0, code_1.addCodeArg)(code, value));
        return code.push("}"), new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        if (this._blockNode(new If(condition)), thenBody && elseBody)
          this.code(thenBody).else().code(elseBody).endIf();
        else if (thenBody)
          this.code(thenBody).endIf();
        else if (elseBody)
          throw new Error('CodeGen: "else" body without "then" body');
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        return this._blockNode(node), forBody && this.code(forBody).endFor(), this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        let name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        let name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          let arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`), forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties)
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        let name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        let node = new Return();
        if (this._blockNode(node), this.code(value), node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        let node = new Try();
        if (this._blockNode(node), this.code(tryBody), catchCode) {
          let error = this.name("e");
          this._currNode = node.catch = new Catch(error), catchCode(error);
        }
        return finallyCode && (this._currNode = node.finally = new Finally(), this.code(finallyCode)), this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        return this._blockStarts.push(this._nodes.length), body && this.code(body).endBlock(nodeCount), this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        let len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        let toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount)
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        return this._nodes.length = len, this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        return this._blockNode(new Func(name, args, async)), funcBody && this.code(funcBody).endFunc(), this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        for (; n-- > 0; )
          this._root.optimizeNodes(), this._root.optimizeNames(this._root.names, this._constants);
      }
      _leafNode(node) {
        return this._currNode.nodes.push(node), this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node), this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        let n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2)
          return this._nodes.pop(), this;
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        let n = this._currNode;
        if (!(n instanceof If))
          throw new Error('CodeGen: "else" without "if"');
        return this._currNode = n.else = node, this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        let ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        let ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (let n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => (c instanceof code_1.Name && (c = replaceName(c)), c instanceof code_1._Code ? items.push(...c._items) : items.push(c), items), []));
      function replaceName(n) {
        let c = constants[n.str];
        return c === void 0 || names[n.str] !== 1 ? n : (delete names[n.str], c);
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (let n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen(), code_1 = require_code();
    function toHash(arr) {
      let hash = {};
      for (let item of arr)
        hash[item] = !0;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      return typeof schema == "boolean" ? schema : Object.keys(schema).length === 0 ? !0 : (checkUnknownRules(it, schema), !schemaHasRules(schema, it.self.RULES.all));
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      let { opts, self } = it;
      if (!opts.strictSchema || typeof schema == "boolean")
        return;
      let rules2 = self.RULES.keywords;
      for (let key2 in schema)
        rules2[key2] || checkStrictMode(it, `unknown keyword: "${key2}"`);
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (let key2 in schema)
        if (rules2[key2])
          return !0;
      return !1;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (let key2 in schema)
        if (key2 !== "$ref" && RULES.all[key2])
          return !0;
      return !1;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      return typeof str == "number" ? `${str}` : str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs))
        for (let x of xs)
          f(x);
      else
        f(xs);
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        let res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, !0), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          from === !0 ? gen.assign(to, !0) : (gen.assign(to, (0, codegen_1._)`${to} || {}`), setEvaluated(gen, to, from));
        }),
        mergeValues: (from, to) => from === !0 ? !0 : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === !0 ? !0 : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === !0 ? !0 : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === !0)
        return gen.var("props", !0);
      let props = gen.var("props", (0, codegen_1._)`{}`);
      return ps !== void 0 && setEvaluated(gen, props, ps), props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, !0));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2.Num = 0] = "Num", Type2[Type2.Str = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        let isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (mode) {
        if (msg = `strict mode: ${msg}`, mode === !0)
          throw new Error(msg);
        it.self.logger.warn(msg);
      }
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util(), names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      let { it } = cxt, { gen, compositeRule, allErrors } = it, errObj = errorObjectCode(cxt, error, errorPaths);
      overrideAllErrors ?? (compositeRule || allErrors) ? addError(gen, errObj) : returnErrors(it, (0, codegen_1._)`[${errObj}]`);
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      let { it } = cxt, { gen, compositeRule, allErrors } = it, errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj), compositeRule || allErrors || returnErrors(it, names_1.default.vErrors);
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount), gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      let err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`), gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath))), gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`), it.opts.verbose && (gen.assign((0, codegen_1._)`${err}.schema`, schemaValue), gen.assign((0, codegen_1._)`${err}.data`, data));
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      let err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`), gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      let { gen, validateName, schemaEnv } = it;
      schemaEnv.$async ? gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`) : (gen.assign((0, codegen_1._)`${validateName}.errors`, errs), gen.return(!1));
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      let { createErrors } = cxt.it;
      return createErrors === !1 ? (0, codegen_1._)`{}` : errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      let { gen, it } = cxt, keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      return extraErrorProps(cxt, error, keyValues), gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      let instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      return schemaPath && (schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`), [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      let { keyword, data, schemaValue, it } = cxt, { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]), opts.messages && keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]), opts.verbose && keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]), propertyName && keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors(), codegen_1 = require_codegen(), names_1 = require_names(), boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      let { gen, schema, validateName } = it;
      schema === !1 ? falseSchemaError(it, !1) : typeof schema == "object" && schema.$async === !0 ? gen.return(names_1.default.data) : (gen.assign((0, codegen_1._)`${validateName}.errors`, null), gen.return(!0));
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      let { gen, schema } = it;
      schema === !1 ? (gen.var(valid, !1), falseSchemaError(it)) : gen.var(valid, !0);
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      let { gen, data } = it, cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: !1,
        schemaCode: !1,
        schemaValue: !1,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"], jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      let groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: !0, boolean: !0, null: !0 },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      let group = self.RULES.types[type];
      return group && group !== !0 && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules(), applicability_1 = require_applicability(), errors_1 = require_errors(), codegen_1 = require_codegen(), util_1 = require_util(), DataType;
    (function(DataType2) {
      DataType2[DataType2.Correct = 0] = "Correct", DataType2[DataType2.Wrong = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      let types = getJSONTypes(schema.type);
      if (types.includes("null")) {
        if (schema.nullable === !1)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0)
          throw new Error('"nullable" cannot be used without "type"');
        schema.nullable === !0 && types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      let types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      let { gen, data, opts } = it, coerceTo = coerceToTypes(types, opts.coerceTypes), checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        let wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          coerceTo.length ? coerceData(it, types, coerceTo) : reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      let { gen, data, opts } = it, dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`), coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      opts.coerceTypes === "array" && gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data))), gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (let t of coerceTo)
        (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") && coerceSpecificType(t);
      gen.else(), reportTypeError(it), gen.endIf(), gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced), assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, !1).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, !0);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`), gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      let EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ, cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1)
        return checkDataType(dataTypes[0], data, strictNums, correct);
      let cond, types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        let notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`, delete types.null, delete types.array, delete types.object;
      } else
        cond = codegen_1.nil;
      types.number && delete types.integer;
      for (let t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      let cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      let { gen, data, schema } = it, schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util();
    function assignDefaults(it, ty) {
      let { properties, items } = it.schema;
      if (ty === "object" && properties)
        for (let key2 in properties)
          assignDefault(it, key2, properties[key2].default);
      else ty === "array" && Array.isArray(items) && items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      let { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      let childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      opts.useDefaults === "empty" && (condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`), gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util(), names_1 = require_names(), util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      let { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, !0), cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, !0), cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      let cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      let cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      let dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data, valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      it.opts.dynamicRef && valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      let args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      let u = opts.unicodeRegExp ? "u" : "", { regExp } = opts.code, rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      let { gen, data, keyword, it } = cxt, valid = gen.name("valid");
      if (it.allErrors) {
        let validArr = gen.let("valid", !0);
        return validateItems(() => gen.assign(validArr, !1)), validArr;
      }
      return gen.var(valid, !0), validateItems(() => gen.break()), valid;
      function validateItems(notValid) {
        let len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid), gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      let { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      if (schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch)) && !it.opts.unevaluated)
        return;
      let valid = gen.let("valid", !1), schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        let schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: !0
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`), cxt.mergeValidEvaluated(schCxt, schValid) || gen.if((0, codegen_1.not)(valid));
      })), cxt.result(valid, () => cxt.reset(), () => cxt.error(!0));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen(), names_1 = require_names(), code_1 = require_code2(), errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      let { gen, keyword, schema, parentSchema, it } = cxt, macroSchema = def.macro.call(it.self, schema, parentSchema, it), schemaRef = useKeyword(gen, keyword, macroSchema);
      it.opts.validateSchema !== !1 && it.self.validateSchema(macroSchema, !0);
      let valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: !0
      }, valid), cxt.pass(valid, () => cxt.error(!0));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      let { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      let validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate, validateRef = useKeyword(gen, keyword, validate), valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword), cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === !1)
          assignValid(), def.modifying && modifyData(cxt), reportErrs(() => cxt.error());
        else {
          let ruleErrs = def.async ? validateAsync() : validateSync();
          def.modifying && modifyData(cxt), reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        let ruleErrs = gen.let("ruleErrs", null);
        return gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, !1).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e))), ruleErrs;
      }
      function validateSync() {
        let validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        return gen.assign(validateErrs, null), assignValid(codegen_1.nil), validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        let passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self, passSchema = !("compile" in def && !$data || def.schema === !1);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      let { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      let { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`), (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = !1) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema > "u");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword)
        throw new Error("ajv implementation error");
      let deps = def.dependencies;
      if (deps?.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd)))
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      if (def.validateSchema && !def.validateSchema(schema[keyword])) {
        let msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
        if (opts.validateSchema === "log")
          self.logger.error(msg);
        else
          throw new Error(msg);
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0)
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      if (keyword !== void 0) {
        let sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0)
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0)
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      let { gen } = it;
      if (dataProp !== void 0) {
        let { errorPath, dataPathArr, opts } = it, nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, !0);
        dataContextProps(nextData), subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`, subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`, subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        let nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, !0);
        dataContextProps(nextData), propertyName !== void 0 && (subschema.propertyName = propertyName);
      }
      dataTypes && (subschema.dataTypes = dataTypes);
      function dataContextProps(_nextData) {
        subschema.data = _nextData, subschema.dataLevel = it.dataLevel + 1, subschema.dataTypes = [], it.definedProperties = /* @__PURE__ */ new Set(), subschema.parentData = it.data, subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      compositeRule !== void 0 && (subschema.compositeRule = compositeRule), createErrors !== void 0 && (subschema.createErrors = createErrors), allErrors !== void 0 && (subschema.allErrors = allErrors), subschema.jtdDiscriminator = jtdDiscriminator, subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      typeof opts == "function" && (cb = opts, opts = {}), cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      }, post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: !0,
      items: !0,
      contains: !0,
      additionalProperties: !0,
      propertyNames: !0,
      not: !0,
      if: !0,
      then: !0,
      else: !0
    };
    traverse.arrayKeywords = {
      items: !0,
      allOf: !0,
      anyOf: !0,
      oneOf: !0
    };
    traverse.propsKeywords = {
      $defs: !0,
      definitions: !0,
      properties: !0,
      patternProperties: !0,
      dependencies: !0
    };
    traverse.skipKeywords = {
      default: !0,
      enum: !0,
      const: !0,
      required: !0,
      maximum: !0,
      minimum: !0,
      exclusiveMaximum: !0,
      exclusiveMinimum: !0,
      multipleOf: !0,
      maxLength: !0,
      minLength: !0,
      pattern: !0,
      format: !0,
      maxItems: !0,
      minItems: !0,
      uniqueItems: !0,
      maxProperties: !0,
      minProperties: !0
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key2 in schema) {
          var sch = schema[key2];
          if (Array.isArray(sch)) {
            if (key2 in traverse.arrayKeywords)
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key2 + "/" + i, rootSchema, jsonPtr, key2, schema, i);
          } else if (key2 in traverse.propsKeywords) {
            if (sch && typeof sch == "object")
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key2 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key2, schema, prop);
          } else (key2 in traverse.keywords || opts.allKeys && !(key2 in traverse.skipKeywords)) && _traverse(opts, pre, post, sch, jsonPtr + "/" + key2, rootSchema, jsonPtr, key2, schema);
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util(), equal = require_fast_deep_equal(), traverse = require_json_schema_traverse(), SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = !0) {
      return typeof schema == "boolean" ? !0 : limit === !0 ? !hasRef(schema) : limit ? countKeys(schema) <= limit : !1;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (let key2 in schema) {
        if (REF_KEYWORDS.has(key2))
          return !0;
        let sch = schema[key2];
        if (Array.isArray(sch) && sch.some(hasRef) || typeof sch == "object" && hasRef(sch))
          return !0;
      }
      return !1;
    }
    function countKeys(schema) {
      let count = 0;
      for (let key2 in schema) {
        if (key2 === "$ref")
          return 1 / 0;
        if (count++, !SIMPLE_INLINED.has(key2) && (typeof schema[key2] == "object" && (0, util_1.eachItem)(schema[key2], (sch) => count += countKeys(sch)), count === 1 / 0))
          return 1 / 0;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      normalize !== !1 && (id = normalizeId(id));
      let p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      return resolver.serialize(p).split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      return id = normalizeId(id), resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      let { schemaId, uriResolver } = this.opts, schId = normalizeId(schema[schemaId] || baseId), baseIds = { "": schId }, pathPrefix = getFullPath(uriResolver, schId, !1), localRefs = {}, schemaRefs = /* @__PURE__ */ new Set();
      return traverse(schema, { allKeys: !0 }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        let fullPath = pathPrefix + jsonPtr, innerBaseId = baseIds[parentJsonPtr];
        typeof sch[schemaId] == "string" && (innerBaseId = addRef.call(this, sch[schemaId])), addAnchor.call(this, sch.$anchor), addAnchor.call(this, sch.$dynamicAnchor), baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          let _resolve = this.opts.uriResolver.resolve;
          if (ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref), schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          return typeof schOrRef == "string" && (schOrRef = this.refs[schOrRef]), typeof schOrRef == "object" ? checkAmbiguosRef(sch, schOrRef.schema, ref) : ref !== normalizeId(fullPath) && (ref[0] === "#" ? (checkAmbiguosRef(sch, localRefs[ref], ref), localRefs[ref] = sch) : this.refs[ref] = fullPath), ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      }), localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema(), dataType_1 = require_dataType(), applicability_1 = require_applicability(), dataType_2 = require_dataType(), defaults_1 = require_defaults(), keyword_1 = require_keyword(), subschema_1 = require_subschema(), codegen_1 = require_codegen(), names_1 = require_names(), resolve_1 = require_resolve(), util_1 = require_util(), errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it) && (checkKeywords(it), schemaCxtHasRules(it))) {
        topSchemaObjCode(it);
        return;
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      opts.code.es5 ? gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
        gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`), destructureValCxtES5(gen, opts), gen.code(body);
      }) : gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`), gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`), gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`), gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`), opts.dynamicRef && gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`), gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`), gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`), gen.var(names_1.default.rootData, names_1.default.data), opts.dynamicRef && gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      let { schema, opts, gen } = it;
      validateFunction(it, () => {
        opts.$comment && schema.$comment && commentKeyword(it), checkNoDefault(it), gen.let(names_1.default.vErrors, null), gen.let(names_1.default.errors, 0), opts.unevaluated && resetEvaluated(it), typeAndKeywords(it), returnResults(it);
      });
    }
    function resetEvaluated(it) {
      let { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`), gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`)), gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      let schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it) && (checkKeywords(it), schemaCxtHasRules(it))) {
        subSchemaObjCode(it, valid);
        return;
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (let key2 in schema)
        if (self.RULES.all[key2])
          return !0;
      return !1;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      let { schema, gen, opts } = it;
      opts.$comment && schema.$comment && commentKeyword(it), updateContext(it), checkAsyncSchema(it);
      let errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount), gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it), checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], !1, errsCount);
      let types = (0, dataType_1.getSchemaTypes)(it.schema), checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      let { schema, errSchemaPath, opts, self } = it;
      schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES) && self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
    function checkNoDefault(it) {
      let { schema, opts } = it;
      schema.default !== void 0 && opts.useDefaults && opts.strictSchema && (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
    function updateContext(it) {
      let schId = it.schema[it.opts.schemaId];
      schId && (it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId));
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      let msg = schema.$comment;
      if (opts.$comment === !0)
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      else if (typeof opts.$comment == "function") {
        let schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`, rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      let { gen, schemaEnv, validateName, ValidationError, opts } = it;
      schemaEnv.$async ? gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`)) : (gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors), opts.unevaluated && assignEvaluated(it), gen.return((0, codegen_1._)`${names_1.default.errors} === 0`));
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      props instanceof codegen_1.Name && gen.assign((0, codegen_1._)`${evaluated}.props`, props), items instanceof codegen_1.Name && gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      let { gen, schema, data, allErrors, opts, self } = it, { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      opts.jtd || checkStrictTypes(it, types), gen.block(() => {
        for (let group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        (0, applicability_1.shouldUseGroup)(schema, group) && (group.type ? (gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers)), iterateKeywords(it, group), types.length === 1 && types[0] === group.type && typeErrors && (gen.else(), (0, dataType_2.reportTypeError)(it)), gen.endIf()) : iterateKeywords(it, group), allErrors || gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`));
      }
    }
    function iterateKeywords(it, group) {
      let { gen, schema, opts: { useDefaults } } = it;
      useDefaults && (0, defaults_1.assignDefaults)(it, group.type), gen.block(() => {
        for (let rule of group.rules)
          (0, applicability_1.shouldUseRule)(schema, rule) && keywordCode(it, rule.keyword, rule.definition, group.type);
      });
    }
    function checkStrictTypes(it, types) {
      it.schemaEnv.meta || !it.opts.strictTypes || (checkContextTypes(it, types), it.opts.allowUnionTypes || checkMultipleTypes(it, types), checkKeywordTypes(it, it.dataTypes));
    }
    function checkContextTypes(it, types) {
      if (types.length) {
        if (!it.dataTypes.length) {
          it.dataTypes = types;
          return;
        }
        types.forEach((t) => {
          includesType(it.dataTypes, t) || strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }), narrowSchemaTypes(it, types);
      }
    }
    function checkMultipleTypes(it, ts) {
      ts.length > 1 && !(ts.length === 2 && ts.includes("null")) && strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
    function checkKeywordTypes(it, ts) {
      let rules2 = it.self.RULES.all;
      for (let keyword in rules2) {
        let rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          let { type } = rule.definition;
          type.length && !type.some((t) => hasApplicableType(ts, t)) && strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      let ts = [];
      for (let t of it.dataTypes)
        includesType(withTypes, t) ? ts.push(t) : withTypes.includes("integer") && t === "number" && ts.push("integer");
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      let schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`, (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        if ((0, keyword_1.validateKeywordUsage)(it, def, keyword), this.gen = it.gen, this.allErrors = it.allErrors, this.keyword = keyword, this.data = it.data, this.schema = it.schema[keyword], this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data, this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data), this.schemaType = def.schemaType, this.parentSchema = it.schema, this.params = {}, this.it = it, this.def = def, this.$data)
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        else if (this.schemaCode = this.schemaValue, !(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined))
          throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
        ("code" in def ? def.trackErrors : def.errors !== !1) && (this.errsCount = it.gen.const("_errs", names_1.default.errors));
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition), failAction ? failAction() : this.error(), successAction ? (this.gen.else(), successAction(), this.allErrors && this.gen.endIf()) : this.allErrors ? this.gen.endIf() : this.gen.else();
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error(), this.allErrors || this.gen.if(!1);
          return;
        }
        this.gen.if(condition), this.error(), this.allErrors ? this.gen.endIf() : this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        let { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams), this._error(append, errorPaths), this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        this.allErrors || this.gen.if(cond);
      }
      setParams(obj, assign) {
        assign ? Object.assign(this.params, obj) : this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid), codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        let { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid)), valid !== codegen_1.nil && gen.assign(valid, !0), (schemaType.length || def.validateSchema) && (gen.elseIf(this.invalid$data()), this.$dataError(), valid !== codegen_1.nil && gen.assign(valid, !1)), gen.else();
      }
      invalid$data() {
        let { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            let st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            let validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        let subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl), (0, subschema_1.extendSubschemaMode)(subschema, appl);
        let nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        return subschemaCode(nextContext, valid), nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        let { it, gen } = this;
        it.opts.unevaluated && (it.props !== !0 && schemaCxt.props !== void 0 && (it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName)), it.items !== !0 && schemaCxt.items !== void 0 && (it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName)));
      }
      mergeValidEvaluated(schemaCxt, valid) {
        let { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== !0 || it.items !== !0))
          return gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name)), !0;
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      let cxt = new KeywordCxt(it, def, keyword);
      "code" in def ? def.code(cxt, ruleType) : cxt.$data && def.validate ? (0, keyword_1.funcKeywordCode)(cxt, def) : "macro" in def ? (0, keyword_1.macroKeywordCode)(cxt, def) : (def.compile || def.validate) && (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/, RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer, data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data, data = names_1.default.rootData;
      } else {
        let matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        let up = +matches[1];
        if (jsonPointer = matches[2], jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        if (data = dataNames[dataLevel - up], !jsonPointer)
          return data;
      }
      let expr = data, segments = jsonPointer.split("/");
      for (let segment of segments)
        segment && (data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`, expr = (0, codegen_1._)`${expr} && ${data}`);
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed"), this.errors = errors, this.ajv = this.validation = !0;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var resolve_1 = require_resolve(), MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`), this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref), this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen(), validation_error_1 = require_validation_error(), names_1 = require_names(), resolve_1 = require_resolve(), util_1 = require_util(), validate_1 = require_validate(), SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {}, this.dynamicAnchors = {};
        let schema;
        typeof env.schema == "object" && (schema = env.schema), this.schema = env.schema, this.schemaId = env.schemaId, this.root = env.root || this, this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema?.[env.schemaId || "$id"]), this.schemaPath = env.schemaPath, this.localRefs = env.localRefs, this.meta = env.meta, this.$async = schema?.$async, this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      let _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      let rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId), { es5, lines } = this.opts.code, { ownProperties } = this.opts, gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties }), _ValidationError;
      sch.$async && (_ValidationError = gen.scopeValue("Error", {
        ref: validation_error_1.default,
        code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
      }));
      let validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      let schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === !0 ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      }, sourceCode;
      try {
        this._compilations.add(sch), (0, validate_1.validateFunctionCode)(schemaCxt), gen.optimize(this.opts.code.optimize);
        let validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`, this.opts.code.process && (sourceCode = this.opts.code.process(sourceCode, sch));
        let validate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode)(this, this.scope.get());
        if (this.scope.value(validateName, { ref: validate }), validate.errors = null, validate.schema = sch.schema, validate.schemaEnv = sch, sch.$async && (validate.$async = !0), this.opts.code.source === !0 && (validate.source = { validateName, validateCode, scopeValues: gen._values }), this.opts.unevaluated) {
          let { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          }, validate.source && (validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated));
        }
        return sch.validate = validate, sch;
      } catch (e) {
        throw delete sch.validate, delete sch.validateName, sourceCode && this.logger.error("Error compiling schema, function code:", sourceCode), e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      let schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve8.call(this, root, ref);
      if (_sch === void 0) {
        let schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref], { schemaId } = this.opts;
        schema && (_sch = new SchemaEnv({ schema, schemaId, root, baseId }));
      }
      if (_sch !== void 0)
        return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      return (0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs) ? sch.schema : sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (let sch of this._compilations)
        if (sameSchemaEnv(sch, schEnv))
          return sch;
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve8(root, ref) {
      let sch;
      for (; typeof (sch = this.refs[ref]) == "string"; )
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      let p = this.opts.uriResolver.parse(ref), refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p), baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId)
        return getJsonPointer.call(this, p, root);
      let id = (0, resolve_1.normalizeId)(refPath), schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        let sch = resolveSchema.call(this, root, schOrRef);
        return typeof sch?.schema != "object" ? void 0 : getJsonPointer.call(this, p, sch);
      }
      if (typeof schOrRef?.schema == "object") {
        if (schOrRef.validate || compileSchema.call(this, schOrRef), id === (0, resolve_1.normalizeId)(ref)) {
          let { schema } = schOrRef, { schemaId } = this.opts, schId = schema[schemaId];
          return schId && (baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId)), new SchemaEnv({ schema, schemaId, root, baseId });
        }
        return getJsonPointer.call(this, p, schOrRef);
      }
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (let part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema == "boolean")
          return;
        let partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        let schId = typeof schema == "object" && schema[this.opts.schemaId];
        !PREVENT_SCOPE_CHANGE.has(part) && schId && (baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId));
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        let $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      let { schemaId } = this.opts;
      if (env = env || new SchemaEnv({ schema, schemaId, root, baseId }), env.schema !== env.root.schema)
        return env;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: !1
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu), isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u), isPort = RegExp.prototype.test.bind(/^\d*$/u), isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu), isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu), isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u), isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u), isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u), BYTE_HEX = new Array(256);
    {
      let HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++)
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
    }
    function percentEncodeNonAscii(cp2) {
      return cp2 < 2048 ? BYTE_HEX[192 | cp2 >> 6] + BYTE_HEX[128 | cp2 & 63] : cp2 < 65536 ? BYTE_HEX[224 | cp2 >> 12] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63] : BYTE_HEX[240 | cp2 >> 18] + BYTE_HEX[128 | cp2 >> 12 & 63] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "", code = 0, i = 0;
      for (i = 0; i < input.length; i++)
        if (code = input[i].charCodeAt(0), code !== 48) {
          if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102))
            return "";
          acc += input[i];
          break;
        }
      for (i += 1; i < input.length; i++) {
        if (code = input[i].charCodeAt(0), !(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102))
          return "";
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/), isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/), isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/), nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return !1;
      for (let i = 0; i < zone.length; i++)
        if (!isZoneCharacter(zone[i])) {
          if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
            i += 2;
            continue;
          }
          return !1;
        }
      return !0;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1, bestLength = 0, runStart = -1, runLength = 0;
      for (let i = 0; i < hextets.length; i++)
        hextets[i] === "0" ? (runStart === -1 && (runStart = i), runLength++, runLength > bestLength && (bestLength = runLength, bestStart = runStart)) : (runStart = -1, runLength = 0);
      if (bestLength < 2) return hextets.join(":");
      let head = hextets.slice(0, bestStart).join(":"), tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      let compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return;
      let left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":"), right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      compression !== -1 && (left.length === 1 && left[0] === "" && (left.length = 0), right.length === 1 && right[0] === "" && (right.length = 0));
      let parts = left.concat(right), hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        let part = parts[i];
        if (part === "") return;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return;
        parts[i] = parseInt(part, 16).toString(16), hextetCount++;
      }
      if (compression === -1)
        return hextetCount !== 8 ? void 0 : compressIPv6ZeroRun(parts);
      if (hextetCount >= 8) return;
      let expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      let bracketed = host[0] === "[" && host[host.length - 1] === "]";
      if ((host[0] === "[" || host[host.length - 1] === "]") && !bracketed) return { host, isIPV6: !1, error: !0 };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input))
        return input = input.toLowerCase(), { host: `[${input}]`, escapedHost: input, isIPV6: !1, isIPVFuture: !0 };
      if (findToken(input, ":") < 2)
        return { host, isIPV6: !1, error: bracketed };
      let zoneIdentifier = "", zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        let separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        if (zoneIdentifier = input.slice(zoneSeparator + separatorLength), !isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: !1, error: !0 };
        input = input.slice(0, zoneSeparator);
      }
      let address = normalizeIPv6Address(input);
      return address === void 0 ? { host, isIPV6: !1, error: !0 } : {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: !0
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++)
        str[i] === token && ind++;
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2, output = [], nextSlash = -1, len = 0;
      for (; len = input.length; ) {
        if (len === 1) {
          if (input === ".")
            break;
          if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".")
              break;
            if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/" && (input[1] === "." || input[1] === "/")) {
            output.push("/");
            break;
          }
        } else if (len === 3 && input === "/..") {
          output.length !== 0 && output.pop(), output.push("/");
          break;
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/" && input[1] === ".") {
          if (input[2] === "/") {
            input = input.slice(2);
            continue;
          } else if (input[2] === "." && input[3] === "/") {
            input = input.slice(3), output.length !== 0 && output.pop();
            continue;
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else
          output.push(input.slice(0, nextSlash)), input = input.slice(nextSlash);
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/")
        return removeDotSegments(path2);
      let segments = path2.split("/"), last = segments.length - 1, output = [], trailingDirectory = !1;
      for (let i = 0; i <= last; i++) {
        let segment = segments[i];
        segment === "." || segment === ".." ? (segment === ".." && (output.length !== 0 && output[output.length - 1] !== ".." ? output.pop() : output.push("..")), trailingDirectory = i === last) : output.push(segment);
      }
      return trailingDirectory && output[output.length - 1] !== ".." && output.push(""), (output.length === 0 || output[0] === "" || output[0].includes(":")) && output.unshift("."), output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" }, HOST_DELIM_RE = /[@/?#:]/g, HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      let re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      return re.lastIndex = 0, host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = !1) {
      if (input.indexOf("%") === -1)
        return input;
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            let normalizedHex = hex.toUpperCase(), decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            decodeUnreserved && isUnreserved(decoded) ? output += decoded : output += "%" + normalizedHex, i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        let ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            let normalizedHex = hex.toUpperCase(), decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            decoded !== "." && isUnreserved(decoded) ? output += decoded : output += "%" + normalizedHex, i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch))
          output += ch;
        else {
          let code = input.charCodeAt(i);
          if (code < 128)
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          else if (code < 55296 || code > 57343)
            output += percentEncodeNonAscii(code);
          else if (code <= 56319 && i + 1 < input.length) {
            let low = input.charCodeAt(i + 1);
            low >= 56320 && low <= 57343 ? (output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320)), i++) : output += percentEncodeNonAscii(65533);
          } else
            output += percentEncodeNonAscii(65533);
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = !1) {
      let output = "", firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        let ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase(), i += 2;
            continue;
          }
        }
        if (ch === "/" && (firstSegment = !1), isPathCharacter(ch) && (ch !== ":" || !firstSegment))
          output += ch;
        else {
          let code = input.charCodeAt(i);
          if (code < 128)
            output += BYTE_HEX[code];
          else if (code < 55296 || code > 57343)
            output += percentEncodeNonAscii(code);
          else if (code <= 56319 && i + 1 < input.length) {
            let low = input.charCodeAt(i + 1);
            low >= 56320 && low <= 57343 ? (output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320)), i++) : output += percentEncodeNonAscii(65533);
          } else
            output += percentEncodeNonAscii(65533);
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        let ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase(), i += 2;
            continue;
          }
        }
        if (isAllowed(ch))
          output += ch;
        else {
          let code = input.charCodeAt(i);
          if (code < 128)
            output += BYTE_HEX[code];
          else if (code < 55296 || code > 57343)
            output += percentEncodeNonAscii(code);
          else if (code <= 56319 && i + 1 < input.length) {
            let low = input.charCodeAt(i + 1);
            low >= 56320 && low <= 57343 ? (output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320)), i++) : output += percentEncodeNonAscii(65533);
          } else
            output += percentEncodeNonAscii(65533);
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp2) {
      return cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122 || cp2 === 42 || cp2 === 43 || cp2 === 45 || cp2 === 46 || cp2 === 47 || cp2 === 64 || cp2 === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        let ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            let normalizedHex = hex.toUpperCase(), decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            isUnreserved(decoded) ? output += decoded : output += "%" + normalizedHex, i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch))
          output += ch;
        else {
          let code = input.charCodeAt(i);
          if (code < 128)
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          else if (code < 55296 || code > 57343)
            output += percentEncodeNonAscii(code);
          else if (code <= 56319 && i + 1 < input.length) {
            let low = input.charCodeAt(i + 1);
            low >= 56320 && low <= 57343 ? (output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320)), i++) : output += percentEncodeNonAscii(65533);
          } else
            output += percentEncodeNonAscii(65533);
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          let hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase(), i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      let uriTokens = [];
      if (component.userinfo !== void 0 && (uriTokens.push(encodeUserinfo(component.userinfo)), uriTokens.push("@")), component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          ipV6res.isIPV6 !== !0 && ipV6res.isIPVFuture !== !0 && (host = normalizePercentEncoding(host, !0), ipV6res = normalizeIPv6(host)), ipV6res.isIPV6 === !0 || ipV6res.isIPVFuture === !0 ? host = `[${ipV6res.escapedHost}]` : host = reescapeHostDelimiters(host, !1);
        }
        uriTokens.push(host);
      }
      if (typeof component.port == "number" || typeof component.port == "string") {
        let port = String(component.port);
        if (!isPort(port))
          throw new TypeError("URI port is malformed.");
        uriTokens.push(":"), uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils(), URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu, supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      return wsComponent.secure === !0 ? !0 : wsComponent.secure === !1 ? !1 : wsComponent.scheme ? wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S") : !1;
    }
    function httpParse(component) {
      return component.host || (component.error = component.error || "HTTP URIs must have a host."), component;
    }
    function httpSerialize(component) {
      let secure = String(component.scheme).toLowerCase() === "https";
      return (component.port === (secure ? 443 : 80) || component.port === "") && (component.port = void 0), component.path || (component.path = "/"), component;
    }
    function wsParse(wsComponent) {
      return wsComponent.secure = wsIsSecure(wsComponent), wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : ""), wsComponent.path = void 0, wsComponent.query = void 0, wsComponent;
    }
    function wsSerialize(wsComponent) {
      if ((wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") && (wsComponent.port = void 0), typeof wsComponent.secure == "boolean" && (wsComponent.scheme = wsComponent.secure ? "wss" : "ws", wsComponent.secure = void 0), wsComponent.resourceName) {
        let queryIndex = wsComponent.resourceName.indexOf("?"), path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0, wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1), wsComponent.resourceName = void 0;
      }
      return wsComponent.fragment = void 0, wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path)
        return urnComponent.error = "URN can not be parsed", urnComponent;
      let matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        let scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase(), urnComponent.nss = matches[2];
        let urnScheme = `${scheme}:${options.nid || urnComponent.nid}`, schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0, schemeHandler && (urnComponent = schemeHandler.parse(urnComponent, options));
      } else
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0)
        throw new Error("URN without nid cannot be serialized");
      let scheme = options.scheme || urnComponent.scheme || "urn", nid = urnComponent.nid.toLowerCase(), urnScheme = `${scheme}:${options.nid || nid}`, schemeHandler = getSchemeHandler(urnScheme);
      schemeHandler && (urnComponent = schemeHandler.serialize(urnComponent, options));
      let uriComponent = urnComponent, nss = urnComponent.nss;
      return uriComponent.path = `${nid || options.nid}:${nss}`, options.skipEscape = !0, uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      let uuidComponent = urnComponent;
      return uuidComponent.uuid = uuidComponent.nss, uuidComponent.nss = void 0, !options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid)) && (uuidComponent.error = uuidComponent.error || "UUID is not valid."), uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      let urnComponent = uuidComponent;
      return urnComponent.nss = (uuidComponent.uuid || "").toLowerCase(), urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: !0,
        parse: httpParse,
        serialize: httpSerialize
      }
    ), https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    ), ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: !0,
        parse: wsParse,
        serialize: wsSerialize
      }
    ), wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    ), urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: !0
      }
    ), urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: !0
      }
    ), SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils(), { SCHEMES, getSchemeHandler } = require_schemes(), VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u, MALFORMED_SCHEME_ERROR = "URI scheme is malformed.", MALFORMED_HOST_ERROR = "URI host is malformed.", FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      let stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme))
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      return stringScheme;
    }
    function normalize(uri, options) {
      return typeof uri == "string" ? uri = /** @type {T} */
      normalizeString(uri, options) : typeof uri == "object" && (uri = /** @type {T} */
      parse(serialize(uri, options), options)), uri;
    }
    function resolve8(baseURI, relativeURI, options) {
      let schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" }, {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions), {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme)
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      let resolved2 = resolveComponent(baseParsed, relativeParsed, schemelessOptions, !0), resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved2.scheme), resolvedHost = resolved2.host, resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved2, options || {}, resolvedSchemeHandler, resolvedHostIsIP))
        throw new Error(MALFORMED_HOST_ERROR);
      canonicalizeHost(resolved2, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      let encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved2.error && !encodedASCIIHost)
        throw new Error(resolved2.error);
      return schemelessOptions.skipEscape = !0, serialize(resolved2, schemelessOptions);
    }
    function resolveComponent(base, relative6, options, skipNormalization) {
      let target = {};
      if (skipNormalization || (base = parse(serialize(base, options), options), relative6 = parse(serialize(relative6, options), options)), options = options || {}, !options.tolerant && relative6.scheme)
        target.scheme = relative6.scheme, target.userinfo = relative6.userinfo, target.host = relative6.host, target.port = relative6.port, target.path = removeDotSegments(relative6.path || ""), target.query = relative6.query;
      else {
        if (relative6.userinfo !== void 0 || relative6.host !== void 0 || relative6.port !== void 0)
          target.userinfo = relative6.userinfo, target.host = relative6.host, target.port = relative6.port, target.path = removeDotSegments(relative6.path || ""), target.query = relative6.query;
        else {
          if (!relative6.path)
            target.path = base.path, relative6.query !== void 0 ? target.query = relative6.query : target.query = base.query;
          else {
            if (relative6.path[0] === "/")
              target.path = removeDotSegments(relative6.path);
            else {
              let baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              baseHasAuthority && !base.path ? target.path = "/" + relative6.path : base.path ? target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative6.path : target.path = relative6.path, target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative6.query;
          }
          target.userinfo = base.userinfo, target.host = base.host, target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      return target.fragment = relative6.fragment, target;
    }
    function equal(uriA, uriB, options) {
      let normalizedA = normalizeComparableURI(uriA, options), normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      let component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      }, options = Object.assign({}, opts), uriTokens = [];
      component.scheme && (component.scheme = validateScheme(component.scheme));
      let schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      schemeHandler && schemeHandler.serialize && schemeHandler.serialize(component, options);
      let hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0, schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority, pathNoScheme = !options.skipEscape && schemelessReference;
      component.path !== void 0 && (options.skipEscape ? component.path = normalizePercentEncoding(component.path) : component.path = serializePathEncoding(component.path, pathNoScheme)), options.reference !== "suffix" && component.scheme && (component.scheme = validateScheme(component.scheme), uriTokens.push(component.scheme, ":"));
      let authority = recomposeAuthority(component);
      if (authority !== void 0 && (options.reference !== "suffix" && uriTokens.push("//"), uriTokens.push(authority), component.path && component.path[0] !== "/" && uriTokens.push("/")), component.path !== void 0) {
        let s = component.path;
        !options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath) && (s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s)), schemelessReference && (s = serializePathEncoding(s, !0)), authority === void 0 && s[0] === "/" && s[1] === "/" && (s = "/%2F" + s.slice(2)), uriTokens.push(s);
      }
      return component.query !== void 0 && uriTokens.push("?", encodeQuery(component.query)), component.fragment !== void 0 && uriTokens.push("#", encodeFragment(component.fragment)), uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u, AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/, AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/")
        return 'URI path must start with "/" when authority is present.';
      if (typeof parsed.port == "number" && (parsed.port < 0 || parsed.port > 65535))
        return "URI port is malformed.";
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return !1;
      let percent = component.indexOf("%");
      for (; percent !== -1; ) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3)))
          return !0;
        percent = component.indexOf("%", percent + 3);
      }
      return !1;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      let host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP))
        return parsed.error = parsed.error || MALFORMED_HOST_ERROR, !0;
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === !1 && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          return parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e, !0;
        }
        if (!isHostOnlyURL(url))
          return parsed.error = parsed.error || MALFORMED_HOST_ERROR, !0;
        parsed.host = url.hostname;
      }
      return !1;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return !!(parsed.host && isIP === !1 && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host));
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      let options = Object.assign({}, opts), parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      }, malformedAuthorityOrPort = !1, malformedPercentEncoding = !1, malformedSchemeSpecific = !1, malformedHost = !1, malformedIPLiteral = !1, malformedScheme = !1, isIP = !1;
      options.reference === "suffix" && (options.scheme ? uri = options.scheme + ":" + uri : uri = "//" + uri);
      let authorityMatch = uri.match(AUTHORITY_PREFIX);
      authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1 && (parsed.error = "URI authority must not contain a literal backslash.", malformedAuthorityOrPort = !0);
      let introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        let region = introducerMatch[1], normalizedRegion = region.replace(/[\t\n\r]/g, "");
        normalizedRegion.length >= 2 && (normalizedRegion.slice(0, 2) !== "//" ? (parsed.error = parsed.error || "URI authority must not contain a literal backslash.", malformedAuthorityOrPort = !0) : region.length !== normalizedRegion.length && (parsed.error = parsed.error || "URI authority introducer must not contain whitespace.", malformedAuthorityOrPort = !0));
      }
      let matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1], parsed.userinfo = matches[3], parsed.host = matches[4], parsed.port = parseInt(matches[5], 10), parsed.path = matches[6] || "", parsed.query = matches[7], parsed.fragment = matches[8], parsed.scheme !== void 0 && (VALID_SCHEME.test(parsed.scheme) ? parsed.scheme = parsed.scheme.toLowerCase() : (parsed.error = parsed.error || MALFORMED_SCHEME_ERROR, malformedScheme = !0)), malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches), malformedPercentEncoding && (parsed.error = parsed.error || "URI contains malformed percent-encoding."), isNaN(parsed.port) && (parsed.port = matches[5]);
        let parseError = getParseError(parsed, matches);
        if (parseError !== void 0 && (parsed.error = parsed.error || parseError, malformedAuthorityOrPort = !0), parsed.host)
          if (isIPv4(parsed.host) === !1) {
            let bracketedIPLiteral = isIPLiteral(parsed.host), hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1, ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === !0, malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === !0), parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase(), malformedIPLiteral && (parsed.error = parsed.error || MALFORMED_HOST_ERROR, malformedAuthorityOrPort = !0);
          } else
            isIP = !0;
        parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path ? parsed.reference = "same-document" : parsed.scheme === void 0 ? parsed.reference = "relative" : parsed.fragment === void 0 ? parsed.reference = "absolute" : parsed.reference = "uri", options.reference && options.reference !== "suffix" && options.reference !== parsed.reference && (parsed.error = parsed.error || "URI is not a " + options.reference + " reference.");
        let schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (malformedIPLiteral || (malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)), uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, !0);
          isIP || (host = normalizePercentEncoding(host.toLowerCase())), parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) && (parsed.path && (parsed.path = normalizePathEncoding(parsed.path)), parsed.query && (parsed.query = normalizeQueryFragmentEncoding(parsed.query)), parsed.fragment && (parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment))), schemeHandler && schemeHandler.parse && (schemeHandler.parse(parsed, options), schemeHandler === SCHEMES.urn && parsed.nid === void 0 && (malformedSchemeSpecific = !0));
      } else
        parsed.error = parsed.error || "URI can not be parsed.";
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      let { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri != "string" && typeof uri != "object")
        return;
      let value;
      try {
        value = typeof uri == "string" ? uri : serialize(uri, opts);
      } catch {
        return;
      }
      let { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve8,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: !0, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: !0, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: !0, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: !0, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: !0, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: !0, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: !0, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error(), ref_error_1 = require_ref_error(), rules_1 = require_rules(), compile_1 = require_compile(), codegen_2 = require_codegen(), resolve_1 = require_resolve(), dataType_1 = require_dataType(), util_1 = require_util(), $dataRefSchema = require_data(), uri_1 = require_uri(), defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"], EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]), removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    }, deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    }, MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      let s = o.strict, _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize, optimize = _optz === !0 || _optz === void 0 ? 1 : _optz || 0, regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp, uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : !0,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : !0,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : !1,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : !0,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : !0,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : !0,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : !0,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : !0,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : !0,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : !0,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : !0,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {}, this.refs = {}, this.formats = /* @__PURE__ */ Object.create(null), this._compilations = /* @__PURE__ */ new Set(), this._loading = {}, this._cache = /* @__PURE__ */ new Map(), opts = this.opts = { ...opts, ...requiredOptions(opts) };
        let { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines }), this.logger = getLogger(opts.logger);
        let formatOpt = opts.validateFormats;
        opts.validateFormats = !1, this.RULES = (0, rules_1.getRules)(), checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED"), checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn"), this._metaOpts = getMetaSchemaOptions.call(this), opts.formats && addInitialFormats.call(this), this._addVocabularies(), this._addDefaultMetaSchema(), opts.keywords && addInitialKeywords.call(this, opts.keywords), typeof opts.meta == "object" && this.addMetaSchema(opts.meta), addInitialSchemas.call(this), opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        let { $data, meta, schemaId } = this.opts, _dataRefSchema = $dataRefSchema;
        schemaId === "id" && (_dataRefSchema = { ...$dataRefSchema }, _dataRefSchema.id = _dataRefSchema.$id, delete _dataRefSchema.$id), meta && $data && this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], !1);
      }
      defaultMeta() {
        let { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          if (v = this.getSchema(schemaKeyRef), !v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else
          v = this.compile(schemaKeyRef);
        let valid = v(data);
        return "$async" in v || (this.errors = v.errors), valid;
      }
      compile(schema, _meta) {
        let sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function")
          throw new Error("options.loadSchema should be a function");
        let { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          let sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          $ref && !this.getSchema($ref) && await runCompileAsync.call(this, { $ref }, !0);
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            return checkLoaded.call(this, e), await loadMissingSchema.call(this, e.missingSchema), _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref])
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
        }
        async function loadMissingSchema(ref) {
          let _schema = await _loadSchema.call(this, ref);
          this.refs[ref] || await loadMetaSchema.call(this, _schema.$schema), this.refs[ref] || this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          let p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key2, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (let sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema == "object") {
          let { schemaId } = this.opts;
          if (id = schema[schemaId], id !== void 0 && typeof id != "string")
            throw new Error(`schema ${schemaId} must be string`);
        }
        return key2 = (0, resolve_1.normalizeId)(key2 || id), this._checkUnique(key2), this.schemas[key2] = this._addSchema(schema, _meta, key2, _validateSchema, !0), this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key2, _validateSchema = this.opts.validateSchema) {
        return this.addSchema(schema, key2, !0, _validateSchema), this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return !0;
        let $schema;
        if ($schema = schema.$schema, $schema !== void 0 && typeof $schema != "string")
          throw new Error("$schema must be a string");
        if ($schema = $schema || this.opts.defaultMeta || this.defaultMeta(), !$schema)
          return this.logger.warn("meta-schema not available"), this.errors = null, !0;
        let valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          let message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        for (; typeof (sch = getSchEnv.call(this, keyRef)) == "string"; )
          keyRef = sch;
        if (sch === void 0) {
          let { schemaId } = this.opts, root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          if (sch = compile_1.resolveSchema.call(this, root, keyRef), !sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp)
          return this._removeAllSchemas(this.schemas, schemaKeyRef), this._removeAllSchemas(this.refs, schemaKeyRef), this;
        switch (typeof schemaKeyRef) {
          case "undefined":
            return this._removeAllSchemas(this.schemas), this._removeAllSchemas(this.refs), this._cache.clear(), this;
          case "string": {
            let sch = getSchEnv.call(this, schemaKeyRef);
            return typeof sch == "object" && this._cache.delete(sch.schema), delete this.schemas[schemaKeyRef], delete this.refs[schemaKeyRef], this;
          }
          case "object": {
            let cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            return id && (id = (0, resolve_1.normalizeId)(id), delete this.schemas[id], delete this.refs[id]), this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (let def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string")
          keyword = kwdOrDef, typeof def == "object" && (this.logger.warn("these parameters are deprecated, see docs for addKeyword"), def.keyword = keyword);
        else if (typeof kwdOrDef == "object" && def === void 0) {
          if (def = kwdOrDef, keyword = def.keyword, Array.isArray(keyword) && !keyword.length)
            throw new Error("addKeywords: keyword must be string or non-empty array");
        } else
          throw new Error("invalid addKeywords parameters");
        if (checkKeyword.call(this, keyword, def), !def)
          return (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd)), this;
        keywordMetaschema.call(this, def);
        let definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        return (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t))), this;
      }
      getKeyword(keyword) {
        let rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        let { RULES } = this;
        delete RULES.keywords[keyword], delete RULES.all[keyword];
        for (let group of RULES.rules) {
          let i = group.rules.findIndex((rule) => rule.keyword === keyword);
          i >= 0 && group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        return typeof format == "string" && (format = new RegExp(format)), this.formats[name] = format, this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        return !errors || errors.length === 0 ? "No errors" : errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        let rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (let jsonPointer of keywordsJsonPointers) {
          let segments = jsonPointer.split("/").slice(1), keywords = metaSchema;
          for (let seg of segments)
            keywords = keywords[seg];
          for (let key2 in rules2) {
            let rule = rules2[key2];
            if (typeof rule != "object")
              continue;
            let { $data } = rule.definition, schema = keywords[key2];
            $data && schema && (keywords[key2] = schemaOrData(schema));
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (let keyRef in schemas) {
          let sch = schemas[keyRef];
          (!regex || regex.test(keyRef)) && (typeof sch == "string" ? delete schemas[keyRef] : sch && !sch.meta && (this._cache.delete(sch.schema), delete schemas[keyRef]));
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id, { schemaId } = this.opts;
        if (typeof schema == "object")
          id = schema[schemaId];
        else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        let localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        return sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs }), this._cache.set(sch.schema, sch), addSchema && !baseId.startsWith("#") && (baseId && this._checkUnique(baseId), this.refs[baseId] = sch), validateSchema && this.validateSchema(schema, !0), sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id])
          throw new Error(`schema with key or id "${id}" already exists`);
      }
      _compileSchemaEnv(sch) {
        if (sch.meta ? this._compileMetaSchema(sch) : compile_1.compileSchema.call(this, sch), !sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        let currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (let key2 in checkOpts) {
        let opt = key2;
        opt in options && this.logger[log](`${msg}: option ${key2}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      return keyRef = (0, resolve_1.normalizeId)(keyRef), this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      let optsSchemas = this.opts.schemas;
      if (optsSchemas)
        if (Array.isArray(optsSchemas))
          this.addSchema(optsSchemas);
        else
          for (let key2 in optsSchemas)
            this.addSchema(optsSchemas[key2], key2);
    }
    function addInitialFormats() {
      for (let name in this.opts.formats) {
        let format = this.opts.formats[name];
        format && this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (let keyword in defs) {
        let def = defs[keyword];
        def.keyword || (def.keyword = keyword), this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      let metaOpts = { ...this.opts };
      for (let opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === !1)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      let { RULES } = this;
      if ((0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      }), !!def && def.$data && !("code" in def || "validate" in def))
        throw new Error('$data keyword must have "code" or "validate" function');
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      let post = definition?.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      let { RULES } = this, ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (ruleGroup || (ruleGroup = { type: dataType, rules: [] }, RULES.rules.push(ruleGroup)), RULES.keywords[keyword] = !0, !definition)
        return;
      let rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      definition.before ? addBeforeRule.call(this, ruleGroup, rule, definition.before) : ruleGroup.rules.push(rule), RULES.all[keyword] = rule, (_a = definition.implements) === null || _a === void 0 || _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      let i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      i >= 0 ? ruleGroup.rules.splice(i, 0, rule) : (ruleGroup.rules.push(rule), this.logger.warn(`rule ${before} is not defined`));
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      metaSchema !== void 0 && (def.$data && this.opts.$data && (metaSchema = schemaOrData(metaSchema)), def.validateSchema = this.compile(metaSchema, !0));
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error(), code_1 = require_code2(), codegen_1 = require_codegen(), names_1 = require_names(), compile_1 = require_compile(), util_1 = require_util(), def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        let { gen, schema: $ref, it } = cxt, { baseId, schemaEnv: env, validateName, opts, self } = it, { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        let schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          let rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          let v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          let schName = gen.scopeValue("schema", opts.code.source === !0 ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch }), valid = gen.name("valid"), schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt), cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      let { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      let { gen, it } = cxt, { allErrors, schemaEnv: env, opts } = it, passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      $async ? callAsyncRef() : callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        let valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`), addEvaluatedFrom(v), allErrors || gen.assign(valid, !0);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e)), addErrorsFrom(e), allErrors || gen.assign(valid, !1);
        }), cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        let errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`), gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        let schEvaluated = (_a = sch?.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== !0)
          if (schEvaluated && !schEvaluated.dynamicProps)
            schEvaluated.props !== void 0 && (it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props));
          else {
            let props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        if (it.items !== !0)
          if (schEvaluated && !schEvaluated.dynamicItems)
            schEvaluated.items !== void 0 && (it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items));
          else {
            let items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var id_1 = require_id(), ref_1 = require_ref(), core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), ops = codegen_1.operators, KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    }, error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    }, def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: !0,
      error,
      code(cxt) {
        let { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    }, def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, schemaCode, it } = cxt, prec = it.opts.multipleOfPrecision, res = gen.let("res"), invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), ucs2length_1 = require_ucs2length(), error = {
      message({ keyword, schemaCode }) {
        let comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    }, def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: !0,
      error,
      code(cxt) {
        let { keyword, data, schemaCode, it } = cxt, op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT, len = it.opts.unicode === !1 ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var code_1 = require_code2(), util_1 = require_util(), codegen_1 = require_codegen(), error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    }, def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, $data, schema, schemaCode, it } = cxt, u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          let { regExp } = it.opts.code, regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp), valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, !1)), cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          let regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), error = {
      message({ keyword, schemaCode }) {
        let comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    }, def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: !0,
      error,
      code(cxt) {
        let { keyword, data, schemaCode } = cxt, op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var code_1 = require_code2(), codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    }, def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: !0,
      error,
      code(cxt) {
        let { gen, schema, schemaCode, data, $data, it } = cxt, { opts } = it;
        if (!$data && schema.length === 0)
          return;
        let useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors ? allErrorsMode() : exitOnErrorMode(), opts.strictRequired) {
          let props = cxt.parentSchema.properties, { definedProperties } = cxt.it;
          for (let requiredKey of schema)
            if (props?.[requiredKey] === void 0 && !definedProperties.has(requiredKey)) {
              let schemaPath = it.schemaEnv.baseId + it.errSchemaPath, msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
        }
        function allErrorsMode() {
          if (useLoop || $data)
            cxt.block$data(codegen_1.nil, loopAllRequired);
          else
            for (let prop of schema)
              (0, code_1.checkReportMissingProp)(cxt, prop);
        }
        function exitOnErrorMode() {
          let missing = gen.let("missing");
          if (useLoop || $data) {
            let valid = gen.let("valid", !0);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid)), cxt.ok(valid);
          } else
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing)), (0, code_1.reportMissingProp)(cxt, missing), gen.else();
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop }), gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing }), gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties)), gen.if((0, codegen_1.not)(valid), () => {
              cxt.error(), gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), error = {
      message({ keyword, schemaCode }) {
        let comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    }, def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: !0,
      error,
      code(cxt) {
        let { keyword, data, schemaCode } = cxt, op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var dataType_1 = require_dataType(), codegen_1 = require_codegen(), util_1 = require_util(), equal_1 = require_equal(), error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    }, def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        let valid = gen.let("valid"), itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`), cxt.ok(valid);
        function validateUniqueItems() {
          let i = gen.let("i", (0, codegen_1._)`${data}.length`), j = gen.let("j");
          cxt.setParams({ i, j }), gen.assign(valid, !0), gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          let item = gen.name("item"), wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong), indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`), gen.if(wrongType, (0, codegen_1._)`continue`), itemTypes.length > 1 && gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`), gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`), cxt.error(), gen.assign(valid, !1).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          let eql = (0, util_1.useFunc)(gen, equal_1.default), outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error(), gen.assign(valid, !1).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), equal_1 = require_equal(), error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    }, def = {
      keyword: "const",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, $data, schemaCode, schema } = cxt;
        $data || schema && typeof schema == "object" ? cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`) : cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), equal_1 = require_equal(), error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    }, def = {
      keyword: "enum",
      schemaType: "array",
      $data: !0,
      error,
      code(cxt) {
        let { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        let useLoop = schema.length >= it.opts.loopEnum, eql, getEql = () => eql ?? (eql = (0, util_1.useFunc)(gen, equal_1.default)), valid;
        if (useLoop || $data)
          valid = gen.let("valid"), cxt.block$data(valid, loopEnum);
        else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          let vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, !1), gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, !0).break()));
        }
        function equalCode(vSchema, i) {
          let sch = schema[i];
          return typeof sch == "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var limitNumber_1 = require_limitNumber(), multipleOf_1 = require_multipleOf(), limitLength_1 = require_limitLength(), pattern_1 = require_pattern(), limitProperties_1 = require_limitProperties(), required_1 = require_required(), limitItems_1 = require_limitItems(), uniqueItems_1 = require_uniqueItems(), const_1 = require_const(), enum_1 = require_enum(), validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    }, def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        let { parentSchema, it } = cxt, { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      let { gen, schema, data, keyword, it } = cxt;
      it.items = !0;
      let len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === !1)
        cxt.setParams({ len: items.length }), cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        let valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid)), cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid), it.allErrors || gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util(), code_1 = require_code2(), def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        let { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = !0, !(0, util_1.alwaysValidSchema)(it, schema) && cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      let { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema), it.opts.unevaluated && schArr.length && it.items !== !0 && (it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items));
      let valid = gen.name("valid"), len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        (0, util_1.alwaysValidSchema)(it, sch) || (gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid)), cxt.ok(valid));
      });
      function checkStrictTuple(sch) {
        let { opts, errSchemaPath } = it, l = schArr.length, fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === !1);
        if (opts.strictTuples && !fullTuple) {
          let msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var items_1 = require_items(), def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), code_1 = require_code2(), additionalItems_1 = require_additionalItems(), error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    }, def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        let { schema, parentSchema, it } = cxt, { prefixItems } = parentSchema;
        it.items = !0, !(0, util_1.alwaysValidSchema)(it, schema) && (prefixItems ? (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems) : cxt.ok((0, code_1.validateArray)(cxt)));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    }, def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: !0,
      error,
      code(cxt) {
        let { gen, schema, parentSchema, data, it } = cxt, min, max, { minContains, maxContains } = parentSchema;
        it.opts.next ? (min = minContains === void 0 ? 1 : minContains, max = maxContains) : min = 1;
        let len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (cxt.setParams({ min, max }), max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, '"minContains" == 0 without "maxContains": "contains" keyword ignored');
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, '"minContains" > "maxContains" is always invalid'), cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          max !== void 0 && (cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`), cxt.pass(cond);
          return;
        }
        it.items = !0;
        let valid = gen.name("valid");
        max === void 0 && min === 1 ? validateItems(valid, () => gen.if(valid, () => gen.break())) : min === 0 ? (gen.let(valid, !0), max !== void 0 && gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount)) : (gen.let(valid, !1), validateItemsWithCount()), cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          let schValid = gen.name("_valid"), count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: !0
            }, _valid), block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`), max === void 0 ? gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, !0).break()) : (gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, !1).break()), min === 1 ? gen.assign(valid, !0) : gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, !0)));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen(), util_1 = require_util(), code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        let property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        let [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps), validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      let propertyDeps = {}, schemaDeps = {};
      for (let key2 in schema) {
        if (key2 === "__proto__")
          continue;
        let deps = Array.isArray(schema[key2]) ? propertyDeps : schemaDeps;
        deps[key2] = schema[key2];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      let { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      let missing = gen.let("missing");
      for (let prop in propertyDeps) {
        let deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        let hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        }), it.allErrors ? gen.if(hasProperty, () => {
          for (let depProp of deps)
            (0, code_1.checkReportMissingProp)(cxt, depProp);
        }) : (gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`), (0, code_1.reportMissingProp)(cxt, missing), gen.else());
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      let { gen, data, keyword, it } = cxt, valid = gen.name("valid");
      for (let prop in schemaDeps)
        (0, util_1.alwaysValidSchema)(it, schemaDeps[prop]) || (gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            let schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, !0)
          // TODO var
        ), cxt.ok(valid));
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    }, def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        let { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        let valid = gen.name("valid");
        gen.forIn("key", data, (key2) => {
          cxt.setParams({ propertyName: key2 }), cxt.subschema({
            keyword: "propertyNames",
            data: key2,
            dataTypes: ["string"],
            propertyName: key2,
            compositeRule: !0
          }, valid), gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(!0), it.allErrors || gen.break();
          });
        }), cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var code_1 = require_code2(), codegen_1 = require_codegen(), names_1 = require_names(), util_1 = require_util(), error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    }, def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: !0,
      trackErrors: !0,
      error,
      code(cxt) {
        let { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        let { allErrors, opts } = it;
        if (it.props = !0, opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        let props = (0, code_1.allSchemaProperties)(parentSchema.properties), patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties(), cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key2) => {
            !props.length && !patProps.length ? additionalPropertyCode(key2) : gen.if(isAdditional(key2), () => additionalPropertyCode(key2));
          });
        }
        function isAdditional(key2) {
          let definedProp;
          if (props.length > 8) {
            let propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key2);
          } else props.length ? definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key2} === ${p}`)) : definedProp = codegen_1.nil;
          return patProps.length && (definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key2})`))), (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key2) {
          gen.code((0, codegen_1._)`delete ${data}[${key2}]`);
        }
        function additionalPropertyCode(key2) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === !1) {
            deleteAdditional(key2);
            return;
          }
          if (schema === !1) {
            cxt.setParams({ additionalProperty: key2 }), cxt.error(), allErrors || gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            let valid = gen.name("valid");
            opts.removeAdditional === "failing" ? (applyAdditionalSchema(key2, valid, !1), gen.if((0, codegen_1.not)(valid), () => {
              cxt.reset(), deleteAdditional(key2);
            })) : (applyAdditionalSchema(key2, valid), allErrors || gen.if((0, codegen_1.not)(valid), () => gen.break()));
          }
        }
        function applyAdditionalSchema(key2, valid, errors) {
          let subschema = {
            keyword: "additionalProperties",
            dataProp: key2,
            dataPropType: util_1.Type.Str
          };
          errors === !1 && Object.assign(subschema, {
            compositeRule: !0,
            createErrors: !1,
            allErrors: !1
          }), cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var validate_1 = require_validate(), code_1 = require_code2(), util_1 = require_util(), additionalProperties_1 = require_additionalProperties(), def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        let { gen, schema, parentSchema, data, it } = cxt;
        it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0 && additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        let allProps = (0, code_1.allSchemaProperties)(schema);
        for (let prop of allProps)
          it.definedProperties.add(prop);
        it.opts.unevaluated && allProps.length && it.props !== !0 && (it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props));
        let properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        let valid = gen.name("valid");
        for (let prop of properties)
          hasDefault(prop) ? applyPropertySchema(prop) : (gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties)), applyPropertySchema(prop), it.allErrors || gen.else().var(valid, !0), gen.endIf()), cxt.it.definedProperties.add(prop), cxt.ok(valid);
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var code_1 = require_code2(), codegen_1 = require_codegen(), util_1 = require_util(), util_2 = require_util(), def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        let { gen, schema, data, parentSchema, it } = cxt, { opts } = it, patterns = (0, code_1.allSchemaProperties)(schema), alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === !0))
          return;
        let checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties, valid = gen.name("valid");
        it.props !== !0 && !(it.props instanceof codegen_1.Name) && (it.props = (0, util_2.evaluatedPropsToName)(gen, it.props));
        let { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (let pat of patterns)
            checkProperties && checkMatchingProperties(pat), it.allErrors ? validateProperties(pat) : (gen.var(valid, !0), validateProperties(pat), gen.if(valid));
        }
        function checkMatchingProperties(pat) {
          for (let prop in checkProperties)
            new RegExp(pat).test(prop) && (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key2) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key2})`, () => {
              let alwaysValid = alwaysValidPatterns.includes(pat);
              alwaysValid || cxt.subschema({
                keyword: "patternProperties",
                schemaProp: pat,
                dataProp: key2,
                dataPropType: util_2.Type.Str
              }, valid), it.opts.unevaluated && props !== !0 ? gen.assign((0, codegen_1._)`${props}[${key2}]`, !0) : !alwaysValid && !it.allErrors && gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util(), def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: !0,
      code(cxt) {
        let { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        let valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: !0,
          createErrors: !1,
          allErrors: !1
        }, valid), cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var code_1 = require_code2(), def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: !0,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    }, def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: !0,
      error,
      code(cxt) {
        let { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        let schArr = schema, valid = gen.let("valid", !1), passing = gen.let("passing", null), schValid = gen.name("_valid");
        cxt.setParams({ passing }), gen.block(validateOneOf), cxt.result(valid, () => cxt.reset(), () => cxt.error(!0));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            (0, util_1.alwaysValidSchema)(it, sch) ? gen.var(schValid, !0) : schCxt = cxt.subschema({
              keyword: "oneOf",
              schemaProp: i,
              compositeRule: !0
            }, schValid), i > 0 && gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, !1).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else(), gen.if(schValid, () => {
              gen.assign(valid, !0), gen.assign(passing, i), schCxt && cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util(), def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        let { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        let valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          let schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid), cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), util_1 = require_util(), error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    }, def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: !0,
      error,
      code(cxt) {
        let { gen, parentSchema, it } = cxt;
        parentSchema.then === void 0 && parentSchema.else === void 0 && (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        let hasThen = hasSchema(it, "then"), hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        let valid = gen.let("valid", !0), schValid = gen.name("_valid");
        if (validateIf(), cxt.reset(), hasThen && hasElse) {
          let ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause }), gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else hasThen ? gen.if(schValid, validateClause("then")) : gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        cxt.pass(valid, () => cxt.error(!0));
        function validateIf() {
          let schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: !0,
            createErrors: !1,
            allErrors: !1
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            let schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid), cxt.mergeValidEvaluated(schCxt, valid), ifClause ? gen.assign(ifClause, (0, codegen_1._)`${keyword}`) : cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      let schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util(), def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        parentSchema.if === void 0 && (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var additionalItems_1 = require_additionalItems(), prefixItems_1 = require_prefixItems(), items_1 = require_items(), items2020_1 = require_items2020(), contains_1 = require_contains(), dependencies_1 = require_dependencies(), propertyNames_1 = require_propertyNames(), additionalProperties_1 = require_additionalProperties(), properties_1 = require_properties(), patternProperties_1 = require_patternProperties(), not_1 = require_not(), anyOf_1 = require_anyOf(), oneOf_1 = require_oneOf(), allOf_1 = require_allOf(), if_1 = require_if(), thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = !1) {
      let applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      return draft2020 ? applicator.push(prefixItems_1.default, items2020_1.default) : applicator.push(additionalItems_1.default, items_1.default), applicator.push(contains_1.default), applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    }, def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: !0,
      error,
      code(cxt, ruleType) {
        let { gen, data, $data, schema, schemaCode, it } = cxt, { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        $data ? validate$DataFormat() : validateFormat();
        function validate$DataFormat() {
          let fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          }), fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`), fType = gen.let("fType"), format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef)), cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            return opts.strictSchema === !1 ? codegen_1.nil : (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            let callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`, validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          let formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === !0)
            return;
          let [fmtType, format, fmtRef] = getFormat(formatDef);
          fmtType === ruleType && cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === !1) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            let code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0, fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            return typeof fmtDef == "object" && !(fmtDef instanceof RegExp) ? [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`] : ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var format_1 = require_format(), format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var core_1 = require_core2(), validation_1 = require_validation(), applicator_1 = require_applicator(), format_1 = require_format2(), metadata_1 = require_metadata(), draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2.Tag = "tag", DiscrError2.Mapping = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var codegen_1 = require_codegen(), types_1 = require_types(), compile_1 = require_compile(), ref_error_1 = require_ref_error(), util_1 = require_util(), error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    }, def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        let { gen, data, schema, parentSchema, it } = cxt, { oneOf } = parentSchema;
        if (!it.opts.discriminator)
          throw new Error("discriminator: requires discriminator option");
        let tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        let valid = gen.let("valid", !1), tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(!1, { discrError: types_1.DiscrError.Tag, tag, tagName })), cxt.ok(valid);
        function validateMapping() {
          let mapping = getMapping();
          gen.if(!1);
          for (let tagValue in mapping)
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`), gen.assign(valid, applyTagSchema(mapping[tagValue]));
          gen.else(), cxt.error(!1, { discrError: types_1.DiscrError.Mapping, tag, tagName }), gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          let _valid = gen.name("valid"), schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          return cxt.mergeEvaluated(schCxt, codegen_1.Name), _valid;
        }
        function getMapping() {
          var _a;
          let oneOfMapping = {}, topRequired = hasRequired(parentSchema), tagRequired = !0;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if (sch?.$ref && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              let ref = sch.$ref;
              if (sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref), sch instanceof compile_1.SchemaEnv && (sch = sch.schema), sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            let propSch = (_a = sch?.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object")
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            tagRequired = tagRequired && (topRequired || hasRequired(sch)), addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const)
              addMapping(sch.const, i);
            else if (sch.enum)
              for (let tagValue of sch.enum)
                addMapping(tagValue, i);
            else
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping)
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: !0,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: !0,
        readOnly: {
          type: "boolean",
          default: !1
        },
        examples: {
          type: "array",
          items: !0
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: !0
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: !1
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: !0,
        enum: {
          type: "array",
          items: !0,
          minItems: 1,
          uniqueItems: !0
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: !0
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: !0
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core(), draft7_1 = require_draft7(), discriminator_1 = require_discriminator(), draft7MetaSchema = require_json_schema_draft_07(), META_SUPPORT_DATA = ["/properties"], META_SCHEMA_ID = "http://json-schema.org/draft-07/schema", Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies(), draft7_1.default.forEach((v) => this.addVocabulary(v)), this.opts.discriminator && this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        if (super._addDefaultMetaSchema(), !this.opts.meta)
          return;
        let metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, !1), this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: !0, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: !0, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: !0, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: !0, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: !0, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: !0, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: !0, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: !0, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: !0, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias"), DOC = Symbol.for("yaml.document"), MAP = Symbol.for("yaml.map"), PAIR = Symbol.for("yaml.pair"), SCALAR = Symbol.for("yaml.scalar"), SEQ = Symbol.for("yaml.seq"), NODE_TYPE = Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = Symbol("break visit"), SKIP = Symbol("skip children"), REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path2) {
      let ctrl = callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path2, ctrl), visit_(key2, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path2) {
      let ctrl = await callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path2, ctrl), visitAsync_(key2, ctrl, visitor, path2);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key2, node, visitor, path2) {
      if (typeof visitor == "function")
        return visitor(key2, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path2);
    }
    function replaceNode(key2, path2, node) {
      let parent = path2[path2.length - 1];
      if (identity.isCollection(parent))
        parent.items[key2] = node;
      else if (identity.isPair(parent))
        key2 === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        let k = path2[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 == "object" && !!path2[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          let [key2, ...rest] = path2, node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        let [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key2);
        let node = this.get(key2, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        let [key2, ...rest] = path2, node = this.get(key2, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        let [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key2);
        let node = this.get(key2, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        let [key2, ...rest] = path2;
        if (rest.length === 0)
          this.set(key2, value);
        else {
          let node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key2, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key2, value2] of srcMap)
        map instanceof Map ? map.has(key2) || map.set(key2, value2) : map instanceof Set ? map.add(key2) : Object.prototype.hasOwnProperty.call(map, key2) || Object.defineProperty(map, key2, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key2, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key2, value, ctx) {
      let k = createNode.createNode(key2, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key2, this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        return identity.isNode(key2) && (key2 = key2.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        let pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key2) {
      let k = identity.isScalar(key2) ? key2.value : key2;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key2 || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key2, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key2, value] of obj)
            add(key2, value);
        else if (obj && typeof obj == "object")
          for (let key2 of Object.keys(obj))
            add(key2, obj[key2]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        identity.isPair(pair2) ? _pair = pair2 : !pair2 || typeof pair2 != "object" || !("key" in pair2) ? _pair = new Pair.Pair(pair2, pair2?.value) : _pair = new Pair.Pair(pair2.key, pair2.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key2) {
        let it = findPair(this.items, key2);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key2, keepScalar) {
        let node = findPair(this.items, key2)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        let idx = asItemIndex(key2);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key2, keepScalar) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        let idx = asItemIndex(key2);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool2 = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair2.value ?? pair2.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair2;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key2, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key2 = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key2 = keys[0], value = it[key2];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key2 = it;
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair2 of this.items) {
          let key2, value;
          if (identity.isPair(pair2) ? (key2 = toJS.toJS(pair2.key, "", ctx), value = toJS.toJS(pair2.value, key2, ctx)) : key2 = toJS.toJS(pair2, "", ctx), map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key: key2 } of pairs$1.items)
          identity.isScalar(key2) && (seenKeys.includes(key2.value) ? onError(`Ordered maps must not include duplicate keys: ${key2.value}`) : seenKeys.push(key2.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair2;
        identity.isPair(key2) ? pair2 = key2 : key2 && typeof key2 == "object" && "key" in key2 && "value" in key2 && key2.value === null ? pair2 = new Pair.Pair(key2.key, null) : pair2 = new Pair.Pair(key2, null), YAMLMap.findPair(this.items, pair2.key) || this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        let pair2 = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key2, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key2);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key2));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool2 = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool2 = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        assertCollection(this.contents) && this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        let k = this.createNode(key2, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path2) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        return Collection.isEmptyPath(path2) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        return Collection.isEmptyPath(path2) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path2) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key2], value) : assertCollection(this.contents) && this.contents.set(key2, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        Collection.isEmptyPath(path2) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value) : assertCollection(this.contents) && this.contents.setIn(path2, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer2 = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer2}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes(`
`))
            return !0;
          if (key2.end) {
            for (let st of key2.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key2.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key: key2, sep: sep3, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2 && (key2.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key2 && key2.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) && onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair2 = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map.items.push(pair2);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map.items.push(pair2);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep3 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep3 + cb : comment = cb, sep3 = "";
              break;
            }
            case "newline":
              comment && (sep3 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key: key2, sep: sep3, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2) && onError(
            key2,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key2) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (let st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair2.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair2);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair2);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep3 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep3 + indent.slice(trimIndent) + content, sep3 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep3 === " " ? sep3 = `
` : !prevMoreIndented && sep3 === `
` && (sep3 = `

`), value += sep3 + indent.slice(trimIndent) + content, sep3 = `
`, prevMoreIndented = !0) : content === "" ? sep3 === `
` ? value += `
` : sep3 = `
` : (value += sep3 + content, sep3 = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep3 = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep3 === `
` ? res += sep3 : sep3 = `
` : (res += sep3 + lm, sep3 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document2.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document2 = require_Document(), errors = require_errors2(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document2.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors2(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key2 of Object.keys(token))
          key2 !== "type" && key2 !== "offset" && delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key2 of Object.keys(token))
            key2 !== "type" && key2 !== "offset" && delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep3, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key2 && (res += stringifyToken(key2)), sep3)
        for (let st of sep3)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit"), SKIP = Symbol("skip children"), REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (let [field, index] of path2) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      let parent = visit.itemAtPath(cst, path2.slice(0, -1)), field = path2[path2.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path2));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM2 = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i)
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep3;
          scalar.end ? (sep3 = scalar.end, sep3.push(this.sourceToken), delete scalar.end) : sep3 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key2 = it.key, sep3 = it.sep;
                    sep3.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: key2, sep: sep3 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs3 = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs3, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs3) : (Object.assign(it, { key: fs3, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs3 = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs3, sep: [] }) : it.sep ? this.stack.push(fs3) : Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          // fallthrough
          case "space":
          case "comment":
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document2 = require_Document(), errors = require_errors2(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document2 = require_Document(), Schema = require_Schema(), errors = require_errors2(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/config/parse.ts
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) text.charCodeAt(i) === 10 && line++;
  return line;
}
function locator(doc, text) {
  return (segments) => {
    if (doc)
      for (let n = segments.length; n >= 0; n--) {
        let range = (n === 0 ? doc.contents : doc.getIn(segments.slice(0, n).map(key), !0))?.range;
        if (range) return lineAt(text, range[0]);
      }
  };
}
function key(segment) {
  return typeof segment == "string" && /^\d+$/.test(segment) ? Number(segment) : segment;
}
function yamlErrorMessage(message) {
  return message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseYamlText(text, file) {
  text = text.replace(/^\uFEFF/, "");
  let doc = (0, import_yaml.parseDocument)(text, { prettyErrors: !0 });
  if (doc.errors.length > 0) {
    let err = doc.errors[0], pos = err.linePos?.[0], where = pos ? `:${pos.line}:${pos.col}` : "";
    throw new ConfigError(`${file}${where}: YAML syntax error: ${yamlErrorMessage(err.message)}`, file);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 1e3 });
  } catch (e) {
    throw new ConfigError(`${file}: YAML error: ${yamlErrorMessage(e.message)}`, file);
  }
  return rejectNonFinite(data, file), { data, locate: locator(doc, text) };
}
function rejectNonFinite(data, file) {
  let stack = [{ value: data, path: [] }];
  for (; stack.length; ) {
    let { value, path: path2 } = stack.pop();
    if (typeof value == "number" && !Number.isFinite(value))
      throw new ConfigError(`${file}: ${path2.length ? path2.join(" > ") : "the config"}: must be a finite number, not ${value}`, file);
    if (value && typeof value == "object")
      for (let [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path2, k] });
  }
}
function parseJsonText(text, file) {
  text = text.replace(/^\uFEFF/, "");
  let doc, yamlDoc = () => {
    if (doc === void 0)
      try {
        let d = (0, import_yaml.parseDocument)(text, { prettyErrors: !0 });
        doc = d.errors.length === 0 ? d : null;
      } catch {
        doc = null;
      }
    return doc;
  }, data;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch (e) {
    let message = e.message, where = "", at = /at position (\d+)/.exec(message), lc = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (at) where = `:${lineAt(text, Number(at[1]))}`;
    else {
      let pos = (0, import_yaml.parseDocument)(text, { prettyErrors: !0 }).errors[0]?.linePos?.[0];
      pos && (where = `:${pos.line}:${pos.col}`);
    }
    let clean = message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/, "");
    throw new ConfigError(`${file}${where}: JSON syntax error: ${clean}`, file);
  }
  return rejectNonFinite(data, file), {
    data,
    locate: (segments) => locator(yamlDoc() ?? null, text)(segments)
  };
}
function parseConfigText(text, file, path2) {
  return /\.json$/i.test(path2) ? parseJsonText(text, file) : parseYamlText(text, file);
}
var import_yaml, init_parse = __esm({
  "src/config/parse.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_errors();
  }
});

// src/config/hadolint.ts
function toDflintSeverity(s) {
  return s === "style" ? "info" : s;
}
function maxSeverity(a, b) {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}
function hadolintCodes(rule) {
  let codes = [];
  for (let r of rule.related ?? [])
    r.toLowerCase().startsWith("hadolint:") && codes.push(r.slice(9).trim().toUpperCase());
  return codes;
}
function codeDefault(code, rule) {
  let s = HADOLINT_DEFAULT_SEVERITY[code];
  return s === void 0 ? rule.severity : toDflintSeverity(s);
}
function hadolintPresetSeverity(rule) {
  if (rule.id === SHELLCHECK_RULE) return rule.severity;
  let sev = "off";
  for (let code of hadolintCodes(rule)) sev = maxSeverity(sev, codeDefault(code, rule));
  return sev;
}
function isHadolintConfig(data, dflintKeys) {
  if (data === null || typeof data != "object" || Array.isArray(data)) return !1;
  let keys = Object.keys(data);
  return keys.some((k) => HADOLINT_KEYS.includes(k)) && !keys.some((k) => dflintKeys.includes(k));
}
function fail(file, locate, segments, message) {
  let line = locate?.(segments);
  throw new ConfigError(
    `${file}: ${segments.join(" > ")}: ${message}${line !== void 0 ? ` (line ${line})` : ""}`,
    file
  );
}
function codeList(value, file, locate, segments) {
  if (value == null) return [];
  let items = typeof value == "string" ? [value] : value;
  return Array.isArray(items) || fail(file, locate, segments, "must be a list of rule codes"), items.map((item, i) => (typeof item != "string" && fail(file, locate, [...segments, i], "must be a rule code such as DL3006"), item.trim().toUpperCase()));
}
function stringList(value, file, locate, segments) {
  let items = typeof value == "string" ? [value] : value;
  return Array.isArray(items) || fail(file, locate, segments, "must be a list of strings"), items.map((item, i) => (typeof item != "string" && fail(file, locate, [...segments, i], "must be a string"), item));
}
function bool(value, file, locate, key2) {
  return typeof value != "boolean" && fail(file, locate, [key2], "must be true or false"), value;
}
function convertHadolintConfig(data, rules2, file = ".hadolint.yaml", locate) {
  if (data == null && (data = {}), typeof data != "object" || Array.isArray(data))
    throw new ConfigError(`${file}: must be a mapping of hadolint settings`, file);
  let raw = data, notes = [], config = { extends: "hadolint" }, ignored = new Set(codeList(raw.ignored, file, locate, ["ignored"])), overrides = /* @__PURE__ */ new Map();
  if (raw.override !== void 0 && raw.override !== null) {
    (typeof raw.override != "object" || Array.isArray(raw.override)) && fail(file, locate, ["override"], "must be a mapping of error/warning/info/style to lists of codes");
    let ov = raw.override;
    for (let key2 of Object.keys(ov))
      HADOLINT_SEVERITY_ORDER.includes(key2) || fail(file, locate, ["override", key2], "unknown level; use error, warning, info or style");
    for (let level of [...HADOLINT_SEVERITY_ORDER].reverse())
      for (let code of codeList(ov[level], file, locate, ["override", level])) overrides.set(code, level);
  }
  let rulesConfig = {}, ruleReasons = {}, covered = /* @__PURE__ */ new Set();
  for (let rule of rules2) {
    let codes = hadolintCodes(rule);
    if (codes.length === 0) continue;
    let effective = "off", reasons = [];
    for (let code of codes) {
      covered.add(code);
      let sev;
      ignored.has(code) ? (sev = "off", reasons.push(`${code} ignored`)) : overrides.has(code) ? (sev = toDflintSeverity(overrides.get(code)), reasons.push(`${code} overridden to ${overrides.get(code)}`)) : sev = codeDefault(code, rule), effective = maxSeverity(effective, sev);
    }
    let preset = hadolintPresetSeverity(rule), ignoredCodes2 = codes.filter((c) => ignored.has(c));
    ignoredCodes2.length > 0 && effective !== "off" && notes.push(
      `${ignoredCodes2.join(", ")} ignored: rule '${rule.id}' also covers ${codes.filter((c) => !ignored.has(c)).join(", ")}, so it stays on (at ${effective}) and only its ${ignoredCodes2.join(", ")} findings are dropped (ignoreCodes)`
    ), effective !== preset && (rulesConfig[rule.id] = effective, ruleReasons[rule.id] = `hadolint ${reasons.join(", ")}`);
  }
  let ignoredCodes = [...ignored].filter((code) => /^[A-Z0-9]+$/.test(code));
  ignoredCodes.length > 0 && (config.ignoreCodes = ignoredCodes.map((code) => `hadolint:${code}`));
  for (let code of /* @__PURE__ */ new Set([...ignored, ...overrides.keys()]))
    code.startsWith("SC") || covered.has(code) || notes.push(`no dflint rule covers ${code}; its ${ignored.has(code) ? "ignore" : "override"} has no effect`);
  Object.keys(rulesConfig).length > 0 && (config.rules = rulesConfig);
  let threshold = raw["failure-threshold"];
  if (threshold != null) {
    let levels = ["error", "warning", "info", "style", "ignore", "none"];
    (typeof threshold != "string" || !levels.includes(threshold.toLowerCase())) && fail(file, locate, ["failure-threshold"], `must be one of: ${levels.join(", ")}`);
    let t = threshold.toLowerCase();
    config.failLevel = t === "error" || t === "warning" ? t : "info";
  } else
    config.failLevel = "info";
  raw["no-fail"] !== void 0 && raw["no-fail"] !== null && bool(raw["no-fail"], file, locate, "no-fail") && (config.failLevel = "none");
  let settings2 = {};
  raw.trustedRegistries !== void 0 && raw.trustedRegistries !== null && (settings2.trustedRegistries = stringList(raw.trustedRegistries, file, locate, ["trustedRegistries"]));
  let labelSchema = raw["label-schema"];
  if (labelSchema != null) {
    (typeof labelSchema != "object" || Array.isArray(labelSchema)) && fail(file, locate, ["label-schema"], "must be a mapping of label name to type");
    let out = {};
    for (let [label, type] of Object.entries(labelSchema))
      (typeof type != "string" || !LABEL_TYPES.includes(type)) && fail(file, locate, ["label-schema", label], `must be one of: ${LABEL_TYPES.join(", ")}`), out[label] = type;
    settings2.labelSchema = out;
  }
  raw["strict-labels"] !== void 0 && raw["strict-labels"] !== null && (settings2.strictLabels = bool(raw["strict-labels"], file, locate, "strict-labels")), Object.keys(settings2).length > 0 && (config.settings = settings2), raw["disable-ignore-pragma"] !== void 0 && raw["disable-ignore-pragma"] !== null && bool(raw["disable-ignore-pragma"], file, locate, "disable-ignore-pragma") && (config.inlineIgnores = !1);
  for (let key2 of Object.keys(raw))
    HADOLINT_KEYS.includes(key2) ? OUTPUT_ONLY_KEYS.has(key2) && notes.push(`'${key2}' is an output option; use dflint's command-line flags instead`) : notes.push(`unknown key '${key2}' ignored (as hadolint does)`);
  return { config, notes, ruleReasons };
}
var import_yaml2, HADOLINT_DEFAULT_SEVERITY, HADOLINT_KEYS, OUTPUT_ONLY_KEYS, HADOLINT_SEVERITY_ORDER, SHELLCHECK_RULE, init_hadolint = __esm({
  "src/config/hadolint.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_types();
    init_errors();
    init_parse();
    init_schema();
    HADOLINT_DEFAULT_SEVERITY = {
      DL1000: "error",
      // parse error pseudo-rule
      DL1001: "off",
      DL3000: "error",
      DL3001: "info",
      DL3002: "warning",
      DL3003: "warning",
      DL3004: "error",
      DL3006: "warning",
      DL3007: "warning",
      DL3008: "warning",
      DL3009: "info",
      DL3010: "info",
      DL3011: "error",
      DL3012: "error",
      DL3013: "warning",
      DL3014: "warning",
      DL3015: "info",
      DL3016: "warning",
      DL3018: "warning",
      DL3019: "info",
      DL3020: "error",
      DL3021: "error",
      DL3022: "warning",
      DL3023: "error",
      DL3024: "error",
      DL3025: "warning",
      DL3026: "error",
      // only does anything with trustedRegistries
      DL3027: "warning",
      DL3028: "warning",
      DL3029: "warning",
      DL3030: "warning",
      DL3032: "warning",
      DL3033: "warning",
      DL3034: "warning",
      DL3035: "warning",
      DL3036: "warning",
      DL3037: "warning",
      DL3038: "warning",
      DL3040: "warning",
      DL3041: "warning",
      DL3042: "warning",
      DL3043: "error",
      DL3044: "error",
      DL3045: "warning",
      DL3046: "warning",
      DL3047: "info",
      DL3048: "style",
      DL3049: "info",
      // DL3049-DL3058: only with label-schema
      DL3050: "info",
      // only with strict-labels
      DL3051: "warning",
      DL3052: "warning",
      DL3053: "warning",
      DL3054: "warning",
      DL3055: "warning",
      DL3056: "warning",
      DL3057: "off",
      DL3058: "warning",
      DL3059: "info",
      DL3060: "info",
      DL3061: "error",
      DL3062: "warning",
      DL3063: "warning",
      DL3064: "warning",
      DL3065: "warning",
      DL3066: "info",
      DL3067: "warning",
      DL4000: "error",
      DL4001: "warning",
      DL4003: "warning",
      DL4004: "error",
      DL4005: "warning",
      DL4006: "warning"
    }, HADOLINT_KEYS = [
      "ignored",
      "override",
      "failure-threshold",
      "trustedRegistries",
      "label-schema",
      "strict-labels",
      "disable-ignore-pragma",
      "no-fail",
      "no-color",
      "format",
      "formats",
      "verbose"
    ], OUTPUT_ONLY_KEYS = /* @__PURE__ */ new Set(["no-color", "format", "formats", "verbose"]), HADOLINT_SEVERITY_ORDER = ["error", "warning", "info", "style"];
    SHELLCHECK_RULE = "run-shellcheck";
  }
});

// src/config/glob.ts
function escapeRegExp2(c) {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? "\\" + c : c;
}
function globSource(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    let c = glob[i];
    if (c === "\\" && i + 1 < glob.length)
      re += escapeRegExp2(glob[++i]);
    else if (c === "*")
      if (glob[i + 1] === "*") {
        let atStart = i === 0 || glob[i - 1] === "/";
        atStart && glob[i + 2] === "/" ? (re += "(?:.*/)?", i += 2) : atStart && i + 2 === glob.length ? (re += ".*", i += 1) : (re += "[^/]*", i += 1);
      } else
        re += "[^/]*";
    else if (c === "?")
      re += "[^/]";
    else if (c === "[") {
      let close = glob.indexOf("]", i + 2);
      if (close === -1)
        re += "\\[";
      else {
        let body = glob.slice(i + 1, close), negate = body.startsWith("!") || body.startsWith("^");
        negate && (body = body.slice(1)), re += "[" + (negate ? "^" : "") + body.replace(/\\/g, "\\\\").replace(/\]/g, "\\]") + "]", i = close;
      }
    } else if (c === "{") {
      let close = glob.indexOf("}", i + 1);
      close === -1 ? re += "\\{" : (re += "(?:" + glob.slice(i + 1, close).split(",").map(globSource).join("|") + ")", i = close);
    } else
      re += escapeRegExp2(c);
  }
  return re;
}
function compilePattern2(raw) {
  let p = raw.trim(), negated = p.startsWith("!");
  negated && (p = p.slice(1));
  let dirOnly = p.endsWith("/");
  p = trimEndOf(p, "/"), p.startsWith("./") && (p = p.slice(2));
  let anchored = p.includes("/");
  if (p = p.replace(/^\/+/, ""), p === "") return null;
  let source = (anchored ? "" : "(?:.*/)?") + globSource(p);
  return { negated, dirOnly, re: new RegExp("^" + source + "$") };
}
function compileGlobs(patterns) {
  let compiled = patterns.map(compilePattern2).filter((p) => p !== null);
  return (relPath) => {
    let parts = relPath.split("/"), candidates = [];
    for (let i = 1; i <= parts.length; i++) candidates.push(parts.slice(0, i).join("/"));
    let folders = candidates.slice(0, -1), matched = !1;
    for (let pattern of compiled) {
      if (matched !== pattern.negated) continue;
      (pattern.dirOnly ? folders : candidates).some((c) => pattern.re.test(c)) && (matched = !pattern.negated);
    }
    return matched;
  };
}
var init_glob = __esm({
  "src/config/glob.ts"() {
    "use strict";
    init_paths();
  }
});

// src/config/load.ts
var load_exports = {};
__export(load_exports, {
  ConfigError: () => ConfigError,
  DFLINT_CONFIG_NAMES: () => DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES: () => HADOLINT_CONFIG_NAMES,
  clearConfigCache: () => clearConfigCache,
  findConfigFile: () => findConfigFile,
  isIgnoredFile: () => isIgnoredFile,
  loadConfigFor: () => loadConfigFor,
  matchesGlobs: () => matchesGlobs,
  presetSeverity: () => presetSeverity,
  readConfigFile: () => readConfigFile,
  resolveConfig: () => resolveConfig,
  validateConfig: () => validateConfig
});
import { basename as basename4, dirname as dirname4, isAbsolute as isAbsolute5, relative as relative5, resolve as resolve7, sep as sep2 } from "node:path";
function clearConfigCache() {
  clearNearestCache(), fileCache = /* @__PURE__ */ new WeakMap(), resolvedRulesCache = /* @__PURE__ */ new WeakMap();
}
function perRules(map, rules2) {
  let m = map.get(rules2);
  return m || (m = /* @__PURE__ */ new Map(), map.set(rules2, m)), m;
}
function findConfigFile(startDir) {
  let found = nearest(resolve7(startDir));
  return found.dflint ?? found.hadolint;
}
function ajv() {
  return ajvInstance ??= new import_ajv.default({ allErrors: !0, strict: !1, allowUnionTypes: !0, validateSchema: !1 }), ajvInstance;
}
function optionValidator(rule) {
  let v = optionValidators.get(rule);
  if (!v) {
    try {
      v = ajv().compile(ruleOptionsSchema(rule));
    } catch (e) {
      throw new Error(`dflint: rule '${rule.id}' has an invalid options schema: ${e.message}`);
    }
    optionValidators.set(rule, v);
  }
  return v;
}
function ruleIndex(rules2) {
  let m = ruleIndexes.get(rules2);
  return m || (m = new Map(rules2.map((r) => [r.id, r])), ruleIndexes.set(rules2, m)), m;
}
function pointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function isPlainObject(v) {
  return v !== null && typeof v == "object" && !Array.isArray(v);
}
function checkRules(map, at, rules2, errors) {
  if (!isPlainObject(map)) return;
  let index = ruleIndex(rules2);
  for (let [id, setting] of Object.entries(map)) {
    let rule = index.get(id);
    if (!rule) {
      if (id.includes("/")) continue;
      errors.push({
        instancePath: pointer(at),
        schemaPath: "#/additionalProperties",
        keyword: "additionalProperties",
        params: { additionalProperty: id },
        message: "must NOT have additional properties"
      });
      continue;
    }
    let options, slot;
    if (Array.isArray(setting)) [options, slot] = [setting[1], "1"];
    else if (isPlainObject(setting)) [options, slot] = [setting.options, "options"];
    else continue;
    if (!isPlainObject(options)) continue;
    let validate = optionValidator(rule);
    if (validate(options)) continue;
    let base = pointer([...at, id, slot]);
    for (let e of validate.errors ?? []) errors.push({ ...e, instancePath: base + e.instancePath });
  }
}
function normalizeWords(config) {
  let fix = (rules2) => {
    if (rules2)
      for (let [id, setting] of Object.entries(rules2))
        setting === "warn" ? rules2[id] = "warning" : Array.isArray(setting) && setting[0] === "warn" ? setting[0] = "warning" : isPlainObject(setting) && setting.severity === "warn" && (setting.severity = "warning");
  };
  fix(config.rules);
  for (let o of config.overrides ?? []) fix(o.rules);
  return config.failLevel === "warn" && (config.failLevel = "warning"), config;
}
function validateConfig(data, rules2, file, locate) {
  let errors = checkStructure(data);
  if (isPlainObject(data) && (checkRules(data.rules, ["rules"], rules2, errors), Array.isArray(data.overrides) && data.overrides.forEach((o, i) => {
    isPlainObject(o) && checkRules(o.rules, ["overrides", i, "rules"], rules2, errors);
  })), errors.length === 0) return normalizeWords(data);
  let lines = describeSchemaErrors(errors, rules2).map((p) => ({
    line: locate?.(p.segments),
    text: `${file}: ${p.path ? p.path + ": " : ""}${p.message}`
  }));
  throw lines.sort((a, b) => (a.line ?? 1 / 0) - (b.line ?? 1 / 0)), new ConfigError(lines.map((l) => l.text + (l.line !== void 0 ? ` (line ${l.line})` : "")).join(`
`), file);
}
function readConfigFile(path2, rules2) {
  let abs = resolve7(path2), cache2 = perRules(fileCache, rules2), hit = cache2.get(abs);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  try {
    let loaded = deepFreeze(loadFile(abs, rules2, []));
    return cache2.set(abs, loaded), loaded;
  } catch (e) {
    throw e instanceof ConfigError && cache2.set(abs, e), e;
  }
}
function loadFile(abs, rules2, chain) {
  let file = displayPath(abs), text;
  try {
    text = readTextFile(abs);
  } catch (e) {
    let code = e.code;
    throw new ConfigError(
      `${file}: cannot read config file${code === "ENOENT" ? ": no such file" : `: ${e.message}`}`,
      file
    );
  }
  let { data: rawData, locate } = parseConfigText(text, file, abs), data = rawData ?? {}, loaded, name = basename4(abs);
  if (/^\.?hadolint\.ya?ml$/i.test(name) || !/^\.dflint\./i.test(name) && isHadolintConfig(data, CONFIG_KEYS)) {
    let { config, notes } = convertHadolintConfig(data, rules2, file, locate);
    loaded = { path: abs, dir: dirname4(abs), kind: "hadolint", config: validateConfig(config, rules2, file), notes };
  } else if (isPlainObject(data) && typeof data.extends == "string" && EXTENDS_PATH.test(data.extends)) {
    let basePath = resolve7(dirname4(abs), data.extends);
    if (chain.includes(basePath) || basePath === abs)
      throw new ConfigError(`${file}: extends '${data.extends}' leads back to ${displayPath(basePath)} (a cycle)`, file);
    let base = loadFile(basePath, rules2, [...chain, abs]), own = validateConfig({ ...data, extends: void 0 }, rules2, file, locate);
    loaded = { path: abs, dir: dirname4(abs), kind: "dflint", config: extendConfig(base.config, own), notes: base.notes };
  } else
    loaded = {
      path: abs,
      dir: dirname4(abs),
      kind: "dflint",
      config: validateConfig(data, rules2, file, locate),
      notes: []
    };
  return loaded;
}
function extendConfig(base, own) {
  let out = { ...base, ...own };
  delete out.$schema, out.extends = own.extends ?? base.extends, (base.rules || own.rules) && (out.rules = { ...base.rules, ...own.rules }), (base.settings || own.settings) && (out.settings = { ...base.settings, ...own.settings }), (base.ignore || own.ignore) && (out.ignore = [...base.ignore ?? [], ...own.ignore ?? []]), (base.overrides || own.overrides) && (out.overrides = [...base.overrides ?? [], ...own.overrides ?? []]);
  for (let k of Object.keys(out)) out[k] === void 0 && delete out[k];
  return out;
}
function loadConfigFor(filePath, options) {
  if (options.configPath === !1) return null;
  if (options.configPath !== void 0) return readConfigFile(resolve7(options.cwd ?? ".", options.configPath), options.rules);
  let start = filePath === null ? resolve7(options.cwd ?? ".") : dirname4(resolve7(options.cwd ?? ".", filePath)), found = findConfigFile(start);
  return found === null ? null : readConfigFile(found, options.rules);
}
function toPosix(p) {
  return sep2 === "/" ? p : p.split(sep2).join("/");
}
function relativeToConfig(filePath, dir) {
  let rel = relative5(dir, resolve7(filePath));
  return rel === "" || rel.startsWith("..") || isAbsolute5(rel) ? null : toPosix(rel);
}
function matcher(patterns) {
  let cacheKey = patterns.join(`
`), m = matcherCache.get(cacheKey);
  return m || (m = compileGlobs(patterns), matcherCache.set(cacheKey, m)), m;
}
function matchesGlobs(filePath, patterns, dir) {
  let rel = relativeToConfig(filePath, dir);
  return rel === null ? !1 : matcher(typeof patterns == "string" ? [patterns] : patterns)(rel);
}
function isIgnoredFile(filePath, config) {
  if (!config) return !1;
  let loaded = "kind" in config ? config : loadedOf.get(config), patterns = loaded?.config.ignore;
  return !loaded || !patterns || patterns.length === 0 ? !1 : matchesGlobs(filePath, patterns, loaded.dir);
}
function presetSeverity(rule, preset) {
  switch (preset) {
    case "strict":
      return rule.strict ?? rule.severity;
    case "hadolint":
      return hadolintPresetSeverity(rule);
    default:
      return rule.severity;
  }
}
function applySetting(entry, setting) {
  let current = entry ?? { severity: "off", options: {} }, severity, options;
  return typeof setting == "string" ? severity = setting : Array.isArray(setting) ? [severity, options] = setting : { severity, options } = setting, {
    severity: severity ?? current.severity,
    options: options ? { ...current.options, ...options } : current.options
  };
}
function deepFreeze(value) {
  if (value !== null && typeof value == "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (let v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
function resolveRules(rules2, preset, layers) {
  let out = {};
  for (let rule of rules2) {
    let options = {};
    for (let [name, spec] of Object.entries(rule.options ?? {}))
      options[name] = structuredClone(preset === "hadolint" && spec.hadolint !== void 0 ? spec.hadolint : spec.default);
    out[rule.id] = { severity: presetSeverity(rule, preset), options };
  }
  for (let layer of layers)
    if (layer)
      for (let [id, setting] of Object.entries(layer)) out[id] = applySetting(out[id], setting);
  return deepFreeze(out);
}
function mergeSettings(target, layer) {
  return layer ? { ...target, ...layer } : target;
}
function resolveConfig(filePath, options) {
  let { rules: rules2, cliRuleOverrides } = options, loaded = loadConfigFor(filePath, options), config = loaded?.config ?? {};
  cliRuleOverrides && !cliValidated.has(cliRuleOverrides) && (validateConfig({ rules: cliRuleOverrides }, rules2, "command line"), cliValidated.set(cliRuleOverrides, !0));
  let matched = [];
  loaded && filePath !== null && config.overrides && config.overrides.forEach((o, i) => {
    matchesGlobs(resolve7(options.cwd ?? ".", filePath), o.files, loaded.dir) && matched.push(i);
  });
  let preset = options.preset ?? config.extends ?? "recommended", cacheKey = [
    loaded?.path ?? "",
    preset,
    matched.join(","),
    cliRuleOverrides ? JSON.stringify(cliRuleOverrides) : ""
  ].join("\0"), cache2 = perRules(resolvedRulesCache, rules2), resolvedRules = cache2.get(cacheKey);
  resolvedRules || (resolvedRules = resolveRules(rules2, preset, [
    config.rules,
    ...matched.map((i) => config.overrides[i].rules),
    cliRuleOverrides
  ]), cache2.set(cacheKey, resolvedRules));
  let settingsConfig = mergeSettings({}, config.settings);
  for (let i of matched) settingsConfig = mergeSettings(settingsConfig, config.overrides[i].settings);
  let { contextDir: configContext, ...rest } = settingsConfig, contextDir;
  options.contextDir !== void 0 ? contextDir = options.contextDir === null ? null : resolve7(options.contextDir) : configContext !== void 0 && loaded ? contextDir = resolve7(loaded.dir, configContext) : contextDir = filePath === null ? null : dirname4(resolve7(options.cwd ?? ".", filePath));
  let merged = { ...DEFAULT_SETTINGS, ...rest }, settings2 = {
    contextDir,
    trustedRegistries: [...merged.trustedRegistries],
    labelSchema: { ...merged.labelSchema },
    strictLabels: merged.strictLabels,
    shellcheck: merged.shellcheck
  };
  merged.today !== void 0 && (settings2.today = merged.today);
  let resolved2 = {
    rules: resolvedRules,
    settings: settings2,
    inlineIgnores: config.inlineIgnores ?? !0,
    source: loaded?.path ?? "default"
  };
  return config.failLevel !== void 0 && (resolved2.failLevel = config.failLevel), config.ignoreCodes?.length && (resolved2.ignoreCodes = config.ignoreCodes), loaded && loadedOf.set(resolved2, loaded), resolved2;
}
var import_ajv, fileCache, resolvedRulesCache, matcherCache, ajvInstance, optionValidators, ruleIndexes, loadedOf, DEFAULT_SETTINGS, cliValidated, init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_read();
    import_ajv = __toESM(require_ajv(), 1);
    init_errors();
    init_hadolint();
    init_glob();
    init_find();
    init_parse();
    init_schema();
    init_errors();
    init_find();
    fileCache = /* @__PURE__ */ new WeakMap(), resolvedRulesCache = /* @__PURE__ */ new WeakMap(), matcherCache = /* @__PURE__ */ new Map();
    optionValidators = /* @__PURE__ */ new WeakMap(), ruleIndexes = /* @__PURE__ */ new WeakMap();
    loadedOf = /* @__PURE__ */ new WeakMap();
    DEFAULT_SETTINGS = deepFreeze({
      trustedRegistries: [],
      labelSchema: {},
      strictLabels: !1,
      shellcheck: !1
    });
    cliValidated = /* @__PURE__ */ new WeakMap();
  }
});

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/cli/lint-files.ts
import fs2 from "node:fs";
import path from "node:path";

// rules/add-remote-unpinned.ts
init_types();

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

// src/layers/estimate.ts
import { posix } from "node:path";

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
function insert(root, key2, id, backwards) {
  let node = root;
  for (let k = 0; k < key2.length; k++) {
    let c = key2.charCodeAt(backwards ? key2.length - 1 - k : k);
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
          let list2 = this.exact.get(p.pattern);
          list2 ? list2.push(id) : this.exact.set(p.pattern, [id]);
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
    let out = [], add = (ids2) => {
      if (ids2)
        for (let id of ids2)
          this.stamps[id] !== this.stamp && (this.stamps[id] = this.stamp, out.push(id));
    };
    add(extra), add(this.always);
    for (let path2 of paths) {
      add(this.exact.get(path2));
      let node = this.heads;
      add(node.ids);
      for (let k = 0; k < path2.length && node.next && (node = node.next.get(path2.charCodeAt(k)), !!node); k++)
        add(node.ids);
      node = this.tails, add(node.ids);
      for (let k = path2.length - 1; k >= 0 && node.next && (node = node.next.get(path2.charCodeAt(k)), !!node); k--)
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
    let simple2 = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (c in simple2) return simple2[c];
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
function matchCompiled(p, path2, slashes) {
  switch (p.type) {
    case "exact":
      return path2 === p.pattern;
    case "prefix":
      return path2.startsWith(p.pattern.slice(0, -2));
    case "suffix": {
      let suffix = p.pattern.slice(2);
      return path2.endsWith(suffix) ? !0 : suffix.charCodeAt(0) === 47 && path2 === suffix.slice(1);
    }
    case "regexp":
      return p.slashes >= 0 && p.slashes !== slashes ? !1 : p.re.test(path2);
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
  match(path2, parent) {
    let pats = this.patterns, slashes = countSlashes(path2), parentDirs = parent === null && slashes > 0 ? parentPrefixes(path2) : null, cands = this.index.candidates(parentDirs ? [path2, ...parentDirs] : [path2], parent);
    this.work += cands.length;
    let state = [], matched = !1, k = 0;
    for (let i of cands) {
      let p = pats[i];
      for (; parent !== null && k < parent.length && parent[k] < i; ) k++;
      let m = parent !== null && k < parent.length && parent[k] === i;
      if (!m) {
        if (p.exclusion !== matched) continue;
        if (m = matchCompiled(p, path2, slashes), !m && parentDirs) {
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
  matchesAt(index, path2) {
    return matchCompiled(this.patterns[index], path2, countSlashes(path2));
  }
  /** Indices (ascending) of the patterns that may match `path` itself: a superset of those that do. */
  candidatesFor(path2) {
    let cands = this.index.candidates([path2], null);
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
function parentPrefixes(path2) {
  let out = [];
  for (let i = path2.indexOf("/"); i !== -1; i = path2.indexOf("/", i + 1)) out.push(path2.slice(0, i));
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
    let lines = readIgnoreLines(text), { matcher: matcher2, compiled, errors } = PatternMatcher.compile(lines.map((l) => l.pattern));
    this.matcher = matcher2, this.errors = errors.map((e) => ({ line: lines[e.index].line, text: lines[e.index].raw, message: e.message })), this.patterns = [], compiled.forEach((c, i) => {
      c && this.patterns.push({ pattern: c.pattern, negate: c.exclusion, line: lines[i].line });
    }), this.hasExceptions = matcher2.exclusions;
  }
  ignores(relPath, isDir = !1) {
    let rel = contextRelative(relPath);
    if (rel === "." || this.matcher.patterns.length === 0) return !1;
    let parent = null;
    for (let dir of parentPrefixes(rel)) {
      let r = this.matcher.match(dir, parent);
      if (r.matched && this.matcher.walkerSkipsDir(dir)) return !0;
      parent = r.state;
    }
    let { matched } = this.matcher.match(rel, parent);
    return !isDir || !matched ? matched : !this.matcher.exceptionMayMatchBelow(rel);
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

// src/layers/keys.ts
function stageToken(stage) {
  return `@stage${stage.index}@`;
}
function normalizeImage(ref) {
  if (!ref || ref === "scratch") return ref;
  let at = ref.indexOf("@"), digest = at >= 0 ? ref.slice(at) : "", name = at >= 0 ? ref.slice(0, at) : ref, tag = "", colon = name.lastIndexOf(":");
  colon > name.lastIndexOf("/") && (tag = name.slice(colon), name = name.slice(0, colon));
  let slash = name.indexOf("/"), first = slash >= 0 ? name.slice(0, slash) : "", hasDomain = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first), domain = hasDomain ? first : "docker.io", path2 = hasDomain ? name.slice(slash + 1) : name;
  return domain === "index.docker.io" && (domain = "docker.io"), domain === "docker.io" && !path2.includes("/") && (path2 = `library/${path2}`), !tag && !digest && (tag = ":latest"), `${domain}/${path2}${digest || tag}`;
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

// src/model/installs.ts
init_paths();

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
  let withOnbuild = opts.onbuild !== !1, key2 = `${withOnbuild ? "o" : ""}${opts.windows ? "w" : ""}`, lists = model.runSiteLists ??= /* @__PURE__ */ new Map(), out = lists.get(key2);
  if (out) return out;
  let all = lists.get("ow");
  if (!all) {
    let list2 = [];
    for (let ins of model.instructions)
      ins.run ? list2.push({ ins, onbuild: null }) : ins.onbuild?.run && list2.push({ ins: ins.onbuild, onbuild: ins });
    if (lists.set("ow", all = list2), key2 === "ow") return all;
  }
  return out = all.filter((s) => (withOnbuild || s.onbuild === null) && (opts.windows || !s.ins.run.windowsShell)), lists.set(key2, out), out;
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
function positionals(argv2, from, valueFlags = /* @__PURE__ */ new Set()) {
  let out = [];
  for (let i = from; i < argv2.length; i++) {
    let a = argv2[i];
    if (a === "--") {
      for (let j = i + 1; j < argv2.length; j++) out.push(argv2[j]);
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
function pipInstallArgs(cmd, argv2) {
  if (cmd.name === "uv") return argv2[1] === "pip" && argv2[2] === "install" ? argv2.slice(3) : null;
  let pip = pipInstall(cmd);
  return pip && pip.tool === "pip" ? pip.args.map((a) => a.text) : null;
}
function pipRequirementFiles(args) {
  let files = [];
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    a === "-r" || a === "--requirement" ? args[i + 1] && files.push(args[++i]) : a.startsWith("--requirement=") ? files.push(a.slice(14)) : a.startsWith("-r") && a.length > 2 && files.push(a.slice(2));
  }
  return files;
}
function envValue(cmd, scope, name) {
  for (let a of cmd.assignments) {
    let v = a.expanded ?? a.value;
    if (v.startsWith(name + "=")) return v.slice(name.length + 1);
  }
  return scope?.get(name)?.value;
}
function detectInstall(cmd, scope) {
  let argv2 = words(cmd), name = cmd.name, mk = (ecosystem, manifests, build = !1) => ({
    ecosystem,
    manifests,
    display: argv2.slice(0, Math.min(argv2.length, 4)).join(" "),
    build,
    command: cmd
  }), pipArgs = pipInstallArgs(cmd, argv2);
  if (pipArgs) {
    let files = pipRequirementFiles(pipArgs);
    if (files.length) return mk("pip", files.map((f) => f.startsWith("/") ? baseName(f) : f.replace(/^\.\//, "")));
    let pos = positionals(pipArgs, 0, PIP_VALUE_OPTIONS), editable = pipArgs.some((a, i) => (a === "-e" || a === "--editable") && (pipArgs[i + 1] === "." || pipArgs[i + 1] === "./"));
    return pos.includes(".") || pos.includes("./") || editable ? mk("pip", ["pyproject.toml", "setup.py", "setup.cfg"]) : null;
  }
  switch (name) {
    case "poetry":
      return argv2[1] === "install" ? mk("poetry", ["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      return argv2[1] === "install" || argv2[1] === "sync" ? mk("pipenv", ["Pipfile", "Pipfile.lock"]) : null;
    case "uv":
      return argv2[1] === "sync" ? mk("uv", ["pyproject.toml", "uv.lock"]) : null;
    case "npm": {
      let sub = argv2[1];
      return sub === "ci" || sub === "clean-install" ? mk("npm", ["package.json", "package-lock.json"]) : sub === "install" || sub === "i" || sub === "add" ? argv2.includes("-g") || argv2.includes("--global") ? null : positionals(argv2, 2).length === 0 ? mk("npm", ["package.json", "package-lock.json"]) : null : null;
    }
    case "yarn": {
      let sub = argv2.slice(1).find((a) => !a.startsWith("-"));
      return sub === void 0 || sub === "install" ? mk("yarn", ["package.json", "yarn.lock"]) : null;
    }
    case "pnpm": {
      let sub = argv2[1];
      return (sub === "install" || sub === "i") && positionals(argv2, 2).length === 0 ? mk("pnpm", ["package.json", "pnpm-lock.yaml"]) : null;
    }
    case "bundle":
    case "bundler":
      return argv2[1] === "install" || argv2.length === 1 ? mk("bundler", ["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return argv2[1] === "install" ? mk("composer", ["composer.json", "composer.lock"]) : null;
    case "go":
      if (envValue(cmd, scope, "GO111MODULE") === "off") return null;
      if (argv2[1] === "mod" && argv2[2] === "download") return mk("go", ["go.mod", "go.sum"]);
      if (argv2[1] === "get") {
        let pos = positionals(argv2, 2);
        return pos.length === 0 || pos.every((p) => p === "." || p.startsWith("./")) ? mk("go", ["go.mod", "go.sum"]) : null;
      }
      return argv2[1] === "build" || argv2[1] === "install" || argv2[1] === "test" ? argv2.slice(2).some((a) => a.includes("@")) ? null : mk("go", ["go.mod", "go.sum"], !0) : null;
    case "cargo":
      return argv2[1] === "fetch" ? mk("cargo", ["Cargo.toml", "Cargo.lock"]) : argv2[1] === "build" || argv2[1] === "install" && argv2.includes("--path") ? mk("cargo", ["Cargo.toml", "Cargo.lock"], !0) : null;
    case "mvn":
    case "mvnw": {
      let goals = positionals(argv2, 1, /* @__PURE__ */ new Set(["-f", "--file", "-s", "--settings", "-P", "-pl", "-D"]));
      return goals.some((g) => g.startsWith("dependency:")) ? mk("maven", ["pom.xml"]) : goals.some((g) => ["package", "install", "verify", "compile", "test"].includes(g)) ? mk("maven", ["pom.xml"], !0) : null;
    }
    case "gradle":
    case "gradlew": {
      let tasks = positionals(argv2, 1);
      return tasks.some((t) => /^(build|assemble|bootJar|jar|installDist|shadowJar|dependencies)$/.test(t)) ? mk("gradle", ["build.gradle", "settings.gradle", "gradle.properties"], !tasks.includes("dependencies")) : null;
    }
    case "nuget":
    case "nuget.exe":
      return argv2[1]?.toLowerCase() === "restore" ? mk("dotnet", ["packages.config", "*.csproj", "*.sln"]) : null;
    case "mix":
      return argv2[1] === "deps.get" ? mk("mix", ["mix.exs", "mix.lock"]) : null;
    case "dotnet":
      return argv2[1] === "restore" ? mk("dotnet", ["*.csproj", "*.sln"]) : argv2[1] === "publish" || argv2[1] === "build" ? mk("dotnet", ["*.csproj", "*.sln"], !0) : null;
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

// src/model/packages.ts
init_paths();

// src/model/shipped.ts
function shippedChain(model) {
  let out = [];
  for (let s = model.target; s && !out.includes(s); s = s.parent) out.push(s);
  return out;
}
function shippedStages(model) {
  return new Set(shippedChain(model));
}
function expandedArgs(model, ins, words4 = ins.args) {
  if (!words4.length) return "";
  let raw = words4.map((w) => w.raw).join(" "), r = model.expand(raw, ins.scope);
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
function isDevContainer(path2) {
  return /(^|[/\\_])\.devcontainer([/\\_]|$)/.test(path2);
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
function tokenize(words4) {
  let out = [];
  for (let word of words4) {
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
  let pc = cmd.packageCommand;
  return pc === void 0 && (cmd.packageCommand = pc = readPackageCommand(cmd)), pc;
}
function readPackageCommand(cmd) {
  let w0 = cmd.words[0];
  if (!w0) return null;
  if (w0.expanded !== null && !w0.hasExpansion) {
    let name = baseName(w0.expanded);
    if (!WRAPPERS.has(name) && !Object.prototype.hasOwnProperty.call(SPECS, name)) return null;
  }
  let tokens = tokenize(cmd.words), start = unwrap(tokens);
  if (!start) return null;
  let first = tokens[start.index], tool = baseName(first.text), spec = SPECS[tool];
  if (!spec || !Object.prototype.hasOwnProperty.call(SPECS, tool)) return null;
  let pc = {
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
      pc.hasUnknown = !0;
      continue;
    }
    if (!endOfOptions && a === "--") {
      endOfOptions = !0;
      continue;
    }
    if (!endOfOptions && a.startsWith("--") && a.length > 2) {
      let eq = a.indexOf("=");
      if (eq !== -1) pc.options.push({ name: a.slice(0, eq), value: a.slice(eq + 1), token: tok });
      else if (spec.longValue.has(a)) {
        let v = tokens[i + 1];
        v && v.text === null && (pc.hasUnknown = !0), pc.options.push({ name: a, value: v?.text ?? null, token: tok }), i++;
      } else pc.options.push({ name: a, value: null, token: tok });
      continue;
    }
    if (!endOfOptions && a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        let c = a[j];
        if (a[j + 1] === "=") {
          pc.options.push({ name: "-" + c, value: a.slice(j + 2), token: tok });
          break;
        }
        if (spec.shortValue.includes(c)) {
          let value = a.slice(j + 1);
          if (value === "") {
            let v = tokens[i + 1];
            v && v.text === null && (pc.hasUnknown = !0), value = v?.text ?? null, i++;
          }
          pc.options.push({ name: "-" + c, value, token: tok });
          break;
        }
        pc.options.push({ name: "-" + c, value: null, token: tok });
      }
      continue;
    }
    pc.subcommand === null ? (pc.subcommand = tok, pc.sub = a.toLowerCase()) : pc.operands.push(tok);
  }
  return pc.options.length && (pc.options = pc.options.slice()), pc.operands.length && (pc.operands = pc.operands.slice()), pc;
}
function hasOption2(pc, ...names) {
  return pc.options.some((o) => names.includes(o.name));
}
function truthy(v) {
  return v !== null && /^(1|true|yes|on)$/i.test(v.trim().replace(/^["']|["']$/g, ""));
}
function falsy(v) {
  return v !== null && /^(0|false|no|off)$/i.test(v.trim().replace(/^["']|["']$/g, ""));
}
function aptSettings(pc) {
  let out = /* @__PURE__ */ new Map();
  for (let o of pc.options)
    if ((o.name === "-o" || o.name === "--option") && o.value) {
      let eq = o.value.indexOf("=");
      eq > 0 && out.set(o.value.slice(0, eq).trim().toLowerCase(), o.value.slice(eq + 1));
    }
  return out;
}
function aptAssumesYes(pc) {
  let quiet = 0;
  for (let o of pc.options) {
    if ((o.name === "-y" || o.name === "--yes" || o.name === "--assume-yes") && (o.value === null || truthy(o.value)))
      return !0;
    (o.name === "-q" || o.name === "--quiet") && (o.value === null ? quiet++ : /^\d+$/.test(o.value) && (quiet = Math.max(quiet, Number(o.value))));
  }
  return quiet >= 2 ? !0 : truthy(aptSettings(pc).get("apt::get::assume-yes") ?? null);
}
function aptSimulates(pc) {
  return hasOption2(pc, "-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act");
}
function aptUpdates(pc) {
  return pc.tool !== "apt-get" && pc.tool !== "apt" && pc.tool !== "aptitude" ? !1 : pc.sub === "update" || pc.sub !== null && hasOption2(pc, "--update", "-U") && !aptSimulates(pc);
}
function aptNoRecommends(pc) {
  return hasOption2(pc, "--no-install-recommends") || pc.options.some((o) => (o.name === "--install-recommends" || o.name === "--recommends") && falsy(o.value)) || pc.operands.some((t) => t.text !== null && /^apt::install-recommends=(0|false|no|off)$/i.test(t.text)) ? !0 : falsy(aptSettings(pc).get("apt::install-recommends") ?? null);
}
function rpmAssumesYes(pc) {
  for (let o of pc.options)
    if (o.name === "-y" || o.name === "--assumeyes" || o.name === "--setopt" && o.value && /^assumeyes=(1|true|yes)$/i.test(o.value.trim())) return !0;
  return !1;
}
function zypperNonInteractive(pc) {
  return hasOption2(pc, "-n", "--non-interactive", "-y", "--no-confirm");
}
function commandHead(pc) {
  return { start: pc.toolWord.start, end: (pc.subcommand?.word ?? pc.toolWord).end };
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
        let pc = parsePackageCommand(cmd);
        pc && packages.push({ pc, index });
      }), out.push({ ins, outer, run: ins.run, stage: outer.stage, commands, packages });
    }
    return out;
  });
}
function judgedRunPackages(ctx) {
  let all = runPackages(ctx);
  if (ctx.options.includeBuilderStages) return all;
  let shipping = shippedStages(ctx.model);
  return all.filter((r) => !r.stage || shipping.has(r.stage));
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
    let list2 = s === ins.stage ? s.instructions.filter((x) => x.index < ins.index) : s.instructions;
    for (let x of [...list2].reverse())
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
function rpmAction(pc) {
  if (!pc.sub) return null;
  if (pc.sub === "group" || pc.sub === "groups" || pc.sub === "module") {
    let next = pc.operands[0]?.text;
    return next ? `${pc.sub === "groups" ? "group" : pc.sub} ${next.toLowerCase()}` : pc.sub;
  }
  return pc.sub;
}
function rpmActionEnd(pc) {
  return ((pc.sub === "group" || pc.sub === "groups" || pc.sub === "module") && pc.operands[0] ? pc.operands[0] : pc.subcommand).word;
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
  let pc = parsePackageCommand(cmd);
  return pc ? APT_TOOLS.has(pc.tool) || pc.tool === "apk" ? pc.sub === "update" : RPM_TOOLS.has(pc.tool) ? rpmAction(pc) === "makecache" : pc.tool === "zypper" && (pc.sub === "refresh" || pc.sub === "ref") : !1;
}
function isPackageInstall(cmd) {
  let pc = parsePackageCommand(cmd);
  return !pc || !pc.sub ? !1 : APT_TOOLS.has(pc.tool) ? ["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download"].includes(pc.sub) : pc.tool === "apk" ? ["add", "upgrade", "fix"].includes(pc.sub) : RPM_TOOLS.has(pc.tool) ? RPM_INSTALLS.has(rpmAction(pc) ?? "") : ["install", "in", "update", "up", "dist-upgrade", "dup"].includes(pc.sub);
}
function packageFamily(cmd) {
  let pc = parsePackageCommand(cmd);
  return pc ? APT_TOOLS.has(pc.tool) ? "apt" : RPM_TOOLS.has(pc.tool) ? "rpm" : pc.tool : null;
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
function referencedNames(model, text, scope) {
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
  return posix.normalize(posix.join("/", p.startsWith("/") ? p : posix.join(cwd, p))).replace(/(.)\/+$/, "$1");
}
function stepFacts(model, ins, stage, context, workdir, user, byStage, platform) {
  let kw = ins.keyword, argsRaw = ins.argsText.text.trim(), expandedArgs2 = kw === "RUN" ? argsRaw : kw === "FROM" ? ins.argsText.text.trim() : model.expand(argsRaw, ins.scope).value, text = `${kw} ${kw === "FROM" ? stage.image.expanded + (stage.nameRaw ? ` AS ${stage.nameRaw}` : "") : expandedArgs2}`.trim();
  kw === "FROM" && stage.platform && (text = `FROM --platform=${stage.platform.value ?? ""} ${text.slice(5)}`);
  let inputs = { text }, volatility = "stable", reason = LAYER.has(kw) ? "instruction text and the previous layer only" : METADATA.has(kw) ? "image config only: never invalidates a layer" : "no layer of its own", selectors = [], readsStages = [], keyParts = null, bump = (v, why) => {
    VOLATILITY_ORDER.indexOf(v) > VOLATILITY_ORDER.indexOf(volatility) ? (volatility = v, reason = why) : v === volatility && volatility !== "stable" && (reason += `; ${why}`);
  }, flagText = kw === "FROM" ? "" : ins.flags.filter((f) => f.name !== "from" && f.value).map((f) => " " + f.value).join(""), heredocText = kw === "RUN" ? "" : ins.heredocs.map((h) => h.quoted ? "" : `
` + h.body).join(""), explicit = referencedNames(model, kw === "FROM" ? ins.argsText.text : argsRaw + flagText + heredocText, kw === "FROM" ? model.globalScope : ins.scope), args = [], scopeArgs = argsInScope(kw === "FROM" ? model.globalScope : ins.scope);
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
          let files = { sources: local, count: null, bytes: null };
          exclude.length && (files.exclude = exclude), parents && (files.parents = !0);
          let sel = { sources: local, exclude, parents, selected: null, result: null };
          if (context) {
            let r = context.select(local, { exclude, parents });
            sel.result = r, sel.selected = new Set(r.files.map((f) => f.path)), files.count = r.files.length, files.bytes = r.bytes, r.ignoredMatches.length && (files.ignored = r.ignoredMatches), r.missing.length && (files.missing = r.missing);
          }
          inputs.files = files, selectors.push(sel);
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

// rules/add-remote-unpinned.ts
var BRANCH_HEAD_MARKER = /^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/(git\/refs\/heads|commits|branches)\/[^/?#]+$/, add_remote_unpinned_default = {
  id: "add-remote-unpinned",
  keywords: ["ADD"],
  description: "Pin remote ADD sources: --checksum for URLs, a commit for git refs",
  severity: "warning",
  related: [],
  messages: {
    noChecksum: "ADD fetches '{{url}}' on every build and takes whatever the server returns; add '--checksum=sha256:<digest>' so the download is verified and the cache key is static",
    gitRef: "ADD of git ref '{{ref}}' is resolved against the remote on every build and moves; pin a full commit SHA ('{{base}}#<commit>')"
  },
  options: {},
  differs: "new in dflint; an ADD of GitHub's API answer for a branch head (api.github.com/repos/<owner>/<repo>/git/refs/heads/<branch>, /commits/<branch>, /branches/<branch>) is the cache-bust idiom and is accepted",
  examples: {
    valid: [
      `FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/`,
      `FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /src`
    ],
    invalid: [
      `FROM alpine:3.20
ADD https://example.com/tool.tgz /tmp/`,
      `FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#v0.12.0 /src`
    ]
  },
  check({ model, report }) {
    for (let ins of model.instructions) {
      if (ins.keyword !== "ADD" || !ins.stage) continue;
      let checksum = ins.flags.some((f) => f.name === "checksum" && f.value);
      for (let src of copyParts(ins).sources) {
        if (src.heredoc) continue;
        let ex = model.expand(src.value, ins.scope), url = ex.unresolved ? src.value : ex.value, span = { start: src.start, end: src.end };
        if (isGitUrl(url)) {
          let ref = gitRef(url);
          isCommitSha(ref) || report({ messageId: "gitRef", data: { ref: ref ?? "(default branch)", base: url.split("#")[0] }, span });
        } else isRemoteUrl(url) && !checksum && !BRANCH_HEAD_MARKER.test(url) && report({ messageId: "noChecksum", data: { url }, span });
      }
    }
  }
};

// rules/add-use-copy.ts
init_types();

// src/model/archives.ts
init_paths();
init_paths();
var ARCHIVE_EXTENSIONS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"], TAR_LIKE = /\.(tar|tar\.(gz|bz2|xz|Z|lz|lzma)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ)$/;
function isArchiveName(name) {
  let base = trimEndOf(name, "/");
  return ARCHIVE_EXTENSIONS.some((e) => base.endsWith(e));
}
function isTarName(name) {
  return TAR_LIKE.test(name);
}
function isRemoteSource(s) {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s) || /^git@/.test(s) || /\.git(#.*)?$/.test(s);
}

// rules/add-use-copy.ts
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]), add_use_copy_default = {
  id: "add-use-copy",
  keywords: ["ADD"],
  description: "Use COPY instead of ADD for local files",
  severity: "warning",
  related: ["hadolint:DL3020"],
  fixable: !0,
  messages: {
    useCopy: "ADD of local files does the same as COPY but may also unpack archives and fetch URLs by surprise; use COPY"
  },
  options: {},
  examples: {
    valid: [
      `FROM alpine:3.20
COPY app.py /app/`,
      `FROM alpine:3.20
ADD rootfs.tar.gz /`,
      `FROM alpine:3.20
ADD https://example.com/tool.zip /tmp/`,
      `FROM alpine:3.20
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.0 /src`
    ],
    invalid: [`FROM alpine:3.20
ADD app.py /app/`, `FROM alpine:3.20
ADD --chown=app . /app`]
  },
  differs: "warning, not error (ADD of a local file builds fine); sources are judged after ARG/ENV expansion and unknown values are skipped; fixed by renaming ADD to COPY",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ADD" || ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name))) continue;
        let { sources } = copyParts(ins);
        if (!sources.length) continue;
        let local = !0;
        for (let src of sources) {
          if (src.heredoc) continue;
          let value = ins.json ? src.value : expandedWord(model, ins, src.raw);
          if (value === null || isRemoteSource(value) || isArchiveName(value)) {
            local = !1;
            break;
          }
        }
        if (!local) continue;
        let text = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "copy" : "COPY";
        report({ messageId: "useCopy", span: ins.keywordSpan, fix: [{ span: ins.keywordSpan, text }] });
      }
  }
};

// src/engine/shared-options.ts
var includeBuilderStages = {
  description: "Also check stages that do not end up in the built image (used only through COPY --from)",
  default: !1,
  schema: { type: "boolean" }
}, includeBuilderStagesLikeHadolint = { ...includeBuilderStages, hadolint: !0 };
function ignorePackages(example) {
  return {
    description: example ? `Package names that may stay unpinned (e.g. ${example})` : "Package names that may stay unpinned",
    default: [],
    schema: { type: "array", items: { type: "string" } }
  };
}

// rules/apk-no-cache.ts
init_types();
var CACHE = "/var/cache/apk", apk_no_cache_default = {
  id: "apk-no-cache",
  keywords: ["RUN"],
  description: "Use apk add --no-cache so the package index does not stay in the image",
  severity: "info",
  related: ["hadolint:DL3019"],
  messages: {
    noCache: "'apk add' keeps the downloaded package index in /var/cache/apk in this layer; use 'apk add --no-cache', or '--mount=type=cache,target=/var/cache/apk'"
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint
  },
  examples: {
    valid: [
      `FROM alpine:3.20
RUN apk add --no-cache curl`,
      `FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl`,
      `FROM alpine:3.20 AS build
RUN apk add gcc
FROM alpine:3.20
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM alpine:3.20
RUN apk add curl`]
  },
  fixable: !0,
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); also accepts 'rm -rf /var/cache/apk/*' later in the same RUN",
  check(ctx) {
    let { model } = ctx;
    for (let r of judgedRunPackages(ctx))
      r.packages.forEach(({ pc, index }) => {
        pc.tool !== "apk" || pc.sub !== "add" || pc.hasUnknown || hasOption2(pc, "--no-cache") || cacheMountCovers(model, r.ins, r.run.mounts, [CACHE]) || r.commands.slice(index + 1).some((c) => removesDir(c, [CACHE])) || ctx.report({ messageId: "noCache", span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand.word, " --no-cache") });
      });
  }
};

// rules/apk-packages-pinned.ts
init_types();
function pinned(pkg) {
  return /[=~<>]/.test(pkg) || pkg.endsWith(".apk");
}
var apk_packages_pinned_default = {
  id: "apk-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apk add",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3018"],
  messages: {
    unpinned: "Package '{{pkg}}' is added without a version, so rebuilds get whatever the index has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}~<major.minor>'"
  },
  options: {
    ignorePackages: ignorePackages()
  },
  examples: {
    valid: [`FROM alpine:3.20
RUN apk add --no-cache curl~8`],
    invalid: [`FROM alpine:3.20
RUN apk add --no-cache curl`]
  },
  differs: "off by default (strict preset: warning) because exact apk pins break when Alpine drops old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "apk" || pc.sub !== "add"))
          for (let t of pc.operands)
            t.text === null || pinned(t.text) || t.text.startsWith("/") || t.text.startsWith(".") || ctx.options.ignorePackages.includes(t.text) || ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/apt-get-assume-yes.ts
init_types();
var PROMPTING = /* @__PURE__ */ new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "satisfy"]), apt_get_assume_yes_default = {
  id: "apt-get-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to apt-get commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3014"],
  messages: {
    missingYes: "'apt-get {{sub}}' without '-y' stops at 'Do you want to continue? [Y/n]' whenever it must change more than the packages named (new dependencies, removals), and with no terminal to answer it the step fails; add '-y' (DEBIAN_FRONTEND=noninteractive does not answer this prompt)"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`, `FROM debian:12
RUN apt-get -qq update && apt-get -qq install --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends curl`]
  },
  fixable: !0,
  differs: "also checks remove/purge/upgrade/dist-upgrade (they prompt too), accepts -qq, -o APT::Get::Assume-Yes=true, 'yes |' and an earlier apt.conf setting; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx)) {
      let configured;
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "apt-get" || !pc.sub || !PROMPTING.has(pc.sub) || pc.hasUnknown || aptAssumesYes(pc) || aptSimulates(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || (configured ??= aptConfigured(r.ins, /Assume-Yes\s*"?\s*(1|true|yes)/i), !configured && ctx.report({ messageId: "missingYes", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand.word, " -y") }));
      }
    }
  }
};

// rules/apt-get-no-recommends.ts
init_types();
var apt_get_no_recommends_default = {
  id: "apt-get-no-recommends",
  keywords: ["RUN"],
  description: "Install apt packages with --no-install-recommends",
  severity: "info",
  related: ["hadolint:DL3015"],
  messages: {
    recommends: "'apt-get install' also installs every recommended package, which bloats the image; add '--no-install-recommends' and list what you need"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y curl`]
  },
  fixable: !0,
  differs: "accepts -o APT::Install-Recommends=false and an earlier apt.conf setting (or COPY of apt configuration); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx)) {
      let configured;
      for (let { pc } of r.packages) {
        if (pc.tool !== "apt-get" || pc.sub !== "install" || pc.hasUnknown || aptNoRecommends(pc) || aptSimulates(pc) || (configured ??= aptConfigured(r.ins, /Install-Recommends\s*"?\s*(0|false|no)/i), configured)) continue;
        let explicit = pc.command.words.some((w) => /Install-Recommends/i.test(w.value));
        ctx.report({ messageId: "recommends", span: commandHead(pc), fix: explicit ? void 0 : insertAfter(r.run, pc.subcommand.word, " --no-install-recommends") });
      }
    }
  }
};

// rules/apt-get-packages-pinned.ts
init_types();
function pinned2(pkg) {
  return pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
}
var apt_get_packages_pinned_default = {
  id: "apt-get-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apt-get",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3008"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the mirror has that day; pin it as '{{pkg}}=<version>' (see 'apt-cache policy {{pkg}}')"
  },
  options: {
    ignorePackages: ignorePackages()
  },
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`]
  },
  differs: "off by default (strict preset: warning) because exact apt pins rot when the archive drops old versions; judges packages after ARG/ENV expansion, accepts 'pkg/release' and local .deb files",
  check(ctx) {
    let { options, report } = ctx;
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "apt-get" || pc.sub !== "install" || aptSimulates(pc)))
          for (let t of pc.operands)
            t.text === null || pinned2(t.text) || t.text.startsWith(".") || options.ignorePackages.includes(t.text) || report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/apt-lists-removed.ts
init_types();
var LISTS = "/var/lib/apt/lists", apt_lists_removed_default = {
  id: "apt-lists-removed",
  keywords: ["RUN"],
  description: "Remove /var/lib/apt/lists in the RUN that ran apt-get update",
  severity: "info",
  related: ["hadolint:DL3009"],
  messages: {
    listsLeft: "'{{command}}' downloads package lists that stay in this layer (tens of MB); end this RUN with 'rm -rf /var/lib/apt/lists/*', or use '--mount=type=cache,target=/var/lib/apt/lists'"
  },
  options: {
    includeBuilderStages
  },
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked \\
    apt-get update && apt-get install -y --no-install-recommends curl`,
      `FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
FROM debian:12
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM, also with --target), needs the rm to remove /var/lib/apt/lists after the last update (any 'rm -rf' does not count), accepts 'apt-get distclean' and a cache or tmpfs mount on /var/lib/apt[/lists]",
  check(ctx) {
    let { model } = ctx;
    for (let r of judgedRunPackages(ctx)) {
      let last;
      for (let p of r.packages)
        aptUpdates(p.pc) && (last = p);
      if (!last || cacheMountCovers(model, r.ins, r.run.mounts, [LISTS]) || r.commands.slice(last.index + 1).some((cmd) => {
        if (removesDir(cmd, [LISTS])) return !0;
        let p = r.packages.find((x) => x.pc.command === cmd);
        return !!p && (p.pc.tool === "apt-get" || p.pc.tool === "apt") && (p.pc.sub === "distclean" || p.pc.sub === "dist-clean");
      })) continue;
      let pc = last.pc;
      ctx.report({ messageId: "listsLeft", data: { command: pc.sub === "update" ? `${pc.tool} update` : `${pc.tool} ${pc.sub} --update` }, span: commandHead(pc) });
    }
  }
};

// rules/arg-env-no-secret.ts
init_types();

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

// rules/arg-env-no-secret.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "pwd", "passphrase", "secret", "token", "privatekey"]), ALLOW_WORDS = /* @__PURE__ */ new Set([
  "public",
  "file",
  "files",
  "path",
  "dir",
  "version",
  "url",
  "uri",
  "host",
  "id",
  "ids",
  "name",
  "sock",
  "socket",
  "type",
  "method",
  "mode",
  "enabled",
  "enable",
  "disabled",
  "required",
  "length",
  "len",
  "size",
  "algorithm",
  "alg",
  "format",
  "server",
  "servers",
  "keyserver",
  "keyring",
  "config",
  "cfg",
  "conf",
  "fingerprint",
  "fingerprints",
  "gpg",
  "pgp",
  "gnupg",
  "expiry",
  "expires",
  "ttl",
  "timeout",
  "header",
  "endpoint",
  "provider",
  "plugin",
  "backend"
]), SECRET_SUBSTRINGS = ["password", "secret", "private_key", "privatekey", "apikey", "api_key", "client_key", "access_token", "auth_token"];
function words2(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_.-]+/).filter(Boolean);
}
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set(["AWS_ACCESS_KEY_ID"]);
function looksSecret(name, extraAllowed = /* @__PURE__ */ new Set(), extraSubstrings = []) {
  let upper = name.toUpperCase();
  if (extraAllowed.has(upper)) return !1;
  if (KNOWN_SECRET_NAMES.has(upper)) return !0;
  let ws = words2(name);
  if (ws.some((w) => ALLOW_WORDS.has(w))) return !1;
  let weak = name.includes("__") ? /* @__PURE__ */ new Set(["key", "auth"]) : /* @__PURE__ */ new Set();
  if (ws.some((w) => SECRET_WORDS.has(w) && !weak.has(w))) return !0;
  let lower = name.toLowerCase();
  return SECRET_SUBSTRINGS.some((s) => lower.includes(s)) || extraSubstrings.some((s) => s !== "" && lower.includes(s.toLowerCase()));
}
function isFingerprintList(value) {
  return value !== null && /^[0-9A-Fa-f]{8,}(\s+[0-9A-Fa-f]{8,})*$/.test(value.trim());
}
function isPathLike(value) {
  if (value === null) return !1;
  let v = value.trim();
  return /^(\/|\.\.?\/|~\/)\S*$/.test(v) || /^[\w.-]+\.(sh|txt|json|ya?ml|pass|pem|key|crt|cert|conf|cfg|properties|xml|env|ini|p12|jks)$/i.test(v);
}
function isSetting(value) {
  return value !== null && /^(true|false|yes|no|on|off|enabled?|disabled?|none|\d{1,5})$/i.test(value.trim());
}
function namesPublicValue(value) {
  if (!/^(?:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\s*)+$/.exec(value.trim())) return !1;
  let names = [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((x) => x[1]);
  return names.length > 0 && names.every((n) => words2(n).some((w) => ALLOW_WORDS.has(w)));
}
var arg_env_no_secret_default = {
  id: "arg-env-no-secret",
  keywords: ["ARG", "ENV"],
  description: "Do not pass secrets through ARG or ENV",
  severity: "warning",
  related: ["hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv"],
  messages: {
    secret: "{{keyword}} '{{name}}' looks like a secret; ARG and ENV values are stored in the image history and metadata. Pass it with 'RUN --mount=type=secret,id={{id}}' instead"
  },
  options: {
    allowedNames: {
      description: "Variable names that look secret but are not (matched case-insensitively)",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    },
    extraSecretSubstrings: {
      description: "Further parts of a name that make it look secret, matched case-insensitively anywhere in the name (the hadolint preset adds hadolint's 'username' and 'private')",
      default: [],
      hadolint: ["username", "private"],
      schema: { type: "array", items: { type: "string" } }
    },
    checkGlobalArgs: {
      description: "Also check the global ARGs before the first FROM, as hadolint does; by default, as BuildKit, only ARGs inside a stage are checked",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM python:3.12
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D`, `FROM node:22
ARG NPM_TOKEN_FILE=/run/secrets/npm`],
    invalid: [`FROM node:22
ARG NPM_TOKEN
RUN npm ci`, `FROM postgres:16
ENV POSTGRES_PASSWORD=changeme`]
  },
  differs: "union of BuildKit's word match and hadolint's list, matched on whole words of the name (so TOKENIZERS_PARALLELISM or KEYRING are not secrets), with public-key fingerprints (docker-library's GPG_KEY, also when the value is a variable named as one), ENV set to an empty value (also after expansion) or copying only variables the file does not declare, and names ending in _FILE/_PATH/_URL/_VERSION allowed; hadolint's bare 'username' and 'private' substrings are not taken as secrets (ARG USERNAME=vscode names a user; option extraSecretSubstrings); global ARGs before the first FROM are not checked, as in BuildKit (hadolint checks them, and so does the hadolint preset: option checkGlobalArgs): they reach no image unless a stage declares them again, and that ARG is reported",
  check({ model, options, report }) {
    let allowed = new Set(options.allowedNames.map((n) => n.toUpperCase())), visit = (ins) => {
      if (!(ins.keyword !== "ARG" && ins.keyword !== "ENV"))
        for (let kv of parseKeyValues(ins, ins.keyword === "ARG")) {
          if (!kv.key || !looksSecret(kv.key, allowed, options.extraSecretSubstrings) || ins.keyword === "ENV" && kv.value !== null && kv.plain === "" || kv.value !== null && namesPublicValue(kv.value)) continue;
          let r = kv.value === null ? null : model.expand(kv.value, ins.scope), value = r && !r.unresolved ? r.value : kv.plain;
          ins.keyword === "ENV" && r && (r.unresolved ? r.names.length > 0 && r.names.every((n) => r.undefinedNames.includes(n)) : r.value === "") || [kv.plain, value].some((v) => isFingerprintList(v) || isSetting(v) || isPathLike(v)) || report({ messageId: "secret", data: { keyword: ins.keyword, name: kv.key, id: kv.key.toLowerCase().replace(/_/g, "-") }, span: kv.keySpan });
        }
    };
    for (let ins of model.instructions)
      (ins.stage || options.checkGlobalArgs) && visit(ins), ins.onbuild && visit(ins.onbuild);
  }
};

// rules/arg-volatile-early.ts
init_types();

// src/layers/facts.ts
import { statSync as statSync3 } from "node:fs";
import { isAbsolute, resolve as resolve3 } from "node:path";

// src/fs/listing.ts
import { existsSync as existsSync2, readdirSync, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname2 } from "node:path";
var listings = /* @__PURE__ */ new Map();
function listingOf(dir, checked) {
  if (checked?.has(dir)) return checked.get(dir);
  let st = statSync2(dir, { throwIfNoEntry: !1 });
  if (!st?.isDirectory()) return null;
  let l = listings.get(dir);
  if (!l || l.mtime !== st.mtimeMs) {
    try {
      let names = readdirSync(dir);
      l = { names: new Set(names), lower: new Set(names.map((n) => n.toLowerCase())), mtime: st.mtimeMs };
    } catch {
      l = null;
    }
    listings.set(dir, l);
  }
  return checked?.set(dir, l), l;
}
function entryExists(file, checked) {
  let l = listingOf(dirname2(file), checked);
  if (!l) return existsSync2(file);
  let name = basename2(file);
  return l.names.has(name) ? !0 : l.lower.has(name.toLowerCase()) ? existsSync2(file) : !1;
}
function entryExistsForOneLint() {
  let checked = /* @__PURE__ */ new Map();
  return (file) => entryExists(file, checked);
}

// src/layers/context.ts
import { lstatSync, readdirSync as readdirSync2, readlinkSync } from "node:fs";
import { resolve as resolve2, sep } from "node:path";
var CONTEXT_LIMITS = { entries: 2e5, patternTests: 2e7 }, FILE = 0, DIR = 1, LINK = 2, OTHER = 3, NO_THROW = { throwIfNoEntry: !1 }, ALL = 0, SENT = 1;
function newNode2(name, path2, kind) {
  return { name, path: path2, kind, children: null, byName: null, excluded: !1, sent: !1, size: -1, file: null };
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
      let ents = readdirSync2(this.prefix + node.path, { withFileTypes: !0 });
      return this.listed += ents.length, this.listed > this.limits.entries && (this.truncated = `the build context has more than ${this.limits.entries} files and folders; stopped listing at ${node.path || "."}`), ents.sort(byNameCmp);
    } catch (e) {
      return this.problems.push(`${node.path || "."}: ${e.message}`), [];
    }
  }
  /** Whether the pattern tests ran past the limit (then the walk stops at `path`). */
  overBudget(matcher2, path2) {
    return matcher2.work <= this.limits.patternTests ? !1 : (this.truncated ??= `matching the .dockerignore took more than ${this.limits.patternTests} pattern tests; stopped at ${path2 || "."}`, !0);
  }
  /** Lists `node` applying .dockerignore; returns whether anything below is sent. */
  walk(node, state) {
    let ents = this.readDir(node), children = new Array(ents.length), prefix = node.path === "" ? "" : node.path + "/", matcher2 = this.matcher, anySent = !1;
    for (let i = 0; i < ents.length; i++) {
      let d = ents[i], child = newNode2(d.name, prefix + d.name, kindOf(d));
      children[i] = child;
      let childState = null;
      if (matcher2 && !this.overBudget(matcher2, child.path)) {
        let r = matcher2.match(child.path, state);
        child.excluded = r.matched, childState = r.state;
      }
      if (child.kind === DIR)
        if (child.excluded && matcher2.walkerSkipsDir(child.path))
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
    let exclude = opts.exclude && opts.exclude.length > 0 ? PatternMatcher.compile(opts.exclude).matcher : null, parents = opts.parents === !0, seen = /* @__PURE__ */ new Set(), files = [], ignoredMatches = [], missing = [], bytes = 0;
    for (let src of sources) {
      let sel = this.selectOne(src, SENT, parents, exclude);
      if (sel.nodes.length === 0) {
        let full = this.ignore ? this.selectOne(src, ALL, parents, exclude) : sel;
        full.nodes.length > 0 ? ignoredMatches.push(src) : full.found || missing.push(src);
      }
      for (let n of sel.nodes)
        seen.has(n) || (seen.add(n), files.push(this.fileOf(n)), bytes += this.sizeOf(n));
    }
    return { files, bytes, ignoredMatches, missing };
  }
};
function openBuildContext(dir, dockerfilePath, limits = CONTEXT_LIMITS) {
  return new BuildContextImpl(dir, dockerfilePath ?? null, limits);
}

// src/layers/facts.ts
function layerFacts(ctx) {
  return ctx.facts.get("layers", () => estimateLayers(ctx.model, { context: null }));
}
var opened = /* @__PURE__ */ new Map();
function existsCheck(ctx) {
  return ctx.facts.get("fs:exists", entryExistsForOneLint);
}
function buildContextOf(ctx) {
  let dir = ctx.settings.contextDir;
  return dir ? ctx.facts.get("layers:context", () => {
    let dockerfile = isAbsolute(ctx.model.path) ? ctx.model.path : resolve3(ctx.model.path), exists = existsCheck(ctx), df = exists(dockerfile) ? dockerfile : null, key2 = `${resolve3(dir)}\0${df && exists(df + ".dockerignore") ? df : ""}`;
    if (opened.has(key2)) return opened.get(key2);
    let c = null;
    try {
      statSync3(dir).isDirectory() && (c = openBuildContext(dir, df));
    } catch {
      c = null;
    }
    return opened.set(key2, c), c;
  }) : null;
}

// rules/arg-volatile-early.ts
function referencedText(ins) {
  return ins.argsText.text + ins.heredocs.map((h) => `
` + h.body).join("");
}
function envCopies(ins, carriers, refs) {
  return parseKeyValues(ins, !1).filter((kv) => kv.key && kv.value !== null && refs(kv.value).some((n) => carriers.has(n))).map((kv) => kv.key);
}
var arg_volatile_early_default = {
  id: "arg-volatile-early",
  description: "Declare per-build ARGs (commit, build date, version) after the expensive RUNs",
  severity: "warning",
  related: [],
  messages: {
    volatileEarly: "ARG {{name}} usually changes on every build, and every later RUN gets it in its environment, so '{{run}}' (line {{line}}) reruns on every build; declare the ARG just before its first use, or use it only in a LABEL at the end",
    volatileViaEnv: "ARG {{name}} usually changes on every build, and ENV {{env}} (line {{envLine}}) puts its value into every later step's environment, so '{{run}}' (line {{line}}) reruns on every build; move the ARG and the ENV below the expensive steps, or use the value only in a LABEL at the end"
  },
  options: {},
  examples: {
    valid: [
      `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
ARG GIT_SHA
LABEL org.opencontainers.image.revision=$GIT_SHA`,
      `FROM alpine:3.20
ARG NODE_VERSION=22
RUN apk add --no-cache nodejs`
    ],
    invalid: [
      `FROM node:22-alpine
ARG GIT_SHA
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
LABEL org.opencontainers.image.revision=$GIT_SHA`
    ]
  },
  differs: "BuildKit puts every ARG in scope into the RUN environment, used or not; neither hadolint nor BuildKit's checks flag it",
  check(ctx) {
    let { model, report } = ctx;
    if (!model.stages.some(
      (st) => st.instructions.some(
        (ins) => ins.keyword === "ARG" && parseKeyValues(ins.args, !0).some((kv) => kv.key && (isPerBuildArgName(kv.key, !1, null) || isPerBuildArgName(kv.key, !0, kv.plain)))
      )
    )) return;
    let facts = layerFacts(ctx), names = (ins) => (t) => model.expand(t, ins.scope).names;
    for (let sf of facts.stages) {
      let steps = sf.steps;
      steps.forEach((st, i) => {
        let ins = st.instruction;
        if (ins.keyword === "ARG")
          for (let kv of parseKeyValues(ins, !0)) {
            if (!kv.key) continue;
            let inherited = kv.value === null ? model.globalScope.get(kv.key)?.value : void 0, hasDefault = kv.value !== null || inherited !== void 0;
            if (!isPerBuildArgName(kv.key, hasDefault, kv.value !== null ? kv.plain : inherited ?? null)) continue;
            let victim = null, carriers = /* @__PURE__ */ new Set([kv.key]), via = null;
            for (let s of steps.slice(i + 1)) {
              let si = s.instruction;
              if (si.scope.get(kv.key)?.declaredBy !== ins) break;
              let used = new Set(names(si)(referencedText(si)));
              if ([...carriers].some((n) => used.has(n))) {
                let copies = si.keyword === "ENV" ? envCopies(si, carriers, (t) => model.expand(t, si.scope).names) : [];
                if (!copies.length) break;
                for (let c of copies) carriers.add(c);
                via ??= { env: copies.join(", "), line: si.line };
                continue;
              }
              let r = si.run;
              if (r && r.commands.some(isExpensive)) {
                victim = s;
                break;
              }
            }
            if (!victim) continue;
            let run = victim.display.length > 60 ? victim.display.slice(0, 57) + "..." : victim.display;
            report({
              messageId: via ? "volatileViaEnv" : "volatileEarly",
              data: { name: kv.key, run, line: victim.line, ...via ? { env: via.env, envLine: via.line } : {} },
              span: kv.keySpan
            });
          }
      });
    }
  }
};

// rules/build-arg-required-unset.ts
init_types();

// src/model/declared-args.ts
function declaredArgs(model) {
  let out = [], add = (ins, global) => {
    for (let kv of parseKeyValues(ins.args, !0)) kv.key && out.push({ name: kv.key, instruction: ins, hasDefault: kv.value !== null, global });
  };
  for (let ins of model.globalArgs) add(ins, !0);
  for (let stage of model.stages) for (let ins of stage.instructions) ins.keyword === "ARG" && add(ins, !1);
  return out;
}

// src/model/varrefs.ts
function validModifier(modifier) {
  return modifier === "" || /^(:?[-+?=]|##?|%%?|\/\/?)/.test(modifier);
}
function unsetEffect(ref) {
  return /^:?[-=]/.test(ref.modifier) ? `takes the default written in '\${${ref.name}${ref.modifier}}'` : /^:?\?/.test(ref.modifier) ? "stops the build with an error" : "expands to an empty string";
}
var NAME_START = /[A-Za-z_]/, NAME_CHAR = /[A-Za-z0-9_]/;
function findVarRefs(text, escape2, quotes = !0) {
  let out = [];
  return scan(text, 0, text.length, escape2, quotes, out, text.includes("${") ? matchingBraces(text, escape2) : null), out;
}
function matchingBraces(text, esc) {
  let close = new Int32Array(text.length).fill(-1), open = [];
  for (let k = 0; k < text.length; k++) {
    let ch = text[k];
    ch === esc ? k++ : ch === "{" ? open.push(k) : ch === "}" && open.length && (close[open.pop()] = k);
  }
  return close;
}
function scan(text, from, to, esc, quotes, out, close) {
  let stack = [{ i: from, to, inDouble: !1 }];
  for (; stack.length; ) {
    let frame = stack.pop(), { i, inDouble } = frame, end = frame.to;
    for (; i < end; ) {
      let c = text[i];
      if (c === esc && i + 1 < end) {
        i += 2;
        continue;
      }
      if (quotes && c === "'" && !inDouble) {
        let close2 = text.indexOf("'", i + 1);
        i = close2 === -1 || close2 >= end ? end : close2 + 1;
        continue;
      }
      if (quotes && c === '"') {
        inDouble = !inDouble, i++;
        continue;
      }
      if (c === "$" && i + 1 < end) {
        let next = text[i + 1];
        if (next === "{") {
          let j = i + 2, nameStart = j;
          for (; j < end && NAME_CHAR.test(text[j]); ) j++;
          let name = text.slice(nameStart, j);
          if (!name) {
            i++;
            continue;
          }
          let m = close ? close[i + 1] : -1, k = m === -1 || m > end ? end : m, refEnd = Math.min(k + 1, end), modifier = text.slice(j, Math.min(k, end)), guarded2 = /^:?[-+?=]/.test(modifier);
          out.push({ name, start: i, end: refEnd, guarded: guarded2, modifier });
          let op = /^(:?[-+?=]|##?|%%?|\/\/?)/.exec(modifier);
          if (op) {
            stack.push({ i: refEnd, to: end, inDouble }), stack.push({ i: j + op[0].length, to: Math.min(k, end), inDouble: !1 });
            break;
          }
          i = refEnd;
          continue;
        }
        if (NAME_START.test(next)) {
          let j = i + 1;
          for (; j < end && NAME_CHAR.test(text[j]); ) j++;
          out.push({ name: text.slice(i + 1, j), start: i, end: j, guarded: !1, modifier: "" }), i = j;
          continue;
        }
      }
      i++;
    }
  }
}
function logicalPiece(t, span) {
  let i0 = indexInLogical(t, span.start), i1 = Math.max(i0, indexInLogical(t, span.end));
  return { text: t.text.slice(i0, i1), offsets: t.map.slice(i0, i1 + 1) };
}
function varRefsInSpan(t, span, escape2) {
  let piece = logicalPiece(t, span);
  return findVarRefs(piece.text, escape2).map((r) => ({
    ...r,
    start: piece.offsets.at(r.start) ?? span.start,
    end: r.end > 0 ? (piece.offsets.at(r.end - 1) ?? span.end - 1) + 1 : span.start
  }));
}
function varRefsInSource(source, span, escape2, quotes = !0) {
  return findVarRefs(source.slice(span.start, span.end), escape2, quotes).map((r) => ({
    ...r,
    start: span.start + r.start,
    end: span.start + r.end
  }));
}

// rules/build-arg-required-unset.ts
var build_arg_required_unset_default = {
  id: "build-arg-required-unset",
  description: "Set every ARG a built FROM line needs and that has no default (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    unset: "ARG {{name}} has no default and {{kind}} '{{build}}' ({{file}}:{{buildLine}}) does not set it, so 'FROM {{from}}' gets an empty value; pass {{name}} there or give it a default"
  },
  options: {},
  examples: {
    valid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [{ name: "BASE", line: 6, set: !0 }], target: null } } }],
    invalid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [], target: null } } }]
  },
  differs: "only with --compose or --bake, which know every build arg the invocation sets; looks at global ARGs without a default used in the FROM of a stage the target needs (an ARG inside a stage may be optional)",
  check({ model, settings: settings2, report }) {
    let build = settings2.build;
    if (!build) return;
    let set = /* @__PURE__ */ new Set([...build.args.filter((a) => a.set).map((a) => a.name), ...model.buildArgs.keys()]), globals = declaredArgs(model).filter((d) => d.global), last = new Map(globals.map((d) => [d.name, d])), escape2 = model.directives.escape, reported = /* @__PURE__ */ new Set();
    for (let stage of model.stages) {
      if (!stage.reachable) continue;
      let word = stage.from.args[0];
      if (!(!word || !word.raw.includes("$")))
        for (let ref of findVarRefs(word.raw, escape2)) {
          let decl = last.get(ref.name);
          !decl || decl.hasDefault || ref.guarded || set.has(ref.name) || reported.has(ref.name) || (reported.add(ref.name), report({
            messageId: "unset",
            data: { name: ref.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, file: build.file, buildLine: build.line, from: word.raw },
            span: decl.instruction.keywordSpan
          }));
        }
    }
  }
};

// rules/build-arg-undeclared.ts
init_types();

// src/model/intern.ts
var table = /* @__PURE__ */ new Map(), building = !1;
function intern(s) {
  if (!building || s.length > 64) return s;
  let seen = table.get(s);
  return seen !== void 0 ? seen : (table.size < 16384 && table.set(s, s), s);
}
function interning(textLength, build) {
  if (building || textLength < 262144) return build();
  building = !0;
  try {
    return build();
  } finally {
    building = !1, table.size && (table = /* @__PURE__ */ new Map());
  }
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

// src/model/expand.ts
var NAME_START2 = /[A-Za-z_]/, NAME_CHAR2 = /[A-Za-z0-9_]/;
function expandWord(text, scope, escapeChar = "\\") {
  let state = { unresolved: !1, undefinedNames: [], names: [] };
  return { value: expandInto(text, scope, escapeChar, state, !0), ...state };
}
function expandInto(text, scope, esc, st, removeQuotes) {
  let out = "", lit = 0, i = 0, inDouble = !1, n = text.length;
  for (; i < n; ) {
    let c = text[i];
    if (c === esc && i + 1 < n) {
      let next = text[i + 1];
      if (!inDouble || next === "$" || next === '"' || next === esc) {
        removeQuotes && (out += text.slice(lit, i), lit = i + 1), i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === "'" && !inDouble) {
      let close = text.indexOf("'", i + 1), end = close === -1 ? n : close;
      removeQuotes && (out += text.slice(lit, i) + text.slice(i + 1, end), lit = Math.min(end + 1, n)), i = end + 1;
      continue;
    }
    if (c === '"') {
      inDouble = !inDouble, removeQuotes && (out += text.slice(lit, i), lit = i + 1), i++;
      continue;
    }
    if (c === "$" && i + 1 < n) {
      let r = readVariable(text, i, scope, esc, st);
      if (r) {
        out += text.slice(lit, i) + r.value, i = r.end, lit = i;
        continue;
      }
    }
    i++;
  }
  return lit === 0 ? text : out + text.slice(lit, n);
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
    for (; j < n && NAME_CHAR2.test(text[j]); ) j++;
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
  if (j < n && NAME_START2.test(text[j])) {
    let nameStart = j;
    for (; j < n && NAME_CHAR2.test(text[j]); ) j++;
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
function referencedNames2(text, escapeChar = "\\") {
  let st = { unresolved: !1, undefinedNames: [], names: [] };
  return expandInto(text, /* @__PURE__ */ new Map(), escapeChar, st, !0), st.names;
}

// src/model/position-map.ts
var PositionMap = class _PositionMap {
  /** Index of the first character of each run (ascending, starts at 0); null for one run (most maps: a one-line instruction). */
  starts;
  /** Source offset of that character; the run continues with +1 per character. Null for one run. */
  offsets;
  /** The source offset of position 0 when the map is one run (no arrays to keep per map). */
  first;
  /** Number of positions (the text's length + 1: the last is the offset just after it). */
  length;
  constructor(starts, offsets, length) {
    let single = starts.length === 1;
    this.starts = single ? null : starts, this.offsets = single ? null : offsets, this.first = single ? offsets[0] : 0, this.length = length;
  }
  /** `length` consecutive offsets from `first`. */
  static contiguous(first, length) {
    return length > 0 ? new _PositionMap(ONE_RUN, [first], length) : new _PositionMap([], [], 0);
  }
  /** Offsets one by one (each clamped run of equal values is a run per value). */
  static of(values) {
    let b = new PositionMapBuilder();
    for (let i = 0; i < values.length; i++) b.push(values[i]);
    return b.build();
  }
  run(starts, i) {
    let lo = 0, hi = starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      starts[mid] <= i ? lo = mid : hi = mid - 1;
    }
    return lo;
  }
  /** The source offset of position `i`, undefined outside 0..length-1 (as an array would). */
  at(i) {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return;
    let starts = this.starts;
    if (starts === null) return this.first + i;
    let k = this.run(starts, i);
    return this.offsets[k] + (i - starts[k]);
  }
  /** The last position's offset (undefined when empty). */
  last() {
    return this.at(this.length - 1);
  }
  /** Positions `from` to `to` (exclusive, clamped), as `Array.prototype.slice`. */
  slice(from, to = this.length) {
    let a = Math.max(0, Math.min(from, this.length)), z = Math.max(a, Math.min(to, this.length));
    if (z === a) return new _PositionMap([], [], 0);
    let all = this.starts;
    if (all === null) return new _PositionMap(ONE_RUN, [this.first + a], z - a);
    let starts = [], offsets = [];
    for (let k = this.run(all, a); k < all.length && all[k] < z; k++) {
      let s = Math.max(all[k], a);
      starts.push(s - a), offsets.push(this.offsets[k] + (s - all[k]));
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
    return this.starts.length === 1 ? new PositionMap(ONE_RUN, this.offsets, this.n) : new PositionMap(this.starts.slice(), this.offsets.slice(), this.n);
  }
};

// src/model/scan.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\r", `
`]);
function isBlank(s) {
  return /^[ \t\r]*$/.test(s);
}
function readHeader(src, from, limit, escape2) {
  let pieces = [], map = new PositionMapBuilder(), pos = from, emptyContinuation = null, first = !0;
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
    let continued = k >= pos && src[k] === escape2 && (k === lineStartOf(src, pos) || src[k - 1] !== escape2), contentEnd = continued ? k : lineEnd;
    if (pieces.push(src.slice(pos, contentEnd)), map.pushRange(pos, contentEnd), !continued || eol >= limit)
      return map.push(contentEnd), { text: { text: joinPieces(pieces), map: map.build() }, end: contentEnd, nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
    pos = eol + 1;
  }
  function finish(pos2, eol) {
    return map.push(map.length ? map.last() + 1 : pos2), { text: { text: joinPieces(pieces), map: map.build() }, end: map.last(), nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
  }
}
function joinPieces(pieces) {
  return pieces.length === 1 ? pieces[0] : pieces.join("");
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
function splitWords(t, from, escape2) {
  let s = t.text, esc = escape2.charCodeAt(0), words4 = [], i = from, n = s.length;
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
    let raw = intern(s.slice(start, i)), value = plain ? raw : intern(unquote(raw, escape2));
    words4.push({ start: t.map.at(start), end: i > start ? t.map.at(i - 1) + 1 : t.map.at(start), raw, value });
  }
  return words4;
}
function unquote(raw, escape2) {
  let value = "", quote = null, lit = 0;
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    quote ? c === quote ? (value += raw.slice(lit, i), quote = null, lit = i + 1) : c === escape2 && quote === '"' && i + 1 < raw.length && (value += raw.slice(lit, i), lit = ++i) : c === '"' || c === "'" ? (value += raw.slice(lit, i), quote = c, lit = i + 1) : c === escape2 && i + 1 < raw.length && (value += raw.slice(lit, i), lit = ++i);
  }
  return value + raw.slice(lit);
}
var NO_BOOL_FLAGS = /* @__PURE__ */ new Set(), NO_FLAGS = Object.freeze([]);
function takeFlags(words4, boolFlags = NO_BOOL_FLAGS) {
  if (!(words4[0]?.raw.startsWith("--") ?? !1)) return { flags: NO_FLAGS, rest: words4.slice() };
  let flags = [], i = 0;
  for (; i < words4.length; i++) {
    let w = words4[i];
    if (!w.raw.startsWith("--") || w.raw.length < 3) break;
    let eq = w.raw.indexOf("="), name = (eq === -1 ? w.raw.slice(2) : w.raw.slice(2, eq)).toLowerCase(), next = words4[i + 1];
    if (eq === -1 && !boolFlags.has(name) && next && !next.raw.startsWith("--") && i + 2 < words4.length) {
      flags.push({ start: w.start, end: next.end, name, value: next.value, valueSpan: { start: next.start, end: next.end }, spaced: !0 }), i++;
      continue;
    }
    let value = eq === -1 ? null : w.value.slice(w.value.indexOf("=") + 1), valueSpan = eq === -1 ? { start: w.start + 2, end: w.end } : { start: Math.min(w.start + eq + 1, w.end), end: w.end };
    flags.push({ start: w.start, end: w.end, name, value, valueSpan });
  }
  return { flags: flags.slice(), rest: words4.slice(i) };
}
var JSON_ESCAPES = { n: `
`, t: "	", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
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
    let v = "", lit = i;
    for (; i < n && s[i] !== '"'; ) {
      if (s[i] === "\\") {
        v += s.slice(lit, i);
        let e = s[i + 1];
        if (e === void 0) return null;
        if (e === "u") {
          let hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
          v += String.fromCharCode(parseInt(hex, 16)), i += 6, lit = i;
          continue;
        }
        if (!(e in JSON_ESCAPES)) return null;
        v += JSON_ESCAPES[e], i += 2, lit = i;
        continue;
      }
      i++;
    }
    if (i >= n) return null;
    if (v += s.slice(lit, i), i++, values.push(v), spans.push(spanOf(t, start, i)), skip(), s[i] === ",") {
      i++;
      continue;
    }
    return s[i] === "]" ? (i++, skip(), i === n ? { values: values.slice(), spans: spans.slice() } : null) : null;
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
    let bodyStart = pos, pieces = [], map = new PositionMapBuilder(), terminated = !1, lastEnd = pos;
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
      if (map.length && (pieces.push(`
`), map.push(pos - 1)), pieces.push(src.slice(lineFrom, lineEnd)), map.pushRange(lineFrom, lineEnd), lastEnd = lineEnd, pos = eol + 1, eol >= limit) break;
    }
    map.push(Math.min(lastEnd, src.length));
    let bodyMap = map.build(), bodyEndOffset = bodyMap.length > 1 ? bodyMap.at(bodyMap.length - 2) + 1 : bodyStart;
    if (heredocs.push({
      name: mk.name,
      stripTabs: mk.stripTabs,
      quoted: mk.quoted,
      marker: spanOf(t, mk.from, mk.to),
      body: joinPieces(pieces),
      bodySpan: { start: bodyStart, end: bodyEndOffset },
      bodyLine: lineOf(bodyStart)
    }), bodyMaps.set(heredocs[heredocs.length - 1], bodyMap), !terminated) return { heredocs: heredocs.slice(), end: Math.min(pos, limit), unterminated: mk };
  }
  return { heredocs: heredocs.slice(), end: pos, unterminated: null };
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
function parseImageRef(word, scope, escape2, _text) {
  let r = expandWord(word.raw, scope, escape2), expanded = r.value, parts = splitImage(expanded), tagSpan = { start: word.start, end: word.end };
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
init_paths();
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
function keywordAt(text, pos, lineEnd, escape2) {
  let i = pos;
  for (; i < lineEnd && (text[i] === " " || text[i] === "	"); ) i++;
  if (i >= lineEnd || text[i] === "#" || text[i] === "\r") return null;
  let start = i;
  for (; i < lineEnd; ) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || text[i] === escape2 && /^[ \t\r]*$/.test(text.slice(i + 1, lineEnd))) break;
    i++;
  }
  return { start, end: i };
}

// src/model/run.ts
init_paths();

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
    i > n && (i = n);
    let raw = intern(t.slice(start, i));
    return value = lit === start ? raw : intern(value + t.slice(lit, i)), this.pos = i, { start, end: i, raw, value, hasExpansion: hasExp, quoted };
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
var NO_MOUNTS = Object.freeze([]), NO_SHELL_WORDS = Object.freeze([]);
function analyseRun(ins, shell, windows) {
  let parsed = parseMounts(ins), mounts = parsed.length ? parsed : NO_MOUNTS, scripts = [], windowsShell = windows || isWindowsShell(shell), info = { form: ins.json ? "exec" : "shell", scripts, commands: [], mounts, shell, windowsShell };
  if (windowsShell) return info;
  let scope = ins.scope;
  if (ins.json) {
    let { values, spans } = ins.json, exe = baseName(values[0] ?? ""), c = values.indexOf("-c");
    if (POSIX_SHELLS.has(exe) && c !== -1 && values[c + 1] !== void 0) {
      let span = spans[c + 1], script = values[c + 1], map = new PositionMapBuilder();
      for (let i = 0; i <= script.length; i++) map.push(Math.min(span.start + 1 + i, span.end - 1));
      scripts.push(makeScript("exec", { text: script, map: map.build() }, scope));
    } else {
      let words4 = values.map((v, i) => ({
        start: spans[i].start,
        end: spans[i].end,
        raw: v,
        value: v,
        expanded: v,
        hasExpansion: !1
      })), first = words4[0];
      if (first) {
        let cmd = {
          start: first.start,
          end: words4[words4.length - 1].end,
          assignments: [],
          words: words4,
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
  return info.scripts = scripts.slice(), info.commands = scripts.length === 1 ? scripts[0].commands : scripts.flatMap((s) => s.commands), info;
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
  return { source, text, commands: commandsOf(text.text, 0, text, scope, 0, !1, { next: 0 }).slice() };
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
    let at = (i) => text.map.at(offset + i) ?? 0, words4 = c.words.map((w) => toShellWord(w, text, scope, offset)), assignments = c.assignments.length ? c.assignments.map((w) => toShellWord(w, text, scope, offset)) : NO_SHELL_WORDS;
    out.push({
      start: at(c.start),
      end: c.end > c.start ? at(c.end - 1) + 1 : at(c.start),
      assignments,
      words: words4,
      name: words4[0] ? intern(baseName(words4[0].value)) : "",
      subshellDepth: c.subshellDepth + depth,
      next: c.next,
      pipeline: base + c.pipeline,
      compound: c.compound || compound,
      // Set on first use (packages.ts); a field from the start spares each command a property store of its own.
      packageCommand: void 0
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
    let old = node.items, items2 = new Array(old.length + 1);
    for (let k = 0, j = 0; k < items2.length; k++) items2[k] = k === idx ? leaf : old[j++];
    return { bitmap: node.bitmap | bit, items: items2 };
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
function find(root, key2, hash) {
  let node = root;
  for (let shift = 0; ; shift += 5) {
    if (isLeaf(node)) return node.key === key2 ? node : void 0;
    if (isCollision(node)) return node.leaves.find((l) => l.key === key2);
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
  with(key2, value) {
    let added = { yes: !1 }, root = insert2(this.root, { key: key2, hash: hashOf(key2), value, seq: this.nextSeq }, 0, added);
    return new _PersistentScope(root, added.yes ? this.size + 1 : this.size, this.nextSeq + 1);
  }
  get(key2) {
    return find(this.root, key2, hashOf(key2))?.value;
  }
  has(key2) {
    return find(this.root, key2, hashOf(key2)) !== void 0;
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
function withBinding(scope, key2, value) {
  return scope instanceof PersistentScope ? scope.with(key2, value) : new Map(scope).set(key2, value);
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
  return interning(input.length, () => buildModelOf(input, options));
}
function buildModelOf(input, options) {
  let hadBom = input.charCodeAt(0) === 65279, text = hadBom ? input.slice(1) : input, lines = createLineIndex(text), buildArgs = options.buildArgs instanceof Map ? options.buildArgs : new Map(Object.entries(options.buildArgs ?? {})), parseProblems = [], directives = readDirectives(text), escape2 = directives.escape, instructions = [];
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf(`
`, pos);
    eol === -1 && (eol = text.length);
    let kw = keywordAt(text, pos, eol, escape2);
    if (!kw) {
      pos = eol + 1;
      continue;
    }
    let instr = readInstruction(text, kw.start, kw.end, text.length, escape2, lines, parseProblems);
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
    expand: (t, scope2) => expandWord(t, scope2, escape2),
    stageByRef: () => null,
    keywordIndex: null,
    runSiteLists: null
  }, stages = [], stagesByName = /* @__PURE__ */ new Map(), addStage = (stage) => {
    stages.push(stage), stage.name !== null && !stagesByName.has(stage.name) && stagesByName.set(stage.name, stage);
  }, stageByRef = (ref) => {
    let named = stagesByName.get(ref.toLowerCase());
    return named || (/^\d+$/.test(ref) ? stages[Number(ref)] ?? null : null);
  };
  model.stageByRef = stageByRef;
  let windowsEscape = escape2 === "`", current = null, scope = globalScope, shell = DEFAULT_SHELL, finalScopes = /* @__PURE__ */ new Map(), stageStartScope = PersistentScope.empty().with("PATH", { name: "PATH", value: void 0, kind: "env" }), hasFrom = instructions.some((ins) => ins.keyword === "FROM");
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
          let ref = expandWord(from.value, ins.scope, escape2).value, dep = stageByRef(ref);
          dep && dep !== stage && !stage.dependsOn.includes(dep) && stage.dependsOn.push(dep);
        }
      }
      if (ins.run)
        for (let m of ins.run.mounts) {
          let ref = m.options.from;
          if (!ref) continue;
          let dep = stageByRef(expandWord(ref, ins.scope, escape2).value);
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
    let at = { start: first.start, end: first.start, raw: "", value: "" }, image = { ...parseImageRef(at, globalScope, escape2, text), unresolved: !0 };
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
    let words4 = ins.args, imageWord = words4[0], nameWord = null;
    words4.length >= 3 && words4[1].value.toLowerCase() === "as" && (nameWord = words4[2]);
    let platform = ins.flags.find((f) => f.name === "platform") ?? null, image = parseImageRef(imageWord ?? { start: ins.keywordSpan.end, end: ins.keywordSpan.end, raw: "", value: "" }, globalScope, escape2, text), parent = image.unresolved || !image.expanded ? null : stageByRef(image.expanded);
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
        let r = expandWord(kv.value, next, escape2);
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
      let r = expandWord(kv.value ?? "", base, escape2);
      next = next.with(kv.key, { name: kv.key, value: r.unresolved ? void 0 : r.value, kind: "env", declaredBy: ins });
    }
    return next;
  }
}
function isWindowsImage(image) {
  return /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)([/:-]|$)|dotnet\/framework|mcr\.microsoft\.com\/windows/i.test(image);
}
function readInstruction(text, kwStart, kwEnd, limit, escape2, lines, problems) {
  let sliced = text.slice(kwStart, kwEnd), upper = sliced.toUpperCase(), keyword = KEYWORD_STRINGS.get(upper) ?? upper, keywordRaw = sliced === keyword ? keyword : sliced, header = readHeader(text, kwEnd, Math.max(limit, kwEnd), escape2), end = header.end, ins = makeInstruction(keyword, keywordRaw, { start: kwStart, end: kwEnd }, header.text, escape2, problems);
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
var NO_VARIABLES = /* @__PURE__ */ new Map(), KEYWORD_STRINGS = new Map([...KNOWN_INSTRUCTIONS].map((k) => [k, k])), NO_HEREDOCS = Object.freeze([]), NO_COMMENTS = Object.freeze([]);
function makeInstruction(keyword, keywordRaw, keywordSpan, argsText, escape2, problems) {
  let words4 = splitWords(argsText, 0, escape2), hasFlags = keyword in KNOWN_FLAGS, { flags, rest } = hasFlags ? takeFlags(words4, BOOL_FLAGS) : { flags: NO_FLAGS, rest: words4.slice() }, ins = {
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
    heredocs: NO_HEREDOCS,
    stage: null,
    scope: NO_VARIABLES,
    run: null,
    onbuild: null,
    commentsAbove: NO_COMMENTS
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
  } else keyword === "HEALTHCHECK" && rest.length > 1 && rest[0].raw.toUpperCase() === "CMD" && (ins.json = parseJsonArray(argsText, indexInLogical(argsText, rest[1].start)));
  if (keyword === "ONBUILD" && rest.length) {
    let first = rest[0], from = indexInLogical(argsText, first.start), innerKw = first.raw, innerText = sliceLogical(argsText, from + innerKw.length), inner = makeInstruction(innerKw.toUpperCase(), innerKw, { start: first.start, end: first.end }, innerText, escape2, problems);
    ins.onbuild = inner;
  }
  return ins;
}
function commentsAbove(ins, lines) {
  let out = null;
  for (let l = ins.line - 1; l >= 1; l--) {
    let t = lines.lineText(l), m = /^[ \t]*#(.*)$/.exec(t);
    if (!m) break;
    let start = lines.lineStart(l) + t.indexOf("#");
    (out ??= []).unshift({ text: m[1].trim(), span: { start, end: lines.lineStart(l) + t.length }, line: l });
  }
  return out ?? NO_COMMENTS;
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

// rules/build-arg-undeclared.ts
init_schema();
var BUILTIN = /* @__PURE__ */ new Set([...PREDEFINED_ARGS, ...PLATFORM_ARGS]), build_arg_undeclared_default = {
  id: "build-arg-undeclared",
  description: "Pass only build args the Dockerfile declares (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    undeclared: "{{file}}:{{line}} passes build arg '{{name}}' to {{kind}} '{{build}}', but this Dockerfile declares no ARG {{name}}, so the value is unused{{hint}}; declare it or remove it there"
  },
  options: {},
  examples: {
    valid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSION", line: 5, set: !0 }], target: null } } }],
    invalid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSON", line: 5, set: !0 }], target: null } } }]
  },
  differs: "only with --compose or --bake, which know the build args; BuildKit warns about unused build args at build time, hadolint cannot see them",
  check({ model, settings: settings2, report }) {
    let build = settings2.build;
    if (!build || !model.stages.length) return;
    let declared = new Set(declaredArgs(model).map((d) => d.name)), span = model.stages[0].from.keywordSpan;
    for (let arg of build.args) {
      if (declared.has(arg.name) || BUILTIN.has(arg.name) || arg.name.startsWith("BUILDKIT_")) continue;
      let close = suggest(arg.name, declared);
      report({
        messageId: "undeclared",
        data: { file: arg.file ?? build.file, line: arg.line, name: arg.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, hint: close ? ` (did you mean '${close}'?)` : "" },
        span
      });
    }
  }
};

// rules/build-target-missing.ts
init_types();
var build_target_missing_default = {
  id: "build-target-missing",
  description: "Build a target stage that exists (Compose build.target, Bake target)",
  severity: "error",
  related: [],
  messages: {
    missing: "{{file}}:{{line}} builds stage '{{target}}' for {{kind}} '{{build}}', but this Dockerfile has no stage named so ({{stages}}); the build fails"
  },
  options: {},
  examples: {
    valid: [{ code: `FROM golang:1.23 AS build
FROM alpine:3.20 AS runtime`, settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "runtime", line: 4 } } } }],
    invalid: [{ code: `FROM golang:1.23 AS build
FROM alpine:3.20 AS runtime`, settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "release", line: 4 } } } }]
  },
  differs: "only with --compose or --bake; the build itself fails with 'target stage could not be found'",
  check({ model, settings: settings2, report }) {
    let target = settings2.build?.target;
    if (!target || !model.stages.length) return;
    let wanted = target.name.toLowerCase();
    if (model.stages.some((s) => s.name === wanted)) return;
    let names = model.stages.map((s) => s.nameRaw).filter((n) => n !== null), last = model.stages[model.stages.length - 1];
    report({
      messageId: "missing",
      data: {
        file: target.file ?? settings2.build.file,
        line: target.line,
        target: target.name,
        kind: settings2.build.kind === "compose" ? "service" : "target",
        build: settings2.build.name,
        stages: names.length ? `stages: ${names.join(", ")}` : "no stage has a name"
      },
      span: last.from.keywordSpan
    });
  }
};

// rules/cmd-exec-form.ts
init_types();
var SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]{}~#]/;
function hasShellInstruction(stage, before) {
  for (let s = stage; s; s = s.parent)
    for (let ins of s.instructions) {
      if (s === stage && ins.index >= before.index) break;
      if (ins.keyword === "SHELL") return !0;
    }
  return !1;
}
function checkHealthcheck(ins, stage, report) {
  let cmd = ins.args[0];
  if (!cmd || cmd.value.toUpperCase() !== "CMD" || ins.args.length < 2 || ins.json) return;
  let command = ins.args.slice(1), text = ins.argsText.text.slice(indexInLogical(ins.argsText, command[0].start)).trim(), suggestion = !SHELL_SYNTAX.test(text) ? JSON.stringify(command.map((a) => a.value)).replace(/","/g, '", "') : "";
  report({
    messageId: "healthcheckShellForm",
    data: { shell: stage.windows ? "cmd" : "/bin/sh", suggestion: suggestion ? `: HEALTHCHECK CMD ${suggestion}` : "" },
    span: { start: cmd.start, end: command[command.length - 1].end },
    related: ["hadolint:DL3025"],
    fix: suggestion ? [{ span: { start: command[0].start, end: command[command.length - 1].end }, text: suggestion }] : void 0
  });
}
var cmd_exec_form_default = {
  id: "cmd-exec-form",
  keywords: ["CMD", "ENTRYPOINT", "HEALTHCHECK"],
  description: "Write CMD and ENTRYPOINT in exec (JSON) form",
  severity: "warning",
  related: ["hadolint:DL3025", "buildkit:JSONArgsRecommended"],
  fixable: !0,
  messages: {
    shellForm: "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; use exec form: {{keyword}} {{suggestion}}",
    shellSyntax: "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; start the command with 'exec' so that it replaces the shell, or move the shell logic into a script and name the script in exec form",
    healthcheckShellForm: "HEALTHCHECK CMD in shell form needs {{shell}} in the image to run the probe; use exec form{{suggestion}}"
  },
  options: {
    checkHealthcheck: {
      description: "Also report HEALTHCHECK CMD in shell form, as hadolint's DL3025 does (BuildKit never checks it)",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM python:3.12
CMD ["python", "app.py"]`, `FROM debian:12
SHELL ["/bin/bash", "-c"]
CMD echo $HOME`],
    invalid: [`FROM python:3.12
CMD python app.py`, `FROM alpine:3.20
ENTRYPOINT ./run.sh --port 80`]
  },
  differs: "a command started with 'exec' (`CMD exec gunicorn ...`) is not reported, as the process replaces the shell; like BuildKit, a SHELL set earlier in the stage or a parent stage silences it, and HEALTHCHECK CMD is not checked (hadolint checks it, and so does the hadolint preset: option checkHealthcheck): a health check is a short-lived command that needs no signal handling, and Docker's documentation writes it in shell form",
  check({ model, options, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword === "HEALTHCHECK" && options.checkHealthcheck) {
          checkHealthcheck(ins, stage, report);
          continue;
        }
        if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT" || ins.json || ins.args.length === 0 || hasShellInstruction(stage, ins)) continue;
        let first = ins.args[0];
        if (first.value === "exec" && ins.args.length > 1) continue;
        let text = ins.argsText.text.trim(), simple2 = !SHELL_SYNTAX.test(text), shell = stage.windows ? "cmd /S /C" : "/bin/sh -c", last = ins.args[ins.args.length - 1], span = { start: ins.keywordSpan.start, end: last.end }, singleQuoted = /^\[\s*'[^"]*\]$/.test(text);
        if (!simple2 && !singleQuoted) {
          report({ messageId: "shellSyntax", data: { keyword: ins.keyword, shell }, span });
          continue;
        }
        let suggestion = singleQuoted ? text.replace(/'/g, '"') : JSON.stringify(ins.args.map((a) => a.value)).replace(/","/g, '", "');
        report({
          messageId: "shellForm",
          data: { keyword: ins.keyword, suggestion, shell },
          span,
          // A lone shell builtin (`CMD exec`) is no program that exec form could start.
          fix: singleQuoted || first.value === "exec" ? void 0 : [{ span: { start: first.start, end: last.end }, text: suggestion }]
        });
      }
  }
};

// rules/continuation-not-empty.ts
init_types();
init_paths();
var continuation_not_empty_default = {
  id: "continuation-not-empty",
  description: "Do not leave empty lines inside a line continuation",
  severity: "warning",
  related: ["buildkit:NoEmptyContinuation"],
  messages: {
    empty: "Line {{blank}} is empty inside a line continuation; BuildKit skips it (it will become an error), so remove it",
    joinsInstruction: "Line {{blank}} is empty, but it does not end the instruction: the '\\' continuation goes on, so '{{keyword}}' on line {{next}} becomes part of this {{this}}; remove the trailing '\\' before the empty line"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
RUN apk add --no-cache \\
    curl \\
    git`],
    invalid: [`FROM alpine:3.20
RUN apk add --no-cache \\
    curl \\

    git`]
  },
  differs: "reports at the first empty line (BuildKit: at the instruction's last line), and also tells when the empty line makes BuildKit swallow the next instruction into this one",
  fixable: !0,
  check({ model, report }) {
    let { lines } = model, visit = (ins) => {
      let ec = ins.emptyContinuation;
      if (!ec) return;
      let headerEnd = ins.argsText.map.at(ins.argsText.text.length) ?? ins.keywordSpan.end, lastLine = Math.max(lines.position(Math.max(ins.keywordSpan.end, headerEnd - 1)).line, lines.position(ec.start).line), esc = model.directives.escape === "`" ? "`" : "\\\\", continues = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`), blanks = [];
      for (let l = ins.line; l <= lastLine; l++) {
        let t = lines.lineText(l).replace(/\r$/, "");
        if (l > ins.line && /^[ \t]*$/.test(t)) {
          blanks.push(l);
          continue;
        }
        if (!(l > ins.line && /^[ \t]*#/.test(t)) && !continues.test(t))
          break;
      }
      if (!blanks.length) return;
      let firstBlank = blanks[0] ?? lines.position(ec.start).line, joined = null;
      for (let b of blanks) {
        for (let l = b + 1; l <= lastLine; l++) {
          let t = lines.lineText(l);
          if (/^[ \t\r]*(#.*)?$/.test(t)) continue;
          let w = /^[ \t]*([A-Za-z]+)(?=[ \t\r]|$)/.exec(t)?.[1];
          w && KNOWN_INSTRUCTIONS.has(w.toUpperCase()) && (w === w.toUpperCase() || w === ins.keywordRaw) && (joined = { line: l, keyword: w });
          break;
        }
        if (joined) break;
      }
      let blankStart = lines.lineStart(firstBlank), span = { start: blankStart, end: blankStart + trimEndOf(lines.lineText(firstBlank), "\r").length };
      if (joined) {
        report({
          messageId: "joinsInstruction",
          data: { blank: firstBlank, keyword: joined.keyword, next: joined.line, this: ins.keywordRaw },
          span
        });
        return;
      }
      let fix = [];
      if (blanks.length && blanks[blanks.length - 1] < lastLine)
        for (let b of blanks) fix.push({ span: { start: lines.lineStart(b), end: lines.lineStart(b + 1) }, text: "" });
      report({ messageId: "empty", data: { blank: firstBlank }, span, ...fix.length ? { fix } : {} });
    };
    for (let ins of model.instructions) visit(ins);
  }
};

// rules/context-secret-baked.ts
init_types();
import { relative } from "node:path";

// src/layers/baked.ts
import { closeSync, openSync, readSync } from "node:fs";
import { join as join2, posix as posix2 } from "node:path";
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
      i.keyword === "WORKDIR" && (wd = posix2.resolve(wd, model.expand(i.argsText.text.trim(), i.scope).value));
    }
  return wd;
}
function destinations(files, source, dest, destIsDir) {
  let src = contextRelative(source), out = [];
  if (src === ".") {
    for (let f of files) out.push({ path: f.path, dest: posix2.join(dest, f.path), size: f.size });
    return out;
  }
  let parts = src.split("/"), wild = hasWildcard(src);
  for (let f of files) {
    let fp = f.path.split("/");
    if (!wild && f.path === src) {
      out.push({ path: f.path, dest: destIsDir ? posix2.join(dest, fp[fp.length - 1]) : dest, size: f.size });
      continue;
    }
    if (wild && fp.length === parts.length) {
      out.push({ path: f.path, dest: posix2.join(dest, fp[fp.length - 1]), size: f.size });
      continue;
    }
    out.push({ path: f.path, dest: posix2.join(dest, fp.slice(parts.length).join("/")), size: f.size });
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
      let exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false"), d = model.expand(dest.value, ins.scope).value, destAbs = posix2.resolve(workdirBefore(model, ins), d), destIsDir = /\/$|^\.$|\/\.$/.test(d) || local.length > 1 || local.some(hasWildcard), step = { instruction: ins, line: ins.line, files: [], secrets: [], big: [], unpacked: [] }, seen = /* @__PURE__ */ new Set();
      for (let src of local) {
        let sel = context.select([src], { exclude, parents });
        for (let f of parents ? sel.files.map((x) => ({ path: x.path, dest: posix2.join(destAbs, x.path), size: x.size })) : destinations(sel.files, src, destAbs, destIsDir)) {
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
  let matcher2 = context.ignore.matcher, used = new Uint8Array(matcher2.patterns.length), seenDirs = /* @__PURE__ */ new Set(), test = (path2) => {
    for (let i of matcher2.candidatesFor(path2)) !used[i] && matcher2.matchesAt(i, path2) && (used[i] = 1);
  };
  for (let f of context.allPaths()) {
    if (matcher2.work > context.limits.patternTests) break;
    test(f);
    for (let i = f.lastIndexOf("/"); i > 0; i = f.lastIndexOf("/", i - 1)) {
      let dir = f.slice(0, i);
      if (seenDirs.has(dir)) break;
      seenDirs.add(dir), test(dir);
    }
  }
  return context.truncated !== null || matcher2.work > context.limits.patternTests ? [] : context.ignore.patterns.filter((_, i) => !used[i]).map((p) => ({ pattern: p.pattern, line: p.line, negate: p.negate }));
}
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i, KEY_NAMES = /^(id_(rsa|dsa|ecdsa|ed25519)(_sk)?|.*\.(key|p12|pfx|jks|keystore|ppk))$/i, PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/, TOKEN_LINE = /(_authToken|_auth\s*=|_password\s*=|npmAuthToken|^\s*password\s*[=:]|^\s*username\s*[=:].*\n?.*password|"auth"\s*:|aws_secret_access_key|private_key)/im;
function secretKind(path2, head) {
  let parts = path2.split("/"), base = parts[parts.length - 1];
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
function secretEntries(secrets) {
  let git = secrets.filter((s) => s.path.split("/").includes(".git")), out = secrets.filter((s) => !git.includes(s)).map((s) => ({ path: s.path, kind: s.kind }));
  return git.length && out.push({ path: ".git", kind: `${git.length} file${git.length === 1 ? "" : "s"}: history and remotes` }), out;
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

// src/model/manifests-first.ts
var KEPT_FLAGS = /* @__PURE__ */ new Set(["chown", "chmod", "link"]), MOVABLE_PAST = /* @__PURE__ */ new Set(["COPY", "ADD", "EXPOSE", "LABEL"]), FETCH_STEP = {
  go: { tools: ["go"], run: () => "go mod download", manifests: ["go.mod", "go.sum"] },
  maven: { tools: ["mvn"], run: (t) => `${t} dependency:go-offline`, manifests: ["pom.xml"] },
  dotnet: { tools: ["dotnet"], run: (t) => `${t} restore`, manifests: ["*.csproj"] }
};
function installNeedsSource(inst, argv2) {
  switch (inst.ecosystem) {
    case "pip":
      return inst.manifests.includes("pyproject.toml");
    // `pip install .` / `-e .`
    case "poetry":
      return !argv2.includes("--no-root");
    case "uv":
      return argv2[1] === "sync" && !argv2.includes("--no-install-project");
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
    let slash = m.lastIndexOf("/"), dir = slash === -1 ? "" : m.slice(0, slash + 1), list2 = byDir.get(dir) ?? [];
    list2.push(optionalAfterFirst && (i > 0 || globbed) && !m.includes("*") ? m + "*" : m), byDir.set(dir, list2);
  }), [...byDir].map(([dir, files]) => `${keyword}${flags} ${files.join(" ")} ${files.length === 1 && !files[0].includes("*") && !dir && dest === "." ? "." : withSlash(dest) + dir}`);
}
function manifestsFirstFix(model, stage, copy, run, install) {
  if (copy.json || copy.heredocs.length || copy.flags.some((f) => !KEPT_FLAGS.has(f.name))) return null;
  let dest = copyParts(copy).dest;
  if (!dest || dest.value !== dest.raw || /[\s$"'\\`]/.test(dest.raw)) return null;
  let copyLines = instructionLines(model, copy);
  if (!copyLines) return null;
  let list2 = stage.instructions, between = list2.slice(list2.indexOf(copy) + 1, list2.indexOf(run));
  if (between.some((i) => !MOVABLE_PAST.has(i.keyword) && i.keyword !== "RUN") || !dest.value.startsWith("/") && !stage.image.isScratch && !hasWorkdirBefore(stage, copy) || !(dest.value === "." || dest.value === "./" || dest.value === "./." || workdirAt(model, stage, copy) === dest.value.replace(/\/+$/, "")) || install.manifests.some((m) => m.startsWith("/") || m.split("/").includes("..") || /[\s$"'\\`]/.test(m))) return null;
  let argv2 = install.command.words.map((w) => w.expanded ?? w.value);
  if (argv2.some((a) => a.startsWith("/") && install.manifests.some((m) => a.endsWith("/" + m)))) return null;
  let keyword = /^[a-z]+$/.test(copy.keywordRaw) ? "copy" : "COPY", flags = copy.flags.map((f) => " " + model.text.slice(f.start, f.end)).join(""), indent = model.text.slice(copyLines.start, copy.start), eco = install.ecosystem, present = (m) => copiedBefore(stage, copy, m, dest.value);
  if (installNeedsSource(install, argv2)) {
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
function folder(path2) {
  return path2.replace(/\/+$/, "").replace(/^\.(\/+|$)/, "");
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

// src/layers/render.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  let units = ["kB", "MB", "GB", "TB"], v = n / 1024, i = 0;
  for (; v >= 1024 && i < units.length - 1; )
    v /= 1024, i++;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

// rules/context-secret-baked.ts
function few(items, n = 4) {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} and ${items.length - n} more`;
}
var context_secret_baked_default = {
  id: "context-secret-baked",
  description: "Keep secret-looking and very large build-context files out of the shipped image",
  severity: "warning",
  related: [],
  messages: {
    secret: "'{{copy}}' writes {{what}} from the build context into the image, where anyone who pulls it can read them; add {{entries}} to {{ignoreFile}} (or copy only what the app needs)",
    big: "'{{copy}}' writes {{what}} into the image; if the app does not need them, add them to {{ignoreFile}}"
  },
  options: {
    bigFileSize: {
      description: "Size in bytes from which a context file written into the image is reported as big (0 turns it off)",
      default: DEFAULT_BIG_FILE,
      schema: { type: "integer", minimum: 0 }
    }
  },
  examples: {
    valid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { "app.py": `print(1)
`, ".env": `SECRET_KEY=x
`, ".dockerignore": `.env
` }
      }
    ],
    invalid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { "app.py": `print(1)
`, ".env": `SECRET_KEY=x
` }
      }
    ]
  },
  differs: "reads the real build context (after .dockerignore) and only the shipped stages (the target and its FROM-stage ancestors); names decide, and .pem/.npmrc/.pypirc/credential JSON files are reported only when their first 8 kB hold a key or token; values are never printed",
  check(ctx) {
    let { model, report, options } = ctx;
    if (!shippedChain(model).some((s) => s.instructions.some(copiesFromContext))) return;
    let context = buildContextOf(ctx);
    if (!context) return;
    let baked = bakedFiles(model, context, { bigFile: options.bigFileSize > 0 ? options.bigFileSize : Number.POSITIVE_INFINITY }), ignoreFile = context.ignoreFile && relative(context.dir, context.ignoreFile) || ".dockerignore";
    for (let step of baked.steps) {
      let ins = step.instruction, copy = `${ins.keywordRaw} ${ins.argsText.text.trim()}`.replace(/\s+/g, " "), span = { start: ins.start, end: ins.end };
      if (step.secrets.length) {
        let listed = secretEntries(step.secrets), entries = [...new Set(listed.map((s) => s.path))];
        report({ messageId: "secret", data: { copy, what: few(listed.map((s) => `${s.path} (${s.kind})`)), entries: few(entries.map((e) => `'${e}'`)), ignoreFile }, span });
      }
      if (step.big.length) {
        let what = few(step.big.map((f) => `${f.path} (${formatBytes(f.size)})`));
        report({ messageId: "big", data: { copy, what, ignoreFile }, span });
      }
    }
  }
};

// rules/copy-archive-use-add.ts
init_types();
var TAR_BLOCKERS = /^--(strip-components|exclude|wildcards|to-stdout|transform|xform|no-same-owner|same-owner|owner|group|keep-old-files|skip-old-files|occurrence|newer|after-date|anchored|files-from)\b|^-[A-Za-z]*[OT]/;
function wordText(w) {
  return w.expanded ?? (w.hasExpansion ? null : w.value);
}
function tarExtracts(cmd) {
  let args = cmd.words.slice(1).map(wordText);
  if (args.some((a) => a === null)) return null;
  let words4 = args, extract = !1, file = null, operands = [];
  for (let i = 0; i < words4.length; i++) {
    let w = words4[i];
    if (TAR_BLOCKERS.test(w)) return null;
    if (w === "--extract" || w === "--get") extract = !0;
    else if (w.startsWith("--file=")) file = w.slice(7);
    else if (w === "--file" || w === "-C" || w === "--directory")
      w === "--file" && (file = words4[i + 1] ?? null), i++;
    else {
      if (/^--directory=/.test(w)) continue;
      if (/^-[A-Za-z]+$/.test(w) || i === 0 && /^[A-Za-z]+$/.test(w) && w.includes("x")) {
        w.includes("x") && (extract = !0);
        let f = w.indexOf("f");
        if (f !== -1 && f === w.length - 1)
          file = words4[i + 1] ?? null, i++;
        else if (f !== -1) return null;
      } else {
        if (w.startsWith("-")) continue;
        operands.push(w);
      }
    }
  }
  return !extract || !file || operands.length ? null : file;
}
var copy_archive_use_add_default = {
  id: "copy-archive-use-add",
  keywords: ["COPY"],
  description: "Use ADD to unpack a local tar archive instead of COPY and tar",
  severity: "info",
  related: ["hadolint:DL3010"],
  messages: {
    useAdd: "'{{file}}' is copied and then unpacked with tar on line {{line}}, which keeps the archive in a layer; 'ADD {{file}} <dir>/' unpacks local tar archives in one step"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
ADD app.tar.gz /opt/app/`,
      `FROM debian:12
COPY node.tar.xz /tmp/
RUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1`
    ],
    invalid: [`FROM debian:12
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz`]
  },
  differs: "only tar extraction of a whole archive counts (ADD cannot unzip, gunzip a non-tar file, strip path components or pick members, so those are not reported), and extraction through ARG/ENV variables is resolved",
  check({ model, report }) {
    for (let stage of model.stages) {
      let copied = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) {
        if (ins.keyword === "COPY" && copiesFromContext(ins)) {
          let { sources, dest } = copyParts(ins);
          for (let src of sources) {
            if (src.heredoc) continue;
            let v = ins.json ? src.value : expandedWord(model, ins, src.raw);
            if (!(v === null || !isTarName(v) || /[*?[]/.test(v)) && (copied.set(baseName(v), { ins, src }), dest && sources.length === 1)) {
              let d = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
              d && !d.endsWith("/") && isTarName(d) && copied.set(baseName(d), { ins, src });
            }
          }
          continue;
        }
        if (!(!ins.run || ins.run.windowsShell || !copied.size))
          for (let cmd of ins.run.commands) {
            if (cmd.name !== "tar") continue;
            let file = tarExtracts(cmd);
            if (!file) continue;
            let hit = copied.get(baseName(file));
            hit && (copied.delete(baseName(file)), report({ messageId: "useAdd", data: { file: hit.src.value, line: model.lines.position(cmd.start).line }, span: { start: hit.src.start, end: hit.src.end } }));
          }
      }
    }
  }
};

// rules/copy-context-unignored.ts
init_types();
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve4 } from "node:path";
var BUILD_OUTPUT = /* @__PURE__ */ new Set(["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".next", ".nuxt", ".parcel-cache", ".turbo", ".gradle"]);
function classify(path2, top, venvDirs) {
  let parts = path2.split("/");
  if (parts[0] === ".git") return { label: ".git", entry: ".git" };
  let nm = parts.indexOf("node_modules");
  if (nm >= 0 && nm < parts.length - 1) return { label: "node_modules", entry: "**/node_modules" };
  for (let i = 0; i < parts.length - 1; i++) {
    let dir = parts.slice(0, i + 1).join("/");
    if (venvDirs.has(dir)) return { label: `virtualenv ${dir}`, entry: dir };
    if (BUILD_OUTPUT.has(parts[i])) return { label: parts[i], entry: `**/${parts[i]}` };
  }
  if (parts.length > 1) {
    let first = parts[0];
    if (first === "dist" && top.has("package.json")) return { label: "dist (build output)", entry: "dist" };
    if (first === "target" && (top.has("Cargo.toml") || top.has("pom.xml"))) return { label: "target (build output)", entry: "target" };
    if ((first === "bin" || first === "obj") && [...top].some((f) => /\.(csproj|fsproj|sln)$/.test(f))) return { label: `${first} (build output)`, entry: first };
  }
  return null;
}
var copy_context_unignored_default = {
  id: "copy-context-unignored",
  keywords: ["COPY", "ADD"],
  description: "Keep .git, node_modules, virtualenvs and build output out of COPY . through .dockerignore",
  severity: "warning",
  related: [],
  messages: {
    unignored: "'{{copy}}' sends {{what}} ({{count}} files, {{bytes}}) into the image and its cache key, so any change there rebuilds this step and everything after it; add {{entries}} to {{ignoreFile}}"
  },
  options: {
    reportDockerfile: {
      description: "Also report when the only unwanted file is the Dockerfile itself (an edit to it then rebuilds the COPY)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .`],
    invalid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { ".git/HEAD": `ref: refs/heads/main
`, "node_modules/left-pad/index.js": `module.exports = 1;
`, "app.py": `print(1)
` }
      }
    ]
  },
  differs: "reads the real build context: only reported when such files exist and .dockerignore does not exclude them",
  check(ctx) {
    let { model, settings: settings2, report, options } = ctx;
    if (!settings2.contextDir) return;
    let whole = model.stages.filter((s) => s.reachable).flatMap((s) => s.instructions).filter((ins) => copiesFromContext(ins) && copyParts(ins).sources.some((s) => !s.heredoc && isWholeContext(model.expand(s.value, ins.scope).value)));
    if (!whole.length) return;
    let context = buildContextOf(ctx);
    if (!context) return;
    let dockerfile = isAbsolute2(model.path) ? model.path : resolve4(model.path), dfRel = relative2(context.dir, dockerfile).split("\\").join("/");
    for (let ins of whole) {
      let src = copyParts(ins).sources.find((s) => !s.heredoc && isWholeContext(model.expand(s.value, ins.scope).value)), exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), files = context.select(["."], { exclude }).files, top = new Set(files.filter((f) => !f.path.includes("/")).map((f) => f.path)), venvDirs = new Set(files.filter((f) => f.path.endsWith("/pyvenv.cfg")).map((f) => f.path.slice(0, -11)));
      for (let n of [".venv", "venv"]) files.some((f) => f.path.startsWith(n + "/bin/")) && venvDirs.add(n);
      let groups = /* @__PURE__ */ new Map(), dockerfileSent = null;
      for (let f of files) {
        f.path === dfRel && (dockerfileSent = f);
        let g = classify(f.path, top, venvDirs);
        if (!g) continue;
        let e = groups.get(g.label) ?? { ...g, count: 0, bytes: 0 };
        e.count++, e.bytes += f.size, groups.set(g.label, e);
      }
      if (dockerfileSent && (groups.size > 0 || options.reportDockerfile)) {
        let name = dfRel.split("/").pop();
        groups.set("the Dockerfile", { label: `the Dockerfile (${name})`, entry: dfRel, count: 1, bytes: dockerfileSent.size });
      }
      if (!groups.size) continue;
      let list2 = [...groups.values()].sort((a, b) => b.bytes - a.bytes), total = list2.reduce((n, g) => n + g.count, 0), bytes = list2.reduce((n, g) => n + g.bytes, 0), what = list2.map((g) => `${g.label} (${g.count} file${g.count === 1 ? "" : "s"}, ${formatBytes(g.bytes)})`).join(", ");
      report({
        messageId: "unignored",
        data: {
          copy: `${ins.keywordRaw} ${ins.argsText.text.trim()}`,
          what,
          count: total,
          bytes: formatBytes(bytes),
          entries: list2.map((g) => `'${g.entry}'`).join(", "),
          ignoreFile: context.ignoreFile && relative2(context.dir, context.ignoreFile) || ".dockerignore"
        },
        span: { start: src.start, end: src.end }
      });
    }
  }
};

// rules/copy-from-root.ts
init_types();
var ROOT = /^\/+\.?$|^\/+\*$/, copy_from_root_default = {
  id: "copy-from-root",
  keywords: ["COPY"],
  description: "Do not copy a whole filesystem with COPY --from",
  severity: "warning",
  related: ["hadolint:DL3067"],
  messages: {
    wholeFs: "COPY --from={{ref}} {{src}} {{dest}} copies the entire filesystem of '{{ref}}' over this one, including /etc, /proc mount points and package databases; copy only the directories you need"
  },
  options: {
    bundleImages: {
      description: "Images made to be copied whole with 'COPY --from=<image> / /' (a few files on an empty base), matched by repository path, `*` as wildcard",
      default: ["tonistiigi/xx", "docker.io/tonistiigi/xx", "gloursdocker/docker"],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=build /out/ /usr/local/bin/`, `FROM alpine:3.20 AS rootfs
FROM scratch
COPY --from=rootfs / /`],
    invalid: [`FROM debian:12 AS base
FROM alpine:3.20
COPY --from=base / /`]
  },
  differs: "a copy into 'FROM scratch' (building a root filesystem on purpose), or from a scratch-based stage or a bundle image such as tonistiigi/xx (made to be copied whole), is not reported",
  check({ model, options, report }) {
    let bundles = options.bundleImages.map(globToRegExp), isBundle = (ref) => {
      let { registry, path: path2 } = splitImage(ref);
      return [path2, registry ? `${registry}/${path2}` : path2].some((f) => bundles.some((b) => b.test(f)));
    }, copiesBundle = (ref) => {
      let st = model.stageByRef(ref);
      if (!st) return isBundle(ref);
      for (; st.parent; ) st = st.parent;
      return st.image.isScratch || !st.image.unresolved && isBundle(st.image.expanded);
    };
    for (let stage of model.stages) {
      let root = stage;
      for (; root.parent; ) root = root.parent;
      if (!root.image.isScratch)
        for (let ins of stage.instructions) {
          if (ins.keyword !== "COPY") continue;
          let flag = ins.flags.find((f) => f.name === "from");
          if (!flag?.value) continue;
          let { sources, dest } = copyParts(ins);
          if (!dest || !ROOT.test(dest.value)) continue;
          let src = sources.find((s) => ROOT.test(s.value));
          !src || copiesBundle(flag.value) || report({ messageId: "wholeFs", data: { ref: flag.value, src: src.value, dest: dest.value }, span: { start: src.start, end: dest.end } });
        }
    }
  }
};

// rules/copy-from-self.ts
init_types();
var copy_from_self_default = {
  id: "copy-from-self",
  keywords: ["COPY", "RUN"],
  description: "Do not COPY --from the stage being built",
  severity: "error",
  related: ["hadolint:DL3023"],
  messages: {
    self: "COPY --from={{ref}} refers to the stage it is in, which is a circular dependency; copy from an earlier stage or copy within the stage with RUN cp"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20 AS run
COPY --from=build /app /app`],
    invalid: [`FROM alpine:3.20 AS run
COPY --from=run /etc/passwd /tmp/`, `FROM alpine:3.20
COPY --from=0 /a /b`]
  },
  differs: "also catches a numeric self-reference (--from=0 in the first stage) and a mixed-case name, and checks RUN --mount from=",
  check({ model, report }) {
    let check = (ins, stage, ref, span) => {
      let r = ref.replace(/^(["'])(.*)\1$/, "$2");
      r.includes("$") || model.stageByRef(r) === stage && (stage.name === r.toLowerCase() || /^\d+$/.test(r)) && report({ messageId: "self", data: { ref: r }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword === "COPY") {
          let flag = ins.flags.find((f) => f.name === "from");
          flag?.value && check(ins, stage, flag.value, flag.valueSpan);
        }
        if (ins.run)
          for (let m of ins.run.mounts) {
            let from = m.options.from;
            if (!from) continue;
            let text = model.text.slice(m.span.start, m.span.end), idx = text.search(/(^|,)from=/), off = idx === -1 ? m.span.start : m.span.start + idx + text.slice(idx).indexOf("from=") + 5;
            check(ins, stage, from, idx === -1 ? m.span : { start: off, end: off + from.length });
          }
      }
  }
};

// rules/copy-from-stage.ts
init_types();
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return row[b.length];
}
var copy_from_stage_default = {
  id: "copy-from-stage",
  keywords: ["COPY"],
  description: "Make COPY --from name a stage of this Dockerfile or a tagged image",
  severity: "warning",
  related: ["hadolint:DL3022"],
  messages: {
    untaggedImage: "Image '{{ref}}' in COPY --from has no tag, so it means '{{ref}}:latest' and changes under you; pin a version tag or a digest",
    unknown: "'{{ref}}' is not a stage of this Dockerfile, so COPY --from pulls the image '{{ref}}:latest'{{hint}}",
    badIndex: "There is no stage {{index}}: this Dockerfile has {{count}} stage(s), numbered from 0; name the stage with 'FROM ... AS <name>' and use the name",
    variable: "COPY --from={{ref}} uses a variable, which BuildKit rejects ('variable expansion is not supported for --from'); declare a stage 'FROM ${{name}} AS <name>' and copy from that name"
  },
  options: {},
  examples: {
    valid: [
      `FROM golang:1.23 AS build
RUN go build -o /app
FROM alpine:3.20
COPY --from=build /app /app`,
      `FROM alpine:3.20
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/`,
      `FROM golang:1.23
FROM alpine:3.20
COPY --from=0 /go/bin /bin`
    ],
    invalid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=biuld /app /app`, `FROM alpine:3.20
COPY --from=3 /a /a`]
  },
  differs: "stage names match case-insensitively and may come later in the file (BuildKit resolves them); an untagged image is reported with a 'did you mean' stage; a variable in --from is reported because BuildKit refuses it",
  check({ model, report }) {
    let check = (ins, stage) => {
      let flag = ins.flags.find((f) => f.name === "from");
      if (!flag || flag.value === null) return;
      let raw = flag.value.replace(/^(["'])(.*)\1$/, "$2"), span = flag.valueSpan;
      if (/\$/.test(raw)) {
        if (/containerfile/i.test(model.path)) return;
        let name = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1] ?? "VAR";
        report({ messageId: "variable", data: { ref: raw, name }, span });
        return;
      }
      if (/^\d+$/.test(raw)) {
        Number(raw) >= model.stages.length && report({ messageId: "badIndex", data: { index: raw, count: model.stages.length }, span });
        return;
      }
      if (model.stageByRef(raw) || raw.includes(":") || raw.includes("@") || raw.toLowerCase() === "scratch" || raw.toLowerCase() === "context" || model.stages.some((s) => s.nameRaw?.includes("$"))) return;
      if (/[/.]/.test(raw)) {
        report({ messageId: "untaggedImage", data: { ref: raw }, span });
        return;
      }
      let close = model.stages.map((s) => s.nameRaw).filter((n) => !!n && model.stageByRef(n) !== stage).map((n) => ({ n, d: distance(n.toLowerCase(), raw.toLowerCase()) })).filter((x) => x.d <= Math.max(2, Math.floor(raw.length / 3))).sort((a, b) => a.d - b.d)[0], hint = close ? `; did you mean the stage '${close.n}'?` : "; if you meant an image, give it a tag (or digest), if you meant a stage, check its name";
      report({ messageId: "unknown", data: { ref: raw, hint }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        ins.keyword === "COPY" ? check(ins, stage) : ins.onbuild?.keyword === "COPY" && check(ins.onbuild, stage);
  }
};

// rules/copy-manifests-first.ts
init_types();
function list(items) {
  return items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}
var copy_manifests_first_default = {
  id: "copy-manifests-first",
  keywords: ["COPY", "ADD"],
  description: "Copy dependency manifests and install before copying the whole build context",
  severity: "warning",
  related: [],
  messages: {
    installAfterCopy: "'{{copy}}' comes before '{{install}}' (line {{line}}), so any source edit reinstalls every dependency; copy {{manifests}} first, run the install, then '{{copy}}'"
  },
  differs: "new in dflint (hadolint and BuildKit have no such check); an install under a RUN cache mount is accepted, and Go in GOPATH mode (GO111MODULE=off; golang images of Go 1.10 and older; Go 1.11/1.12 inside $GOPATH/src) downloads nothing",
  options: {},
  fixable: "suggestion",
  examples: {
    valid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .`,
      `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build`
    ],
    invalid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt`,
      `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN ["npm", "ci"]`
    ]
  },
  check({ model, report }) {
    for (let { stage, copy, run, install } of installsAfterWholeCopy(model)) {
      let copyText = `${copy.keywordRaw} ${copy.argsText.text.trim()}`;
      report({
        messageId: "installAfterCopy",
        data: { copy: copyText, install: install.display, line: run.line, manifests: list(install.manifests) },
        span: { start: copy.start, end: copy.end },
        fix: manifestsFirstFix(model, stage, copy, run, install) ?? void 0
      });
    }
  }
};

// rules/copy-multi-source-dest.ts
init_types();
var copy_multi_source_dest_default = {
  id: "copy-multi-source-dest",
  keywords: ["COPY", "ADD"],
  description: "End the destination with / when copying several sources",
  severity: "error",
  related: ["hadolint:DL3021"],
  fixable: !0,
  messages: {
    notDir: "{{keyword}} with {{count}} sources needs a directory destination ending in '/', but '{{dest}}' does not end in '/'; write '{{dest}}/'"
  },
  options: {
    checkAdd: {
      description: "Also check ADD (its destination must be a directory just as COPY's); false checks COPY only, as hadolint's DL3021",
      default: !0,
      hadolint: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM node:22
COPY package.json package-lock.json /app/`, `FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum .`],
    invalid: [`FROM node:22
COPY package.json package-lock.json /app`]
  },
  differs: "checks ADD too (option checkAdd; off in the hadolint preset), accepts '.' (BuildKit treats it as the working directory) and judges the destination after ARG/ENV expansion",
  check({ model, options, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "COPY" && (ins.keyword !== "ADD" || !options.checkAdd)) continue;
        let { sources, dest } = copyParts(ins);
        if (sources.length < 2 || !dest) continue;
        let value = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
        if (value === null || value === "" || /[/\\]$/.test(value) || /(^|[/\\])\.\.?$/.test(value)) continue;
        let plain = !ins.json && dest.raw === dest.value;
        report({
          messageId: "notDir",
          data: { keyword: ins.keyword, count: sources.length, dest: value },
          span: { start: dest.start, end: dest.end },
          fix: plain ? [{ span: { start: dest.end, end: dest.end }, text: stage.windows && value.includes("\\") ? "\\" : "/" }] : void 0
        });
      }
  }
};

// rules/copy-relative-dest.ts
init_types();

// src/model/image-env.ts
var COMMON_ENV = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "HOSTNAME",
  "USER",
  "LOGNAME",
  "SHELL",
  "PWD",
  "TERM",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "DEBIAN_FRONTEND",
  "LD_LIBRARY_PATH",
  "LD_PRELOAD",
  "PKG_CONFIG_PATH",
  "MANPATH",
  "CLASSPATH",
  "TMPDIR",
  "XDG_CONFIG_HOME",
  "XDG_DATA_HOME",
  "XDG_CACHE_HOME",
  "container"
]), BY_IMAGE = {
  golang: ["GOPATH", "GOROOT", "GOTOOLCHAIN", "GOLANG_VERSION", "GOFLAGS", "CGO_ENABLED"],
  python: ["PYTHON_VERSION", "PYTHON_SHA256", "GPG_KEY", "PYTHON_PIP_VERSION", "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256", "PYTHONIOENCODING"],
  pypy: ["PYPY_VERSION", "PYTHONIOENCODING"],
  node: ["NODE_VERSION", "YARN_VERSION", "NODE_ENV", "NODE_PATH"],
  ruby: ["RUBY_VERSION", "RUBY_MAJOR", "RUBY_DOWNLOAD_SHA256", "RUBY_DOWNLOAD_URL", "GEM_HOME", "BUNDLE_APP_CONFIG", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_PATH", "BUNDLE_BIN"],
  rust: ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
  php: ["PHP_VERSION", "PHP_INI_DIR", "PHPIZE_DEPS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256", "GPG_KEYS", "APACHE_CONFDIR", "APACHE_ENVVARS", "COMPOSER_HOME", "COMPOSER_ALLOW_SUPERUSER"],
  tomcat: ["CATALINA_HOME", "CATALINA_BASE", "TOMCAT_VERSION", "TOMCAT_MAJOR", "TOMCAT_SHA512", "TOMCAT_NATIVE_LIBDIR", "JAVA_HOME", "JAVA_VERSION"],
  maven: ["MAVEN_HOME", "MAVEN_CONFIG", "MAVEN_VERSION", "JAVA_HOME", "JAVA_VERSION"],
  gradle: ["GRADLE_HOME", "GRADLE_VERSION", "GRADLE_USER_HOME", "JAVA_HOME", "JAVA_VERSION"],
  postgres: ["PGDATA", "PG_MAJOR", "PG_VERSION", "PG_SHA256", "GOSU_VERSION"],
  postgis: ["PGDATA", "PG_MAJOR", "PG_VERSION", "POSTGIS_VERSION", "POSTGIS_MAJOR"],
  mysql: ["MYSQL_VERSION", "MYSQL_MAJOR", "MYSQL_SHELL_VERSION", "GOSU_VERSION"],
  mariadb: ["MARIADB_VERSION", "MARIADB_MAJOR", "GOSU_VERSION"],
  nginx: ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"],
  httpd: ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
  jupyter: ["NB_USER", "NB_UID", "NB_GID", "CONDA_DIR", "JUPYTER_PORT", "SHELL", "XDG_CACHE_HOME"],
  jenkins: ["JENKINS_HOME", "JENKINS_VERSION", "JENKINS_UC", "JENKINS_SLAVE_AGENT_PORT", "JENKINS_AGENT_PORT", "REF", "COPY_REFERENCE_FILE_LOG", "JAVA_HOME", "JAVA_OPTS"],
  dotnet: ["DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "APP_UID", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"],
  cuda: ["CUDA_VERSION", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "NVIDIA_REQUIRE_CUDA", "NV_CUDA_CUDART_VERSION", "CUDA_HOME"],
  miniconda3: ["CONDA_DIR", "CONDA_PREFIX"],
  micromamba: ["MAMBA_ROOT_PREFIX", "MAMBA_USER", "MAMBA_USER_ID", "MAMBA_USER_GID", "MAMBA_EXE", "ENV_NAME"],
  erlang: ["OTP_VERSION", "REBAR_VERSION", "REBAR3_VERSION"],
  elixir: ["ELIXIR_VERSION", "OTP_VERSION", "MIX_HOME"],
  swift: ["SWIFT_VERSION", "SWIFT_PLATFORM", "SWIFT_BRANCH", "SWIFT_SIGNING_KEY"],
  julia: ["JULIA_VERSION", "JULIA_PATH", "JULIA_GPG"],
  docker: ["DOCKER_VERSION", "DOCKER_TLS_CERTDIR", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DIND_COMMIT"],
  redis: ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA", "GOSU_VERSION"],
  mongo: ["MONGO_VERSION", "MONGO_MAJOR", "MONGO_PACKAGE", "MONGO_REPO", "GOSU_VERSION", "JSYAML_VERSION"],
  rabbitmq: ["RABBITMQ_VERSION", "RABBITMQ_HOME", "RABBITMQ_DATA_DIR", "RABBITMQ_LOGS", "OPENSSL_VERSION", "OTP_VERSION"],
  wordpress: ["PHP_VERSION", "PHP_INI_DIR", "WORDPRESS_VERSION", "WORDPRESS_CLI_VERSION", "APACHE_CONFDIR", "APACHE_ENVVARS"],
  drupal: ["PHP_VERSION", "PHP_INI_DIR", "DRUPAL_VERSION", "COMPOSER_ALLOW_SUPERUSER"],
  haproxy: ["HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"]
}, JAVA_IMAGES = /^(openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|ibmjava|sapmachine|zulu-openjdk|azul\/zulu.*|jdk|jre|java|.*-jdk|.*-jre|.*java.*|kotlin|clojure|groovy|scala|sbt.*|bazel)$/;
function rootImageOf(stage) {
  let s = stage, seen = /* @__PURE__ */ new Set();
  for (; s.parent && !seen.has(s); )
    seen.add(s), s = s.parent;
  return s;
}
function imageMayDefine(stage, name) {
  if (COMMON_ENV.has(name)) return !0;
  let root = rootImageOf(stage);
  if (root.image.isScratch) return !1;
  if (root.image.unresolved) return !0;
  let path2 = root.image.path.toLowerCase(), last = path2.split("/").pop() ?? "", prefix = last.replace(/[^a-z0-9]+/g, "_").toUpperCase() + "_";
  if (name.startsWith(prefix)) return !0;
  for (let [img, names] of Object.entries(BY_IMAGE))
    if ((last === img || last.startsWith(img + "-") || path2.includes("/" + img + "/") || path2.startsWith(img + "/")) && names.includes(name)) return !0;
  return !!(JAVA_IMAGES.test(last) && /^JAVA_/.test(name));
}
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "mirror.gcr.io"]);
function baseEnvKnown(stage) {
  let root = rootImageOf(stage);
  if (root.image.isScratch) return !0;
  if (root.image.unresolved || root.image.stage || root.image.registry !== null && !DOCKER_HUB.has(root.image.registry.toLowerCase())) return !1;
  let path2 = root.image.path.toLowerCase();
  return path2.startsWith("library/") && (path2 = path2.slice(8)), path2.includes("/") ? !1 : DISTROS.has(path2) || path2 in BY_IMAGE || OFFICIAL_JDKS.has(path2);
}
var OFFICIAL_JDKS = /* @__PURE__ */ new Set(["openjdk", "eclipse-temurin", "amazoncorretto", "ibmjava", "sapmachine", "ibm-semeru-runtimes"]), DISTROS = /* @__PURE__ */ new Set([
  "alpine",
  "debian",
  "ubuntu",
  "busybox",
  "centos",
  "fedora",
  "amazonlinux",
  "oraclelinux",
  "rockylinux",
  "almalinux",
  "archlinux",
  "photon",
  "clearlinux",
  "mageia",
  "buildpack-deps",
  "gcc",
  "bash"
]);
function onScratch(stage) {
  return rootImageOf(stage).image.isScratch;
}

// rules/copy-relative-dest.ts
var copy_relative_dest_default = {
  id: "copy-relative-dest",
  description: "Set WORKDIR before copying to a relative destination",
  severity: "warning",
  related: ["hadolint:DL3045"],
  messages: {
    relative: "{{keyword}} to relative destination '{{dest}}' with no WORKDIR set in this stage, so it lands wherever the base image's working directory is; add 'WORKDIR /path' first or use an absolute destination"
  },
  options: {},
  examples: {
    valid: [`FROM scratch
COPY app .`, `FROM alpine:3.20
WORKDIR /app
COPY . .`, `FROM alpine:3.20
COPY app.py /app/`, `FROM alpine:3.20 AS base
WORKDIR /app
FROM base
COPY . .`],
    invalid: [`FROM alpine:3.20
COPY . .`, `FROM alpine:3.20
ADD app.tar.gz app/`]
  },
  differs: "a stage built on scratch works in '/' and is not reported; WORKDIR inherited from a parent stage (FROM <stage>) counts, and destinations from unresolved variables are not judged",
  check({ model, report }) {
    let hasWorkdir = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasWorkdir.get(stage.parent) ?? !1 : onScratch(stage);
      for (let ins of stage.instructions) {
        if (ins.keyword === "WORKDIR" && (set = !0), set || ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
        let { dest } = copyParts(ins);
        if (!dest) continue;
        let r = model.expand(ins.json ? dest.value : dest.raw, ins.scope);
        r.unresolved || dest.raw.startsWith("$") || isAbsolutePath(r.value, stage.windows) || report({ messageId: "relative", data: { keyword: ins.keyword, dest: r.value }, span: { start: dest.start, end: dest.end } });
      }
      hasWorkdir.set(stage, set);
    }
  }
};

// rules/copy-source-not-ignored.ts
init_types();
import { basename as basename3, isAbsolute as isAbsolute3, resolve as resolve5 } from "node:path";
var EXAMPLE_CONTEXT = { ".dockerignore": `dist
*.log
secrets/
`, "app.log": `x
`, "src/index.js": `
`, "dist/app.js": `
` }, WILDCARD = /(^|[^\\])[*?[]/, copy_source_not_ignored_default = {
  id: "copy-source-not-ignored",
  keywords: ["COPY", "ADD"],
  description: "Do not COPY or ADD files that .dockerignore leaves out of the build context",
  severity: "warning",
  related: ["buildkit:CopyIgnoredFile"],
  messages: {
    ignored: "{{keyword}} source '{{source}}' is excluded by {{file}} ('{{pattern}}' on line {{line}}), so it is not in the build context and the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring it",
    allIgnored: "Every file that {{keyword}} source '{{source}}' matches is excluded by {{file}}, so the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring those files"
  },
  options: {},
  examples: {
    // Linted with a build context whose .dockerignore lists dist, *.log and secrets/.
    valid: [{ code: `FROM node:22-alpine
COPY src/ /app/src/
COPY . /app`, context: EXAMPLE_CONTEXT }],
    invalid: [
      { code: `FROM node:22-alpine
COPY dist/ /app/dist/`, context: EXAMPLE_CONTEXT },
      { code: `FROM node:22-alpine
COPY *.log /var/log/app/`, context: EXAMPLE_CONTEXT }
    ]
  },
  differs: "BuildKit gives up when .dockerignore has '!' exceptions and matches wildcard sources as literal text; dflint resolves exceptions and wildcards against the files in the context",
  check(ctx) {
    let { model, settings: settings2, facts, report } = ctx;
    if (!settings2.contextDir) return;
    let contextDir = settings2.contextDir;
    if (!model.stages.some((s) => s.instructions.some(copiesFromContext))) return;
    let info = facts.get("copy-source-not-ignored:ignore", () => {
      let exists = existsCheck(ctx);
      if (!exists(resolve5(contextDir))) return null;
      let dockerfile = isAbsolute3(model.path) ? model.path : resolve5(model.path), found = findDockerIgnore(contextDir, exists(dockerfile) ? dockerfile : null, exists);
      if (!found) return null;
      let opened2;
      return {
        ignore: parseDockerIgnore(found.text),
        file: basename3(found.path),
        context: () => opened2 === void 0 ? opened2 = buildContextOf(ctx) : opened2
      };
    });
    if (!info || info.ignore.patterns.length === 0) return;
    let { ignore } = info, visit = (ins) => {
      if (!copiesFromContext(ins)) return;
      let { sources } = copyParts(ins);
      for (let src of sources) {
        if (src.heredoc || ins.keyword === "ADD" && /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i.test(src.value)) continue;
        let r = model.expand(ins.json ? JSON.stringify(src.value).slice(1, -1) : src.raw, ins.scope);
        if (r.unresolved || r.value === "") continue;
        let rel = contextRelative(r.value), data = { keyword: ins.keywordRaw.toUpperCase(), source: rel, file: info.file }, span = { start: src.start, end: src.end };
        if (rel === ".") {
          if (!ignore.hasExceptions && ignore.patterns.some((p2) => !p2.negate && ["*", "**", "**/*"].includes(p2.pattern))) {
            let p2 = lastMatching(ignore, (one) => ["*", "**", "**/*"].includes(one.pattern));
            report({ messageId: "ignored", data: { ...data, pattern: p2?.pattern ?? "*", line: p2?.line ?? 1 }, span });
          }
          continue;
        }
        if (WILDCARD.test(rel)) {
          let ctx2 = info.context();
          if (ctx2) {
            let exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false");
            ctx2.select([rel], { exclude, parents }).ignoredMatches.length && report({ messageId: "allIgnored", data, span });
            continue;
          }
          if (ignore.hasExceptions) continue;
        }
        if (!(ignore.hasExceptions ? info.context()?.isIgnored(rel) ?? !1 : ignore.matchesOrParentMatches(rel))) continue;
        let p = lastMatching(ignore, (one) => parseDockerIgnore(one.pattern).matchesOrParentMatches(rel));
        if (!p) {
          report({ messageId: "allIgnored", data, span });
          continue;
        }
        report({ messageId: "ignored", data: { ...data, pattern: p.pattern, line: p.line }, span });
      }
    };
    for (let stage of model.stages) for (let ins of stage.instructions) visit(ins);
  }
};
function lastMatching(ignore, test) {
  for (let i = ignore.patterns.length - 1; i >= 0; i--) {
    let p = ignore.patterns[i];
    if (!p.negate && test(p)) return p;
  }
  return null;
}

// rules/definition-description-format.ts
init_types();
var definition_description_format_default = {
  id: "definition-description-format",
  description: "Start the comment above a named stage or an ARG with its name",
  severity: "off",
  related: ["buildkit:InvalidDefinitionDescription"],
  messages: {
    format: "The comment describing this {{keyword}} should start with its name: '# {{key}} <description>'"
  },
  options: {},
  examples: {
    valid: [`# build compiles the app
FROM golang:1.23 AS build`, `# VERSION of the app to build
ARG VERSION=1.0
FROM alpine:3.20`],
    invalid: [`# compiles the app
FROM golang:1.23 AS build`, `# version of the app
ARG VERSION=1.0
FROM alpine:3.20`]
  },
  differs: "experimental in BuildKit and off by default here too (switched on for the file by `# check=experimental=InvalidDefinitionDescription` or `all`, or for one instruction by such a comment above it, as in BuildKit); the last comment line collected since the previous instruction is judged (blank lines do not separate, an empty '#' does, as in BuildKit); as in BuildKit, a tool comment there (a `# check=` or `# hadolint ignore=` line) is taken for the description, since BuildKit's outline shows it as one",
  check({ model, report }) {
    let prevEnd = 0;
    for (let ins of model.instructions) {
      let comments = descriptionComments(model, prevEnd, ins);
      if (prevEnd = ins.endLine, !comments.length) continue;
      let keys = [];
      if (ins.keyword === "FROM") {
        let stage = ins.stage;
        stage?.from === ins && stage.name && (keys = [stage.name]);
      } else ins.keyword === "ARG" && (keys = parseKeyValues(ins.args, !0).map((kv) => kv.key).filter(Boolean));
      if (!keys.length) continue;
      let first = comments[comments.length - 1].text.split(" ")[0];
      keys.includes(first) || report({
        messageId: "format",
        data: { keyword: ins.keyword, key: keys.length > 1 ? "<arg_key>" : keys[0] },
        span: { start: ins.start, end: ins.args.length ? ins.args[ins.args.length - 1].end : ins.keywordSpan.end }
        // BuildKit reports the instruction
      });
    }
  }
};
function descriptionComments(model, afterLine, ins) {
  let directiveStarts = new Set(Object.values(model.directives.spans).map((s) => s.start)), out = [];
  for (let c of model.comments)
    if (!(c.line <= afterLine)) {
      if (c.line >= ins.line) break;
      if (!directiveStarts.has(c.span.start)) {
        if (c.text === "") {
          out = [];
          continue;
        }
        out.push(c);
      }
    }
  return out;
}

// rules/dnf-assume-yes.ts
init_types();
var dnf_assume_yes_default = {
  id: "dnf-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to dnf commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3038"],
  messages: {
    missingYes: "'dnf {{action}}' asks 'Is this ok [y/N]' and aborts the build when no terminal answers; add '-y'"
  },
  options: {},
  examples: {
    valid: [`FROM fedora:40
RUN dnf install -y httpd && dnf clean all`],
    invalid: [`FROM fedora:40
RUN dnf install httpd && dnf clean all`]
  },
  fixable: !0,
  differs: "also checks remove/update/upgrade and group/module actions (they prompt too), accepts --setopt=assumeyes=1, and leaves microdnf alone (it never prompts); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "dnf") continue;
        let action = rpmAction(pc);
        if (!action || !RPM_PROMPTS.has(action) || pc.hasUnknown || rpmAssumesYes(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "missingYes", data: { action }, span: commandHead(pc), fix: insertAfter(r.run, rpmActionEnd(pc), " -y") });
      }
  }
};

// rules/dockerignore-pattern-unused.ts
init_types();
import { relative as relative3 } from "node:path";
var dockerignore_pattern_unused_default = {
  id: "dockerignore-pattern-unused",
  description: "Report .dockerignore patterns that match nothing in the build context",
  severity: "info",
  related: [],
  messages: {
    unused: "{{ignoreFile}} line {{line}}: '{{pattern}}' matches nothing in the build context; check its spelling and anchoring (patterns are relative to the context root: 'node_modules' does not match 'app/node_modules', '**/node_modules' does)"
  },
  options: {},
  examples: {
    valid: [{ code: `FROM alpine:3.20
COPY . /app`, context: { ".dockerignore": `node_modules
`, "node_modules/a/index.js": `x
` } }],
    invalid: [{ code: `FROM alpine:3.20
COPY . /app`, context: { ".dockerignore": `node_module
`, "node_modules/a/index.js": `x
` } }]
  },
  differs: "reads the real build context; reported on the first instruction that sends the context, since the pattern lives in another file",
  check(ctx) {
    let { model, report } = ctx, user = model.stages.filter((s) => s.reachable).flatMap((s) => s.instructions).find((i) => i.keyword === "COPY" || i.keyword === "ADD" || i.run?.mounts.some((m) => m.type === "bind" && !m.options.from));
    if (!user) return;
    let context = buildContextOf(ctx);
    if (!context?.ignore || !context.ignoreFile) return;
    let ignoreFile = relative3(context.dir, context.ignoreFile) || ".dockerignore";
    for (let p of unusedPatterns(context))
      report({ messageId: "unused", data: { ignoreFile, line: p.line, pattern: (p.negate ? "!" : "") + p.pattern }, span: { start: user.keywordSpan.start, end: user.keywordSpan.end } });
  }
};

// rules/dnf-clean-all.ts
init_types();
var dnf_clean_all_default = {
  id: "dnf-clean-all",
  keywords: ["RUN"],
  description: "Run 'dnf clean all' in the RUN that installs packages with dnf",
  severity: "warning",
  related: ["hadolint:DL3040"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the dnf cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'"
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint
  },
  examples: {
    valid: [
      `FROM fedora:40
RUN dnf install -y httpd && dnf clean all`,
      `FROM fedora:40 AS build
RUN dnf install -y gcc
FROM fedora:40
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM fedora:40
RUN dnf install -y httpd`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); covers dnf and microdnf; accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    let { model } = ctx;
    for (let r of judgedRunPackages(ctx)) {
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => (pc2.tool === "dnf" || pc2.tool === "microdnf") && RPM_INSTALLS.has(rpmAction(pc2) ?? ""),
        (pc2) => (pc2.tool === "yum" || pc2.tool === "dnf" || pc2.tool === "microdnf") && pc2.sub === "clean",
        RPM_CACHES
      );
      if (!pc) continue;
      let cache2 = pc.tool === "yum" || pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc), cache: cache2 }, span: commandHead(pc) });
    }
  }
};

// rules/dnf-packages-pinned.ts
init_types();
var dnf_packages_pinned_default = {
  id: "dnf-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with dnf",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3041"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}-<version>'",
    moduleStream: "Module '{{pkg}}' is installed without a stream; pin it as '{{pkg}}:<stream>'"
  },
  options: {
    ignorePackages: ignorePackages()
  },
  examples: {
    valid: [`FROM fedora:40
RUN dnf install -y httpd-2.4.6 && dnf clean all`],
    invalid: [`FROM fedora:40
RUN dnf install -y httpd && dnf clean all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot when repositories drop old builds; judges packages after ARG/ENV expansion and covers microdnf",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (!(pc.tool === "dnf" || pc.tool === "microdnf")) continue;
        let action = rpmAction(pc), module = action === "module install";
        if (!(action !== "install" && action !== "in" && !module))
          for (let t of pc.operands.slice(module ? 1 : 0))
            t.text === null || ctx.options.ignorePackages.includes(t.text) || (module ? t.text.includes(":") || t.text.startsWith("/") : rpmPinned(t.text)) || ctx.report({ messageId: module ? "moduleStream" : "unpinned", data: { pkg: t.text }, span: t.word });
      }
  }
};

// rules/download-tool-consistent.ts
init_types();
var download_tool_consistent_default = {
  id: "download-tool-consistent",
  keywords: ["RUN"],
  description: "Use either wget or curl in a stage, not both",
  severity: "warning",
  related: ["hadolint:DL4001"],
  messages: {
    both: "This stage downloads with both '{{other}}' (line {{line}}) and '{{tool}}'; use '{{other}}' here too so the image needs only one download tool"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN curl -fsSLo /a.tgz https://example.com/a.tgz
RUN curl -fsSL https://example.com/b.sh | sh`],
    invalid: [`FROM debian:12
RUN curl -fsSLo /a.tgz https://example.com/a.tgz
RUN wget -q https://example.com/b.tgz`]
  },
  differs: "reports only the calls of the tool used less often in the stage, or on a tie the one brought in last (hadolint reports every RUN calling either once both were seen)",
  check({ model, report }) {
    let byStage = /* @__PURE__ */ new Map();
    for (let { ins } of runSites(model, { onbuild: !1 })) {
      if (!ins.stage) continue;
      let entry = byStage.get(ins.stage);
      entry || byStage.set(ins.stage, entry = { curl: [], wget: [] });
      for (let cmd of ins.run.commands)
        (cmd.name === "curl" || cmd.name === "wget") && entry[cmd.name].push(cmd);
    }
    for (let { curl, wget } of byStage.values()) {
      if (!curl.length || !wget.length) continue;
      let wgetMinor = wget.length < curl.length || wget.length === curl.length && wget[0].start > curl[0].start, [minor, major, tool, other] = wgetMinor ? [wget, curl, "wget", "curl"] : [curl, wget, "curl", "wget"], line = model.lines.position(major[0].start).line;
      for (let cmd of minor) {
        let w = cmd.words[0];
        report({ messageId: "both", data: { tool, other, line }, span: { start: w.start, end: w.end } });
      }
    }
  }
};

// rules/env-same-instruction-ref.ts
init_types();
var env_same_instruction_ref_default = {
  id: "env-same-instruction-ref",
  keywords: ["ENV"],
  description: "Do not use a variable in the same ENV instruction that defines it",
  severity: "error",
  related: ["hadolint:DL3044"],
  messages: {
    sameEnv: "'{{name}}' is defined in this same ENV, but ENV values are expanded before any of its keys are set, so '{{name}}' here is {{old}}; split it into two ENV instructions"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
ENV APP=/app
ENV PATH=$APP/bin:$PATH`, `FROM alpine:3.20
ENV PATH=/opt/bin:$PATH LANG=C.UTF-8`],
    invalid: [`FROM alpine:3.20
ENV APP=/app PATH=$APP/bin:$PATH`]
  },
  differs: "also reported when the variable had a different earlier value, since the new one is not used; legacy 'ENV key value' has one pair and never triggers",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ENV") continue;
        let pairs = parseKeyValues(ins, !1);
        if (pairs.length < 2) continue;
        let defined = /* @__PURE__ */ new Map(), after = ins.scope, extendsItself = /* @__PURE__ */ new Set();
        for (let kv of pairs) {
          if (kv.value !== null && !kv.legacy) {
            let r = model.expand(kv.value, ins.scope), r2 = model.expand(kv.value, after);
            if (!r.unresolved && !r2.unresolved && r.value === r2.value) {
              defined.set(kv.key, r.value), after = withBinding(after, kv.key, { name: kv.key, value: r.value, kind: "env" });
              continue;
            }
            for (let name of new Set(r.names)) {
              if (!defined.has(name)) continue;
              let before = ins.scope.get(name), newValue = defined.get(name);
              if (before && !extendsItself.has(name) && (before.value === void 0 || before.value === newValue)) continue;
              let old = before ? before.value === void 0 ? "its value from before this ENV" : `still '${before.value}'` : "empty", ref = kv.valueSpan ? varRefsInSpan(ins.argsText, kv.valueSpan, model.directives.escape).find((x) => x.name === name) : void 0;
              report({ messageId: "sameEnv", data: { name, old }, span: ref ?? kv.valueSpan ?? kv.keySpan });
            }
          }
          let v = kv.value === null ? null : model.expand(kv.value, ins.scope);
          v?.names.includes(kv.key) && extendsItself.add(kv.key), defined.set(kv.key, v && !v.unresolved ? v.value : null), after = withBinding(after, kv.key, { name: kv.key, value: v && !v.unresolved ? v.value : void 0, kind: "env" });
        }
      }
  }
};

// rules/expose-format-valid.ts
init_types();

// src/model/expose.ts
function splitPortSpec(raw) {
  let parts = raw.split(":"), ip = "", hostPort = "", container;
  if (parts.length === 1) container = parts[0];
  else if (parts.length === 2) [hostPort, container] = [parts[0], parts[1]];
  else if (parts.length === 3) [ip, hostPort, container] = [parts[0], parts[1], parts[2]];
  else {
    let n = parts.length;
    ip = parts.slice(0, n - 2).join(":"), hostPort = parts[n - 2], container = parts[n - 1];
  }
  let slash = container.indexOf("/"), port = slash === -1 ? container : container.slice(0, slash), proto = slash === -1 ? "" : container.slice(slash + 1);
  return port === "" || !["", "tcp", "udp", "sctp"].includes(proto.toLowerCase()) ? null : { ip, hostPort, containerPort: port, proto };
}
function exposeSpecs(ins, model) {
  let out = [];
  for (let w of ins.args) {
    let literal = !/[$]/.test(w.raw) && w.raw === w.value, r = model.expand(w.raw, ins.scope);
    if (!r.unresolved)
      for (let raw of r.value.split(/[ \t\r\n]+/).filter(Boolean)) {
        let s = splitPortSpec(raw);
        s && out.push({ raw, ...s, word: { start: w.start, end: w.end, raw: w.raw }, literal });
      }
  }
  return out;
}

// rules/expose-format-valid.ts
var expose_format_valid_default = {
  id: "expose-format-valid",
  keywords: ["EXPOSE"],
  description: "Expose only container ports, without a host port or IP address",
  severity: "warning",
  related: ["buildkit:ExposeInvalidFormat"],
  messages: {
    hostPart: "EXPOSE '{{spec}}' names a host {{what}}, which EXPOSE ignores (ports are published with 'docker run -p'); write '{{port}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80 443/tcp 3000-3005`],
    invalid: [`FROM nginx:1.27
EXPOSE 8080:80`, `FROM nginx:1.27
EXPOSE 127.0.0.1:8080:80/tcp`]
  },
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let s of exposeSpecs(ins, model)) {
            if (s.ip === "" && s.hostPort === "") continue;
            let port = s.containerPort + (s.proto ? "/" + s.proto : ""), span = { start: s.word.start, end: s.word.end }, fix = s.literal ? [{ span, text: port }] : void 0;
            report({
              messageId: "hostPart",
              data: { spec: s.raw, what: s.ip !== "" ? "IP address" : "port", port },
              span,
              ...fix ? { fix } : {}
            });
          }
  }
};

// rules/expose-port-range.ts
init_types();
var expose_port_range_default = {
  id: "expose-port-range",
  keywords: ["EXPOSE"],
  description: "Expose only ports between 0 and 65535",
  severity: "error",
  related: ["hadolint:DL3011"],
  messages: {
    outOfRange: "Port {{port}} in EXPOSE '{{spec}}' is out of range; ports go from 0 to 65535",
    reversed: "Port range '{{spec}}' ends before it starts; write it as '{{fixed}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80 443/tcp 8000-8010/udp`, `FROM nginx:1.27
ARG PORT
EXPOSE $PORT`],
    invalid: [`FROM nginx:1.27
EXPOSE 80000`, `FROM nginx:1.27
EXPOSE 8000-70000/tcp`]
  },
  differs: "ports written with ARG/ENV variables are judged after expansion; a reversed range is reported too",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let w of ins.args) {
            let value = expandedWord(model, ins, w.raw);
            if (value !== null)
              for (let spec of value.split(/\s+/).filter(Boolean)) {
                let m = /^(?:.*:)?(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/.exec(spec);
                if (!m) continue;
                let span = { start: w.start, end: w.end }, a = Number(m[1]), b = m[2] === void 0 ? a : Number(m[2]), bad = [a, b].find((p) => p > 65535);
                bad !== void 0 ? report({ messageId: "outOfRange", data: { port: bad, spec }, span }) : b < a && report({ messageId: "reversed", data: { spec, fixed: spec.replace(`${m[1]}-${m[2]}`, `${m[2]}-${m[1]}`) }, span });
              }
          }
  }
};

// rules/expose-proto-lowercase.ts
init_types();
var expose_proto_lowercase_default = {
  id: "expose-proto-lowercase",
  keywords: ["EXPOSE"],
  description: "Write the EXPOSE protocol in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ExposeProtoCasing"],
  messages: {
    notLowercase: "Protocol in '{{spec}}' is not lowercase; write '/{{lower}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80/tcp 53/udp`],
    invalid: [`FROM nginx:1.27
EXPOSE 80/TCP`]
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let s of exposeSpecs(ins, model)) {
            if (s.proto === s.proto.toLowerCase()) continue;
            let lower = s.proto.toLowerCase(), span = { start: s.word.start, end: s.word.end }, fix;
            if (s.literal) {
              let at = s.word.raw.lastIndexOf("/" + s.proto);
              at !== -1 && (span = { start: s.word.start + at + 1, end: s.word.start + at + 1 + s.proto.length }, fix = [{ span, text: lower }]);
            }
            report({ messageId: "notLowercase", data: { spec: s.raw, lower }, span, ...fix ? { fix } : {} });
          }
  }
};

// rules/from-arg-default-valid.ts
init_types();

// src/model/reference.ts
var ALNUM = "[a-z0-9]+", SEPARATOR = "(?:[._]|__|[-]+)", PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`, DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])", IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]", DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`, HOST = `(?:${DOMAIN_NAME}|${IPV6})`, DOMAIN = `${HOST}(?::[0-9]+)?`, TAG = "[\\w][\\w.-]{0,127}", DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}", NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`, REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`), IDENTIFIER = /^[a-f0-9]{64}$/;
function imageReferenceProblem(ref) {
  if (ref === "") return "empty";
  if (IDENTIFIER.test(ref)) return "a 64-character hex image ID is not a reference";
  let slash = ref.indexOf("/"), remainder = ref;
  if (slash !== -1) {
    let first = ref.slice(0, slash);
    (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) && (remainder = ref.slice(slash + 1));
  }
  let nameOnly = remainder.split("@")[0].replace(/:[^/]*$/, "");
  if (nameOnly.toLowerCase() !== nameOnly) return "repository name must be lowercase";
  let m = REFERENCE.exec(ref);
  return m ? m[1].length > 255 ? "repository name must not be more than 255 characters" : null : "invalid reference format";
}

// rules/from-arg-default-valid.ts
var from_arg_default_valid_default = {
  id: "from-arg-default-valid",
  description: "Give ARGs used in FROM defaults that make a valid image reference",
  severity: "warning",
  related: ["buildkit:InvalidDefaultArgInFrom"],
  messages: {
    empty: "With the ARG defaults, '{{raw}}' expands to an empty image name, so the build fails unless --build-arg sets {{names}}; give {{names}} a default value",
    invalid: "With the ARG defaults, '{{raw}}' expands to '{{value}}', which is not a valid image reference ({{reason}}); give {{names}} a default value that makes it valid"
  },
  options: {
    reportRequiredArgs: {
      description: "Also report FROM lines that use an ARG with no default or an empty one (`ARG BASE` + `FROM $BASE`), i.e. that require --build-arg, as BuildKit does",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: ["ARG TAG=3.20\nFROM alpine:${TAG}", "ARG VARIANT\nFROM alpine${VARIANT}"],
    invalid: ["ARG IMAGE=alpine:\nFROM ${IMAGE}", "ARG BASE=Alpine:3.20\nFROM ${BASE}"]
  },
  differs: "unlike BuildKit, an ARG declared without a default or with an empty one is taken as a required --build-arg and not reported (option reportRequiredArgs); judges only FROM lines that use variables, with defaults only (as BuildKit), and stays silent when a value depends on the platform",
  check({ model, options, report }) {
    let escape2 = model.directives.escape, scope = /* @__PURE__ */ new Map();
    for (let name of PLATFORM_ARGS) scope.set(name, { name, value: void 0, kind: "builtin" });
    let noDefault = /* @__PURE__ */ new Set();
    for (let ins of model.globalArgs)
      for (let kv of parseKeyValues(ins.args, !0)) {
        if (!kv.key) continue;
        let value = "";
        if (kv.value === null) noDefault.add(kv.key);
        else {
          noDefault.delete(kv.key);
          let r = expandWord(kv.value, scope, escape2);
          value = r.unresolved ? void 0 : r.value;
        }
        scope.set(kv.key, { name: kv.key, value, kind: "arg" });
      }
    for (let stage of model.stages) {
      if (stage.from.keyword !== "FROM") continue;
      let word = stage.from.args[0];
      if (!word || !word.raw.includes("$")) continue;
      let refs = findVarRefs(word.raw, escape2);
      if (!refs.length) continue;
      let r = expandWord(word.raw, scope, escape2);
      if (r.unresolved || model.stageByRef(r.value)) continue;
      let problem = imageReferenceProblem(r.value);
      if (!problem) continue;
      let referenced = [...new Set(refs.map((x) => x.name))];
      if (!options.reportRequiredArgs && referenced.some((n) => noDefault.has(n) || scope.get(n)?.value === "")) continue;
      let blank = referenced.filter((n) => noDefault.has(n) || scope.get(n)?.value === ""), names = (blank.length ? blank : referenced).map((n) => `ARG ${n}`).join(", "), span = { start: word.start, end: word.end };
      r.value === "" ? report({ messageId: "empty", data: { raw: word.raw, names }, span }) : report({ messageId: "invalid", data: { raw: word.raw, value: r.value, reason: problem, names }, span });
    }
  }
};

// rules/from-arg-defined.ts
init_types();
init_names();
var from_arg_defined_default = {
  id: "from-arg-defined",
  description: "Declare every ARG used in FROM before the first FROM",
  severity: "warning",
  related: ["buildkit:UndefinedArgInFrom"],
  messages: {
    undeclared: "ARG '{{name}}' used in FROM is not declared before the first FROM, so it {{effect}} and no --build-arg can set it{{hint}}"
  },
  options: {},
  examples: {
    valid: ["ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}", "FROM --platform=$BUILDPLATFORM golang:1.23 AS build"],
    invalid: ["FROM alpine:${ALPINE_VERSION}", "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSON}"]
  },
  differs: "a '${name:word}' placeholder of a template generator, which is no valid substitution, is not reported",
  check({ model, report }) {
    let escape2 = model.directives.escape, declared = [...model.globalScope.keys()], inStage = /* @__PURE__ */ new Map();
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "ARG")
          for (let w of ins.args) {
            let name = w.value.split("=")[0];
            inStage.has(name) || inStage.set(name, stage.nameRaw ?? String(stage.index));
          }
    for (let stage of model.stages) {
      let ins = stage.from;
      if (ins.keyword !== "FROM") continue;
      let spans = [];
      ins.args[0] && spans.push({ start: ins.args[0].start, end: ins.args[0].end }), stage.platform?.value && spans.push(stage.platform.valueSpan);
      for (let span of spans)
        for (let ref of varRefsInSpan(ins.argsText, span, escape2)) {
          if (model.globalScope.has(ref.name) || PREDEFINED_ARGS.includes(ref.name) || !validModifier(ref.modifier)) continue;
          let suggestion = buildkitSuggest(ref.name, declared, !0), hint;
          suggestion ? hint = `; did you mean '${suggestion}'?` : inStage.has(ref.name) ? hint = `; it is declared inside stage '${inStage.get(ref.name)}', but FROM only sees ARGs declared before the first FROM: move 'ARG ${ref.name}' to the top of the file` : hint = `; add 'ARG ${ref.name}=<default>' before the first FROM`, report({ messageId: "undeclared", data: { name: ref.name, effect: unsetEffect(ref), hint }, span: { start: ref.start, end: ref.end } });
        }
    }
  }
};

// rules/from-as-casing.ts
init_types();
var from_as_casing_default = {
  id: "from-as-casing",
  description: "Write the AS keyword of FROM in the same case as FROM",
  severity: "info",
  strict: "warning",
  related: ["buildkit:FromAsCasing"],
  messages: {
    mismatch: "'{{as}}' does not match the case of '{{from}}'; write '{{expected}}'"
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build", "from golang:1.23 as build"],
    invalid: ["FROM golang:1.23 as build", "from golang:1.23 AS build"]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); like BuildKit, a mixed-case keyword (`From`) is left to instruction-casing-consistent",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages) {
      let ins = stage.from;
      if (ins.keyword !== "FROM" || ins.args.length < 3) continue;
      let kw = ins.keywordRaw, lower = kw === kw.toLowerCase(), upper = kw === kw.toUpperCase();
      if (!lower && !upper) continue;
      let as = ins.args[1], expected = lower ? as.raw.toLowerCase() : as.raw.toUpperCase();
      as.raw !== expected && report({
        messageId: "mismatch",
        data: { as: as.raw, from: kw, expected },
        span: { start: as.start, end: as.end },
        fix: [{ span: { start: as.start, end: as.end }, text: expected }]
      });
    }
  }
};

// rules/from-image-eol.ts
init_types();

// src/model/eol-table.ts
var REVIEWED = "2026-12-05";
var EOL_PRODUCTS = {
  python: {
    label: "python",
    images: ["python"],
    unit: "minor",
    eol: {
      2: "2020-01-01",
      "2.7": "2020-01-01",
      "2.6": "2013-10-29",
      "3.1": "2012-04-09",
      "3.2": "2016-02-20",
      "3.3": "2017-09-29",
      "3.4": "2019-03-18",
      "3.5": "2020-09-30",
      "3.6": "2021-12-23",
      "3.7": "2023-06-27",
      "3.8": "2024-10-07",
      "3.9": "2025-10-31",
      "3.10": "2026-10-31",
      "3.11": "2027-10-31",
      "3.12": "2028-10-31",
      "3.13": "2029-10-31",
      "3.14": "2030-10-31"
    },
    olderThan: { version: "3.1", by: "2012-04-09" },
    suggest: "python:3.14",
    sources: ["https://endoflife.date/python", "https://devguide.python.org/versions/"]
  },
  node: {
    label: "node",
    images: ["node"],
    unit: "major",
    eol: {
      4: "2018-04-30",
      5: "2016-06-30",
      6: "2019-04-30",
      7: "2017-06-30",
      8: "2019-12-31",
      9: "2018-06-30",
      10: "2021-04-30",
      11: "2019-06-01",
      12: "2022-04-30",
      13: "2020-06-01",
      14: "2023-04-30",
      15: "2021-06-01",
      16: "2023-09-11",
      17: "2022-06-01",
      18: "2025-04-30",
      19: "2023-06-01",
      20: "2026-04-30",
      21: "2024-06-01",
      22: "2027-04-30",
      23: "2025-06-01",
      24: "2028-04-30",
      25: "2026-06-01"
    },
    olderThan: { version: "4", by: "2016-12-31" },
    suggest: "node:24",
    sources: ["https://endoflife.date/nodejs", "https://github.com/nodejs/Release#release-schedule"]
  },
  ruby: {
    label: "ruby",
    images: ["ruby"],
    unit: "minor",
    eol: {
      2: "2023-03-31",
      "2.0": "2016-02-24",
      "2.1": "2017-03-31",
      "2.2": "2018-03-31",
      "2.3": "2019-03-31",
      "2.4": "2020-03-31",
      "2.5": "2021-04-05",
      "2.6": "2022-04-12",
      "2.7": "2023-03-31",
      "3.0": "2024-04-23",
      "3.1": "2025-03-26",
      "3.2": "2026-03-31"
    },
    olderThan: { version: "2.0", by: "2015-02-23" },
    suggest: "ruby:3.4",
    sources: ["https://endoflife.date/ruby", "https://www.ruby-lang.org/en/downloads/branches/"]
  },
  golang: {
    label: "golang",
    images: ["golang"],
    unit: "minor",
    // Go supports the two newest releases: each ends when the second release after it ships.
    eol: { "1.19": "2023-08-08", "1.20": "2024-02-06", "1.21": "2024-08-13", "1.22": "2025-02-11", "1.23": "2025-08-12" },
    eolBy: { "1.24": "2026-02-28", "1.25": "2026-08-31" },
    olderThan: { version: "1.19", by: "2023-08-08" },
    suggest: "golang:1.26",
    sources: ["https://endoflife.date/go", "https://go.dev/doc/devel/release#policy"]
  },
  php: {
    label: "php",
    images: ["php"],
    unit: "minor",
    eol: {
      5: "2018-12-31",
      "5.6": "2018-12-31",
      7: "2022-11-28",
      "7.0": "2019-01-10",
      "7.1": "2019-12-01",
      "7.2": "2020-11-30",
      "7.3": "2021-12-06",
      "7.4": "2022-11-28",
      "8.0": "2023-11-26",
      "8.1": "2025-12-31",
      "8.2": "2026-12-31",
      "8.3": "2027-12-31",
      "8.4": "2028-12-31"
    },
    olderThan: { version: "5.6", by: "2016-07-21" },
    suggest: "php:8.4",
    sources: ["https://endoflife.date/php", "https://www.php.net/supported-versions.php"]
  },
  postgres: {
    label: "postgres",
    images: ["postgres"],
    unit: "major",
    minorBelow: 10,
    eol: {
      "9.3": "2018-11-08",
      "9.4": "2020-02-13",
      "9.5": "2021-02-11",
      "9.6": "2021-11-11",
      10: "2022-11-10",
      11: "2023-11-09",
      12: "2024-11-21",
      13: "2025-11-13",
      14: "2026-11-12",
      15: "2027-11-11",
      16: "2028-11-09",
      17: "2029-11-08"
    },
    olderThan: { version: "9.3", by: "2017-11-09" },
    suggest: "postgres:17",
    sources: ["https://endoflife.date/postgresql", "https://www.postgresql.org/support/versioning/"]
  },
  mysql: {
    label: "mysql",
    images: ["mysql"],
    unit: "minor",
    eol: { "5.5": "2018-12-03", "5.6": "2021-02-01" },
    // 5.7 and 8.0 ended in the month given; innovation releases are supported until the next one ships.
    eolBy: { "5.7": "2023-10-31", "8.0": "2026-04-30", "8.1": "2023-10-31", "8.2": "2024-01-31", "8.3": "2024-04-30" },
    olderThan: { version: "5.5", by: "2018-12-03" },
    suggest: "mysql:8.4",
    sources: ["https://endoflife.date/mysql", "https://www.mysql.com/support/supportedplatforms/database.html"]
  },
  debian: {
    label: "debian",
    images: ["debian"],
    unit: "major",
    // Debian LTS end dates (the debian images are updated until then).
    eol: { 7: "2018-05-31", 8: "2020-06-30", 9: "2022-06-30", 10: "2024-06-30", 11: "2026-08-31", 12: "2028-06-30", 13: "2030-06-30" },
    olderThan: { version: "7", by: "2016-02-29" },
    suggest: "debian:trixie",
    sources: ["https://endoflife.date/debian", "https://wiki.debian.org/LTS"]
  },
  ubuntu: {
    label: "ubuntu",
    images: ["ubuntu"],
    unit: "minor",
    // End of standard support (the ubuntu images stop being updated then); interim releases get nine months.
    eol: { "12.04": "2017-04-28", "14.04": "2019-04-30", "16.04": "2021-04-30", "18.04": "2023-05-31" },
    eolBy: {
      "20.04": "2025-05-31",
      "18.10": "2019-07-31",
      "19.04": "2020-01-31",
      "19.10": "2020-07-31",
      "20.10": "2021-07-31",
      "21.04": "2022-01-31",
      "21.10": "2022-07-31",
      "22.10": "2023-07-31",
      "23.04": "2024-01-31",
      "23.10": "2024-07-31",
      "24.10": "2025-07-31",
      "25.04": "2026-01-31",
      "25.10": "2026-07-31",
      "22.04": "2027-06-30",
      "24.04": "2029-06-30"
    },
    olderThan: { version: "18.04", by: "2023-05-31" },
    suggest: "ubuntu:24.04",
    sources: ["https://endoflife.date/ubuntu", "https://ubuntu.com/about/release-cycle"]
  },
  alpine: {
    label: "alpine",
    images: ["alpine"],
    unit: "minor",
    eol: {
      "3.12": "2022-05-01",
      "3.13": "2022-11-01",
      "3.14": "2023-05-01",
      "3.15": "2023-11-01",
      "3.16": "2024-05-23",
      "3.17": "2024-11-22",
      "3.18": "2025-05-09",
      "3.19": "2025-11-01",
      "3.20": "2026-04-01",
      "3.21": "2026-11-01"
    },
    olderThan: { version: "3.12", by: "2022-05-01" },
    suggest: "alpine:3.23",
    sources: ["https://endoflife.date/alpine-linux", "https://alpinelinux.org/releases/"]
  },
  fedora: {
    label: "fedora",
    images: ["fedora"],
    unit: "major",
    // A release ends four weeks after the second release after it.
    eolBy: { 36: "2023-05-31", 37: "2023-12-31", 38: "2024-05-31", 39: "2024-11-30", 40: "2025-05-31", 41: "2025-12-31", 42: "2026-06-30" },
    eol: {},
    olderThan: { version: "36", by: "2022-12-31" },
    suggest: "fedora:43",
    sources: ["https://endoflife.date/fedora", "https://docs.fedoraproject.org/en-US/releases/eol/"]
  },
  amazonlinux: {
    label: "amazonlinux",
    images: ["amazonlinux"],
    unit: "major",
    // Amazon Linux 1 is tagged by its release (2018.03), Amazon Linux 2 as 2, AL2023 as 2023.
    eol: { 1: "2023-12-31", 2016: "2023-12-31", 2017: "2023-12-31", 2018: "2023-12-31", 2: "2026-06-30", 2023: "2029-06-30" },
    suggest: "amazonlinux:2023",
    sources: ["https://endoflife.date/amazon-linux", "https://aws.amazon.com/amazon-linux-2/faqs/"]
  },
  centos: {
    label: "centos",
    images: ["centos"],
    unit: "major",
    tagPrefix: "centos",
    eol: { 6: "2020-11-30", 7: "2024-06-30", 8: "2021-12-31" },
    olderThan: { version: "6", by: "2020-11-30" },
    suggest: "almalinux:9 or rockylinux/rockylinux:9",
    sources: ["https://endoflife.date/centos"]
  },
  dotnet: {
    label: ".NET",
    // Microsoft's registry: dotnet/sdk, dotnet/aspnet, dotnet/runtime, dotnet/runtime-deps, and the older dotnet/core/*.
    images: ["mcr.microsoft.com/dotnet/"],
    unit: "minor",
    eol: {
      "1.0": "2019-06-27",
      "1.1": "2019-06-27",
      "2.0": "2018-10-01",
      "2.1": "2021-08-21",
      "2.2": "2019-12-23",
      "3.0": "2020-03-03",
      "3.1": "2022-12-13",
      "5.0": "2022-05-10",
      "6.0": "2024-11-12",
      "7.0": "2024-05-14",
      "8.0": "2026-11-10",
      "9.0": "2026-11-10",
      "10.0": "2028-11-14"
    },
    suggest: "the 10.0 images",
    sources: ["https://endoflife.date/dotnet", "https://dotnet.microsoft.com/platform/support/policy/dotnet-core"]
  }
}, DISTRO_CODENAMES = {
  squeeze: { family: "debian", version: "6" },
  wheezy: { family: "debian", version: "7" },
  jessie: { family: "debian", version: "8" },
  stretch: { family: "debian", version: "9" },
  buster: { family: "debian", version: "10" },
  bullseye: { family: "debian", version: "11" },
  bookworm: { family: "debian", version: "12" },
  trixie: { family: "debian", version: "13" },
  precise: { family: "ubuntu", version: "12.04" },
  trusty: { family: "ubuntu", version: "14.04" },
  xenial: { family: "ubuntu", version: "16.04" },
  bionic: { family: "ubuntu", version: "18.04" },
  cosmic: { family: "ubuntu", version: "18.10" },
  disco: { family: "ubuntu", version: "19.04" },
  eoan: { family: "ubuntu", version: "19.10" },
  focal: { family: "ubuntu", version: "20.04" },
  groovy: { family: "ubuntu", version: "20.10" },
  hirsute: { family: "ubuntu", version: "21.04" },
  impish: { family: "ubuntu", version: "21.10" },
  jammy: { family: "ubuntu", version: "22.04" },
  kinetic: { family: "ubuntu", version: "22.10" },
  lunar: { family: "ubuntu", version: "23.04" },
  mantic: { family: "ubuntu", version: "23.10" },
  noble: { family: "ubuntu", version: "24.04" },
  oracular: { family: "ubuntu", version: "24.10" },
  plucky: { family: "ubuntu", version: "25.04" },
  questing: { family: "ubuntu", version: "25.10" }
}, DISTRO_SUGGEST = {
  debian: "bookworm or trixie",
  ubuntu: "jammy or noble",
  alpine: "alpine3.23 or a plain '-alpine' tag"
};

// src/model/eol.ts
function currentDate() {
  let now = Date.now();
  return now - todayAt > 6e4 && (today = utcDate(now), todayAt = now), today;
}
var today = "", todayAt = -1 / 0;
function utcDate(ms) {
  let z = Math.floor(ms / 864e5) + 719468, era = Math.floor(z / 146097), doe = z - era * 146097, yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365), doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153), day = doy - Math.floor((153 * mp + 2) / 5) + 1, month = mp < 10 ? mp + 3 : mp - 9, year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function cmp(a, b) {
  let pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
var byName = null, byPrefix = [], products = [];
function indexProducts() {
  products = Object.values(EOL_PRODUCTS);
  let names = /* @__PURE__ */ new Map();
  return byPrefix = [], products.forEach((p, at) => {
    for (let img of p.images)
      img.includes("/") ? byPrefix.push({ img, at }) : names.has(img) || names.set(img, at);
  }), names;
}
function productFor(officialName2, registry, path2) {
  byName ??= indexProducts();
  let at = officialName2 === null ? -1 : byName.get(officialName2) ?? -1;
  if (byPrefix.length) {
    let full = `${(registry ?? "").toLowerCase()}/${path2.toLowerCase()}`;
    for (let p of byPrefix) {
      if (at !== -1 && p.at >= at) break;
      if (full.startsWith(p.img) && !full.startsWith(p.img + "framework/")) {
        at = p.at;
        break;
      }
    }
  }
  return at === -1 ? null : products[at];
}
var tagPatterns = /* @__PURE__ */ new Map();
function tagVersion(product, tag) {
  let re = tagPatterns.get(product);
  if (!re) {
    let prefix = product.tagPrefix ? `(?:${product.tagPrefix})?` : "";
    tagPatterns.set(product, re = new RegExp(`^${prefix}(\\d+)(?:\\.(\\d+))?`, "i"));
  }
  let m = re.exec(tag);
  return m ? { major: m[1], minor: m[2] ?? null } : null;
}
function lookupEol(product, major, minor, today2) {
  let p = typeof product == "string" ? EOL_PRODUCTS[product] : product;
  if (!p) return null;
  let byMinor = p.unit === "minor" || p.minorBelow !== void 0 && Number(major) < p.minorBelow, key2 = !byMinor || minor === null ? major : `${major}.${minor}`, found = (k, date, exact) => date <= today2 ? { subject: `${p.label} ${k}`, date, exact } : null;
  return p.eol[key2] ? found(key2, p.eol[key2], !0) : p.eolBy?.[key2] ? found(key2, p.eolBy[key2], !1) : byMinor && minor !== null && p.eol[major] ? found(key2, p.eol[major], !1) : p.olderThan && cmp(key2, p.olderThan.version) < 0 ? byMinor && minor === null && Number(major) >= Number(p.olderThan.version.split(".")[0]) ? null : found(key2, p.olderThan.by, !1) : null;
}

// rules/from-image-eol.ts
var DOCKER_HUB2 = ["docker.io", "index.docker.io", "registry-1.docker.io"];
function officialName(registry, path2) {
  if (registry !== null && !DOCKER_HUB2.includes(registry.toLowerCase())) return null;
  let p = path2.toLowerCase(), name = p.startsWith("library/") ? p.slice(8) : p;
  return name.includes("/") || !name ? null : name;
}
var when = (hit) => (hit.exact ? "on " : "by ") + hit.date, from_image_eol_default = {
  id: "from-image-eol",
  description: "Do not build on an official base image whose version is past its upstream end of life",
  severity: "warning",
  related: [],
  messages: {
    eol: "{{subject}} reached end of life {{when}} and gets no security fixes; move to a supported release such as {{suggest}}",
    distroEol: "'{{image}}' is based on {{subject}}, which reached end of life {{when}} and gets no security fixes; use a variant on a supported release ({{suggest}})",
    deprecated: "The 'openjdk' image is deprecated on Docker Hub and no longer updated; use a maintained OpenJDK build such as eclipse-temurin:21"
  },
  options: {
    ignoreImages: {
      description: 'Image names not to judge (official names such as "python", or "mcr.microsoft.com/dotnet/sdk")',
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: ["FROM python:3.13-slim", "FROM node:24-alpine", "FROM debian:bookworm", "FROM python:3", { code: "FROM node:20", settings: { today: "2026-04-29" } }],
    invalid: ["FROM python:3.6-alpine", "FROM node:16", "FROM python:3.11-buster", "FROM centos:7", "FROM mcr.microsoft.com/dotnet/aspnet:6.0"]
  },
  differs: `new in dflint (neither hadolint nor BuildKit checks end of life); judges official images after ARG expansion, including the distro part of tags (-buster, -alpine3.16), with a dated table of upstream end-of-life dates and their sources (src/model/eol-table.ts, reviewed ${REVIEWED}), judged against today's date or settings.today`,
  check({ model, options, settings: settings2, report }) {
    let today2 = settings2.today ?? currentDate(), ignored = new Set(options.ignoreImages.map((s) => s.toLowerCase().replace(/^(docker\.io\/)?library\//, ""))), centos = EOL_PRODUCTS.centos;
    for (let stage of model.stages) {
      let img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      let name = officialName(img.registry, img.path), product = productFor(name, img.registry, img.path);
      if (!name && !product || ignored.has(name ?? `${img.registry ?? ""}/${img.path}`.toLowerCase())) continue;
      let tag = img.tag, tagSpan = tag !== null ? img.tagSpan : img.span;
      if (name === "openjdk") {
        if (tag !== null && /(^|[-.])ea([-.]|$)/i.test(tag)) continue;
        report({ messageId: "deprecated", span: img.span });
        continue;
      }
      if (tag === null) {
        name === "centos" && !img.digest && report({ messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, span: img.span });
        continue;
      }
      if (product) {
        let v = tagVersion(product, tag), hit = v ? lookupEol(product, v.major, v.minor, today2) : null;
        if (hit) {
          report({ messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: product.suggest }, span: tagSpan });
          continue;
        }
        if (product === centos && !v) {
          report({ messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, span: tagSpan });
          continue;
        }
      }
      for (let token of tag.toLowerCase().split("-")) {
        let hit = null, distro = "", code = DISTRO_CODENAMES[token], alp = /^alpine(\d+)\.(\d+)$/.exec(token);
        if (code) {
          let [major, minor] = code.version.split(".");
          hit = lookupEol(code.family, major, minor ?? null, today2), distro = code.family, hit && (hit = { ...hit, subject: `${code.family} ${token} (${code.version})` });
        } else alp && (hit = lookupEol("alpine", alp[1], alp[2], today2), distro = "alpine");
        if (hit) {
          report(name === distro ? { messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: EOL_PRODUCTS[distro].suggest }, span: tagSpan } : { messageId: "distroEol", data: { image: `${name ?? `${img.registry}/${img.path}`}:${tag}`, subject: hit.subject, when: when(hit), suggest: DISTRO_SUGGEST[distro] }, span: tagSpan });
          break;
        }
      }
    }
  }
};

// rules/from-image-pinned.ts
init_types();
var from_image_pinned_default = {
  id: "from-image-pinned",
  description: "Pin every base image to a version tag or a digest",
  severity: "warning",
  related: ["hadolint:DL3006", "hadolint:DL3007"],
  messages: {
    untagged: "Base image '{{image}}' has no tag, so it means ':latest' and changes under you; pin a version such as '{{image}}:<version>'",
    floating: "Tag '{{tag}}' of '{{image}}' moves with every release; pin a version tag or a digest",
    noDigest: "Base image '{{image}}' is not pinned by digest; add '@sha256:...'"
  },
  options: {
    floatingTags: {
      description: "Tags that do not pin a version",
      default: ["latest"],
      schema: { type: "array", items: { type: "string" } }
    },
    requireDigest: {
      description: "Require an `@sha256:` digest on every base image",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: ["FROM node:22-alpine", "ARG PY=3.12\nFROM python:${PY}", `FROM golang:1.23 AS build
FROM build`, "FROM scratch"],
    invalid: ["FROM node", "FROM node:latest", "ARG BASE=alpine\nFROM ${BASE}"]
  },
  differs: "judges the image after ARG expansion and stays silent when the value cannot be known",
  check({ model, options, report }) {
    for (let stage of model.stages) {
      let img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      let name = (img.registry ? img.registry + "/" : "") + img.path;
      if (!img.digest) {
        if (img.tag === null) {
          report({ messageId: "untagged", data: { image: name }, span: img.span, related: ["hadolint:DL3006"] });
          continue;
        }
        if (options.floatingTags.includes(img.tag)) {
          report({ messageId: "floating", data: { tag: img.tag, image: name }, span: img.tagSpan, related: img.tag === "latest" ? ["hadolint:DL3007"] : [] });
          continue;
        }
        options.requireDigest && report({ messageId: "noDigest", data: { image: img.expanded }, span: img.span });
      }
    }
  }
};

// rules/from-platform-constant.ts
init_types();
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386",
  i686: "386"
}, from_platform_constant_default = {
  id: "from-platform-constant",
  description: "Do not hard-code the platform of a base image with FROM --platform",
  severity: "warning",
  related: ["hadolint:DL3029", "buildkit:FromPlatformFlagConstDisallowed"],
  messages: {
    constant: "FROM --platform={{platform}} pins the stage to one platform, so multi-platform builds and builds on other machines get the wrong image; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag",
    notPlatformArg: "FROM --platform={{platform}} names neither $BUILDPLATFORM nor $TARGETPLATFORM, so the stage may not follow the platform of the build; use one of them, or drop the flag"
  },
  options: {
    platformArgsOnly: {
      description: "Accept only values that name $BUILDPLATFORM or $TARGETPLATFORM, with no exception for platform-specific stage or file names, as hadolint's DL3029; by default, as BuildKit, any value with a variable is accepted",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
      "FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20",
      "FROM --platform=linux/amd64 alpine:3.20 AS tools-amd64"
    ],
    invalid: ["FROM --platform=linux/amd64 node:22-slim"]
  },
  differs: "follows BuildKit: any variable in the value is accepted (hadolint flags '$TARGETOS/$TARGETARCH', and so does the hadolint preset: option platformArgsOnly), and a stage whose name contains the OS or architecture (e.g. 'build-arm64') or a file whose path names the architecture (e.g. 'arm32v7/Dockerfile') is taken as deliberately platform-specific",
  check({ model, options, report }) {
    for (let stage of model.stages) {
      let flag = stage.platform;
      if (!flag || flag.value === null) continue;
      let value = flag.value.replace(/^(["'])(.*)\1$/, "$2");
      if (options.platformArgsOnly) {
        /BUILDPLATFORM|TARGETPLATFORM/.test(value) || report({ messageId: "notPlatformArg", data: { platform: value }, span: flag.valueSpan });
        continue;
      }
      if (value.includes("$") || !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/.test(value)) continue;
      let parts = value.toLowerCase().split("/"), name = stage.name ?? "", os2 = parts.length > 1 ? parts[0] : "", arch = parts.length > 1 ? parts[1] : parts[0], archNorm = ARCH_ALIASES[arch] ?? arch;
      if (name && (os2 && name.includes(os2) || name.includes(arch) || name.includes(archNorm))) continue;
      let path2 = model.path.toLowerCase(), variant = parts[2] ?? "";
      [arch, archNorm, archNorm === "arm" && variant ? `arm32${variant}` : ""].some((a) => a && a.length > 2 && path2.includes(a)) || report({ messageId: "constant", data: { platform: value }, span: flag.valueSpan });
    }
  }
};

// rules/from-platform-redundant.ts
init_types();
var TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?[-=?][^}]*)?\})$/, from_platform_redundant_default = {
  id: "from-platform-redundant",
  description: "Drop FROM --platform=$TARGETPLATFORM, which is the default",
  severity: "warning",
  related: ["hadolint:DL3065", "buildkit:RedundantTargetPlatform"],
  fixable: !0,
  messages: {
    redundant: "--platform={{value}} is redundant: a stage is built for the target platform by default; remove the flag"
  },
  options: {},
  examples: {
    valid: ["FROM --platform=$BUILDPLATFORM golang:1.23 AS build", "FROM alpine:3.20"],
    invalid: ["FROM --platform=$TARGETPLATFORM alpine:3.20", "FROM --platform=${TARGETPLATFORM} alpine:3.20"]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let flag = stage.platform;
      if (!flag || flag.value === null) continue;
      let value = flag.value.replace(/^"(.*)"$/, "$1");
      if (!TARGET_PLATFORM.test(value)) continue;
      let ins = stage.from;
      if (ins.keyword !== "FROM") continue;
      let next = ins.flags.find((f) => f.start > flag.start)?.start ?? ins.args[0]?.start;
      report({
        messageId: "redundant",
        data: { value: flag.value },
        span: { start: flag.start, end: flag.end },
        fix: next !== void 0 && /^[ \t]+$/.test(model.text.slice(flag.end, next)) ? [{ span: { start: flag.start, end: next }, text: "" }] : void 0
      });
    }
  }
};

// rules/gem-packages-pinned.ts
init_types();
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-v",
  "--version",
  "-i",
  "--install-dir",
  "-n",
  "--bindir",
  "-s",
  "--source",
  "-p",
  "--http-proxy",
  "--platform",
  "-P",
  "--trust-policy",
  "-g",
  "--file",
  "--build-root",
  "--target-rbconfig",
  "--config-file"
]), gem_packages_pinned_default = {
  id: "gem-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of gems installed with gem install",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3028"],
  messages: {
    unpinned: "gem '{{name}}' is not pinned, so each build may install a different version; add '-v <version>' or write '{{name}}:<version>'"
  },
  options: {},
  examples: {
    valid: [`FROM ruby:3.3
RUN gem install bundler -v 2.5.22`, `FROM ruby:3.3
RUN gem install --no-document bundler:2.5.22`],
    invalid: [`FROM ruby:3.3
RUN gem install --no-document bundler`]
  },
  differs: "off by default (pins rot; strict preset: warning); knows which gem options take a value, so 'gem install --no-document rails' is checked (hadolint skips the word after any option)",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "gem") continue;
        let args = commandArgs(cmd).slice(1);
        if (args[0]?.text !== "install" && args[0]?.text !== "i") continue;
        let rest = args.slice(1), before = rest.findIndex((a) => a.text === "--"), opts = before === -1 ? rest : rest.slice(0, before);
        if (opts.some((a) => a.text === "-v" || a.text === "--version" || a.text.startsWith("--version=") || /^-v\S/.test(a.text)) || opts.some((a) => !a.known && a.text.startsWith("$"))) continue;
        let gems = [];
        for (let j = 0; j < opts.length; j++) {
          let t = opts[j].text;
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_OPTIONS.has(t) && j++;
            continue;
          }
          gems.push(opts[j]);
        }
        for (let g of gems)
          !g.known || g.text.includes(":") || /\.gem$/.test(g.text) || g.text.includes("/") || report({ messageId: "unpinned", data: { name: g.text }, span: { start: g.word.start, end: g.word.end } });
      }
  }
};

// rules/go-install-pinned.ts
init_types();
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "-ldflags",
  "-gcflags",
  "-asmflags",
  "-gccgoflags",
  "-tags",
  "-o",
  "-mod",
  "-modfile",
  "-p",
  "-pkgdir",
  "-buildmode",
  "-compiler",
  "-installsuffix",
  "-overlay",
  "-pgo",
  "-toolexec",
  "-C",
  "-exec",
  "-covermode",
  "-coverpkg"
]), EXACT = /^(v\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?|[0-9a-f]{12,40})$/, PINNED_REF = /^(tags\/)?v?\d+(\.\d+)+([-+.][0-9A-Za-z.+-]*)?$|^[0-9a-f]{7,40}$/;
function joinDir(dir, to) {
  return to.startsWith("/") ? to.replace(/\/+$/, "") || "/" : dir === null ? null : `${dir.replace(/\/$/, "")}/${to}`.replace(/\/\.?$/, "");
}
function inStageOrDescendant(ins, stage) {
  for (let s = ins.stage; s; s = s.parent) if (s === stage) return !0;
  return !1;
}
function pinnedCheckoutDirs(model, from, after) {
  let dirs = [], stage = from.stage;
  if (!stage) return dirs;
  for (let { ins } of runSites(model, { onbuild: !1 })) {
    if (ins.index < from.index || !inStageOrDescendant(ins, stage)) continue;
    let dir = workdirAt(model, ins.stage, ins);
    ins.run.commands.forEach((cmd, i) => {
      let args = commandArgs(cmd);
      if (cmd.name === "cd" && (dir = args[1]?.known ? joinDir(dir, args[1].text) : null), cmd.name !== "git" || ins === from && i <= after) return;
      let at = dir, j = 1;
      for (; j < args.length && args[j].text.startsWith("-"); j++) args[j].text === "-C" && (at = args[++j]?.known ? joinDir(at, args[j].text) : null);
      let sub = args[j]?.text;
      if (sub !== "checkout" && sub !== "reset") return;
      let ref = args.slice(j + 1).find((a) => !a.text.startsWith("-"));
      at && ref?.known && PINNED_REF.test(ref.text) && dirs.push(at);
    });
  }
  return dirs;
}
function checkedOutIn(dirs, spec) {
  return dirs.some((d) => {
    let src = d.lastIndexOf("/src/");
    if (src < 0) return !1;
    let pkg = d.slice(src + 5);
    return spec === pkg || spec.startsWith(pkg + "/");
  });
}
function isLocal(spec) {
  return spec.startsWith(".") || spec.startsWith("/") || spec.endsWith(".go") || spec === "all" || spec === "std" || spec === "cmd";
}
var go_install_pinned_default = {
  id: "go-install-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of Go tools installed with go install, go get and go run",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3062"],
  messages: {
    floating: "'{{spec}}' resolves '@{{version}}' to whatever is newest when the image is built; pin an exact version ('@v1.2.3') or a commit",
    unpinned: "'go get {{spec}}' without a version fetches the newest release; write '{{spec}}@v<version>'"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23
RUN go install golang.org/x/tools/cmd/goimports@v0.26.0`, `FROM golang:1.23
WORKDIR /src
RUN go install ./cmd/app`],
    invalid: [`FROM golang:1.23
RUN go install golang.org/x/tools/cmd/goimports@latest`]
  },
  differs: "off by default (pins rot; strict preset: warning); 'go install pkg' and 'go run main.go' without a version are accepted (the module's go.mod pins them), version prefixes and branches such as '@v1' or '@main' count as floating, and 'go get pkg@none' (a removal) is accepted, and so is a GOPATH-mode 'go get pkg' whose source is then checked out at a release tag or commit ('git checkout v1.2.3' in $GOPATH/src/pkg, by WORKDIR, cd or git -C, in that RUN or a later one)",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      ins.run.commands.forEach((cmd, index) => {
        if (cmd.name !== "go") return;
        let args = commandArgs(cmd).slice(1), sub = args[0]?.text;
        if (sub !== "install" && sub !== "get" && sub !== "run") return;
        let specs = [];
        for (let j = 1; j < args.length; j++) {
          let t = args[j].text;
          if (t === "--") break;
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_FLAGS.has(t.replace(/^--/, "-")) && j++;
            continue;
          }
          if (specs.push(args[j]), sub === "run") break;
        }
        for (let s of specs) {
          if (!s.known || isLocal(s.text) || s.text === "tool") continue;
          let at = s.text.lastIndexOf("@");
          if (at === -1) {
            sub === "get" && !checkedOutIn(pinnedCheckoutDirs(model, ins, index), s.text) && report({ messageId: "unpinned", data: { spec: s.text }, span: { start: s.word.start, end: s.word.end } });
            continue;
          }
          let version = s.text.slice(at + 1);
          version === "none" || EXACT.test(version) || report({ messageId: "floating", data: { spec: s.text, version }, span: { start: s.word.start, end: s.word.end } });
        }
      });
  }
};

// rules/healthcheck-required.ts
init_types();

// src/model/purpose.ts
init_paths();
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "fish", "tcsh", "csh", "pwsh", "powershell", "cmd"]), INTERPRETERS = /^(python|pypy|ipython)(\d+(\.\d+)*)?$|^(node|nodejs|irb|ruby|jshell|php|ghci|erl|iex|julia|r|perl(\d+(\.\d+)*)?|lua(jit)?(\d+(\.\d+)*)?|swift|groovysh|scala|clj|clojure|sbcl|racket|guile|ocaml|deno|bun)$/, RUNS_SOMETHING = /* @__PURE__ */ new Set(["-c", "-m", "-e", "-r", "-f", "-jar", "--eval", "--require", "-command", "-file", "/c", "/k", "run", "repl"]), WRAPPER = /^(tini(-static)?|dumb-init|docker-[a-z0-9-]*entrypoint(\.sh)?|__cacert_entrypoint\.sh|mvn-entrypoint\.sh)$/, BUILD_TOOLS = /* @__PURE__ */ new Set(["mvn", "gradle", "ant", "sbt", "bazel", "bazelisk"]), INIT = /^(init|systemd)$/, SHELL_BASES = /^(ubuntu|debian|alpine|busybox|centos|fedora|rockylinux|almalinux|oraclelinux|amazonlinux|archlinux|photon|clearlinux|mageia|leap|tumbleweed|ubi\d*|ubi\d*-minimal|ubi-minimal|ubi-micro|servercore|nanoserver|buildpack-deps|python|pypy|node|ruby|php|openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|sapmachine|golang|rust|gcc|perl|erlang|elixir|haskell|julia|r-base|swift|clojure|groovy)$/, OFFICIAL_NAMESPACES = /^((docker\/|mirror\/docker\/)?library|amd64|arm32v[5-7]|arm64v8|i386|ppc64le|riscv64|s390x|libpod|redhat|centos|amazonlinux|opensuse|fedora|windows|ubi\d+)$/, SHELL_BASE_PATHS = /^(windows|windows\/server|cbl-mariner\/base\/core|azurelinux\/base\/core|dotnet\/(runtime-deps|runtime|aspnet|sdk))$/;
function programName(word) {
  return baseName(word).toLowerCase().replace(/\.exe$/, "");
}
function commandWords(model, ins) {
  if (ins.json) return ins.json.values;
  let words4 = [];
  for (let w of ins.args) {
    let r = model.expand(w.raw, ins.scope);
    if (r.unresolved || r.undefinedNames.length) return words4.length ? words4 : null;
    words4.push(...r.value.split(/\s+/).filter(Boolean));
  }
  return words4;
}
function unwrap2(argv2) {
  let rest = argv2;
  for (; ; )
    if (rest[0] === "exec") rest = rest.slice(1);
    else if (rest.length && WRAPPER.test(programName(rest[0])))
      for (rest = rest.slice(1); rest.length && rest[0].startsWith("-"); ) rest = rest.slice(1);
    else return rest;
}
var REPL_SUBCOMMANDS = { lein: "repl" };
function isPrompt(argv2) {
  if (!argv2.length) return !1;
  let name = programName(argv2[0]);
  return REPL_SUBCOMMANDS[name] !== void 0 ? argv2[1] === REPL_SUBCOMMANDS[name] && argv2.slice(2).every((a) => a.startsWith("-")) : !SHELLS.has(name) && !INTERPRETERS.test(name) || name === "cmd" && argv2[0].includes("/") ? !1 : argv2.slice(1).every((a) => (a.startsWith("-") || name === "cmd" && a.startsWith("/")) && !RUNS_SOMETHING.has(a.toLowerCase()) && !/^-[a-z]*c$/i.test(a));
}
function shellScript(argv2) {
  if (argv2.length < 3 || !SHELLS.has(programName(argv2[0]))) return null;
  let c = argv2.findIndex((a, i) => i > 0 && /^-[a-z]*c$/i.test(a));
  return c < 0 || c + 1 >= argv2.length ? null : argv2[c + 1].split(/\s+/).filter(Boolean);
}
function lastOf(chain, keyword) {
  for (let stage of chain)
    for (let i = stage.instructions.length - 1; i >= 0; i--) if (stage.instructions[i].keyword === keyword) return stage.instructions[i];
  return null;
}
function classify2(argv2) {
  let script = shellScript(argv2), program = unwrap2(script ?? argv2);
  return program.length ? INIT.test(programName(program[0])) ? "init" : isPrompt(program) ? "base" : BUILD_TOOLS.has(programName(program[0])) && program.slice(1).every((a) => a.startsWith("-")) ? "build-tool" : null : "base";
}
function shippedCommand(model) {
  let chain = shippedChain(model);
  if (!chain.length) return { purpose: "unknown", argv: null };
  let entry = lastOf(chain, "ENTRYPOINT"), cmd = lastOf(chain, "CMD");
  entry && cmd && cmd.index < entry.index && cmd.stage !== entry.stage && (cmd = null);
  let entryWords = entry ? commandWords(model, entry) : null, cmdWords = cmd ? commandWords(model, cmd) : null, service = chain.some(
    (s) => s.instructions.some((i) => i.keyword === "EXPOSE" || i.keyword === "HEALTHCHECK" && i.args[0]?.value.toUpperCase() !== "NONE")
  ), unwrappedEntry = entryWords ? unwrap2(entryWords) : null, argv2;
  if (entry && (!entry.json || unwrappedEntry && unwrappedEntry.length) ? argv2 = entryWords : argv2 = cmdWords ?? (entry ? [] : null), argv2) {
    let kind = classify2(argv2);
    return kind === "init" ? { purpose: "init", argv: argv2 } : service ? { purpose: "service", argv: argv2 } : { purpose: kind ?? "unknown", argv: argv2 };
  }
  if (service) return { purpose: "service", argv: null };
  if (entry || cmd) return { purpose: "unknown", argv: null };
  let base = chain[chain.length - 1].image;
  if (base.stage || base.unresolved || base.isScratch || !base.expanded) return { purpose: "unknown", argv: null };
  let path2 = base.path.toLowerCase(), slash = path2.lastIndexOf("/"), name = path2.slice(slash + 1), official = slash < 0 || OFFICIAL_NAMESPACES.test(path2.slice(0, slash)), serverTag = /(^|[-.])(fpm|apache|nginx|server)([-.]|$)/i.test(base.tag ?? "");
  return { purpose: (official && SHELL_BASES.test(name) || SHELL_BASE_PATHS.test(path2)) && !serverTag ? "base" : "unknown", argv: null };
}

// rules/healthcheck-required.ts
function hasHealthcheck(stage) {
  let seen = /* @__PURE__ */ new Set();
  for (let s = stage; s && !seen.has(s); s = s.parent)
    if (seen.add(s), s.instructions.some((i) => i.keyword === "HEALTHCHECK")) return !0;
  return !1;
}
var healthcheck_required_default = {
  id: "healthcheck-required",
  description: "Define a HEALTHCHECK for the shipped image",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3057"],
  messages: {
    missing: "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)",
    missingInStage: "This stage has no HEALTHCHECK; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)"
  },
  options: {
    skipBaseImages: {
      description: "Skip base images (their command a shell or an interpreter's REPL, or none of their own on an operating system or language image) and build tool images, which run no service to probe; false judges them too, as hadolint's DL3057",
      default: !0,
      hadolint: !1,
      schema: { type: "boolean" }
    },
    everyStage: {
      description: "Judge every stage, builder stages included, unless a stage built on it has a HEALTHCHECK, as hadolint's DL3057; by default only the build target (with the stages it is built on)",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM nginx:1.27
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]`, `FROM golang:1.23 AS build
FROM alpine:3.20
HEALTHCHECK NONE`],
    invalid: [`FROM nginx:1.27
COPY site /usr/share/nginx/html`, { code: `FROM alpine:3.20
RUN apk add --no-cache curl`, options: { skipBaseImages: !1 } }]
  },
  differs: `dev container Dockerfiles (.devcontainer/) are skipped, and so are base images, whose command is a shell or an interpreter's REPL (python3, irb, php -a, jshell) or who set none and build on an operating system or language image, and build tool images (CMD ["mvn"], CMD ["gradle"]): they run no service to probe; only the build target (with the stages it inherits from) is judged; hadolint reports builder stages and base images too, and so does the hadolint preset (options everyStage, skipBaseImages)`,
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    let chain = shippedChain(model);
    if (chain.length) {
      if (options.everyStage)
        for (let stage of model.stages)
          chain.includes(stage) || hasHealthcheck(stage) || stage.from.keyword !== "FROM" || model.stages.some((t) => t.parent === stage && hasHealthcheck(t)) || report({ messageId: "missingInStage", span: stage.from.keywordSpan });
      if (!hasHealthcheck(chain[0]) && chain[0].from.keyword === "FROM") {
        if (options.skipBaseImages) {
          let purpose = shippedCommand(model).purpose;
          if (purpose === "base" || purpose === "build-tool") return;
        }
        report({ messageId: "missing", span: chain[0].from.keywordSpan });
      }
    }
  }
};

// rules/image-trusted-registry.ts
init_types();
var DOCKER_HUB3 = ["docker.io", "index.docker.io", "registry-1.docker.io", "hub.docker.com"], image_trusted_registry_default = {
  id: "image-trusted-registry",
  description: "Pull images only from the registries listed in settings.trustedRegistries",
  severity: "error",
  related: ["hadolint:DL3026"],
  messages: {
    untrusted: "Image '{{image}}' comes from registry '{{registry}}', which is not in trustedRegistries ({{allowed}}); use an image from a trusted registry"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM build`, { code: "FROM ghcr.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io"] } }],
    invalid: [{ code: "FROM quay.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io", "docker.io"] } }]
  },
  differs: "judges FROM, COPY --from and RUN --mount from= images after ARG expansion (hadolint skips 'FROM ${IMAGE}'); does nothing until trustedRegistries is set",
  check({ model, settings: settings2, report }) {
    let allowed = settings2.trustedRegistries;
    if (!allowed.length) return;
    let patterns = allowed.map(globToRegExp), judge2 = (ref, span) => {
      if (!ref || ref.toLowerCase() === "scratch") return;
      let { registry } = splitImage(ref), reg = (registry ?? "docker.io").toLowerCase();
      (DOCKER_HUB3.includes(reg) ? DOCKER_HUB3 : [reg]).some((f) => patterns.some((p) => p.test(f))) || report({ messageId: "untrusted", data: { image: ref, registry: reg, allowed: allowed.join(", ") }, span });
    };
    for (let stage of model.stages) {
      let img = stage.image;
      img.expanded && !img.unresolved && !img.stage && judge2(img.expanded, img.span);
      for (let ins of stage.instructions) {
        let refs = [], from = ins.keyword === "COPY" ? ins.flags.find((f) => f.name === "from") : void 0;
        from?.value && refs.push({ ref: from.value, span: from.valueSpan });
        for (let m of ins.run?.mounts ?? []) m.options.from && refs.push({ ref: m.options.from, span: m.span });
        for (let { ref, span } of refs) {
          let r = model.expand(ref, ins.scope);
          r.unresolved || r.undefinedNames.length || /^\d+$/.test(r.value) || model.stageByRef(r.value) || judge2(r.value, span);
        }
      }
    }
  }
};

// rules/inline-ignore-disallowed.ts
init_types();
var PRAGMAS = [
  { re: /^dflint-ignore:/, reason: /\s--\s*\S/ },
  { re: /^hadolint\s+ignore=/, reason: /ignore=[A-Za-z0-9,\s]+#\s*\S/ }
], inline_ignore_disallowed_default = {
  id: "inline-ignore-disallowed",
  description: "Do not silence rules with inline ignore comments",
  severity: "off",
  related: ["hadolint:DL1001"],
  messages: {
    inline: "Inline ignore comment '{{text}}'; fix the problem, or disable the rule in the configuration where it is reviewed",
    noReason: "Inline ignore comment '{{text}}' gives no reason; add one after ' -- ' (dflint) or ' # ' (hadolint)"
  },
  options: {
    allowWithReason: {
      description: "Accept an ignore comment that states a reason (`# dflint-ignore: id -- reason`, `# hadolint ignore=DL3008 # reason`)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`# dflint-ignore-file: from-image-pinned
FROM node:22`],
    invalid: [`FROM node:22
# hadolint ignore=DL3008
RUN apt-get install -y curl`, `FROM node:22
# dflint-ignore: run-no-cd
RUN cd /app`]
  },
  differs: "covers dflint's own per-instruction pragma and BuildKit's per-instruction '# check=skip=' comment as well as hadolint's, and can require a reason instead of forbidding them",
  check({ model, options, report }) {
    let directive = model.directives.spans.check;
    for (let c of model.comments) {
      let matched = PRAGMAS.find((p) => p.re.test(c.text)), hasReason = matched ? matched.reason.test(c.text) : !1;
      !matched && /^check\s*=\s*\S*skip=/.test(c.text) && !(directive && directive.start <= c.span.start && c.span.start < directive.end) && (matched = PRAGMAS[0], hasReason = /\s\/\/\s*\S/.test(c.text)), matched && (options.allowWithReason && hasReason || report({ messageId: options.allowWithReason ? "noReason" : "inline", data: { text: `# ${c.text}` }, span: c.span }));
    }
  }
};

// rules/instruction-casing-consistent.ts
init_types();
var instruction_casing_consistent_default = {
  id: "instruction-casing-consistent",
  description: "Write every instruction keyword in the case most of the file uses",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ConsistentInstructionCasing"],
  messages: {
    inconsistent: "'{{keyword}}' does not match the {{casing}} used by most instructions in this file; write '{{expected}}'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
RUN echo hi`, `from alpine:3.20
run echo hi`],
    invalid: [`FROM alpine:3.20
run echo hi
CMD ["sh"]`, `FROM alpine:3.20
Run echo hi`]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); same counting as BuildKit: global ARGs before the first FROM and the keyword after ONBUILD are not counted; a tie goes to uppercase",
  fixable: !0,
  check({ model, report }) {
    let counted = [];
    for (let stage of model.stages) for (let ins of stage.instructions) KNOWN_INSTRUCTIONS.has(ins.keyword) && counted.push(ins);
    let lower = 0, upper = 0;
    for (let ins of counted) {
      let kw = ins.keywordRaw;
      kw === kw.toLowerCase() ? lower++ : kw === kw.toUpperCase() && upper++;
    }
    let majorityLower = lower > upper;
    for (let ins of counted) {
      let expected = majorityLower ? ins.keywordRaw.toLowerCase() : ins.keywordRaw.toUpperCase();
      ins.keywordRaw !== expected && report({
        messageId: "inconsistent",
        data: { keyword: ins.keywordRaw, casing: majorityLower ? "lowercase" : "uppercase", expected },
        span: ins.keywordSpan,
        fix: [{ span: ins.keywordSpan, text: expected }]
      });
    }
  }
};

// rules/instruction-once-per-stage.ts
init_types();
var ONCE = /* @__PURE__ */ new Set(["CMD", "ENTRYPOINT", "HEALTHCHECK"]), instruction_once_per_stage_default = {
  id: "instruction-once-per-stage",
  keywords: ["CMD", "ENTRYPOINT", "HEALTHCHECK"],
  description: "Write CMD, ENTRYPOINT and HEALTHCHECK at most once per stage",
  severity: "warning",
  related: ["hadolint:DL3012", "hadolint:DL4003", "hadolint:DL4004", "buildkit:MultipleInstructionsDisallowed"],
  messages: {
    overridden: "This {{keyword}} has no effect: the {{keyword}} on line {{line}} replaces it (only the last one in a stage is used); remove the one you do not need",
    repeated: "{{keyword}} is set again in this stage, so the {{keyword}} on line {{line}} has no effect (only the last one is used); remove the one you do not need"
  },
  options: {
    reportAt: {
      description: "Which instruction of a pair is reported: 'earlier', the one that has no effect (BuildKit's MultipleInstructionsDisallowed), or 'later', the one that replaces it (hadolint's DL3012/DL4003/DL4004). Either way, ignore comments above the later one apply, as in both tools",
      default: "earlier",
      hadolint: "later",
      schema: { enum: ["earlier", "later"] }
    }
  },
  examples: {
    valid: [
      `FROM node:22-slim
ENTRYPOINT ["node"]
CMD ["server.js"]`,
      `FROM node:22-slim AS base
CMD ["node", "a.js"]
FROM base
CMD ["node", "b.js"]`
    ],
    invalid: [`FROM node:22-slim
CMD ["node", "a.js"]
CMD ["node", "b.js"]`, `FROM nginx:1.27
HEALTHCHECK NONE
HEALTHCHECK CMD curl -f http://localhost/`]
  },
  differs: "one rule for hadolint's DL3012/DL4003/DL4004 (severities error/warning/error) and BuildKit's MultipleInstructionsDisallowed; reported at the earlier instruction, the one with no effect, as BuildKit does (hadolint, and the hadolint preset, report the later one: option reportAt)",
  check({ model, options, report }) {
    for (let stage of model.stages) {
      let seen = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) {
        if (!ONCE.has(ins.keyword)) continue;
        let prev = seen.get(ins.keyword);
        if (prev) {
          let related = [ins.keyword === "CMD" ? "hadolint:DL4003" : ins.keyword === "ENTRYPOINT" ? "hadolint:DL4004" : "hadolint:DL3012", "buildkit:MultipleInstructionsDisallowed"];
          options.reportAt === "later" ? report({ messageId: "repeated", data: { keyword: ins.keyword, line: prev.line }, span: ins.keywordSpan, related }) : report({ messageId: "overridden", data: { keyword: ins.keyword, line: ins.line }, span: prev.keywordSpan, related, ignoreAt: ins.keywordSpan.start });
        }
        seen.set(ins.keyword, ins);
      }
    }
  }
};

// rules/key-value-equals.ts
init_types();
var key_value_equals_default = {
  id: "key-value-equals",
  keywords: ["ENV", "LABEL"],
  description: "Write ENV and LABEL as key=value pairs, not the legacy 'key value' form",
  severity: "info",
  strict: "warning",
  related: ["buildkit:LegacyKeyValueFormat"],
  messages: {
    legacy: "'{{keyword}} {{key}} ...' uses the legacy space-separated form, which is deprecated and sets only one variable with everything after the name; write '{{keyword}} {{key}}=...'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
ENV APP_HOME=/app
LABEL org.opencontainers.image.title="demo"`],
    invalid: [`FROM alpine:3.20
ENV APP_HOME /app`, `FROM alpine:3.20
LABEL maintainer "Jane Doe"`]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset): the legacy form still works and is everywhere in older Dockerfiles; BuildKit documents ARG too, but its code never checks ARG (`ARG a b` declares two args), and neither does dflint",
  fixable: !0,
  check({ model, report }) {
    let escape2 = model.directives.escape, visit = (ins) => {
      if (ins.keyword !== "ENV" && ins.keyword !== "LABEL") return;
      let kv = parseKeyValues(ins, !1)[0];
      if (!kv || !kv.legacy || ins.args.length < 2) return;
      let keyWord = ins.args[0], last = ins.args[ins.args.length - 1], span = kv.keySpan, t = ins.argsText, rest = t.text.slice(indexInLogical(t, ins.args[1].start), indexInLogical(t, last.end)).trimEnd(), fix;
      ins.args.length === 2 ? fix = [{ span: { start: keyWord.end, end: ins.args[1].start }, text: "=" }] : !/["'`\\]/.test(rest) && !rest.includes(escape2) && (fix = [{ span: { start: keyWord.end, end: last.end }, text: `="${rest}"` }]), report({ messageId: "legacy", data: { keyword: ins.keywordRaw, key: keyWord.raw }, span, ...fix ? { fix } : {} });
    };
    for (let ins of model.instructions) ins.stage && visit(ins);
  }
};

// rules/label-key-format.ts
init_types();
var RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
function labelKeyProblem(key2) {
  return RESERVED.some((r) => key2.startsWith(r)) ? `the '${RESERVED.find((r) => key2.startsWith(r))}' namespace is reserved for Docker` : /[A-Z]/.test(key2) ? "it has upper-case letters" : /^[a-z]/.test(key2) ? /[a-z0-9]$/.test(key2) ? /[^a-z0-9._/-]/.test(key2) ? "it may only contain a-z, 0-9, '.', '-', '_' and '/'" : /\.\.|--/.test(key2) ? "it has a doubled '.' or '-'" : null : "it must end with a letter or digit" : "it must start with a lower-case letter";
}
var label_key_format_default = {
  id: "label-key-format",
  keywords: ["LABEL"],
  description: "Write label keys in lower-case reverse-DNS form",
  severity: "info",
  related: ["hadolint:DL3048"],
  messages: {
    badKey: "Label key '{{key}}' is not in Docker's recommended format because {{why}}; use lower-case reverse-DNS such as 'org.opencontainers.image.title' or 'com.example.team'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.title="app" maintainer="me"`],
    invalid: [`FROM alpine:3.20
LABEL Version="1.0"`, `FROM alpine:3.20
LABEL com.docker.thing="x"`]
  },
  differs: "label keys made of ARG/ENV variables are judged after expansion and skipped when unknown",
  check({ model, report }) {
    for (let ins of model.instructions)
      if (ins.keyword === "LABEL")
        for (let kv of parseKeyValues(ins, !1)) {
          let key2 = kv.key.includes("$") ? expandedWord(model, ins, kv.key) : kv.key;
          if (!key2) continue;
          let why = labelKeyProblem(key2);
          why && report({ messageId: "badKey", data: { key: key2, why }, span: kv.keySpan });
        }
  }
};

// rules/label-schema.ts
init_types();

// node_modules/spdx-license-ids/index.json
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// rules/label-schema.ts
var SPDX_LICENSES = /* @__PURE__ */ new Set([...spdx_license_ids_default, ...deprecated_default]), SPDX_ID = /^(?:LicenseRef-|DocumentRef-[A-Za-z0-9.-]+:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]*\+?$/;
function isSpdxId(v) {
  return SPDX_ID.test(v) && !/^(AND|OR|WITH)$/i.test(v);
}
function isSpdxExpression(v) {
  let tokens = v.replace(/[()]/g, " $& ").trim().split(/\s+/), depth = 0, expectOperand = !0;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (t === "(") {
      if (!expectOperand) return !1;
      depth++;
    } else if (t === ")") {
      if (expectOperand || --depth < 0) return !1;
    } else if (t === "AND" || t === "OR" || t === "and" || t === "or") {
      if (expectOperand) return !1;
      expectOperand = !0;
    } else if (t === "WITH" || t === "with") {
      if (expectOperand || !tokens[i + 1] || !isSpdxId(tokens[i + 1])) return !1;
      i++;
    } else {
      if (!expectOperand || !isSpdxId(t)) return !1;
      expectOperand = !1;
    }
  }
  return depth === 0 && !expectOperand;
}
var VALIDATORS = {
  url: { test: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(v), what: "an absolute URL with a scheme, such as 'https://example.com/repo'" },
  rfc3339: {
    test: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v),
    what: "an RFC 3339 timestamp such as '2024-05-01T12:00:00Z'"
  },
  spdx: { test: (v) => SPDX_LICENSES.has(v), what: "a licence identifier from the SPDX list such as 'MIT' or 'Apache-2.0'" },
  spdxExpression: { test: isSpdxExpression, what: "an SPDX license expression such as 'MIT' or 'Apache-2.0 OR MIT'" },
  // hadolint's definition: a short (7) or full (40) lower-case SHA-1.
  hash: { test: (v) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(v), what: "a lower-case git commit hash (7 or 40 hex characters)" },
  semver: {
    test: (v) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
    what: "a semantic version such as '1.2.3' (no leading 'v')"
  },
  email: {
    test: (v) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(v.trim()),
    what: "an e-mail address such as 'team@example.com'"
  }
}, OCI_TYPES = {
  "org.opencontainers.image.created": "rfc3339",
  "org.opencontainers.image.url": "url",
  "org.opencontainers.image.source": "url",
  "org.opencontainers.image.documentation": "url",
  "org.opencontainers.image.licenses": "spdxExpression"
}, TYPE_CODES = {
  url: "hadolint:DL3052",
  rfc3339: "hadolint:DL3053",
  spdx: "hadolint:DL3054",
  hash: "hadolint:DL3055",
  semver: "hadolint:DL3056",
  email: "hadolint:DL3058"
};
function valueOrKeySpan(kv) {
  return kv.valueSpan && kv.valueSpan.end > kv.valueSpan.start ? kv.valueSpan : kv.keySpan;
}
var label_schema_default = {
  id: "label-schema",
  description: "Give labels the types set in settings.labelSchema and the OCI annotation spec",
  severity: "warning",
  related: ["hadolint:DL3049", "hadolint:DL3050", "hadolint:DL3051", "hadolint:DL3052", "hadolint:DL3053", "hadolint:DL3054", "hadolint:DL3055", "hadolint:DL3056", "hadolint:DL3058"],
  messages: {
    missing: "The shipped image has no label '{{key}}', which settings.labelSchema requires; add LABEL {{key}}=<{{type}}>",
    superfluous: "Label '{{key}}' is not in settings.labelSchema and strictLabels is on; remove it or add it to the schema",
    empty: "Label '{{key}}' is empty; give it a value or remove it",
    badValue: "Label '{{key}}' is '{{value}}', which is not {{what}}"
  },
  options: {
    ociLabels: {
      description: "Check the values of the OCI pre-defined annotation labels (created, url, source, documentation, licenses) even when they are not in the schema",
      default: !0,
      schema: { type: "boolean" }
    },
    everyStage: {
      description: "Require the schema's labels in every stage, as hadolint's DL3049, except a stage that has them from the stage it is built on, or that another stage copies from or builds on with the label; by default only the shipped image must have them",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.licenses="MIT OR Apache-2.0"`, `FROM alpine:3.20
ARG CREATED
LABEL org.opencontainers.image.created=$CREATED`],
    invalid: [`FROM alpine:3.20
LABEL org.opencontainers.image.source="github.com/me/app"`]
  },
  differs: "one rule for hadolint's label-schema codes (missing and superfluous labels are warnings here, info in hadolint); required labels are looked for only in the shipped image (target and its FROM-<stage> ancestors; the hadolint preset looks in every stage, option everyStage); values are judged after ARG/ENV expansion; the OCI pre-defined labels are checked without a schema (licenses as an SPDX expression); a hash is 7 or 40 lower-case hex characters, as in hadolint; an spdx value must be an id of the SPDX licence list (current or deprecated), as in hadolint",
  check({ model, settings: settings2, options, report }) {
    let schema = settings2.labelSchema ?? {}, keys = Object.keys(schema), labels = [];
    for (let ins of model.instructions)
      if (ins.keyword === "LABEL" && ins.stage) for (let kv of parseKeyValues(ins, !1)) labels.push({ ins, kv });
    for (let { ins, kv } of labels) {
      let key2 = kv.key, type = schema[key2] ?? (options.ociLabels ? OCI_TYPES[key2] : void 0);
      if (settings2.strictLabels && !(key2 in schema)) {
        report({ messageId: "superfluous", data: { key: key2 }, related: ["hadolint:DL3050"], span: kv.keySpan });
        continue;
      }
      if (!type || kv.value === null) continue;
      let r = model.expand(kv.value, ins.scope);
      if (r.unresolved || r.undefinedNames.length) continue;
      let value = r.value;
      if (value.trim() === "") {
        key2 in schema && report({ messageId: "empty", data: { key: key2 }, span: valueOrKeySpan(kv), related: ["hadolint:DL3051"] });
        continue;
      }
      let v = VALIDATORS[type];
      if (!v || v.test(value)) continue;
      let code = key2 in schema ? TYPE_CODES[type] : void 0;
      report({ messageId: "badValue", data: { key: key2, value, what: v.what }, span: valueOrKeySpan(kv), related: code ? [code] : [] });
    }
    if (!keys.length) return;
    let own = /* @__PURE__ */ new Map();
    for (let { ins, kv } of labels)
      own.has(ins.stage) || own.set(ins.stage, /* @__PURE__ */ new Set()), own.get(ins.stage).add(kv.key);
    let has = (stage, key2) => {
      for (let s = stage, n = 0; s && n <= model.stages.length; s = s.parent, n++) if (own.get(s)?.has(key2)) return !0;
      return !1;
    }, missing = (stage, key2) => report({ messageId: "missing", data: { key: key2, type: schema[key2] }, span: stage.from.keywordSpan, related: ["hadolint:DL3049"] });
    if (options.everyStage) {
      for (let stage of model.stages)
        for (let key2 of keys)
          has(stage, key2) || model.stages.some((t) => t.dependsOn.includes(stage) || t.parent === stage && own.get(t)?.has(key2)) || missing(stage, key2);
      return;
    }
    let chain = shippedChain(model);
    if (chain.length)
      for (let key2 of keys) chain.some((s) => own.get(s)?.has(key2)) || missing(chain[0], key2);
  }
};

// rules/maintainer-deprecated.ts
init_types();
var maintainer_deprecated_default = {
  id: "maintainer-deprecated",
  keywords: ["MAINTAINER"],
  description: "Replace the deprecated MAINTAINER instruction with a LABEL",
  severity: "warning",
  related: ["hadolint:DL4000", "buildkit:MaintainerDeprecated"],
  fixable: !0,
  messages: {
    deprecated: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors={{value}}"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.authors="Jane <jane@example.com>"`],
    invalid: [`FROM alpine:3.20
MAINTAINER Jane <jane@example.com>`]
  },
  differs: "warning like BuildKit (hadolint: error), since the image still builds; fixed by rewriting it as the OCI authors LABEL",
  check({ model, report }) {
    for (let ins of model.instructions) {
      if (ins.keyword !== "MAINTAINER") continue;
      let text = ins.args.map((a) => a.value).join(" "), backtick = model.directives.escape === "`", value = backtick ? `"${text}"` : JSON.stringify(text).replace(/\$/g, "\\$"), fixable = ins.args.length > 0 && !(backtick && /["`$]/.test(text)), end = ins.args.length ? ins.args[ins.args.length - 1].end : ins.keywordSpan.end, label = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "label" : "LABEL";
      report({
        messageId: "deprecated",
        data: { value },
        span: ins.keywordSpan,
        fix: fixable ? [{ span: { start: ins.keywordSpan.start, end }, text: `${label} org.opencontainers.image.authors=${value}` }] : void 0
      });
    }
  }
};

// rules/npm-packages-pinned.ts
init_types();
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"]), VALUE_OPTIONS2 = /* @__PURE__ */ new Set([
  "--loglevel",
  "--registry",
  "--prefix",
  "--cache",
  "--userconfig",
  "--tag",
  "-w",
  "--workspace",
  "--omit",
  "--include",
  "--install-strategy",
  "--before",
  "--os",
  "--cpu",
  "--libc",
  "--script-shell",
  "-C"
]);
function judge(spec) {
  if (/^(git|git\+ssh|git\+https?|git\+file|github|gitlab|bitbucket|gist):/i.test(spec) || /^[\w.-]+\/[\w.-]+#/.test(spec))
    return spec.includes("#") ? "ok" : "unpinned";
  if (/\.(tar|tar\.gz|tgz)$/i.test(spec) || /^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:|https?:)/.test(spec)) return "ok";
  let at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at === -1) return "unpinned";
  let version = spec.slice(at + 1);
  return version === "" || /^(latest|next|canary|beta|alpha|rc|nightly|lts|\*|x)$/i.test(version) ? "floating" : "ok";
}
var npm_packages_pinned_default = {
  id: "npm-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with npm install <package>",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3016"],
  messages: {
    unpinned: "npm package '{{name}}' is not pinned, so each build may install a different version; write '{{name}}@<version>'",
    floating: "npm package '{{spec}}' follows a moving dist-tag; pin a version ('{{name}}@<version>')"
  },
  options: {},
  examples: {
    valid: [`FROM node:22-alpine
RUN npm install -g pnpm@9.12.0`, `FROM node:22-alpine
COPY package*.json ./
RUN npm ci`],
    invalid: [`FROM node:22-alpine
RUN npm install -g pnpm`]
  },
  differs: "off by default (pins rot; strict preset: warning); judges ARG/ENV values, recognises npm's install aliases, and treats dist-tags such as '@latest' as unpinned",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "npm") continue;
        let args = commandArgs(cmd).slice(1), i = 0;
        for (; i < args.length && args[i].text.startsWith("-"); ) i += VALUE_OPTIONS2.has(args[i].text) ? 2 : 1;
        if (!args[i] || !INSTALL.has(args[i].text)) continue;
        let pkgs = [];
        for (let j = i + 1; j < args.length; j++) {
          let t = args[j].text;
          if (t === "--") {
            for (let k = j + 1; k < args.length; k++) pkgs.push(args[k]);
            break;
          }
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_OPTIONS2.has(t) && j++;
            continue;
          }
          pkgs.push(args[j]);
        }
        for (let p of pkgs) {
          if (!p.known) continue;
          let verdict = judge(p.text);
          if (verdict === "ok") continue;
          let at = p.text.indexOf("@", p.text.startsWith("@") ? 1 : 0), name = at === -1 ? p.text : p.text.slice(0, at);
          report({ messageId: verdict, data: { name, spec: p.text }, span: { start: p.word.start, end: p.word.end } });
        }
      }
  }
};

// rules/onbuild-valid-instruction.ts
init_types();
var FORBIDDEN = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]), onbuild_valid_instruction_default = {
  id: "onbuild-valid-instruction",
  keywords: ["ONBUILD"],
  description: "Do not wrap ONBUILD, FROM or MAINTAINER in ONBUILD",
  severity: "error",
  related: ["hadolint:DL3043"],
  messages: {
    forbidden: "ONBUILD {{keyword}} is not allowed: Docker rejects it when the image is used as a base; remove it or use a plain instruction"
  },
  options: {},
  examples: {
    valid: [`FROM node:22
ONBUILD COPY . /app
ONBUILD RUN npm ci`],
    invalid: [`FROM node:22
ONBUILD FROM alpine:3.20`, `FROM node:22
ONBUILD ONBUILD RUN true`]
  },
  check({ model, report }) {
    for (let ins of model.instructions) {
      let inner = ins.keyword === "ONBUILD" ? ins.onbuild : null;
      !inner || !FORBIDDEN.has(inner.keyword) || report({ messageId: "forbidden", data: { keyword: inner.keyword }, span: inner.keywordSpan });
    }
  }
};

// rules/pip-no-cache-dir.ts
init_types();
init_paths();
var PIP_CACHE = /(^|\/)\.cache\/pip(\/|$)/;
function disablesCache(v) {
  return v !== void 0 && /^(1|0|true|false|yes|no|on|off|y|n|t|f)$/i.test(v.trim());
}
function normalise(p) {
  return trimEndOf(p.replace(/^~(?=\/|$)/, "/root").replace(/^\$HOME(?=\/|$)/, "/root"), "/");
}
function within(path2, dir) {
  let p = normalise(path2), d = normalise(dir);
  return d.length > 0 && (p === d || p.startsWith(d + "/"));
}
function purgedAfter(cmds, from, cacheDir) {
  for (let i = from + 1; i < cmds.length; i++) {
    let c = cmds[i], words4 = c.words.map((w) => w.expanded ?? w.value);
    if (/^pip\d*(\.\d+)?$/.test(c.name) && words4[1] === "cache" && (words4[2] === "purge" || words4[2] === "remove")) return !0;
    if (c.name === "rm")
      for (let w of words4.slice(1)) {
        let p = normalise(w.replace(/\/\*$/, ""));
        if (PIP_CACHE.test(p + "/") || p === "/root/.cache" || cacheDir !== null && within(cacheDir, p)) return !0;
      }
  }
  return !1;
}
function cacheWaived(ins, cacheDir) {
  for (let t of cacheMountTargets(ins)) {
    let target = normalise(t);
    if (PIP_CACHE.test(target) || PIP_CACHE.test(target + "/") || target === "/root/.cache" || cacheDir !== null && within(cacheDir, target)) return !0;
  }
  return !1;
}
var pip_no_cache_dir_default = {
  id: "pip-no-cache-dir",
  keywords: ["RUN"],
  description: "Install pip packages with --no-cache-dir so the download cache does not ship in the image",
  severity: "warning",
  related: ["hadolint:DL3042"],
  messages: {
    noCacheDir: "'{{command}}' keeps pip's download cache in the image layer; add '--no-cache-dir' (or set 'ENV PIP_NO_CACHE_DIR=1', or use 'RUN --mount=type=cache,target=/root/.cache/pip')"
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint
  },
  examples: {
    valid: [
      `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
      `FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.3`,
      `FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3`
    ],
    invalid: [`FROM python:3.12-slim
RUN pip install flask==3.0.3`]
  },
  differs: "checks only stages that ship (not builder stages read through COPY --from; the hadolint preset checks them, option includeBuilderStages); also accepts PIP_CACHE_DIR/--cache-dir on a cache mount, and a later 'rm -rf ~/.cache/pip' or 'pip cache purge' in the same RUN; any PIP_NO_CACHE_DIR value pip accepts turns the cache off, 0 and false too (as pip does)",
  fixable: !0,
  check({ model, options, report }) {
    let shipping = shippedStages(model);
    for (let { ins, onbuild } of runSites(model)) {
      if (!options.includeBuilderStages && !onbuild && ins.stage && !shipping.has(ins.stage) || disablesCache(ins.scope.get("PIP_NO_CACHE_DIR")?.value)) continue;
      let envCacheDir = ins.scope.get("PIP_CACHE_DIR")?.value ?? null, cmds = ins.run.commands, exported = !1;
      cmds.forEach((cmd, i) => {
        for (let w of [...cmd.assignments, ...cmd.name === "export" ? cmd.words.slice(1) : []]) {
          let v = w.expanded ?? w.value;
          v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17)) && cmd.name === "export" && (exported = !0);
        }
        if (exported) return;
        let pip = pipInstall(cmd);
        if (!pip || pip.tool !== "pip") return;
        let texts = pip.args.map((a) => a.text);
        if (texts.some((t) => t === "--no-cache-dir" || t.startsWith("--no-cache-dir=")) || cmd.assignments.some((a) => {
          let v = a.expanded ?? a.value;
          return v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17));
        }) || pip.args.some((a) => !a.known && a.text.startsWith("$"))) return;
        let ci = texts.findIndex((t) => t === "--cache-dir" || t.startsWith("--cache-dir=")), cacheDir = ci === -1 ? envCacheDir : texts[ci].includes("=") ? texts[ci].slice(12) : texts[ci + 1] ?? null;
        if (cacheWaived(ins, cacheDir) || purgedAfter(cmds, i, cacheDir)) return;
        let at = pip.installWord;
        report({
          messageId: "noCacheDir",
          data: { command: cmd.words.slice(0, cmd.words.indexOf(at) + 1).map((w) => w.value).join(" ") },
          span: { start: cmd.words[0].start, end: at.end },
          fix: [{ span: { start: at.end, end: at.end }, text: " --no-cache-dir" }]
        });
      });
    }
  }
};

// rules/pip-packages-pinned.ts
init_types();
var VERSION_OPS = /(===|==|>=|<=|~=|!=|>|<)/, VCS = /^(git|hg|svn|bzr)\+/i;
function isPinned(spec) {
  return VERSION_OPS.test(spec) ? !0 : VCS.test(spec) ? /@[^/]+$/.test(spec.replace(/#.*$/, "").replace(/^[^:]+:\/\/[^/]*@/, "x://")) : /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(spec) ? !0 : spec === "." || spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("~") || spec.includes("/");
}
var pip_packages_pinned_default = {
  id: "pip-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with pip",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3013"],
  messages: {
    unpinned: "pip package '{{name}}' is not pinned, so each build may install a different version; pin it ('{{name}}==<version>') or install from a requirements or constraints file"
  },
  options: {
    ignorePackages: ignorePackages("pip, setuptools, wheel")
  },
  examples: {
    valid: [
      `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
      `FROM python:3.12-slim
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt`
    ],
    invalid: [`FROM python:3.12-slim
RUN pip install --no-cache-dir flask`]
  },
  differs: "off by default (pins rot; strict preset: warning); judges ARG/ENV values, accepts local paths, archives, VCS refs and 'name @ url', checks packages listed next to '-r' instead of skipping the command, and honours PIP_CONSTRAINT",
  check({ model, options, report }) {
    let ignored = new Set(options.ignorePackages.map((p) => p.toLowerCase()));
    for (let { ins } of runSites(model))
      if (!ins.scope.get("PIP_CONSTRAINT")?.value)
        for (let cmd of ins.run.commands) {
          let pip = pipInstall(cmd);
          if (!pip || cmd.assignments.some((a) => a.value.startsWith("PIP_CONSTRAINT="))) continue;
          let args = pip.args;
          if (args.some((a) => a.text === "-c" || a.text.startsWith("--constraint") || /^-c\S/.test(a.text))) continue;
          let pkgs = [];
          for (let i = 0; i < args.length; i++) {
            let t = args[i].text;
            if (t === "--") {
              for (let k = i + 1; k < args.length; k++) pkgs.push(args[k]);
              break;
            }
            if (t.startsWith("-") && t.length > 1) {
              !t.includes("=") && PIP_VALUE_OPTIONS.has(t) && i++;
              continue;
            }
            if (args[i + 1]?.text === "@" || t.endsWith("@") || /\s@\s/.test(t)) {
              i += t.endsWith("@") ? 1 : 2;
              continue;
            }
            pkgs.push(args[i]);
          }
          for (let p of pkgs) {
            if (!p.known || isPinned(p.text)) continue;
            let name = p.text.replace(/\[.*$/, "").replace(/;.*$/, "");
            !name || ignored.has(name.toLowerCase()) || report({ messageId: "unpinned", data: { name }, span: { start: p.word.start, end: p.word.end } });
          }
        }
  }
};

// rules/run-cleanup-later-layer.ts
init_types();
init_paths();

// src/model/shell-glob.ts
function shellGlobToRegExp(p) {
  let re = "^";
  for (let i = 0; i < p.length; i++) {
    let ch = p[i];
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "\\" && i + 1 < p.length) re += escapeRegExp(p[++i]);
    else if (ch === "[") {
      let j = i + 1, negated = p[j] === "!" || p[j] === "^";
      for (negated && j++, p[j] === "]" && j++; j < p.length && p[j] !== "]"; ) j++;
      if (j >= p.length) {
        re += "\\[";
        continue;
      }
      let members = p.slice(i + (negated ? 2 : 1), j).replace(/[\\\]^]/g, "\\$&");
      re += negated ? `[^/${members}]` : `[${members}]`, i = j;
    } else re += escapeRegExp(ch);
  }
  return new RegExp(re + "$");
}
function escapeRegExp(ch) {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? "\\" + ch : ch;
}

// rules/run-cleanup-later-layer.ts
function join3(cwd, p) {
  let abs = p.startsWith("/") ? p : (cwd.endsWith("/") ? cwd : cwd + "/") + p, out = [];
  for (let part of abs.split("/"))
    !part || part === "." || (part === ".." ? out.pop() : out.push(part));
  return "/" + out.join("/");
}
var ARCHIVE2 = /\.(tar|tgz|tar\.gz|tar\.xz|tar\.bz2|tar\.zst|txz|tbz2|zip|7z|xz|bz2|gz|deb|rpm|apk|whl|jar|war|run|bin|iso|msi|exe)$/i;
function argv(c) {
  return c.words.map((w) => w.expanded);
}
function removes(r, c) {
  let base = stripTrailingStars(r);
  return /[*?[]/.test(base) ? shellGlobToRegExp(r).test(c) : base === c || c.startsWith(base + "/") || base.startsWith(c + "/");
}
function stripTrailingStars(r) {
  let noStars = trimEndOf(r, "*");
  return noStars !== r && noStars.endsWith("/") ? noStars.slice(0, -1) : r;
}
function underMount(p, targets) {
  return targets.some((t) => p === t || p.startsWith(t.replace(/\/$/, "") + "/"));
}
var CREATORS = /* @__PURE__ */ new Set(["apt-get", "apt", "apk", "yum", "dnf", "curl", "wget", "git"]), NOTHING = [];
function createdBy(c, cwd) {
  if (!CREATORS.has(c.name)) return NOTHING;
  let a = argv(c), out = [];
  if ((c.name === "apt-get" || c.name === "apt") && (isIndexUpdate(c) || isPackageInstall(c)) && isIndexUpdate(c) && out.push({ path: "/var/lib/apt/lists", what: "the apt package lists" }), c.name === "apk" && (isIndexUpdate(c) || isPackageInstall(c)) && !a.includes("--no-cache") && out.push({ path: "/var/cache/apk", what: "the apk cache" }), (c.name === "yum" || c.name === "dnf") && isPackageInstall(c) && out.push({ path: c.name === "yum" ? "/var/cache/yum" : "/var/cache/dnf", what: `the ${c.name} cache` }), c.name === "curl" && a.forEach((w, i) => {
    (w === "-o" || w === "--output") && a[i + 1] ? out.push({ path: join3(cwd, a[i + 1]), what: "a download" }) : w && /^--output=/.test(w) && out.push({ path: join3(cwd, w.slice(9)), what: "a download" });
  }), c.name === "wget" && a.forEach((w, i) => {
    (w === "-O" || w === "--output-document") && a[i + 1] && a[i + 1] !== "-" && out.push({ path: join3(cwd, a[i + 1]), what: "a download" });
  }), c.name === "git" && a[1] === "clone") {
    let pos = a.slice(2).filter((w) => w && !w.startsWith("-"));
    pos.length >= 2 && out.push({ path: join3(cwd, pos[1]), what: "a git clone" });
  }
  return out.filter((o) => !o.path.includes("null"));
}
var run_cleanup_later_layer_default = {
  id: "run-cleanup-later-layer",
  keywords: ["RUN"],
  description: "Remove files in the same RUN that creates them, not in a later layer",
  severity: "warning",
  related: [],
  messages: {
    laterCleanup: "'{{rm}}' deletes {{what}} created by line {{line}} in an earlier layer, so the image does not get smaller (the files stay in that layer); remove them in the same RUN that creates them, or use a cache mount"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
RUN wget -O /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz`
    ],
    invalid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
COPY big.tar.gz /tmp/
RUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz`
    ]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let cwd = "/", created = [];
      for (let ins of stage.instructions) {
        if (ins.keyword === "WORKDIR") {
          let r = model.expand(ins.argsText.text.trim(), ins.scope);
          r.unresolved ? cwd = "\0" : cwd = join3(cwd, r.value);
          continue;
        }
        if ((ins.keyword === "COPY" || ins.keyword === "ADD") && cwd !== "\0") {
          let { sources, dest } = copyParts(ins);
          if (!dest || sources.length !== 1 || sources[0].heredoc) continue;
          let d = model.expand(dest.value, ins.scope), s = model.expand(sources[0].value, ins.scope);
          if (d.unresolved || s.unresolved || /[*?[]/.test(s.value)) continue;
          let name = trimEndOf(s.value.replace(/[?#].*$/, ""), "/").split("/").pop();
          if (!ARCHIVE2.test(name) || ins.keyword === "ADD" && !/^https?:\/\//i.test(s.value) && isArchiveName(name)) continue;
          let target = d.value.endsWith("/") ? join3(join3(cwd, d.value), name) : join3(cwd, d.value);
          created.push({ path: target, ins, what: `'${name}' (${ins.keyword})` });
          continue;
        }
        let run = ins.run;
        if (!run || run.windowsShell || cwd === "\0") continue;
        let mountTargets = run.mounts.filter((m) => m.type !== "bind" || m.options.rw || m.options.readwrite).map((m) => m.options.target).filter((t) => !!t), mine = [], runCwd = cwd;
        for (let c of run.commands) {
          if (c.name === "cd" && c.subshellDepth === 0 && !c.compound) {
            let dir = c.words[1]?.expanded;
            runCwd = dir ? join3(runCwd, dir) : "\0";
            continue;
          }
          if (c.name === "rm" && runCwd !== "\0") {
            for (let w of c.words.slice(1)) {
              let v = w.expanded;
              if (v === null || v.startsWith("-")) continue;
              let r = join3(runCwd, v);
              if (r === "/") continue;
              let own = !1;
              for (let k = mine.length - 1; k >= 0; k--) removes(r, mine[k].path) && (mine.splice(k, 1), own = !0);
              let hit = created.find((x) => removes(r, x.path));
              if (hit && own)
                for (let k = created.length - 1; k >= 0; k--) removes(r, created[k].path) && created.splice(k, 1);
              else if (hit) {
                report({ messageId: "laterCleanup", data: { rm: `rm ${v}`, what: hit.what, line: hit.ins.line }, span: { start: w.start, end: w.end } });
                for (let k = created.length - 1; k >= 0; k--) removes(r, created[k].path) && created.splice(k, 1);
              }
            }
            continue;
          }
          if (runCwd !== "\0")
            for (let p of createdBy(c, runCwd)) underMount(p.path, mountTargets) || mine.push({ ...p, ins });
        }
        for (let m of mine) created.push(m);
      }
    }
  }
};

// rules/run-consolidate.ts
init_types();
function simple(ins) {
  let run = ins.run;
  return !!run && run.form === "shell" && !run.windowsShell && ins.heredocs.length === 0 && run.scripts.length === 1 && run.commands.length === 1;
}
function flagKey(ins) {
  return ins.flags.map((f) => `${f.name}=${f.value ?? ""}`).sort().join(`
`);
}
var run_consolidate_default = {
  id: "run-consolidate",
  keywords: ["RUN"],
  description: "Merge consecutive single-command RUN instructions",
  severity: "info",
  related: ["hadolint:DL3059"],
  messages: {
    consolidate: "This RUN and the one before (line {{line}}) each run a single command with the same flags, so each adds a layer; join them into one RUN with '&&'"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
WORKDIR /app
RUN make`],
    invalid: [`FROM debian:12
RUN mkdir -p /app
RUN chown 1000 /app`]
  },
  differs: "never asks to merge heredoc, exec-form or Windows-shell RUNs, RUNs whose flags (mounts, network) differ, or a RUN with its own comment above it (a deliberately separate, documented step)",
  check({ model, report }) {
    for (let stage of model.stages) {
      let list2 = stage.instructions;
      for (let i = 1; i < list2.length; i++) {
        let prev = list2[i - 1], ins = list2[i];
        prev.keyword !== "RUN" || ins.keyword !== "RUN" || !simple(prev) || !simple(ins) || flagKey(prev) !== flagKey(ins) || ins.commentsAbove.length > 0 || report({ messageId: "consolidate", data: { line: prev.line }, span: { start: ins.start, end: ins.end } });
      }
    }
  }
};

// rules/run-no-apt.ts
init_types();
var APT_GET = /* @__PURE__ */ new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "update", "upgrade", "dist-upgrade", "full-upgrade", "clean", "autoclean", "distclean", "build-dep", "source", "download", "satisfy", "changelog"]), APT_CACHE = /* @__PURE__ */ new Set(["search", "show", "showsrc", "policy", "depends", "rdepends"]), run_no_apt_default = {
  id: "run-no-apt",
  keywords: ["RUN"],
  description: "Use apt-get or apt-cache instead of apt in scripts",
  severity: "warning",
  related: ["hadolint:DL3027"],
  messages: {
    useAptGet: "'apt {{sub}}' is meant for people at a terminal: its output and options may change between releases and it warns that it has no stable CLI; use 'apt-get {{sub}}'",
    useAptCache: "'apt {{sub}}' is meant for people at a terminal and has no stable CLI; use 'apt-cache {{sub}}'",
    useOther: "'apt' is meant for people at a terminal and has no stable CLI; use apt-get, apt-cache or dpkg in a Dockerfile"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt update && apt install -y curl`]
  },
  fixable: !0,
  differs: "points at the 'apt' word and offers 'apt-get'/'apt-cache' as an automatic fix when the subcommand has the same meaning there",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (pc.tool !== "apt") continue;
        let w = pc.toolWord, sub = pc.sub ?? "", replace = (name) => r.run.form === "exec" || w.hasExpansion || w.raw !== w.value ? void 0 : [{ span: { start: w.start, end: w.end }, text: w.value.replace(/apt$/, name) }];
        APT_GET.has(sub) ? ctx.report({ messageId: "useAptGet", data: { sub }, span: w, fix: replace("apt-get") }) : APT_CACHE.has(sub) ? ctx.report({ messageId: "useAptCache", data: { sub }, span: w, fix: replace("apt-cache") }) : ctx.report({ messageId: "useOther", span: w });
      }
  }
};

// rules/run-no-cd.ts
init_types();
function norm(p) {
  return p.replace(/\/+/g, "/").replace(/\/+$/, "") || "/";
}
var SETUP = /* @__PURE__ */ new Set(["", "set", "export", "umask", "shopt", "true", ":", "mkdir", "echo"]);
function removedLater(dir, later) {
  return later.some((c) => c.name === "rm" && commandArgs(c).slice(1).some((a) => a.known && !a.text.startsWith("-") && removes2(norm(a.text), dir)));
}
function removes2(target, dir) {
  if (target === "/") return !1;
  let pattern = new RegExp("^" + target.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  for (let d = dir; d !== "" && d !== "/"; d = d.slice(0, d.lastIndexOf("/"))) if (pattern.test(d)) return !0;
  return !1;
}
function shellOnlyTarget(word, ins, script, index) {
  if (!word.hasExpansion) return !1;
  if (/\$\(|`/.test(word.raw)) return !0;
  let assigned = shellAssignedBefore(script.commands, index);
  return referencedNames2(word.raw).some((n) => assigned.has(n) || !ins.scope.has(n) && !(ins.stage && imageMayDefine(ins.stage, n)));
}
function cdTarget(cmd) {
  let w = targetWord(cmd);
  return w ? w.expanded ?? void 0 : void 0;
}
function targetWord(cmd) {
  return cmd.words.slice(1).find((w) => !/^-[LPe@]+$/.test(w.value));
}
function scoped(cmd, i, ins, script) {
  let commands = script.commands;
  if (cmd.subshellDepth > 0 || cmd.compound || cmd.substitution) return !0;
  let word = targetWord(cmd);
  if (!word) return !0;
  let later = commands.slice(i + 1).filter((c) => !c.substitution);
  if (later.length === 0 || later.some((c) => c.name === "cd" && c.subshellDepth === 0 && !c.compound) || shellOnlyTarget(word, ins, script, i)) return !0;
  let value = word.expanded ?? word.value;
  if (!value.startsWith("/")) return !0;
  let dir = norm(value);
  if (dir === "/" || /^\/(tmp|var\/tmp)(\/|$)/.test(dir) || commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound && cdTarget(c)?.startsWith("/") && dir.startsWith(norm(cdTarget(c)) + "/")) || dir === "/root" && commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound) || removedLater(dir, later)) return !0;
  let before = commands.slice(0, i).filter((c) => !c.substitution && c.subshellDepth === 0);
  return before.some((c) => !SETUP.has(c.name)) && madeFolders(before).some((m) => dir === m || dir.startsWith(m + "/")) ? !0 : detour(ins);
}
function madeFolders(before) {
  let out = [];
  for (let c of before) {
    let args = commandArgs(c);
    if (c.name === "mkdir") for (let a of args.slice(1)) a.known && a.text.startsWith("/") && out.push(norm(a.text));
    c.name === "tar" && args.forEach((a, k) => {
      let next = args[k + 1], inline = /^--directory=(.+)$/.exec(a.text)?.[1];
      inline && a.known ? out.push(norm(inline)) : next?.known && next.text.startsWith("/") && (a.text === "--directory" || /^-[A-Za-z]*C$/.test(a.text)) && out.push(norm(next.text));
    });
  }
  return out.filter((d) => d !== "/");
}
function detour(ins) {
  let stage = ins.stage;
  if (!stage) return !1;
  let hasWorkdir = !1;
  for (let s = stage; s && !hasWorkdir; s = s.parent) hasWorkdir = s.instructions.some((x) => x.keyword === "WORKDIR" && (s !== stage || x.index < ins.index));
  if (!hasWorkdir) return !1;
  for (let x of stage.instructions)
    if (!(x.index <= ins.index)) {
      if (x.keyword === "WORKDIR") return !1;
      if (["RUN", "COPY", "ADD", "CMD", "ENTRYPOINT"].includes(x.keyword)) return !0;
    }
  return !1;
}
var run_no_cd_default = {
  id: "run-no-cd",
  keywords: ["RUN"],
  description: "Use WORKDIR instead of cd to change directory in RUN",
  severity: "warning",
  related: ["hadolint:DL3003"],
  messages: {
    cd: "'cd {{dir}}' changes directory for the rest of this RUN only and hides where commands run; use 'WORKDIR {{dir}}' before the RUN, or wrap the part in a subshell '( cd {{dir}} && ... )'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /src
RUN make`, `FROM alpine:3.20
RUN (cd /src && make)`, `FROM alpine:3.20
RUN <<EOF
cd /src
make
EOF`],
    invalid: [`FROM alpine:3.20
RUN cd /src && make`]
  },
  differs: "reports at most one cd per RUN, and accepts a cd that is scoped: inside a subshell, loop or conditional, in a heredoc script, as the last command, followed later by another cd (back to '/', '..' or elsewhere), into a relative folder, into /tmp, into a folder named by a shell variable of the script, into a folder the same RUN removes later (also by glob) or made itself after other work (the build-from-source pattern of official images), and a detour from a WORKDIR that later instructions of the stage still use",
  check({ model, report }) {
    for (let ins of model.instructions) {
      let run = ins.run;
      if (run)
        for (let script of run.scripts) {
          if (script.source === "heredoc") continue;
          let i = script.commands.findIndex((cmd2, i2) => cmd2.name === "cd" && !scoped(cmd2, i2, ins, script));
          if (i === -1) continue;
          let cmd = script.commands[i];
          report({ messageId: "cd", data: { dir: targetWord(cmd).value }, span: { start: cmd.start, end: cmd.end } });
          break;
        }
    }
  }
};

// rules/run-no-runtime-commands.ts
init_types();
var COMMANDS = {
  ssh: "a build cannot answer an interactive session; fetch with git/curl using a '--mount=type=ssh' or '--mount=type=secret' instead",
  vim: "an editor waits for input that a build never gives; edit files with sed or COPY a prepared file",
  shutdown: "there is no system to shut down in a build container; remove it",
  service: "services started in a build stop when the step ends and do not run in the container; start them from CMD/ENTRYPOINT",
  ps: "processes listed in a build do not exist in the running container; remove it",
  free: "memory of the build host says nothing about the running container; remove it",
  top: "an interactive monitor waits forever in a build; remove it",
  kill: "processes of a build step end with the step; remove it",
  mount: "a build step cannot keep mounts; use 'RUN --mount=...' or a VOLUME"
}, run_no_runtime_commands_default = {
  id: "run-no-runtime-commands",
  keywords: ["RUN"],
  description: "Do not run interactive or system commands that make no sense in a build step",
  severity: "info",
  related: ["hadolint:DL3001"],
  messages: {
    runtime: "'{{name}}' in a RUN: {{why}}"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts`, `FROM debian:12
RUN mount`],
    invalid: [`FROM debian:12
RUN service nginx start`]
  },
  differs: "accepts a service started, used and stopped inside the same RUN (e.g. 'service postgresql start && psql -f init.sql'), and a kill of a process the same RUN started; 'mount' with no operands only lists mounts and is accepted",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let cmds = ins.run.commands, started = cmds.some((c, i) => c.name === "service" && i < cmds.length - 1 || c.next === "&");
      for (let cmd of cmds) {
        let why = Object.hasOwn(COMMANDS, cmd.name) ? COMMANDS[cmd.name] : void 0;
        if (!why || started && (cmd.name === "service" || cmd.name === "kill") || cmd.name === "mount" && cmd.words.slice(1).every((w2) => /^-[lv]+$/.test(w2.value))) continue;
        let w = cmd.words[0];
        report({ messageId: "runtime", data: { name: cmd.name, why }, span: { start: w.start, end: w.end } });
      }
    }
  }
};

// rules/run-no-sh-symlink.ts
init_types();
init_paths();
var SH = /* @__PURE__ */ new Set(["/bin/sh", "/usr/bin/sh"]), VALUE_FLAGS2 = /* @__PURE__ */ new Set(["-S", "--suffix"]), run_no_sh_symlink_default = {
  id: "run-no-sh-symlink",
  keywords: ["RUN"],
  description: "Change the shell of RUN with SHELL, not by replacing /bin/sh with a symlink",
  severity: "warning",
  related: ["hadolint:DL4005"],
  messages: {
    symlink: `'{{command}}' replaces /bin/sh for every later step and for the scripts of the image's packages; set the shell of RUN with 'SHELL ["{{shell}}", "-c"]' instead`
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN echo $BASH_VERSION`, `FROM debian:12
RUN ln -s /bin/sh /usr/local/bin/sh`],
    invalid: [`FROM debian:12
RUN ln -sf /bin/bash /bin/sh`]
  },
  differs: "flags only a link that replaces /bin/sh (or /usr/bin/sh): 'ln -f' or after 'rm /bin/sh'; not an ln that merely mentions /bin/sh as its target, nor one that creates a missing /bin/sh in a shell-less image",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let cmds = ins.run.commands;
      for (let k = 0; k < cmds.length; k++) {
        let cmd = cmds[k];
        if (cmd.name !== "ln") continue;
        let args = commandArgs(cmd).slice(1), pos = [], targetDir = !1;
        for (let i = 0; i < args.length; i++) {
          let t = args[i].text;
          if (t === "--") {
            for (let k2 = i + 1; k2 < args.length; k2++) pos.push(args[k2]);
            break;
          }
          if (t.startsWith("-") && t.length > 1) {
            let cluster = /^-[A-Za-z]+$/.test(t) ? t.slice(1) : "";
            (cluster.includes("t") || t.startsWith("--target-directory")) && (targetDir = !0), (VALUE_FLAGS2.has(t) || cluster && /[tS]$/.test(cluster)) && i++;
            continue;
          }
          pos.push(args[i]);
        }
        if (targetDir || pos.length < 2) continue;
        let dest = pos[pos.length - 1];
        if (!dest.known || !SH.has(trimEndOf(dest.text, "/"))) continue;
        let force = args.some((a) => a.text === "--force" || a.text.startsWith("--backup") || /^-[A-Za-z]*[fb]/.test(a.text) && !a.text.startsWith("--")), removed = cmds.slice(0, k).some((c) => (c.name === "rm" || c.name === "mv" || c.name === "unlink") && c.words.slice(1).some((w) => SH.has(trimEndOf(w.expanded ?? w.value, "/"))));
        if (!force && !removed) continue;
        let source = pos[0].text, shell = /^\//.test(source) ? source : "/bin/bash";
        report({
          messageId: "symlink",
          data: { command: `ln ${args.map((a) => a.text).join(" ")}`, shell },
          span: { start: cmd.start, end: cmd.end }
        });
      }
    }
  }
};

// rules/run-no-sudo.ts
init_types();
function dropsPrivileges(argv2) {
  for (let i = 1; i < argv2.length; i++) {
    let a = argv2[i], user;
    if (a === "-u" || a === "--user") user = argv2[i + 1];
    else if (a.startsWith("--user=")) user = a.slice(7);
    else if (/^-u./.test(a)) user = a.slice(2);
    else if (!a.startsWith("-")) return !1;
    if (user !== void 0) return user !== "root" && user !== "#0" && user !== "0";
  }
  return !1;
}
function checksUser(cmd) {
  return cmd.name === "id" || cmd.name === "whoami" ? !0 : (cmd.name === "[" || cmd.name === "[[" || cmd.name === "test") && cmd.words.some((w) => /\$\{?(EUID|UID)\b|id -u|whoami/.test(w.raw));
}
function guarded(commands, index) {
  return commands[index].compound && commands.slice(0, index).some(checksUser);
}
var run_no_sudo_default = {
  id: "run-no-sudo",
  keywords: ["RUN"],
  description: "Do not use sudo in RUN; switch users with USER",
  severity: "error",
  related: ["hadolint:DL3004"],
  messages: {
    sudo: "'sudo' in a RUN hides which user the step runs as and needs sudo installed and configured in the image; run the step under 'USER root' and switch back with 'USER <name>' afterwards"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
USER root
RUN apt-get update
USER app`],
    invalid: [`FROM debian:12
USER app
RUN sudo apt-get update`]
  },
  differs: "accepts sudo inside a conditional after a user check (`if [ \"$(id -u)\" -ne 0 ]; then sudo ...; fi`) and 'sudo -u <user>' that drops root privileges for one command (e.g. makepkg, which refuses to run as root); one report per RUN, at the first sudo",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let commands = ins.run.commands, cmd = commands.find((c, i) => c.name === "sudo" && !dropsPrivileges(c.words.map((w2) => w2.expanded ?? w2.value)) && !guarded(commands, i));
      if (!cmd) continue;
      let w = cmd.words[0];
      report({ messageId: "sudo", span: { start: w.start, end: w.end } });
    }
  }
};

// rules/run-pipefail.ts
init_types();
var SAFE_SOURCES = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "yes",
  "true",
  ":",
  "cat",
  "tac",
  "find",
  "ls",
  "ldd",
  "readelf",
  "scanelf",
  "objdump",
  "nm",
  "file",
  "stat",
  "du",
  "df",
  "wc",
  "sort",
  "uniq",
  "tr",
  "cut",
  "awk",
  "gawk",
  "mawk",
  "sed",
  "head",
  "tail",
  "grep",
  "egrep",
  "fgrep",
  "tee",
  "dpkg-query",
  "locale",
  "readlink",
  "realpath",
  "basename",
  "dirname",
  "env",
  "printenv",
  "id",
  "uname",
  "date",
  "seq",
  "jq",
  "yq",
  "base64",
  "sha256sum",
  "sha512sum",
  "sha1sum",
  "md5sum",
  "od",
  "hexdump",
  "xxd",
  "column",
  "paste",
  "join",
  "comm",
  "fold",
  "nl",
  "rev",
  "strings",
  "iconv",
  "envsubst",
  "filterdiff",
  "lsdiff"
]);
function isSafeSource(cmd) {
  let argv2 = words3(cmd);
  if (SAFE_SOURCES.has(cmd.name)) return !0;
  switch (cmd.name) {
    case "apt-mark":
      return /^show/.test(argv2[1] ?? "");
    case "dpkg":
      return argv2.slice(1).some((a) => /^(-l|-L|-S|-s|--list|--listfiles|--search|--status|--print-architecture|--get-selections)$/.test(a));
    case "rpm":
      return argv2.slice(1).some((a) => /^-q/.test(a));
    case "xargs": {
      let i = 1;
      for (; i < argv2.length && argv2[i].startsWith("-"); ) i += /^-[IdEnLPs]$/.test(argv2[i]) ? 2 : 1;
      let inner = argv2[i];
      return inner === void 0 || SAFE_SOURCES.has(inner.replace(/^.*\//, ""));
    }
  }
  return !1;
}
function noticesMissingInput(cmd) {
  let args = words3(cmd).slice(1), has = (...names) => args.some((a) => names.includes(a));
  switch (cmd.name) {
    case "grep":
    case "egrep":
    case "fgrep":
      return !has("-c", "--count", "-L", "--files-without-match");
    case "tar": {
      let first = args[0] ?? "", mode = first.startsWith("-") ? args.filter((a) => /^-[A-Za-z]+$/.test(a)).join("") : first;
      return /[xt]/.test(mode) || has("--extract", "--get", "--list");
    }
    case "gunzip":
    case "zcat":
    case "unxz":
    case "xzcat":
    case "bunzip2":
    case "bzcat":
    case "unzstd":
    case "zstdcat":
      return !0;
    case "gzip":
    case "xz":
    case "bzip2":
    case "zstd":
    case "lz4":
      return has("-d", "--decompress", "-dc", "-cd");
    case "sha1sum":
    case "sha256sum":
    case "sha512sum":
    case "md5sum":
    case "shasum":
      return has("-c", "--check");
    case "gpg":
      return has("--dearmor", "--dearmour", "--import", "--verify");
    case "apt-key":
      return args[0] === "add";
    case "patch":
      return !0;
  }
  return !1;
}
function setsPipefail(argv2) {
  for (let i = 0; i + 1 < argv2.length; i++)
    if (/^-[A-Za-z]*o$/.test(argv2[i]) && argv2[i + 1] === "pipefail") return !0;
  return !1;
}
function words3(cmd) {
  return cmd.words.map((w) => w.expanded ?? w.value);
}
function inlineSetAt(script) {
  return script.commands.findIndex((c) => c.name === "set" && c.subshellDepth === 0 && !c.compound && setsPipefail(words3(c)));
}
var run_pipefail_default = {
  id: "run-pipefail",
  keywords: ["RUN"],
  description: "Make RUN fail when any command of a pipe fails",
  severity: "warning",
  related: ["hadolint:DL4006"],
  messages: {
    pipefail: `'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; put 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' before this RUN, or start the RUN with 'set -o pipefail &&' (bash, zsh, ksh, BusyBox sh; not Debian's dash)`,
    pipefailScript: "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; add 'set -o pipefail' at the top of the script"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg`,
      `FROM alpine:3.20
RUN set -o pipefail && wget -qO- https://example.com/a.tgz | tar xz`,
      `FROM debian:12
RUN echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list`
    ],
    invalid: [`FROM debian:12
RUN curl -fsSL https://example.com/install.sh | sh`]
  },
  differs: "accepts 'set -o pipefail' earlier in the same RUN or script (a shell without pipefail, such as dash before 0.5.13, then fails the build loudly instead of hiding an error), a SHELL inherited through FROM <stage>, shells such as 'sh -o pipefail', pipes fed only by commands that cannot fail on their own or only read local files and the package database (echo, cat, find, ldd, awk, sort, dpkg-query ...), and pipes whose last command fails by itself on missing input (grep, tar x, gunzip, sha256sum -c, gpg --dearmor/--import, apt-key add, patch); checks heredoc scripts by their shebang",
  check({ model, report }) {
    for (let { ins } of runSites(model, { onbuild: !1 })) {
      let run = ins.run, shellArgv = run.form === "exec" ? ins.json?.values ?? [] : run.shell, shellOn = setsPipefail(shellArgv), headerCmd = run.scripts.find((s) => s.source === "shell")?.commands[0], reported = !1;
      for (let script of run.scripts) {
        if (reported) break;
        let on = !1, messageId = "pipefail";
        if (script.source === "heredoc") {
          messageId = "pipefailScript";
          let shebang = /^#!.*$/m.exec(script.text.text.split(`
`, 1)[0] ?? "");
          shebang ? on = /\bpipefail\b/.test(shebang[0]) : headerCmd ? on = setsPipefail(words3(headerCmd)) : on = shellOn;
        } else on = shellOn;
        if (on) continue;
        let setAt = inlineSetAt(script), cmds = script.commands;
        for (let i = 0; i < cmds.length; i++) {
          let c = cmds[i];
          if (c.next !== "|" || c.substitution) continue;
          if (setAt !== -1 && setAt < i) break;
          let members = cmds.filter((x) => x.pipeline === c.pipeline), last = members[members.length - 1], risky = members.slice(0, -1).find((x) => !isSafeSource(x));
          if (i = cmds.indexOf(last), !risky || noticesMissingInput(last)) continue;
          let pipeline = model.text.slice(members[0].start, last.end).replace(/\\\r?\n/g, " ").replace(/\s+/g, " ");
          report({
            messageId,
            data: { pipeline: pipeline.length > 80 ? pipeline.slice(0, 77) + "..." : pipeline, first: risky.words[0]?.value ?? risky.name },
            span: { start: members[0].start, end: last.end }
          }), reported = !0;
          break;
        }
      }
    }
  }
};

// rules/run-redundant-mkdir.ts
init_types();
init_paths();
function normalise2(p) {
  let s = trimEndOf(p, "/").replace(/\/+/g, "/");
  return s === "" ? "/" : s;
}
var run_redundant_mkdir_default = {
  id: "run-redundant-mkdir",
  keywords: ["WORKDIR"],
  description: "Drop `RUN mkdir` for a directory that a later WORKDIR creates anyway",
  severity: "info",
  related: [],
  messages: {
    redundant: "'{{command}}' is not needed: 'WORKDIR {{dir}}' on line {{line}} creates the directory; remove this RUN and save a layer"
  },
  options: {},
  fixable: !0,
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -m 700 /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir /data
WORKDIR /app`],
    invalid: [`FROM alpine:3.20
RUN mkdir /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -p /app/src
WORKDIR /app/src`]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let list2 = stage.instructions;
      list2.forEach((ins, i) => {
        let run = ins.run;
        if (!run || run.form !== "shell" || run.commands.length === 0 || !run.commands.every((c) => c.name === "mkdir" && c.subshellDepth === 0 && !c.compound)) return;
        let dirs = [];
        for (let c of run.commands)
          for (let w of c.words.slice(1)) {
            let v = w.expanded;
            if (v === null) return;
            if (!(v === "-p" || v === "--parents" || v === "-v" || v === "--verbose")) {
              if (v.startsWith("-")) return;
              dirs.push(normalise2(v));
            }
          }
        if (!dirs.length) return;
        let match = null, later = list2.slice(i + 1).filter((x) => x.keyword === "WORKDIR" && x.args.length);
        for (let dir of dirs) {
          let w = later.find((x) => {
            let r = model.expand(x.args.map((a) => a.raw).join(" "), x.scope);
            if (r.unresolved) return !1;
            let target = normalise2(r.value);
            return target === dir || target.startsWith(dir + "/");
          });
          if (!w) return;
          match ??= { ins: w, dir: normalise2(model.expand(w.args.map((a) => a.raw).join(" "), w.scope).value) };
        }
        if (!match) return;
        let lines = instructionLines(model, ins), kind = list2.slice(i + 1, list2.indexOf(match.ins)).some((x) => x.keyword === "RUN" || x.keyword === "USER") ? "suggestion" : "safe";
        report({
          ...lines ? { fix: { kind, edits: [{ span: lines, text: "" }] } } : {},
          messageId: "redundant",
          data: { command: ins.argsText.text.trim(), dir: match.dir, line: match.ins.line },
          span: { start: ins.start, end: ins.end }
        });
      });
    }
  }
};

// rules/run-shellcheck.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join as join4 } from "node:path";

// src/runtime/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), childProcess = () => load("node:child_process");
var os = () => load("node:os");

// rules/run-shellcheck.ts
init_types();
function dialect(exe) {
  let name = baseName(exe).toLowerCase();
  return name === "bash" ? "bash" : name === "dash" ? "dash" : name === "ksh" || name === "mksh" || name === "ksh93" ? "ksh" : name === "sh" || name === "ash" || name === "busybox" ? "sh" : null;
}
function shebangShell(line) {
  let m = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(line);
  return m ? baseName(m[1]) === "env" ? m[2] ?? null : m[1] : null;
}
function scriptsOf(ins) {
  let run = ins.run;
  if (!run || run.windowsShell) return [];
  let out = [], header = run.scripts.find((s) => s.source === "shell");
  for (let script of run.scripts) {
    let shell;
    if (script.source === "exec") {
      if (script.text === ins.argsText) continue;
      shell = dialect(ins.json?.values[0] ?? "");
    } else if (script.source === "heredoc") {
      let first = script.text.text.split(`
`, 1)[0] ?? "", bang = shebangShell(first), head = header?.commands[0];
      shell = dialect(bang ?? (head ? head.words[0]?.value ?? "" : run.shell[0] ?? "/bin/sh"));
    } else shell = dialect(run.shell[0] ?? "/bin/sh");
    shell && out.push({ script, shell });
  }
  return out;
}
var PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy"], LEVEL_RANK = { style: 0, info: 1, warning: 2, error: 3 }, SEVERITY = { style: "info", info: "info", warning: "warning", error: "error" }, warned = !1;
function warnOnce(message) {
  warned || (warned = !0, process.stderr.write(`dflint: ${message}
`));
}
function offsetOf(text, lineStarts, line, column) {
  let off = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  for (let c = 1; c < column && off < text.length && text[off] !== `
`; c++) {
    let code = text.codePointAt(off);
    off += code > 65535 ? 2 : 1;
  }
  return off;
}
function lineStartsOf(text) {
  let out = [0];
  for (let i = 0; i < text.length; i++) text[i] === `
` && out.push(i + 1);
  return out;
}
function runShellcheck(jobs2, exclude, minLevel) {
  let dir = mkdtempSync(join4(os().tmpdir(), "dflint-sc-"));
  try {
    for (let j of jobs2) writeFileSync(join4(dir, j.file), j.text);
    let args = ["--norc", "-f", "json1", "-S", minLevel, ...exclude.length ? ["-e", exclude.join(",")] : [], ...jobs2.map((j) => j.file)], res = childProcess().spawnSync("shellcheck", args, { cwd: dir, encoding: "utf8", timeout: 6e4, maxBuffer: 64 * 1024 * 1024 });
    if (res.error) {
      let code = res.error.code;
      return warnOnce(
        code === "ENOENT" ? "ShellCheck is enabled (settings.shellcheck) but 'shellcheck' is not on PATH; RUN scripts were not checked" : `ShellCheck failed (${res.error.message}); RUN scripts were not checked`
      ), null;
    }
    let parsed;
    try {
      parsed = JSON.parse(res.stdout || "{}");
    } catch {
      return warnOnce(`ShellCheck exited with status ${String(res.status)} without JSON output: ${(res.stderr || "").trim().slice(0, 200)}`), null;
    }
    let byFile = new Map(jobs2.map((j) => [j.file, j])), out = /* @__PURE__ */ new Map();
    for (let c of parsed.comments ?? []) {
      let job = byFile.get(c.file);
      if (!job) continue;
      let list2 = out.get(job);
      list2 || out.set(job, list2 = []), list2.push(c);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: !0, force: !0 });
  }
}
function namesInScope(ins) {
  let names = new Set(PROXY_VARS);
  for (let name of ins.scope.keys()) /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && names.add(name);
  return [...names];
}
function collectJobs(model) {
  let jobs2 = [], visit = (ins) => {
    for (let { script, shell } of scriptsOf(ins)) {
      let body = script.text.text, firstLineEnd = body.indexOf(`
`);
      body.startsWith("#!") && (body = firstLineEnd === -1 ? "" : body.slice(firstLineEnd));
      let prelude = `#!/bin/${shell}
export ${namesInScope(ins).map((n) => `${n}=1`).join(" ")}
`;
      jobs2.push({ script, prelude: 2, text: prelude + body + (body.endsWith(`
`) ? "" : `
`), file: `run-${jobs2.length + 1}.sh` });
    }
  };
  for (let ins of model.instructions)
    ins.run ? visit(ins) : ins.onbuild?.run && visit(ins.onbuild);
  return jobs2;
}
function sourceSpan(job, c) {
  let text = job.script.text.text, starts = lineStartsOf(text), line = c.line - job.prelude, endLine = Math.max(c.endLine - job.prelude, line), a = offsetOf(text, starts, line, c.column), b = offsetOf(text, starts, endLine, c.endColumn);
  b < a && (b = a);
  let map = job.script.text.map, start = map.at(Math.min(a, text.length)) ?? 0, end = b > a ? map.at(Math.min(b - 1, text.length)) + 1 : start;
  return { start, end: Math.max(end, start) };
}
var run_shellcheck_default = {
  id: "run-shellcheck",
  keywords: ["RUN"],
  description: "Check RUN scripts with ShellCheck (when settings.shellcheck is on and shellcheck is installed)",
  severity: "error",
  related: [],
  messages: {
    finding: "{{code}}: {{message}}"
  },
  options: {
    exclude: {
      description: "ShellCheck codes not to report (e.g. SC2086)",
      default: ["SC1090", "SC1091", "SC2187"],
      schema: { type: "array", items: { type: "string", pattern: "^(SC)?\\d{4}$" } }
    },
    minLevel: {
      description: "Lowest ShellCheck level reported: style, info, warning or error",
      default: "style",
      schema: { type: "string", enum: ["style", "info", "warning", "error"] }
    }
  },
  examples: {
    valid: [{ code: `FROM debian:12
RUN echo "$HOME"`, settings: { shellcheck: !0 } }],
    invalid: [{ code: `FROM debian:12
RUN echo $1`, settings: { shellcheck: !0 } }]
  },
  differs: "runs only with --shellcheck or settings.shellcheck; one ShellCheck call per file; checks heredoc scripts, 'RUN bash <<EOF' and exec-form 'sh -c' scripts in their own dialect; reports each finding as 'shellcheck/SCxxxx' at its exact line and column with ShellCheck's level (style as info), capped at this rule's severity",
  check({ model, options, settings: settings2, report }) {
    if (!settings2.shellcheck) return;
    let jobs2 = collectJobs(model);
    if (!jobs2.length) return;
    let exclude = options.exclude.map((c) => c.replace(/^SC/i, "")), results = runShellcheck(jobs2, exclude, options.minLevel);
    if (!results) return;
    let min = LEVEL_RANK[options.minLevel] ?? 0;
    for (let job of jobs2)
      for (let c of results.get(job) ?? []) {
        if (c.line <= job.prelude || (LEVEL_RANK[c.level] ?? 0) < min) continue;
        let code = `SC${c.code}`, relayed = { ruleId: `shellcheck/${code}`, related: [`hadolint:${code}`], severity: SEVERITY[c.level] ?? "warning" };
        report({ messageId: "finding", data: { code, message: c.message }, span: sourceSpan(job, c), ...relayed });
      }
  }
};

// rules/run-stale-update.ts
init_types();
function installCmd(family) {
  return family === "apt" ? "apt-get install" : family === "apk" ? "apk add" : family === "zypper" ? "zypper install" : "dnf install";
}
var run_stale_update_default = {
  id: "run-stale-update",
  keywords: ["RUN"],
  description: "Update the package index in the same RUN as the install that uses it",
  severity: "warning",
  related: [],
  messages: {
    staleUpdate: "'{{update}}' runs alone in its layer, which stays cached forever, so the later '{{install}}' (line {{line}}) can run against an old index and fail or install stale versions; run '{{update}} && {{install}} ...' in one RUN"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
RUN apk update && apk add curl`
    ],
    invalid: [`FROM debian:12
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl`]
  },
  check({ model, report }) {
    let installsOf = (ins) => {
      let out = /* @__PURE__ */ new Set();
      if (ins.run) for (let c of ins.run.commands) isPackageInstall(c) && out.add(packageFamily(c));
      return out;
    }, children = /* @__PURE__ */ new Map();
    for (let s of model.stages) {
      if (!s.parent || s.parent === s) continue;
      let list2 = children.get(s.parent);
      list2 ? list2.push(s) : children.set(s.parent, [s]);
    }
    let firstInChain = /* @__PURE__ */ new Map();
    for (let i = model.stages.length - 1; i >= 0; i--) {
      let stage = model.stages[i], first = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) for (let f of installsOf(ins)) first.has(f) || first.set(f, ins);
      for (let child of children.get(stage) ?? []) for (let [f, ins] of firstInChain.get(child) ?? []) first.has(f) || first.set(f, ins);
      firstInChain.set(stage, first);
    }
    for (let stage of model.stages) {
      let next = /* @__PURE__ */ new Map();
      for (let child of children.get(stage) ?? []) for (let [f, ins] of firstInChain.get(child) ?? []) next.has(f) || next.set(f, ins);
      for (let k = stage.instructions.length - 1; k >= 0; k--) {
        let ins = stage.instructions[k], run = ins.run, installs = installsOf(ins);
        if (run && !run.windowsShell && installs.size === 0 && !run.commands.some(isPackageInstall))
          for (let upd of run.commands.filter(isIndexUpdate)) {
            let family = packageFamily(upd), later = family ? next.get(family) : void 0;
            if (!later) continue;
            let update = upd.words.map((w) => w.value).join(" ");
            report({
              messageId: "staleUpdate",
              data: { update, install: installCmd(family), line: later.line },
              span: { start: upd.start, end: upd.end }
            });
          }
        for (let f of installs) next.set(f, ins);
      }
    }
  }
};

// rules/stage-name-casing.ts
init_types();
var stage_name_casing_default = {
  id: "stage-name-casing",
  description: "Write stage names in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:StageNameCasing"],
  messages: {
    notLowercase: "Stage name '{{name}}' is not lowercase; BuildKit lowercases stage names, so write '{{lower}}'"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=build /app /app`],
    invalid: [`FROM golang:1.23 AS Build
FROM alpine:3.20
COPY --from=Build /app /app`]
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages) {
      if (stage.from.args.length !== 3 || !stage.nameRaw || !stage.nameSpan || !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(stage.nameRaw)) continue;
      let lower = stage.nameRaw.toLowerCase();
      lower !== stage.nameRaw && report({
        messageId: "notLowercase",
        data: { name: stage.nameRaw, lower },
        span: stage.nameSpan,
        fix: [{ span: stage.nameSpan, text: lower }]
      });
    }
  }
};

// rules/stage-name-reserved.ts
init_types();
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]), stage_name_reserved_default = {
  id: "stage-name-reserved",
  description: "Do not name a stage 'scratch' or 'context'",
  severity: "warning",
  related: ["hadolint:DL3063", "buildkit:ReservedStageName"],
  messages: {
    reserved: "Stage name '{{name}}' is reserved ({{why}}); choose another name"
  },
  options: {},
  examples: {
    valid: [`FROM scratch AS final
COPY app /app`, "FROM alpine:3.20 AS scratchpad"],
    invalid: ["FROM alpine:3.20 AS scratch", "FROM alpine:3.20 AS Context"]
  },
  differs: "matched case-insensitively like BuildKit (hadolint matches the exact lower-case words)",
  check({ model, report }) {
    for (let stage of model.stages) {
      if (!stage.name || !stage.nameSpan || !RESERVED2.has(stage.name)) continue;
      let why = stage.name === "scratch" ? "'scratch' means the empty base image" : "'context' names the build context in COPY --from and --build-context";
      report({ messageId: "reserved", data: { name: stage.nameRaw ?? stage.name, why }, span: stage.nameSpan });
    }
  }
};

// rules/stage-name-unique.ts
init_types();
var stage_name_unique_default = {
  id: "stage-name-unique",
  description: "Give every build stage a unique name",
  severity: "error",
  related: ["hadolint:DL3024", "buildkit:DuplicateStageName"],
  messages: {
    duplicate: "Stage name '{{name}}' is already used on line {{line}}, so references to it are ambiguous; rename one of the stages"
  },
  options: {
    caseSensitive: {
      description: "Compare stage names as written (hadolint's DL3024); by default 'Build' and 'build' are the same stage, as BuildKit resolves them",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20 AS run`],
    invalid: [`FROM golang:1.23 AS build
FROM node:22 AS Build`]
  },
  differs: "names are compared case-insensitively, as BuildKit resolves them (hadolint compares them case-sensitively, as the hadolint preset does: option caseSensitive)",
  check({ model, options, report }) {
    let first = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      let key2 = options.caseSensitive ? stage.nameRaw ?? stage.name : stage.name, prev = first.get(key2);
      prev ? report({ messageId: "duplicate", data: { name: stage.nameRaw ?? stage.name, line: prev.from.line }, span: stage.nameSpan }) : first.set(key2, stage);
    }
  }
};

// rules/syntax-valid.ts
init_types();
var syntax_valid_default = {
  id: "syntax-valid",
  description: "Report instructions, flags and heredocs that Docker cannot parse",
  severity: "error",
  related: ["hadolint:DL1000", "hadolint:DL3061"],
  messages: {
    unknownInstruction: "{{message}}",
    unknownFlag: "{{message}}",
    flagValue: "{{message}}",
    unterminatedHeredoc: "{{message}}",
    instructionBeforeFrom: "{{message}}",
    fromWithoutImage: "{{message}}",
    noInstructions: "{{message}}",
    noStage: "{{message}}"
  },
  options: {},
  examples: { valid: [`FROM alpine:3.20
RUN echo hi`], invalid: [`FROM alpine:3.20
RUNN echo hi`] },
  differs: "hadolint stops at the first parse error (DL1000); dflint reports it and lints the rest of the file. Instructions before the first FROM are reported (DL3061) and, in a file with a FROM, not linted further; a file with no FROM at all (a fragment) is linted as one stage on an unknown base image, as hadolint does",
  check({ model, report }) {
    for (let p of model.parseProblems)
      report({ messageId: p.messageId, data: { message: p.message }, span: p.span });
  }
};

// rules/user-last-not-root.ts
init_types();
function isRootUser(value) {
  let user = value.trim().split(":")[0].trim();
  return user === "root" || /^0+$/.test(user);
}
function lastUser(stage) {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    let ins = stage.instructions[i];
    if (ins.keyword === "USER" && ins.args.length) return ins;
  }
  return null;
}
function reportOtherStages(model, chain, report) {
  for (let stage of model.stages) {
    if (chain.includes(stage)) continue;
    let last = lastUser(stage), value = last && expandedArgs(model, last);
    !last || value === null || !isRootUser(value) || report({ messageId: "rootInStage", data: { user: value.trim() }, span: { start: last.args[0].start, end: last.args[last.args.length - 1].end } });
  }
}
var user_last_not_root_default = {
  id: "user-last-not-root",
  keywords: ["USER"],
  description: "Do not leave root as the last USER of the shipped image",
  // info by default: in the precision audit half of the sampled corpus findings were a deliberate root
  // (build-tool images such as gradle that end with USER root on purpose), which is a choice, not a mistake.
  severity: "info",
  strict: "warning",
  related: ["hadolint:DL3002"],
  messages: {
    rootInStage: "The last USER of this stage is '{{user}}', so a build of this stage (--target, or a stage built FROM it) runs as root; switch to an unprivileged user after the steps that need root",
    root: "The image runs as root because the last USER is '{{user}}'; switch to an unprivileged user (for example 'USER app' or 'USER 10001') after the steps that need root"
  },
  options: {
    everyStage: {
      description: "Also judge the last USER of every other stage, builder stages included, as hadolint's DL3002; by default only the stages the shipped image is built from",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM alpine:3.20
USER root
RUN apk add --no-cache curl
USER nobody`,
      `FROM golang:1.23 AS build
USER root
RUN go build
FROM alpine:3.20
COPY --from=build /app /app
USER 10001`
    ],
    invalid: [`FROM alpine:3.20
USER root
RUN apk add --no-cache curl`, `FROM alpine:3.20
ARG U=root
USER \${U}
RUN make install`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; hadolint checks every stage; dflint checks only the build target and the stages it inherits from (FROM <stage>), where the last USER decides who the container runs as, and judges USER after ARG/ENV expansion; a root USER that no RUN follows is root chosen for the runtime when its value is a build argument (the builder picks it), or, except for a service (EXPOSE or a HEALTHCHECK), when it switches back from another user or comes before the image's own CMD/ENTRYPOINT (the gradle and trivy images); these are not reported, and an init system (systemd, s6-overlay's /init) is never reported; the hadolint preset also judges every other stage's last USER (option everyStage)",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    let chain = shippedChain(model);
    options.everyStage && reportOtherStages(model, chain, report);
    let last = null;
    for (let stage of chain)
      if (last = lastUser(stage), last) break;
    if (!last) return;
    let value = expandedArgs(model, last);
    if (value === null || !isRootUser(value)) return;
    let purpose = shippedCommand(model).purpose;
    if (purpose === "init") return;
    let after = chain.flatMap((s) => s.instructions).filter((i) => i.index > last.index);
    if (!after.some((i) => i.keyword === "RUN")) {
      let byBuildArg = findVarRefs(last.argsText.text, model.directives.escape).some((r) => last.scope.get(r.name)?.kind === "arg"), switchesBack = chain.flatMap((s) => s.instructions).filter((i) => i.index < last.index).some((i) => i.keyword === "USER" && i.args.length && !isRootUser(expandedArgs(model, i) ?? "root")), setsCommand = after.some((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT");
      if (byBuildArg || purpose !== "service" && (switchesBack || setsCommand)) return;
    }
    report({
      messageId: "root",
      data: { user: value.trim() },
      span: { start: last.args[0].start, end: last.args[last.args.length - 1].end }
    });
  }
};

// rules/user-not-root.ts
init_types();
var DEFAULT_ROOTLESS_IMAGES = [
  "gcr.io/distroless/*:*nonroot*",
  "cgr.dev/chainguard/*",
  "mcr.microsoft.com/dotnet/*:*chiseled*",
  "docker.io/bitnami/*",
  "docker.io/nginxinc/nginx-unprivileged*",
  "docker.io/jenkins/jenkins*",
  "docker.io/library/docker:*rootless*"
];
function referenceForms(expanded, registry, path2, tag) {
  let tagged = tag === null ? ":latest" : `:${tag}`, forms = [expanded, `${expanded.split("@")[0].replace(/:[^/:]*$/, "")}${tagged}`];
  if (registry)
    forms.push(`${registry}/${path2}${tagged}`, `${registry}/${path2}`);
  else {
    let p = path2.includes("/") ? path2 : `library/${path2}`;
    forms.push(`docker.io/${p}${tagged}`, `docker.io/${p}`);
  }
  return forms;
}
var user_not_root_default = {
  id: "user-not-root",
  description: "Switch the shipped image to a non-root USER",
  severity: "off",
  strict: "warning",
  related: [],
  messages: {
    neverSet: "No USER is set in the final stage or the stages it builds on, so the container runs as root unless base image '{{image}}' sets an unprivileged user; add 'USER <name or uid>' near the end, or list the image in the rule's 'rootlessImages' option"
  },
  options: {
    rootlessImages: {
      description: "Base images that already run as an unprivileged user (`*` matches anything; matched against the reference as written and as `registry/path:tag`, Docker Hub images as `docker.io/library/name:tag`)",
      default: DEFAULT_ROOTLESS_IMAGES,
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [
      `FROM node:22-slim
USER node
CMD ["node", "server.js"]`,
      `FROM gcr.io/distroless/static-debian12:nonroot
COPY app /app
ENTRYPOINT ["/app"]`
    ],
    invalid: [`FROM python:3.12-slim
COPY . /app
CMD ["python", "/app/main.py"]`]
  },
  differs: `dev container Dockerfiles (.devcontainer/) are skipped; new: hadolint's DL3002 only sees an explicit 'USER root'; this rule reports a shipped image that never leaves root (opt-in, on in the strict preset), skipping base images known to run unprivileged, images that install gosu/su-exec/setpriv to drop root in their entrypoint, base images (a shell or REPL command, or none of their own: root by design, images built on them set the USER), build tool images (CMD ["mvn"] or ["gradle"], root by design to write to any mounted workspace) and init systems (systemd, s6-overlay's /init), which start as root`,
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    let chain = shippedChain(model);
    if (!chain.length || chain.some((s) => s.instructions.some((i) => i.keyword === "USER")) || chain.some(
      (s) => s.instructions.some(
        (i) => (i.run?.commands ?? []).some((c) => c.words.some((w) => /(^|[\/\s])(gosu|su-exec|setpriv)(\s|$|[-_.])/.test(w.expanded ?? w.value))) || (i.keyword === "COPY" || i.keyword === "ADD") && /\b(gosu|su-exec)\b/.test(i.argsText.text)
      )
    )) return;
    let purpose = shippedCommand(model).purpose;
    if (purpose === "base" || purpose === "build-tool" || purpose === "init") return;
    let root = chain[chain.length - 1], img = root.image;
    if (!img.expanded || img.unresolved || img.stage || root.windows) return;
    if (!img.isScratch) {
      let forms = referenceForms(img.expanded, img.registry, img.path, img.tag), patterns = options.rootlessImages.map(globToRegExp);
      if (forms.some((f) => patterns.some((p) => p.test(f)))) return;
    }
    let target = chain[0];
    target.from.keyword === "FROM" && report({ messageId: "neverSet", data: { image: img.expanded }, span: { start: target.from.keywordSpan.start, end: target.from.keywordSpan.end } });
  }
};

// rules/user-numeric.ts
init_types();
function judgedUsers(model, everyUser) {
  if (everyUser) return model.instructions.filter((i) => i.stage && i.keyword === "USER" && i.args.length);
  for (let stage of shippedChain(model)) {
    let last = [...stage.instructions].reverse().find((i) => i.keyword === "USER" && i.args.length);
    if (last) return [last];
  }
  return [];
}
function userValue(model, ins, argVariablesOnly) {
  if (!argVariablesOnly) return expandedArgs(model, ins);
  let text = ins.args.map((a) => a.raw).join(" ");
  return findVarRefs(text, model.directives.escape).some((r) => ins.scope.get(r.name)?.kind === "arg") ? null : text;
}
var user_numeric_default = {
  id: "user-numeric",
  keywords: ["USER"],
  description: "Set the final USER as a numeric UID",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3066"],
  messages: {
    named: "USER '{{user}}' is a name; Kubernetes 'runAsNonRoot' can only verify a numeric UID, so write the UID (for example 'USER 10001{{group}}')"
  },
  options: {
    everyUser: {
      description: "Judge every USER in every stage, as hadolint's DL3066; by default only the USER the shipped image runs as",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    },
    argVariablesOnly: {
      description: "Accept a USER that names a build argument and judge any other variable as written (hadolint's DL3066: `ENV UID=1000` then `USER $UID` is reported); by default ARG and ENV values are expanded and the result judged",
      default: !1,
      hadolint: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM node:22-slim
USER 1000:1000`, `FROM node:22-slim
USER node
RUN npm ci
USER 1000`],
    invalid: [`FROM node:22-slim
USER node`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; off by default, info in the strict preset (hadolint: info, widely disabled); only the USER in effect for the shipped image is judged, after ARG/ENV expansion (the hadolint preset judges every USER and expands only build arguments, as hadolint: options everyUser, argVariablesOnly)",
  check({ model, options, report }) {
    if (!isDevContainer(model.path))
      for (let ins of judgedUsers(model, options.everyUser)) {
        if (ins.stage?.windows) continue;
        let value = userValue(model, ins, options.argVariablesOnly);
        if (value === null) continue;
        let [user, group] = value.trim().split(":");
        !user || /^\d+$/.test(user) || report({
          messageId: "named",
          data: { user: value.trim(), group: group === void 0 ? "" : ":10001" },
          span: { start: ins.args[0].start, end: ins.args[ins.args.length - 1].end }
        });
      }
  }
};

// rules/useradd-no-log-init.ts
init_types();
var VALUE_SHORT = "bcdefgGkKpRPsuU", useradd_no_log_init_default = {
  id: "useradd-no-log-init",
  keywords: ["RUN"],
  description: "Pass --no-log-init to useradd when the UID is large",
  severity: "warning",
  related: ["hadolint:DL3046"],
  messages: {
    logInit: "'useradd' with UID {{uid}} without '-l'/'--no-log-init' writes a sparse /var/log/lastlog and faillog sized by the UID, which the image layer stores at full size; add '--no-log-init'"
  },
  options: {
    minUid: {
      description: "Smallest UID that is reported (lastlog grows with the UID)",
      default: 1e5,
      schema: { type: "integer", minimum: 0 }
    }
  },
  examples: {
    valid: [`FROM debian:12
RUN useradd --no-log-init -u 1000001 app`, `FROM debian:12
RUN useradd -u 1000 app`],
    invalid: [`FROM debian:12
RUN useradd -u 1000001 app`]
  },
  differs: "also measures the UID in '--uid N', '--uid=N' and '-uN' forms and judges ARG/ENV values; numeric threshold (option minUid) instead of 'more than 5 characters'",
  fixable: !0,
  check({ model, options, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "useradd") continue;
        let args = commandArgs(cmd).slice(1), texts = args.map((a) => a.text);
        if (hasOption(texts, "l", ["--no-log-init"], VALUE_SHORT)) continue;
        let uid = null, uidText = "";
        for (let i = 0; i < args.length && !uid; i++) {
          let t = texts[i];
          if (t === "--") break;
          if (t === "--uid" || t === "-u")
            args[i + 1] && (uid = args[i + 1], uidText = uid.text);
          else if (t.startsWith("--uid="))
            uid = args[i], uidText = t.slice(6);
          else if (/^-[A-Za-z]+/.test(t) && !t.startsWith("--"))
            for (let j = 1; j < t.length; j++) {
              let c = t[j];
              if (c === "u") {
                uid = j + 1 < t.length ? args[i] : args[i + 1] ?? null, uidText = j + 1 < t.length ? t.slice(j + 1) : args[i + 1]?.text ?? "";
                break;
              }
              if (VALUE_SHORT.includes(c)) break;
            }
        }
        if (!uid || !uid.known || !/^\d+$/.test(uidText) || Number(uidText) < options.minUid) continue;
        let name = cmd.words[0];
        report({
          messageId: "logInit",
          data: { uid: uidText },
          span: { start: uid.word.start, end: uid.word.end },
          fix: [{ span: { start: name.end, end: name.end }, text: " --no-log-init" }]
        });
      }
  }
};

// rules/var-defined.ts
init_types();
init_names();
var EXEMPT = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE", ...PREDEFINED_ARGS]), var_defined_default = {
  id: "var-defined",
  description: "Declare variables with ARG or ENV before using them",
  severity: "warning",
  related: ["buildkit:UndefinedVar"],
  messages: {
    platformArg: "'${{name}}' is an automatic platform ARG, which is only visible inside a stage after 'ARG {{name}}'; add that line to the stage before using it",
    globalArg: "'${{name}}' is declared before the first FROM, and such ARGs are not visible inside a stage; add 'ARG {{name}}' to the stage before using it",
    usedBeforeDeclared: "'${{name}}' is used before it is declared on line {{line}}, so it {{effect}} here; move the declaration up",
    sameInstruction: "'${{name}}' is set by this same {{keyword}}, but its values are expanded with the variables from before it; set {{name}} in an earlier {{keyword}}",
    otherStage: "'${{name}}' is declared only in stage '{{stage}}', and variables do not cross stages; declare it in this stage too",
    typo: "'${{name}}' is not declared; did you mean '${{suggestion}}'?",
    undefined: "'${{name}}' is not declared and the stage is built on scratch, so it expands to an empty string; declare it with ARG or ENV"
  },
  options: {},
  examples: {
    valid: [
      `ARG VERSION=1.0
FROM alpine:3.20
ARG VERSION
LABEL version=$VERSION`,
      `FROM node:22
WORKDIR /app
ENV PATH=/app/node_modules/.bin:$PATH`
    ],
    invalid: [`ARG VERSION=1.0
FROM alpine:3.20
LABEL version=$VERSION`, "FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /app"]
  },
  differs: "BuildKit knows the base image's ENV; dflint does not, so it reports only variables that are certainly wrong: platform ARGs and global ARGs not re-declared in the stage (always), and, when the base is scratch or an official Docker Hub image, use before declaration, a name set by the same ENV, variables of other stages and likely typos, plus (on scratch) anything undeclared. Names base images commonly define (PATH, HOME, NODE_VERSION on node, ...) are never reported",
  check({ model, report }) {
    let escape2 = model.directives.escape, globalNames = /* @__PURE__ */ new Set();
    for (let ins of model.globalArgs) for (let kv of parseKeyValues(ins.args, !0)) kv.key && globalNames.add(kv.key);
    let decls = /* @__PURE__ */ new Map(), allNames = new Set(globalNames);
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (!(ins.keyword !== "ARG" && ins.keyword !== "ENV"))
          for (let kv of parseKeyValues(ins.args, ins.keyword === "ARG")) {
            if (!kv.key) continue;
            allNames.add(kv.key);
            let list2 = decls.get(kv.key) ?? [];
            list2.push({ name: kv.key, ins, stage }), decls.set(kv.key, list2);
          }
    let isAncestor = (a, b) => {
      for (let s = b; s; s = s.parent) if (s === a) return !0;
      return !1;
    }, judge2 = (ins, stage, ref, scope, sameKeys) => {
      let name = ref.name;
      if (scope.has(name) || EXEMPT.has(name) || name.startsWith("BUILDKIT_")) return;
      let span = { start: ref.start, end: ref.end };
      if (PLATFORM_ARGS.includes(name)) {
        report({ messageId: "platformArg", data: { name }, span });
        return;
      }
      let scratch2 = onScratch(stage);
      if (!scratch2 && imageMayDefine(stage, name)) return;
      let own = sameKeys.get(name);
      if (own && ref.start >= own[0].start && ref.end <= own[0].end) {
        scratch2 && !ref.guarded && report({ messageId: "undefined", data: { name }, span });
        return;
      }
      if (globalNames.has(name) && !own) {
        report({ messageId: "globalArg", data: { name }, span });
        return;
      }
      if (!baseEnvKnown(stage)) return;
      if (own) {
        report({ messageId: "sameInstruction", data: { name, keyword: ins.keyword }, span });
        return;
      }
      let list2 = decls.get(name) ?? [], later = list2.find((d) => d.stage === stage && d.ins.index > ins.index);
      if (later) {
        report({ messageId: "usedBeforeDeclared", data: { name, line: later.ins.line, effect: unsetEffect(ref) }, span });
        return;
      }
      let other = list2.find((d) => d.stage && d.stage !== stage && !isAncestor(d.stage, stage));
      if (other) {
        report({ messageId: "otherStage", data: { name, stage: other.stage.nameRaw ?? String(other.stage.index) }, span });
        return;
      }
      if (!allNames.has(name)) {
        let suggestion = likelyTypo(name, new Set([...scope.keys()].filter((k) => scope.get(k).kind !== "builtin" || k === "PATH")));
        if (suggestion) {
          report({ messageId: "typo", data: { name, suggestion }, span });
          return;
        }
      }
      scratch2 && !ref.guarded && report({ messageId: "undefined", data: { name }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        ins.keyword !== "FROM" && checkInstruction(model, ins, escape2, (ref, scope, sameKeys) => judge2(ins, stage, ref, scope, sameKeys));
  }
}, NO_KEYS = /* @__PURE__ */ new Map();
function checkInstruction(model, ins, escape2, visit) {
  let t = ins.argsText, words4 = (scope) => {
    for (let w of ins.args) for (let r of varRefsInSpan(t, w, escape2)) visit(r, scope, NO_KEYS);
  };
  switch (ins.keyword) {
    case "ADD":
    case "COPY": {
      for (let f of ins.flags)
        if (!(!["chown", "chmod", "checksum"].includes(f.name) || f.value === null))
          for (let r of varRefsInSpan(t, f.valueSpan, escape2)) visit(r, ins.scope, NO_KEYS);
      if (ins.json)
        for (let span of ins.json.spans) for (let r of varRefsInSource(model.text, span, escape2)) visit(r, ins.scope, NO_KEYS);
      else
        for (let w of ins.args)
          if (!/^<<-?["']?[A-Za-z0-9_.-]+["']?$/.test(w.raw))
            for (let r of varRefsInSpan(t, w, escape2)) visit(r, ins.scope, NO_KEYS);
      for (let h of ins.heredocs)
        if (!h.quoted)
          for (let r of varRefsInSource(model.text, h.bodySpan, "\\", !1)) visit(r, ins.scope, NO_KEYS);
      break;
    }
    case "ENV":
    case "LABEL": {
      let keys = /* @__PURE__ */ new Map();
      if (ins.keyword === "ENV")
        for (let kv of parseKeyValues(ins, !1)) {
          if (!kv.key) continue;
          let list2 = keys.get(kv.key) ?? [];
          list2.push({ start: kv.keySpan.start, end: kv.valueSpan?.end ?? kv.keySpan.end }), keys.set(kv.key, list2);
        }
      for (let w of ins.args) for (let r of varRefsInSpan(t, w, escape2)) visit(r, ins.scope, keys);
      break;
    }
    case "STOPSIGNAL":
    case "USER":
    case "WORKDIR":
    case "VOLUME":
      if (ins.keyword === "VOLUME" && ins.json)
        for (let span of ins.json.spans) for (let r of varRefsInSource(model.text, span, escape2)) visit(r, ins.scope, NO_KEYS);
      else words4(ins.scope);
      break;
    case "ARG": {
      let scope = ins.scope;
      for (let kv of parseKeyValues(ins, !0)) {
        if (kv.valueSpan && !model.buildArgs.has(kv.key))
          for (let r of varRefsInSpan(t, kv.valueSpan, escape2)) visit(r, scope, NO_KEYS);
        kv.key && !scope.has(kv.key) && (scope = withBinding(scope, kv.key, { name: kv.key, value: void 0, kind: "arg", declaredBy: ins }));
      }
      break;
    }
    case "RUN":
      for (let m of ins.run?.mounts ?? []) for (let r of varRefsInSpan(t, m.span, escape2)) visit(r, ins.scope, NO_KEYS);
      break;
  }
}

// rules/wget-progress.ts
init_types();
var VALUE_SHORT2 = "oaeiBOPTtwQUlADIXRY", wget_progress_default = {
  id: "wget-progress",
  keywords: ["RUN"],
  description: "Limit wget's progress output in RUN",
  severity: "info",
  related: ["hadolint:DL3047"],
  messages: {
    progress: "'wget' without a progress option prints a progress line for every few kilobytes into the build log; add '--progress=dot:giga' (GNU wget) or '-q' (BusyBox wget)"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN wget --progress=dot:giga https://example.com/a.tgz`, `FROM alpine:3.20
RUN wget -qO- https://example.com/a.sh | sh`],
    invalid: [`FROM debian:12
RUN wget https://example.com/a.tgz`]
  },
  differs: "understands option clusters such as '-qO-' and '-nv', and skips wget calls that print only their version or help",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "wget") continue;
        let args = commandArgs(cmd).slice(1);
        if (args.some((a) => !a.known && a.text.startsWith("$"))) continue;
        let texts = args.map((a) => a.text);
        if (texts.some((t) => t === "-nv" || t === "-V" || t === "-h" || t === "--version" || t === "--help") || hasOption(texts, "q", ["--quiet", "--progress", "--no-verbose", "--output-file", "--append-output"], VALUE_SHORT2) || hasOption(texts, "o", [], VALUE_SHORT2) || hasOption(texts, "a", [], VALUE_SHORT2) || texts.length === 0) continue;
        let w = cmd.words[0];
        report({ messageId: "progress", span: { start: w.start, end: w.end } });
      }
  }
};

// rules/workdir-absolute.ts
init_types();
var ROOT_WORKDIR_IMAGES = /* @__PURE__ */ new Set(["alpine", "debian", "ubuntu", "busybox", "fedora", "centos", "python", "node"]);
function startsAtRoot(stage) {
  let s = stage;
  for (; s.parent; ) s = s.parent;
  let img = s.image;
  return img.isScratch ? !0 : img.unresolved || img.registry !== null && img.registry !== "docker.io" ? !1 : ROOT_WORKDIR_IMAGES.has(img.path.replace(/^library\//, ""));
}
var IMAGE_WORKDIRS = { golang: "/go", php: "/var/www/html", tomcat: "/usr/local/tomcat", wordpress: "/var/www/html", drupal: "/opt/drupal/web", ghost: "/var/lib/ghost" };
function baseWorkdir(stage) {
  if (startsAtRoot(stage)) return "/";
  let s = stage;
  for (; s.parent; ) s = s.parent;
  let img = s.image;
  return img.unresolved || img.registry !== null && img.registry !== "docker.io" ? null : IMAGE_WORKDIRS[img.path.replace(/^library\//, "")] ?? null;
}
var workdir_absolute_default = {
  id: "workdir-absolute",
  keywords: ["WORKDIR"],
  description: "Make the first WORKDIR of a stage an absolute path",
  severity: "warning",
  related: ["hadolint:DL3000", "buildkit:WorkdirRelativePath"],
  messages: {
    relative: "WORKDIR '{{path}}' is relative and no absolute WORKDIR comes before it, so it depends on the base image's working directory; use an absolute path such as '{{absolute}}'",
    relativeAfterAbsolute: "WORKDIR '{{path}}' is relative, so the folder it names depends on the WORKDIR before it; write the absolute path"
  },
  options: {
    acceptAfterAbsolute: {
      description: "Accept a relative WORKDIR after an absolute one in the stage or a stage it builds on, as BuildKit does; false reports every relative WORKDIR, as hadolint's DL3000",
      default: !0,
      hadolint: !1,
      schema: { type: "boolean" }
    }
  },
  fixable: !0,
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
WORKDIR /app
WORKDIR src`, `FROM alpine:3.20
ENV APP=/srv
WORKDIR $APP`],
    invalid: [`FROM alpine:3.20
WORKDIR app`]
  },
  differs: "hadolint flags every relative WORKDIR (so does the hadolint preset: option acceptAfterAbsolute); dflint, like BuildKit, accepts a relative one after an absolute WORKDIR in the stage or its parent",
  check({ model, options, report }) {
    let hasAbsolute = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasAbsolute.get(stage.parent) ?? !1 : !1;
      for (let ins of stage.instructions) {
        if (ins.keyword !== "WORKDIR" || !ins.args.length) continue;
        let raw = ins.args.map((a) => a.raw).join(" "), r = model.expand(raw, ins.scope);
        if (r.unresolved) {
          set = !0;
          continue;
        }
        if (isAbsolutePath(r.value, stage.windows)) set = !0;
        else if (set && !options.acceptAfterAbsolute)
          report({ messageId: "relativeAfterAbsolute", data: { path: r.value }, span: { start: ins.args[0].start, end: ins.args[ins.args.length - 1].end } });
        else if (!set) {
          let span = { start: ins.args[0].start, end: ins.args[ins.args.length - 1].end }, fix = ins.args.length === 1 && raw === r.value && !raw.startsWith("..") && /^[\w.\-/]+$/.test(raw) && startsAtRoot(stage) ? [{ span, text: "/" + raw.replace(/^(\.\/)+/, "") }] : void 0, base = baseWorkdir(stage), absolute = `${base === "/" ? "" : base ?? "/<base workdir>"}/${r.value.replace(/^(\.\/)+/, "")}`;
          report({ messageId: "relative", data: { path: r.value, absolute }, span, ...fix ? { fix } : {} }), set = !0;
        }
      }
      hasAbsolute.set(stage, set);
    }
  }
};

// rules/yarn-cache-clean.ts
init_types();
var YARN_CACHE = /(^|\/)(\.cache\/yarn|\.yarn\/berry\/cache|\.yarn-cache|yarn-cache)(\/|$)/, BERRY_OPTIONS = /* @__PURE__ */ new Set(["--immutable", "--immutable-cache", "--check-cache", "--mode", "--refresh-lockfile"]);
function isYarnInstall(cmd) {
  if (cmd.name !== "yarn") return !1;
  let args = commandArgs(cmd).slice(1).map((a) => a.text), sub = args.find((a) => !a.startsWith("-"));
  return sub !== void 0 && sub !== "install" || args.some((a) => /^(-v|-V|-h|--version|--help)$/.test(a)) ? !1 : !args.some((a) => BERRY_OPTIONS.has(a.split("=")[0]));
}
function cleansAfter(cmds, from, cacheDir) {
  for (let i = from + 1; i < cmds.length; i++) {
    let c = cmds[i], words4 = c.words.map((w) => w.expanded ?? w.value);
    if (c.name === "yarn" && words4[1] === "cache" && words4[2] === "clean" || c.name === "rm" && words4.slice(1).some((w) => YARN_CACHE.test(w) || /yarn\s+cache\s+dir/.test(w) || cacheDir !== null && w.replace(/\/\*?$/, "") === cacheDir.replace(/\/$/, "")))
      return !0;
  }
  return !1;
}
var yarn_cache_clean_default = {
  id: "yarn-cache-clean",
  keywords: ["RUN"],
  description: "Clean the yarn cache in the RUN that runs yarn install",
  severity: "info",
  related: ["hadolint:DL3060"],
  messages: {
    clean: "'yarn install' leaves yarn's package cache in the image layer; end the same RUN with '&& yarn cache clean', or use 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn'"
  },
  options: {},
  examples: {
    valid: [`FROM node:22-alpine
RUN yarn install --frozen-lockfile && yarn cache clean`],
    invalid: [`FROM node:22-alpine
RUN yarn install --frozen-lockfile`]
  },
  differs: "checks only stages that ship (not builder stages read through COPY --from); accepts 'rm -rf' of the cache folder and a cache mount on YARN_CACHE_FOLDER; skips Yarn 2+ installs ('--immutable'), whose project cache Plug'n'Play may need",
  check({ model, report }) {
    let shipping = shippedStages(model);
    for (let { ins, onbuild } of runSites(model)) {
      if (!onbuild && ins.stage && !shipping.has(ins.stage)) continue;
      let cmds = ins.run.commands, targets = cacheMountTargets(ins);
      cmds.forEach((cmd, i) => {
        if (!isYarnInstall(cmd)) return;
        let args = commandArgs(cmd).map((a) => a.text), ci = args.findIndex((a) => a === "--cache-folder" || a.startsWith("--cache-folder=")), cacheDir = ci !== -1 ? args[ci].includes("=") ? args[ci].slice(15) : args[ci + 1] ?? null : ins.scope.get("YARN_CACHE_FOLDER")?.value ?? null;
        targets.some((t) => YARN_CACHE.test(t) || cacheDir !== null && cacheDir.replace(/\/$/, "").startsWith(t.replace(/\/$/, ""))) || cleansAfter(cmds, i, cacheDir) || report({ messageId: "clean", span: { start: cmd.start, end: cmd.end } });
      });
    }
  }
};

// rules/yum-assume-yes.ts
init_types();
var yum_assume_yes_default = {
  id: "yum-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to yum commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3030"],
  messages: {
    missingYes: "'yum {{action}}' asks 'Is this ok [y/N]' and aborts the build when no terminal answers; add '-y'"
  },
  options: {},
  examples: {
    valid: [`FROM centos:7
RUN yum install -y httpd && yum clean all`],
    invalid: [`FROM centos:7
RUN yum install httpd && yum clean all`]
  },
  fixable: !0,
  differs: "also checks remove/update/upgrade and group/module actions (they prompt too), accepts --setopt=assumeyes=1; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "yum") continue;
        let action = rpmAction(pc);
        if (!action || !RPM_PROMPTS.has(action) || pc.hasUnknown || rpmAssumesYes(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "missingYes", data: { action }, span: commandHead(pc), fix: insertAfter(r.run, rpmActionEnd(pc), " -y") });
      }
  }
};

// rules/yum-clean-all.ts
init_types();
var yum_clean_all_default = {
  id: "yum-clean-all",
  keywords: ["RUN"],
  description: "Run 'yum clean all' in the RUN that installs packages with yum",
  severity: "warning",
  related: ["hadolint:DL3032"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the yum cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'"
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint
  },
  examples: {
    valid: [
      `FROM centos:7
RUN yum install -y httpd && yum clean all`,
      `FROM centos:7 AS build
RUN yum install -y gcc
FROM centos:7
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM centos:7
RUN yum install -y httpd`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    let { model } = ctx;
    for (let r of judgedRunPackages(ctx)) {
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => pc2.tool === "yum" && RPM_INSTALLS.has(rpmAction(pc2) ?? ""),
        (pc2) => (pc2.tool === "yum" || pc2.tool === "dnf" || pc2.tool === "microdnf") && pc2.sub === "clean",
        RPM_CACHES
      );
      if (!pc) continue;
      let cache2 = pc.tool === "yum" || pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc), cache: cache2 }, span: commandHead(pc) });
    }
  }
};

// rules/yum-packages-pinned.ts
init_types();
var yum_packages_pinned_default = {
  id: "yum-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with yum",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3033"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}-<version>'",
    moduleStream: "Module '{{pkg}}' is installed without a stream; pin it as '{{pkg}}:<stream>'"
  },
  options: {
    ignorePackages: ignorePackages()
  },
  examples: {
    valid: [`FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`],
    invalid: [`FROM centos:7
RUN yum install -y httpd && yum clean all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot when repositories drop old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (pc.tool !== "yum") continue;
        let action = rpmAction(pc), module = action === "module install";
        if (!(action !== "install" && action !== "in" && !module))
          for (let t of pc.operands.slice(module ? 1 : 0))
            t.text === null || ctx.options.ignorePackages.includes(t.text) || (module ? t.text.includes(":") || t.text.startsWith("/") : rpmPinned(t.text)) || ctx.report({ messageId: module ? "moduleStream" : "unpinned", data: { pkg: t.text }, span: t.word });
      }
  }
};

// rules/zypper-clean.ts
init_types();
var INSTALLS = /* @__PURE__ */ new Set(["install", "in", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si", "install-new-recommends", "inr"]), zypper_clean_default = {
  id: "zypper-clean",
  keywords: ["RUN"],
  description: "Run 'zypper clean' in the RUN that installs packages with zypper",
  severity: "warning",
  related: ["hadolint:DL3036"],
  messages: {
    notCleaned: "'zypper {{sub}}' leaves repository metadata and packages in /var/cache/zypp in this layer; end this RUN with '&& zypper clean --all', or use '--mount=type=cache,target=/var/cache/zypp'"
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint
  },
  examples: {
    valid: [
      `FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`,
      `FROM opensuse/leap:15.6 AS build
RUN zypper -n install gcc
FROM opensuse/leap:15.6
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage), also after update, dist-upgrade and patch (they fill the cache too), and accepts an rm of /var/cache/zypp after the install",
  check(ctx) {
    let { model } = ctx;
    for (let r of judgedRunPackages(ctx)) {
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => pc2.tool === "zypper" && INSTALLS.has(pc2.sub ?? ""),
        (pc2) => pc2.tool === "zypper" && (pc2.sub === "clean" || pc2.sub === "cc"),
        ["/var/cache/zypp"]
      );
      pc && ctx.report({ messageId: "notCleaned", data: { sub: pc.sub }, span: commandHead(pc) });
    }
  }
};

// rules/zypper-no-dist-upgrade.ts
init_types();
function baseImage(stage) {
  let seen = /* @__PURE__ */ new Set(), s = stage;
  for (; s && s.parent && !seen.has(s); )
    seen.add(s), s = s.parent;
  return s ? s.image.expanded.toLowerCase() : "";
}
var zypper_no_dist_upgrade_default = {
  id: "zypper-no-dist-upgrade",
  keywords: ["RUN"],
  description: "Do not run zypper dist-upgrade in an image build",
  severity: "warning",
  related: ["hadolint:DL3035"],
  messages: {
    distUpgrade: "'zypper {{sub}}' may move the image to a new distribution release and makes builds unrepeatable; use a newer base image, or 'zypper update' / 'zypper patch'"
  },
  options: {},
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive patch && zypper clean --all`, `FROM opensuse/tumbleweed
RUN zypper --non-interactive dup && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive dist-upgrade && zypper clean --all`]
  },
  differs: "points at the subcommand and accepts it on openSUSE Tumbleweed, where 'zypper dup' is the documented way to update",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        pc.tool !== "zypper" || pc.sub !== "dist-upgrade" && pc.sub !== "dup" || baseImage(r.stage).includes("tumbleweed") || ctx.report({ messageId: "distUpgrade", data: { sub: pc.sub }, span: pc.subcommand.word });
  }
};

// rules/zypper-non-interactive.ts
init_types();
var PROMPTING2 = /* @__PURE__ */ new Set(["install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup", "install-new-recommends", "inr", "verify", "ve"]), zypper_non_interactive_default = {
  id: "zypper-non-interactive",
  keywords: ["RUN"],
  description: "Run zypper non-interactively in RUN",
  severity: "warning",
  related: ["hadolint:DL3034"],
  messages: {
    interactive: "'zypper {{sub}}' asks for confirmation and aborts the build when no terminal answers; add '--non-interactive' after 'zypper' (or '-y' after '{{sub}}')"
  },
  options: {},
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper install curl && zypper clean --all`]
  },
  fixable: !0,
  differs: "also checks update/up, dist-upgrade/dup, install-new-recommends and verify (they prompt too); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "zypper" || !pc.sub || !PROMPTING2.has(pc.sub) || pc.hasUnknown || zypperNonInteractive(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "interactive", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.toolWord, " --non-interactive") });
      }
  }
};

// rules/zypper-packages-pinned.ts
init_types();
function pinned3(pkg) {
  return /[=<>]/.test(pkg) || pkg.endsWith(".rpm") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.includes("://");
}
var zypper_packages_pinned_default = {
  id: "zypper-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with zypper",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3037"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}>=<version>'"
  },
  options: {
    ignorePackages: ignorePackages()
  },
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install 'curl>=8' && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot; judges packages after ARG/ENV expansion and skips patterns and products (-t pattern)",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "zypper" || pc.sub !== "install" && pc.sub !== "in") && !pc.options.some((o) => (o.name === "-t" || o.name === "--type") && o.value !== "package"))
          for (let t of pc.operands)
            t.text === null || pinned3(t.text) || /^(pattern|product|patch|srcpackage):/.test(t.text) || ctx.options.ignorePackages.includes(t.text) || ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/index.ts
var rules = [
  add_remote_unpinned_default,
  add_use_copy_default,
  apk_no_cache_default,
  apk_packages_pinned_default,
  apt_get_assume_yes_default,
  apt_get_no_recommends_default,
  apt_get_packages_pinned_default,
  apt_lists_removed_default,
  arg_env_no_secret_default,
  arg_volatile_early_default,
  build_arg_required_unset_default,
  build_arg_undeclared_default,
  build_target_missing_default,
  cmd_exec_form_default,
  continuation_not_empty_default,
  context_secret_baked_default,
  copy_archive_use_add_default,
  copy_context_unignored_default,
  copy_from_root_default,
  copy_from_self_default,
  copy_from_stage_default,
  copy_manifests_first_default,
  copy_multi_source_dest_default,
  copy_relative_dest_default,
  copy_source_not_ignored_default,
  definition_description_format_default,
  dnf_assume_yes_default,
  dockerignore_pattern_unused_default,
  dnf_clean_all_default,
  dnf_packages_pinned_default,
  download_tool_consistent_default,
  env_same_instruction_ref_default,
  expose_format_valid_default,
  expose_port_range_default,
  expose_proto_lowercase_default,
  from_arg_default_valid_default,
  from_arg_defined_default,
  from_as_casing_default,
  from_image_eol_default,
  from_image_pinned_default,
  from_platform_constant_default,
  from_platform_redundant_default,
  gem_packages_pinned_default,
  go_install_pinned_default,
  healthcheck_required_default,
  image_trusted_registry_default,
  inline_ignore_disallowed_default,
  instruction_casing_consistent_default,
  instruction_once_per_stage_default,
  key_value_equals_default,
  label_key_format_default,
  label_schema_default,
  maintainer_deprecated_default,
  npm_packages_pinned_default,
  onbuild_valid_instruction_default,
  pip_no_cache_dir_default,
  pip_packages_pinned_default,
  run_cleanup_later_layer_default,
  run_consolidate_default,
  run_no_apt_default,
  run_no_cd_default,
  run_no_runtime_commands_default,
  run_no_sh_symlink_default,
  run_no_sudo_default,
  run_pipefail_default,
  run_redundant_mkdir_default,
  run_shellcheck_default,
  run_stale_update_default,
  stage_name_casing_default,
  stage_name_reserved_default,
  stage_name_unique_default,
  syntax_valid_default,
  user_last_not_root_default,
  user_not_root_default,
  user_numeric_default,
  useradd_no_log_init_default,
  var_defined_default,
  wget_progress_default,
  workdir_absolute_default,
  yarn_cache_clean_default,
  yum_assume_yes_default,
  yum_clean_all_default,
  yum_packages_pinned_default,
  zypper_clean_default,
  zypper_no_dist_upgrade_default,
  zypper_non_interactive_default,
  zypper_packages_pinned_default
];

// src/cli/lint-files.ts
init_errors();
init_read();

// src/config/defaults.ts
var cache = /* @__PURE__ */ new Map();
function defaultConfig(rules2, preset = "recommended") {
  let resolved2 = cache.get(preset);
  if (!resolved2) {
    resolved2 = {};
    for (let rule of rules2) {
      let options = {};
      for (let [name, spec] of Object.entries(rule.options ?? {})) options[name] = structuredClone(spec.default);
      resolved2[rule.id] = { severity: preset === "strict" ? rule.strict ?? rule.severity : rule.severity, options };
    }
    cache.set(preset, resolved2);
  }
  return {
    rules: resolved2,
    settings: { contextDir: null, trustedRegistries: [], labelSchema: {}, strictLabels: !1, shellcheck: !1 },
    inlineIgnores: !0,
    source: "default"
  };
}

// src/cli/lint-files.ts
init_find();

// src/engine/dispatch.ts
var EMPTY2 = Object.freeze([]);
function keywordIndex(model) {
  let index = model.keywordIndex;
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  let add = (keyword, ins) => {
    let list2 = index.get(keyword);
    list2 ? list2.push(ins) : index.set(keyword, [ins]);
  };
  for (let ins of model.instructions)
    add(ins.keyword, ins), ins.onbuild && add(ins.onbuild.keyword, ins.onbuild);
  return model.keywordIndex = index, index;
}
function ruleApplies(keywords, index) {
  if (!keywords) return !0;
  for (let k of keywords) if (index.has(k)) return !0;
  return !1;
}

// src/engine/pragmas.ts
var BUILDKIT_EXPERIMENTAL = /* @__PURE__ */ new Set(["buildkit:InvalidDefinitionDescription"]), BUILDKIT_FILE_LEVEL = /* @__PURE__ */ new Set([
  "buildkit:NoEmptyContinuation",
  "buildkit:ReservedStageName",
  "buildkit:DuplicateStageName",
  "buildkit:ConsistentInstructionCasing",
  "buildkit:InvalidDefaultArgInFrom",
  "buildkit:InvalidBaseImagePlatform"
]), DFLINT_IGNORE = /^dflint-ignore:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, DFLINT_IGNORE_FILE = /^dflint-ignore-file:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, HADOLINT_PRAGMA = /^[ \t]*hadolint[ \t]+(?:(stage|global)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/, DIRECTIVE_COMMENT = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
function ids(list2) {
  return list2.split(",").map((s) => s.trim()).filter(Boolean);
}
function parseHadolintPragma(text) {
  let m = HADOLINT_PRAGMA.exec(text);
  return m ? { scope: m[1] ?? "line", codes: m[2].split(",").map((s) => s.trim()) } : null;
}
var GO_BOOL = { 1: !0, t: !0, T: !0, TRUE: !0, true: !0, True: !0, 0: !1, f: !1, F: !1, FALSE: !1, false: !1, False: !1 };
function parseCheckOptions(value) {
  let out = { skipAll: !1, skip: /* @__PURE__ */ new Set(), error: !1, experimentalAll: !1, experimental: /* @__PURE__ */ new Set() }, s = value.trim();
  if (!s) return out;
  let first = s.indexOf(";"), second = first === -1 ? -1 : s.indexOf(";", first + 1), parts = first === -1 ? [s] : second === -1 ? [s.slice(0, first), s.slice(first + 1)] : [s.slice(0, first), s.slice(first + 1, second), s.slice(second + 1)];
  for (let p of parts) {
    let eq = p.indexOf("=");
    if (eq === -1) return null;
    let k = p.slice(0, eq).trim(), v = p.slice(eq + 1).trim();
    if (k === "skip")
      v === "all" ? out.skipAll = !0 : out.skip = new Set(v.split(",").map((r) => r.trim()));
    else if (k === "experimental")
      v === "all" ? out.experimentalAll = !0 : out.experimental = new Set(v.split(",").map((r) => r.trim()));
    else if (k === "error") {
      if (!(v in GO_BOOL)) return null;
      out.error = GO_BOOL[v];
    } else return null;
  }
  return out;
}
function optionText(value) {
  let sp = value.indexOf(" ");
  return sp === -1 ? value : value.slice(0, sp);
}
function fileCheckOptions(model) {
  let fromArg = model.buildArgs.get("BUILDKIT_DOCKERFILE_CHECK"), raw = fromArg !== void 0 ? fromArg : model.directives.check !== null ? optionText(model.directives.check) : "";
  return parseCheckOptions(raw) ?? parseCheckOptions("");
}
function buildkitComments(model) {
  let out = /* @__PURE__ */ new Map(), directiveEnd = Math.max(0, ...Object.values(model.directives.spans).map((sp) => sp.end)), k = 0, pending = [];
  for (let ins of model.instructions) {
    for (; k < model.comments.length && model.comments[k].line < ins.line; ) {
      let c = model.comments[k++];
      c.span.start < directiveEnd || (c.text === "" ? pending = [] : pending.push(c.text));
    }
    for (pending.length && out.set(ins.index, pending), pending = []; k < model.comments.length && model.comments[k].line <= ins.endLine; ) k++;
  }
  return out;
}
function checkFromComments(comments) {
  for (let c of comments) {
    let m = DIRECTIVE_COMMENT.exec(c);
    if (!(!m || m[1].toLowerCase() !== "check"))
      return parseCheckOptions(optionText(m[2]));
  }
  return null;
}
function collectSuppressions(model, inline) {
  let check = fileCheckOptions(model), s = {
    file: /* @__PURE__ */ new Set(),
    byInstruction: /* @__PURE__ */ new Map(),
    stages: [],
    check,
    checkByInstruction: /* @__PURE__ */ new Map(),
    buildkitError: check.error
  };
  if (!inline) return s;
  for (let c of model.comments) {
    let m = DFLINT_IGNORE_FILE.exec(c.text);
    if (m) for (let id of ids(m[1])) s.file.add(id);
    let h = parseHadolintPragma(c.text);
    if (h?.scope === "global") for (let code of h.codes) s.file.add(`hadolint:${code}`);
    h?.scope === "stage" && s.stages.push({ line: c.line + 1, codes: new Set(h.codes.map((code) => `hadolint:${code}`)) });
  }
  let keyed = new Set(s.stages.map((st) => st.line));
  for (let ins of model.instructions)
    ins.keyword === "FROM" && !keyed.has(ins.line) && s.stages.push({ line: ins.line, codes: /* @__PURE__ */ new Set() });
  s.stages.sort((a, b) => a.line - b.line);
  let bkComments = buildkitComments(model);
  for (let ins of model.instructions) {
    let set = /* @__PURE__ */ new Set();
    for (let c of ins.commentsAbove) {
      let m = DFLINT_IGNORE.exec(c.text);
      if (m) for (let id of ids(m[1])) set.add(id);
      let h = c.line === ins.line - 1 ? parseHadolintPragma(c.text) : null;
      if (h?.scope === "line") for (let code of h.codes) set.add(`hadolint:${code}`);
    }
    set.size && s.byInstruction.set(ins.index, set);
    let opts = checkFromComments(bkComments.get(ins.index) ?? []);
    opts && s.checkByInstruction.set(ins.index, opts);
  }
  return s;
}
function enablesExperimental(opts, code) {
  return opts.experimentalAll || opts.experimental.has(code.slice(9));
}
function experimentalScope(s, related) {
  let codes = related.filter((r) => BUILDKIT_EXPERIMENTAL.has(r));
  if (!codes.length) return null;
  if (codes.some((c) => enablesExperimental(s.check, c))) return "file";
  for (let opts of s.checkByInstruction.values()) if (codes.some((c) => enablesExperimental(opts, c))) return "some";
  return null;
}
function experimentalOnAt(s, related, ins) {
  let own = ins ? s.checkByInstruction.get(ins.index) : void 0;
  return !!own && related.some((r) => BUILDKIT_EXPERIMENTAL.has(r) && enablesExperimental(own, r));
}
function buildkitSkipped(opts, code) {
  return opts.skipAll || opts.skip.has(code.slice(9));
}
function isSuppressed(s, ruleId, related, ins) {
  let buildkit = related.filter((r) => r.startsWith("buildkit:") && !BUILDKIT_EXPERIMENTAL.has(r));
  if (buildkit.length) {
    let own = ins ? s.checkByInstruction.get(ins.index) : void 0;
    if (buildkit.some((r) => buildkitSkipped(s.check, r) || own && !BUILDKIT_FILE_LEVEL.has(r) && buildkitSkipped(own, r))) return !0;
  }
  let hit = (set2) => set2.has(ruleId) || set2.has("all") || related.some((r) => set2.has(r));
  if (hit(s.file)) return !0;
  if (!ins) return !1;
  let set = s.byInstruction.get(ins.index);
  if (set && hit(set)) return !0;
  let scope = stageScopeAt(s.stages, ins.line);
  return scope !== null && scope.size > 0 && hit(scope);
}
function stageScopeAt(stages, line) {
  let lo = 0, hi = stages.length - 1, found = null;
  for (; lo <= hi; ) {
    let mid = lo + hi >> 1;
    stages[mid].line < line ? (found = stages[mid].codes, lo = mid + 1) : hi = mid - 1;
  }
  return found;
}

// src/engine/linter.ts
init_types();
function formatMessage(template, data) {
  return data ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data ? String(data[k]) : m) : template;
}
function instructionAt(model, offset) {
  let list2 = model.instructions, lo = 0, hi = list2.length - 1, found = null;
  for (; lo <= hi; ) {
    let mid = lo + hi >> 1, ins = list2[mid];
    ins.start <= offset ? (found = ins, lo = mid + 1) : hi = mid - 1;
  }
  return found && offset <= found.end, found;
}
function toProblem(model, rule, severity, messageId, message, span) {
  let a = model.lines.position(span.start), b = model.lines.position(Math.max(span.end, span.start));
  return {
    ruleId: rule.id,
    related: rule.related,
    severity,
    message,
    messageId,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    span
  };
}
var plans = /* @__PURE__ */ new WeakMap();
function planFor(rules2, configRules) {
  let byConfig = plans.get(rules2);
  byConfig || plans.set(rules2, byConfig = /* @__PURE__ */ new WeakMap());
  let plan = byConfig.get(configRules);
  if (plan) return plan;
  plan = [];
  for (let rule of rules2) {
    let rc = configRules[rule.id], severity = rc?.severity ?? rule.severity;
    severity === "off" && rule.severity !== "off" || plan.push({ rule, severity, options: optionsFor(rule, rc?.options), isBuildkit: rule.related.some((r) => r.startsWith("buildkit:")) });
  }
  return byConfig.set(configRules, plan), plan;
}
function lintModel(model, rules2, config) {
  let problems = [], suppressions = collectSuppressions(model, config.inlineIgnores);
  for (let code of config.ignoreCodes ?? []) suppressions.file.add(code);
  let factCache = /* @__PURE__ */ new Map(), facts = {
    get(key2, compute) {
      return factCache.has(key2) || factCache.set(key2, compute()), factCache.get(key2);
    }
  }, index = keywordIndex(model), rule = rules2[0], effective = "error", onlyWhereEnabled = !1, context = {
    model,
    options: {},
    settings: config.settings,
    facts,
    report(d) {
      let ins = instructionAt(model, d.ignoreAt ?? d.span.start), related = d.related ?? rule.related;
      if (onlyWhereEnabled && !experimentalOnAt(suppressions, related, ins) || isSuppressed(suppressions, rule.id, related, ins)) return;
      let relayed = d;
      if (relayed.ruleId && isSuppressed(suppressions, relayed.ruleId, relayed.related ?? [], ins)) return;
      let template = rule.messages[d.messageId] ?? d.messageId, p = toProblem(model, { id: rule.id, related }, effective, d.messageId, formatMessage(template, d.data), d.span);
      if (d.ignoreAt !== void 0 && (p.ignoreAt = d.ignoreAt), relayed.ruleId && (p.ruleId = relayed.ruleId, p.related = relayed.related ?? [], relayed.severity && SEVERITY_RANK[relayed.severity] < SEVERITY_RANK[effective] && (p.severity = relayed.severity)), d.fix) {
        let fix = Array.isArray(d.fix) ? { kind: "safe", edits: d.fix } : d.fix;
        fix.edits.length && (p.fix = fix);
      }
      problems.push(p);
    }
  };
  for (let planned of planFor(rules2, config.rules)) {
    if (!ruleApplies(planned.rule.keywords, index)) continue;
    rule = planned.rule;
    let severity = planned.severity;
    if (onlyWhereEnabled = !1, severity === "off") {
      let scope = experimentalScope(suppressions, rule.related);
      if (!scope) continue;
      severity = rule.strict && rule.strict !== "off" ? rule.strict : "warning", onlyWhereEnabled = scope === "some";
    }
    effective = planned.isBuildkit && suppressions.buildkitError ? "error" : severity, context.options = planned.options;
    try {
      rule.check(context);
    } catch (err) {
      let msg = err instanceof Error ? err.message : String(err);
      problems.push(
        toProblem(model, { id: "internal-error", related: [] }, "error", "crashed", `Rule '${rule.id}' crashed: ${msg}`, { start: 0, end: 0 })
      );
    }
  }
  return problems.sort((x, y) => x.line - y.line || x.column - y.column || x.ruleId.localeCompare(y.ruleId)), problems;
}
var mergedOptions = /* @__PURE__ */ new WeakMap(), noOptions = {};
function optionsFor(rule, configured) {
  let key2 = configured ?? noOptions, byConfig = mergedOptions.get(rule);
  byConfig || mergedOptions.set(rule, byConfig = /* @__PURE__ */ new WeakMap());
  let merged = byConfig.get(key2);
  return merged || byConfig.set(key2, merged = Object.freeze({ ...defaultOptions(rule), ...key2 })), merged;
}
function defaultOptions(rule) {
  let out = {};
  for (let [k, spec] of Object.entries(rule.options)) out[k] = structuredClone(spec.default);
  return out;
}
function lintText(text, opts) {
  let path2 = opts.path ?? "Dockerfile";
  try {
    let model = buildModel(text, opts);
    return opts.target && !model.target && !opts.config.settings.build?.target ? { path: path2, problems: [], fatal: `--target '${opts.target}' is not a stage of this Dockerfile`, source: model.text } : { path: path2, problems: lintModel(model, opts.rules, opts.config), source: model.text };
  } catch (err) {
    let msg = err instanceof Error ? err.message : String(err);
    return { path: path2, problems: [], fatal: `${path2}: could not be parsed: ${msg}`, source: text };
  }
}

// src/cli/fix-file.ts
function fixAccepts(s) {
  let only = s.rules ? new Set(s.rules) : null;
  return (p) => !!p.fix && (p.fix.kind === "safe" || s.suggestions) && (!only || only.has(p.ruleId));
}
function fixFile(text, lint, s) {
  let original = lint(text);
  if (original.fatal) return { result: original, output: text, fixed: 0 };
  let last = { text, result: original }, run = fixSource(
    text,
    (t) => (t !== last.text && (last = { text: t, result: lint(t) }), last.result.problems),
    { accept: fixAccepts(s) }
  );
  return s.write ? { result: run.output === last.text ? last.result : lint(run.output), output: run.output, fixed: run.fixed } : { result: original, output: run.output, fixed: run.fixed };
}

// src/format/fix-data.ts
function fixPositions(result) {
  let lines = null;
  return (p) => {
    if (p.fix) {
      if (p.fix.positioned) return { kind: p.fix.kind, edits: p.fix.positioned };
      if (result.source !== void 0)
        return lines ??= createLineIndex(result.source), { kind: p.fix.kind, edits: positionedEdits(lines, p.fix) };
    }
  };
}
function positionFixes(result) {
  let at = fixPositions(result);
  for (let p of result.problems) p.fix && (p.fix.positioned = at(p)?.edits);
}

// src/runtime/young-generation.ts
import v8 from "node:v8";
var CAP_BYTES = 8 * 1024 * 1024;
function capYoungGeneration() {
  let capped = !1;
  return {
    check() {
      if (capped) return;
      let young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      young && young.space_size >= CAP_BYTES && (v8.setFlagsFromString("--semi-space-growth-factor=1"), capped = !0);
    },
    release() {
      capped && v8.setFlagsFromString("--semi-space-growth-factor=2"), capped = !1;
    }
  };
}

// src/cli/lint-files.ts
function createFileLinter(s, readStdin) {
  let buildArgs = new Map(s.buildArgs), loaded = { module: null }, configFor = async (file) => {
    if ((s.configPath || s.cliRules || hasConfigFile(path.dirname(file))) && (loaded.module ??= await Promise.resolve().then(() => (init_load(), load_exports))), !loaded.module) {
      let c = defaultConfig(rules, s.preset);
      return c.settings.contextDir = path.dirname(file), c;
    }
    return loaded.module.resolveConfig(file, { configPath: s.configPath, preset: s.preset, rules, cliRuleOverrides: s.cliRules });
  };
  return { configFor, lintJob: async (job) => {
    let stdin = job.path === "-", display = job.display ?? (stdin ? s.stdinFilename ?? "<stdin>" : path.relative(s.cwd, job.path) || job.path), configPathFile = stdin ? path.resolve(s.cwd, s.stdinFilename ?? "Dockerfile") : job.path, config;
    try {
      config = await configFor(configPathFile);
    } catch (err) {
      if (err instanceof ConfigError) return { configError: err.message, ioError: !0, result: { path: display, problems: [], fatal: `not linted: ${err.message}` } };
      throw err;
    }
    if (!job.explicit && loaded.module?.isIgnoredFile(configPathFile, config)) return null;
    let text;
    try {
      text = stdin ? readStdin() : readTextFile(job.path);
    } catch (err) {
      let code = err.code, by = job.build ? `; ${job.build.invocation.file}:${job.build.invocation.line} ${job.build.invocation.kind === "compose" ? "service" : "target"} '${job.build.invocation.name}' builds it` : "", why = err instanceof ReadError ? err.message : code ?? err.message;
      return { ioError: !0, result: { path: display, problems: [], fatal: `cannot read file (${why})${by}` } };
    }
    s.shellcheck && (config.settings.shellcheck = !0), s.trustedRegistries?.length && (config.settings.trustedRegistries = [...s.trustedRegistries]), s.context ? config.settings.contextDir = path.resolve(s.cwd, s.context) : stdin && !s.stdinFilename && (config.settings.contextDir = null);
    let args = buildArgs, target = s.target;
    job.build && (config.settings.build = job.build.invocation, config.settings.contextDir = job.build.context, args = new Map([...job.build.buildArgs, ...buildArgs]), target = job.build.target);
    let lint = (t) => lintText(t, { path: display, config, rules, buildArgs: args, target }), outcome = { failLevel: config.failLevel ?? "warning", fromStdin: stdin }, result;
    if (s.fix) {
      let f = fixFile(text, lint, s.fix);
      if (result = f.result, outcome.fixed = f.fixed, !s.fix.write || stdin) Object.assign(outcome, { original: text, output: f.output });
      else if (f.output !== text)
        try {
          fs2.writeFileSync(job.path, f.output), result.fixed = f.fixed;
        } catch (err) {
          let code = err.code;
          return { ioError: !0, result: { path: display, problems: [], fatal: `cannot write the fixed file (${code ?? err.message})` } };
        }
      stdin && s.fix.write && (result.fixed = f.fixed);
    } else result = lint(text);
    return s.keepSource || (positionFixes(result), result.source = void 0), s.quiet && (result.problems = result.problems.filter((p) => p.severity === "error")), { ...outcome, result, ioError: !!result.fatal };
  } };
}
async function lintJobs(jobs2, s, readStdin) {
  let { lintJob } = createFileLinter(s, readStdin), out = [], young = capYoungGeneration();
  try {
    for (let job of jobs2)
      out.push(await lintJob(job)), out.length % 16 === 0 && young.check();
  } finally {
    young.release();
  }
  return out;
}

// src/cli/worker.ts
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
