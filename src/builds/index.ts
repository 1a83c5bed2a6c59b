// `--compose` / `--bake`: the Dockerfiles to lint, each with the build args, target stage and
// context its Compose service or Bake target builds it with.
import { existsSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import type { BuildInvocation } from "../engine/types";
import { readBakeFiles, BAKE_NAMES } from "./bake";
import { COMPOSE_NAMES, COMPOSE_OVERRIDE_NAMES } from "./compose";
import { readComposeProject } from "./compose-project";
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

/**
 * The Compose or Bake files to read, merged in order: the ones named; else, for Compose,
 * $COMPOSE_FILE or the first standard name found in `cwd` or the nearest folder above it, with its
 * override file; for Bake, every default Bake file found in `cwd`.
 */
function buildFiles(kind: "compose" | "bake", operands: string[], cwd: string, env: NodeJS.ProcessEnv): { files: string[]; errors: string[] } {
  if (operands.length) return { files: operands.map((o) => resolve(cwd, o)), errors: [] };
  if (kind === "bake") {
    const found = BAKE_NAMES.filter((n) => existsSync(join(cwd, n)));
    return found.length ? { files: found.map((n) => join(cwd, n)), errors: [] } : { files: [], errors: [`no ${BAKE_NAMES.join(", ")} in ${cwd}`] };
  }
  if (env.COMPOSE_FILE) {
    const sep = env.COMPOSE_PATH_SEPARATOR || delimiter;
    return { files: env.COMPOSE_FILE.split(sep).filter(Boolean).map((f) => resolve(cwd, f)), errors: [] };
  }
  // Compose looks in the current folder, then in each parent, for the first folder with a Compose file.
  for (let dir = cwd; ; dir = dirname(dir)) {
    const found = COMPOSE_NAMES.find((n) => existsSync(join(dir, n)));
    if (found) {
      const override = COMPOSE_OVERRIDE_NAMES.find((n) => existsSync(join(dir, n)));
      return { files: [found, ...(override ? [override] : [])].map((n) => join(dir, n)), errors: [] };
    }
    if (dirname(dir) === dir) return { files: [], errors: [`no ${COMPOSE_NAMES.join(", ")} in ${cwd} or a folder above it`] };
  }
}

export function findBuilds(kind: "compose" | "bake", operands: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; select?: string[] }): BuildsFound {
  const { files, errors } = buildFiles(kind, operands, opts.cwd, opts.env);
  const out: BuildsFound = { jobs: [], notes: [], errors };
  if (!files.length) return out;
  try {
    const read = kind === "compose" ? readComposeProject(files, opts) : readBakeFiles(files, opts);
    out.notes.push(...read.notes);
    if (!read.builds.length) out.notes.push(`${files.map((f) => relative(opts.cwd, f) || f).join(", ")}: no ${kind === "compose" ? "service with a build" : "target"} to lint`);
    for (const d of read.builds) {
      const shown = relative(opts.cwd, d.file) || d.file;
      out.jobs.push({
        definition: d,
        invocation: {
          kind,
          file: shown,
          name: d.name,
          line: d.line,
          args: d.args.map((a) => ({ name: a.name, line: a.line, set: a.value !== null, ...(a.file && a.file !== shown ? { file: a.file } : {}) })),
          target: d.target ? { name: d.target.name, line: d.target.line, ...(d.target.file && d.target.file !== shown ? { file: d.target.file } : {}) } : null,
        },
        buildArgs: d.args.filter((a) => a.value !== null).map((a) => [a.name, a.value!] as [string, string]),
      });
    }
  } catch (err) {
    if (err instanceof BuildFileError) out.errors.push(err.message);
    else throw err;
  }
  return out;
}
