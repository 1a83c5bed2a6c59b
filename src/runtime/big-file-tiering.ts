// V8's own tiering while one big file is linted. The long-run flags of src/runtime/tiering.ts (an
// interrupt budget three times V8's, a ninth of its inlining budget, no loop peeling or escape
// analysis) were measured on runs of thousands of small files, where much of the code never gets
// hot and compiling less pays. A big file's model build and rule loops run each piece of code
// hundreds of thousands of times: there V8's defaults, which optimize sooner and inline more, pay.
// Seeded callgrind of the 10 MB hostile file, V8's defaults set as the file is read: JS and runtime
// work 11,054M -> 9,100M instructions, TurboFan's compiling 1,346M -> 2,312M, in all -4.9 %; in a
// normal run TurboFan compiles on another thread, so the main thread gains more than that.
import { v8 } from "./builtins";
import { flagString, TUNED } from "./tiering";

/** Sets V8's default tiering; returns what puts back the flags that were set before (the long-run ones, if any). */
export function defaultTieringForBigFile(): () => void {
  if (TUNED.length === 0) return () => {};
  const { setFlagsFromString, cachedDataVersionTag } = v8();
  // The flags are the process's, and a worker thread does not know whether the main thread set the
  // long-run ones: V8's tag of its flags tells (the same tag: they were V8's defaults already).
  const before = cachedDataVersionTag();
  for (const [flag, , byDefault] of TUNED) setFlagsFromString(flagString(flag, byDefault));
  if (cachedDataVersionTag() === before) return () => {};
  return () => {
    for (const [flag, long] of TUNED) setFlagsFromString(flagString(flag, long));
  };
}
