// `dflint layers [Dockerfile]`: per-step cache report, change impact and history.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Io } from "./main";
import { parseBuildArgs, UsageError } from "./args";
import { analyzeLayers, type LayerAnalysisOptions } from "../layers/report";
import { renderLayers, type LayerFormat } from "../layers/render";
import { readTextFile, ReadError } from "../fs/read";

export const LAYERS_HELP = `Usage: dflint layers [options] [Dockerfile]

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
`;

const OPTIONS = {
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
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function layersCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
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
  const files = parsed.positionals.length ? parsed.positionals : ["Dockerfile"];
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
  if (v.context !== undefined && !isDirectory(path.resolve(io.cwd, v.context))) {
    io.stderr(`dflint layers: --context '${v.context}' is not a folder\n`);
    return 2;
  }
  const analyses = [];
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    if (!fs.existsSync(abs)) {
      io.stderr(`dflint layers: ${file}: no such file\n`);
      return 2;
    }
    try {
      let previousDockerfile: string | null = null;
      if (v.compare) previousDockerfile = readTextFile(path.resolve(io.cwd, v.compare));
      analyses.push(
        analyzeLayers(abs, {
          cwd: io.cwd,
          displayPath: path.relative(io.cwd, abs) || abs,
          context: v.context ? path.resolve(io.cwd, v.context) : undefined,
          changed: v.changed,
          since: v.since,
          history,
          previousDockerfile,
          buildArgs,
          compareBuildArgs: compareBuildArgs.size ? compareBuildArgs : undefined,
          platform: v.platform,
          comparePlatform: v["compare-platform"],
          target: v.target,
        }),
      );
    } catch (err) {
      const msg = err instanceof ReadError && v.compare ? `${v.compare}: ${err.message}` : (err as Error).message;
      io.stderr(`dflint layers: ${msg}\n`);
      return 2;
    }
  }
  io.stdout(renderLayers(analyses, format, color));
  return 0;
}
