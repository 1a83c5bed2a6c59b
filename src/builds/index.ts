// `--compose` / `--bake`: the Dockerfiles to lint, each with the build args, target stage and
// context its Compose service or Bake target builds it with.
import fs from "node:fs";
import path from "node:path";
import type { BuildInvocation } from "../engine/types";
import { readBakeFile, BAKE_NAMES } from "./bake";
import { readComposeFile, COMPOSE_NAMES } from "./compose";
import { BuildFileError, type BuildDefinition } from "./types";

export { BuildFileError } from "./types";
export type { BuildDefinition } from "./types";

export interface BuildJob {
  definition: BuildDefinition;
  invocation: BuildInvocation;
  /** Build args with a value, as `--build-arg` would give them. */
  buildArgs: [string, string][];
}

export interface BuildsFound {
  jobs: BuildJob[];
  notes: string[];
  /** Errors naming a file and line (a broken or missing Compose/Bake file). */
  errors: string[];
}

/** The Compose or Bake files to read: the ones named, else the first standard name found in `cwd`. */
function buildFiles(kind: "compose" | "bake", operands: string[], cwd: string): { files: string[]; errors: string[] } {
  if (operands.length) return { files: operands.map((o) => path.resolve(cwd, o)), errors: [] };
  const names = kind === "compose" ? COMPOSE_NAMES : BAKE_NAMES.slice(0, 2);
  const found = names.find((n) => fs.existsSync(path.join(cwd, n)));
  if (!found) return { files: [], errors: [`no ${names.join(", ")} in ${cwd}`] };
  return { files: [path.join(cwd, found)], errors: [] };
}

export function findBuilds(kind: "compose" | "bake", operands: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; select?: string[] }): BuildsFound {
  const { files, errors } = buildFiles(kind, operands, opts.cwd);
  const out: BuildsFound = { jobs: [], notes: [], errors };
  for (const file of files) {
    const shown = path.relative(opts.cwd, file) || file;
    try {
      const read = kind === "compose" ? readComposeFile(shown, opts.env) : readBakeFile(shown, { env: opts.env, select: opts.select });
      out.notes.push(...read.notes);
      if (!read.builds.length) out.notes.push(`${shown}: no ${kind === "compose" ? "service with a build" : "target"} to lint`);
      for (const d of read.builds) {
        out.jobs.push({
          definition: d,
          invocation: {
            kind,
            file: shown,
            name: d.name,
            line: d.line,
            args: d.args.map((a) => ({ name: a.name, line: a.line, set: a.value !== null })),
            target: d.target,
          },
          buildArgs: d.args.filter((a) => a.value !== null).map((a) => [a.name, a.value!] as [string, string]),
        });
      }
    } catch (err) {
      if (err instanceof BuildFileError) out.errors.push(err.message);
      else throw err;
    }
  }
  return out;
}
