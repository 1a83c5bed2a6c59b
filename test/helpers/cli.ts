// Runs the built bin/dflint.js as users do, and writes throwaway folders of files for it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(__dirname, "..", "..");
export const bin = path.join(root, "bin", "dflint.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI without colour settings leaking in from the environment running the tests. */
export function dflint(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  if (!opts.env?.COLUMNS) delete env.COLUMNS;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding `files` (name -> text; folders are created). */
export function tmpdir(files: Record<string, string>, prefix = "dflint-"): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), prefix));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
