import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-WR25JZSC.mjs";
import "./chunks/chunk-2BIXOSB4.mjs";
import "./chunks/chunk-HB4LVJQS.mjs";
import "./chunks/chunk-56D4C5MO.mjs";
import "./chunks/chunk-JJV4KWIL.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
