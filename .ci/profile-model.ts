// `npx vite-node .ci/profile-model.ts -- FILE`: where one big Dockerfile's time and memory go,
// in-process. Prints CPU time and live heap (after a full GC) after the model build and after linting, then each
// rule's CPU time and the heap it leaves behind (facts it caches on the model), most first.
// Use it before and after a change to the model or a rule; .ci/bench-hostile.mjs measures the CLI.
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { lintModel } from "../src/engine/linter";
import type { RuleDefinition } from "../src/engine/types";
import { defaultConfig } from "../src/config/defaults";
import { buildModel } from "../src/model/build";
import { rules } from "../rules";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const file = process.argv.slice(2).find((a) => a !== "--");
if (!file) {
  console.error("usage: profile-model.ts FILE");
  process.exit(2);
}
const text = fs.readFileSync(file, "utf8");
const config = defaultConfig(rules);
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const liveMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const before = liveMiB();
const t = process.cpuUsage();
const model = buildModel(text, { path: file });
console.log(`build: ${cpuMs(t).toFixed(0)} ms CPU, live heap ${before.toFixed(0)} -> ${liveMiB().toFixed(0)} MiB (${(text.length / 2 ** 20).toFixed(1)} MiB text, ${model.instructions.length} instructions, ${model.stages.length} stages)`);

const perRule: { id: string; ms: number; mib: number }[] = [];
let last = liveMiB();
const timed = rules.map((r): RuleDefinition<any, any> => ({
  ...r,
  check(ctx) {
    const t0 = process.cpuUsage();
    r.check(ctx);
    const ms = cpuMs(t0);
    const now = liveMiB();
    perRule.push({ id: r.id, ms, mib: now - last });
    last = now;
  },
}));
const problems = lintModel(model, timed, config);
console.log(`lint: ${problems.length} problems, live heap ${liveMiB().toFixed(0)} MiB (CPU of the rules below; the run itself also paid a full GC per rule)`);
perRule.sort((a, b) => b.ms - a.ms);
for (const r of perRule.slice(0, 20)) console.log(`  ${r.ms.toFixed(0).padStart(6)} ms  ${r.mib >= 0 ? "+" : ""}${r.mib.toFixed(1).padStart(5)} MiB  ${r.id}`);
