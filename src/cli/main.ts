// dflint command-line entry: parse arguments, lint files, print, exit.
import { type Stats, existsSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { rules } from "../../rules/index";
import { SEVERITY_RANK, type FileResult, type Preset, type Severity } from "../engine/types";
import { ConfigError } from "../config/errors";
import { printConfig } from "../config/print";
import { getFormatter } from "../format/index";
import { HELP, parseBuildArgs, parseCli, UsageError, type CliValues } from "./args";
import type { Target } from "./discover";
import { applyAdoption } from "./adoption";
import { explainRule, listRules, suggestRule } from "./explain";
import { cliRuleSettings } from "./rule-flags";
import { createFileLinter, type JobOutcome, type LintSettings } from "./lint-files";
import type { FixSettings } from "./fix-file";
import { unifiedDiff } from "../format/diff";
import { countSeverities, displayPath, singleLine } from "../format/util";
import { lintInParallel, startLintWorkers } from "./parallel";
import { isLongRun, tuneForLongRun } from "../runtime/tiering";
import { capYoungGeneration, youngGenerationCapped } from "../runtime/young-generation";
import { setCodeCacheWanted } from "../runtime/code-cache-policy";
import { docsUrl, VERSION } from "./meta";
import { logText } from "../format/escape";
import { resolvedFrom } from "../fs/paths";

export interface Io {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  isTTY: boolean;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  /** Writes a report (already escaped by its formatter) to stderr, bypassing the message escaping. */
  reportToStderr?: (s: string) => void;
  /** Resolves when stdout has taken what was written to it (a full pipe otherwise keeps every piece of a report in memory). */
  stdoutDrained?: () => Promise<void>;
}

/** Formats that read every file's text: fingerprints (format/fingerprint.ts), rdjson's byte columns. */
const SOURCE_FORMATS = new Set(["sarif", "gitlab", "rdjson"]);

/** Largest write of a streamed report made of several pieces (see the loop that writes it). */
const WRITE_CHARS = 65536;

const FAIL_LEVELS = ["error", "warning", "info", "none"] as const;
const ACTIVE_SEVERITIES = ["error", "warning", "info"] as const;
/** hadolint's `--failure-threshold` words, and `warn`, as dflint fail levels. */
const FAIL_LEVEL_ALIASES: Record<string, string> = { warn: "warning", style: "info", ignore: "none" };
/** hadolint's `-f` names for the formats dflint has under another name. */
const FORMAT_ALIASES: Record<string, string> = { tty: "stylish", gnu: "compact", codeclimate: "gitlab", "gitlab_codeclimate": "gitlab" };

export async function run(rawIo: Io): Promise<number> {
  // Everything on stderr passes the log sink's escaping: config keys, rule ids, paths and refs
  // from a pull request must not forge workflow commands or reach the terminal as escapes.
  const io: Io = { ...rawIo, stderr: (s) => rawIo.stderr(logText(s)), reportToStderr: rawIo.stderr };
  try {
    return await runUnsafe(io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`dflint: ${err.message}\nRun 'dflint --help' for usage.\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr(`dflint: ${err.message}\n`);
      return 2;
    }
    io.stderr(`dflint: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  }
}

async function runUnsafe(io: Io): Promise<number> {
  const [first, ...rest] = io.argv;
  if (first === "explain") return explainCommand(rest, io);
  if (first === "layers") return (await import("./layers")).layersCommand(rest, io);
  if (first === "init") return (await import("./init")).initCommand(rest, io);
  if (first === "lsp") return (await import("../lsp/server")).lspCommand(rest, io);
  const { values, positionals } = parseCli(io.argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values["list-rules"]) {
    io.stdout(listRules(rules, values.format === "json" ? "json" : "text"));
    return 0;
  }
  if (values.context !== undefined) {
    let dir = false;
    try {
      dir = statSync(resolve(io.cwd, values.context)).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir) throw new UsageError(`--context '${values.context}' is not a folder`);
  }
  const settings: LintSettings = {
    cwd: io.cwd,
    preset: readPreset(values),
    configPath: values.config ? resolve(io.cwd, values.config) : undefined,
    buildArgs: [...parseBuildArgs(values["build-arg"], io.env)],
    target: values.target,
    shellcheck: Boolean(values.shellcheck),
    context: values.context,
    stdinFilename: values["stdin-filename"],
    quiet: Boolean(values.quiet),
    fix: readFixSettings(values),
    keepSource: SOURCE_FORMATS.has(FORMAT_ALIASES[values.format ?? ""] ?? values.format ?? "") || Boolean(values["code-frame"] || values.baseline || values["write-baseline"]),
    cliRules: cliRuleSettings(values, rules),
    trustedRegistries: values["trusted-registry"]?.flatMap((r) => r.split(",").map((x) => x.trim()).filter(Boolean)),
  };
  const { configFor } = createFileLinter(settings, io.readStdin);

  if (values["print-config"]) {
    io.stdout(printConfig(await configFor(resolve(io.cwd, values["print-config"]))) + "\n");
    return 0;
  }

  const formatName = values.format ?? "stylish";
  const formatter = getFormatter(FORMAT_ALIASES[formatName] ?? formatName);
  if (!formatter) throw new UsageError(`unknown format '${formatName}'`);
  // Each file's part of the report is made as soon as it is linted, unless something changes the
  // results after the lint: --baseline/--write-baseline (they keep the source), --since, --fix, and
  // the joining of a Dockerfile's results from several Compose services or Bake targets.
  if (formatter.fileChunks && !settings.keepSource && !settings.fix && !values.since && !values.compose && !values.bake) {
    settings.formatEach = FORMAT_ALIASES[formatName] ?? formatName;
  }
  const failLevelFlag = readFailLevel(values);
  let maxWarnings: number | null = null;
  if (values["max-warnings"] !== undefined) {
    // Number("") is 0: check the text, not the number.
    if (!/^\d+$/.test(values["max-warnings"].trim())) throw new UsageError("--max-warnings needs a whole number");
    maxWarnings = Number(values["max-warnings"]);
  }

  // Many files named: worker threads start now, while the command line's files are looked at.
  const workers = startLintWorkers(positionals.length);
  const { targets, missing, unmatched, ioError: found } = await collectTargets(values, positionals, io);
  refuseToOverwriteInput(values["output-file"], "--output-file", targets, io.cwd);
  refuseToOverwriteInput(values["write-baseline"], "--write-baseline", targets, io.cwd);
  let ioError = found;

  // Nothing to lint is an error unless asked otherwise (CI must not pass on a wrong path or pattern).
  if (unmatched.length > 0 && !values["no-error-on-unmatched"]) ioError = true;
  for (const m of missing) io.stderr(`dflint: ${singleLine(m)}: no such file or directory\n`);
  for (const u of unmatched) io.stderr(`dflint: ${u}\n`);

  const results: FileResult[] = [];
  const fixedTexts: JobOutcome[] = [];
  const fromStdin = new Set<FileResult>();
  const failLevels = new Map<FileResult, Severity | "none">();
  const longRun = isLongRun(targets.map((t) => t.size));
  setCodeCacheWanted(!longRun);
  const restoreTiering = longRun ? tuneForLongRun() : undefined;
  let outcomes: Awaited<ReturnType<typeof lintInParallel>>;
  try {
    outcomes = await lintInParallel(targets, settings, io.readStdin, workers);
  } finally {
    restoreTiering?.();
  }
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (outcome.configError) io.stderr(`dflint: ${outcome.configError}\n`);
    if (outcome.ioError) ioError = true;
    const result = outcome.result!;
    results.push(result);
    if (outcome.fromStdin) fromStdin.add(result);
    if (outcome.output !== undefined) fixedTexts.push(outcome);
    failLevels.set(result, outcome.failLevel ?? "warning");
  }
  if (values.compose || values.bake) results.splice(0, results.length, ...joinResultsByPath(results));

  const adoption = { baseline: values.baseline, writeBaseline: values["write-baseline"], since: values.since, fromStdin };
  for (const note of applyAdoption(results, adoption, io.cwd)) io.stderr(note + "\n");

  // --fix-dry-run prints diffs, --fix on stdin the fixed text: then stdout carries that, and the report goes to stderr.
  const fix = settings.fix;
  const textOut = fix ? fixedOutput(fix, fixedTexts, io) : null;
  if (textOut !== null) io.stdout(textOut);
  if (fix && !fix.write) {
    const n = fixedTexts.reduce((sum, o) => sum + (o.fixed ?? 0), 0);
    const files = fixedTexts.filter((o) => o.output !== o.original).length;
    io.stderr(`dflint: --fix-dry-run: ${n} fix${n === 1 ? "" : "es"} in ${files} file${files === 1 ? "" : "s"} (nothing written)\n`);
  }
  const formatContext = {
    rules: new Map(rules.map((r) => [r.id, r])),
    color: useColor(values, io),
    cwd: io.cwd,
    version: VERSION,
    docsUrl,
    width: terminalWidth(io),
    codeFrame: Boolean(values["code-frame"]),
  };
  const report = textOut !== null ? (io.reportToStderr ?? io.stderr) : io.stdout;
  // A long run's report is made under the young generation's cap of its lint (released when the
  // lint ended): a 10 MB file's 17,840 problems, formatted here, grew it from 8 to 16 MB in some runs.
  // So is a short run's when its lint reached the cap (a long RUN: 20,000 pip installs, one problem
  // each, grew it from 8 to 16 MB here too); else its report is small and node:v8 is not loaded.
  const young = longRun || youngGenerationCapped() ? capYoungGeneration() : null;
  young?.check();
  try {
    if (!values["output-file"] && formatter.chunks) {
      // Written piece by piece (its last piece ends with a newline): a big report is never one string,
      // and a piece waits for a full stdout pipe to take the ones before it.
      // Pieces are gathered up to 64 KB first: a file's piece can be a few bytes (one system call
      // each). A write stays under 64 KB when the pieces do: stdio.ts writes that as a string, a
      // larger one through a Buffer copy that lingers until a GC (src/format/json.ts).
      let pending = "";
      for (const chunk of formatter.chunks(results, formatContext)) {
        if (pending.length + chunk.length < WRITE_CHARS) {
          pending += chunk;
          continue;
        }
        if (pending) report(pending);
        pending = chunk;
        if (report === io.stdout) await io.stdoutDrained?.();
      }
      if (pending) report(pending);
    } else {
      const output = formatter(results, formatContext);
      if (values["output-file"]) writeFileSync(resolve(io.cwd, values["output-file"]), output);
      else if (output) report(output.endsWith("\n") ? output : output + "\n");
    }
  } finally {
    young?.release();
  }

  let failed = false;
  let warnings = 0;
  results.forEach((r) => {
    const level = failLevelFlag ?? failLevels.get(r) ?? "warning";
    const counts = r.formatted?.counts ?? countSeverities(r.problems);
    warnings += counts.warning;
    if (level === "none") return;
    for (const severity of ACTIVE_SEVERITIES) if (counts[severity] > 0 && SEVERITY_RANK[severity] >= SEVERITY_RANK[level as Severity]) failed = true;
  });
  if (maxWarnings !== null && warnings > maxWarnings) failed = true;
  if (ioError) return 2;
  return failed ? 1 : 0;
}

function readFailLevel(values: CliValues): string | undefined {
  if (values["no-fail"]) return "none";
  const given = values["fail-level"] ?? values["failure-threshold"];
  if (given === undefined) return undefined;
  const level = FAIL_LEVEL_ALIASES[given] ?? given;
  if (!(FAIL_LEVELS as readonly string[]).includes(level)) {
    const flag = values["fail-level"] !== undefined ? "--fail-level" : "--failure-threshold";
    throw new UsageError(`${flag} must be one of ${FAIL_LEVELS.join(", ")}`);
  }
  return level;
}

/** Columns for stylish output: the terminal's, else $COLUMNS; undefined (no wrapping) otherwise. */
function terminalWidth(io: Io): number | undefined {
  if (io.columns) return io.columns;
  const cols = Number(io.env.COLUMNS);
  return Number.isInteger(cols) && cols > 0 ? cols : undefined;
}

interface Collected {
  targets: Target[];
  missing: string[];
  /** Messages for operands (or the working folder) that gave no Dockerfile. */
  unmatched: string[];
  ioError: boolean;
}

/** What to lint: the demo sample, Compose/Bake build targets, or Dockerfiles from paths and globs. */
async function collectTargets(values: CliValues, positionals: string[], io: Io): Promise<Collected> {
  if (values.compose || values.bake) return collectBuilds(values, positionals, io);
  if (values.demo) {
    if (positionals.length) throw new UsageError("--demo lints the bundled sample and takes no paths");
    const sample = samplePath();
    io.stderr(`dflint: --demo: linting the sample Dockerfile that comes with dflint; name your own files or folders to lint them\n`);
    return { targets: [{ path: sample, explicit: true, display: "sample/Dockerfile" }], missing: [], unmatched: [], ioError: false };
  }
  const { targets, missing, emptyDirs = [], unreadable = [] } = await findTargets(positionals, io.cwd);
  // A folder that cannot be read costs its own files, not the run: say so and exit 2 at the end.
  for (const u of unreadable) io.stderr(`dflint: cannot read ${u}; Dockerfiles in it were not linted\n`);
  const unmatched = emptyDirs.map((d) => `no Dockerfile found ${isGlob(d) ? "matching" : "under"} ${singleLine(d)}`);
  if (positionals.length === 0 && targets.length === 0) {
    unmatched.push(`no Dockerfile found under ${singleLine(io.cwd)} (run 'dflint --demo' to see dflint on a sample)`);
  }
  return { targets, missing, unmatched, ioError: missing.length > 0 || unreadable.length > 0 };
}

/** `--compose` / `--bake`: one target per service or Bake target, with its args, stage and context. */
async function collectBuilds(values: CliValues, positionals: string[], io: Io): Promise<Collected> {
  if (values.compose && values.bake) throw new UsageError("use --compose or --bake, not both");
  const kind = values.compose ? "compose" : "bake";
  if (kind === "compose" && values.target) throw new UsageError("--target with --compose: each service's build.target is used");
  const { findBuilds } = await import("../builds/index");
  const found = findBuilds(kind, positionals, { cwd: io.cwd, env: io.env, select: values.target ? values.target.split(",") : undefined });
  for (const n of found.notes) io.stderr(`dflint: ${singleLine(n)}\n`);
  for (const e of found.errors) io.stderr(`dflint: ${singleLine(e)}\n`);
  const targets: Target[] = found.jobs.map((j) => ({
    path: j.definition.dockerfile,
    explicit: true,
    build: { invocation: j.invocation, buildArgs: j.buildArgs, target: j.definition.target?.name, context: j.definition.context },
  }));
  const unmatched = !targets.length && !found.errors.length ? [`no Dockerfile to lint in the ${kind === "compose" ? "Compose" : "Bake"} file`] : [];
  return { targets, missing: [], unmatched, ioError: found.errors.length > 0 };
}

/**
 * With --compose/--bake a Dockerfile built by several services is linted once per service: its
 * results are joined into one, each problem once (the cross-file problems name their service).
 */
function joinResultsByPath(results: FileResult[]): FileResult[] {
  const byPath = new Map<string, FileResult>();
  const out: FileResult[] = [];
  for (const r of results) {
    const first = byPath.get(r.path);
    if (!first) {
      byPath.set(r.path, r);
      out.push(r);
      continue;
    }
    const key = (p: FileResult["problems"][number]) => `${p.ruleId}\0${p.line}\0${p.column}\0${p.message}`;
    const seen = new Set(first.problems.map(key));
    for (const p of r.problems) if (!seen.has(key(p))) (seen.add(key(p)), first.problems.push(p));
    first.fatal ??= r.fatal;
  }
  return out;
}

function isGlob(operand: string): boolean {
  return /[*?[\]{}()!]/.test(operand) && !existsSync(operand);
}

/** Files named on the command line are linted without loading the glob library. */
async function findTargets(operands: string[], cwd: string): Promise<{ targets: Target[]; missing: string[]; emptyDirs?: string[]; unreadable?: string[] }> {
  const direct: Target[] = [];
  for (const op of operands) {
    if (op === "-") {
      direct.push({ path: "-", explicit: true });
      continue;
    }
    const abs = resolvedFrom(cwd, op);
    let st: Stats | undefined;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (!st?.isFile()) return (await import("./discover")).resolveTargets(operands, cwd);
    direct.push({ path: abs, explicit: true, size: st.size });
  }
  if (operands.length === 0) return (await import("./discover")).resolveTargets(operands, cwd);
  const seen = new Set<string>();
  return { targets: direct.filter((t) => t.path === "-" || (!seen.has(t.path) && seen.add(t.path))), missing: [] };
}

function readFixSettings(values: CliValues): FixSettings | undefined {
  const write = Boolean(values.fix);
  const dry = Boolean(values["fix-dry-run"]);
  if (write && dry) throw new UsageError("use either --fix or --fix-dry-run");
  if (!write && !dry) {
    if (values["fix-suggestions"] || values["fix-rule"]) throw new UsageError("--fix-suggestions and --fix-rule go with --fix or --fix-dry-run");
    return undefined;
  }
  const ids = values["fix-rule"] ?? null;
  for (const id of ids ?? []) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new UsageError(`--fix-rule: unknown rule '${singleLine(id)}'`);
    if (!rule.fixable) throw new UsageError(`--fix-rule: rule '${id}' has no fixes`);
  }
  return { write, suggestions: Boolean(values["fix-suggestions"]), rules: ids };
}

/** What stdout carries instead of the report: the diffs of a dry run, or stdin's fixed text; null when it carries the report. */
function fixedOutput(fix: FixSettings, outcomes: JobOutcome[], io: Io): string | null {
  if (fix.write) {
    const stdin = outcomes.find((o) => o.fromStdin);
    return stdin ? stdin.output! : null;
  }
  // A diff shown on a terminal gets control characters neutralised; piped to a file it stays exact (for `patch`).
  const escape = io.isTTY ? (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "\uFFFD") : undefined;
  return outcomes
    .map((o) => unifiedDiff(singleLine(displayPath(o.result!.path, io.cwd)), o.original!, o.output!, escape))
    .join("");
}

/** `dflint -o Dockerfile Dockerfile` would replace the Dockerfile with the report. */
function refuseToOverwriteInput(output: string | undefined, flag: string, targets: Target[], cwd: string): void {
  if (!output) return;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const out = real(resolve(cwd, output));
  if (targets.some((t) => t.path !== "-" && real(t.path) === out)) {
    throw new UsageError(`${flag} '${output}' is one of the files being linted; refusing to overwrite it`);
  }
}

function readPreset(values: CliValues): Preset | undefined {
  const p = values.preset;
  if (p === undefined) return undefined;
  if (p !== "recommended" && p !== "strict") throw new UsageError(`unknown preset '${p}' (use recommended or strict)`);
  return p;
}

function useColor(values: CliValues, io: Io): boolean {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
}

function explainCommand(args: string[], io: Io): number {
  const id = args[0];
  if (!id || id === "--list-rules") {
    io.stdout(listRules(rules, "text"));
    return 0;
  }
  const text = explainRule(id, rules);
  if (text === null) {
    const hint = suggestRule(id, rules);
    io.stderr(`dflint: unknown rule '${singleLine(id)}'${hint ? `; did you mean '${hint}'?` : ""} ('dflint explain' lists the rules)\n`);
    return 2;
  }
  io.stdout(text);
  return 0;
}

/** The sample Dockerfile shipped in the package (fixtures/sample/Dockerfile). */
function samplePath(): string {
  const here = dirname(new URL(import.meta.url).pathname);
  return resolve(here, "..", "fixtures", "sample", "Dockerfile");
}
