// Runs table cases through the built CLI (bin/dflint.js), as users run it, and
// compares the hadolint/BuildKit codes of the problems (from `related`) with what
// hadolint or BuildKit would report, restricted to the codes under test.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "dflint.js");

export interface ParityCase {
  name: string;
  dockerfile: string;
  /** `line CODE` pairs the real tool reports for the codes under test. */
  expect: string[];
  /** Extra `.hadolint.yaml` text (hadolint cases), appended after `failure-threshold: info`. */
  config?: string;
  /** Other files in the build context (e.g. `.dockerignore`). */
  files?: Record<string, string>;
  /** A documented deliberate difference (the rule's `differs`): what dflint reports instead. */
  dflint?: string[];
  /** Why dflint differs on purpose (required with `dflint`). */
  reason?: string;
}

export interface ParityResult {
  actual: string[];
  expected: string[];
}

function norm(list: string[]): string[] {
  return [...new Set(list)].sort((a, b) => {
    const [la, ca] = a.split(" ");
    const [lb, cb] = b.split(" ");
    return Number(la) - Number(lb) || (ca ?? "").localeCompare(cb ?? "");
  });
}

export function expected(c: ParityCase): string[] {
  return norm(c.dflint ?? c.expect);
}

export function toolExpected(c: ParityCase): string[] {
  return norm(c.expect);
}

function runOne(c: ParityCase, mode: "hadolint" | "buildkit", codes: Set<string>): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dflint-parity-${mode}-`));
  fs.writeFileSync(path.join(dir, "Dockerfile"), c.dockerfile);
  if (mode === "hadolint") fs.writeFileSync(path.join(dir, ".hadolint.yaml"), `failure-threshold: info\n${c.config ?? ""}`);
  for (const [name, text] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(dir, name), text);
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "--format", "json", "Dockerfile"], { cwd: dir, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", () => {
      fs.rmSync(dir, { recursive: true, force: true });
      try {
        const json = JSON.parse(out) as { files: { problems: { line: number; related?: string[]; ruleId: string }[] }[] };
        const found: string[] = [];
        for (const p of json.files[0]?.problems ?? []) {
          if (p.ruleId === "internal-error") found.push(`${p.line} internal-error`);
          for (const r of p.related ?? []) {
            const [tool, code] = r.split(":");
            if (tool === mode && code && codes.has(code)) found.push(`${p.line} ${code}`);
          }
        }
        resolve(norm(found));
      } catch (e) {
        reject(new Error(`${c.name}: bad CLI output (${String(e)}): ${out}\n${err}`));
      }
    });
  });
}

/** Runs all cases, a few at a time. */
export async function runParity(cases: ParityCase[], mode: "hadolint" | "buildkit", codes: Iterable<string>): Promise<Map<ParityCase, string[]>> {
  const set = new Set(codes);
  const results = new Map<ParityCase, string[]>();
  const queue = [...cases];
  const workers = Array.from({ length: Math.min(8, os.cpus().length || 1) }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) results.set(c, await runOne(c, mode, set));
  });
  await Promise.all(workers);
  return results;
}
