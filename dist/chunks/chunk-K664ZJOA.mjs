import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

// src/format/util.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var FATAL_RULE_ID = "fatal", SPECIAL_PATHS = /* @__PURE__ */ new Set(["-", "<stdin>", "<text>"]);
function displayPath(path, cwd) {
  if (SPECIAL_PATHS.has(path)) return path;
  let p = path;
  if (isAbsolute(p)) {
    let rel = relative(cwd, p);
    rel !== "" && !isAbsolute(rel) && (p = rel);
  } else {
    let rel = relative(cwd, resolve(cwd, p));
    rel !== "" && (p = rel);
  }
  return sep === "\\" && (p = p.replace(/\\/g, "/")), p.replace(/^(\.\/)+/, "");
}
function compareProblems(a, b) {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function sortedProblems(problems) {
  return [...problems].sort(compareProblems);
}
function fatalProblem(message) {
  return {
    ruleId: FATAL_RULE_ID,
    related: [],
    severity: "error",
    message,
    messageId: "fatal",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    span: { start: 0, end: 0 }
  };
}
function problemsWithFatal(result) {
  let list = sortedProblems(result.problems);
  return result.fatal !== void 0 && list.unshift(fatalProblem(result.fatal)), list;
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function countSeverities(problems) {
  let c = { error: 0, warning: 0, info: 0 };
  for (let p of problems) c[p.severity]++;
  return c;
}
function region(p) {
  let line = Math.max(1, Math.trunc(p.line) || 1), column = Math.max(1, Math.trunc(p.column) || 1), endLine = Math.max(line, Math.trunc(p.endLine) || line), endColumn = Math.max(1, Math.trunc(p.endColumn) || column);
  return endLine === line && endColumn < column && (endColumn = column), { line, column, endLine, endColumn };
}
var XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function xmlEscape(text) {
  return text.replace(XML_INVALID, "").replace(/[&<>"'\t\n\r]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "	":
        return "&#9;";
      case `
`:
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}
var SPECIAL_RULES = {
  [FATAL_RULE_ID]: "The file could not be read or parsed, so no rule was run on it",
  "internal-error": "A dflint rule crashed on this file; please report it",
  "parse-error": "The Dockerfile could not be parsed"
};
function validUrl(url) {
  if (url)
    try {
      return new URL(url).href;
    } catch {
      return;
    }
}
function ruleInfo(ruleId, ctx) {
  let rule = ctx.rules.get(ruleId);
  if (rule) return { id: ruleId, description: rule.description, url: safeDocsUrl(ctx, ruleId), rule, severity: rule.severity };
  let sc = /^shellcheck\/(SC\d+)$/i.exec(ruleId);
  if (sc) {
    let code = sc[1].toUpperCase();
    return {
      id: ruleId,
      description: `ShellCheck ${code} in a RUN command`,
      url: `https://www.shellcheck.net/wiki/${code}`,
      rule: void 0,
      severity: "warning"
    };
  }
  let special = SPECIAL_RULES[ruleId];
  return special ? { id: ruleId, description: special, url: void 0, rule: void 0, severity: "error" } : { id: ruleId, description: ruleId, url: void 0, rule: void 0, severity: "warning" };
}
function safeDocsUrl(ctx, ruleId) {
  try {
    return validUrl(ctx.docsUrl(ruleId));
  } catch {
    return;
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
}, LINT_OPTIONS = {
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
  "build-arg": { type: "string", multiple: !0 },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  preset: { type: "string" },
  rule: { type: "string", multiple: !0 },
  ignore: { type: "string", multiple: !0 },
  select: { type: "string", multiple: !0 },
  error: { type: "string", multiple: !0 },
  warning: { type: "string", multiple: !0 },
  info: { type: "string", multiple: !0 },
  style: { type: "string", multiple: !0 },
  "trusted-registry": { type: "string", multiple: !0 },
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
  changed: { type: "string", multiple: !0 },
  history: { type: "string" },
  "from-hadolint": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-suggestions": { type: "boolean" },
  "fix-rule": { type: "string", multiple: !0 },
  force: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parse(argv) {
  return parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: !0, strict: !0 });
}
function splitBuildFileFlags(argv) {
  let out = [];
  for (let [i, a] of argv.entries()) {
    if (a === "--") return [...out, ...argv.slice(i)];
    let m = /^--(compose|bake)=(.*)$/s.exec(a);
    m ? out.push(`--${m[1]}`, m[2]) : out.push(a);
  }
  return out;
}
function parseCli(argv) {
  try {
    let r = parse(splitBuildFileFlags(argv));
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

export {
  FATAL_RULE_ID,
  displayPath,
  compareProblems,
  sortedProblems,
  fatalProblem,
  problemsWithFatal,
  SEVERITY_ORDER,
  countSeverities,
  region,
  xmlEscape,
  ruleInfo,
  UsageError,
  splitBuildFileFlags,
  parseCli,
  parseBuildArgs,
  HELP
};
