// Absolute paths without resolving each whole path again: the build-context rules ask for the
// linted Dockerfile's absolute path and the ignore-file candidates of every file, and
// path.resolve (normalizeString, a JS loop over every character) was ~0.4 % of a corpus run's
// instructions (callgrind), nearly all of it for these questions.
import { isAbsolute, resolve, sep } from "node:path";

/** The working directory the folders below were resolved against. */
let resolvedIn = "";
/** Relative folders, resolved (the CLI gives each file as `folder/name` relative to the cwd). */
const resolvedDirs = new Map<string, string>();

/**
 * `path` as the rules took it: an absolute one as it is, a relative one resolved against the
 * working directory. Its folder is resolved once (per working directory) and the name appended.
 */
export function absolutePath(path: string): string {
  if (isAbsolute(path)) return path;
  if (sep !== "/") return resolve(path);
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  // `.`, `..` or an empty name change the folder: resolved whole.
  if (name === "" || name === "." || name === "..") return resolve(path);
  const cwd = process.cwd();
  if (cwd !== resolvedIn) {
    resolvedDirs.clear();
    resolvedIn = cwd;
  }
  const dir = slash === -1 ? "." : path.slice(0, slash);
  let abs = resolvedDirs.get(dir);
  if (abs === undefined) resolvedDirs.set(dir, (abs = resolve(dir)));
  return abs === "/" ? "/" + name : abs + "/" + name;
}

/**
 * `path.resolve(path)`, answered without normalizing when `path` is already a plain absolute
 * POSIX path (no `.` or `..` segment, doubled or trailing slash), which resolves to itself.
 */
export function resolvedPath(path: string): string {
  if (sep === "/" && path.startsWith("/") && path.length > 1 && !path.endsWith("/") && !path.includes("/.") && !path.includes("//")) return path;
  return resolve(path);
}

/**
 * `path.resolve(dir, path)` for an absolute `dir`, answered without normalizing when both are
 * plain (see resolvedPath; `path` relative, not starting with `.`): the CLI resolves each operand
 * against the working directory before either thread lints a file, and path.resolve (a JS loop
 * over every character, still unoptimized there) was about half of that step (--cpu-prof).
 */
export function resolvedFrom(dir: string, path: string): string {
  if (sep === "/" && path !== "" && path[0] !== "/" && path[0] !== "." && !path.endsWith("/") && !path.includes("/.") && !path.includes("//") && isPlainAbsolute(dir)) {
    return dir === "/" ? "/" + path : dir + "/" + path;
  }
  return resolve(dir, path);
}

/** The last folder isPlainAbsolute found plain (the working directory, asked once per operand). */
let plainDir = "";

function isPlainAbsolute(dir: string): boolean {
  if (dir === plainDir) return true;
  if (resolvedPath(dir) !== dir) return false;
  plainDir = dir;
  return true;
}

/** Forgets the resolved folders (a long-running server may change directory). */
export function forgetResolvedPaths(): void {
  resolvedDirs.clear();
  resolvedIn = "";
}
