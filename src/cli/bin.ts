// The `dflint` executable: runs the CLI on the process's arguments and streams.
import { decodeText, readAtMost } from "../fs/read";
import { run } from "./main";
import { openOutput } from "./stdio";
import { runWorker, WORKER_ARG } from "./worker";

// bin/dflint.js asks at exit whether this run should write the code cache (a worker thread never does).
export { codeCacheWanted, longRunCacheWanted } from "../runtime/code-cache-policy";

// A worker thread of a parallel run loads the bundle through bin/dflint.js too (src/cli/worker.ts).
if (process.argv[2] === WORKER_ARG) runWorker();
else runCli();

function runCli(): void {
  const stdout = openOutput(1);
  const stderr = openOutput(2);
  // No top-level await: the bundle is CommonJS (see .ci/build.mjs).
  void run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: stdout.write,
    stderr: stderr.write,
    stdoutDrained: stdout.drained,
    readStdin: () => decodeText(readAtMost(0)),
    isTTY: stdout.isTTY,
    columns: stdout.columns,
  }).then((code) => {
    process.exitCode = code;
  });
}
