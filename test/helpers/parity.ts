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
  /** `--build-arg` values (e.g. BUILDKIT_DOCKERFILE_CHECK). */
  buildArgs?: Record<string, string>;
  /** Other files in the build context (e.g. `.dockerignore`). */
  files?: Record<string, string>;
  /** A documented deliberate difference (the rule's `differs`): what dflint reports instead. */
  dflint?: string[];
  /** Why dflint differs on purpose (required with `dflint`). */
  reason?: string;
  /**
   * With `dflint`: the two tools disagree on this behaviour and dflint does what this other tool
   * documents (it can match only one of them); the other table has the mirror case.
   */
  follows?: "buildkit" | "hadolint";
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

/** The `line CODE` pairs of one file's problems, restricted to `codes` of `mode`. */
function codesOf(problems: { line: number; related?: string[]; ruleId: string }[], mode: string, codes: Set<string>): string[] {
  const found: string[] = [];
  for (const p of problems) {
    if (p.ruleId === "internal-error") found.push(`${p.line} internal-error`);
    for (const r of p.related ?? []) {
      const [tool, code] = r.split(":");
      if (tool === mode && code && codes.has(code)) found.push(`${p.line} ${code}`);
    }
  }
  return norm(found);
}

/**
 * Runs all cases through one CLI process: each case gets its own folder (its Dockerfile, its
 * `.hadolint.yaml` in hadolint mode, its context files), and the CLI lints all the folders'
 * Dockerfiles at once. Config lookup and the build context are per folder, as in separate runs;
 * one process instead of one per case keeps the suite fast.
 */
export async function runParity(cases: ParityCase[], mode: "hadolint" | "buildkit", codes: Iterable<string>): Promise<Map<ParityCase, string[]>> {
  const set = new Set(codes);
  // --build-arg applies to the whole run: cases with build args get a run of their own.
  const groups = new Map<string, ParityCase[]>();
  for (const c of cases) {
    const key = JSON.stringify(c.buildArgs ?? {});
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const results = new Map<ParityCase, string[]>();
  for (const group of groups.values()) for (const [c, r] of await runGroup(group, mode, set)) results.set(c, r);
  return results;
}

/** Runs cases that share their build args through one CLI process. */
async function runGroup(cases: ParityCase[], mode: "hadolint" | "buildkit", set: Set<string>): Promise<Map<ParityCase, string[]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dflint-parity-${mode}-`));
  const names = cases.map((c, i) => {
    const caseDir = path.join(dir, String(i));
    fs.mkdirSync(caseDir);
    fs.writeFileSync(path.join(caseDir, "Dockerfile"), c.dockerfile);
    if (mode === "hadolint") fs.writeFileSync(path.join(caseDir, ".hadolint.yaml"), `failure-threshold: info\n${c.config ?? ""}`);
    for (const [name, text] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(caseDir, name), text);
    return `${i}/Dockerfile`;
  });
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.FORCE_COLOR;
  const buildArgs = Object.entries(cases[0]?.buildArgs ?? {}).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]);
  const { out, err } = await new Promise<{ out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, "--format", "json", "--fail-level", "none", ...buildArgs, ...names], { cwd: dir, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", () => resolve({ out, err }));
  });
  fs.rmSync(dir, { recursive: true, force: true });
  let json: { files: { path: string; problems: { line: number; related?: string[]; ruleId: string }[] }[] };
  try {
    json = JSON.parse(out);
  } catch (e) {
    throw new Error(`${mode} parity: bad CLI output (${String(e)}): ${out.slice(0, 2000)}\n${err}`);
  }
  const byPath = new Map(json.files.map((f) => [f.path.split(path.sep).join("/"), f]));
  const results = new Map<ParityCase, string[]>();
  cases.forEach((c, i) => {
    const file = byPath.get(names[i]!);
    if (!file) throw new Error(`${c.name}: no result from the CLI for ${names[i]}\n${err}`);
    results.set(c, codesOf(file.problems, mode, set));
  });
  return results;
}

/**
 * The parity figures of a table: cases where dflint reports exactly what the tool reports, and the
 * documented differences (each with the rule's `differs` reason), split into those where dflint
 * follows the other tool because the two disagree and those that are dflint's own choice.
 */
export function paritySummary(label: string, cases: ParityCase[], results: Map<ParityCase, string[]>): { exact: number; line: string } {
  const exact = cases.filter((c) => JSON.stringify(results.get(c)) === JSON.stringify(toolExpected(c))).length;
  const differs = cases.filter((c) => c.dflint);
  const follows = differs.filter((c) => c.follows).length;
  const pct = ((100 * exact) / cases.length).toFixed(1);
  return {
    exact,
    line: `${label}: ${exact}/${cases.length} cases exactly as the tool reports them (${pct}%); ${differs.length} documented differences (${follows} where the other tool documents the opposite and dflint follows it, ${differs.length - follows} dflint's own choice)`,
  };
}
