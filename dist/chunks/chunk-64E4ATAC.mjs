import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  ConfigError,
  LABEL_TYPES,
  SEVERITY_RANK
} from "./chunk-3S4MVKBT.mjs";
import {
  require_dist
} from "./chunk-I6IVLMHE.mjs";
import {
  __toESM
} from "./chunk-NWQXURYX.mjs";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
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
    let { value, path } = stack.pop();
    if (typeof value == "number" && !Number.isFinite(value))
      throw new ConfigError(`${file}: ${path.length ? path.join(" > ") : "the config"}: must be a finite number, not ${value}`, file);
    if (value && typeof value == "object")
      for (let [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
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
function parseConfigText(text, file, path) {
  return /\.json$/i.test(path) ? parseJsonText(text, file) : parseYamlText(text, file);
}

// src/config/hadolint.ts
var import_yaml2 = __toESM(require_dist(), 1);
var HADOLINT_DEFAULT_SEVERITY = {
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
var SHELLCHECK_RULE = "run-shellcheck";
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
function convertHadolintConfig(data, rules, file = ".hadolint.yaml", locate) {
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
  for (let rule of rules) {
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
  let settings = {};
  raw.trustedRegistries !== void 0 && raw.trustedRegistries !== null && (settings.trustedRegistries = stringList(raw.trustedRegistries, file, locate, ["trustedRegistries"]));
  let labelSchema = raw["label-schema"];
  if (labelSchema != null) {
    (typeof labelSchema != "object" || Array.isArray(labelSchema)) && fail(file, locate, ["label-schema"], "must be a mapping of label name to type");
    let out = {};
    for (let [label, type] of Object.entries(labelSchema))
      (typeof type != "string" || !LABEL_TYPES.includes(type)) && fail(file, locate, ["label-schema", label], `must be one of: ${LABEL_TYPES.join(", ")}`), out[label] = type;
    settings.labelSchema = out;
  }
  raw["strict-labels"] !== void 0 && raw["strict-labels"] !== null && (settings.strictLabels = bool(raw["strict-labels"], file, locate, "strict-labels")), Object.keys(settings).length > 0 && (config.settings = settings), raw["disable-ignore-pragma"] !== void 0 && raw["disable-ignore-pragma"] !== null && bool(raw["disable-ignore-pragma"], file, locate, "disable-ignore-pragma") && (config.inlineIgnores = !1);
  for (let key2 of Object.keys(raw))
    HADOLINT_KEYS.includes(key2) ? OUTPUT_ONLY_KEYS.has(key2) && notes.push(`'${key2}' is an output option; use dflint's command-line flags instead`) : notes.push(`unknown key '${key2}' ignored (as hadolint does)`);
  return { config, notes, ruleReasons };
}
function hadolintToDflintYaml(hadolintText, rules, fileName = ".hadolint.yaml") {
  let { data, locate } = parseYamlText(hadolintText, fileName), { config, notes, ruleReasons } = convertHadolintConfig(data, rules, fileName, locate), doc = new import_yaml2.Document(config), header = [
    ` dflint configuration converted from ${fileName}.`,
    "",
    ` "extends: hadolint" turns on the rules that cover hadolint's default checks, at`,
    " hadolint's severities (style is reported as info); rules hadolint does not have stay off.",
    ` Change it to "recommended" to use dflint's own defaults instead.`
  ];
  doc.commentBefore = header.join(`
`);
  let root = doc.contents, note = (key2, comment) => {
    let pair = root.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === key2);
    pair && (0, import_yaml2.isScalar)(pair.value) && (pair.value.comment = ` ${comment}`);
  }, t = data?.["failure-threshold"], noFail = data?.["no-fail"] === !0;
  note(
    "failLevel",
    noFail ? "hadolint no-fail: true" : t == null ? "hadolint's default failure-threshold (info)" : `hadolint failure-threshold: ${String(t)}`
  ), note("inlineIgnores", "hadolint disable-ignore-pragma: true");
  let rulesNode = doc.get("rules", !0);
  if ((0, import_yaml2.isMap)(rulesNode))
    for (let pair of rulesNode.items) {
      let id = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "";
      (0, import_yaml2.isScalar)(pair.value) && ruleReasons[id] && (pair.value.comment = ` ${ruleReasons[id]}`);
    }
  let off = rules.filter((r) => hadolintCodes(r).length === 0).map((r) => r.id), trailer = [];
  if (off.length > 0) {
    trailer.push(" dflint rules with no hadolint equivalent (off under extends: hadolint; turn on under rules:):");
    for (let id of off) trailer.push(`   ${id}`);
  }
  if (trailer.push(" hadolint always runs ShellCheck; add settings: { shellcheck: true } to do the same."), notes.length > 0) {
    trailer.push(" Notes from the conversion:");
    for (let n of notes) trailer.push(`   - ${n}`);
  }
  return doc.comment = trailer.join(`
`), doc.toString({ lineWidth: 0 });
}

export {
  parseConfigText,
  hadolintPresetSeverity,
  isHadolintConfig,
  convertHadolintConfig,
  hadolintToDflintYaml
};
