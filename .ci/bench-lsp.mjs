// Diagnostics latency of `dflint lsp`: time from sending a didChange on a 200-line Dockerfile
// to receiving the publishDiagnostics for that version, through the real protocol over stdio,
// with the default debounce (what editors get) and with none (the lint itself); then bursts of
// changes sent back to back (fast typing, paste), timed from the last change of each burst.
// Run by `npm run bench` (after the bundle) or alone: `node .ci/bench-lsp.mjs`. Target: < 100 ms.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-languageserver-protocol/node");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "dflint.js");
const CHANGES = Number(process.env.BENCH_LSP_CHANGES ?? 40);

/** A 200-line, two-stage Dockerfile with continuations, ARG/ENV and the usual problems. */
function dockerfile200() {
  const lines = ["# syntax=docker/dockerfile:1", "ARG NODE_VERSION=20", "FROM node:${NODE_VERSION}-bookworm AS build", "WORKDIR /src"];
  for (let i = 0; lines.length < 120; i++) {
    lines.push(`ENV STEP_${i}=value${i}`, `RUN apt-get update && \\`, `    apt-get install -y pkg${i} curl && \\`, `    rm -rf /var/lib/apt/lists/*`);
    lines.push(`COPY src/part${i} /src/part${i}`, `RUN cd /src/part${i} && npm install`);
  }
  lines.push("FROM debian:bookworm-slim", "COPY --from=build /src /app");
  while (lines.length < 198) lines.push(`LABEL layer.${lines.length}="note ${lines.length}"`);
  lines.push("USER nobody", "CMD node /app/index.js");
  return lines.join("\n") + "\n";
}

/** CPU seconds the process has used (Linux /proc; null elsewhere): a figure the machine's load does not inflate. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** `burst`: changes sent back to back per measurement (1: one change, then wait for its diagnostics). */
/** `paceMs`: at least this long between the first changes of two measurements (a typist's pace). */
async function session(initializationOptions, burst = 1, paceMs = 0) {
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let publishes = 0;
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    publishes++;
    const w = waiting.get(p.version);
    if (w) w(p);
  });
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  const uri = pathToFileURL(path.join(root, "bench.Dockerfile")).href;
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions });
  await conn.sendNotification("initialized", {});
  const published = (version) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 10 s`)), 10_000);
      waiting.set(version, (p) => (clearTimeout(t), waiting.delete(version), resolve(p)));
    });
  let text = dockerfile200();
  if (text.split("\n").length - 1 !== 200) throw new Error("the bench file must have 200 lines");
  const first = published(1);
  await conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "dockerfile", version: 1, text } });
  const opened = await first;
  const times = [];
  const cpu0 = cpuSeconds(child.pid);
  const published0 = publishes;
  let sentAt = 0;
  for (let v = 2; v < 2 + CHANGES * burst; v += burst) {
    const wait = sentAt + paceMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sentAt = performance.now();
    const done = published(v + burst - 1);
    let t0 = 0n;
    for (let k = 0; k < burst; k++) {
      // Type a character on line 100, as an editor would send it (incremental change).
      const line = 100 + ((v + k) % 2);
      t0 = process.hrtime.bigint();
      await conn.sendNotification("textDocument/didChange", {
        textDocument: { uri, version: v + k },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: " " }],
      });
    }
    await done;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const lints = publishes - published0;
  const cpu1 = cpuSeconds(child.pid);
  const cpuPerChange = cpu0 === null || cpu1 === null ? null : ((cpu1 - cpu0) * 1000) / CHANGES;
  await conn.sendRequest("shutdown");
  await conn.sendNotification("exit");
  conn.dispose();
  return { times, problems: opened.diagnostics.length, cpuPerChange, lints };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
for (const [label, opts, burst, pace] of [
  ["default, each change as soon as the last is linted", {}, 1, 0],
  ["default, typing: a change every 100 ms", {}, 1, 100],
  ["no debounce (lint + transport)", { debounceMs: 0 }, 1, 0],
  ["default, bursts of 5 changes", {}, 5, 0],
]) {
  const { times, problems, cpuPerChange, lints } = await session(opts, burst, pace);
  const what = burst > 1 ? `${times.length} bursts, ${lints} lints` : `${times.length} changes`;
  console.log(
    `dflint lsp, 200-line file, ${label}`.padEnd(80) +
      `median ${fmt(median(times))}  p95 ${fmt(percentile(times, 95))}  max ${fmt(Math.max(...times))}  (${what}, ${problems} problems` +
      (cpuPerChange === null ? ")" : `, server CPU ${fmt(cpuPerChange / burst)} per change)`),
  );
}
// Wall-clock figures: on a shared machine they grow with the load, so it is printed beside them.
console.log(`  target: diagnostics < 100 ms after a change (load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
