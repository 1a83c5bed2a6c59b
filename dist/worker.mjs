import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-NQTGKAF2.mjs";
import "./chunks/chunk-QWY3VV5D.mjs";
import "./chunks/chunk-3XWXBGZL.mjs";
import "./chunks/chunk-3S4MVKBT.mjs";
import "./chunks/chunk-IYWESXPH.mjs";
import "./chunks/chunk-JVUEFOX2.mjs";
import "./chunks/chunk-RPNVUWFB.mjs";
import "./chunks/chunk-NWQXURYX.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
