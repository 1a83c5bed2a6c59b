import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  SEVERITY_RANK
} from "./chunk-3S4MVKBT.mjs";
import {
  buildModel
} from "./chunk-IYWESXPH.mjs";

// src/engine/dispatch.ts
var EMPTY = Object.freeze([]);
function keywordIndex(model) {
  let index = model.keywordIndex;
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  let add = (keyword, ins) => {
    let list = index.get(keyword);
    list ? list.push(ins) : index.set(keyword, [ins]);
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
function ids(list) {
  return list.split(",").map((s) => s.trim()).filter(Boolean);
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
  for (let ins of model.instructions)
    ins.keyword === "FROM" && !s.stages.some((st) => st.line === ins.line) && s.stages.push({ line: ins.line, codes: /* @__PURE__ */ new Set() });
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
  let scope = null;
  for (let st of s.stages) {
    if (st.line >= ins.line) break;
    scope = st.codes;
  }
  return scope !== null && scope.size > 0 && hit(scope);
}

// src/engine/linter.ts
function formatMessage(template, data) {
  return data ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data ? String(data[k]) : m) : template;
}
function instructionAt(model, offset) {
  let list = model.instructions, lo = 0, hi = list.length - 1, found = null;
  for (; lo <= hi; ) {
    let mid = lo + hi >> 1, ins = list[mid];
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
function planFor(rules, configRules) {
  let byConfig = plans.get(rules);
  byConfig || plans.set(rules, byConfig = /* @__PURE__ */ new WeakMap());
  let plan = byConfig.get(configRules);
  if (plan) return plan;
  plan = [];
  for (let rule of rules) {
    let rc = configRules[rule.id], severity = rc?.severity ?? rule.severity;
    severity === "off" && rule.severity !== "off" || plan.push({ rule, severity, options: optionsFor(rule, rc?.options), isBuildkit: rule.related.some((r) => r.startsWith("buildkit:")) });
  }
  return byConfig.set(configRules, plan), plan;
}
function lintModel(model, rules, config) {
  let problems = [], suppressions = collectSuppressions(model, config.inlineIgnores);
  for (let code of config.ignoreCodes ?? []) suppressions.file.add(code);
  let factCache = /* @__PURE__ */ new Map(), facts = {
    get(key, compute) {
      return factCache.has(key) || factCache.set(key, compute()), factCache.get(key);
    }
  }, index = keywordIndex(model), rule = rules[0], effective = "error", onlyWhereEnabled = !1, context = {
    model,
    options: {},
    settings: config.settings,
    facts,
    report(d) {
      let ins = instructionAt(model, d.span.start), related = d.related ?? rule.related;
      if (onlyWhereEnabled && !experimentalOnAt(suppressions, related, ins) || isSuppressed(suppressions, rule.id, related, ins)) return;
      let relayed = d;
      if (relayed.ruleId && isSuppressed(suppressions, relayed.ruleId, relayed.related ?? [], ins)) return;
      let template = rule.messages[d.messageId] ?? d.messageId, p = toProblem(model, { id: rule.id, related }, effective, d.messageId, formatMessage(template, d.data), d.span);
      if (relayed.ruleId && (p.ruleId = relayed.ruleId, p.related = relayed.related ?? [], relayed.severity && SEVERITY_RANK[relayed.severity] < SEVERITY_RANK[effective] && (p.severity = relayed.severity)), d.fix) {
        let fix = Array.isArray(d.fix) ? { kind: "safe", edits: d.fix } : d.fix;
        fix.edits.length && (p.fix = fix);
      }
      problems.push(p);
    }
  };
  for (let planned of planFor(rules, config.rules)) {
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
  let key = configured ?? noOptions, byConfig = mergedOptions.get(rule);
  byConfig || mergedOptions.set(rule, byConfig = /* @__PURE__ */ new WeakMap());
  let merged = byConfig.get(key);
  return merged || byConfig.set(key, merged = Object.freeze({ ...defaultOptions(rule), ...key })), merged;
}
function defaultOptions(rule) {
  let out = {};
  for (let [k, spec] of Object.entries(rule.options)) out[k] = structuredClone(spec.default);
  return out;
}
function lintText(text, opts) {
  let path = opts.path ?? "Dockerfile";
  try {
    let model = buildModel(text, opts);
    return opts.target && !model.target && !opts.config.settings.build?.target ? { path, problems: [], fatal: `--target '${opts.target}' is not a stage of this Dockerfile`, source: model.text } : { path, problems: lintModel(model, opts.rules, opts.config), source: model.text };
  } catch (err) {
    let msg = err instanceof Error ? err.message : String(err);
    return { path, problems: [], fatal: `${path}: could not be parsed: ${msg}`, source: text };
  }
}

export {
  instructionAt,
  lintText
};
