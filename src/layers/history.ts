// `--history N`: replays the last N commits against the current Dockerfile and
// context and counts, per step, in how many of them it would have rebuilt.
// One `git log --name-only` pass, plus one `git cat-file --batch` for the
// versions of the Dockerfile in commits that edited it. No checkouts.
import { buildModel } from "../model/build";
import { estimateLayers, type LayerFacts, type StepFacts } from "./estimate";
import { computeImpact, diffDockerfile, mapDiff, type StepImpact } from "./impact";
import { readBlobs, readLog, repoRoot, toContextPath } from "./git";

export interface HistoryResult {
  /** Commits replayed (newest first). */
  commits: { sha: string; subject: string }[];
  /** Per commit (same order): the context paths it changed, whether it edited the Dockerfile, the steps it rebuilt. */
  replays: { changed: string[]; dockerfileEdited: boolean; rebuilt: Set<StepFacts> }[];
  /** Per step: in how many commits it would have rebuilt (`maybe` counts half in `maybe`). */
  rebuilds: Map<StepFacts, { count: number; maybe: number }>;
  /** Impact of the newest commit. */
  latest: Map<StepFacts, StepImpact> | null;
  /** Milliseconds spent (git + replay). */
  ms: number;
}

export interface HistoryOptions {
  /** Absolute path of the Dockerfile (to see its edits). */
  dockerfile: string;
  buildArgs?: ReadonlyMap<string, string>;
  target?: string;
}

export function replayHistory(facts: LayerFacts, n: number, options: HistoryOptions): HistoryResult {
  const t0 = performance.now();
  const ctx = facts.context;
  if (!ctx) throw new Error("--history needs a build context");
  const root = repoRoot(ctx.dir);
  const log = readLog(root, n);
  const dfRepo = toContextPath(root, root, options.dockerfile);
  // Dockerfile versions for commits that edited it.
  const editing = dfRepo ? log.filter((c) => c.files.includes(dfRepo)) : [];
  const specs = editing.flatMap((c) => [`${c.sha}:${dfRepo}`, `${c.sha}^:${dfRepo}`]);
  const blobs = readBlobs(root, specs);
  const diffs = new Map<string, ReturnType<typeof mapDiff>>();
  const cache = new Map<string, LayerFacts>();
  const factsOf = (text: string): LayerFacts => {
    let f = cache.get(text);
    if (!f) {
      f = estimateLayers(buildModel(text, { path: options.dockerfile, buildArgs: options.buildArgs, target: options.target }), { context: null });
      cache.set(text, f);
    }
    return f;
  };
  editing.forEach((c, i) => {
    const after = blobs[2 * i];
    const before = blobs[2 * i + 1];
    if (after == null) return;
    const a = factsOf(after);
    const b = factsOf(before ?? "");
    diffs.set(c.sha, mapDiff(diffDockerfile(a, b), facts));
  });
  const rebuilds = new Map<StepFacts, { count: number; maybe: number }>();
  for (const sf of facts.stages) for (const st of sf.steps) rebuilds.set(st, { count: 0, maybe: 0 });
  let latest: Map<StepFacts, StepImpact> | null = null;
  const replays: HistoryResult["replays"] = [];
  for (const c of log) {
    const changed: string[] = [];
    for (const f of c.files) {
      const p = toContextPath(root, ctx.dir, f);
      if (p !== null) changed.push(p);
    }
    const impact = computeImpact(facts, { changed, dockerfileDiff: diffs.get(c.sha) });
    if (!latest) latest = impact;
    const rebuilt = new Set<StepFacts>();
    replays.push({ changed, dockerfileEdited: diffs.has(c.sha), rebuilt });
    for (const [st, r] of impact) {
      const e = rebuilds.get(st)!;
      if (r.rebuild === true) rebuilt.add(st);
      if (r.rebuild === true) e.count++;
      else if (r.rebuild === "maybe") e.maybe++;
    }
  }
  return { commits: log.map((c) => ({ sha: c.sha, subject: c.subject })), replays, rebuilds, latest, ms: performance.now() - t0 };
}
