// `npm run bench`: wall time, files/s and peak memory of the built CLI on the
// corpus and on one small file, beside `node -e 0` and a dockerfile-ast parse loop.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const bin = path.join(root, "bin", "dflint.js");
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Runs a command `runs` times via /usr/bin/time when present; returns median wall s and max RSS MiB. */
function measure(label, args, opts = {}) {
  const times = [];
  let rss = 0;
  const hasTime = fs.existsSync("/usr/bin/time");
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30, ...opts })
      : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (hasTime) {
      const kb = Number(r.stderr.trim().split("\n").pop());
      if (Number.isFinite(kb)) rss = Math.max(rss, kb / 1024);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { label, median, rss };
}

function row(m, files) {
  const fps = files ? `${Math.round(files / m.median)} files/s` : "";
  const mem = m.rss ? `${m.rss.toFixed(0)} MiB peak` : "(peak memory needs /usr/bin/time)";
  console.log(`${m.label.padEnd(38)} ${m.median.toFixed(3)} s  ${fps.padEnd(16)} ${mem}`);
}

const results = [];
const nodeFloor = measure("node -e 0", ["-e", "0"]);
row(nodeFloor);
const tmp = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "dflint-bench-"));
const small = path.join(tmp, "Dockerfile");
fs.writeFileSync(small, fs.readFileSync(path.join(root, "fixtures", "sample", "Dockerfile")));
const one = measure("dflint, one small file", [bin, "--fail-level", "none", small]);
row(one);
console.log(`  one file / node -e 0 = ${(one.median / nodeFloor.median).toFixed(2)}x (target <= 1.25x)`);
results.push(one);

const manifest = path.join(corpus, "MANIFEST.tsv");
if (fs.existsSync(manifest)) {
  const files = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]);
  const parseLoop = path.join(tmp, "parse-only.mjs");
  const astEntry = path.join(root, "node_modules", "dockerfile-ast", "lib", "main.js");
  fs.writeFileSync(
    parseLoop,
    `import fs from "node:fs"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
     const { DockerfileParser } = require(${JSON.stringify(astEntry)});
     for (const f of ${JSON.stringify(files)}) DockerfileParser.parse(fs.readFileSync(${JSON.stringify(corpus)} + "/" + f, "utf8")).getInstructions();`,
  );
  row(measure("dockerfile-ast parse-only loop, corpus", [parseLoop]), files.length);
  const all = measure(`dflint, corpus (${files.length} files)`, [bin, "--fail-level", "none", "--format", "json", ...files], { cwd: corpus });
  row(all, files.length);
  console.log(`  fastest peer (dockerfile_lint): 1.28 s`);
} else {
  console.log(`corpus not found at ${corpus}: corpus figures skipped`);
}
fs.rmSync(tmp, { recursive: true, force: true });
