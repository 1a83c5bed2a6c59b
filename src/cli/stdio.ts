// Standard output and error for the `dflint` executable. Touching `process.stdout` makes Node
// build a stream, which loads its whole stream stack (about 3-4 ms of a one-file run that costs
// about 0.15 s). Unless the output is a terminal, the text is written straight to the file
// descriptor instead, which is what Node's stream does there anyway on Linux (files and pipes
// are written synchronously).
//
// A descriptor that would block (a non-blocking pipe shared with the parent: EAGAIN) hands
// that write and every later one to Node's stream, which waits for the reader. A closed pipe
// (`dflint ... | head -1`, EPIPE) is not an error worth a stack trace: writing there stops and
// the run ends with the lint's own exit code.
import { fstatSync, statSync, writeSync } from "node:fs";

export interface Output {
  write(s: string): void;
  /** Whether this is a terminal (colour, width). */
  readonly isTTY: boolean;
  /** Terminal width, when it is one. */
  readonly columns: number | undefined;
  /** Resolves once what was written is taken (at once unless Node's stream holds a backlog: a terminal, or after EAGAIN). */
  drained(): Promise<void>;
}

/** Resolves once `stream` holds no more than its buffer (or it closed). */
function streamDrained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
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
}

/** Output to descriptor 1 or 2, as a terminal stream or written directly. */
export function openOutput(fd: 1 | 2): Output {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let closed = false;
  if (mayBeTerminal(fd)) {
    const s = stream();
    if (s.isTTY) {
      s.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "EPIPE") closed = true;
        else throw err;
      });
      return { write: (text) => void (closed || s.write(text)), isTTY: true, columns: s.columns, drained: () => (closed ? Promise.resolve() : streamDrained(s)) };
    }
  }
  let viaStream: NodeJS.WriteStream | undefined;
  const write = (text: string): void => {
    if (closed) return;
    if (viaStream) return void viaStream.write(text);
    let bytes: Buffer | undefined;
    try {
      if (text.length < 65536) {
        // The common case: one system call writes it all.
        const n = writeSync(fd, text);
        if (n === Buffer.byteLength(text)) return;
        bytes = Buffer.from(text).subarray(n);
      } else bytes = Buffer.from(text);
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EPIPE") closed = true;
      else if (code === "EAGAIN") {
        viaStream = stream();
        viaStream.on("error", (e: NodeJS.ErrnoException) => {
          if (e.code === "EPIPE") closed = true;
          else throw e;
        });
        viaStream.write(bytes ?? text);
      } else throw err;
    }
  };
  const drained = () => (viaStream && !closed ? streamDrained(viaStream) : Promise.resolve());
  return { write, isTTY: false, columns: undefined, drained };
}

/**
 * False when the descriptor is certainly not a terminal (a file, pipe or socket, or /dev/null),
 * found with a stat instead of loading Node's tty module (which loads net and streams).
 */
function mayBeTerminal(fd: number): boolean {
  if (process.platform === "win32") return true;
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    return st.rdev !== statSync("/dev/null").rdev;
  } catch {
    return true;
  }
}
