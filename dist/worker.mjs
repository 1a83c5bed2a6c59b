import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-ZXKDKW6Q.mjs";
import "./chunks/chunk-E5HAZVDK.mjs";
import "./chunks/chunk-HB4LVJQS.mjs";
import "./chunks/chunk-56D4C5MO.mjs";
import "./chunks/chunk-JJV4KWIL.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
