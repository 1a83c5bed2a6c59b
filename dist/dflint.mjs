import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  createFileLinter,
  lintJobs
} from "./chunks/chunk-NQTGKAF2.mjs";
import {
  REPO_URL,
  VERSION,
  docsUrl,
  explainRule,
  listRules,
  suggestRule
} from "./chunks/chunk-7PY4FSV5.mjs";
import "./chunks/chunk-QWY3VV5D.mjs";
import {
  FATAL_RULE_ID,
  HELP,
  SEVERITY_ORDER,
  UsageError,
  compareProblems,
  countSeverities,
  displayPath,
  fatalProblem,
  parseBuildArgs,
  parseCli,
  problemsWithFatal,
  region,
  ruleInfo,
  sortedProblems,
  xmlEscape
} from "./chunks/chunk-K664ZJOA.mjs";
import {
  childProcess,
  crypto,
  os,
  rules,
  workerThreads
} from "./chunks/chunk-3XWXBGZL.mjs";
import {
  ConfigError,
  SEVERITY_RANK,
  exampleCode,
  suggest
} from "./chunks/chunk-3S4MVKBT.mjs";
import {
  createLineIndex,
  logText,
  positionedEdits,
  require_picocolors,
  terminalText,
  unifiedDiff,
  workflowData,
  workflowProperty
} from "./chunks/chunk-IYWESXPH.mjs";
import "./chunks/chunk-JVUEFOX2.mjs";
import {
  decodeText,
  readAtMost
} from "./chunks/chunk-RPNVUWFB.mjs";
import {
  __toESM
} from "./chunks/chunk-NWQXURYX.mjs";

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
    let path5 = terminalText(displayPath(result.path, ctx.cwd));
    for (let p of problemsWithFatal(result))
      lines.push(`${path5}:${p.line}:${p.column}: ${p.severity}: ${terminalText(p.message)} [${terminalText(p.ruleId)}]`);
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/github.ts
var GITHUB_ANNOTATIONS_PER_LEVEL = 10, COMMAND = { error: "error", warning: "warning", info: "notice" };
function compareEntries(a, b) {
  return SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.problem.line - b.problem.line || a.problem.column - b.problem.column || (a.problem.ruleId < b.problem.ruleId ? -1 : a.problem.ruleId > b.problem.ruleId ? 1 : 0);
}
function command(e) {
  let p = e.problem, r = region(p), props = [`file=${workflowProperty(e.path)}`, `line=${r.line}`, `endLine=${r.endLine}`];
  return r.line === r.endLine && props.push(`col=${r.column}`, `endColumn=${r.endColumn}`), props.push(`title=${workflowProperty(`dflint ${p.ruleId}`)}`), `::${COMMAND[p.severity]} ${props.join(",")}::${workflowData(p.message)}`;
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
      `::notice::${workflowData(
        `dflint: ${what} not annotated (GitHub shows at most ${max} errors, ${max} warnings and ${max} notices per step). See the job summary or the SARIF report, or run dflint with --format stylish, to see them all.`
      )}`
    );
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/fingerprint.ts
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
  return crypto().createHash("sha256").update(JSON.stringify([ruleId, path5, text, occurrence])).digest("hex");
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

// src/format/fix-data.ts
function fixPositions(result) {
  let lines = null;
  return (p) => {
    if (!(!p.fix || result.source === void 0))
      return lines ??= createLineIndex(result.source), { kind: p.fix.kind, edits: positionedEdits(lines, p.fix) };
  };
}

// src/format/json.ts
var JSON_FORMAT_VERSION = 1, json = (results, ctx) => {
  let report = {
    version: JSON_FORMAT_VERSION,
    files: results.map((r) => {
      let fixOf = fixPositions(r), file = {
        path: displayPath(r.path, ctx.cwd),
        problems: sortedProblems(r.problems).map((p) => {
          let out = {
            ruleId: p.ruleId,
            related: [...p.related],
            severity: p.severity,
            message: p.message,
            line: p.line,
            column: p.column,
            endLine: p.endLine,
            endColumn: p.endColumn
          }, fix = fixOf(p);
          return fix && (out.fix = fix), out;
        })
      };
      return r.fatal !== void 0 && (file.error = r.fatal), r.fixed !== void 0 && (file.fixed = r.fixed), file;
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

// src/format/rdjson.ts
var SEVERITY2 = { error: "ERROR", warning: "WARNING", info: "INFO" };
function byteColumn(lines, line, column) {
  return lines ? Buffer.byteLength(lines.lineText(line).slice(0, column - 1), "utf8") + 1 : column;
}
var rdjson = (results, ctx) => {
  let diagnostics = [];
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd), lines = result.source === void 0 ? null : createLineIndex(result.source), pos = (line, column) => ({ line, column: byteColumn(lines, line, column) }), fixOf = fixPositions(result);
    for (let p of problemsWithFatal(result)) {
      let r = region(p), d = {
        message: p.message,
        location: { path: path5, range: { start: pos(r.line, r.column), end: pos(r.endLine, r.endColumn) } },
        severity: SEVERITY2[p.severity]
      };
      if (p.ruleId !== FATAL_RULE_ID) {
        let url = ruleInfo(p.ruleId, ctx).url;
        d.code = url ? { value: p.ruleId, url } : { value: p.ruleId };
      }
      let fix = fixOf(p);
      fix && (d.suggestions = fix.edits.map((e) => ({ range: { start: pos(e.line, e.column), end: pos(e.endLine, e.endColumn) }, text: e.text }))), diagnostics.push(d);
    }
  }
  return JSON.stringify({ source: { name: "dflint", url: REPO_URL }, diagnostics }) + `
`;
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
function sarifFix(uri, fix) {
  return {
    description: { text: fix.kind === "safe" ? "Safe fix (dflint --fix)" : "Suggested fix, changes behaviour (dflint --fix --fix-suggestions)" },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          insertedContent: { text: e.text }
        }))
      }
    ]
  };
}
function itemsOf(result, ctx) {
  let path5 = displayPath(result.path, ctx.cwd), items = [];
  if (result.fatal !== void 0) {
    let p = fatalProblem(result.fatal);
    items.push({ path: path5, problem: p, fingerprint: fingerprint(p, path5, void 0) });
  }
  let fps = fingerprintAll(result, ctx.cwd), fpOf = new Map(result.problems.map((p, i) => [p, fps[i]])), fixOf = fixPositions(result);
  for (let p of sortedProblems(result.problems)) items.push({ path: path5, problem: p, fingerprint: fpOf.get(p), fix: fixOf(p) });
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
  let sarifResults = items.map(({ path: path5, problem: p, fingerprint: fp, fix }) => {
    let r = region(p), result = {
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
    return fix && (result.fixes = [sarifFix(toUri(path5), fix)]), result;
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

// src/format/code-frame.ts
var MAX_LINES = 3;
function codeFrame(source, p, opts) {
  let lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/), { line, column, endLine, endColumn } = region(p), last = Math.min(endLine, line + MAX_LINES - 1, lines.length), gutter = String(last).length, room = opts.width !== void 0 ? Math.max(20, opts.width - opts.indent.length - gutter - 3) : 1 / 0, out = [];
  for (let n = line; n <= last; n++) {
    let text = terminalText(lines[n - 1] ?? ""), shown = text.length > room ? text.slice(0, room - 1) + "\u2026" : text;
    if (out.push(`${opts.indent}${String(n).padStart(gutter)} | ${shown}`.trimEnd()), n !== line) continue;
    let to = endLine === line ? endColumn : text.length + 1, start = Math.min(column, room + 1), marks = Math.max(1, Math.min(to, room + 1) - start);
    out.push(`${opts.indent}${" ".repeat(gutter)} | ${" ".repeat(start - 1)}${"^".repeat(marks)}`);
  }
  return endLine > last && last < lines.length && out.push(`${opts.indent}${" ".repeat(gutter)} | ...`), out;
}

// src/format/stylish.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function wrapWords(text, width) {
  let lines = [], line = "";
  for (let word of text.split(" ").filter(Boolean))
    line && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line ? `${line} ${word}` : word;
  return line && lines.push(line), lines;
}
var MESSAGE_INDENT = "    ", stylish = (results, ctx) => {
  let c = import_picocolors.default.createColors(ctx.color), sevColor = { error: c.red, warning: c.yellow, info: c.blue }, out = [], totals = { error: 0, warning: 0, info: 0 };
  for (let result of results) {
    let problems = problemsWithFatal(result);
    if (problems.length === 0) continue;
    let counts = countSeverities(problems);
    totals.error += counts.error, totals.warning += counts.warning, totals.info += counts.info;
    let rows = problems.map((p) => ({
      problem: p,
      line: String(p.line),
      col: String(p.column),
      severity: p.severity,
      message: terminalText(p.message),
      rule: p.ruleId === FATAL_RULE_ID ? "" : terminalText(p.ruleId)
    })), wLine = Math.max(...rows.map((r) => r.line.length)), wCol = Math.max(...rows.map((r) => r.col.length)), wSev = Math.max(...rows.map((r) => r.severity.length)), wMsg = Math.max(...rows.map((r) => r.message.length)), wRule = Math.max(...rows.map((r) => r.rule.length)), tableWidth = 2 + wLine + 1 + wCol + 2 + wSev + 2 + wMsg + 2 + wRule, wrap = ctx.width !== void 0 && tableWidth > ctx.width;
    out.push("", c.underline(terminalText(displayPath(result.path, ctx.cwd))));
    for (let r of rows) {
      let pos = `${r.line.padStart(wLine)}:${r.col.padEnd(wCol)}`, sev = sevColor[r.severity](r.severity.padEnd(wSev));
      if (wrap) {
        out.push(`  ${c.dim(pos)}  ${sev}  ${c.dim(r.rule)}`.trimEnd());
        let room = Math.max(20, ctx.width - MESSAGE_INDENT.length);
        for (let l of wrapWords(r.message, room)) out.push(MESSAGE_INDENT + l);
      } else {
        let text = r.rule ? `${r.message.padEnd(wMsg)}  ${c.dim(r.rule)}` : r.message;
        out.push(`  ${c.dim(pos)}  ${sev}  ${text}`.trimEnd());
      }
      if (ctx.codeFrame && result.source !== void 0 && r.problem.ruleId !== FATAL_RULE_ID)
        for (let l of frameLines(result.source, r.problem, ctx.width)) out.push(c.dim(l));
    }
  }
  let total = totals.error + totals.warning + totals.info, fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0), fixedLine = fixed ? c.green(`\u2714 ${plural(fixed, "problem")} fixed`) : null;
  if (total === 0) return fixedLine ? fixedLine + `
` : "";
  let summary = `\u2716 ${plural(total, "problem")} (${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${totals.info} info)`, colour = totals.error > 0 ? c.red : totals.warning > 0 ? c.yellow : c.blue;
  return out.push("", c.bold(colour(summary))), fixedLine && out.push(fixedLine), out.push(""), out.join(`
`);
};
function frameLines(source, p, width) {
  return codeFrame(source, p, { indent: MESSAGE_INDENT, width }).concat("");
}

// src/format/index.ts
var formatters = {
  stylish,
  compact,
  json,
  sarif,
  github,
  gitlab,
  checkstyle,
  junit,
  rdjson
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
import path2 from "node:path";
var GitRefError = class extends Error {
};
function git(args, cwd) {
  let r = childProcess().spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 268435456 });
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

// src/cli/rule-flags.ts
var SEVERITY_WORDS = {
  error: "error",
  warning: "warning",
  warn: "warning",
  info: "info",
  style: "info",
  off: "off",
  ignore: "off"
};
function rulesForId(id, rules2) {
  let own = rules2.find((r) => r.id === id);
  if (own) return [own];
  let code2 = id.toLowerCase();
  return rules2.filter((r) => r.related.some((c) => c.slice(c.indexOf(":") + 1).toLowerCase() === code2));
}
function resolveIds(list, flag, rules2) {
  let out = [];
  for (let raw of list.split(",")) {
    let id = raw.trim();
    if (!id) continue;
    if (id.includes("/")) {
      out.push(id);
      continue;
    }
    let found = rulesForId(id, rules2);
    if (!found.length) {
      let hint = suggest(id, rules2.map((r) => r.id));
      throw new UsageError(`${flag}: unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}; 'dflint --list-rules' lists them`);
    }
    out.push(...found.map((r) => r.id));
  }
  return out;
}
function parseSeverityWord(word, flag) {
  let s = SEVERITY_WORDS[word.trim().toLowerCase()];
  if (!s) throw new UsageError(`${flag}: '${word}' is not a severity (error, warning/warn, info, off)`);
  return s;
}
function cliRuleSettings(values, rules2) {
  let out = {}, any = !1, set = (id, severity) => {
    out[id] = severity, any = !0;
  };
  if (values.select?.length) {
    let keep = new Set(values.select.flatMap((s) => resolveIds(s, "--select", rules2)));
    for (let r of rules2)
      keep.has(r.id) ? r.severity === "off" && set(r.id, r.strict && r.strict !== "off" ? r.strict : "warning") : set(r.id, "off");
  }
  for (let [flag, severity] of [["style", "info"], ["info", "info"], ["warning", "warning"], ["error", "error"]])
    for (let list of values[flag] ?? []) for (let id of resolveIds(list, `--${flag}`, rules2)) set(id, severity);
  for (let item of values.rule ?? []) {
    let m = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item);
    if (!m) throw new UsageError(`--rule '${item}': use --rule <id>=<severity>, e.g. --rule run-no-cd=off`);
    let severity = parseSeverityWord(m[2], "--rule");
    for (let id of resolveIds(m[1], "--rule", rules2)) set(id, severity);
  }
  for (let list of values.ignore ?? []) for (let id of resolveIds(list, "--ignore", rules2)) set(id, "off");
  return any ? out : void 0;
}

// src/cli/parallel.ts
import fs2 from "node:fs";
import { fileURLToPath } from "node:url";
var PARALLEL_MIN_FILES = 200;
function workerFile() {
  for (let rel of ["./worker.mjs", "../worker.mjs"]) {
    let p = fileURLToPath(new URL(rel, import.meta.url));
    if (fs2.existsSync(p)) return p;
  }
  return null;
}
async function lintInParallel(jobs, settings, readStdin) {
  if (jobs.length < PARALLEL_MIN_FILES || jobs.some((j) => j.path === "-")) return lintJobs(jobs, settings, readStdin);
  let { availableParallelism, cpus } = os(), cores = typeof availableParallelism == "function" ? availableParallelism() : cpus().length, file = workerFile(), cap = Number(process.env.DFLINT_JOBS), parts = Number.isInteger(cap) && cap > 0 ? Math.min(cap, 16) : cores >= 4 ? Math.min(cores - 1, 4) : 1;
  if (!file || parts < 2)
    return lintJobs(jobs, settings, readStdin);
  let size = Math.ceil(jobs.length / parts), chunks = Array.from({ length: parts }, (_, i) => jobs.slice(i * size, (i + 1) * size)), { Worker } = workerThreads(), workers = chunks.slice(1).map(
    (chunk) => new Promise((resolve, reject) => {
      let w = new Worker(file, { workerData: { jobs: chunk, settings } });
      w.once("message", resolve), w.once("error", reject), w.once("exit", (code2) => code2 !== 0 && reject(new Error(`lint worker exited with code ${code2}`)));
    })
  ), first = await lintJobs(chunks[0], settings, readStdin), rest = await Promise.all(workers);
  return [first, ...rest].flat();
}

// src/cli/main.ts
var SOURCE_FORMATS = /* @__PURE__ */ new Set(["sarif", "gitlab", "rdjson"]), FAIL_LEVELS = ["error", "warning", "info", "none"], FAIL_LEVEL_ALIASES = { warn: "warning", style: "info", ignore: "none" }, FORMAT_ALIASES = { tty: "stylish", gnu: "compact", codeclimate: "gitlab", gitlab_codeclimate: "gitlab" };
async function run(rawIo) {
  let io = { ...rawIo, stderr: (s) => rawIo.stderr(logText(s)), reportToStderr: rawIo.stderr };
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
  if (first === "layers") return (await import("./chunks/layers-AH77BADI.mjs")).layersCommand(rest, io);
  if (first === "init") return (await import("./chunks/init-UBBR2EOF.mjs")).initCommand(rest, io);
  if (first === "lsp") return (await import("./chunks/server-2IF7W33P.mjs")).lspCommand(rest, io);
  let { values, positionals } = parseCli(io.argv);
  if (values.help)
    return io.stdout(HELP), 0;
  if (values.version)
    return io.stdout(`${VERSION}
`), 0;
  if (values["list-rules"])
    return io.stdout(listRules(rules, values.format === "json" ? "json" : "text")), 0;
  if (values.context !== void 0) {
    let dir = !1;
    try {
      dir = fs3.statSync(path4.resolve(io.cwd, values.context)).isDirectory();
    } catch {
      dir = !1;
    }
    if (!dir) throw new UsageError(`--context '${values.context}' is not a folder`);
  }
  let settings = {
    cwd: io.cwd,
    preset: readPreset(values),
    configPath: values.config ? path4.resolve(io.cwd, values.config) : void 0,
    buildArgs: [...parseBuildArgs(values["build-arg"], io.env)],
    target: values.target,
    shellcheck: !!values.shellcheck,
    context: values.context,
    stdinFilename: values["stdin-filename"],
    quiet: !!values.quiet,
    fix: readFixSettings(values),
    keepSource: SOURCE_FORMATS.has(FORMAT_ALIASES[values.format ?? ""] ?? values.format ?? "") || !!(values["code-frame"] || values.baseline || values["write-baseline"]),
    cliRules: cliRuleSettings(values, rules),
    trustedRegistries: values["trusted-registry"]?.flatMap((r) => r.split(",").map((x) => x.trim()).filter(Boolean))
  }, { configFor } = createFileLinter(settings, io.readStdin);
  if (values["print-config"])
    return io.stdout(printConfig(await configFor(path4.resolve(io.cwd, values["print-config"]))) + `
`), 0;
  let formatName = values.format ?? "stylish", formatter = getFormatter(FORMAT_ALIASES[formatName] ?? formatName);
  if (!formatter) throw new UsageError(`unknown format '${formatName}'`);
  let failLevelFlag = readFailLevel(values), maxWarnings = null;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"].trim())) throw new UsageError("--max-warnings needs a whole number");
    maxWarnings = Number(values["max-warnings"]);
  }
  let { targets, missing, unmatched, ioError: found } = await collectTargets(values, positionals, io);
  refuseToOverwriteInput(values["output-file"], "--output-file", targets, io.cwd), refuseToOverwriteInput(values["write-baseline"], "--write-baseline", targets, io.cwd);
  let ioError = found;
  unmatched.length > 0 && !values["no-error-on-unmatched"] && (ioError = !0);
  for (let m of missing) io.stderr(`dflint: ${terminalText(m)}: no such file or directory
`);
  for (let u of unmatched) io.stderr(`dflint: ${u}
`);
  let results = [], fixedTexts = [], fromStdin = /* @__PURE__ */ new Set(), failLevels = /* @__PURE__ */ new Map();
  for (let outcome of await lintInParallel(targets, settings, io.readStdin)) {
    if (!outcome) continue;
    outcome.configError && io.stderr(`dflint: ${outcome.configError}
`), outcome.ioError && (ioError = !0);
    let result = outcome.result;
    results.push(result), outcome.fromStdin && fromStdin.add(result), outcome.output !== void 0 && fixedTexts.push(outcome), failLevels.set(result, outcome.failLevel ?? "warning");
  }
  (values.compose || values.bake) && results.splice(0, results.length, ...joinResultsByPath(results));
  let adoption = { baseline: values.baseline, writeBaseline: values["write-baseline"], since: values.since, fromStdin };
  for (let note of applyAdoption(results, adoption, io.cwd)) io.stderr(note + `
`);
  let fix = settings.fix, textOut = fix ? fixedOutput(fix, fixedTexts, io) : null;
  if (textOut !== null && io.stdout(textOut), fix && !fix.write) {
    let n = fixedTexts.reduce((sum, o) => sum + (o.fixed ?? 0), 0), files = fixedTexts.filter((o) => o.output !== o.original).length;
    io.stderr(`dflint: --fix-dry-run: ${n} fix${n === 1 ? "" : "es"} in ${files} file${files === 1 ? "" : "s"} (nothing written)
`);
  }
  let output = formatter(results, {
    rules: new Map(rules.map((r) => [r.id, r])),
    color: useColor(values, io),
    cwd: io.cwd,
    version: VERSION,
    docsUrl,
    width: terminalWidth(io),
    codeFrame: !!values["code-frame"]
  });
  values["output-file"] ? fs3.writeFileSync(path4.resolve(io.cwd, values["output-file"]), output) : output && (textOut !== null ? io.reportToStderr ?? io.stderr : io.stdout)(output.endsWith(`
`) ? output : output + `
`);
  let failed = !1, warnings = 0;
  return results.forEach((r) => {
    let level = failLevelFlag ?? failLevels.get(r) ?? "warning";
    for (let p of r.problems)
      p.severity === "warning" && warnings++, level !== "none" && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[level] && (failed = !0);
  }), maxWarnings !== null && warnings > maxWarnings && (failed = !0), ioError ? 2 : failed ? 1 : 0;
}
function readFailLevel(values) {
  if (values["no-fail"]) return "none";
  let given = values["fail-level"] ?? values["failure-threshold"];
  if (given === void 0) return;
  let level = FAIL_LEVEL_ALIASES[given] ?? given;
  if (!FAIL_LEVELS.includes(level)) {
    let flag = values["fail-level"] !== void 0 ? "--fail-level" : "--failure-threshold";
    throw new UsageError(`${flag} must be one of ${FAIL_LEVELS.join(", ")}`);
  }
  return level;
}
function terminalWidth(io) {
  if (io.columns) return io.columns;
  let cols = Number(io.env.COLUMNS);
  return Number.isInteger(cols) && cols > 0 ? cols : void 0;
}
async function collectTargets(values, positionals, io) {
  if (values.compose || values.bake) return collectBuilds(values, positionals, io);
  if (values.demo) {
    if (positionals.length) throw new UsageError("--demo lints the bundled sample and takes no paths");
    let sample = samplePath();
    return io.stderr(`dflint: --demo: linting the sample Dockerfile that comes with dflint; name your own files or folders to lint them
`), { targets: [{ path: sample, explicit: !0, display: "sample/Dockerfile" }], missing: [], unmatched: [], ioError: !1 };
  }
  let { targets, missing, emptyDirs = [], unreadable = [] } = await findTargets(positionals, io.cwd);
  for (let u of unreadable) io.stderr(`dflint: cannot read ${u}; Dockerfiles in it were not linted
`);
  let unmatched = emptyDirs.map((d) => `no Dockerfile found ${isGlob(d) ? "matching" : "under"} ${terminalText(d)}`);
  return positionals.length === 0 && targets.length === 0 && unmatched.push(`no Dockerfile found under ${terminalText(io.cwd)} (run 'dflint --demo' to see dflint on a sample)`), { targets, missing, unmatched, ioError: missing.length > 0 || unreadable.length > 0 };
}
async function collectBuilds(values, positionals, io) {
  if (values.compose && values.bake) throw new UsageError("use --compose or --bake, not both");
  let kind = values.compose ? "compose" : "bake";
  if (kind === "compose" && values.target) throw new UsageError("--target with --compose: each service's build.target is used");
  let { findBuilds } = await import("./chunks/builds-JATZZZ2F.mjs"), found = findBuilds(kind, positionals, { cwd: io.cwd, env: io.env, select: values.target ? values.target.split(",") : void 0 });
  for (let n of found.notes) io.stderr(`dflint: ${terminalText(n)}
`);
  for (let e of found.errors) io.stderr(`dflint: ${terminalText(e)}
`);
  let targets = found.jobs.map((j) => ({
    path: j.definition.dockerfile,
    explicit: !0,
    build: { invocation: j.invocation, buildArgs: j.buildArgs, target: j.definition.target?.name, context: j.definition.context }
  })), unmatched = !targets.length && !found.errors.length ? [`no Dockerfile to lint in the ${kind === "compose" ? "Compose" : "Bake"} file`] : [];
  return { targets, missing: [], unmatched, ioError: found.errors.length > 0 };
}
function joinResultsByPath(results) {
  let byPath = /* @__PURE__ */ new Map(), out = [];
  for (let r of results) {
    let first = byPath.get(r.path);
    if (!first) {
      byPath.set(r.path, r), out.push(r);
      continue;
    }
    let key = (p) => `${p.ruleId}\0${p.line}\0${p.column}\0${p.message}`, seen = new Set(first.problems.map(key));
    for (let p of r.problems) seen.has(key(p)) || (seen.add(key(p)), first.problems.push(p));
    first.fatal ??= r.fatal;
  }
  return out;
}
function isGlob(operand) {
  return /[*?[\]{}()!]/.test(operand) && !fs3.existsSync(operand);
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
    if (!isFile) return (await import("./chunks/discover-GWNKADC5.mjs")).resolveTargets(operands, cwd);
    direct.push({ path: abs, explicit: !0 });
  }
  if (operands.length === 0) return (await import("./chunks/discover-GWNKADC5.mjs")).resolveTargets(operands, cwd);
  let seen = /* @__PURE__ */ new Set();
  return { targets: direct.filter((t) => t.path === "-" || !seen.has(t.path) && seen.add(t.path)), missing: [] };
}
function readFixSettings(values) {
  let write2 = !!values.fix, dry = !!values["fix-dry-run"];
  if (write2 && dry) throw new UsageError("use either --fix or --fix-dry-run");
  if (!write2 && !dry) {
    if (values["fix-suggestions"] || values["fix-rule"]) throw new UsageError("--fix-suggestions and --fix-rule go with --fix or --fix-dry-run");
    return;
  }
  let ids = values["fix-rule"] ?? null;
  for (let id of ids ?? []) {
    let rule = rules.find((r) => r.id === id);
    if (!rule) throw new UsageError(`--fix-rule: unknown rule '${terminalText(id)}'`);
    if (!rule.fixable) throw new UsageError(`--fix-rule: rule '${id}' has no fixes`);
  }
  return { write: write2, suggestions: !!values["fix-suggestions"], rules: ids };
}
function fixedOutput(fix, outcomes, io) {
  if (fix.write) {
    let stdin = outcomes.find((o) => o.fromStdin);
    return stdin ? stdin.output : null;
  }
  let escape = io.isTTY ? (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "\uFFFD") : void 0;
  return outcomes.map((o) => unifiedDiff(terminalText(displayPath(o.result.path, io.cwd)), o.original, o.output, escape)).join("");
}
function refuseToOverwriteInput(output, flag, targets, cwd) {
  if (!output) return;
  let real = (p) => {
    try {
      return fs3.realpathSync(p);
    } catch {
      return path4.resolve(p);
    }
  }, out = real(path4.resolve(cwd, output));
  if (targets.some((t) => t.path !== "-" && real(t.path) === out))
    throw new UsageError(`${flag} '${output}' is one of the files being linted; refusing to overwrite it`);
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
  if (!id || id === "--list-rules")
    return io.stdout(listRules(rules, "text")), 0;
  let text = explainRule(id, rules);
  if (text === null) {
    let hint = suggestRule(id, rules);
    return io.stderr(`dflint: unknown rule '${terminalText(id)}'${hint ? `; did you mean '${hint}'?` : ""} ('dflint explain' lists the rules)
`), 2;
  }
  return io.stdout(text), 0;
}
function samplePath() {
  let here = path4.dirname(new URL(import.meta.url).pathname);
  return path4.resolve(here, "..", "fixtures", "sample", "Dockerfile");
}

// src/cli/bin.ts
var closed = /* @__PURE__ */ new Set();
for (let stream of [process.stdout, process.stderr])
  stream.on("error", (err) => {
    if (err.code === "EPIPE") closed.add(stream);
    else throw err;
  });
var write = (stream) => (s) => {
  closed.has(stream) || stream.write(s);
}, code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readStdin: () => decodeText(readAtMost(0)),
  isTTY: !!process.stdout.isTTY,
  columns: process.stdout.isTTY ? process.stdout.columns : void 0
});
process.exitCode = code;
