// Which runs may write the CLI bundle's V8 code cache. bin/dflint.js writes it at exit when there
// is none (or V8 rejected it), and it holds every function the writing run compiled. A one-file
// lint that deserializes a cache written by a corpus run (825 KB against 655 KB) started about
// 15 ms slower: 1.45x against 1.31x node's own start, 40 interleaved rounds. So only a lint of
// few files, the run whose start-up matters, writes it; other commands and long runs read it but
// leave writing it to the next such run (until then they compile the bundle, about 15 ms).

let wanted = false;

/** Called by a lint run once it knows whether it is long. */
export function setCodeCacheWanted(value: boolean): void {
  wanted = value;
}

/** Read by bin/dflint.js at exit (through the bundle's exports, src/cli/bin.ts). */
export function codeCacheWanted(): boolean {
  return wanted;
}
