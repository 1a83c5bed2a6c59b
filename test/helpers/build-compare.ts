// Compares one real before/after build (BuildKit's per-step CACHED log) with
// `dflint layers` on the same change. Used by test/buildkit-cache.test.ts.
import fs from "node:fs";
import path from "node:path";
import { analyzeLayers, type LayerAnalysis } from "../../src/layers/report";
import type { StepFacts } from "../../src/layers/estimate";
import type { Vertex } from "./buildkit";

export interface StepVerdict {
  stage: string;
  line: number;
  text: string;
  /** What BuildKit did: ran (true), cached (false), or not shown (deduplicated). */
  real: boolean | null;
  dflint: boolean | "maybe";
  agree: boolean;
  reason: string;
}

/** Every file of a directory: path -> content and mode (what enters BuildKit's checksum). */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else {
        const p = path.join(dir, r);
        out.set(r, `${(fs.statSync(p).mode & 0o777).toString(8)}:${fs.readFileSync(p, "utf8")}`);
      }
    }
  };
  walk("");
  return out;
}

/** Paths added, removed or changed (content or mode) between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) out.push(p);
  for (const p of before.keys()) if (!after.has(p)) out.push(p);
  return out.sort();
}

/** The layer steps BuildKit shows for a stage, in its order: base-stage ONBUILD triggers (shown on FROM), then RUN/COPY/ADD/WORKDIR. */
function expectedSteps(a: LayerAnalysis, stageIndex: number): { step: StepFacts; keyword: string }[] {
  const sf = a.facts.stages[stageIndex]!;
  const out: { step: StepFacts; keyword: string }[] = [];
  const from = sf.steps[0]!;
  const parent = sf.stage.parent;
  if (parent) for (const st of a.facts.stages[parent.index]!.steps) if (st.trigger) out.push({ step: from, keyword: st.instruction.onbuild!.keyword });
  for (const st of sf.steps) if (st.createsLayer) out.push({ step: st, keyword: st.keyword });
  return out;
}

/** Verdict per step of the built stages; throws when the log cannot be lined up with the Dockerfile. */
export function compare(a: LayerAnalysis, vertices: Vertex[]): StepVerdict[] {
  const single = vertices.every((v) => v.stage === "");
  const verdicts = new Map<StepFacts, StepVerdict>();
  for (const sf of a.facts.stages) {
    if (!sf.built) continue;
    const label = sf.name ?? `stage-${sf.index}`;
    const mine = vertices.filter((v) => (single ? true : v.stage === label) && !/^FROM\b/.test(v.text));
    const expected = expectedSteps(a, sf.index);
    // BuildKit numbers a stage's steps from its FROM (1) when the base is an
    // image; a stage built FROM another stage or scratch starts at its first trigger or step.
    const offset = sf.stage.parent || sf.stage.image.isScratch ? 1 : 2;
    for (const v of mine) {
      const e = expected[v.index - offset];
      if (!e || v.text.split(/\s/)[0]!.toUpperCase() !== e.keyword) {
        throw new Error(`stage ${label}: BuildKit step ${v.index}/${v.total} '${v.text}' does not line up with dflint's layer steps (${expected.map((x) => `${x.keyword}@${x.step.line}`).join(", ")})`);
      }
    }
    // A vertex identical to one in another stage is shown once (there): not compared here.
    expected.forEach((e, i) => {
      const v = mine.find((x) => x.index - offset === i);
      const im = a.impact?.get(e.step);
      const dflint = im?.rebuild ?? false;
      const prev = verdicts.get(e.step);
      const real = v ? !v.cached || (prev?.real ?? false) : prev?.real ?? null;
      const agree = real === null || dflint === "maybe" || dflint === real;
      verdicts.set(e.step, { stage: label, line: e.step.line, text: e.step.display, real, dflint, agree, reason: im?.reason ?? "" });
    });
  }
  return [...verdicts.values()];
}

export interface CompareRequest {
  dir: string;
  changed: string[];
  previousDockerfile: string | null;
  buildArgs: Record<string, string>;
  compareBuildArgs?: Record<string, string | null>;
  target?: string;
  platform?: string;
  comparePlatform?: string;
}

/** dflint's answer for the same change. */
export function predict(r: CompareRequest): LayerAnalysis {
  return analyzeLayers(path.join(r.dir, "Dockerfile"), {
    cwd: r.dir,
    changed: r.changed,
    previousDockerfile: r.previousDockerfile,
    buildArgs: r.buildArgs,
    compareBuildArgs: r.compareBuildArgs,
    target: r.target,
    platform: r.platform,
    comparePlatform: r.comparePlatform,
  });
}
