// dflint layers benchmark (run by .ci/bench.mjs): a 100,000-file build context and a 200-commit history.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "dflint.js");
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

/** Median wall s and max RSS MiB of `runs` runs of node with `args`. */
function measure(label, args) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const kb = Number(r.stderr.trim().split("\n").pop());
    if (Number.isFinite(kb)) rss = Math.max(rss, kb / 1024);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)], rss };
}

function row(m) {
  console.log(`${m.label.padEnd(38)} ${m.median.toFixed(3)} s  ${m.rss ? `${m.rss.toFixed(0)} MiB peak` : ""}`);
}

console.log("## dflint layers");
{
  const ltmp = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "dflint-bench-layers-"));
  const big = path.join(ltmp, "big");
  fs.mkdirSync(big);
  fs.writeFileSync(
    path.join(big, "Dockerfile"),
    "FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n" +
      "FROM deps AS build\nCOPY src/ ./src/\nCOPY *.json ./\nRUN npm run build\n" +
      "FROM node:22-alpine\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCOPY . .\nCMD [\"node\", \"dist/index.js\"]\n",
  );
  fs.writeFileSync(path.join(big, ".dockerignore"), "node_modules\n**/*.log\n!keep.log\n");
  fs.writeFileSync(path.join(big, "package.json"), "{}\n");
  fs.writeFileSync(path.join(big, "package-lock.json"), "{}\n");
  // 100,000 files: 100 packages x 10 folders x 100 files (src/ and node_modules/ halves).
  let n = 0;
  for (let p = 0; p < 100; p++) {
    for (let d = 0; d < 10; d++) {
      const dir = path.join(big, p % 2 ? "src" : "node_modules", `pkg${p}`, `d${d}`);
      fs.mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 100; f++) {
        fs.writeFileSync(path.join(dir, `f${f}.${f % 10 === 0 ? "log" : "ts"}`), "x");
        n++;
      }
    }
  }
  const ctxCheck = spawnSync(process.execPath, [bin, "layers", "--format", "json", "--changed", "src/pkg1/d0/f1.ts", path.join(big, "Dockerfile")], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (ctxCheck.status !== 0) throw new Error(`layers failed: ${ctxCheck.stderr}`);
  const sent = JSON.parse(ctxCheck.stdout).files[0].stages[2].steps.find((s) => s.instruction === "COPY . .").inputs.files.count;
  console.log(`  COPY . . selects ${sent} of ${n} files after .dockerignore`);
  const ctxRun = measure(`dflint layers, ${n} files in the context`, [bin, "layers", "--format", "json", "--changed", "src/pkg1/d0/f1.ts", path.join(big, "Dockerfile")]);
  row(ctxRun);

  // A repository with 200 commits touching sources, manifests, docs and the Dockerfile.
  const repo = path.join(ltmp, "repo");
  fs.mkdirSync(path.join(repo, "src"), { recursive: true });
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: "b", GIT_AUTHOR_EMAIL: "b@b", GIT_COMMITTER_NAME: "b", GIT_COMMITTER_EMAIL: "b@b" };
  const g = (...args) => spawnSync("git", args, { cwd: repo, env: gitEnv, encoding: "utf8" });
  g("init", "-q", "-b", "main");
  g("config", "commit.gpgsign", "false");
  const DF = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n";
  fs.writeFileSync(path.join(repo, "Dockerfile"), DF);
  fs.writeFileSync(path.join(repo, ".dockerignore"), ".git\n*.md\n");
  fs.writeFileSync(path.join(repo, "requirements.txt"), "flask\n");
  for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(repo, "src", `m${i}.py`), "0\n");
  // One fast-import stream instead of 200 `git commit` processes.
  let stream = "";
  const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let c = 0; c < 200; c++) {
    stream += `commit refs/heads/main\ncommitter b <b@b> ${1700000000 + c} +0000\n${blob(`commit ${c}`)}`;
    if (c === 0) {
      stream += `M 100644 inline Dockerfile\n${blob(DF)}M 100644 inline .dockerignore\n${blob(".git\n*.md\n")}M 100644 inline requirements.txt\n${blob("flask\n")}`;
      for (let i = 0; i < 50; i++) stream += `M 100644 inline src/m${i}.py\n${blob("0\n")}`;
    } else if (c % 20 === 0) stream += `M 100644 inline requirements.txt\n${blob(`flask\nreq${c}\n`)}`;
    else if (c % 7 === 0) stream += `M 100644 inline README.md\n${blob(`docs ${c}\n`)}`;
    else if (c % 33 === 0) stream += `M 100644 inline Dockerfile\n${blob(DF.replace("CMD", `LABEL build=${c}\nCMD`))}`;
    else stream += `M 100644 inline src/m${c % 50}.py\n${blob(`${c}\n`)}`;
  }
  const fi = spawnSync("git", ["fast-import", "--quiet"], { cwd: repo, input: stream, env: gitEnv, encoding: "utf8" });
  if (fi.status !== 0) throw new Error(`git fast-import: ${fi.stderr}`);
  g("checkout", "-q", "-f", "main");
  const check = spawnSync(process.execPath, [bin, "layers", "--history", "200", "--format", "json", path.join(repo, "Dockerfile")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`layers --history failed: ${check.stderr}`);
  const commits = JSON.parse(check.stdout).files[0].stages[0].steps[0].commits;
  const hist = measure("dflint layers --history 200", [bin, "layers", "--history", "200", "--format", "json", path.join(repo, "Dockerfile")]);
  row(hist);
  console.log(`  ${commits} commits replayed; target: < 2 s`);
  fs.rmSync(ltmp, { recursive: true, force: true });
}
