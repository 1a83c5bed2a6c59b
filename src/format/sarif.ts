// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import { exampleCode, type ActiveSeverity, type FileResult, type Problem, type Severity } from "../engine/types";
import { fingerprint, fingerprintAll } from "./fingerprint";
import type { FormatContext, Formatter } from "./types";
import { displayPath, fatalProblem, region, ruleInfo, sortedProblems, type RuleInfo } from "./util";
import { fixPositions, type PositionedFix } from "./fix-data";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key of dflint's own value in `result.partialFingerprints`. */
export const FINGERPRINT_KEY = "dflintFingerprint/v1";

type SarifLevel = "error" | "warning" | "note";
const LEVEL: Record<ActiveSeverity, SarifLevel> = { error: "error", warning: "warning", info: "note" };
/** GitHub shows at most this many tags per rule and rejects more than 20. */
const MAX_TAGS = 20;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * `from-image-pinned` -> `FromImagePinned`: SARIF wants a readable name that differs from the id
 * (compared without case), so one-word ids get a suffix.
 */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  if (!name) return "UnnamedCheck";
  return name.toLowerCase() === id.toLowerCase() ? `${name}Check` : name;
}

/** Percent-encode each path segment so the URI reference stays valid (`%`, `:`, spaces ...). */
function toUri(path: string): string {
  return path
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

/** A fence longer than any run of backticks in `code`. */
function fence(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  return "`".repeat(Math.max(3, longest + 1));
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function defaultConfiguration(severity: Severity): Record<string, unknown> {
  if (severity === "off") return { enabled: false };
  return { level: LEVEL[severity] };
}

function describeRule(info: RuleInfo): Record<string, unknown> {
  const rule = info.rule;
  const related = rule?.related ?? [];
  const fullParts = [sentence(info.description)];
  if (rule?.differs) fullParts.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`);
  if (related.length) fullParts.push(`Related checks: ${related.join(", ")}.`);
  const full = fullParts.join(" ");

  const text: string[] = [full];
  const md: string[] = [sentence(info.description)];
  if (rule?.differs) md.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`);
  if (related.length) md.push(`Related checks: ${related.map((r) => `\`${r}\``).join(", ")}.`);
  const examples = (title: string, list: readonly string[]): void => {
    if (!list.length) return;
    text.push(`${title}:`, ...list.map((e) => e.replace(/^/gm, "    ")));
    md.push(`**${title}:**`, ...list.map((e) => `${fence(e)}dockerfile\n${e}\n${fence(e)}`));
  };
  if (rule) {
    examples("Problem examples", rule.examples.invalid.map(exampleCode));
    examples("Correct examples", rule.examples.valid.map(exampleCode));
  }
  if (info.url) {
    text.push(`Documentation: ${info.url}`);
    md.push(`[Documentation](${info.url})`);
  }

  const tags = ["dockerfile", ...related].slice(0, MAX_TAGS);
  const descriptor: Record<string, unknown> = {
    id: info.id,
    name: ruleName(info.id),
    shortDescription: { text: info.description },
    fullDescription: { text: full },
  };
  if (info.url) descriptor.helpUri = info.url;
  descriptor.help = { text: text.join("\n\n"), markdown: md.join("\n\n") };
  descriptor.defaultConfiguration = defaultConfiguration(info.severity);
  descriptor.properties = { tags };
  return descriptor;
}

interface Item {
  path: string;
  problem: Problem;
  fingerprint: string;
  fix?: PositionedFix;
}

/** SARIF `fixes[]` entry: one artifact change; an insertion is an empty deleted region. */
function sarifFix(uri: string, fix: PositionedFix): Record<string, unknown> {
  return {
    description: { text: fix.kind === "safe" ? "Safe fix (dflint --fix)" : "Suggested fix, changes behaviour (dflint --fix --fix-suggestions)" },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          insertedContent: { text: e.text },
        })),
      },
    ],
  };
}

function itemsOf(result: FileResult, ctx: FormatContext): Item[] {
  const path = displayPath(result.path, ctx.cwd);
  const items: Item[] = [];
  if (result.fatal !== undefined) {
    const p = fatalProblem(result.fatal);
    items.push({ path, problem: p, fingerprint: fingerprint(p, path, undefined) });
  }
  const fps = fingerprintAll(result, ctx.cwd);
  const fpOf = new Map(result.problems.map((p, i) => [p, fps[i]!]));
  const fixOf = fixPositions(result);
  for (const p of sortedProblems(result.problems)) items.push({ path, problem: p, fingerprint: fpOf.get(p)!, fix: fixOf(p) });
  return items;
}

/**
 * The driver's `informationUri`, derived from the rule docs URL: without the rule's fragment
 * (`README.md#rule` -> `README.md`) or, for one page per rule, the folder of those pages.
 */
function informationUri(ctx: FormatContext): string | undefined {
  const probe = "dflint-rule-id-probe";
  try {
    const url = new URL(ctx.docsUrl(probe));
    if (url.hash.includes(probe)) url.hash = "";
    else if (url.pathname.includes(probe)) {
      url.pathname = url.pathname.slice(0, url.pathname.lastIndexOf("/", url.pathname.indexOf(probe)) + 1);
      url.search = "";
      url.hash = "";
    }
    return url.href;
  } catch {
    return undefined;
  }
}

export const sarif: Formatter = (results, ctx) => {
  const items = results.flatMap((r) => itemsOf(r, ctx));
  const ruleIds = [...new Set(items.map((i) => i.problem.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const driver: Record<string, unknown> = { name: "dflint", version: ctx.version };
  if (SEMVER.test(ctx.version)) driver.semanticVersion = ctx.version;
  const info = informationUri(ctx);
  if (info) driver.informationUri = info;
  driver.rules = ruleIds.map((id) => describeRule(ruleInfo(id, ctx)));

  const sarifResults = items.map(({ path, problem: p, fingerprint: fp, fix }) => {
    const r = region(p);
    const result: Record<string, unknown> = {
      ruleId: p.ruleId,
      ruleIndex: ruleIndex.get(p.ruleId)!,
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(path), uriBaseId: "%SRCROOT%" },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fp },
    };
    if (fix) result.fixes = [sarifFix(toUri(path), fix)];
    return result;
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        // Problem columns are JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
