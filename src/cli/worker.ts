// Worker thread entry: lints its share of the files and posts the outcomes back.
import { parentPort, workerData } from "node:worker_threads";
import { lintJobs, type LintJob, type LintSettings } from "./lint-files";

const { jobs, settings } = workerData as { jobs: LintJob[]; settings: LintSettings };
const outcomes = await lintJobs(jobs, settings, () => "");
parentPort!.postMessage(outcomes);
