// Lints a list of files; used by the CLI directly and by its worker threads.
import { writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { rules } from "../../rules/index";
import { ConfigError } from "../config/errors";
import { readTextFile, ReadError } from "../fs/read";
import { defaultConfig } from "../config/defaults";
import { hasConfigFile } from "../config/find";
import { lintText } from "../engine/linter";
import type { BuildInvocation, FileResult, Preset, ResolvedConfig, Severity } from "../engine/types";
import { fixFile, type FixSettings } from "./fix-file";
import { positionFixes } from "../format/fix-data";
import { capYoungGeneration } from "../runtime/young-generation";
import { BIG_FILE_BYTES, tuneGcForBigFile } from "../runtime/big-file-gc";
import { beginListingBatch, endListingBatch } from "../fs/listing";
import { beginKnownSizes, endKnownSizes } from "../fs/known-sizes";
import type { RulesConfig } from "../config/schema";
import { getFormatter } from "../format/index";
import { countSeverities } from "../format/util";
import { WARM_UP_AT, WARM_UP_MIN_FILES, WARM_UP_SAMPLES } from "./warm-up";

/** A file with more problems is formatted at the end, as the report is written, a piece at a time
 * (LintSettings.formatEach would hold its whole part of the report in memory beside its problems). */
const FORMAT_EACH_MAX_PROBLEMS = 1000;

export interface LintJob {
  /** Absolute path, or "-" for stdin. */
  path: string;
  /** Named on the command line: linted even when the config ignores it. */
  explicit: boolean;
  /** Path to show instead of the real one (the bundled sample). */
  display?: string;
  /** Size of the regular file when the command line's stat found it (spares the read a stat of its own). */
  size?: number;
  /** Linted as a Compose service or Bake target builds it (`--compose`, `--bake`). */
  build?: { invocation: BuildInvocation; buildArgs: [string, string][]; target?: string; context: string };
}

/** Everything a lint run needs besides the files; plain data so a worker can receive it. */
export interface LintSettings {
  cwd: string;
  preset?: Preset;
  configPath?: string;
  buildArgs: [string, string][];
  target?: string;
  shellcheck: boolean;
  context?: string;
  stdinFilename?: string;
  quiet: boolean;
  /** Set by --fix / --fix-dry-run. */
  fix?: FixSettings;
  /** Keep each file's text in its result (fingerprints, byte columns); otherwise only files with a fix keep it. */
  keepSource?: boolean;
  /** `--rule`, `--ignore`, `--select` (and hadolint's `--error CODE`...): applied after every config. */
  cliRules?: RulesConfig;
  /** `--trusted-registry` (hadolint's flag): replaces the config's `settings.trustedRegistries`. */
  trustedRegistries?: string[];
  /**
   * The run's format, when each file's part of the report is made as soon as the file is linted
   * (its Formatter.fileChunks; FileResult.formatted): set by the CLI when nothing changes a result
   * after its lint. The problems then die young instead of being kept (and sent from a worker) to
   * the end: the corpus linted on one thread in 2.2 % fewer instructions (callgrind, half the corpus).
   */
  formatEach?: string;
}

export interface JobOutcome {
  result?: FileResult;
  failLevel?: Severity | "none";
  ioError?: boolean;
  /** A broken config: this file is not linted (its result says why) and the run exits 2. */
  configError?: string;
  fromStdin?: boolean;
  /** With --fix/--fix-dry-run: fixes applied (or that would be), and the text before and after
   * when the caller prints it (stdin, dry run). */
  fixed?: number;
  original?: string;
  output?: string;
}

type ConfigModule = typeof import("../config/load");

/** Returns a function that lints one job; config files are loaded lazily and cached. */
export function createFileLinter(s: LintSettings, readStdin: () => string, onProgress?: () => void) {
  const buildArgs = new Map(s.buildArgs);
  // relative resolves both paths again for every file; a plain path below the (resolved) cwd
  // (no `.`/`..` segment or doubled slash, as job paths are) is the rest of it.
  const below = resolve(s.cwd) + sep;
  const relativeToCwd = (p: string) =>
    sep === "/" && p.startsWith(below) && !p.includes("/.") && !p.includes("//") ? p.slice(below.length) : relative(s.cwd, p);
  const loaded: { module: ConfigModule | null } = { module: null };
  const fileChunks = s.formatEach === undefined ? undefined : getFormatter(s.formatEach)?.fileChunks;

  /** The config for `file`, or null when the config loader must be loaded first (configFor loads it). */
  const configNow = (file: string): ResolvedConfig | null => {
    if (!loaded.module) {
      // The config loader (YAML parser, ajv) is only loaded when a config file can apply.
      const dir = dirname(file);
      if (s.configPath || s.cliRules || hasConfigFile(dir)) return null;
      const c = defaultConfig(rules, s.preset);
      c.settings.contextDir = dir;
      return c;
    }
    return loaded.module.resolveConfig(file, { configPath: s.configPath, preset: s.preset, rules, cliRuleOverrides: s.cliRules });
  };
  const loadConfigModule = async () => {
    loaded.module ??= await import("../config/load");
  };
  const configFor = async (file: string): Promise<ResolvedConfig> => configNow(file) ?? (await loadConfigModule(), configNow(file)!);

  /**
   * Lints one job. Synchronous but for the first file that needs the config loader: a promise
   * and two microtask turns per file cost a cold corpus run about 1 % (--cpu-prof).
   */
  const lintJob = (job: LintJob): JobOutcome | null | Promise<JobOutcome | null> => {
    const stdin = job.path === "-";
    const display = job.display ?? (stdin ? (s.stdinFilename ?? "<stdin>") : relativeToCwd(job.path) || job.path);
    const configPathFile = stdin ? resolve(s.cwd, s.stdinFilename ?? "Dockerfile") : job.path;
    let config: ResolvedConfig | null;
    try {
      config = configNow(configPathFile);
    } catch (err) {
      // The file's result says why it was not linted; the other files are still linted.
      if (err instanceof ConfigError) return { configError: err.message, ioError: true, result: { path: display, problems: [], fatal: `not linted: ${err.message}` } };
      throw err;
    }
    if (config === null) return loadConfigModule().then(() => lintJob(job));
    if (!job.explicit && loaded.module?.isIgnoredFile(configPathFile, config)) return null;
    // A big file's GC settings: set before the read when the command line's stat gave its size (the
    // first full GC starts as it is read), else once it is read.
    let restoreGc = (job.size ?? 0) >= BIG_FILE_BYTES ? tuneGcForBigFile() : null;
    let text: string;
    try {
      text = stdin ? readStdin() : readTextFile(job.path, undefined, job.size);
    } catch (err) {
      restoreGc?.();
      const code = (err as NodeJS.ErrnoException).code;
      const by = job.build ? `; ${job.build.invocation.file}:${job.build.invocation.line} ${job.build.invocation.kind === "compose" ? "service" : "target"} '${job.build.invocation.name}' builds it` : "";
      const why = err instanceof ReadError ? err.message : (code ?? (err as Error).message);
      return { ioError: true, result: { path: display, problems: [], fatal: `cannot read file (${why})${by}` } };
    }
    if (s.shellcheck) config.settings.shellcheck = true;
    if (s.trustedRegistries?.length) config.settings.trustedRegistries = [...s.trustedRegistries];
    if (s.context) config.settings.contextDir = resolve(s.cwd, s.context);
    else if (stdin && !s.stdinFilename) config.settings.contextDir = null;
    let args = buildArgs;
    let target = s.target;
    if (job.build) {
      config.settings.build = job.build.invocation;
      config.settings.contextDir = job.build.context;
      // --build-arg on the command line wins over the Compose/Bake file, as with docker compose build --build-arg.
      args = new Map([...job.build.buildArgs, ...buildArgs]);
      target = job.build.target;
    }
    let result: FileResult;
    let fixed: FixOutcome | undefined;
    if (restoreGc === null && text.length >= BIG_FILE_BYTES) restoreGc = tuneGcForBigFile();
    try {
      if (s.fix) {
        const f = lintAndFix(job, text, stdin, display, s.fix, (t) => lintText(t, { path: display, config, rules, buildArgs: args, target, onProgress }));
        if (f.failed) return f.failed;
        result = f.result;
        fixed = f;
      } else result = lintText(text, { path: display, config, rules, buildArgs: args, target, onProgress });
    } finally {
      restoreGc?.();
    }
    if (!s.keepSource) {
      // Results are kept until every file is linted: a fix's line/column form is computed now
      // (it needs the text), and the text is dropped (4.3 MB of the corpus's 8.5 MB had a fix).
      // Set to undefined rather than deleted: `delete` turns every result into a slow dictionary object.
      positionFixes(result);
      result.source = undefined;
    }
    if (s.quiet) result.problems = result.problems.filter((p) => p.severity === "error");
    if (fileChunks && result.problems.length <= FORMAT_EACH_MAX_PROBLEMS) {
      result.formatted = { chunks: fileChunks(result, s.cwd), counts: countSeverities(result.problems) };
      result.problems = [];
    }
    // One object literal, not a spread of a partial outcome: the spread's copy went through V8's
    // slow path for every file, making new hidden classes (perf).
    const outcome: JobOutcome = { failLevel: config.failLevel ?? "warning", fromStdin: stdin, result, ioError: Boolean(result.fatal) };
    if (fixed) {
      outcome.fixed = fixed.fixed;
      if (fixed.output !== undefined) Object.assign(outcome, { original: text, output: fixed.output });
    }
    return outcome;
  };

  /** Lints the warm-up samples (src/cli/warm-up.ts) as a file of this run would be, and drops the results. */
  const warmUp = (): void => {
    const config = defaultConfig(rules, s.preset);
    for (const text of WARM_UP_SAMPLES) {
      const result = lintText(text, { path: "Dockerfile", config, rules, buildArgs, target: undefined, onProgress });
      positionFixes(result);
      if (fileChunks) fileChunks(result, s.cwd);
    }
  };

  return { configFor, lintJob, warmUp };
}

interface FixOutcome {
  result: FileResult;
  fixed: number;
  /** The fixed text, when the caller prints it (stdin, dry run). */
  output?: string;
  /** The fixed file could not be written: the job's outcome. */
  failed?: JobOutcome;
}

/** --fix / --fix-dry-run: lints and fixes `text`, writing the fixed file unless it is a dry run or stdin. */
function lintAndFix(job: LintJob, text: string, stdin: boolean, display: string, fix: FixSettings, lint: (t: string) => FileResult): FixOutcome {
  const f = fixFile(text, lint, fix);
  const result = f.result;
  if (!fix.write || stdin) {
    if (stdin && fix.write) result.fixed = f.fixed;
    return { result, fixed: f.fixed, output: f.output };
  }
  if (f.output !== text) {
    try {
      writeFileSync(job.path, f.output);
      result.fixed = f.fixed;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const failed = { ioError: true, result: { path: display, problems: [], fatal: `cannot write the fixed file (${code ?? (err as Error).message})` } };
      return { result, fixed: f.fixed, failed };
    }
  }
  return { result, fixed: f.fixed };
}

/** Lints jobs in order; a broken config or unreadable file costs only that file's result. */
export async function lintJobs(jobs: LintJob[], s: LintSettings, readStdin: () => string): Promise<(JobOutcome | null)[]> {
  let given = false;
  let all: (JobOutcome | null)[] = [];
  await lintRanges(jobs, s, readStdin, () => (given ? null : ((given = true), { start: 0, end: jobs.length })), (r) => (all = r.outcomes));
  return all;
}

/** The outcomes of the jobs from `start` on, in order. */
export interface RangeOutcomes {
  start: number;
  outcomes: (JobOutcome | null)[];
}

/**
 * Lints the ranges of `jobs` that `claim` hands out, until it returns null, and hands each range's
 * outcomes to `done` as soon as it is linted. The threads of a parallel run share one queue of
 * ranges (src/cli/parallel.ts).
 */
export async function lintRanges(
  jobs: LintJob[],
  s: LintSettings,
  readStdin: () => string,
  claim: () => { start: number; end: number } | null,
  done: (range: RangeOutcomes) => void,
): Promise<void> {
  const young = capYoungGeneration();
  // Also checked while a large file's model or a long RUN is built: one file of 10 MB grew it to the maximum.
  const { lintJob, warmUp } = createFileLinter(s, readStdin, young.check);
  const warmUpAt = jobs.length >= WARM_UP_MIN_FILES ? WARM_UP_AT : -1;
  let linted = 0;
  // Folders are listed once for the run, not checked for changes per file (src/fs/listing.ts).
  beginListingBatch();
  // Build contexts take the sizes the command line saw; not with --fix, which rewrites files as it goes.
  if (!s.fix?.write) beginKnownSizes(jobs);
  try {
    for (let r = claim(); r; r = claim()) {
      const { start, end } = r;
      const outcomes: (JobOutcome | null)[] = [];
      for (let i = start; i < end; i++) {
        const outcome = lintJob(jobs[i]!);
        outcomes.push(outcome instanceof Promise ? await outcome : outcome);
        // Every 16 files: a one-file run never looks.
        if (++linted % 16 === 0) young.check();
        if (linted === warmUpAt) warmUp();
      }
      done({ start, outcomes });
    }
  } finally {
    endKnownSizes();
    endListingBatch();
    young.release();
  }
}
