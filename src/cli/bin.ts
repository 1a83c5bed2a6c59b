// The `dflint` executable: runs the CLI on the process's arguments and streams.
import { decodeText, readAtMost } from "../fs/read";
import { run } from "./main";

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
/** Resolves once `stream` has no more waiting than its buffer holds (at once for a file or a pipe with room), or it closed. */
const drained = (stream: NodeJS.WriteStream) => (): Promise<void> => {
  if (!stream.writableNeedDrain || closed.has(stream)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
};

// No top-level await: the bundle is CommonJS (see .ci/build.mjs).
void run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  stdoutDrained: drained(process.stdout),
  readStdin: () => decodeText(readAtMost(0)),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
}).then((code) => {
  process.exitCode = code;
});
