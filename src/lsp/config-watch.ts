// Noticing config edits without help from the editor: a fingerprint of every config file that
// could apply to a folder (the same names discovery looks for, in the folder and each parent),
// compared before each lint and on a slow poll. Editors that watch files for us (VS Code, Helix)
// also send didChangeWatchedFiles; Neovim on Linux does not, so this is the mechanism that always works.
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DFLINT_CONFIG_NAMES, HADOLINT_CONFIG_NAMES } from "../config/find";

const CONFIG_NAMES: readonly string[] = [...DFLINT_CONFIG_NAMES, ...HADOLINT_CONFIG_NAMES];

/** True for a path whose file name is one discovery looks for. */
export function isConfigFileName(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return CONFIG_NAMES.includes(base);
}

function stamp(path: string): string | null {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s?.isFile() ? `${path}\0${s.mtimeMs}\0${s.size}` : null;
  } catch {
    return null;
  }
}

/** Changes when a config file that could apply to `dir` (or the fixed `configPath`) appears, changes or goes. */
export function configFingerprint(dir: string, configPath?: string): string {
  if (configPath) return stamp(configPath) ?? "";
  const parts: string[] = [];
  for (let d = resolve(dir); ; ) {
    for (const name of CONFIG_NAMES) {
      const s = stamp(join(d, name));
      if (s) parts.push(s);
    }
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return parts.join("\n");
}

/** Remembers the fingerprint per folder; `changed` says whether any folder's differs from last time. */
export class ConfigWatch {
  private readonly seen = new Map<string, string>();

  constructor(private readonly configPath?: string) {}

  /** Records the folders' current fingerprints; true when one differs from the one recorded before. */
  changed(dirs: Iterable<string>): boolean {
    let any = false;
    for (const dir of new Set(dirs)) {
      const fp = configFingerprint(dir, this.configPath);
      const before = this.seen.get(dir);
      if (before !== undefined && before !== fp) any = true;
      this.seen.set(dir, fp);
    }
    return any;
  }
}
