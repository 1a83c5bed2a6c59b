import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  UsageError,
  parseBuildArgs,
  splitBuildFileFlags
} from "./chunk-K664ZJOA.mjs";
import {
  buildModel,
  computeImpact,
  contextGuard,
  diffDockerfile,
  estimateLayers,
  mapDiff,
  openBuildContext,
  renderLayers,
  reorderAdvice,
  terminalText
} from "./chunk-IYWESXPH.mjs";
import "./chunk-JVUEFOX2.mjs";
import {
  ReadError,
  readTextFile
} from "./chunk-RPNVUWFB.mjs";
import "./chunk-NWQXURYX.mjs";

// src/cli/layers.ts
import fs from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/layers/report.ts
import path from "node:path";

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
  let latest = null, replays = [];
  for (let c of log) {
    let changed = [];
    for (let f of c.files) {
      let p = toContextPath(root, ctx.dir, f);
      p !== null && changed.push(p);
    }
    let impact = computeImpact(facts, { changed, dockerfileDiff: diffs.get(c.sha) });
    latest || (latest = impact);
    let rebuilt = /* @__PURE__ */ new Set();
    replays.push({ changed, dockerfileEdited: diffs.has(c.sha), rebuilt });
    for (let [st, r] of impact) {
      let e = rebuilds.get(st);
      r.rebuild === !0 && rebuilt.add(st), r.rebuild === !0 ? e.count++ : r.rebuild === "maybe" && e.maybe++;
    }
  }
  return { commits: log.map((c) => ({ sha: c.sha, subject: c.subject })), replays, rebuilds, latest, ms: performance.now() - t0 };
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
  options.history !== void 0 && (history = replayHistory(facts, options.history, { dockerfile: dfAbs, buildArgs, target: options.target }), impact || (impact = history.latest));
  let file = {
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
    })),
    guard: contextGuard(model, context)
  }, notes = context.truncated ? [`${context.truncated} (the rest counts as empty; unused .dockerignore patterns are not reported)`] : [];
  return history && (file.advice = reorderAdvice(model, facts, history, { displayPath: file.path, buildArgs, target: options.target, platform: options.platform })), { file, facts, impact, history, changed, ms: performance.now() - t0, notes };
}

// src/cli/layers.ts
var LAYERS_HELP = `Usage: dflint layers [options] [Dockerfile...]
       dflint layers --compose [compose.yaml...]
       dflint layers --bake [docker-bake.hcl...] [--target t]

Predicts, step by step, what each layer's cache key depends on and which steps
a change rebuilds, from the Dockerfile and the build context (no build).

Options:
  --compose              one report per Compose service with a build, with its
                         Dockerfile, context, build args and target (files
                         merge as for 'dflint --compose')
  --bake                 one report per Bake target (--target picks targets or
                         groups; default: the default group)
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
  compose: { type: "boolean" },
  bake: { type: "boolean" },
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
    parsed = parseArgs({ args: splitBuildFileFlags(args), options: OPTIONS, allowPositionals: !0, strict: !0 });
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
  let buildArgs;
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
  let jobs;
  try {
    jobs = v.compose || v.bake ? await buildJobs(v, parsed.positionals, buildArgs, io) : fileJobs(parsed.positionals, v, buildArgs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return io.stderr(`dflint layers: ${err.message}
`), 2;
  }
  let analyses = [];
  for (let job of jobs) {
    let abs = path2.resolve(io.cwd, job.dockerfile);
    if (!fs.existsSync(abs))
      return io.stderr(`dflint layers: ${terminalText(path2.relative(io.cwd, abs) || abs)}: no such file${job.build ? ` (${job.build.file}:${job.build.line} ${job.build.kind === "compose" ? "service" : "target"} '${terminalText(job.build.name)}' builds it)` : ""}
`), 2;
    try {
      let previousDockerfile = null;
      v.compare && (previousDockerfile = readTextFile(path2.resolve(io.cwd, v.compare)));
      let analysis = analyzeLayers(abs, {
        cwd: io.cwd,
        displayPath: path2.relative(io.cwd, abs) || abs,
        context: job.context,
        changed: v.changed,
        since: v.since,
        history,
        previousDockerfile,
        buildArgs: job.buildArgs,
        compareBuildArgs: compareBuildArgs.size ? compareBuildArgs : void 0,
        platform: v.platform,
        comparePlatform: v["compare-platform"],
        target: job.target
      });
      if (job.build) {
        let { path: shown, ...rest } = analysis.file;
        analysis.file = { path: shown, build: job.build, ...rest };
      }
      analyses.push(analysis);
    } catch (err) {
      let msg = err instanceof ReadError && v.compare ? `${v.compare}: ${err.message}` : err.message;
      return io.stderr(`dflint layers: ${job.build ? `${job.build.file}:${job.build.line} ${job.build.kind === "compose" ? "service" : "target"} '${terminalText(job.build.name)}': ` : ""}${msg}
`), 2;
    }
  }
  for (let a of analyses) for (let n of a.notes) io.stderr(`dflint layers: note: ${terminalText(a.file.path)}: ${terminalText(n)}
`);
  return io.stdout(renderLayers(analyses, format, color)), 0;
}
function fileJobs(positionals, v, buildArgs) {
  return (positionals.length ? positionals : ["Dockerfile"]).map((dockerfile) => ({ dockerfile, context: v.context, buildArgs, target: v.target }));
}
async function buildJobs(v, positionals, cliArgs, io) {
  if (v.compose && v.bake) throw new UsageError("use --compose or --bake, not both");
  if (v.context !== void 0) throw new UsageError("--context with --compose/--bake: each build's own context is used");
  if (v.compare !== void 0) throw new UsageError("--compare names one Dockerfile's previous version; use it without --compose/--bake");
  let kind = v.compose ? "compose" : "bake";
  if (kind === "compose" && v.target !== void 0) throw new UsageError("--target with --compose: each service's build.target is used");
  let { findBuilds } = await import("./builds-JATZZZ2F.mjs"), found = findBuilds(kind, positionals, { cwd: io.cwd, env: io.env, select: v.target?.split(",") });
  for (let n of found.notes) io.stderr(`dflint layers: ${terminalText(n)}
`);
  if (found.errors.length) throw new UsageError(found.errors.map(terminalText).join(`
dflint layers: `));
  if (!found.jobs.length) throw new UsageError(`no build to report on in the ${kind === "compose" ? "Compose" : "Bake"} file`);
  return found.jobs.map((j) => ({
    dockerfile: j.definition.dockerfile,
    context: j.definition.context,
    buildArgs: new Map([...j.buildArgs, ...cliArgs]),
    target: j.definition.target?.name,
    build: { kind, file: j.invocation.file, name: j.definition.name, line: j.definition.line }
  }));
}
export {
  LAYERS_HELP,
  layerReport,
  layersCommand
};
