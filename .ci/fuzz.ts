// `npm run fuzz -- --n 100000 [--seed S] [--slow-ms 200] [--save-slow DIR]`: the long fuzz run (see
// test/helpers/fuzz.ts). Prints counts of exceptions, internal errors, stray positions and inputs
// over the time bound (and how many of those are slow again on a second run); --save-slow writes
// those inputs to DIR to profile them.
import fs from "node:fs";
import path from "node:path";
import { corpusTexts, fuzz } from "../test/helpers/fuzz";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const n = arg("n", 10_000);
const seed = arg("seed", 1);
const slowMs = arg("slow-ms", 200);
const corpus = corpusTexts(5000);
const t0 = performance.now();
const stats = fuzz(n, seed, slowMs, corpus);
const byKind = new Map<string, number>();
for (const f of stats.failures) {
  const kind = f.reason.startsWith("exception") ? "exception" : f.reason.startsWith("fatal") ? "fatal" : f.reason.startsWith("position") ? "position" : "internal-error";
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
}
console.log(`fuzz: ${stats.inputs} inputs (seed ${seed}, ${corpus.length} corpus files) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`  failures: ${stats.failures.length} ${JSON.stringify(Object.fromEntries(byKind))}`);
const again = stats.slow.filter((s) => s.retryMs > slowMs);
console.log(`  over ${slowMs} ms: ${stats.slow.length}, of which ${again.length} again on a second run (largest inputs: ${stats.slow.sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((s) => `${s.bytes} B ${s.ms}/${s.retryMs} ms`).join(", ") || "-"})`);
const saveDir = process.argv.includes("--save-slow") ? process.argv[process.argv.indexOf("--save-slow") + 1] : undefined;
if (saveDir) {
  fs.mkdirSync(saveDir, { recursive: true });
  stats.slow.forEach((s, i) => fs.writeFileSync(path.join(saveDir, `slow-${i}-${s.retryMs}ms.Dockerfile`), s.input));
}
console.log(`  slowest: ${stats.maxMs.toFixed(0)} ms, mean ${(stats.totalMs / Math.max(1, stats.inputs)).toFixed(2)} ms`);
for (const f of stats.failures.slice(0, 5)) console.log(`  - ${f.reason}: ${JSON.stringify(f.input).slice(0, 200)}`);
process.exitCode = stats.failures.length ? 1 : 0;
