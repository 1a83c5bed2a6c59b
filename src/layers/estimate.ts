// Per-step layer facts: for every instruction of every stage, in build order,
// what enters its cache key (after BuildKit's rules, see
// shared/reference/cache-semantics.md), how often those inputs change, and
// how much is rebuilt when the step misses.
import { posix } from "node:path";
import type { BuildContext, SelectResult } from "./context";
import { contextRelative } from "./dockerignore";
import { flagsKey, heredocKey, normalizeImage, runCommandKey, runEnvKey, stageToken } from "./keys";
import { copiesFromContext, copyParts } from "../model/copy";
import { detectInstall } from "../model/installs";
import { isIndexUpdate, isPackageInstall } from "../model/packages";
import type { Instruction, Model, Scope, Stage } from "../model/types";

export type Volatility = "stable" | "manifests" | "source" | "per-build" | "remote" | "stale-prone";

/** From least to most volatile (a step's class is the worst of its inputs). */
export const VOLATILITY_ORDER: Volatility[] = ["stable", "stale-prone", "manifests", "source", "remote", "per-build"];

export interface FileInputs {
  /** Sources as written after variable expansion. */
  sources: string[];
  /** Number of context files selected (null when no context was read). */
  count: number | null;
  bytes: number | null;
  /** Sources that select only .dockerignore'd files. */
  ignored?: string[];
  /** Sources that select nothing at all. */
  missing?: string[];
  exclude?: string[];
  parents?: boolean;
}

export interface MountInput {
  type: string;
  target: string | null;
  source?: string;
  from?: string;
  /** `content`: the mounted files' checksum enters the key; `definition`: only the mount options do. */
  key: "content" | "definition";
}

export interface ArgInput {
  name: string;
  /** Known value, null when unknown statically. */
  value: string | null;
  /** `explicit`: the instruction text references it; `implicit`: RUN environment only. */
  use: "explicit" | "implicit";
}

export interface StepInputs {
  /** Instruction text after ARG/ENV expansion (RUN text is not expanded by BuildKit). */
  text: string;
  /** Base image (FROM) or `--from` image. */
  image?: string;
  /** `FROM <stage>` / `COPY --from=<stage>` / `--mount from=<stage>`: stage names (or indexes). */
  stages?: string[];
  files?: FileInputs;
  urls?: string[];
  buildArgs?: ArgInput[];
  mounts?: MountInput[];
}

export interface BlastRadius {
  /** Layer-creating steps (RUN/COPY/ADD) re-executed when this step misses, itself included. */
  steps: number;
  /** Other stages rebuilt entirely (built FROM this one, transitively). */
  stages: string[];
  /** Stages that copy from a rebuilt stage and may be rebuilt (content cut-off can save them). */
  maybeStages: string[];
}

/** How a context path is matched by a step's sources (for changes to files not on disk). */
export interface Selector {
  sources: string[];
  exclude: string[];
  parents: boolean;
  /** Context files currently selected (null without a context). */
  selected: Set<string> | null;
  /** Selection result (null without a context). */
  result: SelectResult | null;
}

export interface StepFacts {
  instruction: Instruction;
  stage: Stage;
  line: number;
  endLine: number;
  keyword: string;
  /** Source text of the instruction, continuation lines joined. */
  display: string;
  createsLayer: boolean;
  inputs: StepInputs;
  volatility: Volatility;
  /** Why that class. */
  volatilityReason: string;
  blast: BlastRadius;
  /** Context files the step reads (COPY/ADD from context, RUN bind mounts of the context). */
  selectors: Selector[];
  /** Stages whose content this step reads (COPY --from, mount from=). */
  readsStages: Stage[];
  /** Signature of what BuildKit hashes for this step (layer steps only): used to diff Dockerfile versions. */
  signature: string | null;
  /** The named parts of the signature (`command`, `env`, `workdir`, ...), to say in words what changed. */
  keyParts: KeyPart[];
  /** Ordinal among the stage's signed steps (FROM is 0), -1 for metadata steps. */
  keyIndex: number;
  /** ONBUILD COPY/ADD/RUN: what the trigger reads when it runs at the start of a
   * stage built FROM this one (BuildKit runs in-file ONBUILD triggers of the base stage). */
  trigger?: { selectors: Selector[]; readsStages: Stage[]; signature: string | null };
}

export type KeyPart = [name: string, value: string];

/** A signature from its parts. */
export function signatureOf(parts: KeyPart[]): string {
  return parts.map(([k, v]) => `${k}=${v}`).join("\u0004");
}

export interface StageFacts {
  stage: Stage;
  index: number;
  name: string | null;
  /** Label for humans: name, or the index. */
  label: string;
  built: boolean;
  steps: StepFacts[];
  /** Stages built FROM this one (direct). */
  children: Stage[];
}

export interface LayerFacts {
  model: Model;
  context: BuildContext | null;
  target: Stage | null;
  stages: StageFacts[];
}

export interface EstimateOptions {
  /** The build context (null: selections are left uncounted). */
  context?: BuildContext | null;
  /** Target platform (`--platform`), e.g. `linux/arm64`; enters the key of every stage not pinned by `FROM --platform`. */
  platform?: string;
}

const LAYER = new Set(["RUN", "COPY", "ADD"]);
const METADATA = new Set(["LABEL", "EXPOSE", "CMD", "ENTRYPOINT", "HEALTHCHECK", "VOLUME", "STOPSIGNAL", "MAINTAINER", "ONBUILD"]);

// The name patterns of isPerBuildArgName, made once: as literals in the function each call made a
// new RegExp object of each (rules ask about every ARG key).
const ALWAYS_PER_BUILD = /(^|_)(BUILD_?(DATE|TIME|TIMESTAMP|NUMBER|ID|NUM)|BUILDTIME|BUILDDATE|TIMESTAMP|CACHE_?BUST|CACHEBUST|RUN_?ID|PIPELINE_?ID|JOB_?ID)$|^SOURCE_DATE_EPOCH$/;
const COMMIT_LIKE = /(^|_)(SHA|COMMIT|COMMIT_?SHA|COMMIT_?HASH|REVISION|VCS_REF|GIT_REF)$/;
const PER_BUILD_WITHOUT_DEFAULT = /^(APP_|BUILD_|IMAGE_|RELEASE_|PROJECT_|SERVICE_)?VERSION$|^RELEASE$|^(IMAGE_|BUILD_|DOCKER_)?TAG$|^(GIT_|VCS_|SOURCE_)?(REF|BRANCH)$|^DATE$/;

/** Build args whose value is typically different on every build. */
export function isPerBuildArgName(name: string, hasDefault: boolean, defaultValue: string | null = null): boolean {
  const n = name.toUpperCase();
  // Always per-build: dates, build numbers, cache busters.
  if (ALWAYS_PER_BUILD.test(n)) return true;
  // Commit-like: per-build unless the default pins a real hash (`ARG TOOL_COMMIT=3f2a...`).
  if (COMMIT_LIKE.test(n)) {
    if (!hasDefault) return true;
    return defaultValue === null ? /^(GIT_|VCS_|SOURCE_)/.test(n) : !/^[0-9a-f]{7,}$/i.test(defaultValue.replace(/^["']|["']$/g, ""));
  }
  // Per-build when passed in by CI without a default; pinned when given one.
  if (!hasDefault && PER_BUILD_WITHOUT_DEFAULT.test(n)) return true;
  return false;
}

// Made once: as literals in the functions below each call made a new RegExp object of each.
const REMOTE_URL = /^https?:\/\//i;
const GIT_SSH = /^git@[^:]+:/;
const GIT_PROTOCOL = /^git:\/\//;
const SSH_URL = /^ssh:\/\//;
const HTTP_URL = /^https?:\/\//;
const DOT_GIT = /\.git(#|$|\?)/;

export function isRemoteUrl(s: string): boolean {
  return REMOTE_URL.test(s);
}

export function isGitUrl(s: string): boolean {
  return GIT_SSH.test(s) || GIT_PROTOCOL.test(s) || SSH_URL.test(s) || (HTTP_URL.test(s) && DOT_GIT.test(s));
}

/** The ref of a git source (`url#ref[:subdir]`, or `?ref=`), or null. */
export function gitRef(url: string): string | null {
  const hash = url.indexOf("#");
  if (hash >= 0) {
    const frag = url.slice(hash + 1);
    return frag.split(":")[0] || null;
  }
  const m = /[?&](?:ref|tag|branch|commit)=([^&]+)/.exec(url);
  return m ? m[1]! : null;
}

export function isCommitSha(ref: string | null): boolean {
  return !!ref && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref);
}

const MANIFEST_NAMES = new Set([
  "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", ".yarnrc", ".yarnrc.yml", "bun.lockb", "bun.lock",
  "requirements.txt", "pyproject.toml", "poetry.lock", "pipfile", "pipfile.lock", "setup.py", "setup.cfg", "uv.lock", "constraints.txt",
  "go.mod", "go.sum", "go.work", "go.work.sum", "cargo.toml", "cargo.lock", "gemfile", "gemfile.lock", "composer.json", "composer.lock",
  "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.properties", "mix.exs", "mix.lock",
  "packages.config", "nuget.config", "directory.packages.props", "directory.build.props", "global.json", "environment.yml", "environment.yaml",
  "conda-lock.yml", "renv.lock", "description", "stack.yaml", "cabal.project", "pubspec.yaml", "pubspec.lock", "package.swift", "package.resolved",
]);

/** A dependency manifest or lock file (changes rarely compared with source). */
export function isManifestPath(p: string): boolean {
  const b = p.slice(p.lastIndexOf("/") + 1).toLowerCase();
  if (MANIFEST_NAMES.has(b)) return true;
  if (/^requirements[-_.\w]*\.(txt|in)$/.test(b)) return true;
  if (/\.(csproj|fsproj|vbproj|sln|gemspec|cabal)$/.test(b)) return true;
  return false;
}

/** Stage label: its name, else its index. */
export function stageLabel(s: Stage): string {
  return s.nameRaw ?? String(s.index);
}

/** Source text of an instruction, continuation lines joined (heredoc bodies omitted). */
export function instructionDisplay(ins: Instruction): string {
  return `${ins.keywordRaw} ${ins.argsText.text.trim()}`.trim();
}

function flagValues(ins: Instruction, name: string): string[] {
  return ins.flags.filter((f) => f.name === name && f.value !== null).map((f) => f.value!);
}

function hasFlag(ins: Instruction, name: string): boolean {
  const f = ins.flags.find((x) => x.name === name);
  return !!f && f.value !== "false";
}

/** ARG bindings in scope (declared in this stage or an ancestor stage). */
function argsInScope(scope: Scope): { name: string; value: string | undefined; declaredBy?: Instruction }[] {
  const out: { name: string; value: string | undefined; declaredBy?: Instruction }[] = [];
  for (const b of scope.values()) {
    if (b.kind === "arg" || (b.kind === "builtin" && b.declaredBy)) out.push(b);
  }
  return out;
}

function referencedNames(model: Model, text: string, scope: Scope): Set<string> {
  return new Set(model.expand(text, scope).names);
}

/** Computes the per-step facts of a model. */
export function estimateLayers(model: Model, options: EstimateOptions = {}): LayerFacts {
  const context = options.context ?? null;
  const platform = options.platform ?? "";
  const stageFacts: StageFacts[] = [];
  const byStage = new Map<Stage, StageFacts>();
  for (const stage of model.stages) {
    const sf: StageFacts = {
      stage,
      index: stage.index,
      name: stage.nameRaw,
      label: stageLabel(stage),
      built: stage.reachable,
      steps: [],
      children: model.stages.filter((s) => s.parent === stage),
    };
    stageFacts.push(sf);
    byStage.set(stage, sf);
    let workdir = "/";
    let user = "";
    let keyIndex = 0;
    // Working dir and user inherited through FROM <stage>.
    if (stage.parent) {
      const p = stateAtEnd(stage.parent, model);
      workdir = p.workdir;
      user = p.user;
    }
    for (const ins of stage.instructions) {
      const step = stepFacts(model, ins, stage, context, workdir, user, byStage, platform);
      if (ins.keyword === "ONBUILD" && ins.onbuild && LAYER.has(ins.onbuild.keyword)) {
        const t = stepFacts(model, ins.onbuild, stage, context, workdir, user, byStage, platform);
        step.trigger = { selectors: t.selectors, readsStages: t.readsStages, signature: t.signature };
      }
      // In-file ONBUILD triggers of the base stage run as part of this stage's start.
      if (ins.keyword === "FROM" && stage.parent && step.signature !== null) {
        const triggers = (byStage.get(stage.parent)?.steps ?? []).flatMap((s) => (s.trigger ? [s.trigger.signature ?? ""] : []));
        if (triggers.length) {
          step.keyParts.push(["onbuild", triggers.join("\u0003")]);
          step.signature = signatureOf(step.keyParts);
        }
      }
      if (step.signature !== null) step.keyIndex = keyIndex++;
      sf.steps.push(step);
      if (ins.keyword === "WORKDIR") workdir = resolveDir(workdir, model.expand(ins.argsText.text.trim(), ins.scope).value);
      if (ins.keyword === "USER") user = model.expand(ins.argsText.text.trim(), ins.scope).value;
    }
  }
  computeBlast(stageFacts, byStage);
  return { model, context, target: model.target, stages: stageFacts };
}

function stateAtEnd(stage: Stage, model: Model): { workdir: string; user: string } {
  let workdir = "/";
  let user = "";
  if (stage.parent && stage.parent !== stage) {
    const p = stateAtEnd(stage.parent, model);
    workdir = p.workdir;
    user = p.user;
  }
  for (const ins of stage.instructions) {
    if (ins.keyword === "WORKDIR") workdir = resolveDir(workdir, model.expand(ins.argsText.text.trim(), ins.scope).value);
    if (ins.keyword === "USER") user = model.expand(ins.argsText.text.trim(), ins.scope).value;
  }
  return { workdir, user };
}

/** WORKDIR resolution; BuildKit cleans the path (`/app/` and `/app` are the same directory and the same key). */
function resolveDir(cwd: string, p: string): string {
  return posix.normalize(posix.join("/", p.startsWith("/") ? p : posix.join(cwd, p))).replace(/(.)\/+$/, "$1");
}

function stepFacts(
  model: Model,
  ins: Instruction,
  stage: Stage,
  context: BuildContext | null,
  workdir: string,
  user: string,
  byStage: Map<Stage, StageFacts>,
  platform: string,
): StepFacts {
  const kw = ins.keyword;
  const argsRaw = ins.argsText.text.trim();
  const isRunLike = kw === "RUN";
  const expandedArgs = isRunLike ? argsRaw : kw === "FROM" ? ins.argsText.text.trim() : model.expand(argsRaw, ins.scope).value;
  let text = `${kw} ${kw === "FROM" ? stage.image.expanded + (stage.nameRaw ? ` AS ${stage.nameRaw}` : "") : expandedArgs}`.trim();
  if (kw === "FROM" && stage.platform) text = `FROM --platform=${stage.platform.value ?? ""} ${text.slice(5)}`;
  const inputs: StepInputs = { text };
  let volatility: Volatility = "stable";
  let reason = LAYER.has(kw) ? "instruction text and the previous layer only" : METADATA.has(kw) ? "image config only: never invalidates a layer" : "no layer of its own";
  const selectors: Selector[] = [];
  const readsStages: Stage[] = [];
  let keyParts: KeyPart[] | null = null;
  const bump = (v: Volatility, why: string) => {
    if (VOLATILITY_ORDER.indexOf(v) > VOLATILITY_ORDER.indexOf(volatility)) {
      volatility = v;
      reason = why;
    } else if (v === volatility && volatility !== "stable") reason += `; ${why}`;
  };

  // Build args: explicit references in the text, plus (RUN) every ARG in scope.
  const flagText = kw === "FROM" ? "" : ins.flags.filter((f) => f.name !== "from" && f.value).map((f) => " " + f.value).join("");
  const heredocText = kw === "RUN" ? "" : ins.heredocs.map((h) => (h.quoted ? "" : "\n" + h.body)).join("");
  const explicit = referencedNames(model, kw === "FROM" ? ins.argsText.text : argsRaw + flagText + heredocText, kw === "FROM" ? model.globalScope : ins.scope);
  const args: ArgInput[] = [];
  const scopeArgs = kw === "FROM" ? argsInScope(model.globalScope) : argsInScope(ins.scope);
  for (const a of scopeArgs) {
    const isExplicit = explicit.has(a.name);
    if (!isExplicit && kw !== "RUN") continue;
    // An ARG without any value is not in the RUN environment unless referenced.
    if (!isExplicit && a.value === undefined && !model.buildArgs.has(a.name)) {
      if (!isPerBuildArgName(a.name, false)) continue;
    }
    args.push({ name: a.name, value: a.value ?? null, use: isExplicit ? "explicit" : "implicit" });
  }
  if (args.length) inputs.buildArgs = args;
  if (LAYER.has(kw) || kw === "FROM" || kw === "WORKDIR" || kw === "ARG") {
    for (const a of args) {
      const declared = scopeArgs.find((x) => x.name === a.name)?.declaredBy;
      const dw = declared?.args.find((w) => w.value.split("=")[0] === a.name);
      const hasDefault = !!dw && dw.value.includes("=");
      if (isPerBuildArgName(a.name, hasDefault, hasDefault ? dw!.value.slice(dw!.value.indexOf("=") + 1) : null)) bump("per-build", `build arg ${a.name} (${a.use}) is per-build`);
      else if (a.value === null && a.use === "explicit" && kw !== "FROM" && !model.buildArgs.has(a.name)) bump("per-build", `build arg ${a.name} has no default`);
    }
  }
  if (kw === "ARG") {
    for (const w of ins.args) {
      const name = w.value.split("=")[0]!;
      if (isPerBuildArgName(name, w.value.includes("="), w.value.includes("=") ? w.value.slice(w.value.indexOf("=") + 1) : null)) bump("per-build", `ARG ${name} is per-build`);
    }
  }

  switch (kw) {
    case "FROM": {
      const img = stage.image;
      if (img.stage) {
        inputs.stages = [stageLabel(img.stage)];
        reason = `continues stage ${stageLabel(img.stage)}`;
      } else if (img.isScratch) {
        inputs.image = "scratch";
        reason = "empty base";
      } else {
        inputs.image = img.expanded;
        if (img.unresolved) bump("per-build", `image depends on a build arg without a known value`);
        else if (img.digest) reason = "base pinned by digest";
        else bump("remote", `tag ${img.tag ?? "latest"} can move in the registry`);
      }
      // The image (normalized), or the parent stage, and the platform the stage is built for.
      const stagePlatform = stage.platform?.value ? model.expand(stage.platform.value, model.globalScope).value : platform;
      keyParts = [["keyword", "FROM"], ["base", img.stage ? stageToken(img.stage) : normalizeImage(img.expanded)], ["platform", stagePlatform]];
      break;
    }
    case "COPY":
    case "ADD": {
      const { sources } = copyParts(ins);
      const fromFlag = flagValues(ins, "from")[0];
      const exclude = flagValues(ins, "exclude");
      const parents = hasFlag(ins, "parents");
      const expandedSources = sources.filter((s) => !s.heredoc).map((s) => model.expand(s.value, ins.scope).value);
      if (sources.some((s) => s.heredoc)) reason = "heredoc body only";
      if (fromFlag !== undefined) {
        const src = model.stageByRef(fromFlag);
        if (src) {
          readsStages.push(src);
          inputs.stages = [stageLabel(src)];
          const sv = contentVolatility(src, byStage);
          bump(sv.v === "stable" ? "stable" : sv.v, `copies from stage ${stageLabel(src)}${sv.v === "stable" ? "" : ` (${sv.why})`}`);
          if (sv.v === "stable") reason = `content of ${expandedSources.join(" ")} in stage ${stageLabel(src)}`;
        } else {
          inputs.image = fromFlag;
          if (!/@sha256:/.test(fromFlag)) bump("remote", `image ${fromFlag} is not pinned by digest`);
          else reason = "image pinned by digest";
        }
        inputs.files = { sources: expandedSources, count: null, bytes: null };
      } else {
        const urls = kw === "ADD" ? expandedSources.filter((s) => isRemoteUrl(s) || isGitUrl(s)) : [];
        const local = expandedSources.filter((s) => !urls.includes(s));
        if (urls.length) {
          inputs.urls = urls;
          const checksum = flagValues(ins, "checksum")[0];
          for (const u of urls) {
            if (isGitUrl(u)) {
              if (isCommitSha(gitRef(u))) reason = "git source pinned to a commit";
              else bump("remote", `git ref ${gitRef(u) ?? "(default branch)"} is resolved on every build`);
            } else if (!checksum) bump("remote", `${u} is fetched on every build (no --checksum)`);
            else reason = "download pinned by --checksum";
          }
        }
        if (local.length) {
          const files: FileInputs = { sources: local, count: null, bytes: null };
          if (exclude.length) files.exclude = exclude;
          if (parents) files.parents = true;
          const sel: Selector = { sources: local, exclude, parents, selected: null, result: null };
          if (context) {
            const r = context.select(local, { exclude, parents });
            sel.result = r;
            sel.selected = new Set(r.files.map((f) => f.path));
            files.count = r.files.length;
            files.bytes = r.bytes;
            if (r.ignoredMatches.length) files.ignored = r.ignoredMatches;
            if (r.missing.length) files.missing = r.missing;
          }
          inputs.files = files;
          selectors.push(sel);
          const paths = sel.selected ? [...sel.selected] : local.map((s) => contextRelative(s));
          const allManifests = paths.length > 0 && paths.every(isManifestPath) && local.every((s) => !isWholeish(s) || false);
          if (allManifests) bump("manifests", `copies dependency manifests (${short(paths)})`);
          else if (paths.length > 0 || !context) bump("source", `copies ${describeSources(local, sel)}`);
          else reason = "selects no context files";
        }
      }
      const dest = copyParts(ins).dest;
      keyParts = [
        ["keyword", kw],
        ["flags", flagsKey(model, ins, ins.scope)],
        ["sources", expandedSources.join(" ")],
        ["dest", dest ? model.expand(dest.value, ins.scope).value : ""],
        ["workdir", workdir],
        ["heredoc", heredocKey(model, ins, ins.scope)],
      ];
      break;
    }
    case "RUN": {
      const run = ins.run;
      if (run) {
        const mounts: MountInput[] = [];
        for (const m of run.mounts) {
          const o = m.options;
          const mi: MountInput = { type: m.type, target: o["target"] ?? null, key: m.type === "bind" ? "content" : "definition" };
          if (o["source"] ?? o["src"]) mi.source = o["source"] ?? o["src"];
          if (o["from"]) mi.from = o["from"];
          if (m.type === "cache" && o["from"]) {
            mi.key = "content";
            // Seeded from that stage's content: a rebuilt stage may change it.
            const seed = model.stageByRef(model.expand(o["from"], ins.scope).value);
            if (seed) readsStages.push(seed);
          }
          mounts.push(mi);
          if (m.type === "bind") {
            const fromStage = o["from"] ? model.stageByRef(model.expand(o["from"], ins.scope).value) : null;
            if (fromStage) {
              readsStages.push(fromStage);
              const sv = contentVolatility(fromStage, byStage);
              bump(sv.v, `bind-mounts stage ${stageLabel(fromStage)}`);
            } else if (!o["from"]) {
              const src = model.expand(mi.source ?? ".", ins.scope).value;
              const sel: Selector = { sources: [src], exclude: [], parents: false, selected: null, result: null };
              if (context) {
                const r = context.select([src]);
                sel.result = r;
                sel.selected = new Set(r.files.map((f) => f.path));
              }
              selectors.push(sel);
              const paths = sel.selected ? [...sel.selected] : [contextRelative(src)];
              if (paths.length && paths.every(isManifestPath)) bump("manifests", `bind-mounts dependency manifests (${short(paths)})`);
              else bump("source", `bind-mounts ${src === "." ? "the whole context" : src} from the context`);
            } else {
              if (!/@sha256:/.test(o["from"]!)) bump("remote", `bind-mounts image ${o["from"]}`);
            }
          }
        }
        if (mounts.length) inputs.mounts = mounts;
        const commands = run.commands;
        const updates = commands.filter(isIndexUpdate);
        const installs = commands.filter(isPackageInstall);
        if (updates.length && !installs.length) bump("stale-prone", `'${cmdText(updates[0]!)}' without an install in the same RUN stays cached and goes stale`);
        const urls = new Set<string>();
        for (const c of commands) for (const w of c.words) {
          const v = w.expanded ?? w.value;
          if (isRemoteUrl(v) && /^(curl|wget|git|aria2c)$/.test(c.name)) urls.add(v);
        }
        if (urls.size) {
          inputs.urls = [...urls];
          if (volatility === "stable") bump("stale-prone", `downloads ${short([...urls])}: the key does not see the remote content`);
        }
      }
      keyParts = [
        ["keyword", "RUN"],
        ["flags", flagsKey(model, ins, ins.scope)],
        ["command", runCommandKey(ins)],
        ["heredoc", heredocKey(model, ins, ins.scope)],
        ["env", runEnvKey(model, ins.scope)],
        ["workdir", workdir],
        ["user", user],
      ];
      break;
    }
    case "WORKDIR": {
      const to = resolveDir(workdir, expandedArgs);
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
    createsLayer: LAYER.has(kw) || (keyParts !== null && kw === "WORKDIR"),
    inputs,
    volatility,
    volatilityReason: reason,
    blast: { steps: 0, stages: [], maybeStages: [] },
    selectors,
    readsStages,
    signature: keyParts ? signatureOf(keyParts) : null,
    keyParts: keyParts ?? [],
    keyIndex: -1,
  };
}

function isWholeish(s: string): boolean {
  return contextRelative(s) === ".";
}

function describeSources(local: string[], sel: Selector): string {
  const what = local.map((s) => (isWholeish(s) ? "the whole context" : s)).join(", ");
  return sel.result ? `${what} (${sel.result.files.length} files)` : what;
}

function short(items: string[], n = 3): string {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} +${items.length - n}`;
}

function cmdText(c: { words: { value: string }[] }): string {
  return c.words.map((w) => w.value).join(" ");
}

type Cmd = NonNullable<Instruction["run"]>["commands"][number];

export { isIndexUpdate, isPackageInstall } from "../model/packages";

/** Commands that make a RUN expensive (installs, builds, downloads). */
export function isExpensive(c: Cmd): boolean {
  if (isPackageInstall(c) || detectInstall(c)) return true;
  return /^(make|cmake|ninja|gcc|g\+\+|cc|clang|rustc|javac|tsc|webpack|vite|bazel|conda|mamba|micromamba|gem|cpanm|curl|wget|git|go|cargo|npm|yarn|pnpm|pip|pip3|mvn|gradle|dotnet)$/.test(c.name);
}

/** The most volatile class of a stage's content, FROM <stage> ancestors included. */
export function contentVolatility(stage: Stage, byStage: Map<Stage, StageFacts>): { v: Volatility; why: string } {
  let best: { v: Volatility; why: string } = { v: "stable", why: "" };
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    const sv = stageVolatility(byStage.get(s));
    if (VOLATILITY_ORDER.indexOf(sv.v) > VOLATILITY_ORDER.indexOf(best.v)) best = { v: sv.v, why: s === stage ? sv.why : `stage ${stageLabel(s)} ${sv.why}` };
  }
  return best;
}

/** The most volatile class among the layer steps of a stage (and what causes it). */
export function stageVolatility(sf: StageFacts | undefined): { v: Volatility; why: string } {
  let v: Volatility = "stable";
  let why = "";
  if (!sf) return { v, why };
  for (const s of sf.steps) {
    // The base image tag is left out: what matters to a consumer is the content.
    if (!s.createsLayer) continue;
    if (VOLATILITY_ORDER.indexOf(s.volatility) > VOLATILITY_ORDER.indexOf(v)) {
      v = s.volatility;
      why = `line ${s.line}: ${s.volatilityReason}`;
    }
  }
  return { v, why };
}

function computeBlast(stages: StageFacts[], byStage: Map<Stage, StageFacts>): void {
  // Descendants through FROM <stage>, and consumers through COPY --from / mount from=.
  const built = (s: Stage) => byStage.get(s)!.built;
  const fromDescendants = (s: Stage, acc: Set<Stage>) => {
    for (const c of byStage.get(s)!.children) {
      if (!built(c) || acc.has(c)) continue;
      acc.add(c);
      fromDescendants(c, acc);
    }
    return acc;
  };
  const layerCount = (sf: StageFacts) => sf.steps.filter((x) => x.createsLayer).length;
  for (const sf of stages) {
    const desc = fromDescendants(sf.stage, new Set());
    const descSteps = [...desc].reduce((n, d) => n + layerCount(byStage.get(d)!), 0);
    const rebuilt = new Set<Stage>([sf.stage, ...desc]);
    const maybe = new Set<Stage>();
    // Consumers of a rebuilt stage may be rebuilt; follow FROM descendants of them too.
    let grew = true;
    while (grew) {
      grew = false;
      for (const other of stages) {
        if (!other.built || rebuilt.has(other.stage) || maybe.has(other.stage)) continue;
        if (other.steps.some((st) => st.readsStages.some((r) => rebuilt.has(r) || maybe.has(r)))) {
          maybe.add(other.stage);
          for (const d of fromDescendants(other.stage, new Set())) if (!rebuilt.has(d)) maybe.add(d);
          grew = true;
        }
      }
    }
    sf.steps.forEach((step, i) => {
      if (!sf.built) return;
      let first = i;
      // Metadata-only steps invalidate nothing themselves; ENV/ARG/USER/SHELL
      // change the keys of later RUNs.
      if (METADATA.has(step.keyword)) {
        step.blast = { steps: 0, stages: [], maybeStages: [] };
        return;
      }
      if (!step.createsLayer && step.keyword !== "FROM" && step.keyword !== "WORKDIR") {
        const j = sf.steps.findIndex((x, k) => k > i && x.keyword === "RUN");
        first = j === -1 ? sf.steps.length : j;
      }
      const own = sf.steps.slice(first).filter((x) => x.createsLayer).length;
      const stagesHit = first < sf.steps.length || step.createsLayer ? desc : new Set<Stage>();
      step.blast = {
        steps: own + (stagesHit.size ? descSteps : 0),
        stages: [...stagesHit].map(stageLabel),
        maybeStages: stagesHit.size || first < sf.steps.length ? [...maybe].map(stageLabel) : [],
      };
    });
  }
}

/** Steps of the layer facts as a flat list, build order. */
export function allSteps(facts: LayerFacts): StepFacts[] {
  return facts.stages.flatMap((s) => s.steps);
}

export { copiesFromContext };
