// Which names a folder holds, listed again only when the folder changed (one stat): rules ask whether a Dockerfile or
// a .dockerignore beside it exists for every file they lint, and on slow file systems (and
// sandboxes) a system call per question costs more than the lint. Long-running callers (the
// language server) call forgetListings() so they see files created since.
//
// A batch (one CLI run over many files, beginListingBatch/endListingBatch) takes each folder's
// listing as current for its whole length: no stat per linted file. The corpus (4,244 files in
// 67 folders) made about 5,900 stats of the same folders (~26 us each here) for this check.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, sep } from "node:path";

interface Listing {
  names: ReadonlySet<string>;
  /** Lower-cased names: a name that matches only without case is asked of the file system
   * (case-insensitive file systems find `dockerfile` as `Dockerfile`). */
  lower: ReadonlySet<string>;
  /** The folder's modification time when listed: a file added or removed since changes it (-1 in a batch). */
  mtime: number;
  /** Whether no name ends in `.dockerignore` (in any case), found on the first question (holdsNoIgnoreFile). */
  noIgnoreFiles: boolean | undefined;
}

const listings = new Map<string, Listing | null>();
/** Open batches; while one is open, a listing made during it is not checked for changes. */
let batches = 0;

function list(dir: string, mtime: number): Listing | null {
  try {
    const names = readdirSync(dir);
    return { names: new Set(names), lower: new Set(names.map((n) => n.toLowerCase())), mtime, noIgnoreFiles: undefined };
  } catch {
    return null;
  }
}

function listingOf(dir: string, checked?: Map<string, Listing | null>): Listing | null {
  if (batches > 0) {
    // Listings are emptied when a batch begins, so each one here was made during the batch.
    let l = listings.get(dir);
    if (l === undefined) listings.set(dir, (l = list(dir, -1))); // readdir fails on anything but a folder
    return l;
  }
  if (checked?.has(dir)) return checked.get(dir)!;
  // One stat per question (not one per candidate name), and a stale listing is never used.
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return null;
  let l = listings.get(dir);
  if (!l || l.mtime !== st.mtimeMs) listings.set(dir, (l = list(dir, st.mtimeMs)));
  checked?.set(dir, l);
  return l;
}

/**
 * Where to cut the path `file` into its folder and name: the index of its last `/` when the two
 * sides are what path.dirname and path.basename give (a POSIX path, no trailing or doubled slash
 * there, not the root's), else -1 (then ask those two).
 */
export function plainLastSlash(file: string): number {
  const slash = sep === "/" ? file.lastIndexOf("/") : -1;
  return slash > 0 && slash < file.length - 1 && file.charCodeAt(slash - 1) !== 47 ? slash : -1;
}

/** The folder of the path `file`, as path.dirname gives it (cut at plainLastSlash when it can be). */
export function folderOf(file: string): string {
  const slash = plainLastSlash(file);
  return slash >= 0 ? file.slice(0, slash) : dirname(file);
}

/** Whether the absolute path `file` exists, answered from its folder's listing. */
export function entryExists(file: string, checked?: Map<string, Listing | null>): boolean {
  // Folder and name split at the last `/` when that is what dirname and basename give: one search,
  // not their two walks over the whole path (path.dirname and path.basename, asked four to six
  // times per linted file, were about 70M instructions of a half-corpus lint).
  const slash = plainLastSlash(file);
  const plain = slash >= 0;
  const l = listingOf(plain ? file.slice(0, slash) : dirname(file), checked);
  if (!l) return existsSync(file);
  const name = plain ? file.slice(slash + 1) : basename(file);
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

/**
 * Whether the absolute folder `dir` is listed and none of its names ends in `.dockerignore`, in any
 * case: then entryExists answers no for every ignore file in it (`.dockerignore`,
 * `<Dockerfile>.dockerignore`), and a rule looking for one need not ask for each. Found once per
 * listing (the corpus's folders hold none). False when the folder cannot be listed.
 */
export function holdsNoIgnoreFile(dir: string, checked?: Map<string, Listing | null>): boolean {
  const l = listingOf(dir, checked);
  if (!l) return false;
  if (l.noIgnoreFiles === undefined) {
    let none = true;
    for (const n of l.lower) if (n.endsWith(".dockerignore")) none = false;
    l.noIgnoreFiles = none;
  }
  return l.noIgnoreFiles;
}

/** holdsNoIgnoreFile for the lint of one file: each folder checked for changes once (entryExistsForOneLint). */
export function holdsNoIgnoreFileForOneLint(): (dir: string) => boolean {
  const checked = new Map<string, Listing | null>();
  return (dir) => holdsNoIgnoreFile(dir, checked);
}

/** Starts a batch: until endListingBatch(), folders are listed once and not checked for changes. */
export function beginListingBatch(): void {
  if (batches++ === 0) listings.clear();
}

export function endListingBatch(): void {
  if (batches > 0 && --batches === 0) listings.clear();
}

export function forgetListings(): void {
  listings.clear();
}
