// Worker thread side of a parallel lint run (src/cli/parallel.ts). A worker runs bin/dflint.js,
// like the CLI, so it compiles the same bundle with the same V8 code cache (an ES module worker
// compiled its own bundle from source, ~0.1 s); the bundle's entry sees WORKER_ARG and comes here.
// The worker waits for its task, lints the ranges it takes from the shared queue and posts each
// range's outcomes as it is done: serialized while the other threads still lint, not all at the end.
import { workerThreads } from "../runtime/builtins";
import type { MessagePort } from "node:worker_threads";
import { lintRanges, type LintSettings, type RangeOutcomes } from "./lint-files";
import { claimRange, type SharedQueue } from "./parallel";
import { unpackJobs, type PackedJobs } from "./packed-jobs";
import { plainProblem } from "../engine/problem";

/** The worker's process.argv[2]: no command line can hold a NUL character, so no user can pass it. */
export const WORKER_ARG = "\0dflint-worker";

export interface WorkerTask {
  jobs: PackedJobs;
  settings: LintSettings;
  /** The jobs not yet taken, shared with the other threads. */
  queue: SharedQueue;
  /** Where each range's outcomes go as soon as it is linted (the main thread takes them between its own ranges). */
  results: MessagePort;
}

/** The worker's last message, on its parent port once every range it linted is on `results`. */
export interface WorkerDone {
  ranges: number;
}

export function runWorker(): void {
  const port = workerThreads().parentPort!;
  port.once("message", (task: WorkerTask) => {
    let ranges = 0;
    const send = (range: RangeOutcomes) => {
      // A problem's message and span are getters, which a structured clone leaves out (src/engine/problem.ts).
      for (const outcome of range.outcomes) if (outcome?.result?.problems.length) outcome.result.problems = outcome.result.problems.map(plainProblem);
      task.results.postMessage(range);
      ranges++;
    };
    void lintRanges(unpackJobs(task.jobs), task.settings, () => "", () => claimRange(task.queue, true), send).then(() => port.postMessage({ ranges } satisfies WorkerDone));
  });
}
