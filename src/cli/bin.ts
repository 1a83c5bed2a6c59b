// The `dflint` executable: runs the CLI on the process's arguments and streams.
import { decodeText, readAtMost } from "../fs/read";
import { run } from "./main";
import { runWorker, WORKER_ARG } from "./worker";

// A closed pipe (`dflint ... | head -1`) is not an error worth a stack trace: stop writing there
// and finish with the lint's own exit code.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") closed.add(stream);
    else throw err;
  });
}
const write = (stream: NodeJS.WriteStream) => (s: string) => {
  if (!closed.has(stream)) stream.write(s);
};

// No top-level await: the bundle is CommonJS (see .ci/build.mjs).
// A worker thread of a parallel run loads the bundle through bin/dflint.js too (src/cli/worker.ts).
if (process.argv[2] === WORKER_ARG) runWorker();
else void run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readStdin: () => decodeText(readAtMost(0)),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
}).then((code) => {
  process.exitCode = code;
});
