// Change impact: given changed context paths (and optionally the previous
// version of the Dockerfile), which steps rebuild. A COPY/ADD (or a RUN bind
// mount of the context) misses when a file it selects changed; a miss
// invalidates every later step of the stage and every stage built FROM it;
// a stage that reads a rebuilt stage through COPY --from / mount from= may
// still hit (content cut-off), so it is "maybe".
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { compileGoGlob, contextRelative, PatternMatcher } from "./dockerignore";
import type { LayerFacts, Selector, StageFacts, StepFacts } from "./estimate";
import { stageLabel } from "./estimate";
import type { Model, Stage } from "../model/types";

export type Rebuild = boolean | "maybe";

/** Where a stage's keys start to differ: the signed-step ordinal (`StepFacts.keyIndex`) and why, in words. */
export interface DiffPoint {
  at: number;
  reason: string;
}

export type DockerfileDiff = Map<Stage, DiffPoint>;

export interface StepImpact {
  rebuild: Rebuild;
  reason: string;
}

export interface ImpactOptions {
  /** Changed paths relative to the context (files; a directory means everything below it). */
  changed: string[];
  /** Per stage of the current model: the first step whose cache key differs from the
   * previous Dockerfile, args or platform (from `diffDockerfile`). */
  dockerfileDiff?: DockerfileDiff;
}

const RANK = { false: 0, maybe: 1, true: 2 } as const;
function rank(r: Rebuild): number {
  return RANK[String(r) as keyof typeof RANK];
}

/** Context-relative form of a changed path, or null when it is outside the context. */
export function normalizeChanged(p: string): string | null {
  const s = p.replace(/\\/g, "/");
  if (s.startsWith("../") || s === "..") return null;
  const r = contextRelative(s);
  return r === "." ? null : r;
}

function hasWildcard(s: string): boolean {
  return /(^|[^\\])[*?[]/.test(s);
}

/** Whether `source` (a COPY source, context-relative) would select `path` if it existed. */
export function sourceMatchesPath(source: string, path: string, parents = false): { matched: boolean; rel: string } {
  let src = source;
  if (parents) {
    const cut = src.indexOf("/./");
    src = cut >= 0 ? src.slice(0, cut) + "/" + src.slice(cut + 3) : src;
  }
  const s = contextRelative(src);
  if (s === ".") return { matched: true, rel: path };
  const sp = s.split("/");
  const pp = path.split("/");
  if (pp.length < sp.length) return { matched: false, rel: "" };
  let k = sp.findIndex(hasWildcard);
  if (k < 0) k = sp.length;
  for (let i = 0; i < sp.length; i++) {
    if (i < k) {
      if (sp[i] !== pp[i]) return { matched: false, rel: "" };
    } else {
      const re = compileGoGlob(sp[i]!);
      if (!re || !re.test(pp[i]!)) return { matched: false, rel: "" };
    }
  }
  return { matched: true, rel: pp.slice(sp.length).join("/") || pp[pp.length - 1]! };
}

/** Does a step's selector include `path` (context-relative)? */
export function selectorHits(sel: Selector, path: string, contextDir: string | null, exists: (p: string) => boolean): boolean {
  if (sel.selected) {
    if (sel.selected.has(path)) return true;
    if (contextDir && exists(path)) {
      // A directory that exists: hit when any selected file lies below it.
      if (isDir(join(contextDir, path))) {
        const prefix = path + "/";
        for (const f of sel.selected) if (f.startsWith(prefix)) return true;
      }
      return false;
    }
  }
  // Not on disk (deleted or renamed away), or no context read: match the patterns.
  const excl = sel.exclude.length ? PatternMatcher.compile(sel.exclude).matcher : null;
  for (const src of sel.sources) {
    const m = sourceMatchesPath(src, path, sel.parents);
    if (!m.matched) continue;
    if (excl && excl.matchesOrParentMatches(m.rel)) continue;
    return true;
  }
  return false;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Per-step rebuild answers, in build order. */
export function computeImpact(facts: LayerFacts, options: ImpactOptions): Map<StepFacts, StepImpact> {
  const out = new Map<StepFacts, StepImpact>();
  const ctx = facts.context;
  const existsCache = new Map<string, boolean>();
  const exists = (p: string) => {
    let v = existsCache.get(p);
    if (v === undefined) {
      v = ctx ? existsSync(join(ctx.dir, p)) : false;
      existsCache.set(p, v);
    }
    return v;
  };
  const changed: string[] = [];
  const ignored: string[] = [];
  for (const raw of options.changed) {
    const p = normalizeChanged(raw);
    if (p === null) continue;
    if (ctx && ctx.isIgnored(p)) ignored.push(p);
    else changed.push(p);
  }
  const stageState = new Map<Stage, Rebuild>();
  for (const sf of dependencyOrder(facts)) {
    if (!sf.built) {
      for (const st of sf.steps) out.set(st, { rebuild: false, reason: "stage is not built for this target" });
      stageState.set(sf.stage, false);
      continue;
    }
    let cur: Rebuild = false;
    let why = "";
    const parent = sf.stage.parent;
    if (parent) {
      const ps = stageState.get(parent) ?? false;
      if (ps !== false) {
        cur = ps;
        why = ps === true ? `base stage ${stageLabel(parent)} is rebuilt` : `base stage ${stageLabel(parent)} may be rebuilt`;
      }
    }
    const diffAt = options.dockerfileDiff?.get(sf.stage);
    // In-file ONBUILD triggers of the base stage run right after FROM <stage>.
    const triggers = parent ? (facts.stages[parent.index]?.steps ?? []).flatMap((s) => (s.trigger ? [s.trigger] : [])) : [];
    for (const st of sf.steps) {
      let own: Rebuild = false;
      let ownWhy = "";
      const selectors = st.keyword === "FROM" && triggers.length ? [...st.selectors, ...triggers.flatMap((t) => t.selectors)] : st.selectors;
      const readsStages = st.keyword === "FROM" && triggers.length ? [...st.readsStages, ...triggers.flatMap((t) => t.readsStages)] : st.readsStages;
      if (diffAt !== undefined && st.keyIndex >= 0 && st.keyIndex === diffAt.at) {
        own = true;
        ownWhy = diffAt.reason;
      }
      if (own !== true) {
        for (const sel of selectors) {
          const hits = changed.filter((p) => selectorHits(sel, p, ctx?.dir ?? null, exists));
          if (hits.length) {
            own = true;
            ownWhy = `${hits.slice(0, 3).join(", ")}${hits.length > 3 ? ` +${hits.length - 3}` : ""} changed`;
            break;
          }
        }
      }
      if (own === false) {
        for (const r of readsStages) {
          const rs = stageState.get(r) ?? false;
          if (rs !== false) {
            own = "maybe";
            ownWhy = `stage ${stageLabel(r)} is rebuilt; hits if the copied files come out identical`;
            break;
          }
        }
      }
      if (rank(own) > rank(cur)) {
        cur = own;
        why = `line ${st.line}: ${ownWhy}`;
        out.set(st, { rebuild: own, reason: ownWhy });
      } else if (cur !== false) {
        out.set(st, { rebuild: cur, reason: `follows ${why}` });
      } else {
        out.set(st, { rebuild: false, reason: ignored.length && !changed.length ? `changes are all excluded by .dockerignore` : "no change reaches it" });
      }
    }
    stageState.set(sf.stage, cur);
  }
  return out;
}

/**
 * Stages in an order where every stage comes after the stages it reads: its
 * FROM parent, the stages its COPY --from / mount from= name (BuildKit resolves
 * those to stages defined later in the file too) and those its base stage's
 * ONBUILD triggers read. File order otherwise; a cycle (BuildKit rejects it)
 * falls back to file order.
 */
function dependencyOrder(facts: LayerFacts): StageFacts[] {
  const out: StageFacts[] = [];
  const state = new Map<StageFacts, 1 | 2>();
  const byStage = new Map(facts.stages.map((sf) => [sf.stage, sf] as const));
  const visit = (sf: StageFacts): void => {
    if (state.has(sf)) return;
    state.set(sf, 1);
    const deps: Stage[] = [];
    if (sf.stage.parent) {
      deps.push(sf.stage.parent);
      for (const st of byStage.get(sf.stage.parent)?.steps ?? []) if (st.trigger) deps.push(...st.trigger.readsStages);
    }
    for (const st of sf.steps) deps.push(...st.readsStages);
    for (const d of deps) {
      const df = byStage.get(d);
      if (df && df !== sf && !state.has(df)) visit(df);
    }
    state.set(sf, 2);
    out.push(sf);
  };
  facts.stages.forEach(visit);
  return out;
}

/**
 * The stage of `old` that corresponds to `stage`: the same name; else, for a
 * stage whose name is new (a rename) or that has none, the stage at the same
 * index when that one's name is gone from the new version (or it had none).
 */
function matchStage(stage: Stage, old: Model, current: Model): Stage | null {
  if (stage.name) {
    const same = old.stages.find((s) => s.name === stage.name);
    if (same) return same;
  }
  const o = old.stages[stage.index];
  if (!o) return null;
  if (!o.name) return o;
  return current.stages.some((s) => s.name === o.name) ? null : o;
}

/**
 * Compares two versions of a Dockerfile step by step: for each built stage of
 * `facts`, the ordinal of the first layer step (FROM, RUN, COPY, ADD, WORKDIR)
 * whose cache key differs. Comments, blank lines and metadata-only
 * instructions (LABEL, EXPOSE, CMD, ...) never count; ENV/ARG/USER/SHELL count
 * through the keys of the steps they affect; a renamed stage is the same stage.
 */
export function diffDockerfile(facts: LayerFacts, oldFacts: LayerFacts): DockerfileDiff {
  const out: DockerfileDiff = new Map();
  // Old stage index -> new stage index, to compare stage references by identity.
  const toNew = new Map<number, number>();
  const matched = new Map<Stage, Stage>();
  for (const sf of facts.stages) {
    const o = matchStage(sf.stage, oldFacts.model, facts.model);
    if (o) {
      matched.set(sf.stage, o);
      toNew.set(o.index, sf.stage.index);
    }
  }
  const remap = (sig: string | null) => sig === null ? null : sig.replace(/@stage(\d+)@/g, (_, i: string) => `@stage${toNew.get(Number(i)) ?? `old${i}`}@`);
  for (const sf of facts.stages) {
    const oldStage = matched.get(sf.stage);
    const signed = sf.steps.filter((s) => s.keyIndex >= 0);
    if (!oldStage) {
      out.set(sf.stage, { at: 0, reason: "stage is new in this version of the Dockerfile" });
      continue;
    }
    const oldSigned = oldFacts.stages[oldStage.index]!.steps.filter((s) => s.keyIndex >= 0);
    for (let k = 0; k < signed.length; k++) {
      const old = oldSigned[k];
      if (signed[k]!.signature !== remap(old?.signature ?? null)) {
        out.set(sf.stage, { at: k, reason: describeKeyChange(signed[k]!, old, remap) });
        break;
      }
    }
  }
  return out;
}

/** Maps a diff computed on one version of the file onto the stages of `facts` (by stage name, else index). */
export function mapDiff(diff: DockerfileDiff, facts: LayerFacts): DockerfileDiff {
  const out: DockerfileDiff = new Map();
  for (const [stage, k] of diff) {
    const cur: StageFacts | undefined = stage.name
      ? facts.stages.find((s) => s.stage.name === stage.name)
      : facts.stages[stage.index];
    if (cur) out.set(cur.stage, k);
  }
  return out;
}

const PART_WORDS: Record<string, string> = {
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
  onbuild: "an ONBUILD trigger of the base stage",
};

/** What differs between a step's key and the previous version's, in words. */
function describeKeyChange(step: StepFacts, old: StepFacts | undefined, remap: (s: string | null) => string | null): string {
  if (!old) return `new step on line ${step.line}`;
  const oldParts = new Map(old.keyParts);
  for (const [name, value] of step.keyParts) {
    const before = oldParts.get(name);
    const was = name === "base" || name === "onbuild" || name === "flags" ? remap(before ?? null) : before;
    if (was === value) continue;
    if (name === "env") return envChange(step, before ?? "", value);
    if (name === "command" && step.keyword === "RUN" && (before ?? "").split(" ")[0] !== value.split(" ")[0] && step.instruction.run?.form === "shell") {
      return "the SHELL changed";
    }
    if (name === "platform") return `the platform changed (${before || "default"} -> ${value || "default"})`;
    return `${PART_WORDS[name] ?? name} changed${name === "keyword" || name === "command" || name === "sources" || name === "flags" ? ` on line ${step.line}` : ""}`;
  }
  return `line ${step.line} changed`;
}

/** Names the first variable whose value or position in a RUN's environment differs. */
function envChange(step: StepFacts, before: string, after: string): string {
  const parse = (s: string) => s ? s.split("\u0001").map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)] as const) : [];
  const o = parse(before);
  const n = parse(after);
  const oldMap = new Map(o);
  const where = (name: string) => {
    const b = step.instruction.scope.get(name);
    const line = b?.declaredBy?.line;
    const kind = b?.kind === "env" ? "ENV" : "ARG";
    return line ? ` (${kind} on line ${line})` : "";
  };
  for (const [k, v] of n) {
    if (!oldMap.has(k)) return `${k} is new in the environment${where(k)}`;
    if (oldMap.get(k) !== v) return `${k} changed${where(k)}`;
  }
  const newNames = new Set(n.map(([k]) => k));
  for (const [k] of o) if (!newNames.has(k)) return `${k} left the environment`;
  return "the order of ENV/ARG variables changed";
}
