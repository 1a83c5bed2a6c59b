// `npm run bench`: dflint's speed and memory beside its peers, in one run with paired rounds.
//
// 1. Corpus (../shared/corpus): dflint (all default rules, JSON out) against dockerfile_lint,
//    dockerfilelint and dockerfile-utils (each driven through its library in one process),
//    tally (the Go binary from npm `@wharflab/tally-linux-x64`) and a read-only floor. Every
//    round runs every command once, in a rotating order, so load from other work on the machine
//    hits them alike; the table gives medians and the dflint / fastest-peer ratio per round.
//    dflint runs with default threads and at 1, 2 and 4 (DFLINT_JOBS); its outputs must be byte-identical.
// 2. One small file: dflint against `node -e 0`, paired the same way.
// 3. Per-rule cost over the corpus (top 15), timed in-process around each rule's check
//    (a rule's first call includes any shared fact it computes first).
// 4. .ci/bench-hostile.mjs and .ci/bench-lsp.mjs when present, then dflint layers.
//
// The peers are not project dependencies. Install them once into a scratch folder outside the repo:
//   mkdir -p /work/scratch/peers && cd /work/scratch/peers && npm init -y &&
//   npm install dockerfile_lint dockerfilelint dockerfile-utils @wharflab/tally-linux-x64
// and point DFLINT_BENCH_PEERS at it (default: ../scratch/peers or ../../scratch/peers from
// the repo). Missing peers are skipped, saying so. BENCH_RUNS sets the rounds (default 5),
// BENCH_ONLY=corpus|one|rules|extra runs one part.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const bin = path.join(root, "bin", "dflint.js");
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const only = process.env.BENCH_ONLY ?? "";
const part = (name) => !only || only.split(",").includes(name);
const hasTime = fs.existsSync("/usr/bin/time");
const tmp = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "dflint-bench-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

function findPeers() {
  const candidates = [process.env.DFLINT_BENCH_PEERS, path.resolve(root, "..", "scratch", "peers"), path.resolve(root, "..", "..", "scratch", "peers")];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, "node_modules"))) return path.join(c, "node_modules");
  return null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

/** One whole-process run: wall from here, CPU and peak RSS from /usr/bin/time. */
function once(cmd) {
  const argv = cmd.argv;
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "\n@@%U %S %M", ...argv], { cwd: cmd.cwd, env: cmd.env ?? process.env, maxBuffer: 1 << 30 })
    : spawnSync(argv[0], argv.slice(1), { cwd: cmd.cwd, env: cmd.env ?? process.env, maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const err = r.stderr.toString();
  const m = /@@([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
  if (r.status !== 0 && !cmd.anyExit) throw new Error(`${cmd.label} exited with ${r.status}: ${err.slice(0, 2000)}`);
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, rss: m ? Number(m[3]) / 1024 : NaN, stdout: r.stdout };
}

/** Runs every command once per round (order rotates each round); returns samples per command. */
function rounds(cmds, n, warmup = 1) {
  const samples = new Map(cmds.map((c) => [c, []]));
  for (let r = -warmup; r < n; r++) {
    for (let k = 0; k < cmds.length; k++) {
      const c = cmds[(k + Math.max(r, 0)) % cmds.length];
      const s = once(c);
      if (r >= 0) samples.get(c).push(s);
      if (c.check) c.check(s);
    }
  }
  return samples;
}

/** `baseline(i)` gives the baseline's sample of round i (wall and CPU ratios are taken per round). */
function table(cmds, samples, baseline, baseLabel, files) {
  const head = ["command", "wall s (median, min–max)", "CPU s", "peak RSS MiB", `wall ÷ ${baseLabel} (per round)`, "CPU ÷"];
  const rows = cmds.map((c) => {
    const s = samples.get(c);
    const ratios = baseline ? s.map((x, i) => x.wall / baseline(i).wall) : [];
    const cpuRatios = baseline ? s.map((x, i) => x.cpu / baseline(i).cpu) : [];
    const wall = s.map((x) => x.wall);
    return [
      c.label,
      `${median(wall).toFixed(3)} (${range(wall)})${files ? `  ${Math.round(files / median(wall))} files/s` : ""}`,
      median(s.map((x) => x.cpu)).toFixed(2),
      Math.max(...s.map((x) => x.rss)).toFixed(0),
      ratios.length ? `${median(ratios).toFixed(2)} (${range(ratios)})` : "",
      cpuRatios.length ? median(cpuRatios).toFixed(2) : "",
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((v, i) => String(v).padEnd(widths[i])).join("  ");
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

const manifest = path.join(corpus, "MANIFEST.tsv");
const files = fs.existsSync(manifest) ? fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]) : null;
const listFile = path.join(tmp, "files.json");
if (files) fs.writeFileSync(listFile, JSON.stringify(files));
const peers = findPeers();
console.log(`dflint bench: ${runs} paired rounds (+1 warm-up), Node ${process.version}, ${new Date().toISOString()}; load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
console.log("Wall times move with the machine's load; compare the per-round ratios.\n");

/** Lints the bundled sample once, which writes the bundle's code cache when there is none. */
function primeCodeCache() {
  spawnSync(process.execPath, [bin, "--fail-level", "none", path.join(root, "fixtures", "sample", "Dockerfile")], { stdio: "ignore" });
}

/** A node script that reads every corpus file and passes each text to `body` (a function source). */
function loopScript(name, setup, body) {
  const file = path.join(tmp, `${name}.cjs`);
  fs.writeFileSync(
    file,
    `"use strict";
const fs = require("fs"); const path = require("path");
const corpus = ${JSON.stringify(corpus)};
const files = JSON.parse(fs.readFileSync(${JSON.stringify(listFile)}, "utf8"));
${setup}
let failed = 0;
for (const f of files) {
  const text = fs.readFileSync(path.join(corpus, f), "utf8");
  try { ${body} } catch { failed++; }
}
if (failed) process.stderr.write(${JSON.stringify(name)} + ": " + failed + " files threw\\n");
`,
  );
  return file;
}

if (files && part("corpus")) {
  const node = process.execPath;
  // The bundle's V8 code cache is written by a lint of few files only (src/runtime/code-cache-policy.ts),
  // so a machine that has ever linted one file has it; a fresh build would leave every corpus
  // round compiling the bundle (~20 ms). One small lint first gives the rounds what users have.
  primeCodeCache();
  const cmds = [];
  const dflintArgs = [node, bin, "--fail-level", "none", "--format", "json", ...files];
  const outputs = new Map();
  const sameOutput = (label) => (s) => {
    const h = createHash("sha256").update(s.stdout).digest("hex");
    outputs.set(label, h);
  };
  // The headline row runs as users do: default threads (a worker from 2 cores).
  const defaultEnv = { ...process.env };
  delete defaultEnv.DFLINT_JOBS;
  cmds.push({ label: "dflint, all default rules", argv: dflintArgs, cwd: corpus, env: defaultEnv, check: sameOutput("default"), dflint: true });
  for (const jobs of ["1", "2", "4"]) {
    cmds.push({ label: `dflint, DFLINT_JOBS=${jobs}`, argv: dflintArgs, cwd: corpus, env: { ...process.env, DFLINT_JOBS: jobs }, check: sameOutput(jobs), threads: true });
  }
  const peerCmds = [];
  if (peers) {
    const req = (p) => JSON.stringify(path.join(peers, p));
    if (fs.existsSync(path.join(peers, "dockerfile_lint")))
      peerCmds.push({ label: "dockerfile_lint (library loop)", argv: [node, loopScript("dockerfile_lint", `const Linter = require(${req("dockerfile_lint")}); const linter = new Linter();`, "linter.validate(text);")] });
    if (fs.existsSync(path.join(peers, "dockerfilelint")))
      peerCmds.push({ label: "dockerfilelint (library loop)", argv: [node, loopScript("dockerfilelint", `const lint = require(${req("dockerfilelint")}); const dir = ${JSON.stringify(tmp)};`, "lint.run(dir, text);")] });
    if (fs.existsSync(path.join(peers, "dockerfile-utils")))
      peerCmds.push({ label: "dockerfile-utils (library loop)", argv: [node, loopScript("dockerfile-utils", `const u = require(${req("dockerfile-utils")});`, "u.validate(text);")] });
    const tally = path.join(peers, "@wharflab", "tally-linux-x64", "bin", "tally");
    if (fs.existsSync(tally)) {
      // tally exits 1 when it finds problems; --no-config keeps a stray config out of the run.
      peerCmds.push({ label: "tally (Go binary, JSON)", argv: [tally, "lint", "--no-config", "--format", "json", "--fail-level", "none", ...files], cwd: corpus, anyExit: true });
    }
  }
  if (!peers) console.log("peers not found (set DFLINT_BENCH_PEERS, see the top of .ci/bench.mjs): peer rows skipped");
  cmds.push(...peerCmds);
  cmds.push({ label: "floor: read every file (node loop)", argv: [node, loopScript("read-only", "", "text.length;")] });
  console.log(`## Corpus: ${files.length} files`);
  const samples = rounds(cmds, runs);
  // The fastest Node peer of each round (tally is a native binary: shown, not the yardstick).
  const nodePeers = peerCmds.filter((c) => !c.label.startsWith("tally"));
  const fastest = nodePeers.length ? (i) => nodePeers.map((c) => samples.get(c)[i]).reduce((a, b) => (b.wall < a.wall ? b : a)) : null;
  table(cmds, samples, fastest, "fastest Node peer", files.length);
  const distinct = new Set(outputs.values());
  console.log(`dflint output by default and at 1, 2 and 4 threads: ${distinct.size === 1 ? "byte-identical" : "DIFFERS"} (sha256 ${[...distinct].map((h) => h.slice(0, 12)).join(", ")})`);
  if (fastest) {
    const d = samples.get(cmds[0]);
    const ratios = d.map((x, i) => x.wall / fastest(i).wall);
    const cpu = d.map((x, i) => x.cpu / fastest(i).cpu);
    console.log(`dflint / fastest Node peer: wall ${median(ratios).toFixed(2)}x, CPU ${median(cpu).toFixed(2)}x (done when <= 1.0x, goal 0.5x); peak ${Math.max(...d.map((x) => x.rss)).toFixed(0)} MiB (goal < 120)\n`);
  }
}

if (part("one")) {
  const small = path.join(tmp, "one", "Dockerfile");
  fs.mkdirSync(path.dirname(small));
  fs.writeFileSync(small, fs.readFileSync(path.join(root, "fixtures", "sample", "Dockerfile")));
  // More rounds than the corpus part: a round is short and its ratio moves with every hiccup of the machine.
  const n = Math.max(runs * 6, 21);
  const floor = { label: "node -e 0", argv: [process.execPath, "-e", "0"] };
  const one = { label: "dflint, one small file", argv: [process.execPath, bin, "--fail-level", "none", small], cwd: path.dirname(small) };
  console.log(`## One small file (${fs.readFileSync(small, "utf8").split("\n").length - 1} lines), ${n} paired rounds`);
  const samples = rounds([floor, one], n, 2);
  table([floor, one], samples, (i) => samples.get(floor)[i], "node -e 0");
  const ratios = samples.get(one).map((x, i) => x.wall / samples.get(floor)[i].wall);
  console.log(`one file / node -e 0: ${median(ratios).toFixed(2)}x (done when <= 1.35x, goal 1.25x)\n`);
}

if (files && part("rules")) {
  // An in-process harness bundled from the sources: lints the corpus once (cold, as the CLI
  // does) with a timer around every rule's check, then once more warm.
  const { build } = await import("esbuild");
  const entry = path.join(tmp, "rule-cost.ts");
  fs.writeFileSync(
    entry,
    `import fs from "node:fs";
import path from "node:path";
import { rules } from ${JSON.stringify(path.join(root, "rules", "index"))};
import { defaultConfig } from ${JSON.stringify(path.join(root, "src", "config", "defaults"))};
import { lintText } from ${JSON.stringify(path.join(root, "src", "engine", "linter"))};
const files: string[] = JSON.parse(fs.readFileSync(${JSON.stringify(listFile)}, "utf8"));
const texts = files.map((f) => fs.readFileSync(path.join(${JSON.stringify(corpus)}, f), "utf8"));
const cost = new Map<string, number[]>();
for (const r of rules) {
  const check = r.check;
  const t = [0, 0];
  cost.set(r.id, t);
  r.check = (ctx: any) => { const t0 = performance.now(); try { check(ctx); } finally { t[pass] += performance.now() - t0; } };
}
let pass = 0;
const total = [0, 0];
for (; pass < 2; pass++) {
  const t0 = performance.now();
  texts.forEach((text, i) => {
    const config = defaultConfig(rules);
    config.settings.contextDir = path.dirname(path.join(${JSON.stringify(corpus)}, files[i]!));
    lintText(text, { path: files[i], config, rules });
  });
  total[pass] = performance.now() - t0;
}
process.stdout.write(JSON.stringify({ total, cost: [...cost] }));
`,
  );
  const out = path.join(tmp, "rule-cost.mjs");
  await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", outfile: out, logLevel: "warning", absWorkingDir: root, define: { __DFLINT_VERSION__: '"bench"' }, banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  const r = spawnSync(process.execPath, [out], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`rule-cost harness failed: ${r.stderr}`);
  const { total, cost } = JSON.parse(r.stdout);
  const sum = [0, 1].map((p) => cost.reduce((a, [, t]) => a + t[p], 0));
  console.log(`## Per-rule cost over the corpus, in-process (cold pass ${total[0].toFixed(0)} ms, of which rules ${sum[0].toFixed(0)} ms; warm pass ${total[1].toFixed(0)} ms, rules ${sum[1].toFixed(0)} ms)`);
  console.log(`${"rule".padEnd(30)} ${"cold ms".padStart(8)} ${"warm ms".padStart(8)}  share of cold rule time`);
  for (const [id, t] of cost.sort((a, b) => b[1][0] - a[1][0]).slice(0, 15)) {
    console.log(`${id.padEnd(30)} ${t[0].toFixed(1).padStart(8)} ${t[1].toFixed(1).padStart(8)}  ${((100 * t[0]) / sum[0]).toFixed(1)} %`);
  }
  const rest = cost.slice(15);
  console.log(`${`other ${rest.length} rules`.padEnd(30)} ${rest.reduce((a, [, t]) => a + t[0], 0).toFixed(1).padStart(8)} ${rest.reduce((a, [, t]) => a + t[1], 0).toFixed(1).padStart(8)}\n`);
}

if (!files && (part("corpus") || part("rules"))) console.log(`corpus not found at ${corpus}: corpus figures skipped\n`);

if (part("extra")) {
  for (const name of ["bench-hostile.mjs", "bench-lsp.mjs"]) {
    const script = path.join(root, ".ci", name);
    if (!fs.existsSync(script)) continue;
    console.log(`## .ci/${name}`);
    const r = spawnSync(process.execPath, [script], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) console.log(`.ci/${name} exited with ${r.status}`);
    console.log("");
  }
  await import("./bench-layers.mjs");
}
