import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

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

// src/config/schema.ts
var SEVERITIES = ["error", "warning", "info", "off"], FAIL_LEVELS = ["error", "warning", "info", "none"], SEVERITY_WORDS = [...SEVERITIES, "warn"], FAIL_LEVEL_WORDS = [...FAIL_LEVELS, "warn"], EXTENDS_PATH = /^\.{1,2}[\\/]/, CONFIG_PRESETS = ["recommended", "strict", "hadolint"], LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"], SETTINGS_KEYS = ["trustedRegistries", "labelSchema", "strictLabels", "shellcheck", "contextDir", "today"], CODE_PATTERN = "^(hadolint|buildkit):[A-Za-z0-9]+$", DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", CONFIG_KEYS = [
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
function optionsSchema(rule) {
  let properties = {};
  for (let [name, spec] of Object.entries(rule.options ?? {}))
    properties[name] = { description: spec.description, default: spec.default, ...spec.schema };
  return { type: "object", properties, additionalProperties: !1 };
}
function checkStructure(data) {
  let errors = [], at = (segments) => segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join(""), push = (segments, keyword, params, message) => errors.push({ instancePath: at(segments), schemaPath: "", keyword, params, message }), isObject = (v) => v !== null && typeof v == "object" && !Array.isArray(v), type = (v, path, want) => {
    let ok = want === "object" ? isObject(v) : want === "array" ? Array.isArray(v) : typeof v === want;
    return ok || push(path, "type", { type: want }, `must be ${want}`), ok;
  }, oneOf = (v, path, allowed) => {
    allowed.includes(v) || push(path, "enum", { allowedValues: allowed }, "must be equal to one of the allowed values");
  }, keys = (obj, path, known) => {
    for (let k of Object.keys(obj))
      known.includes(k) || push(path, "additionalProperties", { additionalProperty: k }, "must NOT have additional properties");
  }, strings = (v, path) => {
    type(v, path, "array") && v.forEach((item, i) => type(item, [...path, i], "string"));
  }, ruleSetting = (v, path) => {
    typeof v == "string" ? oneOf(v, path, SEVERITY_WORDS) : Array.isArray(v) ? (v.length < 1 && push(path, "minItems", { limit: 1 }, "must NOT have fewer than 1 items"), v.length > 2 && push(path, "additionalItems", { limit: 2 }, "must NOT have more than 2 items"), v.length >= 1 && oneOf(v[0], [...path, 0], SEVERITY_WORDS), v.length >= 2 && type(v[1], [...path, 1], "object")) : isObject(v) ? (keys(v, path, ["severity", "options"]), v.severity !== void 0 && oneOf(v.severity, [...path, "severity"], SEVERITY_WORDS), v.options !== void 0 && type(v.options, [...path, "options"], "object")) : push(path, "type", { type: "object" }, "must be object");
  }, rules = (v, path) => {
    if (type(v, path, "object")) for (let [id, setting] of Object.entries(v)) ruleSetting(setting, [...path, id]);
  }, settings = (v, path) => {
    if (!type(v, path, "object")) return;
    let o = v;
    if (keys(o, path, SETTINGS_KEYS), o.trustedRegistries !== void 0 && strings(o.trustedRegistries, [...path, "trustedRegistries"]), o.labelSchema !== void 0 && type(o.labelSchema, [...path, "labelSchema"], "object"))
      for (let [label, t] of Object.entries(o.labelSchema)) oneOf(t, [...path, "labelSchema", label], LABEL_TYPES);
    o.strictLabels !== void 0 && type(o.strictLabels, [...path, "strictLabels"], "boolean"), o.shellcheck !== void 0 && type(o.shellcheck, [...path, "shellcheck"], "boolean"), o.contextDir !== void 0 && type(o.contextDir, [...path, "contextDir"], "string"), o.today !== void 0 && type(o.today, [...path, "today"], "string") && !new RegExp(DATE_PATTERN).test(o.today) && push([...path, "today"], "pattern", { pattern: DATE_PATTERN }, `must match pattern "${DATE_PATTERN}"`);
  };
  if (!type(data, [], "object")) return errors;
  let root = data;
  return keys(root, [], CONFIG_KEYS), root.$schema !== void 0 && type(root.$schema, ["$schema"], "string"), root.extends !== void 0 && !(typeof root.extends == "string" && EXTENDS_PATH.test(root.extends)) && oneOf(root.extends, ["extends"], CONFIG_PRESETS), root.rules !== void 0 && rules(root.rules, ["rules"]), root.ignore !== void 0 && strings(root.ignore, ["ignore"]), root.overrides !== void 0 && type(root.overrides, ["overrides"], "array") && root.overrides.forEach((o, i) => {
    let path = ["overrides", i];
    if (!type(o, path, "object")) return;
    let entry = o;
    keys(entry, path, ["files", "rules", "settings"]), entry.files === void 0 ? push(path, "required", { missingProperty: "files" }, "must have required property 'files'") : Array.isArray(entry.files) ? (entry.files.length === 0 && push([...path, "files"], "minItems", { limit: 1 }, "must NOT have fewer than 1 items"), strings(entry.files, [...path, "files"])) : typeof entry.files != "string" && push([...path, "files"], "type", { type: ["string", "array"] }, "must be string,array"), entry.rules !== void 0 && rules(entry.rules, [...path, "rules"]), entry.settings !== void 0 && settings(entry.settings, [...path, "settings"]);
  }), root.settings !== void 0 && settings(root.settings, ["settings"]), root.failLevel !== void 0 && oneOf(root.failLevel, ["failLevel"], FAIL_LEVEL_WORDS), root.inlineIgnores !== void 0 && type(root.inlineIgnores, ["inlineIgnores"], "boolean"), root.ignoreCodes !== void 0 && type(root.ignoreCodes, ["ignoreCodes"], "array") && root.ignoreCodes.forEach((code, i) => {
    type(code, ["ignoreCodes", i], "string") && !new RegExp(CODE_PATTERN).test(code) && push(["ignoreCodes", i], "pattern", { pattern: CODE_PATTERN }, `must match pattern "${CODE_PATTERN}"`);
  }), errors;
}
function ruleOptionsSchema(rule) {
  return optionsSchema(rule);
}
var HADOLINT_KEY_HINTS = {
  ignored: "rules: { <rule>: off }",
  override: "rules: { <rule>: <severity> }",
  "failure-threshold": "failLevel",
  trustedRegistries: "settings.trustedRegistries",
  "label-schema": "settings.labelSchema",
  "strict-labels": "settings.strictLabels",
  "disable-ignore-pragma": "inlineIgnores: false",
  "no-fail": "failLevel: none"
};
function suggest(name, candidates) {
  let best, bestDistance = 1 / 0;
  for (let c of candidates) {
    let d = levenshtein(name.toLowerCase(), c.toLowerCase());
    d < bestDistance && (bestDistance = d, best = c);
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function decodePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
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
function describeSchemaErrors(errors, rules) {
  let out = [], seen = /* @__PURE__ */ new Set(), ruleIds = rules.map((r) => r.id);
  for (let err of errors) {
    if (err.keyword === "if") continue;
    let segments = decodePointer(err.instancePath), message = err.message ?? "is invalid";
    switch (err.keyword) {
      case "additionalProperties": {
        let key = String(err.params.additionalProperty), parent = segments[segments.length - 1], owner = segments.slice(0, -1), isRulesMap = segments.length === 1 || segments.length === 3 && segments[0] === "overrides", isOptions = (parent === "options" || parent === "1") && isRuleSettingPath(owner);
        if (parent === "rules" && isRulesMap) {
          let hint = suggest(key, ruleIds);
          message = `unknown rule '${key}'` + (hint ? ` (did you mean '${hint}'?)` : "");
        } else if (isOptions) {
          let ruleId = segments[segments.length - 2] ?? "", rule = rules.find((r) => r.id === ruleId), known = rule ? Object.keys(rule.options ?? {}) : [], hint = suggest(key, known);
          message = `unknown option '${key}'` + (hint ? ` (did you mean '${hint}'?)` : known.length > 0 ? ` (known: ${known.join(", ")})` : ` (rule '${ruleId}' has no options)`);
        } else segments.length === 0 && key in HADOLINT_KEY_HINTS ? message = `unknown key '${key}': this is a hadolint key; in a dflint config use ${HADOLINT_KEY_HINTS[key]}` : message = `unknown key '${key}'`;
        segments = [...segments, key];
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
    let path = readableSegments(
      err.keyword === "additionalProperties" ? segments.slice(0, -1) : segments
    ).join(" > "), dedupKey = path + "\0" + message;
    seen.has(dedupKey) || (seen.add(dedupKey), out.push({ segments, path, message }));
  }
  return out;
}

// src/config/errors.ts
import { isAbsolute, relative } from "node:path";
var ConfigError = class extends Error {
  /** The config file at fault, when there is one. */
  file;
  constructor(message, file) {
    super(message), this.name = "ConfigError", this.file = file;
  }
};
function displayPath(path) {
  let rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

// src/config/find.ts
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var DFLINT_CONFIG_NAMES = [".dflint.json", ".dflint.yaml", ".dflint.yml"], HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"], nearestCache = /* @__PURE__ */ new Map();
function clearNearestCache() {
  nearestCache = /* @__PURE__ */ new Map();
}
function isFile(path) {
  try {
    return statSync(path, { throwIfNoEntry: !1 })?.isFile() ?? !1;
  } catch {
    return !1;
  }
}
function nearest(dir) {
  let cached = nearestCache.get(dir);
  if (cached) return cached;
  let own = (names) => {
    for (let name of names) {
      let p = join(dir, name);
      if (isFile(p)) return p;
    }
    return null;
  }, dflint = own(DFLINT_CONFIG_NAMES), hadolint = own(HADOLINT_CONFIG_NAMES), result;
  if (dflint && hadolint)
    result = { dflint, hadolint };
  else {
    let parent = dirname(dir), up = parent === dir ? { dflint: null, hadolint: null } : nearest(parent);
    result = { dflint: dflint ?? up.dflint, hadolint: hadolint ?? up.hadolint };
  }
  return nearestCache.set(dir, result), result;
}
function hasConfigFile(dir) {
  let found = nearest(resolve(dir));
  return found.dflint !== null || found.hadolint !== null;
}

// src/engine/types.ts
var SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
function exampleCode(e) {
  return typeof e == "string" ? e : e.code;
}

export {
  SEVERITY_RANK,
  exampleCode,
  buildkitSuggest,
  likelyTypo,
  EXTENDS_PATH,
  LABEL_TYPES,
  CONFIG_KEYS,
  checkStructure,
  ruleOptionsSchema,
  suggest,
  describeSchemaErrors,
  ConfigError,
  displayPath,
  DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES,
  clearNearestCache,
  nearest,
  hasConfigFile
};
