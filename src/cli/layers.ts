// `dflint layers [Dockerfile]`: per-step cache report, change impact and history.
import { existsSync, statSync } from "node:fs";
import { relative as relativePath, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Io } from "./main";
import { parseBuildArgs, splitBuildFileFlags, UsageError } from "./args";
import { singleLine } from "../format/util";
import { analyzeLayers, type JsonFile, type LayerAnalysisOptions } from "../layers/report";
import { renderLayers, type LayerFormat } from "../layers/render";
import { readTextFile, ReadError } from "../fs/read";
import { terminalText } from "../format/escape";

export const LAYERS_HELP = `Usage: dflint layers [options] [Dockerfile...]
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
`;

const OPTIONS = {
  compose: { type: "boolean" },
  bake: { type: "boolean" },
  context: { type: "string" },
  target: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  "compare-build-arg": { type: "string", multiple: true },
  platform: { type: "string" },
  "compare-platform": { type: "string" },
  changed: { type: "string", multiple: true },
  since: { type: "string" },
  compare: { type: "string" },
  history: { type: "string" },
  format: { type: "string", short: "f" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATS: LayerFormat[] = ["stylish", "json", "markdown"];

export interface LayerReportOptions extends Omit<LayerAnalysisOptions, "history"> {
  format?: LayerFormat;
  history?: number;
  color?: boolean;
}

/** The layer report of one Dockerfile as text (for the GitHub Action and other callers). */
export function layerReport(dockerfilePath: string, options: LayerReportOptions = {}): string {
  const analysis = analyzeLayers(dockerfilePath, options);
  return renderLayers([analysis], options.format ?? "markdown", options.color ?? false);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function layersCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: splitBuildFileFlags(args), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    io.stderr(`dflint layers: ${(err as Error).message.replace(/\. To specify a positional argument.*$/s, "")}\nRun 'dflint layers --help' for usage.\n`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(LAYERS_HELP);
    return 0;
  }
  const format = (v.format ?? "stylish") as LayerFormat;
  if (!FORMATS.includes(format)) {
    io.stderr(`dflint layers: unknown format '${v.format}' (use ${FORMATS.join(", ")})\n`);
    return 2;
  }
  let history: number | undefined;
  if (v.history !== undefined) {
    history = Number(v.history);
    if (!Number.isInteger(history) || history < 1) {
      io.stderr("dflint layers: --history needs a positive whole number\n");
      return 2;
    }
  }
  let buildArgs: Map<string, string>;
  try {
    buildArgs = parseBuildArgs(v["build-arg"], io.env);
  } catch (err) {
    io.stderr(`dflint layers: ${(err as UsageError).message}\n`);
    return 2;
  }
  const compareBuildArgs = new Map<string, string | null>();
  for (const item of v["compare-build-arg"] ?? []) {
    const eq = item.indexOf("=");
    const name = eq === -1 ? item : item.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      io.stderr(`dflint layers: --compare-build-arg needs NAME=VALUE or NAME, got '${name.replace(/[^\x20-\x7e]/g, "?")}'\n`);
      return 2;
    }
    compareBuildArgs.set(name, eq === -1 ? null : item.slice(eq + 1));
  }
  for (const key of ["platform", "compare-platform"] as const) {
    const p = v[key];
    if (p !== undefined && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p)) {
      io.stderr(`dflint layers: --${key} needs OS/ARCH[/VARIANT], e.g. linux/arm64\n`);
      return 2;
    }
  }
  const color = v["no-color"] ? false : v.color ? true : io.env.NO_COLOR ? false : io.env.FORCE_COLOR !== undefined ? io.env.FORCE_COLOR !== "0" : io.isTTY;
  if (v.context !== undefined && !isDirectory(resolve(io.cwd, v.context))) {
    io.stderr(`dflint layers: --context '${v.context}' is not a folder\n`);
    return 2;
  }
  let jobs: LayerJob[];
  try {
    jobs = v.compose || v.bake ? await buildJobs(v, parsed.positionals, buildArgs, io) : fileJobs(parsed.positionals, v, buildArgs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`dflint layers: ${err.message}\n`);
    return 2;
  }
  const analyses = [];
  for (const job of jobs) {
    const abs = resolve(io.cwd, job.dockerfile);
    if (!existsSync(abs)) {
      io.stderr(`dflint layers: ${singleLine(relativePath(io.cwd, abs) || abs)}: no such file${job.build ? ` (${job.build.file}:${job.build.line} ${job.build.kind === "compose" ? "service" : "target"} '${singleLine(job.build.name)}' builds it)` : ""}\n`);
      return 2;
    }
    try {
      let previousDockerfile: string | null = null;
      if (v.compare) previousDockerfile = readTextFile(resolve(io.cwd, v.compare));
      const analysis = analyzeLayers(abs, {
        cwd: io.cwd,
        displayPath: relativePath(io.cwd, abs) || abs,
        context: job.context,
        changed: v.changed,
        since: v.since,
        history,
        previousDockerfile,
        buildArgs: job.buildArgs,
        compareBuildArgs: compareBuildArgs.size ? compareBuildArgs : undefined,
        platform: v.platform,
        comparePlatform: v["compare-platform"],
        target: job.target,
      });
      if (job.build) {
        const { path: shown, ...rest } = analysis.file;
        analysis.file = { path: shown, build: job.build, ...rest };
      }
      analyses.push(analysis);
    } catch (err) {
      const msg = err instanceof ReadError && v.compare ? `${v.compare}: ${err.message}` : (err as Error).message;
      io.stderr(`dflint layers: ${job.build ? `${job.build.file}:${job.build.line} ${job.build.kind === "compose" ? "service" : "target"} '${singleLine(job.build.name)}': ` : ""}${msg}\n`);
      return 2;
    }
  }
  for (const a of analyses) for (const n of a.notes) io.stderr(`dflint layers: note: ${terminalText(a.file.path)}: ${terminalText(n)}\n`);
  io.stdout(renderLayers(analyses, format, color));
  return 0;
}

/** One Dockerfile to report on, with the context, args and stage it is built with. */
interface LayerJob {
  dockerfile: string;
  context: string | undefined;
  buildArgs: Map<string, string>;
  target: string | undefined;
  build?: JsonFile["build"];
}

type LayerValues = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>["values"];

function fileJobs(positionals: string[], v: LayerValues, buildArgs: Map<string, string>): LayerJob[] {
  const files = positionals.length ? positionals : ["Dockerfile"];
  return files.map((dockerfile) => ({ dockerfile, context: v.context, buildArgs, target: v.target }));
}

/**
 * `--compose` / `--bake`: one job per service or target, as the linter's --compose/--bake reads
 * them. Args given with --build-arg override the file's, as `docker compose build --build-arg` does.
 */
async function buildJobs(v: LayerValues, positionals: string[], cliArgs: Map<string, string>, io: Io): Promise<LayerJob[]> {
  if (v.compose && v.bake) throw new UsageError("use --compose or --bake, not both");
  if (v.context !== undefined) throw new UsageError("--context with --compose/--bake: each build's own context is used");
  if (v.compare !== undefined) throw new UsageError("--compare names one Dockerfile's previous version; use it without --compose/--bake");
  const kind = v.compose ? "compose" : "bake";
  if (kind === "compose" && v.target !== undefined) throw new UsageError("--target with --compose: each service's build.target is used");
  const { findBuilds } = await import("../builds/index");
  const found = findBuilds(kind, positionals, { cwd: io.cwd, env: io.env, select: v.target?.split(",") });
  for (const n of found.notes) io.stderr(`dflint layers: ${singleLine(n)}\n`);
  if (found.errors.length) throw new UsageError(found.errors.map(singleLine).join("\ndflint layers: "));
  if (!found.jobs.length) throw new UsageError(`no build to report on in the ${kind === "compose" ? "Compose" : "Bake"} file`);
  return found.jobs.map((j) => ({
    dockerfile: j.definition.dockerfile,
    context: j.definition.context,
    buildArgs: new Map([...j.buildArgs, ...cliArgs]),
    target: j.definition.target?.name,
    build: { kind, file: j.invocation.file, name: j.definition.name, line: j.definition.line },
  }));
}
