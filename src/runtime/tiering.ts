// V8 tiering flags for a long lint run. By default V8's optimizing compiler recompiles the same
// rule functions many times while a run of many files is still warming up; a larger interrupt
// budget and less inlining cut a corpus run's CPU time by about a third (.ci/bench.mjs measures
// it). A bin cannot pass node flags through npm's shims, so they are set at run time.
//
// Only runs with much to lint set them: node:v8 loads Node's stream modules (about 3 ms), which
// a one-file run otherwise never needs. They are restored when the run is done: the process
// ends under the flags it started with (V8's cachedDataVersionTag, which covers them, is the same
// again), whatever writes a code cache at exit.

import { v8 } from "./builtins";

/**
 * Flag, the value for a long run, and V8's default: measured on Node 20's V8 11.3, and only set
 * there. Node 22's V8 12.4 has no --interrupt-budget (it counts invocations instead) and prints
 * "Error: unrecognized flag" for it on stderr; its tiering was not measured enough to tune.
 */
export const TUNED: readonly [flag: string, long: number | boolean, byDefault: number | boolean][] = process.versions.v8.startsWith("11.")
  ? [
      ["interrupt-budget", 196608, 67584],
      ["max-inlined-bytecode-size-cumulative", 100, 920],
      // TurboFan's loop peeling and escape analysis cost more compile time than they save in
      // a run of a few thousand files (see below).
      ["turbo-loop-peeling", false, true],
      ["turbo-escape", false, true],
    ]
  : [];

// Measured on the corpus at one thread and not set, as they did not pay (median CPU time of 5-8
// paired rounds against the same bundle without the flag; the machine's load moved runs by 5-10 %): --always-sparkplug
// 0.99x, --no-lazy-feedback-allocation 1.03x, --maglev 0.99-1.03x, --concurrent-sparkplug 1.00x,
// --no-concurrent-osr 1.00x, --no-use-osr 0.96-0.99x (it only spares the OSR of path.normalize's
// loop; 1.3 % of CPU as a run-time flag, 8 rounds), --single-threaded-gc 1.00x,
// --no-parallel-scavenge 1.05x, --ticks-before-optimization=2 1.02x, interrupt budget 131072
// 1.04-1.16x, 524288 0.76-1.01x in four sets and 1048576 0.95x (too scattered to leave 262144).
// The corpus run's code cache already covers what it runs: a cache written after a corpus run
// instead of a one-file run made it 1.00x.
// Interrupt budget again, by instruction count (callgrind, node --single-threaded, so TurboFan's
// compile work counts too): on the whole corpus 131072 +6.3 %, 393216 -2.2 %, 524288 -3.6 % and
// -2.7 % (two builds), 786432 +0.8 %, 1048576 +1.9 %, 2097152 +14.6 % against 262144; but on half
// the corpus, what each thread lints by default on two cores, 524288 was +3.0 % and +2.3 % (seeded),
// and on a 425-file subset -0.8 %. Not a gain for the default run, so 262144 stays. Inlining
// budget 100 instead of 200: +0.4 %.
// TurboFan's own passes, same measure (seeded, V8's flags on the command line, against the two
// flags above alone): whole corpus --no-turbo-loop-peeling -2.7 %, --no-turbo-escape -2.1 %, both
// -2.8 %; half the corpus, loop peeling alone -1.6 %, both -4.4 %, and the CLI setting both at run
// time -4.9 % (8.68G -> 8.25G instructions). Compiling is about a quarter of a corpus run's
// instructions, and these passes save less in the code than they cost to run. Worse, so not set:
// --no-polymorphic-inlining +1.6 %, --no-turbo-inline-array-builtins +0.8 %, and on top of the
// two set, --turbo-force-mid-tier-regalloc +1.4 %, --no-turbo-loop-rotation +1.0 %,
// --no-turbo-store-elimination +0.5 %, --no-turbo-load-elimination +1.7 %, --no-turbo-splitting
// +1.7 %, --no-turbo-inlining +2.1 %. --no-turbo-loop-variable and --no-turbo-move-optimization
// looked like -2.3 % in that set, but paired against the CLI with the two set they were +0.1 %
// and -0.3 % on half the corpus and +0.2 % (loop variable) on all of it: noise, not set.
// Interrupt budget again after the model and rule work of December 2026 (the code to warm up
// shrank by about a tenth), seeded callgrind without GC work (which moved by up to 250M between
// runs of one build): on half the corpus 196608 -3.1 %, 163840 -3.0 %, 393216 +2.7 % against
// 262144; on the whole corpus 196608 -0.03 % (+2.3 % with GC, whose share went 285M -> 534M in
// that one run). So 196608: what each thread of a default run lints got cheaper, and a one-thread
// run of everything is unchanged but for GC noise. Then the inlining budget on top of 196608, same
// measure: 100 instead of 200 -1.85 % on half and -1.7 % on the whole corpus (TurboFan's own work
// -150M and -195M), 50 -2.1 % on half, 400 +2.2 % on half. So 100 (it was +0.4 % at 262144 on the
// older code).
// Interrupt budget once more after the warm-up samples of src/cli/warm-up.ts removed nearly every
// deopt (December 2026, seeded callgrind, half the corpus, against 196608's 6,018,036,104 and, in a
// second run, 5,972,393,254): 131072 5,980,960,332 (TurboFan +266M, the rest -280M), 98304 +0.4 %,
// V8's 67584 +4.1 %; on the whole corpus 131072 was +0.9 % (8,995,066,894 against 8,915,866,832).
// So 196608 stays.
// Once more with a deterministic measure (December 2026: callgrind, node --single-threaded
// --predictable --no-flush-bytecode, DFLINT_CODE_CACHE=0, half the corpus at one thread, where two
// runs of one build agree to 0.01 %): 5,918,981,071 instructions, of which TurboFan 1,359,609,791
// (23 %) and GC 121,652,333; most of the rest is code that never tiers up (V8's LoadIC builtin,
// the interpreter's and baseline code's property loads, is 7.6 % alone). Not set, as none paid:
// --maglev 5,919,168,736 (no change: V8 11.3 does not tier up through it), --always-sparkplug
// +0.5 %, --no-lazy-feedback-allocation +7.4 %, --max-inlined-bytecode-size=100 +0.6 % and =30
// +0.3 % (less TurboFan work, more of it in slower code). --log-ic over 600 files found no
// megamorphic load in per-file code, only in the per-run rule plan and a problem's report.

/** From this many files, or this many bytes, a run is long. */
const LONG_RUN_FILES = 16;
const LONG_RUN_BYTES = 512 * 1024;

/** Whether a run over files of these sizes (unknown: `undefined`) is long enough to tune. */
export function isLongRun(sizes: readonly (number | undefined)[]): boolean {
  if (sizes.length >= LONG_RUN_FILES) return true;
  let bytes = 0;
  for (const size of sizes) bytes += size ?? 0;
  return bytes >= LONG_RUN_BYTES;
}

/** Sets the long-run flags (none on a V8 they were not measured on); returns what restores V8's defaults. */
export function tuneForLongRun(): () => void {
  if (TUNED.length === 0) return () => {};
  const { setFlagsFromString } = v8();
  for (const [flag, long] of TUNED) setFlagsFromString(flagString(flag, long));
  return () => {
    for (const [flag, , byDefault] of TUNED) setFlagsFromString(flagString(flag, byDefault));
  };
}

/** `--flag=value` for a number, `--flag` or `--no-flag` for a switch. */
export function flagString(flag: string, value: number | boolean): string {
  return typeof value === "boolean" ? `--${value ? "" : "no-"}${flag}` : `--${flag}=${value}`;
}
