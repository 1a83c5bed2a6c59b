import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { childProcess, os } from "../src/runtime/builtins";
import { defineRule, type ActiveSeverity } from "../src/engine/types";
import type { RelayedReport } from "../src/engine/linter";
import { baseName } from "../src/model/run";
import type { Instruction, Model, RunScript, Span } from "../src/model/types";

/** ShellCheck dialect for a shell executable, or null when ShellCheck cannot check it (zsh, fish, ...). */
function dialect(exe: string): string | null {
  const name = baseName(exe).toLowerCase();
  if (name === "bash") return "bash";
  if (name === "dash") return "dash";
  if (name === "ksh" || name === "mksh" || name === "ksh93") return "ksh";
  if (name === "sh" || name === "ash" || name === "busybox") return "sh";
  return null;
}

/** Interpreter named by a shebang line (`#!/usr/bin/env bash` -> bash). */
function shebangShell(line: string): string | null {
  const m = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(line);
  if (!m) return null;
  const exe = baseName(m[1]!);
  return exe === "env" ? (m[2] ?? null) : m[1]!;
}

interface Job {
  script: RunScript;
  /** Lines written before the script (shebang, known variables); findings there are dropped. */
  prelude: number;
  /** The script's first line was its own shebang, replaced by an empty line. */
  text: string;
  file: string;
}

/** The scripts ShellCheck can check, with their dialect. */
function scriptsOf(ins: Instruction): { script: RunScript; shell: string }[] {
  const run = ins.run;
  if (!run || run.windowsShell) return [];
  const out: { script: RunScript; shell: string }[] = [];
  const header = run.scripts.find((s) => s.source === "shell");
  for (const script of run.scripts) {
    let shell: string | null;
    if (script.source === "exec") {
      if (script.text === ins.argsText) continue; // a plain exec-form argv, no shell involved
      shell = dialect(ins.json?.values[0] ?? "");
    } else if (script.source === "heredoc") {
      const first = script.text.text.split("\n", 1)[0] ?? "";
      const bang = shebangShell(first);
      const head = header?.commands[0];
      shell = dialect(bang ?? (head ? head.words[0]?.value ?? "" : run.shell[0] ?? "/bin/sh"));
    } else shell = dialect(run.shell[0] ?? "/bin/sh");
    if (shell) out.push({ script, shell });
  }
  return out;
}

const PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy"];
const LEVEL_RANK: Record<string, number> = { style: 0, info: 1, warning: 2, error: 3 };
const SEVERITY: Record<string, ActiveSeverity> = { style: "info", info: "info", warning: "warning", error: "error" };

interface Comment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  process.stderr.write(`dflint: ${message}\n`);
}

/** Offset in `text` of 1-based line/column as ShellCheck counts them (code points, tabs as one). */
function offsetOf(text: string, lineStarts: number[], line: number, column: number): number {
  const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  let off = start;
  for (let c = 1; c < column && off < text.length && text[off] !== "\n"; c++) {
    const code = text.codePointAt(off)!;
    off += code > 0xffff ? 2 : 1;
  }
  return off;
}

function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") out.push(i + 1);
  return out;
}

/** Runs ShellCheck once over every script of the file; returns findings keyed by job. */
function runShellcheck(jobs: Job[], exclude: string[], minLevel: string): Map<Job, Comment[]> | null {
  const dir = mkdtempSync(join(os().tmpdir(), "dflint-sc-"));
  try {
    for (const j of jobs) writeFileSync(join(dir, j.file), j.text);
    // --norc: a .shellcheckrc in the temp folder (or above it) must not change or silence results.
    const args = ["--norc", "-f", "json1", "-S", minLevel, ...(exclude.length ? ["-e", exclude.join(",")] : []), ...jobs.map((j) => j.file)];
    const res = childProcess().spawnSync("shellcheck", args, { cwd: dir, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    if (res.error) {
      const code = (res.error as NodeJS.ErrnoException).code;
      warnOnce(
        code === "ENOENT"
          ? "ShellCheck is enabled (settings.shellcheck) but 'shellcheck' is not on PATH; RUN scripts were not checked"
          : `ShellCheck failed (${res.error.message}); RUN scripts were not checked`,
      );
      return null;
    }
    let parsed: { comments?: Comment[] };
    try {
      parsed = JSON.parse(res.stdout || "{}") as { comments?: Comment[] };
    } catch {
      warnOnce(`ShellCheck exited with status ${String(res.status)} without JSON output: ${(res.stderr || "").trim().slice(0, 200)}`);
      return null;
    }
    const byFile = new Map(jobs.map((j) => [j.file, j]));
    const out = new Map<Job, Comment[]>();
    for (const c of parsed.comments ?? []) {
      const job = byFile.get(c.file);
      if (!job) continue;
      let list = out.get(job);
      if (!list) out.set(job, (list = []));
      list.push(c);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function namesInScope(ins: Instruction): string[] {
  const names = new Set(PROXY_VARS);
  for (const name of ins.scope.keys()) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) names.add(name);
  return [...names];
}

function collectJobs(model: Model): Job[] {
  const jobs: Job[] = [];
  const visit = (ins: Instruction) => {
    for (const { script, shell } of scriptsOf(ins)) {
      let body = script.text.text;
      const firstLineEnd = body.indexOf("\n");
      if (body.startsWith("#!")) body = firstLineEnd === -1 ? "" : body.slice(firstLineEnd); // keep line numbers
      const prelude = `#!/bin/${shell}\nexport ${namesInScope(ins).map((n) => `${n}=1`).join(" ")}\n`;
      jobs.push({ script, prelude: 2, text: prelude + body + (body.endsWith("\n") ? "" : "\n"), file: `run-${jobs.length + 1}.sh` });
    }
  };
  for (const ins of model.instructions) {
    if (ins.run) visit(ins);
    else if (ins.onbuild?.run) visit(ins.onbuild);
  }
  return jobs;
}

function sourceSpan(job: Job, c: Comment): Span {
  const text = job.script.text.text;
  const starts = lineStartsOf(text);
  const line = c.line - job.prelude;
  const endLine = Math.max(c.endLine - job.prelude, line);
  const a = offsetOf(text, starts, line, c.column);
  let b = offsetOf(text, starts, endLine, c.endColumn);
  if (b < a) b = a;
  const map = job.script.text.map;
  const start = map.at(Math.min(a, text.length)) ?? 0;
  const end = b > a ? map.at(Math.min(b - 1, text.length))! + 1 : start;
  return { start, end: Math.max(end, start) };
}

export default defineRule({
  id: "run-shellcheck",
  keywords: ["RUN"],
  description: "Check RUN scripts with ShellCheck (when settings.shellcheck is on and shellcheck is installed)",
  severity: "error",
  related: [],
  messages: {
    finding: "{{code}}: {{message}}",
  },
  options: {
    exclude: {
      description: "ShellCheck codes not to report (e.g. SC2086)",
      default: ["SC1090", "SC1091", "SC2187"] as string[],
      schema: { type: "array", items: { type: "string", pattern: "^(SC)?\\d{4}$" } },
    },
    minLevel: {
      description: "Lowest ShellCheck level reported: style, info, warning or error",
      default: "style",
      schema: { type: "string", enum: ["style", "info", "warning", "error"] },
    },
  },
  examples: {
    valid: [{ code: 'FROM debian:12\nRUN echo "$HOME"', settings: { shellcheck: true } }],
    invalid: [{ code: "FROM debian:12\nRUN echo $1", settings: { shellcheck: true } }],
  },
  differs:
    "runs only with --shellcheck or settings.shellcheck; one ShellCheck call per file; checks heredoc scripts, 'RUN bash <<EOF' and exec-form 'sh -c' scripts in their own dialect; reports each finding as 'shellcheck/SCxxxx' at its exact line and column with ShellCheck's level (style as info), capped at this rule's severity",
  check({ model, options, settings, report }) {
    if (!settings.shellcheck) return;
    const jobs = collectJobs(model);
    if (!jobs.length) return;
    const exclude = options.exclude.map((c) => c.replace(/^SC/i, ""));
    const results = runShellcheck(jobs, exclude, options.minLevel);
    if (!results) return;
    const min = LEVEL_RANK[options.minLevel] ?? 0;
    for (const job of jobs) {
      for (const c of results.get(job) ?? []) {
        if (c.line <= job.prelude) continue;
        if ((LEVEL_RANK[c.level] ?? 0) < min) continue;
        const code = `SC${c.code}`;
        const relayed: RelayedReport = { ruleId: `shellcheck/${code}`, related: [`hadolint:${code}`], severity: SEVERITY[c.level] ?? "warning" };
        report({ messageId: "finding", data: { code, message: c.message }, span: sourceSpan(job, c), ...relayed });
      }
    }
  },
});
