// Which runs may write the CLI bundle's V8 code cache. bin/dflint.js writes it at exit when there
// is none (or V8 rejected it), and it holds every function the writing run compiled. A one-file
// lint that deserializes a cache written by a corpus run (825 KB against 655 KB) started about
// 15 ms slower: 1.45x against 1.31x node's own start, 40 interleaved rounds. So only a lint of
// few files, the run whose start-up matters, writes it; other commands leave writing it to the
// next such run. A long lint (of many files named on the command line) writes a cache of its
// own when it found none, which only long lints read, before the one-file cache (bin/dflint.js
// compileCached).

let length: "short" | "long" | null = null;

/** Called by a lint run once it knows whether it is long. */
export function setCodeCacheWanted(short: boolean): void {
  length = short ? "short" : "long";
}

/** Read by bin/dflint.js at exit (through the bundle's exports, src/cli/bin.ts): the one-file cache. */
export function codeCacheWanted(): boolean {
  return length === "short";
}

/** Read by bin/dflint.js at exit: the long lints' cache (written only when neither cache was there). */
export function longRunCacheWanted(): boolean {
  return length === "long";
}
