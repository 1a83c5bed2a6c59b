// Seeded fuzzing of the linter core: inputs mutated from corpus Dockerfiles and generated from a
// small Dockerfile grammar, each linted in-process with every rule on. Used by test/fuzz.test.ts
// (a few thousand inputs) and `npm run fuzz -- --n 100000` (.ci/fuzz.ts).
import fs from "node:fs";
import path from "node:path";
import { rules } from "../../rules/index";
import { defaultConfig } from "../../src/config/defaults";
import { lintText } from "../../src/engine/linter";

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYWORDS = ["FROM", "RUN", "COPY", "ADD", "ENV", "ARG", "WORKDIR", "USER", "CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "ONBUILD", "SHELL", "HEALTHCHECK", "VOLUME", "STOPSIGNAL", "MAINTAINER", "from", "Run"];
const PIECES = [
  "alpine:3.20", "debian:12 AS build", "${BASE:-ubuntu}", "$A", "${A:+x}", "${A%%.*}", "--from=build", "--mount=type=cache,target=/root/.cache",
  "apt-get update && apt-get install -y curl", "pip install flask==3.0", "npm ci", "rm -rf /var/lib/apt/lists/*", "cd /app", "$(echo x)", "`id -u`",
  "<<EOF\necho hi\nEOF", "[\"sh\", \"-c\", \"echo hi\"]", "[\"broken", "a=b c=\"d e\"", "\\\n  ", "\\\n\n", "'quoted'", "\"dq $X\"", "|| true", "; echo",
  "# comment", "# escape=`", "# syntax=docker/dockerfile:1", "\r\n", "\ufeff", "\t", "*.tgz", "/tmp/[!a]*", "8080/tcp", "1000:1000", "..", "//", "$((1+2))",
  "if [ -f x ]; then echo; fi", "for i in 1 2; do echo $i; done", "(", ")", "{", "}", "${", "$(", "\u0000", "\u001b[31m", "::error::x",
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** A Dockerfile-shaped text from the grammar (with some runs made long on purpose). */
export function generate(r: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++) {
    let line = pick(r, KEYWORDS);
    const parts = Math.floor(r() * 5);
    for (let k = 0; k < parts; k++) line += (r() < 0.8 ? " " : "") + pick(r, PIECES);
    if (r() < 0.05) line += pick(r, ["/", " ", "$(", "${A:-", "\\", "a=b "]).repeat(200 + Math.floor(r() * 2000));
    lines.push(line);
  }
  return lines.join(r() < 0.1 ? "\r\n" : "\n");
}

/** A corpus text with a few random edits: deleted, duplicated, swapped or inserted slices and bytes. */
export function mutate(r: () => number, text: string): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (t.length + 1));
    const len = Math.floor(r() * 40);
    switch (Math.floor(r() * 6)) {
      case 0: t = t.slice(0, at) + t.slice(at + len); break;
      case 1: t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at); break;
      case 2: t = t.slice(0, at) + pick(r, PIECES) + t.slice(at); break;
      case 3: t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x250)) + t.slice(at + 1); break;
      case 4: t = t.slice(0, at) + pick(r, KEYWORDS) + " " + t.slice(at); break;
      default: t = t.slice(at) + t.slice(0, at);
    }
  }
  return t;
}

export function corpusTexts(max: number): string[] {
  const dir = path.resolve(__dirname, "..", "..", "..", "shared", "corpus");
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (out.length >= max) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name !== "MANIFEST.tsv" && fs.statSync(p).size < 200_000) out.push(fs.readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

export interface FuzzFailure {
  input: string;
  reason: string;
}

export interface FuzzStats {
  inputs: number;
  failures: FuzzFailure[];
  /**
   * Inputs that took longer than `slowMs`, with their size and the time of a second run right
   * after: a pause of the garbage collector or of a busy machine does not repeat, slow code does.
   */
  slow: { ms: number; retryMs: number; bytes: number; input: string }[];
  maxMs: number;
  totalMs: number;
}

const config = (() => {
  const c = defaultConfig(rules, "strict");
  c.settings.contextDir = null;
  return c;
})();

/** Lints one input; returns why it failed, or null. */
export function check(input: string): string | null {
  let result;
  try {
    result = lintText(input, { path: "Dockerfile", config, rules });
  } catch (err) {
    return `exception: ${(err as Error).message}`;
  }
  if (result.fatal) return `fatal: ${result.fatal}`;
  const lineCount = input.replace(/^\ufeff/, "").split("\n").length;
  for (const p of result.problems) {
    if (p.ruleId === "internal-error") return p.message;
    if (!(p.line >= 1 && p.line <= lineCount && p.endLine >= p.line && p.endLine <= lineCount && p.column >= 1 && p.endColumn >= 1)) {
      return `position outside the file: ${p.ruleId} ${p.line}:${p.column}-${p.endLine}:${p.endColumn} (${lineCount} lines)`;
    }
  }
  return null;
}

export function fuzz(n: number, seed: number, slowMs: number, corpus: string[]): FuzzStats {
  const r = prng(seed);
  const stats: FuzzStats = { inputs: 0, failures: [], slow: [], maxMs: 0, totalMs: 0 };
  for (let i = 0; i < n; i++) {
    const input = corpus.length && r() < 0.5 ? mutate(r, pick(r, corpus)) : generate(r);
    const t0 = performance.now();
    const reason = check(input);
    const ms = performance.now() - t0;
    stats.inputs++;
    stats.totalMs += ms;
    stats.maxMs = Math.max(stats.maxMs, ms);
    if (ms > slowMs) {
      const t1 = performance.now();
      check(input);
      stats.slow.push({ ms: Math.round(ms), retryMs: Math.round(performance.now() - t1), bytes: input.length, input });
    }
    if (reason) stats.failures.push({ input, reason });
  }
  return stats;
}
