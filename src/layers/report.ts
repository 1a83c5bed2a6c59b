// Runs the layer analysis for one Dockerfile and shapes the result: the JSON
// contract (`version: 1`), used by the stylish and markdown renderers.
import { dirname, relative as relativePath, resolve, sep } from "node:path";
import { buildModel } from "../model/build";
import { openBuildContext } from "./context";
import { estimateLayers, type LayerFacts, type StepFacts, type StepInputs, type Volatility } from "./estimate";
import { computeImpact, diffDockerfile, type Rebuild, type StepImpact } from "./impact";
import { changedSince, repoRoot, showFile, toContextPath, verifyCommit } from "./git";
import { replayHistory, type HistoryResult } from "./history";
import { readTextFile, ReadError } from "../fs/read";
import { contextGuard, type GuardReport } from "./guard";
import { reorderAdvice, type ReorderAdvice } from "./advice";

export interface LayerAnalysisOptions {
  /** Build context folder (default: the Dockerfile's folder). Relative to `cwd`. */
  context?: string;
  /** Changed paths relative to the context. */
  changed?: string[];
  /** Git ref: files changed since it plus uncommitted changes. */
  since?: string;
  /** Replay the last N commits. */
  history?: number;
  /** Previous version of the Dockerfile (text), compared instruction by instruction. */
  previousDockerfile?: string | null;
  buildArgs?: ReadonlyMap<string, string> | Record<string, string>;
  /** Build-arg values of the previous build (`--compare-build-arg`): steps whose key they change rebuild.
   * null: the previous build did not pass the arg (its default applied). */
  compareBuildArgs?: ReadonlyMap<string, string | null> | Record<string, string | null>;
  /** Target platform of this build (`--platform`), e.g. `linux/arm64`. */
  platform?: string;
  /** Target platform of the previous build (`--compare-platform`). */
  comparePlatform?: string;
  target?: string;
  cwd?: string;
  /** Path shown in the report (default: relative to cwd). */
  displayPath?: string;
}

export interface JsonStep {
  line: number;
  endLine: number;
  instruction: string;
  createsLayer: boolean;
  inputs: StepInputs;
  volatility: Volatility;
  rebuild?: Rebuild;
  reason: string;
  rebuilds?: number;
  commits?: number;
}

export interface JsonStage {
  index: number;
  name: string | null;
  built: boolean;
  steps: JsonStep[];
}

export interface JsonFile {
  path: string;
  /** The Compose service or Bake target this report is for (`dflint layers --compose/--bake`). */
  build?: { kind: "compose" | "bake"; file: string; name: string; line: number };
  target: string | null;
  stages: JsonStage[];
  /** What the shipped stages' COPY/ADD steps write from the build context into the image. */
  guard: GuardReport;
  /** With --history: reorderings the history says would have saved rebuilds, with their fix. */
  advice?: ReorderAdvice[];
}

export interface LayerAnalysis {
  file: JsonFile;
  facts: LayerFacts;
  impact: Map<StepFacts, StepImpact> | null;
  history: HistoryResult | null;
  /** Context-relative changed paths used (from --changed and --since). */
  changed: string[];
  /** Milliseconds for the whole analysis. */
  ms: number;
  /** Notes about partial input (a build context past its listing cap), for stderr. */
  notes: string[];
}

function toMap<T>(m: ReadonlyMap<string, T> | Record<string, T> | undefined): Map<string, T> {
  return m instanceof Map ? new Map(m) : new Map(Object.entries(m ?? {}));
}

/** The automatic TARGET* args of a platform (`os/arch[/variant]`) added to the build args. */
export function withPlatform(args: ReadonlyMap<string, string>, platform: string | undefined): Map<string, string> {
  const out = new Map(args);
  if (!platform) return out;
  const [os = "", arch = "", variant = ""] = platform.split("/");
  for (const [k, v] of [["TARGETPLATFORM", platform], ["TARGETOS", os], ["TARGETARCH", arch], ["TARGETVARIANT", variant]] as const) if (!out.has(k)) out.set(k, v);
  return out;
}

export function analyzeLayers(dockerfilePath: string, options: LayerAnalysisOptions = {}): LayerAnalysis {
  const t0 = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const dfAbs = resolve(cwd, dockerfilePath);
  let text: string;
  try {
    text = readTextFile(dfAbs);
  } catch (err) {
    throw new Error(`${dockerfilePath}: cannot read file (${err instanceof ReadError ? err.message : ((err as NodeJS.ErrnoException).code ?? (err as Error).message)})`);
  }
  const contextDir = resolve(cwd, options.context ?? dirname(dfAbs));
  const givenArgs = toMap(options.buildArgs);
  const buildArgs = withPlatform(givenArgs, options.platform);
  const model = buildModel(text, { path: dfAbs, buildArgs, target: options.target });
  if (options.target && !model.target) throw new Error(`target stage '${options.target}' not found in ${dockerfilePath}`);
  const context = openBuildContext(contextDir, dfAbs);
  const facts = estimateLayers(model, { context, platform: options.platform });
  // The previous build's args and platform (default: the same as this build's).
  const compareArgs = options.compareBuildArgs ? toMap(options.compareBuildArgs) : null;
  const previousPlatform = options.comparePlatform ?? options.platform;
  const previousArgs = new Map(givenArgs);
  for (const [k, v] of compareArgs ?? []) {
    if (v === null) previousArgs.delete(k);
    else previousArgs.set(k, v);
  }
  const oldArgs = withPlatform(previousArgs, previousPlatform);

  const changed = [...(options.changed ?? [])];
  let previous = options.previousDockerfile ?? null;
  if (options.since) {
    const root = repoRoot(contextDir);
    // The ref comes from the command line or a pull request: a commit id from here on, never an option.
    const since = verifyCommit(root, options.since);
    const repoFiles = changedSince(root, since);
    for (const f of repoFiles) {
      const p = toContextPath(root, contextDir, f);
      if (p !== null) changed.push(p);
    }
    const dfRepo = toContextPath(root, root, dfAbs);
    if (previous === null && dfRepo && repoFiles.includes(dfRepo)) previous = showFile(root, since, dfRepo) ?? "";
  }
  // The Dockerfile is an ordinary context file: an edit (even a comment) reaches
  // every COPY that selects it, unless .dockerignore leaves it out.
  const dfInContext = relativePath(contextDir, dfAbs).split(sep).join("/");
  if (previous !== null && previous !== text && !dfInContext.startsWith("../") && !changed.includes(dfInContext)) changed.push(dfInContext);
  const argsOrPlatformChanged = compareArgs !== null || previousPlatform !== options.platform;
  let impact: Map<StepFacts, StepImpact> | null = null;
  if (options.changed || options.since || previous !== null || argsOrPlatformChanged) {
    const dockerfileDiff = previous !== null || argsOrPlatformChanged
      ? diffDockerfile(facts, estimateLayers(buildModel(previous ?? text, { path: dfAbs, buildArgs: oldArgs, target: options.target }), { context: null, platform: previousPlatform }))
      : undefined;
    impact = computeImpact(facts, { changed, dockerfileDiff });
  }
  let history: HistoryResult | null = null;
  if (options.history !== undefined) {
    history = replayHistory(facts, options.history, { dockerfile: dfAbs, buildArgs, target: options.target });
    if (!impact) impact = history.latest;
  }
  const display = options.displayPath ?? (relativePath(cwd, dfAbs) || dfAbs);
  const file: JsonFile = {
    path: display.split(sep).join("/"),
    target: model.target ? model.target.nameRaw ?? String(model.target.index) : null,
    stages: facts.stages.map((sf) => ({
      index: sf.index,
      name: sf.name,
      built: sf.built,
      steps: sf.steps.map((st) => {
        const im = impact?.get(st);
        const j: JsonStep = {
          line: st.line,
          endLine: st.endLine,
          instruction: st.display,
          createsLayer: st.createsLayer,
          inputs: st.inputs,
          volatility: st.volatility,
        } as JsonStep;
        if (impact) j.rebuild = im?.rebuild ?? false;
        j.reason = impact ? (im?.reason ?? "") : sf.built ? st.volatilityReason : "stage is not built for this target";
        if (history) {
          j.rebuilds = history.rebuilds.get(st)?.count ?? 0;
          j.commits = history.commits.length;
        }
        return j;
      }),
    })),
    guard: contextGuard(model, context),
  };
  const notes = context.truncated ? [`${context.truncated} (the rest counts as empty; unused .dockerignore patterns are not reported)`] : [];
  if (history) file.advice = reorderAdvice(model, facts, history, { displayPath: file.path, buildArgs, target: options.target, platform: options.platform });
  return { file, facts, impact, history, changed, ms: performance.now() - t0, notes };
}
