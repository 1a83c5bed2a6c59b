import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  createFileLinter,
  lintJobs
} from "./chunks/chunk-TIVGQNFD.mjs";
import {
  HELP,
  UsageError,
  parseBuildArgs,
  parseCli
} from "./chunks/chunk-HV77BVPS.mjs";
import {
  rules
} from "./chunks/chunk-3UYR7OZR.mjs";
import {
  ConfigError,
  SEVERITY_RANK,
  exampleCode
} from "./chunks/chunk-HB4LVJQS.mjs";
import {
  require_picocolors
} from "./chunks/chunk-C3A5NWRQ.mjs";
import {
  __toESM
} from "./chunks/chunk-JJV4KWIL.mjs";

// src/cli/bin.ts
import fs4 from "node:fs";

// src/cli/main.ts
import fs3 from "node:fs";
import path4 from "node:path";

// src/config/print.ts
function printConfig(resolved) {
  let { settings } = resolved, out = {
    source: resolved.source,
    failLevel: resolved.failLevel ?? null,
    inlineIgnores: resolved.inlineIgnores,
    settings: {
      contextDir: settings.contextDir,
      trustedRegistries: settings.trustedRegistries,
      labelSchema: settings.labelSchema,
      strictLabels: settings.strictLabels,
      shellcheck: settings.shellcheck
    },
    rules: Object.fromEntries(
      Object.entries(resolved.rules).map(([id, r]) => [id, { severity: r.severity, options: r.options }])
    )
  };
  return JSON.stringify(out, null, 2);
}

// src/format/util.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var FATAL_RULE_ID = "fatal", SPECIAL_PATHS = /* @__PURE__ */ new Set(["-", "<stdin>", "<text>"]);
function displayPath(path5, cwd) {
  if (SPECIAL_PATHS.has(path5)) return path5;
  let p = path5;
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
function singleLine(text) {
  return text.replace(/\r\n|[\r\n\t]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
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
    let code2 = sc[1].toUpperCase();
    return {
      id: ruleId,
      description: `ShellCheck ${code2} in a RUN command`,
      url: `https://www.shellcheck.net/wiki/${code2}`,
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

// src/format/checkstyle.ts
var checkstyle = (results, ctx) => {
  let out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (let result of results) {
    let name = xmlEscape(displayPath(result.path, ctx.cwd)), problems = problemsWithFatal(result);
    if (problems.length === 0) {
      out.push(`  <file name="${name}"/>`);
      continue;
    }
    out.push(`  <file name="${name}">`);
    for (let p of problems)
      out.push(
        `    <error line="${p.line}" column="${p.column}" severity="${p.severity}" message="${xmlEscape(p.message)}" source="${xmlEscape(`dflint.${p.ruleId}`)}"/>`
      );
    out.push("  </file>");
  }
  return out.push("</checkstyle>"), out.join(`
`) + `
`;
};

// src/format/compact.ts
var compact = (results, ctx) => {
  let lines = [];
  for (let result of results) {
    let path5 = singleLine(displayPath(result.path, ctx.cwd));
    for (let p of problemsWithFatal(result))
      lines.push(`${path5}:${p.line}:${p.column}: ${p.severity}: ${singleLine(p.message)} [${singleLine(p.ruleId)}]`);
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/github.ts
var GITHUB_ANNOTATIONS_PER_LEVEL = 10, COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function compareEntries(a, b) {
  return SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.problem.line - b.problem.line || a.problem.column - b.problem.column || (a.problem.ruleId < b.problem.ruleId ? -1 : a.problem.ruleId > b.problem.ruleId ? 1 : 0);
}
function command(e) {
  let p = e.problem, r = region(p), props = [`file=${escapeProperty(e.path)}`, `line=${r.line}`, `endLine=${r.endLine}`];
  return r.line === r.endLine && props.push(`col=${r.column}`, `endColumn=${r.endColumn}`), props.push(`title=${escapeProperty(`dflint ${p.ruleId}`)}`), `::${COMMAND[p.severity]} ${props.join(",")}::${escapeData(p.message)}`;
}
var github = (results, ctx) => {
  let entries = [];
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd);
    for (let problem of problemsWithFatal(result)) entries.push({ path: path5, problem });
  }
  entries.sort(compareEntries);
  let bySeverity = { error: [], warning: [], info: [] };
  for (let e of entries) bySeverity[e.problem.severity].push(e);
  let max = GITHUB_ANNOTATIONS_PER_LEVEL, overflow = bySeverity.error.length > max || bySeverity.warning.length > max || bySeverity.info.length > max, budget = { error: max, warning: max, info: overflow ? max - 1 : max }, lines = [], dropped = 0;
  for (let sev of ["error", "warning", "info"]) {
    let list = bySeverity[sev];
    for (let e of list.slice(0, budget[sev])) lines.push(command(e));
    dropped += Math.max(0, list.length - budget[sev]);
  }
  if (dropped > 0) {
    let what = dropped === 1 ? "1 more problem was" : `${dropped} more problems were`;
    lines.push(
      `::notice::${escapeData(
        `dflint: ${what} not annotated (GitHub shows at most ${max} errors, ${max} warnings and ${max} notices per step). See the job summary or the SARIF report, or run dflint with --format stylish, to see them all.`
      )}`
    );
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/fingerprint.ts
import { createHash } from "node:crypto";
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function snippet(problem, lines) {
  if (!lines) return normalise(problem.message);
  let first = Math.max(1, Math.trunc(problem.line) || 1), last = Math.max(first, Math.trunc(problem.endLine) || first);
  return last > first && problem.endColumn <= 1 && last--, normalise(lines.slice(first - 1, last).join(`
`));
}
function normalise(text) {
  return text.replace(/\s+/g, " ").trim();
}
function hash(ruleId, path5, text, occurrence) {
  return createHash("sha256").update(JSON.stringify([ruleId, path5, text, occurrence])).digest("hex");
}
function fingerprint(problem, path5, sourceText, occurrence = 0) {
  let lines = sourceText === void 0 ? void 0 : splitLines(sourceText);
  return hash(problem.ruleId, path5, snippet(problem, lines), occurrence);
}
function fingerprintAll(result, cwd) {
  let path5 = cwd === void 0 ? displayPath(result.path, process.cwd()) : displayPath(result.path, cwd), lines = result.source === void 0 ? void 0 : splitLines(result.source), order = result.problems.map((_, i) => i).sort((a, b) => compareProblems(result.problems[a], result.problems[b]) || a - b), seen = /* @__PURE__ */ new Map(), out = new Array(result.problems.length);
  for (let i of order) {
    let p = result.problems[i], text = snippet(p, lines), key = JSON.stringify([p.ruleId, text]), n = seen.get(key) ?? 0;
    seen.set(key, n + 1), out[i] = hash(p.ruleId, path5, text, n);
  }
  return out;
}

// src/format/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", info: "info" }, gitlab = (results, ctx) => {
  let issues = [], used = /* @__PURE__ */ new Set(), unique = (fp) => {
    let out = fp;
    for (let n = 1; used.has(out); n++) out = `${fp}-${n}`;
    return used.add(out), out;
  };
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd);
    if (result.fatal !== void 0) {
      let p = fatalProblem(result.fatal);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fingerprint(p, path5, void 0)),
        severity: SEVERITY.error,
        location: { path: path5, lines: { begin: 1, end: 1 } }
      });
    }
    let fps = fingerprintAll(result, ctx.cwd), fpOf = new Map(result.problems.map((p, i) => [p, fps[i]]));
    for (let p of sortedProblems(result.problems)) {
      let r = region(p);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fpOf.get(p)),
        severity: SEVERITY[p.severity],
        location: { path: path5, lines: { begin: r.line, end: r.endLine } }
      });
    }
  }
  return JSON.stringify(issues, null, 2) + `
`;
};

// src/format/json.ts
var JSON_FORMAT_VERSION = 1, json = (results, ctx) => {
  let report = {
    version: JSON_FORMAT_VERSION,
    files: results.map((r) => {
      let file = {
        path: displayPath(r.path, ctx.cwd),
        problems: sortedProblems(r.problems).map((p) => ({
          ruleId: p.ruleId,
          related: [...p.related],
          severity: p.severity,
          message: p.message,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn
        }))
      };
      return r.fatal !== void 0 && (file.error = r.fatal), file;
    })
  };
  return JSON.stringify(report) + `
`;
};

// src/format/junit.ts
var junit = (results, ctx) => {
  let suites = [], tests = 0, failures = 0, errors = 0;
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd), file = xmlEscape(path5), problems = problemsWithFatal(result), cases = [], suiteFailures = 0, suiteErrors = 0;
    problems.length === 0 && cases.push(`    <testcase name="dflint" classname="${file}" file="${file}" time="0"/>`);
    for (let p of problems) {
      let isFatal = p.ruleId === FATAL_RULE_ID, tag = isFatal ? "error" : "failure";
      isFatal ? suiteErrors++ : suiteFailures++;
      let name = xmlEscape(`${p.ruleId} at ${p.line}:${p.column}`), body = xmlEscape(`${p.severity}: ${p.message} (${p.ruleId}) at ${path5}:${p.line}:${p.column}`);
      cases.push(
        `    <testcase name="${name}" classname="${file}" file="${file}" line="${p.line}" time="0">`,
        `      <${tag} message="${xmlEscape(p.message)}" type="${p.severity}">${body}</${tag}>`,
        "    </testcase>"
      );
    }
    let count = Math.max(1, problems.length);
    tests += count, failures += suiteFailures, errors += suiteErrors, suites.push(
      `  <testsuite name="${file}" tests="${count}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">`,
      ...cases,
      "  </testsuite>"
    );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="dflint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join(`
`);
};

// src/format/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", FINGERPRINT_KEY = "dflintFingerprint/v1", LEVEL = { error: "error", warning: "warning", info: "note" }, MAX_TAGS = 20, SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function ruleName(id) {
  let name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return name ? name.toLowerCase() === id.toLowerCase() ? `${name}Check` : name : "UnnamedCheck";
}
function toUri(path5) {
  return path5.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function fence(code2) {
  let longest = Math.max(0, ...(code2.match(/`+/g) ?? []).map((m) => m.length));
  return "`".repeat(Math.max(3, longest + 1));
}
function sentence(text) {
  let t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function defaultConfiguration(severity) {
  return severity === "off" ? { enabled: !1 } : { level: LEVEL[severity] };
}
function describeRule(info) {
  let rule = info.rule, related = rule?.related ?? [], fullParts = [sentence(info.description)];
  rule?.differs && fullParts.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`), related.length && fullParts.push(`Related checks: ${related.join(", ")}.`);
  let full = fullParts.join(" "), text = [full], md = [sentence(info.description)];
  rule?.differs && md.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`), related.length && md.push(`Related checks: ${related.map((r) => `\`${r}\``).join(", ")}.`);
  let examples = (title, list) => {
    list.length && (text.push(`${title}:`, ...list.map((e) => e.replace(/^/gm, "    "))), md.push(`**${title}:**`, ...list.map((e) => `${fence(e)}dockerfile
${e}
${fence(e)}`)));
  };
  rule && (examples("Problem examples", rule.examples.invalid.map(exampleCode)), examples("Correct examples", rule.examples.valid.map(exampleCode))), info.url && (text.push(`Documentation: ${info.url}`), md.push(`[Documentation](${info.url})`));
  let tags = ["dockerfile", ...related].slice(0, MAX_TAGS), descriptor = {
    id: info.id,
    name: ruleName(info.id),
    shortDescription: { text: info.description },
    fullDescription: { text: full }
  };
  return info.url && (descriptor.helpUri = info.url), descriptor.help = { text: text.join(`

`), markdown: md.join(`

`) }, descriptor.defaultConfiguration = defaultConfiguration(info.severity), descriptor.properties = { tags }, descriptor;
}
function itemsOf(result, ctx) {
  let path5 = displayPath(result.path, ctx.cwd), items = [];
  if (result.fatal !== void 0) {
    let p = fatalProblem(result.fatal);
    items.push({ path: path5, problem: p, fingerprint: fingerprint(p, path5, void 0) });
  }
  let fps = fingerprintAll(result, ctx.cwd), fpOf = new Map(result.problems.map((p, i) => [p, fps[i]]));
  for (let p of sortedProblems(result.problems)) items.push({ path: path5, problem: p, fingerprint: fpOf.get(p) });
  return items;
}
function informationUri(ctx) {
  let probe = "dflint-rule-id-probe";
  try {
    let url = new URL(ctx.docsUrl(probe));
    return url.hash.includes(probe) ? url.hash = "" : url.pathname.includes(probe) && (url.pathname = url.pathname.slice(0, url.pathname.lastIndexOf("/", url.pathname.indexOf(probe)) + 1), url.search = "", url.hash = ""), url.href;
  } catch {
    return;
  }
}
var sarif = (results, ctx) => {
  let items = results.flatMap((r) => itemsOf(r, ctx)), ruleIds = [...new Set(items.map((i) => i.problem.ruleId))].sort(), ruleIndex = new Map(ruleIds.map((id, i) => [id, i])), driver = { name: "dflint", version: ctx.version };
  SEMVER.test(ctx.version) && (driver.semanticVersion = ctx.version);
  let info = informationUri(ctx);
  info && (driver.informationUri = info), driver.rules = ruleIds.map((id) => describeRule(ruleInfo(id, ctx)));
  let sarifResults = items.map(({ path: path5, problem: p, fingerprint: fp }) => {
    let r = region(p);
    return {
      ruleId: p.ruleId,
      ruleIndex: ruleIndex.get(p.ruleId),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(path5), uriBaseId: "%SRCROOT%" },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fp }
    };
  });
  return JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        // Problem columns are JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  }, null, 2) + `
`;
};

// src/format/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var stylish = (results, ctx) => {
  let c = import_picocolors.default.createColors(ctx.color), sevColor = { error: c.red, warning: c.yellow, info: c.blue }, out = [], totals = { error: 0, warning: 0, info: 0 };
  for (let result of results) {
    let problems = problemsWithFatal(result);
    if (problems.length === 0) continue;
    let counts = countSeverities(problems);
    totals.error += counts.error, totals.warning += counts.warning, totals.info += counts.info;
    let rows = problems.map((p) => ({
      line: String(p.line),
      col: String(p.column),
      severity: p.severity,
      message: singleLine(p.message),
      rule: p.ruleId === FATAL_RULE_ID ? "" : singleLine(p.ruleId)
    })), wLine = Math.max(...rows.map((r) => r.line.length)), wCol = Math.max(...rows.map((r) => r.col.length)), wSev = Math.max(...rows.map((r) => r.severity.length)), wMsg = Math.max(...rows.map((r) => r.message.length));
    out.push("", c.underline(singleLine(displayPath(result.path, ctx.cwd))));
    for (let r of rows) {
      let pos = `${r.line.padStart(wLine)}:${r.col.padEnd(wCol)}`, sev = sevColor[r.severity](r.severity.padEnd(wSev)), text = r.rule ? `${r.message.padEnd(wMsg)}  ${c.dim(r.rule)}` : r.message;
      out.push(`  ${c.dim(pos)}  ${sev}  ${text}`.trimEnd());
    }
  }
  let total = totals.error + totals.warning + totals.info;
  if (total === 0) return "";
  let summary = `\u2716 ${plural(total, "problem")} (${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${totals.info} info)`, colour = totals.error > 0 ? c.red : totals.warning > 0 ? c.yellow : c.blue;
  return out.push("", c.bold(colour(summary)), ""), out.join(`
`);
};

// src/format/index.ts
var formatters = {
  stylish,
  compact,
  json,
  sarif,
  github,
  gitlab,
  checkstyle,
  junit
}, formatterNames = Object.keys(formatters);
function getFormatter(name) {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : void 0;
}

// src/cli/adoption.ts
import path3 from "node:path";

// src/cli/baseline.ts
import fs from "node:fs";
import path from "node:path";
var BASELINE_VERSION = 1, BaselineError = class extends ConfigError {
}, SPECIAL = /* @__PURE__ */ new Set(["-", "<stdin>", "<text>"]);
function absolute(result, cwd) {
  return SPECIAL.has(result.path) ? result : { ...result, path: path.resolve(cwd, result.path) };
}
function baselinePath(result, cwd, baseDir) {
  return displayPath(absolute(result, cwd).path, baseDir);
}
function createBaseline(results, cwd, baseDir) {
  let entries = [], sorted = [...results].sort((a, b) => {
    let pa = baselinePath(a, cwd, baseDir), pb = baselinePath(b, cwd, baseDir);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  for (let r of sorted) {
    let p = baselinePath(r, cwd, baseDir), prints = fingerprintAll(absolute(r, cwd), baseDir), order = r.problems.map((_, i) => i).sort((a, b) => compareProblems(r.problems[a], r.problems[b]) || a - b);
    for (let i of order) {
      let problem = r.problems[i];
      entries.push({ path: p, ruleId: problem.ruleId, fingerprint: prints[i], message: problem.message });
    }
  }
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}
function writeBaseline(file, baseline, label = file) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: !0 }), fs.writeFileSync(file, JSON.stringify(baseline, null, 2) + `
`);
  } catch (err) {
    let code2 = err.code ?? err.message;
    throw new BaselineError(`cannot write baseline ${label} (${code2})`, file);
  }
}
function readBaseline(file, label = file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    let code2 = err.code ?? err.message;
    throw new BaselineError(`cannot read baseline ${label} (${code2}); create it with --write-baseline ${label}`, file);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`baseline ${label} is not valid JSON: ${err.message}`, file);
  }
  let bad = (why) => new BaselineError(`baseline ${label} is not a dflint baseline: ${why}`, file);
  if (typeof data != "object" || data === null || Array.isArray(data)) throw bad("expected an object");
  let obj = data;
  if (obj.version !== BASELINE_VERSION) throw bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.entries)) throw bad("'entries' must be an array");
  let entries = obj.entries.map((e, i) => {
    let x = e;
    if (!x || typeof x.path != "string" || typeof x.ruleId != "string" || typeof x.fingerprint != "string")
      throw bad(`entry ${i} needs string 'path', 'ruleId' and 'fingerprint'`);
    return { path: x.path, ruleId: x.ruleId, fingerprint: x.fingerprint, message: typeof x.message == "string" ? x.message : "" };
  });
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}
function applyBaseline(results, baseline, cwd, baseDir) {
  let remaining = /* @__PURE__ */ new Map();
  for (let e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let linted = /* @__PURE__ */ new Set(), hidden = 0;
  for (let r of results) {
    linted.add(baselinePath(r, cwd, baseDir));
    let prints = fingerprintAll(absolute(r, cwd), baseDir), keep = r.problems.filter((_, i) => {
      let n = remaining.get(prints[i]) ?? 0;
      return n === 0 ? !0 : (remaining.set(prints[i], n - 1), hidden++, !1);
    });
    r.problems = keep;
  }
  let stale = [];
  for (let e of baseline.entries) {
    let n = remaining.get(e.fingerprint) ?? 0;
    n > 0 && linted.has(e.path) && (stale.push(e), remaining.set(e.fingerprint, n - 1));
  }
  return { hidden, stale };
}

// src/cli/since.ts
import { spawnSync } from "node:child_process";
import path2 from "node:path";
var GitRefError = class extends Error {
};
function git(args, cwd) {
  let r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 268435456 });
  return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error.message) : "") };
}
function gitTopLevel(dir) {
  let r = git(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() : null;
}
function parseUnifiedDiff(diff) {
  let out = { all: !1, lines: /* @__PURE__ */ new Set(), deletions: /* @__PURE__ */ new Set() };
  for (let m of diff.matchAll(/^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    let oldCount = m[1] === void 0 ? 1 : Number(m[1]), start = Number(m[2]), count = m[3] === void 0 ? 1 : Number(m[3]);
    if (count === 0) {
      oldCount > 0 && out.deletions.add(start);
      continue;
    }
    for (let l = start; l < start + count; l++) out.lines.add(l);
  }
  return out;
}
function touches(problem, changed) {
  if (changed.all) return !0;
  let first = Math.max(1, problem.line), last = Math.max(first, problem.endLine);
  for (let l = first; l <= last; l++) if (changed.lines.has(l)) return !0;
  for (let l = first; l < last; l++) if (changed.deletions.has(l)) return !0;
  return !1;
}
function changedLinesSince(file, ref, verified = /* @__PURE__ */ new Map()) {
  let dir = path2.dirname(file), top = gitTopLevel(dir);
  if (top === null) return null;
  if (!verified.has(top)) {
    let ok = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top).ok;
    verified.set(top, ok);
  }
  if (!verified.get(top)) throw new GitRefError(`--since: '${ref}' is not a commit in the git repository ${top}`);
  let name = path2.basename(file);
  if (!git(["ls-files", "--error-unmatch", "--", name], dir).ok) return { all: !0, lines: /* @__PURE__ */ new Set(), deletions: /* @__PURE__ */ new Set() };
  let diff = git(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--text", ref, "--", name], dir);
  if (!diff.ok) throw new GitRefError(`--since: git diff against '${ref}' failed in ${top}: ${diff.stderr.trim()}`);
  return parseUnifiedDiff(diff.stdout);
}
function filterSince(results, ref, cwd, fromStdin = /* @__PURE__ */ new Set()) {
  let warnings = [], verified = /* @__PURE__ */ new Map();
  for (let r of results) {
    if (fromStdin.has(r) || r.path === "-" || r.path.startsWith("<")) {
      warnings.push(`--since: ${r.path} was read from stdin; its problems are not filtered`);
      continue;
    }
    let abs = path2.resolve(cwd, r.path), changed = changedLinesSince(abs, ref, verified);
    if (changed === null) {
      warnings.push(`--since: ${r.path} is not in a git repository; its problems are not filtered`);
      continue;
    }
    r.problems = r.problems.filter((p) => touches(p, changed));
  }
  return warnings;
}

// src/cli/adoption.ts
var STALE_LISTED = 20;
function applyAdoption(results, opts, cwd) {
  let notes = [];
  if (opts.writeBaseline) {
    let file = path3.resolve(cwd, opts.writeBaseline), baseline = createBaseline(results, cwd, path3.dirname(file));
    writeBaseline(file, baseline, opts.writeBaseline);
    let n = baseline.entries.length;
    notes.push(`dflint: wrote ${n} ${n === 1 ? "problem" : "problems"} to baseline ${opts.writeBaseline}`);
    for (let r of results) r.problems = [];
  }
  if (opts.baseline) {
    let file = path3.resolve(cwd, opts.baseline), { stale } = applyBaseline(results, readBaseline(file, opts.baseline), cwd, path3.dirname(file));
    if (stale.length > 0) {
      let what = stale.length === 1 ? "1 baseline entry no longer occurs" : `${stale.length} baseline entries no longer occur`;
      notes.push(`dflint: ${what} (fixed, or the instruction changed); refresh ${opts.baseline} with --write-baseline:`);
      for (let e of stale.slice(0, STALE_LISTED)) notes.push(`  ${e.path}: ${e.ruleId}: ${oneLine(e.message)}`);
      stale.length > STALE_LISTED && notes.push(`  ... and ${stale.length - STALE_LISTED} more`);
    }
  }
  if (opts.since)
    try {
      for (let w of filterSince(results, opts.since, cwd, opts.fromStdin)) notes.push(`dflint: warning: ${w}`);
    } catch (err) {
      throw err instanceof GitRefError ? new UsageError(err.message) : err;
    }
  return notes;
}
function oneLine(s) {
  let t = s.replace(/\s+/g, " ").trim();
  return t.length > 160 ? t.slice(0, 157) + "..." : t;
}

// src/cli/explain.ts
function explainRule(id, rules2) {
  let rule = rules2.find((r) => r.id === id) ?? rules2.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  let lines = [];
  lines.push(`${rule.id}: ${rule.description}`, ""), lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`), rule.related.length && lines.push(`Related: ${rule.related.join(", ")}`), rule.fixable && lines.push("Fixable: yes"), rule.differs && lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
  let opts = Object.entries(rule.options);
  if (opts.length) {
    lines.push("", "Options:");
    for (let [k, o] of opts) lines.push(`  ${k}: ${o.description} (default: ${JSON.stringify(o.default)})`);
  }
  lines.push("", "Problems it reports:");
  for (let m of Object.values(rule.messages)) lines.push(`  - ${m}`);
  let block = (title, items) => {
    if (items.length) {
      lines.push("", title);
      for (let ex of items) {
        lines.push("  ---");
        for (let l of ex.split(`
`)) lines.push(`  ${l}`);
      }
    }
  };
  return block("Reported:", rule.examples.invalid.map(exampleCode)), block("Fine:", rule.examples.valid.map(exampleCode)), lines.join(`
`) + `
`;
}

// src/cli/parallel.ts
import fs2 from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 200;
function workerFile() {
  for (let rel of ["./worker.mjs", "../worker.mjs"]) {
    let p = fileURLToPath(new URL(rel, import.meta.url));
    if (fs2.existsSync(p)) return p;
  }
  return null;
}
async function lintInParallel(jobs, settings, readStdin) {
  let cores = typeof os.availableParallelism == "function" ? os.availableParallelism() : os.cpus().length, file = workerFile(), cap = Number(process.env.DFLINT_JOBS), parts = Number.isInteger(cap) && cap > 0 ? Math.min(cap, Math.max(cores, 2)) : cores >= 4 ? Math.min(cores - 1, 4) : 1;
  if (!file || parts < 2 || jobs.length < PARALLEL_MIN_FILES || jobs.some((j) => j.path === "-"))
    return lintJobs(jobs, settings, readStdin);
  let size = Math.ceil(jobs.length / parts), chunks = Array.from({ length: parts }, (_, i) => jobs.slice(i * size, (i + 1) * size)), workers = chunks.slice(1).map(
    (chunk) => new Promise((resolve2, reject) => {
      let w = new Worker(file, { workerData: { jobs: chunk, settings } });
      w.once("message", resolve2), w.once("error", reject), w.once("exit", (code2) => code2 !== 0 && reject(new Error(`lint worker exited with code ${code2}`)));
    })
  ), first = await lintJobs(chunks[0], settings, readStdin), rest = await Promise.all(workers);
  return [first, ...rest].flat();
}

// src/cli/meta.ts
var VERSION = "0.1.0", REPO_URL = "https://github.com/dflint/dflint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}

// src/cli/main.ts
var FAIL_LEVELS = ["error", "warning", "info", "none"];
async function run(io) {
  try {
    return await runUnsafe(io);
  } catch (err) {
    return err instanceof UsageError ? (io.stderr(`dflint: ${err.message}
Run 'dflint --help' for usage.
`), 2) : err instanceof ConfigError ? (io.stderr(`dflint: ${err.message}
`), 2) : (io.stderr(`dflint: unexpected error: ${err?.message ?? String(err)}
`), 2);
  }
}
async function runUnsafe(io) {
  let [first, ...rest] = io.argv;
  if (first === "explain") return explainCommand(rest, io);
  if (first === "layers") return (await import("./chunks/layers-ULWRNV3V.mjs")).layersCommand(rest, io);
  if (first === "init") return (await import("./chunks/init-KMBDMZTO.mjs")).initCommand(rest, io);
  let { values, positionals } = parseCli(io.argv);
  if (values.help)
    return io.stdout(HELP), 0;
  if (values.version)
    return io.stdout(`${VERSION}
`), 0;
  let settings = {
    cwd: io.cwd,
    preset: readPreset(values),
    configPath: values.config ? path4.resolve(io.cwd, values.config) : void 0,
    buildArgs: [...parseBuildArgs(values["build-arg"], io.env)],
    target: values.target,
    shellcheck: !!values.shellcheck,
    context: values.context,
    stdinFilename: values["stdin-filename"],
    quiet: !!values.quiet
  }, { configFor } = createFileLinter(settings, io.readStdin);
  if (values["print-config"])
    return io.stdout(printConfig(await configFor(path4.resolve(io.cwd, values["print-config"]))) + `
`), 0;
  let formatName = values.format ?? "stylish", formatter = getFormatter(formatName);
  if (!formatter) throw new UsageError(`unknown format '${formatName}'`);
  let failLevelFlag = values["fail-level"];
  if (failLevelFlag !== void 0 && !FAIL_LEVELS.includes(failLevelFlag))
    throw new UsageError(`--fail-level must be one of ${FAIL_LEVELS.join(", ")}`);
  let maxWarnings = null;
  if (values["max-warnings"] !== void 0 && (maxWarnings = Number(values["max-warnings"]), !Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError("--max-warnings needs a whole number");
  let { targets, missing, emptyDirs = [] } = await findTargets(positionals, io.cwd);
  for (let d of emptyDirs) io.stderr(`dflint: no Dockerfile found under ${d}
`);
  let ioError = missing.length > 0;
  for (let m of missing) io.stderr(`dflint: ${m}: no such file or directory
`);
  if (positionals.length === 0 && targets.length === 0) {
    let sample = samplePath();
    io.stderr(`dflint: no Dockerfile found under ${io.cwd}; linting the sample ${path4.relative(io.cwd, sample) || sample}
`), targets.push({ path: sample, explicit: !0 });
  }
  let results = [], fromStdin = /* @__PURE__ */ new Set(), failLevels = /* @__PURE__ */ new Map();
  for (let outcome of await lintInParallel(targets, settings, io.readStdin)) {
    if (!outcome) continue;
    if (outcome.configError)
      return io.stderr(`dflint: ${outcome.configError}
`), 2;
    outcome.ioError && (ioError = !0);
    let result = outcome.result;
    results.push(result), outcome.fromStdin && fromStdin.add(result), failLevels.set(result, outcome.failLevel ?? "warning");
  }
  let adoption = { baseline: values.baseline, writeBaseline: values["write-baseline"], since: values.since, fromStdin };
  for (let note of applyAdoption(results, adoption, io.cwd)) io.stderr(note + `
`);
  let output = formatter(results, {
    rules: new Map(rules.map((r) => [r.id, r])),
    color: useColor(values, io),
    cwd: io.cwd,
    version: VERSION,
    docsUrl
  });
  values["output-file"] ? fs3.writeFileSync(path4.resolve(io.cwd, values["output-file"]), output) : output && io.stdout(output.endsWith(`
`) ? output : output + `
`);
  let failed = !1, warnings = 0;
  return results.forEach((r) => {
    let level = failLevelFlag ?? failLevels.get(r) ?? "warning";
    for (let p of r.problems)
      p.severity === "warning" && warnings++, level !== "none" && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[level] && (failed = !0);
  }), maxWarnings !== null && warnings > maxWarnings && (failed = !0), ioError ? 2 : failed ? 1 : 0;
}
async function findTargets(operands, cwd) {
  let direct = [];
  for (let op of operands) {
    if (op === "-") {
      direct.push({ path: "-", explicit: !0 });
      continue;
    }
    let abs = path4.resolve(cwd, op), isFile = !1;
    try {
      isFile = fs3.statSync(abs).isFile();
    } catch {
      isFile = !1;
    }
    if (!isFile) return (await import("./chunks/discover-VPT366HE.mjs")).resolveTargets(operands, cwd);
    direct.push({ path: abs, explicit: !0 });
  }
  if (operands.length === 0) return (await import("./chunks/discover-VPT366HE.mjs")).resolveTargets(operands, cwd);
  let seen = /* @__PURE__ */ new Set();
  return { targets: direct.filter((t) => t.path === "-" || !seen.has(t.path) && seen.add(t.path)), missing: [] };
}
function readPreset(values) {
  let p = values.preset;
  if (p !== void 0) {
    if (p !== "recommended" && p !== "strict") throw new UsageError(`unknown preset '${p}' (use recommended or strict)`);
    return p;
  }
}
function useColor(values, io) {
  return values["no-color"] ? !1 : values.color ? !0 : io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "" ? !1 : io.env.FORCE_COLOR !== void 0 ? io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false" : io.isTTY;
}
function explainCommand(args, io) {
  let id = args[0];
  if (!id) throw new UsageError("explain needs a rule id, e.g. 'dflint explain from-image-pinned'");
  let text = explainRule(id, rules);
  return text === null ? (io.stderr(`dflint: unknown rule '${id}'
`), 2) : (io.stdout(text), 0);
}
function samplePath() {
  let here = path4.dirname(new URL(import.meta.url).pathname);
  return path4.resolve(here, "..", "fixtures", "sample", "Dockerfile");
}

// src/cli/bin.ts
var code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => fs4.readFileSync(0, "utf8"),
  isTTY: !!process.stdout.isTTY
});
process.exitCode = code;
