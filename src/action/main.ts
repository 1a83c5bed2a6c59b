// GitHub Action entry (bundled into dist/action.mjs; action.yml runs it with node24).
//
// Lints the Dockerfiles matched by `files` — on pull requests only those the PR changed, and only
// problems on changed lines (`--since <merge base>`), unless `only-changed: false` — through the
// CLI's own `run`, so config lookup, fail levels and formats are exactly the CLI's. Prints the
// `github` format (annotations) on stdout, optionally writes SARIF, appends a job summary, sets
// the outputs `errors`, `warnings`, `sarif-file`, and fails the step (exit code 1) when the CLI
// would exit non-zero.
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative as relativePath, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fg from "fast-glob";
import { run } from "../cli/main";
import { DOCKERFILE_PATTERNS, discoverDockerfiles, walkOptions } from "../cli/discover";
import { docsUrl, VERSION } from "../cli/meta";
import { sarif } from "../format/sarif";
import { logText } from "../format/escape";
import { rules } from "../../rules/index";
import type { JsonReport } from "../format/json";
import { appendSummary, command, getBooleanInput, getInput, InputError, setOutput, type Env } from "./env";
import { changedPaths, findBase, topLevel, type Base, type PullRequestEvent } from "./git";
import { layerSection } from "./layers";
import { counts, renderSummary } from "./summary";

const FAIL_LEVELS = ["error", "warning", "info", "none"];

export interface ActionResult {
  exitCode: number;
}

async function runCli(argv: string[], cwd: string, env: Env): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run({
    argv,
    cwd,
    env: { ...env, NO_COLOR: "1" },
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: () => "",
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** `files` input: globs separated by newlines or spaces; `!glob` excludes. */
export function parsePatterns(input: string): { include: string[]; exclude: string[] } {
  const words = input.split(/\s+/).filter(Boolean);
  return { include: words.filter((w) => !w.startsWith("!")), exclude: words.filter((w) => w.startsWith("!")).map((w) => w.slice(1)) };
}

function selectFiles(workspace: string, input: string): string[] {
  const { include, exclude } = parsePatterns(input);
  const isDefault = include.length === 0 || (include.length === DOCKERFILE_PATTERNS.length && include.every((p) => DOCKERFILE_PATTERNS.includes(p)));
  if (isDefault && exclude.length === 0) return discoverDockerfiles(workspace);
  const found = fg.sync(include.length ? include : DOCKERFILE_PATTERNS, {
    cwd: workspace,
    dot: true,
    onlyFiles: true,
    ...walkOptions([]),
    ignore: ["**/node_modules/**", "**/.git/**", ...exclude],
  });
  return found.filter((f) => !f.endsWith(".dockerignore")).sort().map((f) => join(workspace, f));
}

function readEvent(env: Env): PullRequestEvent | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as PullRequestEvent;
  } catch {
    return null;
  }
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

export async function main(env: Env, write: (s: string) => void): Promise<ActionResult> {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const isPullRequest = eventName === "pull_request" || eventName === "pull_request_target";

  const failLevel = getInput(env, "fail-level");
  if (failLevel && !FAIL_LEVELS.includes(failLevel)) throw new InputError(`input 'fail-level' must be one of ${FAIL_LEVELS.join(", ")}, not '${failLevel}'`);
  const annotations = getBooleanInput(env, "annotations", true);
  const summary = getBooleanInput(env, "summary", true);
  const layers = getBooleanInput(env, "layers", true);
  const onlyChanged = getBooleanInput(env, "only-changed", isPullRequest);
  const sarifFile = getInput(env, "sarif-file");
  // `working-directory`: where files are looked for (and `config` is relative to); paths in
  // annotations, SARIF and the summary stay relative to the repository root, as GitHub needs.
  const workDir = resolve(workspace, getInput(env, "working-directory") || ".");
  if (!existsSync(workDir) || !statSync(workDir).isDirectory()) throw new InputError(`input 'working-directory' is not a folder: ${getInput(env, "working-directory")}`);
  const configInput = getInput(env, "config");
  const config = configInput ? resolve(workDir, configInput) : "";
  const repoRoot = topLevel(workspace) ?? workspace;

  const all = selectFiles(workDir, getInput(env, "files"));
  let files = all;
  let base: Base | null = null;
  let changed: string[] = [];
  let scope = `${plural(all.length, "Dockerfile")}`;
  if (isPullRequest) {
    base = findBase(workspace, env.GITHUB_BASE_REF, readEvent(env));
    const top = topLevel(workspace);
    const list = base && top ? changedPaths(workspace, base.sha) : null;
    if (base && top && list) {
      changed = list;
      if (onlyChanged) {
        const changedAbs = new Set(list.map((p) => join(top, p)));
        files = all.filter((f) => changedAbs.has(f));
        scope = `${plural(files.length, "Dockerfile")} changed in this pull request (problems on changed lines, compared with \`${base.sha.slice(0, 12)}\`)`;
      }
      write(`dflint: pull request base ${base.sha} (${base.from}); ${plural(list.length, "changed file")}\n`);
    } else {
      write(
        command(
          "warning",
          "dflint: cannot find the pull request's base commit in the checkout (use actions/checkout with fetch-depth: 0); linting every matched Dockerfile",
        ),
      );
      base = null;
    }
  }

  const relTo = (list: string[]) => list.map((f) => relativePath(repoRoot, f) || f);
  const rel = relTo(files);
  const options: string[] = [];
  if (failLevel) options.push("--fail-level", failLevel);
  if (config) options.push("--config", config);
  const since = onlyChanged && base ? ["--since", base.sha] : [];
  // Options first and `--` before the paths: a file may be named like an option or a subcommand.
  const lintArgs = (format: string, ...extra: string[]) => ["--format", format, ...extra, ...options, ...since, "--", ...rel];
  // SARIF is the full state of every matched file on every run: code scanning closes alerts
  // missing from an upload, so changed-line filtering applies to annotations only.
  const fullArgs = (format: string, ...extra: string[]) => ["--format", format, ...extra, ...options, "--", ...relTo(all)];

  let report: JsonReport | null = null;
  let failed = false;
  if (rel.length === 0) {
    write(`dflint: no Dockerfile to lint\n`);
  } else {
    write(`dflint: linting ${plural(rel.length, "Dockerfile")}\n`);
    const r = await runCli(lintArgs("json"), repoRoot, env);
    if (r.stderr) process.stderr.write(logText(r.stderr));
    try {
      report = JSON.parse(r.stdout) as JsonReport;
    } catch {
      write(command("error", `dflint could not lint: ${r.stderr.trim() || `exit code ${r.code}`}`));
      return { exitCode: 1 };
    }
    failed = r.code !== 0;
    if (annotations) {
      const g = await runCli(lintArgs("github"), repoRoot, env);
      write(g.stdout);
    }
  }

  let sarifOut = "";
  if (sarifFile) {
    const target = resolve(workspace, sarifFile);
    mkdirSync(dirname(target), { recursive: true });
    if (all.length === 0) {
      // An empty but valid run, so that an upload step configured after this one still works.
      writeFileSync(target, sarif([], { rules: new Map(rules.map((r) => [r.id, r])), color: false, cwd: repoRoot, version: VERSION, docsUrl }));
    } else {
      await runCli(fullArgs("sarif", "-o", target), repoRoot, env);
    }
    if (existsSync(target)) sarifOut = sarifFile;
  }

  const sections: string[] = [];
  if (isPullRequest && layers && base) {
    const md = layerSection({ workspace: repoRoot, base: base.sha, dockerfiles: relTo(all), changed });
    if (md) sections.push(md);
  }
  if (summary) appendSummary(env, renderSummary({ report, scope, docsUrl, sections }));

  const c = counts(report);
  setOutput(env, "errors", String(c.errors));
  setOutput(env, "warnings", String(c.warnings));
  setOutput(env, "sarif-file", sarifOut);
  return { exitCode: failed ? 1 : 0 };
}

const isEntry = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntry) {
  const write = (s: string) => void process.stdout.write(s);
  main(process.env, write).then(
    (r) => {
      process.exitCode = r.exitCode;
    },
    (err: unknown) => {
      const msg = err instanceof InputError ? err.message : `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
      write(command("error", `dflint: ${msg}`));
      process.exitCode = 1;
    },
  );
}
