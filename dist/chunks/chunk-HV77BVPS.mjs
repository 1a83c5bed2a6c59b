import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
}, LINT_OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "fail-level": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "build-arg": { type: "string", multiple: !0 },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  preset: { type: "string" },
  target: { type: "string" },
  context: { type: "string" },
  shellcheck: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  changed: { type: "string", multiple: !0 },
  history: { type: "string" },
  "from-hadolint": { type: "boolean" },
  force: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parse(argv) {
  return parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: !0, strict: !0 });
}
function parseCli(argv) {
  try {
    let r = parse(argv);
    return { values: r.values, positionals: r.positionals };
  } catch (err) {
    throw new UsageError(err.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
function parseBuildArgs(list, env) {
  let out = /* @__PURE__ */ new Map();
  for (let item of list ?? []) {
    let eq = item.indexOf("=");
    if (eq === 0) throw new UsageError(`--build-arg '${item}' needs a NAME`);
    if (eq === -1) {
      let v = env[item];
      v !== void 0 && out.set(item, v);
    } else out.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return out;
}
var HELP = `Usage: dflint [options] [paths or globs...]
       dflint explain <rule-id>
       dflint layers [options] [Dockerfile]
       dflint init --from-hadolint

Lints Dockerfiles. With no path, finds Dockerfile, Dockerfile.*, *.Dockerfile,
*.dockerfile, Containerfile and Containerfile.* under the current folder
(honouring .gitignore). Use - to read stdin.

Options:
  -f, --format <name>       stylish (default), json, compact, sarif, github,
                            gitlab, checkstyle, junit
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
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 clean, 1 problems at or above the fail level, 2 usage, config or I/O error.
`;

export {
  UsageError,
  parseCli,
  parseBuildArgs,
  HELP
};
