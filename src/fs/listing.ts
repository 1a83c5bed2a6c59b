// Which names a folder holds, listed again only when the folder changed (one stat): rules ask whether a Dockerfile or
// a .dockerignore beside it exists for every file they lint, and on slow file systems (and
// sandboxes) a system call per question costs more than the lint. Long-running callers (the
// language server) call forgetListings() so they see files created since.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";

interface Listing {
  names: ReadonlySet<string>;
  /** Lower-cased names: a name that matches only without case is asked of the file system
   * (case-insensitive file systems find `dockerfile` as `Dockerfile`). */
  lower: ReadonlySet<string>;
  /** The folder's modification time when listed: a file added or removed since changes it. */
  mtime: number;
}

const listings = new Map<string, Listing | null>();

function listingOf(dir: string, checked?: Map<string, Listing | null>): Listing | null {
  if (checked?.has(dir)) return checked.get(dir)!;
  // One stat per question (not one per candidate name), and a stale listing is never used.
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return null;
  let l = listings.get(dir);
  if (!l || l.mtime !== st.mtimeMs) {
    try {
      const names = readdirSync(dir);
      l = { names: new Set(names), lower: new Set(names.map((n) => n.toLowerCase())), mtime: st.mtimeMs };
    } catch {
      l = null;
    }
    listings.set(dir, l);
  }
  checked?.set(dir, l);
  return l;
}

/** Whether the absolute path `file` exists, answered from its folder's listing. */
export function entryExists(file: string, checked?: Map<string, Listing | null>): boolean {
  const l = listingOf(dirname(file), checked);
  if (!l) return existsSync(file);
  const name = basename(file);
  if (l.names.has(name)) return true;
  return l.lower.has(name.toLowerCase()) ? existsSync(file) : false;
}

/**
 * An entryExists for the lint of one file: each folder is checked for changes (stat) once, not
 * once per question (the rules of one file ask about the same folder four to six times).
 */
export function entryExistsForOneLint(): (file: string) => boolean {
  const checked = new Map<string, Listing | null>();
  return (file) => entryExists(file, checked);
}

export function forgetListings(): void {
  listings.clear();
}
