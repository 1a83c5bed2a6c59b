// Sizes of the regular files the command line already stat'ed (LintJob.size), for the lint run in
// progress: the build context (src/layers/context.ts) takes a file's size from here instead of an
// lstat of its own. Linting the corpus, every file of every context is a Dockerfile named on the
// command line (3,886 lstats per run). The command line's stat follows a link, lstat does not, so
// only a context entry listed as a regular file may ask (for it the two agree).

interface SizedFile {
  path: string;
  size?: number;
}

let files: readonly SizedFile[] | null = null;
/** Built from `files` on the first question (a run whose rules never read sizes builds none). */
let byPath: Map<string, number> | null = null;

/** Sizes of `jobs` (absolute paths) answer knownFileSize() until endKnownSizes(). */
export function beginKnownSizes(jobs: readonly SizedFile[]): void {
  files = jobs;
  byPath = null;
}

export function endKnownSizes(): void {
  files = null;
  byPath = null;
}

/** The size the command line saw for the regular file at absolute `path`, or undefined. */
export function knownFileSize(path: string): number | undefined {
  if (files === null) return undefined;
  if (byPath === null) {
    byPath = new Map();
    for (const f of files) if (f.size !== undefined) byPath.set(f.path, f.size);
  }
  return byPath.get(path);
}
