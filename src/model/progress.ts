// The progress of a model build, for a caller that acts while a large file is built
// (BuildOptions.onProgress: the CLI stops V8's young generation growing from there, see
// src/runtime/young-generation.ts). Work is counted in instructions read and RUN commands parsed,
// and the hook is called once per PROGRESS_STEP of them. Counted here, for the build under way, not
// handed down the calls: a RUN's commands are made several calls deep (run.ts, again for each
// substitution), and a file of two instructions whose one RUN held 80,000 commands never reached a
// call between instructions (its young generation grew to 32 MB).
// (A module of its own: the model depends on no CLI or runtime code, only on a function it is given.)

const PROGRESS_STEP = 1024;

let hook: (() => void) | undefined = undefined;
/** Units of work left before the hook is called. */
let left = PROGRESS_STEP;

/** Runs `build` with `onProgress` called every PROGRESS_STEP units of work it reports (progressed). */
export function reportingProgress<T>(onProgress: (() => void) | undefined, build: () => T): T {
  if (onProgress === undefined) return build();
  const outer = hook;
  hook = onProgress;
  left = PROGRESS_STEP;
  try {
    return build();
  } finally {
    hook = outer;
  }
}

/** `units` of work done: instructions read, RUN commands made (at most a batch of commands at a
 * time, fewer than PROGRESS_STEP). */
export function progressed(units: number): void {
  if ((left -= units) <= 0) {
    left += PROGRESS_STEP;
    hook?.();
  }
}
