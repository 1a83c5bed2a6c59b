import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  exampleCode,
  suggest
} from "./chunk-3S4MVKBT.mjs";

// src/cli/meta.ts
var VERSION = "0.1.0", REPO_URL = "https://github.com/dflint/dflint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/rules/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}

// src/cli/explain.ts
function explainRule(id, rules) {
  let rule = rules.find((r) => r.id === id) ?? rules.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  let lines = [];
  lines.push(`${rule.id}: ${rule.description}`, ""), lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`), rule.related.length && lines.push(`Related: ${rule.related.join(", ")}`), rule.fixable && lines.push(rule.fixable === "suggestion" ? "Fixable: yes, as a suggestion (applied with --fix --fix-suggestions)" : "Fixable: yes (--fix)"), rule.differs && lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
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
function suggestRule(id, rules) {
  let byId = suggest(id, rules.map((r) => r.id));
  if (byId) return byId;
  let words = id.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2), best;
  for (let r of rules) {
    let score = words.filter((w) => r.id.includes(w) || r.id.includes(w.replace(/s$/, ""))).length;
    score > 0 && (!best || score > best.score) && (best = { id: r.id, score });
  }
  return best && best.score >= Math.max(1, words.length - 1) ? best.id : void 0;
}
function listRules(rules, format) {
  let sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  if (format === "json") {
    let list = sorted.map((r) => ({
      id: r.id,
      description: r.description,
      severity: r.severity,
      strictSeverity: r.strict ?? r.severity,
      related: r.related,
      fixable: !!r.fixable
    }));
    return JSON.stringify(list, null, 2) + `
`;
  }
  let severity = (r) => r.strict && r.strict !== r.severity ? `${r.severity} (strict: ${r.strict})` : r.severity, wId = Math.max(...sorted.map((r) => r.id.length)), wSev = Math.max(...sorted.map((r) => severity(r).length)), lines = sorted.map((r) => {
    let related = r.related.map((c) => c.slice(c.indexOf(":") + 1)).join(",");
    return `${r.id.padEnd(wId)}  ${severity(r).padEnd(wSev)}  ${r.fixable ? "fix" : "   "}  ${related}`.trimEnd();
  });
  return [`${"rule".padEnd(wId)}  ${"default".padEnd(wSev)}  fix  related`, ...lines, "", "'dflint explain <rule>' describes one rule.", ""].join(`
`);
}

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
  VERSION,
  REPO_URL,
  docsUrl,
  explainRule,
  suggestRule,
  listRules
};
