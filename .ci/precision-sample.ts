// Prints a reproducible, seeded random sample of corpus findings for the precision audit
// (issue 8): npx vite-node .ci/precision-sample.ts -- [--seed N] [--per-rule N] [--info-per-rule N]
//   [--rule id[,id]] [--warning-only] [--unlabelled] [--context]
// Every rule runs as in test/corpus-snapshot.test.ts (off-by-default rules at their strict
// severity or "warning"). Per rule the sample takes up to --per-rule findings (rules at warning
// or error by default) or --info-per-rule (info/off rules), at most 2 per repository, half of the
// quota from docker-library files (the expert-written official images) when there are enough,
// the rest from all repositories. One finding per file, rule and line. --warning-only samples only
// rules at warning or error by default; --unlabelled skips findings already in test/precision-labels.tsv
// (to draw a further sample with another seed).
// Output: TSV rows in the format of test/precision-labels.tsv (label column left as "?"), with
// the reported instruction below each row when --context is given.
import fs from "node:fs";
import path from "node:path";
import { rules } from "../rules/index";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig, Settings } from "../src/engine/types";
import { LABELS_FILE, parsePrecisionLabels } from "../src/docs/precision-labels";
import { buildModel } from "../src/model/build";
import { prng } from "../test/helpers/fuzz";

const argv = process.argv.slice(2).filter((a) => a !== "--");
function option(name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}
const seed = Number(option("--seed", "8"));
const perRule = Number(option("--per-rule", "8"));
const infoPerRule = Number(option("--info-per-rule", "3"));
const only = option("--rule", "").split(",").filter(Boolean);
const context = argv.includes("--context");
const warningOnly = argv.includes("--warning-only");
const labelled = new Set(
  argv.includes("--unlabelled")
    ? parsePrecisionLabels(fs.readFileSync(path.resolve(import.meta.dirname ?? __dirname, "..", LABELS_FILE), "utf8")).map((l) => `${l.file}\t${l.line}\t${l.rule}`)
    : [],
);
const perRepo = 2;

const corpus = path.resolve(import.meta.dirname ?? __dirname, "..", "..", "shared", "corpus");
const manifest = path.join(corpus, "MANIFEST.tsv");
if (!fs.existsSync(manifest)) {
  console.error(`precision-sample: ${manifest} not found`);
  process.exit(2);
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Finding {
  file: string;
  repo: string;
  line: number;
  rule: string;
  message: string;
}

// The settings of test/helpers/rule-tester.ts (not imported: it loads vitest), with its fixed date.
const settings: Settings = { contextDir: null, trustedRegistries: [], labelSchema: {}, strictLabels: false, shellcheck: false, today: "2026-12-05" };
const config: ResolvedConfig = { rules: {}, settings, inlineIgnores: true, source: "precision-sample" };
for (const r of rules) config.rules[r.id] = { severity: r.severity !== "off" ? r.severity : r.strict && r.strict !== "off" ? r.strict : "warning", options: {} };

const rows = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
const byRule = new Map<string, Finding[]>();
const seen = new Set<string>();
for (const [file, repo] of rows) {
  const text = fs.readFileSync(path.join(corpus, file!), "utf8");
  for (const p of lintModel(buildModel(text, { path: file! }), rules, config)) {
    if (only.length && !only.includes(p.ruleId)) continue;
    const key = `${file}\t${p.line}\t${p.ruleId}`;
    if (seen.has(key) || labelled.has(key)) continue;
    seen.add(key);
    const list = byRule.get(p.ruleId) ?? [];
    list.push({ file: file!, repo: repo!, line: p.line, rule: p.ruleId, message: p.message });
    byRule.set(p.ruleId, list);
  }
}

function pick(pool: Finding[], quota: number, taken: Finding[], repoCount: Map<string, number>): void {
  for (const f of pool) {
    if (taken.length >= quota) return;
    if (taken.includes(f) || (repoCount.get(f.repo) ?? 0) >= perRepo) continue;
    taken.push(f);
    repoCount.set(f.repo, (repoCount.get(f.repo) ?? 0) + 1);
  }
}

const out: string[] = [];
for (const rule of [...byRule.keys()].sort()) {
  const def = rules.find((r) => r.id === rule)!;
  const warns = def.severity === "warning" || def.severity === "error";
  if (warningOnly && !warns) continue;
  const quota = warns ? perRule : infoPerRule;
  // One generator per rule (seed + rule id), so adding a rule does not reshuffle the others.
  const next = prng(seed ^ [...rule].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
  const all = shuffle(byRule.get(rule)!, next);
  const taken: Finding[] = [];
  const repoCount = new Map<string, number>();
  pick(all.filter((f) => f.repo.startsWith("docker-library/")), Math.ceil(quota / 2), taken, repoCount);
  pick(all, quota, taken, repoCount);
  out.push(`# ${rule} (${def.severity}): ${byRule.get(rule)!.length} findings, sampled ${taken.length}`);
  for (const f of taken) {
    out.push([f.file, f.line, f.rule, "?", f.message.replace(/[\t\n]/g, " ")].join("\t"));
    if (context) {
      const lines = fs.readFileSync(path.join(corpus, f.file), "utf8").split(/\r?\n/);
      for (let n = Math.max(1, f.line - 2); n <= Math.min(lines.length, f.line + 4); n++) out.push(`    ${n === f.line ? ">" : " "}${n}: ${lines[n - 1]!.slice(0, 200)}`);
    }
  }
}
console.log(out.join("\n"));
