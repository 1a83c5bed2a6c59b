import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  lintJobs
} from "./chunks/chunk-42GW6YCU.mjs";
import "./chunks/chunk-WUJEFASS.mjs";
import "./chunks/chunk-J2VDLX5F.mjs";
import "./chunks/chunk-3S4MVKBT.mjs";
import "./chunks/chunk-N75QYWOX.mjs";
import "./chunks/chunk-JVUEFOX2.mjs";
import "./chunks/chunk-AENCIZSQ.mjs";
import "./chunks/chunk-NWQXURYX.mjs";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { jobs, settings } = workerData, outcomes = await lintJobs(jobs, settings, () => "");
parentPort.postMessage(outcomes);
