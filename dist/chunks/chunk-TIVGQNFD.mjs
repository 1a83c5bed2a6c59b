import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  rules
} from "./chunk-3UYR7OZR.mjs";
import {
  ConfigError,
  SEVERITY_RANK,
  hasConfigFile
} from "./chunk-HB4LVJQS.mjs";
import {
  buildModel
} from "./chunk-C3A5NWRQ.mjs";

// src/cli/lint-files.ts
import fs from "node:fs";
import path from "node:path";

// src/config/defaults.ts
var cache = /* @__PURE__ */ new Map();
function defaultConfig(rules2, preset = "recommended") {
  let resolved = cache.get(preset);
  if (!resolved) {
    resolved = {};
    for (let rule of rules2) {
      let options = {};
      for (let [name, spec] of Object.entries(rule.options ?? {})) options[name] = structuredClone(spec.default);
      resolved[rule.id] = { severity: preset === "strict" ? rule.strict ?? rule.severity : rule.severity, options };
    }
    cache.set(preset, resolved);
  }
  return {
    rules: resolved,
    settings: { contextDir: null, trustedRegistries: [], labelSchema: {}, strictLabels: !1, shellcheck: !1 },
    inlineIgnores: !0,
    source: "default"
  };
}

// src/engine/pragmas.ts
var DFLINT_IGNORE = /^dflint-ignore:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, DFLINT_IGNORE_FILE = /^dflint-ignore-file:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, HADOLINT_IGNORE = /^hadolint\s+ignore=([A-Za-z0-9,\s]+)/, HADOLINT_GLOBAL = /^hadolint\s+global\s+ignore=([A-Za-z0-9,\s]+)/;
function ids(list) {
  return list.split(",").map((s) => s.trim()).filter(Boolean);
}
function checkDirective(value) {
  let out = { skip: [], error: !1, experimental: [] };
  for (let part of value.split(";")) {
    let [k, v = ""] = part.split("=").map((s) => s.trim());
    k === "skip" && out.skip.push(...ids(v)), k === "error" && (out.error = v.toLowerCase() === "true"), k === "experimental" && out.experimental.push(...ids(v));
  }
  return out;
}
function collectSuppressions(model, inline) {
  let s = { file: /* @__PURE__ */ new Set(), byInstruction: /* @__PURE__ */ new Map(), buildkitError: !1, buildkitSkipAll: !1, buildkitExperimental: /* @__PURE__ */ new Set() };
  if (model.directives.check !== null) {
    let c = checkDirective(model.directives.check);
    for (let name of c.skip)
      name.toLowerCase() === "all" ? s.buildkitSkipAll = !0 : s.file.add(`buildkit:${name}`);
    s.buildkitError = c.error;
    for (let name of c.experimental) s.buildkitExperimental.add(name.toLowerCase() === "all" ? "all" : `buildkit:${name}`);
  }
  if (!inline) return s;
  for (let c of model.comments) {
    let m = DFLINT_IGNORE_FILE.exec(c.text);
    if (m) for (let id of ids(m[1])) s.file.add(id);
    if (m = HADOLINT_GLOBAL.exec(c.text), m) for (let id of ids(m[1])) s.file.add(`hadolint:${id}`);
  }
  let visit = (ins) => {
    let set = /* @__PURE__ */ new Set();
    for (let c of ins.commentsAbove) {
      let m = DFLINT_IGNORE.exec(c.text);
      if (m) for (let id of ids(m[1])) set.add(id);
      if (m = HADOLINT_IGNORE.exec(c.text), m && !HADOLINT_GLOBAL.test(c.text)) for (let id of ids(m[1])) set.add(`hadolint:${id}`);
      let ck = /^check\s*=\s*(.*)$/.exec(c.text);
      if (ck) for (let name of checkDirective(ck[1]).skip) set.add(`buildkit:${name}`);
    }
    set.size && s.byInstruction.set(ins.index, set);
  };
  return model.instructions.forEach(visit), s;
}
function isSuppressed(s, ruleId, related, instructionIndex) {
  if (s.buildkitSkipAll && related.some((r) => r.startsWith("buildkit:"))) return !0;
  let hit = (set) => set.has(ruleId) || set.has("all") || related.some((r) => set.has(r));
  if (hit(s.file)) return !0;
  if (instructionIndex !== null) {
    let set = s.byInstruction.get(instructionIndex);
    if (set && hit(set)) return !0;
  }
  return !1;
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
function lintModel(model, rules2, config) {
  let problems = [], suppressions = collectSuppressions(model, config.inlineIgnores), factCache = /* @__PURE__ */ new Map(), facts = {
    get(key, compute) {
      return factCache.has(key) || factCache.set(key, compute()), factCache.get(key);
    }
  };
  for (let rule of rules2) {
    let rc = config.rules[rule.id], severity = rc?.severity ?? rule.severity;
    if (severity === "off" && rule.severity === "off") {
      let exp = suppressions.buildkitExperimental;
      exp.size && rule.related.some((r) => r.startsWith("buildkit:") && (exp.has(r) || exp.has("all"))) && (severity = rule.strict && rule.strict !== "off" ? rule.strict : "warning");
    }
    if (severity === "off") continue;
    let options = optionsFor(rule, rc?.options), effective = rule.related.some((r) => r.startsWith("buildkit:")) && suppressions.buildkitError ? "error" : severity;
    try {
      rule.check({
        model,
        options,
        settings: config.settings,
        facts,
        report(d) {
          let ins = instructionAt(model, d.span.start), related = d.related ?? rule.related;
          if (isSuppressed(suppressions, rule.id, related, ins ? ins.index : null)) return;
          let relayed = d;
          if (relayed.ruleId && isSuppressed(suppressions, relayed.ruleId, relayed.related ?? [], ins ? ins.index : null)) return;
          let template = rule.messages[d.messageId] ?? d.messageId, p = toProblem(model, { id: rule.id, related }, effective, d.messageId, formatMessage(template, d.data), d.span);
          relayed.ruleId && (p.ruleId = relayed.ruleId, p.related = relayed.related ?? [], relayed.severity && SEVERITY_RANK[relayed.severity] < SEVERITY_RANK[effective] && (p.severity = relayed.severity)), d.fix && (p.fix = d.fix), problems.push(p);
        }
      });
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
  let path2 = opts.path ?? "Dockerfile";
  try {
    let model = buildModel(text, opts);
    return { path: path2, problems: lintModel(model, opts.rules, opts.config), source: model.text };
  } catch (err) {
    let msg = err instanceof Error ? err.message : String(err);
    return { path: path2, problems: [], fatal: `${path2}: could not be parsed: ${msg}`, source: text };
  }
}

// src/cli/lint-files.ts
function createFileLinter(s, readStdin) {
  let buildArgs = new Map(s.buildArgs), loaded = { module: null }, configFor = async (file) => {
    if ((s.configPath || hasConfigFile(path.dirname(file))) && (loaded.module ??= await import("./load-GFSQUFLE.mjs")), !loaded.module) {
      let c = defaultConfig(rules, s.preset);
      return c.settings.contextDir = path.dirname(file), c;
    }
    return loaded.module.resolveConfig(file, { configPath: s.configPath, preset: s.preset, rules });
  };
  return { configFor, lintJob: async (job) => {
    let stdin = job.path === "-", display = stdin ? s.stdinFilename ?? "<stdin>" : path.relative(s.cwd, job.path) || job.path, configPathFile = stdin ? path.resolve(s.cwd, s.stdinFilename ?? "Dockerfile") : job.path, config;
    try {
      config = await configFor(configPathFile);
    } catch (err) {
      if (err instanceof ConfigError) return { configError: err.message };
      throw err;
    }
    if (!job.explicit && loaded.module?.isIgnoredFile(configPathFile, config)) return null;
    let text;
    try {
      text = stdin ? readStdin() : fs.readFileSync(job.path, "utf8");
    } catch (err) {
      let code = err.code;
      return { ioError: !0, result: { path: display, problems: [], fatal: `cannot read file (${code ?? err.message})` } };
    }
    s.shellcheck && (config.settings.shellcheck = !0), s.context ? config.settings.contextDir = path.resolve(s.cwd, s.context) : stdin && !s.stdinFilename && (config.settings.contextDir = null);
    let result = lintText(text, { path: display, config, rules, buildArgs, target: s.target });
    return s.quiet && (result.problems = result.problems.filter((p) => p.severity === "error")), { result, ioError: !!result.fatal, failLevel: config.failLevel ?? "warning", fromStdin: stdin };
  } };
}
async function lintJobs(jobs, s, readStdin) {
  let { lintJob } = createFileLinter(s, readStdin), out = [];
  for (let job of jobs) {
    let o = await lintJob(job);
    if (out.push(o), o?.configError) break;
  }
  return out;
}

export {
  createFileLinter,
  lintJobs
};
