// Peak memory of a long lint run. V8 doubles its young generation (where new objects live until
// a scavenge) while much of what it holds survives, up to 16 MB per semi-space; a corpus run's
// results and its lazily built tables survive, so it reaches the maximum. Measured over the
// 4,244 corpus files: peak RSS 129 MiB with the default, 114-117 MiB with 4-8 MB semi-spaces
// (`--max-semi-space-size`, which a bin cannot pass), and 1 MB (no growth at all) costs 15 %
// more CPU in scavenges. So the growth stops once the young generation holds 8 MB: the
// growth factor is a runtime flag. It is restored when the run is done, so that the process ends
// under the flags it started with (as src/runtime/tiering.ts does for its flags).
// One large file grows it to the maximum too, while its model is built: `check` is also called
// from there (BuildOptions.onProgress, every 1,024 instructions or RUN commands: a file of two
// instructions whose RUN held 40,000 pipes grew it to 32 MB). The 10 MB hostile file: peak RSS
// 310 -> 287 MB, and the same instruction count (callgrind, --max-semi-space-size=4 against the
// default: 22.074 G and 22.077 G).
// From a big file on, the cap is 4 MB (lowerCapForBigFile).
import { v8 } from "./builtins";

/** new_space's size (both semi-spaces) at which growth stops. */
const CAP_BYTES = 8 * 1024 * 1024;
/** The cap from a big file on (lowerCapForBigFile). */
const BIG_FILE_CAP_BYTES = 4 * 1024 * 1024;
let capBytes = CAP_BYTES;

/**
 * Lowers the cap to 4 MB for the rest of the run. A big file's model stays in the old generation
 * until a full GC after the run's report (src/runtime/big-file-gc.ts), and the young generation's
 * pages are resident beside it: grown to 8 MB while the file was built, and again while its report
 * was written (main.ts's cap then found it under 8 MB). The 10 MB file: peak RSS 4.4 MB lower, for
 * 0.6 % more instructions (more scavenges: callgrind, as --max-semi-space-size=2 against the
 * default); a 2 MB young generation (no growth at all) saved 1 MB more for 2.4 % more. For the
 * rest of the run, as its report comes after every file is linted; the small files linted after
 * a big one pay for the smaller young generation in scavenges.
 */
export function lowerCapForBigFile(): void {
  capBytes = BIG_FILE_CAP_BYTES;
}

/** The cap a check applies now (tests). */
export function youngGenerationCapBytes(): number {
  return capBytes;
}

export interface YoungGenerationCap {
  /** Call between files: stops growth once the cap is reached. */
  check(): void;
  /** Call when the run is done: growth as V8's default again. */
  release(): void;
}

/** Some cap of this thread has stopped growth (youngGenerationCapped). */
let everCapped = false;

/** Whether a cap of this thread's young generation has stopped its growth: then it stays at the
 * cap's size, and a later phase's cap (`check`) holds it there at once. */
export function youngGenerationCapped(): boolean {
  return everCapped;
}

export function capYoungGeneration(): YoungGenerationCap {
  let capped = false;
  return {
    check() {
      if (capped) return;
      const young = v8().getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      if (young && young.space_size >= capBytes) {
        v8().setFlagsFromString("--semi-space-growth-factor=1");
        capped = true;
        everCapped = true;
      }
    },
    release() {
      if (capped) v8().setFlagsFromString("--semi-space-growth-factor=2");
      capped = false;
    },
  };
}
