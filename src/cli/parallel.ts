// Splits a large lint run between the main thread and worker threads (one per
// extra core). Each file's work is independent, so results are simply joined
// back in order. Only used from the built bundle, where dist/worker.mjs exists.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { os, workerThreads } from "../runtime/builtins";
import { lintJobs, type JobOutcome, type LintJob, type LintSettings } from "./lint-files";

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_MIN_FILES = 200;

function workerFile(): string | null {
  for (const rel of ["./worker.mjs", "../worker.mjs"]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

export async function lintInParallel(jobs: LintJob[], settings: LintSettings, readStdin: () => string): Promise<(JobOutcome | null)[]> {
  // Small runs and stdin never use workers: decide that before loading os and worker_threads.
  if (jobs.length < PARALLEL_MIN_FILES || jobs.some((j) => j.path === "-")) return lintJobs(jobs, settings, readStdin);
  const { availableParallelism, cpus } = os();
  const cores = typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
  const file = workerFile();
  // DFLINT_JOBS sets the number of threads (1 = no workers). By default: one worker on 2-3 cores,
  // up to 4 threads from 4 cores. On this 2-core machine with the machine otherwise idle, the
  // corpus (4,244 files) took 3.6-4.2 s with a worker against 4.4-4.8 s without (6 paired
  // rounds); a worker costs about 10 % more CPU in all, so on a machine busy with other work it
  // can be slower, and DFLINT_JOBS=1 is the setting for that.
  const cap = Number(process.env.DFLINT_JOBS);
  const parts = Number.isInteger(cap) && cap > 0 ? Math.min(cap, 16) : cores >= 4 ? Math.min(cores - 1, 4) : cores >= 2 ? 2 : 1;
  if (!file || parts < 2) {
    return lintJobs(jobs, settings, readStdin);
  }
  const size = Math.ceil(jobs.length / parts);
  const chunks = Array.from({ length: parts }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const { Worker } = workerThreads();
  const workers = chunks.slice(1).map(
    (chunk) =>
      new Promise<(JobOutcome | null)[]>((resolve, reject) => {
        const w = new Worker(file, { workerData: { jobs: chunk, settings } });
        w.once("message", resolve);
        w.once("error", reject);
        w.once("exit", (code) => code !== 0 && reject(new Error(`lint worker exited with code ${code}`)));
      }),
  );
  const first = await lintJobs(chunks[0]!, settings, readStdin);
  const rest = await Promise.all(workers);
  return [first, ...rest].flat();
}
