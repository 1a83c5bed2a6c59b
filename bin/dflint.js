#!/usr/bin/env node
// Loads the bundled CLI (dist/dflint.cjs, built by `npm run bundle` and committed).
//
// V8 tiering flags for long runs are set by the bundle itself (src/runtime/tiering.ts), only when
// a run has much to lint.
//
// Code cache: most of a one-file run is spent parsing and compiling the bundle. The bundle is
// compiled as a script with V8's code cache (Node 20 has no cache for ES modules), written once
// after a run to a per-user folder and reused while Node, V8 flags and bundle stay the same. The
// bundle says which runs write it: a lint of few files (src/runtime/code-cache-policy.ts).
// V8 rejects a cache made by another V8 version, flags or source length; a rejected cache is
// rewritten. A folder that cannot be made private, or written, means no caching, nothing else.
// The vendored libraries in dist/vendor/ (YAML, ajv, ...) get a cache each, beside the bundle's.
// DFLINT_CODE_CACHE=0 turns it off.
//
// This file is CommonJS (bin/package.json): an ES module entry costs a one-file run about 3 % more.
"use strict";
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

// Node 22.1+: cache compiled code on disk for what loads as a module (the worker thread's bundle).
Module.enableCompileCache?.();

const bundle = path.join(__dirname, "..", "dist", "dflint.cjs");
/** A worker thread's process.argv[2] (src/cli/worker.ts WORKER_ARG). */
const WORKER_ARG = "\0dflint-worker";
/** Operands from which a lint is long (src/runtime/tiering.ts LONG_RUN_FILES). */
const MANY_OPERANDS = 16;
/**
 * One buffer for the files a start reads one after the other (the bundle's text, then its code
 * cache): each fresh page of a new buffer costs a page fault, about 120 of them for the bundle.
 */
let scratch = null;

startEarlyWorker();
runBundle(readBundle());

/**
 * A lint of many files named on the command line gets its worker thread now, before the bundle is
 * compiled: the worker's start-up (about 0.1 s) then overlaps the main thread's. The bundle adopts
 * it (src/cli/parallel.ts startLintWorkers), or ends it when the run lints no such list. Started
 * only where the bundle's thread count (parallel.ts threadCount) gives a worker: DFLINT_JOBS of 2
 * or more, or, without it, 2+ cores and a 1-minute load average below cores + 1; and from 200
 * operands (parallel.ts PARALLEL_MIN_FILES), not for a subcommand.
 */
function startEarlyWorker() {
  const argv = process.argv;
  if (argv.length < 2 + 200 || ["explain", "layers", "init", "lsp"].includes(argv[2])) return;
  const jobs = Number(process.env.DFLINT_JOBS);
  if (Number.isInteger(jobs) && jobs > 0) {
    if (jobs < 2) return;
  } else {
    const os = require("node:os");
    const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    if (cores < 2 || os.loadavg()[0] >= cores + 1) return;
  }
  const { Worker } = require("node:worker_threads");
  // The worker's argument (src/cli/worker.ts WORKER_ARG): it runs this file, which runs the bundle's worker side.
  const worker = new Worker(__filename, { argv: [WORKER_ARG] });
  const early = { worker };
  // Until the bundle listens: what happened to it (an unheard "error" event would end the process).
  worker.once("error", (err) => (early.error = err));
  worker.once("exit", (code) => (early.exitCode = code));
  // A run that never gives it a task (--help, a usage error) does not wait for it.
  worker.unref();
  globalThis[Symbol.for("dflint.earlyWorker")] = early;
}

/** A file's bytes, in `scratch` when they fit; valid until the next call. */
function readBytes(file) {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    scratch ??= Buffer.allocUnsafe(Math.max(size, 1 << 20));
    const buf = size <= scratch.length ? scratch : Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const got = fs.readSync(fd, buf, n, size - n, null);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** The bundle's text. */
function readBundle() {
  try {
    // The bundle is ASCII (.ci/build.mjs): latin1 is the cheapest decoding.
    return readBytes(bundle).toString("latin1");
  } catch (err) {
    process.stderr.write(`dflint: cannot read the bundled CLI ${bundle} (${err.code ?? err.message}); run 'npm run bundle' in a source checkout\n`);
    process.exit(2);
  }
}

/** Private per-user cache folder, or null when there is none we may trust. */
function cacheFolder(create) {
  const xdg = process.env.XDG_CACHE_HOME;
  const uid = process.getuid?.();
  const dir = xdg && path.isAbsolute(xdg)
    ? path.join(xdg, "dflint")
    : path.join(tempFolder(), `dflint-cache${uid === undefined ? "" : `-${uid}`}`);
  try {
    if (create) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // lstat: a link is not accepted. Another user's folder, or one others may write to, could
    // hold planted code: it is neither read nor written.
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return null;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** os.tmpdir() without loading node:os (about 0.5 ms) where its rule is this simple: POSIX. */
function tempFolder() {
  if (process.platform === "win32") return require("node:os").tmpdir();
  const dir = process.env.TMPDIR || process.env.TMP || process.env.TEMP || "/tmp";
  return dir.length > 1 && dir.endsWith("/") ? dir.slice(0, -1) : dir;
}

/** FNV-1a: a short name for what else makes a cache valid (not a security check; V8 checks). */
function shortHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** Compiles the bundle (with the code cache when there is one) and runs it as a CommonJS module. */
function runBundle(text) {
  const useCache = process.env.DFLINT_CODE_CACHE !== "0";
  // First line: `// dflint bundle <hash>` (.ci/build.mjs).
  const bundleHash = /^\/\/ dflint bundle ([0-9a-f]{32})\n/.exec(text.slice(0, 64))?.[1];
  const key = useCache && bundleHash
    ? `${bundleHash}-${shortHash([process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" "))}`
    : null;
  const readFolder = key ? cacheFolder(false) : null;
  let bundleExports = {};
  // A run of many files named on the command line (and a worker thread of one) takes the cache
  // of long lints first (see compileCached).
  const many = process.argv[2] === WORKER_ARG || process.argv.length >= 2 + MANY_OPERANDS;
  const script = compileCached(text, bundle, key && `${key}.v8cache`, readFolder, () => bundleExports.codeCacheWanted?.() === true, {
    name: many && key ? `${key}.long.v8cache` : null,
    wanted: () => bundleExports.longRunCacheWanted?.() === true,
  });
  scratch = null; // up to 1 MB, not kept for a long run
  const bundleRequire = Module.createRequire(bundle);
  // The vendored libraries (dist/vendor/*.cjs: YAML, ajv, fast-glob, the LSP library) are required
  // by the bundle only when a run needs them (a config file, a glob, the language server), and get
  // a code cache of their own: compiling yaml and ajv from source cost a run with a config ~10 ms.
  const vendorExports = new Map();
  const requireFromBundle = (id) => {
    const m = /^\.\/vendor\/([a-z-]+)\.cjs$/.exec(id);
    if (!m) return bundleRequire(id);
    let exports = vendorExports.get(m[1]);
    if (!exports) {
      const file = path.join(path.dirname(bundle), "vendor", `${m[1]}.cjs`);
      const vendorScript = compileCached(readBytes(file).toString("latin1"), file, key && `${key}-${m[1]}.v8cache`, readFolder);
      exports = runScript(vendorScript, file);
      vendorExports.set(m[1], exports);
    }
    return exports;
  };
  requireFromBundle.resolve = bundleRequire.resolve;
  requireFromBundle.cache = bundleRequire.cache;
  // The bundle says whether this run may write its cache (src/runtime/code-cache-policy.ts).
  bundleExports = runScript(script, bundle, requireFromBundle);
}

/**
 * A script compiled with its cached code when there is one; the cache is (re)written after the
 * run when `wanted()` says so then.
 *
 * `long`: the cache of long lints, read first and written by a long lint that found none. Long
 * lints never write the one-file cache (a one-file lint started slower with the larger cache a
 * long run makes: src/runtime/code-cache-policy.ts), so a machine that only lints many files at a
 * time (CI over a repository, a benchmark) compiled the bundle from source on every run, in every
 * thread. Half the corpus at one thread (seeded callgrind, GC left out, 2 runs each): no cache
 * 5.756G instructions, the one-file cache 5.600G and 5.609G, the long lints' cache 5.518G and
 * 5.541G; the run that writes it 5.793G (once).
 * A worker thread whose isolate checks the cache after the main thread set the long-run V8 flags
 * (src/runtime/tiering.ts) rejects it, as V8's flag hash then differs: with the corpus's 4,244
 * operands the main thread's stats outlast the worker's start and it took the cache (5 runs of 5),
 * with 300 operands it did not (it compiles from source then, as before).
 */
function compileCached(text, file, cacheName, readFolder, wanted = () => true, long = { name: null, wanted: () => false }) {
  let cached = readCache(readFolder, long.name);
  const fromLong = cached !== undefined;
  cached ??= readCache(readFolder, cacheName);
  // The text is already a module function expression (.ci/build.mjs: asModuleFunction).
  const script = new vm.Script(text, { filename: file, cachedData: cached });
  const accepted = cached !== undefined && !script.cachedDataRejected;
  // Nothing to write when the run's own cache was taken.
  if (cacheName && !(accepted && (fromLong || long.name === null))) {
    // After the run, so that the cache also holds the functions the run compiled lazily.
    process.once("exit", () => {
      if (wanted()) {
        if (!accepted || fromLong) writeCache(script, cacheName);
      } else if (long.name && !(accepted && fromLong) && long.wanted()) writeCache(script, long.name);
    });
  }
  return script;
}

/** A cache file's bytes (in the scratch buffer: V8 is done with them when the script is compiled), or undefined. */
function readCache(readFolder, name) {
  if (!readFolder || !name) return undefined;
  try {
    return readBytes(path.join(readFolder, name));
  } catch {
    return undefined;
  }
}

/** Runs a compiled CommonJS module; returns its exports. */
function runScript(script, file, require = Module.createRequire(file)) {
  const cjs = { exports: {} };
  script.runInThisContext().call(cjs.exports, cjs.exports, require, cjs, file, path.dirname(file));
  return cjs.exports;
}

function writeCache(script, name) {
  const dir = cacheFolder(true);
  if (!dir) return;
  const target = path.join(dir, name);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    // A new file renamed into place: a concurrent reader sees the old cache or the whole new one.
    fs.writeFileSync(temp, script.createCachedData(), { flag: "wx", mode: 0o600 });
    fs.renameSync(temp, target);
    pruneCaches(dir, name);
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {}
  }
}

/**
 * Keeps the caches of the few newest builds and flag sets (other Node versions or flags may still
 * use them). One set is `<bundle hash>-<flags hash>`: the bundle's cache and its vendored libraries'.
 */
function pruneCaches(dir, keep) {
  const setOf = (f) => f.slice(0, 41);
  const bySet = new Map();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith(".v8cache") || setOf(f) === setOf(keep)) continue;
    const t = fs.statSync(path.join(dir, f)).mtimeMs;
    const set = bySet.get(setOf(f)) ?? { t: 0, files: [] };
    set.t = Math.max(set.t, t);
    set.files.push(f);
    bySet.set(setOf(f), set);
  }
  if (bySet.size < 4) return;
  const byAge = [...bySet.values()].sort((a, b) => a.t - b.t);
  for (const { files } of byAge.slice(0, byAge.length - 3)) for (const f of files) fs.unlinkSync(path.join(dir, f));
}
