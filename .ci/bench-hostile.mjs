// Pathological-input benchmark: CPU time, wall time and peak memory of the built CLI on hostile
// inputs at three sizes each (s, 2s, 4s), and the growth factor per doubling (linear work shows
// about 2x). Run by `npm run bench`, or alone: `node .ci/bench-hostile.mjs [case ...] [--scale F]`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "dflint.js");
// Reports the child's own CPU time and peak RSS when it exits (no /usr/bin/time needed). The peak is
// the child's VmHWM: getrusage's maxRSS of a spawned child also counts the parent's pages it shared
// before exec (here the bench's own 60-75 MiB, which floored every small case at about 75 MiB).
const probe =
  "data:text/javascript," +
  encodeURIComponent(
    'import{readFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();let rss=u.maxRSS;try{rss=Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1])}catch{}process.stderr.write("\\n@@bench "+JSON.stringify({rss,cpu:(u.userCPUTime+u.systemCPUTime)/1000})+"\\n")});',
  );

const lines = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("\n") + "\n";

/** A realistic multi-stage block (about 1 kB) repeated to `bytes`. */
function bigFile(bytes) {
  const block = (i) => `FROM debian:12-slim AS build${i}
ARG VERSION${i}=1.${i}
ENV APP_HOME=/opt/app${i} PATH=/opt/app${i}/bin:$PATH
WORKDIR /src/${i}
COPY package.json package-lock.json ./
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl=7.88.1-10 ca-certificates=20230311 \\
 && curl -fsSL https://example.com/tool-\${VERSION${i}}.tar.gz | tar -xz -C /usr/local/bin \\
 && rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -e
echo "building ${i}" > /tmp/out
EOF
COPY --from=build${i} /src/${i} /app
USER 1000:1000
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
CMD ["node", "server.js"]
`;
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += block(i);
  return out;
}

const CASES = {
  "10 MB file": { unit: "MB", sizes: [2.5, 5, 10], file: (mb) => bigFile(mb * 1024 * 1024) },
  "100k instructions": { unit: "instr", sizes: [25_000, 50_000, 100_000], file: (n) => "FROM alpine:3.20\n" + lines(n - 1, (i) => `RUN echo ${i}`) },
  // One stage of many COPYs with a single `$` at the end: the working directory of each COPY and the
  // no-`$` shortcut of variable references were once found by walks that made this quadratic.
  "JSON-form COPYs": { unit: "copies", sizes: [25_000, 50_000, 100_000], file: (n) => "FROM alpine:3.20\n" + lines(n, (i) => `COPY ["a${i}", "/b"]`) + "RUN echo $X\n" },
  "distinct ENV names": { unit: "names", sizes: [4_000, 8_000, 16_000], file: (n) => "FROM alpine:3.20\n" + lines(n, (i) => `ENV V${i}=x`) },
  "ARG chain": { unit: "args", sizes: [2_500, 5_000, 10_000], file: (n) => "FROM alpine:3.20\nARG A0=x\n" + lines(n, (i) => `ARG A${i + 1}=$A${i}`) },
  "$( ) nesting": { unit: "levels", sizes: [1_000, 2_000, 4_000], file: (n) => `FROM alpine:3.20\nRUN echo ${"$(".repeat(n)}x${")".repeat(n)}\n` },
  "${ } nesting": { unit: "levels", sizes: [1_000, 2_000, 4_000], file: (n) => `FROM alpine:3.20\nARG A=1\nENV X=${"${A:-".repeat(n)}x${"}".repeat(n)}\n` },
  "chained stages": { unit: "stages", sizes: [1_250, 2_500, 5_000], file: (n) => "FROM alpine:3.20 AS s0\n" + lines(n, (i) => `FROM s${i} AS s${i + 1}\nRUN apt-get update`) },
  // One RUN of many safe pipes: run-pipefail once looked for each pipe's members in the whole script (40,000 took 30 s).
  "pipes in one RUN": { unit: "pipes", sizes: [10_000, 20_000, 40_000], file: (n) => `FROM alpine:3.20\nRUN ${"echo a | grep b; ".repeat(n)}true\n` },
  // And many pip installs: pip-no-cache-dir once scanned the later commands after each (20,000 took 8.4 s).
  "pip installs in one RUN": { unit: "installs", sizes: [5_000, 10_000, 20_000], file: (n) => `FROM python:3.12\nRUN ${"pip install p==1 && ".repeat(n)}true\n` },
  // And the same pattern in yarn-cache-clean (a scan after each install) and run-no-sh-symlink (before each ln).
  "yarn installs in one RUN": { unit: "installs", sizes: [5_000, 10_000, 20_000], file: (n) => `FROM node:22\nRUN ${"yarn install && ".repeat(n)}true\n` },
  "ln of /bin/sh in one RUN": { unit: "links", sizes: [5_000, 10_000, 20_000], file: (n) => `FROM debian:12\nRUN ${"ln -sf /bin/bash /bin/sh && ".repeat(n)}true\n` },
  "long slash runs": {
    unit: "slashes",
    sizes: [25_000, 50_000, 100_000],
    file: (n) => {
      const s = "/".repeat(n);
      return `FROM alpine:3.20\nWORKDIR /a${s}b\nRUN mkdir -p /x${s}y && mkdir -p /x${s}\nCOPY a${s}b /c${s}d\nRUN echo a ${" ".repeat(n)}x \\\n${" ".repeat(n)}\n  y\n`;
    },
  },
  ".dockerignore patterns x files": {
    unit: "patterns+files",
    sizes: [8_125, 16_250, 32_500],
    // 12,500 patterns over 20,000 files at the largest size (the case).
    context: (n) => ({ patterns: Math.round((n * 12_500) / 32_500), files: Math.round((n * 20_000) / 32_500) }),
    file: () => "FROM alpine:3.20\nCOPY . /app\nCOPY src/ /src\nRUN ls /app\n",
  },
  ".dockerignore wildcard-only patterns x files": {
    unit: "patterns+files",
    sizes: [8_125, 16_250, 32_500],
    // No literal head or tail to index: every path tests every pattern until the pattern-test cap.
    context: (n) => ({ patterns: Math.round((n * 12_500) / 32_500), files: Math.round((n * 20_000) / 32_500), wild: true }),
    file: () => "FROM alpine:3.20\nCOPY . /app\nCOPY src/ /src\nRUN ls /app\n",
  },
};

function makeContext(dir, { patterns, files, wild = false }) {
  const ignore = [];
  for (let i = 0; i < patterns; i++) {
    const k = i % 4;
    if (wild) ignore.push(`[a-z]*/p${"?".repeat(1 + (i % 3))}/*[${i % 10}]${"?".repeat(i % 4)}`);
    else ignore.push(k === 0 ? `d${i % 97}/f${i}.tmp` : k === 1 ? `**/cache${i}` : k === 2 ? `src/*/gen${i}.js` : `!d${i % 97}/keep${i}`);
  }
  fs.writeFileSync(path.join(dir, ".dockerignore"), ignore.join("\n") + "\n");
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, i % 2 ? "src" : `d${i % 97}`, `p${i % 50}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `f${i}.js`), "");
  }
}

function runOnce(args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", probe, bin, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /@@bench (\{.*\})/.exec(r.stderr ?? "");
  const u = m ? JSON.parse(m[1]) : { rss: NaN, cpu: NaN };
  const errors = (r.stderr ?? "").replace(/\n?@@bench .*\n?/, "").trim();
  return { wall, cpu: u.cpu, rssMiB: u.rss / 1024, status: r.status, errors };
}

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const only = args.filter((a, i) => !a.startsWith("--") && (scaleAt < 0 || i !== scaleAt + 1));
const runs = Number(process.env.BENCH_RUNS ?? 1);

console.log(`Hostile inputs (CPU ms of the CLI process; growth = CPU at 2x input / CPU at 1x; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
for (const [name, c] of Object.entries(CASES)) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
  const rows = [];
  for (const size0 of c.sizes) {
    const size = c.unit === "MB" ? size0 * scale : Math.round(size0 * scale);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-hostile-"));
    try {
      const text = c.file(size);
      fs.writeFileSync(path.join(dir, "Dockerfile"), text);
      // With a context: `dflint layers` here, plain lint (the context rules) beside it.
      const sub = c.context ? ["layers", "Dockerfile"] : ["--format", "json", "Dockerfile"];
      if (c.context) makeContext(dir, c.context(size));
      let best = null;
      for (let i = 0; i < runs; i++) {
        const r = runOnce(sub, dir);
        if (!best || r.cpu < best.cpu) best = r;
      }
      let lintRun = null;
      if (c.context) lintRun = runOnce(["--format", "json", "Dockerfile"], dir);
      rows.push({ size, bytes: Buffer.byteLength(text), ...best, lintRun });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\n${name}`);
  rows.forEach((r, i) => {
    const growth = i > 0 ? `x${(r.cpu / rows[i - 1].cpu).toFixed(2)}` : "";
    const lintGrowth = r.lintRun && i > 0 ? ` x${(r.lintRun.cpu / rows[i - 1].lintRun.cpu).toFixed(2)}` : "";
    const lint = r.lintRun ? `  | plain lint ${r.lintRun.cpu.toFixed(0)} ms cpu, ${r.lintRun.rssMiB.toFixed(0)} MiB${lintGrowth}` : "";
    // The memory bound, 10x the input plus 100 MB (a context's size is not counted: none shown).
    const limitMiB = (10 * r.bytes + 100e6) / 2 ** 20;
    const limit = c.context ? "" : `  ${r.rssMiB > limitMiB ? "OVER" : "under"} the ${limitMiB.toFixed(0)} MiB bound`;
    const bad = r.status !== 0 && r.status !== 1 ? `  exit ${r.status}: ${r.errors.split("\n")[0].slice(0, 100)}` : "";
    console.log(
      `  ${String(r.size).padStart(7)} ${c.unit.padEnd(7)} ${(r.bytes / 1024).toFixed(0).padStart(6)} kB  ${r.cpu.toFixed(0).padStart(6)} ms cpu ${r.wall.toFixed(0).padStart(6)} ms wall  ${r.rssMiB.toFixed(0).padStart(5)} MiB peak  ${growth.padEnd(6)}${lint}${limit}${bad}`,
    );
  });
}
