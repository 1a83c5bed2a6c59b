import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  parseBuildArgs
} from "./chunk-MDEOXLTN.mjs";
import {
  PatternMatcher,
  buildModel,
  compileGoGlob,
  contextRelative,
  estimateLayers,
  openBuildContext,
  renderLayers,
  stageLabel
} from "./chunk-N75QYWOX.mjs";
import "./chunk-JVUEFOX2.mjs";
import {
  ReadError,
  readTextFile
} from "./chunk-AENCIZSQ.mjs";
import "./chunk-NWQXURYX.mjs";

// src/cli/layers.ts
import fs from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/layers/report.ts
import path from "node:path";

// src/layers/impact.ts
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
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
function hasWildcard(s) {
  return /(^|[^\\])[*?[]/.test(s);
}
function sourceMatchesPath(source, path3, parents = !1) {
  let src = source;
  if (parents) {
    let cut = src.indexOf("/./");
    src = cut >= 0 ? src.slice(0, cut) + "/" + src.slice(cut + 3) : src;
  }
  let s = contextRelative(src);
  if (s === ".") return { matched: !0, rel: path3 };
  let sp = s.split("/"), pp = path3.split("/");
  if (pp.length < sp.length) return { matched: !1, rel: "" };
  let k = sp.findIndex(hasWildcard);
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
function selectorHits(sel, path3, contextDir, exists) {
  if (sel.selected) {
    if (sel.selected.has(path3)) return !0;
    if (contextDir && exists(path3)) {
      if (isDir(join(contextDir, path3))) {
        let prefix = path3 + "/";
        for (let f of sel.selected) if (f.startsWith(prefix)) return !0;
      }
      return !1;
    }
  }
  let excl = sel.exclude.length ? PatternMatcher.compile(sel.exclude).matcher : null;
  for (let src of sel.sources) {
    let m = sourceMatchesPath(src, path3, sel.parents);
    if (m.matched && !(excl && excl.matchesOrParentMatches(m.rel)))
      return !0;
  }
  return !1;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return !1;
  }
}
function computeImpact(facts, options) {
  let out = /* @__PURE__ */ new Map(), ctx = facts.context, existsCache = /* @__PURE__ */ new Map(), exists = (p) => {
    let v = existsCache.get(p);
    return v === void 0 && (v = ctx ? existsSync(join(ctx.dir, p)) : !1, existsCache.set(p, v)), v;
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

// src/layers/git.ts
import { spawnSync } from "node:child_process";
import { relative, resolve, sep } from "node:path";
var GitError = class extends Error {
};
function git(cwd, args, input) {
  let r = spawnSync("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", input, maxBuffer: 1073741824 });
  if (r.error) throw new GitError(`git ${args[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(`git ${args.join(" ")}: ${(r.stderr || "").trim() || `exit ${r.status}`}`);
  return r.stdout;
}
function verifyCommit(root, ref) {
  let sha;
  try {
    sha = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError(`'${ref}' is not a commit in the git repository ${root}`);
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitError(`'${ref}' is not a commit in the git repository ${root}`);
  return sha;
}
function repoRoot(dir) {
  return resolve(git(dir, ["rev-parse", "--show-toplevel"]).trim());
}
function toContextPath(root, contextDir, repoPath) {
  let rel = relative(contextDir, resolve(root, repoPath));
  return rel === "" || rel.startsWith("..") ? null : sep === "/" ? rel : rel.split(sep).join("/");
}
function changedSince(root, ref) {
  let out = /* @__PURE__ */ new Set();
  for (let p of git(root, ["diff", "--name-only", "-z", "--no-renames", ref, "--"]).split("\0")) p && out.add(p);
  let status = git(root, ["status", "--porcelain", "-z", "--untracked-files=all"]).split("\0");
  for (let i = 0; i < status.length; i++) {
    let e = status[i];
    if (!(e.length < 4) && (out.add(e.slice(3)), e[0] === "R" || e[0] === "C")) {
      let from = status[++i];
      from && out.add(from);
    }
  }
  return [...out];
}
function showFile(root, ref, repoPath) {
  try {
    return git(root, ["show", `${ref}:${repoPath}`]);
  } catch {
    return null;
  }
}
function readLog(root, n) {
  let text = git(root, [
    "log",
    `-n${n}`,
    "--first-parent",
    "--diff-merges=first-parent",
    "--no-renames",
    "--name-only",
    "-z",
    "--format=%x1e%H%x1f%s%x1f"
  ]), commits = [];
  for (let chunk of text.split("")) {
    if (!chunk) continue;
    let [sha, subject, rest] = chunk.split(""), files = (rest ?? "").split(/[\0\n]/).filter((f) => f !== "");
    commits.push({ sha, subject: subject ?? "", files });
  }
  return commits;
}
function readBlobs(root, specs) {
  if (specs.length === 0) return [];
  let r = spawnSync("git", ["cat-file", "--batch"], { cwd: root, input: specs.join(`
`) + `
`, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new GitError(`git cat-file: ${r.stderr?.toString().trim()}`);
  let buf = r.stdout, out = [], pos = 0;
  for (let i = 0; i < specs.length; i++) {
    let nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    let header = buf.toString("utf8", pos, nl);
    if (pos = nl + 1, / missing$| ambiguous$/.test(header)) {
      out.push(null);
      continue;
    }
    let parts = header.split(" "), size = Number(parts[2]);
    out.push(buf.toString("utf8", pos, pos + size)), pos += size + 1;
  }
  return out;
}

// src/layers/history.ts
function replayHistory(facts, n, options) {
  let t0 = performance.now(), ctx = facts.context;
  if (!ctx) throw new Error("--history needs a build context");
  let root = repoRoot(ctx.dir), log = readLog(root, n), dfRepo = toContextPath(root, root, options.dockerfile), editing = dfRepo ? log.filter((c) => c.files.includes(dfRepo)) : [], specs = editing.flatMap((c) => [`${c.sha}:${dfRepo}`, `${c.sha}^:${dfRepo}`]), blobs = readBlobs(root, specs), diffs = /* @__PURE__ */ new Map(), cache = /* @__PURE__ */ new Map(), factsOf = (text) => {
    let f = cache.get(text);
    return f || (f = estimateLayers(buildModel(text, { path: options.dockerfile, buildArgs: options.buildArgs, target: options.target }), { context: null }), cache.set(text, f)), f;
  };
  editing.forEach((c, i) => {
    let after = blobs[2 * i], before = blobs[2 * i + 1];
    if (after == null) return;
    let a = factsOf(after), b = factsOf(before ?? "");
    diffs.set(c.sha, mapDiff(diffDockerfile(a, b), facts));
  });
  let rebuilds = /* @__PURE__ */ new Map();
  for (let sf of facts.stages) for (let st of sf.steps) rebuilds.set(st, { count: 0, maybe: 0 });
  let latest = null;
  for (let c of log) {
    let changed = [];
    for (let f of c.files) {
      let p = toContextPath(root, ctx.dir, f);
      p !== null && changed.push(p);
    }
    let impact = computeImpact(facts, { changed, dockerfileDiff: diffs.get(c.sha) });
    latest || (latest = impact);
    for (let [st, r] of impact) {
      let e = rebuilds.get(st);
      r.rebuild === !0 ? e.count++ : r.rebuild === "maybe" && e.maybe++;
    }
  }
  return { commits: log.map((c) => ({ sha: c.sha, subject: c.subject })), rebuilds, latest, ms: performance.now() - t0 };
}

// src/layers/report.ts
function toMap(m) {
  return m instanceof Map ? new Map(m) : new Map(Object.entries(m ?? {}));
}
function withPlatform(args, platform) {
  let out = new Map(args);
  if (!platform) return out;
  let [os = "", arch = "", variant = ""] = platform.split("/");
  for (let [k, v] of [["TARGETPLATFORM", platform], ["TARGETOS", os], ["TARGETARCH", arch], ["TARGETVARIANT", variant]]) out.has(k) || out.set(k, v);
  return out;
}
function analyzeLayers(dockerfilePath, options = {}) {
  let t0 = performance.now(), cwd = options.cwd ?? process.cwd(), dfAbs = path.resolve(cwd, dockerfilePath), text;
  try {
    text = readTextFile(dfAbs);
  } catch (err) {
    throw new Error(`${dockerfilePath}: cannot read file (${err instanceof ReadError ? err.message : err.code ?? err.message})`);
  }
  let contextDir = path.resolve(cwd, options.context ?? path.dirname(dfAbs)), givenArgs = toMap(options.buildArgs), buildArgs = withPlatform(givenArgs, options.platform), model = buildModel(text, { path: dfAbs, buildArgs, target: options.target });
  if (options.target && !model.target) throw new Error(`target stage '${options.target}' not found in ${dockerfilePath}`);
  let context = openBuildContext(contextDir, dfAbs), facts = estimateLayers(model, { context, platform: options.platform }), compareArgs = options.compareBuildArgs ? toMap(options.compareBuildArgs) : null, previousPlatform = options.comparePlatform ?? options.platform, previousArgs = new Map(givenArgs);
  for (let [k, v] of compareArgs ?? [])
    v === null ? previousArgs.delete(k) : previousArgs.set(k, v);
  let oldArgs = withPlatform(previousArgs, previousPlatform), changed = [...options.changed ?? []], previous = options.previousDockerfile ?? null;
  if (options.since) {
    let root = repoRoot(contextDir), since = verifyCommit(root, options.since), repoFiles = changedSince(root, since);
    for (let f of repoFiles) {
      let p = toContextPath(root, contextDir, f);
      p !== null && changed.push(p);
    }
    let dfRepo = toContextPath(root, root, dfAbs);
    previous === null && dfRepo && repoFiles.includes(dfRepo) && (previous = showFile(root, since, dfRepo) ?? "");
  }
  let dfInContext = path.relative(contextDir, dfAbs).split(path.sep).join("/");
  previous !== null && previous !== text && !dfInContext.startsWith("../") && !changed.includes(dfInContext) && changed.push(dfInContext);
  let argsOrPlatformChanged = compareArgs !== null || previousPlatform !== options.platform, impact = null;
  if (options.changed || options.since || previous !== null || argsOrPlatformChanged) {
    let dockerfileDiff = previous !== null || argsOrPlatformChanged ? diffDockerfile(facts, estimateLayers(buildModel(previous ?? text, { path: dfAbs, buildArgs: oldArgs, target: options.target }), { context: null, platform: previousPlatform })) : void 0;
    impact = computeImpact(facts, { changed, dockerfileDiff });
  }
  let history = null;
  return options.history !== void 0 && (history = replayHistory(facts, options.history, { dockerfile: dfAbs, buildArgs, target: options.target }), impact || (impact = history.latest)), { file: {
    path: (options.displayPath ?? (path.relative(cwd, dfAbs) || dfAbs)).split(path.sep).join("/"),
    target: model.target ? model.target.nameRaw ?? String(model.target.index) : null,
    stages: facts.stages.map((sf) => ({
      index: sf.index,
      name: sf.name,
      built: sf.built,
      steps: sf.steps.map((st) => {
        let im = impact?.get(st), j = {
          line: st.line,
          endLine: st.endLine,
          instruction: st.display,
          createsLayer: st.createsLayer,
          inputs: st.inputs,
          volatility: st.volatility
        };
        return impact && (j.rebuild = im?.rebuild ?? !1), j.reason = impact ? im?.reason ?? "" : sf.built ? st.volatilityReason : "stage is not built for this target", history && (j.rebuilds = history.rebuilds.get(st)?.count ?? 0, j.commits = history.commits.length), j;
      })
    }))
  }, facts, impact, history, changed, ms: performance.now() - t0 };
}

// src/cli/layers.ts
var LAYERS_HELP = `Usage: dflint layers [options] [Dockerfile]

Predicts, step by step, what each layer's cache key depends on and which steps
a change rebuilds, from the Dockerfile and the build context (no build).

Options:
  --context DIR          build context (default: the Dockerfile's folder)
  --target NAME          stage to build (default: the last one)
  --build-arg NAME=VALUE value for an ARG (repeatable)
  --compare-build-arg NAME=VALUE
                         the previous build's value of a build arg (repeatable;
                         NAME alone: the previous build did not pass it)
  --platform OS/ARCH     target platform of this build (sets TARGET* args)
  --compare-platform OS/ARCH
                         target platform of the previous build
  --changed PATH         a changed file, relative to the context (repeatable)
  --since REF            files changed since a git ref, plus uncommitted changes
  --compare FILE         previous version of the Dockerfile, compared step by step
  --history N            replay the last N commits: how often each step rebuilt
  -f, --format NAME      stylish (default), json, markdown
  --color, --no-color    force colours on or off
`, OPTIONS = {
  context: { type: "string" },
  target: { type: "string" },
  "build-arg": { type: "string", multiple: !0 },
  "compare-build-arg": { type: "string", multiple: !0 },
  platform: { type: "string" },
  "compare-platform": { type: "string" },
  changed: { type: "string", multiple: !0 },
  since: { type: "string" },
  compare: { type: "string" },
  history: { type: "string" },
  format: { type: "string", short: "f" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" }
}, FORMATS = ["stylish", "json", "markdown"];
function layerReport(dockerfilePath, options = {}) {
  let analysis = analyzeLayers(dockerfilePath, options);
  return renderLayers([analysis], options.format ?? "markdown", options.color ?? !1);
}
function isDirectory(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return !1;
  }
}
async function layersCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: !0, strict: !0 });
  } catch (err) {
    return io.stderr(`dflint layers: ${err.message.replace(/\. To specify a positional argument.*$/s, "")}
Run 'dflint layers --help' for usage.
`), 2;
  }
  let v = parsed.values;
  if (v.help)
    return io.stdout(LAYERS_HELP), 0;
  let format = v.format ?? "stylish";
  if (!FORMATS.includes(format))
    return io.stderr(`dflint layers: unknown format '${v.format}' (use ${FORMATS.join(", ")})
`), 2;
  let history;
  if (v.history !== void 0 && (history = Number(v.history), !Number.isInteger(history) || history < 1))
    return io.stderr(`dflint layers: --history needs a positive whole number
`), 2;
  let files = parsed.positionals.length ? parsed.positionals : ["Dockerfile"], buildArgs;
  try {
    buildArgs = parseBuildArgs(v["build-arg"], io.env);
  } catch (err) {
    return io.stderr(`dflint layers: ${err.message}
`), 2;
  }
  let compareBuildArgs = /* @__PURE__ */ new Map();
  for (let item of v["compare-build-arg"] ?? []) {
    let eq = item.indexOf("="), name = eq === -1 ? item : item.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      return io.stderr(`dflint layers: --compare-build-arg needs NAME=VALUE or NAME, got '${name.replace(/[^\x20-\x7e]/g, "?")}'
`), 2;
    compareBuildArgs.set(name, eq === -1 ? null : item.slice(eq + 1));
  }
  for (let key of ["platform", "compare-platform"]) {
    let p = v[key];
    if (p !== void 0 && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      return io.stderr(`dflint layers: --${key} needs OS/ARCH[/VARIANT], e.g. linux/arm64
`), 2;
  }
  let color = v["no-color"] ? !1 : v.color ? !0 : io.env.NO_COLOR ? !1 : io.env.FORCE_COLOR !== void 0 ? io.env.FORCE_COLOR !== "0" : io.isTTY;
  if (v.context !== void 0 && !isDirectory(path2.resolve(io.cwd, v.context)))
    return io.stderr(`dflint layers: --context '${v.context}' is not a folder
`), 2;
  let analyses = [];
  for (let file of files) {
    let abs = path2.resolve(io.cwd, file);
    if (!fs.existsSync(abs))
      return io.stderr(`dflint layers: ${file}: no such file
`), 2;
    try {
      let previousDockerfile = null;
      v.compare && (previousDockerfile = readTextFile(path2.resolve(io.cwd, v.compare))), analyses.push(
        analyzeLayers(abs, {
          cwd: io.cwd,
          displayPath: path2.relative(io.cwd, abs) || abs,
          context: v.context ? path2.resolve(io.cwd, v.context) : void 0,
          changed: v.changed,
          since: v.since,
          history,
          previousDockerfile,
          buildArgs,
          compareBuildArgs: compareBuildArgs.size ? compareBuildArgs : void 0,
          platform: v.platform,
          comparePlatform: v["compare-platform"],
          target: v.target
        })
      );
    } catch (err) {
      let msg = err instanceof ReadError && v.compare ? `${v.compare}: ${err.message}` : err.message;
      return io.stderr(`dflint layers: ${msg}
`), 2;
    }
  }
  return io.stdout(renderLayers(analyses, format, color)), 0;
}
export {
  LAYERS_HELP,
  layerReport,
  layersCommand
};
