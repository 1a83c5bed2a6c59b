// `npm run bench:fix`: `dflint --fix` over a temporary copy of the whole corpus.
// Checks that fixing is idempotent (a second --fix changes nothing), never adds a
// syntax-valid problem, lists rules whose problem count grows, and compares the
// time of --fix with a plain lint (target: under 2x). Runs the built CLI.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const bin = path.join(root, "bin", "dflint.js");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const manifest = path.join(corpus, "MANIFEST.tsv");
if (!fs.existsSync(manifest)) {
  console.log(`corpus not found at ${corpus}: fix figures skipped`);
  process.exit(0);
}
const files = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]);
const tmp = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "dflint-fix-"));

function freshCopy() {
  fs.rmSync(path.join(tmp, "files"), { recursive: true, force: true });
  fs.cpSync(path.join(corpus, "files"), path.join(tmp, "files"), { recursive: true });
}

function dflint(extra) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, "--fail-level", "none", "--format", "json", ...extra, ...files], { cwd: tmp, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 2) throw new Error(`dflint ${extra.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, report: JSON.parse(r.stdout) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const snapshot = () => new Map(files.map((f) => [f, fs.readFileSync(path.join(tmp, f), "utf8")]));
const count = (report, pred) => report.files.reduce((n, f) => n + f.problems.filter(pred).length, 0);
const byRule = (report) => {
  const m = new Map();
  for (const f of report.files) for (const p of f.problems) m.set(p.ruleId, (m.get(p.ruleId) ?? 0) + 1);
  return m;
};
const syntaxByFile = (report) => new Map(report.files.map((f) => [f.path, f.problems.filter((p) => p.ruleId === "syntax-valid").length]));

function check(label, flags) {
  const plain = [];
  const fixing = [];
  let before;
  let after;
  let fixedText;
  for (let i = 0; i < runs; i++) {
    freshCopy();
    const p = dflint([]);
    plain.push(p.seconds);
    before = p.report;
    const f = dflint(flags);
    fixing.push(f.seconds);
    after = f.report;
    fixedText = snapshot();
  }
  const again = dflint(flags);
  const changedAgain = [...snapshot()].filter(([f, text]) => fixedText.get(f) !== text).map(([f]) => f);
  const fixedAgain = again.report.files.reduce((n, f) => n + (f.fixed ?? 0), 0);
  const original = new Map(files.map((f) => [f, fs.readFileSync(path.join(corpus, f), "utf8")]));
  const changedFiles = files.filter((f) => original.get(f) !== fixedText.get(f)).length;
  const fixed = after.files.reduce((n, f) => n + (f.fixed ?? 0), 0);
  const sb = syntaxByFile(before);
  const newSyntax = [...syntaxByFile(after)].filter(([f, n]) => n > (sb.get(f) ?? 0)).map(([f]) => f);
  const rb = byRule(before);
  const grown = [...byRule(after)].filter(([id, n]) => n > (rb.get(id) ?? 0)).map(([id, n]) => `${id} ${rb.get(id) ?? 0} -> ${n}`);
  const ratio = median(fixing) / median(plain);
  console.log(`dflint ${flags.join(" ")} on ${files.length} corpus files (${label}):`);
  console.log(`  plain lint ${median(plain).toFixed(2)} s, with fixing ${median(fixing).toFixed(2)} s: ${ratio.toFixed(2)}x (target < 2x)`);
  console.log(`  ${fixed} problems fixed in ${changedFiles} files; problems ${count(before, () => true)} -> ${count(after, () => true)}`);
  console.log(`  second run: ${changedAgain.length} files changed, ${fixedAgain} fixes (idempotent: ${changedAgain.length === 0 && fixedAgain === 0 ? "yes" : "NO"})`);
  console.log(`  files with a new syntax-valid problem: ${newSyntax.length}${newSyntax.length ? " " + newSyntax.slice(0, 5).join(", ") : ""}`);
  console.log(`  rules with more problems after fixing: ${grown.length ? grown.join("; ") : "none"}`);
  return { ratio, idempotent: changedAgain.length === 0 && fixedAgain === 0, newSyntax: newSyntax.length };
}

try {
  check("safe fixes", ["--fix"]);
  check("safe and suggested fixes", ["--fix", "--fix-suggestions"]);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
