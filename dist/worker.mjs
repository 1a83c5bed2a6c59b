import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-3W5OREWU.mjs";
import "./chunks/chunk-4T7AHDFA.mjs";
import "./chunks/chunk-HB4LVJQS.mjs";
import "./chunks/chunk-T7BZTNUR.mjs";
import "./chunks/chunk-JJV4KWIL.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
