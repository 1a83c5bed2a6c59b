// GC settings while one big file is linted. Its model, built first, stays live until its rules have
// run, so a full GC (mark-compact) during its build or lint finds almost nothing to free: on the
// 10 MB hostile file the second of two full GCs marked 111 MB to free 7.5 MB (--trace-gc). V8 sets
// the old generation's next limit after each full GC from its live size times a growing factor
// (at most 4 by default); the first full GC comes as the file is read (about 29 MB live), so
// V8's limit was reached again before the build ended. With a factor of 10 for that GC the
// limit (about 290 MB) is above what the file's lint ever holds (about 205 MB) and no second full
// GC runs.
//
// The factor is a runtime flag, read when a full GC ends; it is set before the file is read and
// V8's own (dynamic) factor is back once the file is linted: later full GCs of the run are sized
// as usual. The limit set while the big file was linted stays until the next full GC, so the
// files linted after it may leave up to that much garbage before one runs.
//
// Allocation-site pretenuring is off meanwhile. Every scavenge looks for an allocation memento
// behind each object it copies, to count how many objects of each literal survive; a literal whose
// objects mostly survive is then allocated in the old generation, but V8 only decides that in a
// scavenge of a young generation at its maximum size, which the cap of src/runtime/young-generation.ts
// never lets it reach (and without the cap none was tenured either: --trace-pretenuring). So the
// counting was all cost: 219M instructions of the 10 MB file's run in
// PretenuringHandler::UpdateAllocationSite alone (callgrind).
//
// And the young generation's cap is lowered from 8 to 4 MB, for the rest of the run (src/runtime/young-generation.ts).
//
// Once the file is linted its model is garbage, but no full GC would come for a while (the limit
// set above): the report, made next, took new pages beside it (the 100k-RUN file's peak grew about
// 4 MiB while its JSON report was written). So the restore ends with a full GC, which frees the
// model's pages for the report.
import { v8, vm } from "./builtins";
import { lowerCapForBigFile } from "./young-generation";

/** From this many bytes a file is big: its model (about 16 bytes of heap per byte of text) is more
 * than the first full GC's limit. The corpus's largest file is far below it. */
export const BIG_FILE_BYTES = 1024 * 1024;

/** Growing factor 10 for the full GCs that end while a big file is linted (V8's flag is in percent above 1). */
const GROWING_PERCENT = 900;

/** Sets the big file's GC settings; returns what restores V8's defaults. */
export function tuneGcForBigFile(): () => void {
  const { setFlagsFromString } = v8();
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
  setFlagsFromString("--no-allocation-site-pretenuring");
  lowerCapForBigFile();
  return () => {
    // 0 is V8's default: a factor V8 finds from its GC speed and the mutator's.
    setFlagsFromString("--heap-growing-percent=0");
    setFlagsFromString("--allocation-site-pretenuring");
    fullGc();
  };
}

/** V8's gc() (a full, synchronous GC), got once: the flag that exposes it holds for contexts made
 * while it is set, so it is read from a new one, and then unset (the flags in force are part of
 * what a code cache is checked against: cachedDataVersionTag). */
let gc: (() => void) | null = null;

function fullGc(): void {
  if (gc === null) {
    const { setFlagsFromString } = v8();
    setFlagsFromString("--expose-gc");
    try {
      gc = vm().runInNewContext("gc") as () => void;
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  }
  gc();
}
