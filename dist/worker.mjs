import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-TIVGQNFD.mjs";
import "./chunks/chunk-3UYR7OZR.mjs";
import "./chunks/chunk-HB4LVJQS.mjs";
import "./chunks/chunk-C3A5NWRQ.mjs";
import "./chunks/chunk-JJV4KWIL.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
