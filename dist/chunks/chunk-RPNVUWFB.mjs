import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

// src/fs/read.ts
import fs from "node:fs";
var MAX_INPUT_BYTES = 16 * 1024 * 1024, ReadError = class extends Error {
};
function readRegularFile(file, maxBytes = MAX_INPUT_BYTES) {
  let st = fs.statSync(file);
  if (st.isDirectory()) throw new ReadError("is a folder, not a file");
  if (!st.isFile()) throw new ReadError("not a regular file (a device, FIFO or socket)");
  if (st.size > maxBytes) throw new ReadError(`too large (${st.size} bytes; the limit is ${maxBytes})`);
  let fd = fs.openSync(file, "r");
  try {
    return readAtMost(fd, maxBytes, st.size);
  } finally {
    fs.closeSync(fd);
  }
}
var scratch = null;
function readAtMost(fd, maxBytes = MAX_INPUT_BYTES, regularSize = -1) {
  let chunks = [], total = 0, buf = scratch ??= Buffer.allocUnsafeSlow(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      let code = err.code;
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    if (total += n, total > maxBytes) throw new ReadError(`too large (over ${maxBytes} bytes)`);
    if (chunks.push(Buffer.from(buf.subarray(0, n))), total === regularSize && n < buf.length) break;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new ReadError("is UTF-16 encoded; Docker reads Dockerfiles as UTF-8");
  if (bytes.subarray(0, 8e3).includes(0)) throw new ReadError("is a binary file, not text");
  return bytes.toString("utf8");
}
function readTextFile(file, maxBytes = MAX_INPUT_BYTES) {
  return decodeText(readRegularFile(file, maxBytes));
}

export {
  ReadError,
  readAtMost,
  decodeText,
  readTextFile
};
