// Splits a large lint run between the main thread and worker threads (one per extra core). Each
// file's work is independent, so results are simply joined back in order. Only used from the
// built bundle: a worker thread runs bin/dflint.js, which compiles the CLI bundle with its V8 code
// cache and runs src/cli/worker.ts.
//
// The files are handed out in ranges from one shared queue (lintRanges in ./lint-files.ts): the
// main thread takes ranges from the front, workers from the back. A thread that started later or
// met slower files takes fewer, so no thread waits long for another; each thread's ranges still
// lie together, as the files of one folder do (folder listings and build contexts are cached per
// thread).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { os, workerThreads } from "../runtime/builtins";
import { lintJobs, lintRanges, type JobOutcome, type LintJob, type LintSettings, type RangeOutcomes } from "./lint-files";
import { packJobs } from "./packed-jobs";
import { WORKER_ARG, type WorkerDone, type WorkerTask } from "./worker";

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_MIN_FILES = 200;

/** Files per range of the shared queue at most: small enough to even out, large enough to keep a folder's files together. */
const RANGE_FILES = 32;
/** The queue packs both ends in one 32-bit word (15 and 16 bits): at most this many units of files. */
const MAX_UNITS = 0x7fff;

/** The jobs [start, end). */
export interface JobRange {
  start: number;
  end: number;
}

/** The jobs not yet taken, shared by the threads: units [front, back) packed in `word`, `unit` files each. */
export interface SharedQueue {
  word: Int32Array;
  unit: number;
  files: number;
}

/** Worker threads started, each waiting for its task. */
export interface LintWorkers {
  started: { worker: Worker; done: Promise<WorkerDone> }[];
}

function workerFile(): string | null {
  const p = fileURLToPath(new URL("../bin/dflint.js", import.meta.url));
  return existsSync(p) ? p : null;
}

/** Threads for a parallel run (DFLINT_JOBS, else from the cores), main thread included. */
function threadCount(): number {
  // DFLINT_JOBS sets the number of threads (1 = no workers). By default: one worker on 2-3 cores,
  // up to 4 threads from 4 cores. On this 2-core machine with the machine otherwise idle, the
  // corpus (4,244 files) took 3.6-4.2 s with a worker against 4.4-4.8 s without (6 paired
  // rounds); a worker costs about 10 % more CPU in all, so on a machine busy with other work it
  // can be slower, and DFLINT_JOBS=1 is the setting for that.
  //
  // A machine already running a job per core and more (1-minute load average at least cores + 1)
  // gets no worker: each thread warms up V8's compiler on its own, about 1 CPU-second more in all,
  // and the cores are taken. Paired rounds on this 2-core machine at load 3-4.5 (three sessions):
  // one thread 4.4-4.9 s against 5.0-5.1 s with a worker; at load 2, 3.6 s against 3.3 s.
  const cap = Number(process.env.DFLINT_JOBS);
  if (Number.isInteger(cap) && cap > 0) return Math.min(cap, 16);
  const { availableParallelism, cpus, loadavg } = os();
  const cores = typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
  if (loadavg()[0]! >= cores + 1) return 1;
  return cores >= 4 ? Math.min(cores - 1, 4) : cores >= 2 ? 2 : 1;
}

/**
 * A worker bin/dflint.js started before it compiled the bundle (a command line of many operands):
 * with what happened to it before anyone listened.
 */
interface EarlyWorker {
  worker: Worker;
  error?: Error;
  exitCode?: number;
}

/** Where bin/dflint.js leaves its early worker (see startEarlyWorker there). */
const EARLY_WORKER = Symbol.for("dflint.earlyWorker");

/** The early worker, taken once (null when bin/dflint.js started none). */
function takeEarlyWorker(): EarlyWorker | null {
  const holder = globalThis as { [EARLY_WORKER]?: EarlyWorker };
  const early = holder[EARLY_WORKER] ?? null;
  delete holder[EARLY_WORKER];
  return early;
}

/**
 * Starts the worker threads of a run expected to lint `files` files (or none, below the
 * threshold), before the file list is complete: a worker's start-up (about 0.1 s) then overlaps
 * the command line's stats. Unreferenced until they get a task, so an early exit does not wait for them.
 * The first is the one bin/dflint.js started, when it did (ended here when the run wants none).
 */
export function startLintWorkers(files: number): LintWorkers | null {
  const early = takeEarlyWorker();
  const threads = files < PARALLEL_MIN_FILES ? 1 : threadCount();
  const file = threads < 2 ? null : workerFile();
  if (!file) {
    void early?.worker.terminate();
    return null;
  }
  const { Worker } = workerThreads();
  const started = Array.from({ length: threads - 1 }, (_, i) => {
    const worker = i === 0 && early ? early.worker : new Worker(file, { argv: [WORKER_ARG] });
    const done = new Promise<WorkerDone>((resolve, reject) => {
      const exited = (code: number) => reject(new Error(`lint worker exited with code ${code}`));
      // An early worker that failed or ended before these listeners: it said so to bin/dflint.js.
      if (i === 0 && early?.error) reject(early.error);
      else if (i === 0 && early?.exitCode !== undefined) exited(early.exitCode);
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => code !== 0 && exited(code));
    });
    // After the listeners: adding a message listener refs the worker again.
    worker.unref();
    // Awaited only once the worker has a task; a run that ends before never looks.
    done.catch(() => {});
    return { worker, done };
  });
  return { started };
}

function stopWorkers(workers: LintWorkers | null): void {
  for (const { worker } of workers?.started ?? []) void worker.terminate();
}

export function newQueue(files: number): SharedQueue {
  const unit = Math.max(1, Math.ceil(files / MAX_UNITS));
  const word = new Int32Array(new SharedArrayBuffer(4));
  word[0] = Math.ceil(files / unit) << 16;
  return { word, unit, files };
}

/**
 * Takes a range from the front (main thread) or the back (workers); null when none is left.
 * A range is an eighth of what is left, at most RANGE_FILES: ranges shrink as the queue empties,
 * so the thread that takes the last one keeps the others waiting for a file or two at the end,
 * not for up to a whole range.
 */
export function claimRange(queue: SharedQueue, fromBack: boolean): JobRange | null {
  const most = Math.max(1, Math.round(RANGE_FILES / queue.unit));
  for (;;) {
    const v = Atomics.load(queue.word, 0);
    const front = v & 0xffff;
    const back = v >>> 16;
    if (front >= back) return null;
    const take = Math.min(most, Math.max(1, (back - front) >> 3));
    const first = fromBack ? back - take : front;
    const next = fromBack ? (first << 16) | front : (back << 16) | (front + take);
    if (Atomics.compareExchange(queue.word, 0, v, next) === v) return { start: first * queue.unit, end: Math.min((first + take) * queue.unit, queue.files) };
  }
}

export async function lintInParallel(
  jobs: LintJob[],
  settings: LintSettings,
  readStdin: () => string,
  early: LintWorkers | null = null,
): Promise<(JobOutcome | null)[]> {
  // Small runs and stdin never use workers: decide that before loading os and worker_threads.
  if (jobs.length < PARALLEL_MIN_FILES || jobs.some((j) => j.path === "-")) {
    stopWorkers(early);
    return lintJobs(jobs, settings, readStdin);
  }
  const workers = early ?? startLintWorkers(jobs.length);
  if (!workers) return lintJobs(jobs, settings, readStdin);
  const queue = newQueue(jobs.length);
  const { MessageChannel, receiveMessageOnPort } = workerThreads();
  const out: (JobOutcome | null)[] = new Array(jobs.length);
  const place = ({ start, outcomes }: RangeOutcomes) => {
    for (let i = 0; i < outcomes.length; i++) out[start + i] = outcomes[i]!;
  };
  // Each worker posts a range's outcomes as soon as it has linted it, and the main thread takes
  // them between its own ranges: the serializing and copying is done while the threads still
  // lint, not after the last file.
  const packed = packJobs(jobs);
  const channels = workers.started.map(({ worker }) => {
    const { port1, port2 } = new MessageChannel();
    const task: WorkerTask = { jobs: packed, settings, queue, results: port2 };
    worker.ref();
    worker.postMessage(task, [port2]);
    return { port: port1, received: 0 };
  });
  const take = () => {
    for (const c of channels) {
      for (let m = receiveMessageOnPort(c.port); m; m = receiveMessageOnPort(c.port)) {
        place(m.message as RangeOutcomes);
        c.received++;
      }
    }
  };
  await lintRanges(
    jobs,
    settings,
    readStdin,
    () => {
      take();
      return claimRange(queue, false);
    },
    place,
  );
  const finished = await Promise.all(workers.started.map((w) => w.done));
  // A worker's last message follows every range it posted; those are queued on its channel by now.
  take();
  for (let i = 0; i < channels.length; i++) {
    const c = channels[i]!;
    while (c.received < finished[i]!.ranges) {
      // Not expected (see above): wait for the rest rather than lose a range.
      await new Promise((resolve) => setTimeout(resolve, 1));
      take();
    }
    c.port.close();
  }
  return out;
}
