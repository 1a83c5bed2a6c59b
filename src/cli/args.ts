// Command-line parsing for `dflint [options] [paths...]` and its subcommands.
import { parseArgs } from "node:util";

export class UsageError extends Error {}

export const LINT_OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "code-frame": { type: "boolean" },
  "fail-level": { type: "string" },
  "failure-threshold": { type: "string" },
  "no-fail": { type: "boolean" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "build-arg": { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  preset: { type: "string" },
  rule: { type: "string", multiple: true },
  ignore: { type: "string", multiple: true },
  select: { type: "string", multiple: true },
  error: { type: "string", multiple: true },
  warning: { type: "string", multiple: true },
  info: { type: "string", multiple: true },
  style: { type: "string", multiple: true },
  "trusted-registry": { type: "string", multiple: true },
  "list-rules": { type: "boolean" },
  demo: { type: "boolean" },
  "no-error-on-unmatched": { type: "boolean" },
  compose: { type: "boolean" },
  bake: { type: "boolean" },
  target: { type: "string" },
  context: { type: "string" },
  shellcheck: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  changed: { type: "string", multiple: true },
  history: { type: "string" },
  "from-hadolint": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-suggestions": { type: "boolean" },
  "fix-rule": { type: "string", multiple: true },
  force: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

export type CliValues = ReturnType<typeof parse>["values"];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true });
}

/** From this many arguments, parseCli gives parseArgs only those that can be options or their values. */
const FEW_ARGS = 64;

/**
 * parseArgs on the arguments that start with `-` and the one after each (an option's value, or
 * whatever parseArgs makes of it), with the rest added back as operands where they stood: an
 * argument that neither starts with `-` nor follows one can only be an operand, and parseArgs
 * reads an option's value from the argument after it only. The same values, operands and errors
 * as parseArgs on them all; a lint of the corpus names 4,244 files, and parseArgs (still
 * unoptimized code) took about 12-20 ms over them, before any file was looked at.
 */
function parseMany(argv: string[]): { values: CliValues; positionals: string[] } {
  const kept: string[] = [];
  /** For each kept argument, its place in argv. */
  const at: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith("-") || (i > 0 && argv[i - 1]!.startsWith("-"))) {
      kept.push(argv[i]!);
      at.push(i);
    }
  }
  const r = parseArgs({ args: kept, options: LINT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  const operand = new Uint8Array(argv.length).fill(1);
  for (const i of at) operand[i] = 0;
  for (const t of r.tokens) if (t.kind === "positional") operand[at[t.index]!] = 1;
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) if (operand[i] === 1) positionals.push(argv[i]!);
  return { values: r.values, positionals };
}

/** `--compose=FILE` / `--bake=FILE`: the file becomes an operand (both flags are switches). */
export function splitBuildFileFlags(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return [...out, ...argv.slice(i)];
    // (A regex per operand cost a lint of the corpus's 4,244 files 10-25 ms of cold code.)
    const m = a.startsWith("--") ? /^--(compose|bake)=(.*)$/s.exec(a) : null;
    if (m) out.push(`--${m[1]}`, m[2]!);
    else out.push(a);
  }
  return out;
}

export function parseCli(argv: string[]): { values: CliValues; positionals: string[] } {
  try {
    const args = splitBuildFileFlags(argv);
    if (args.length >= FEW_ARGS) return parseMany(args);
    const r = parse(args);
    return { values: r.values, positionals: r.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

export function parseBuildArgs(list: string[] | undefined, env: NodeJS.ProcessEnv): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of list ?? []) {
    const eq = item.indexOf("=");
    if (eq === 0) throw new UsageError(`--build-arg '${item}' needs a NAME`);
    // `--build-arg NAME` takes the value from the environment, as docker build does.
    if (eq === -1) {
      const v = env[item];
      if (v !== undefined) out.set(item, v);
    } else out.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return out;
}

export const HELP = `Usage: dflint [options] [paths or globs...]
       dflint --compose [compose.yaml...] | --bake [docker-bake.hcl...] [--target t]
       dflint explain [rule-id]
       dflint layers [options] [Dockerfile]
       dflint init --from-hadolint
       dflint lsp              (language server over stdio, for editors)

Lints Dockerfiles. With no path, finds Dockerfile, Dockerfile.*, *.Dockerfile,
*.dockerfile, Containerfile and Containerfile.* under the current folder
(honouring .gitignore). Use - to read stdin.

Options:
  --demo                    lint the sample Dockerfile that comes with dflint
  --no-error-on-unmatched   exit 0 (not 2) when no Dockerfile is found
  --compose, --bake         lint each Compose service's / Bake target's Dockerfile
                            with its build args, target and context (several
                            files merge in order, as docker compose -f a -f b)
  --list-rules              list the rules (with --format json: as JSON)
  --rule <id>=<severity>    set a rule's severity (warn, hadolint codes accepted)
  --ignore <id>             switch a rule off (hadolint: --ignore DL3008)
  --select <id,...>         run only these rules
  --code-frame              show the source lines under each problem
  (hadolint's --failure-threshold, --trusted-registry, --no-fail,
   --error/--warning/--info/--style <code> and -f tty|gnu|codeclimate work too)
  -f, --format <name>       stylish (default), json, compact, sarif, github,
                            gitlab, checkstyle, junit, rdjson (reviewdog)
  -o, --output-file <file>  write the report to a file
  --color, --no-color       force colours on or off (NO_COLOR/FORCE_COLOR work too)
  --fail-level <level>      error | warning | info | none (default: warning)
  --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet               report errors only
  --build-arg NAME=VALUE    value for an ARG (repeatable)
  -c, --config <file>       use this .dflint.json/.dflint.yaml or .hadolint.yaml
  --print-config <file>     print the effective config for a Dockerfile
  --preset <name>           recommended (default) | strict
  --stdin-filename <path>   path to report (and to find config) for stdin
  --target <stage>          stage to build (default: the last)
  --context <dir>           build context (default: the Dockerfile's folder)
  --shellcheck              run ShellCheck on RUN scripts when installed
  --baseline <file>         hide problems recorded in a baseline
  --write-baseline <file>   record current problems as a baseline
  --since <git-ref>         only problems on lines changed since the ref
  --fix                     apply safe fixes in place; report what is left
  --fix-dry-run             print the fixes as a unified diff, change nothing
  --fix-suggestions         also apply suggested fixes (they change behaviour)
  --fix-rule <id>           only fix problems of this rule (repeatable)
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 clean, 1 problems at or above the fail level, 2 usage, config or I/O error.
`;
