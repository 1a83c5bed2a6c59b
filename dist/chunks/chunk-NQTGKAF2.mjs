import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintText
} from "./chunk-QWY3VV5D.mjs";
import {
  rules
} from "./chunk-3XWXBGZL.mjs";
import {
  ConfigError,
  hasConfigFile
} from "./chunk-3S4MVKBT.mjs";
import {
  fixSource
} from "./chunk-IYWESXPH.mjs";
import {
  ReadError,
  readTextFile
} from "./chunk-RPNVUWFB.mjs";

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

// src/cli/lint-files.ts
function createFileLinter(s, readStdin) {
  let buildArgs = new Map(s.buildArgs), loaded = { module: null }, configFor = async (file) => {
    if ((s.configPath || s.cliRules || hasConfigFile(path.dirname(file))) && (loaded.module ??= await import("./load-ZDLPGF3U.mjs")), !loaded.module) {
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
          fs.writeFileSync(job.path, f.output), result.fixed = f.fixed;
        } catch (err) {
          let code = err.code;
          return { ioError: !0, result: { path: display, problems: [], fatal: `cannot write the fixed file (${code ?? err.message})` } };
        }
      stdin && s.fix.write && (result.fixed = f.fixed);
    } else result = lint(text);
    return !s.keepSource && !result.problems.some((p) => p.fix) && delete result.source, s.quiet && (result.problems = result.problems.filter((p) => p.severity === "error")), { ...outcome, result, ioError: !!result.fatal };
  } };
}
async function lintJobs(jobs, s, readStdin) {
  let { lintJob } = createFileLinter(s, readStdin), out = [];
  for (let job of jobs) {
    let o = await lintJob(job);
    out.push(o);
  }
  return out;
}

export {
  createFileLinter,
  lintJobs
};
