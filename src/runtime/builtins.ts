// Node built-ins that a plain lint run never needs, loaded on first use. A static import of
// node:crypto or node:child_process makes every start-up load them (child_process alone pulls
// in net, dgram and stream): about 5 ms of a one-file run that costs about 0.17 s in all. node:v8
// loads the stream modules too (for heap snapshots): about 3 ms.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

type ChildProcess = typeof import("node:child_process");
type Crypto = typeof import("node:crypto");
type Os = typeof import("node:os");
type V8 = typeof import("node:v8");
type Vm = typeof import("node:vm");
type WorkerThreads = typeof import("node:worker_threads");

export const childProcess = (): ChildProcess => load("node:child_process") as ChildProcess;
export const crypto = (): Crypto => load("node:crypto") as Crypto;
export const os = (): Os => load("node:os") as Os;
export const v8 = (): V8 => load("node:v8") as V8;
export const vm = (): Vm => load("node:vm") as Vm;
export const workerThreads = (): WorkerThreads => load("node:worker_threads") as WorkerThreads;
