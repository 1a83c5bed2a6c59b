// Finding the config file that applies to a folder: cheap (a few stats per
// folder, cached), kept apart from load.ts so the CLI can skip loading the
// YAML parser and ajv when no config file exists.
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { resolvedPath } from "../fs/paths";

export const DFLINT_CONFIG_NAMES = [".dflint.json", ".dflint.yaml", ".dflint.yml"] as const;
export const HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"] as const;

let nearestCache = new Map<string, { dflint: string | null; hadolint: string | null }>();

export function clearNearestCache(): void {
  nearestCache = new Map();
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

export function nearest(dir: string): { dflint: string | null; hadolint: string | null } {
  const cached = nearestCache.get(dir);
  if (cached) return cached;
  const own = (names: readonly string[]) => {
    for (const name of names) {
      const p = join(dir, name);
      if (isFile(p)) return p;
    }
    return null;
  };
  const dflint = own(DFLINT_CONFIG_NAMES);
  const hadolint = own(HADOLINT_CONFIG_NAMES);
  let result: { dflint: string | null; hadolint: string | null };
  if (dflint && hadolint) {
    result = { dflint, hadolint };
  } else {
    const parent = dirname(dir);
    const up = parent === dir ? { dflint: null, hadolint: null } : nearest(parent);
    result = { dflint: dflint ?? up.dflint, hadolint: hadolint ?? up.hadolint };
  }
  nearestCache.set(dir, result);
  return result;
}

/** True when a dflint or hadolint config applies to files in `dir`. */
export function hasConfigFile(dir: string): boolean {
  // resolvedPath: a plain absolute folder (each linted file's) is not normalized again per file.
  const found = nearest(resolvedPath(dir));
  return found.dflint !== null || found.hadolint !== null;
}
