#!/usr/bin/env node
// Loads the bundled CLI (dist/dflint.cjs, built by `npm run bundle` and committed).
//
// V8 tiering flags, set before the bundle loads (a bin cannot pass node flags through npm's
// shims): a lint run is short, and by default V8's optimizing compiler recompiles the same rule
// functions many times while the run is still warming up. A larger interrupt budget and less
// inlining cut a corpus run's CPU time by about a third (.ci/bench.mjs measures it).
//
// Code cache: most of a one-file run is spent parsing and compiling the bundle. The bundle is
// compiled as a script with V8's code cache (Node 20 has no cache for ES modules), written once
// after a run to a per-user folder and reused while Node, V8 flags and bundle stay the same.
// V8 rejects a cache made by another V8 version, flags or source length; a rejected cache is
// rewritten. A folder that cannot be made private, or written, means no caching, nothing else.
// The vendored libraries in dist/vendor/ (YAML, ajv, ...) get a cache each, beside the bundle's.
// DFLINT_CODE_CACHE=0 turns it off.
//
// This file is CommonJS (bin/package.json): an ES module entry costs a one-file run about 3 % more.
"use strict";
const { setFlagsFromString } = require("node:v8");
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const FLAGS = ["--interrupt-budget=262144", "--max-inlined-bytecode-size-cumulative=200"];
for (const flag of FLAGS) setFlagsFromString(flag);
// Node 22.1+: cache compiled code on disk for what loads as a module (the worker thread's bundle).
Module.enableCompileCache?.();

const bundle = path.join(__dirname, "..", "dist", "dflint.cjs");
runBundle(readBundle());

/** The bundle's text. */
function readBundle() {
  try {
    // The bundle is ASCII (.ci/build.mjs): latin1 is the cheapest decoding.
    return fs.readFileSync(bundle).toString("latin1");
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
    : path.join(require("node:os").tmpdir(), `dflint-cache${uid === undefined ? "" : `-${uid}`}`);
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
    ? `${bundleHash}-${shortHash([process.version, process.arch, FLAGS, process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" "))}`
    : null;
  const readFolder = key ? cacheFolder(false) : null;
  const script = compileCached(text, bundle, key && `${key}.v8cache`, readFolder);
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
      const vendorScript = compileCached(fs.readFileSync(file).toString("latin1"), file, key && `${key}-${m[1]}.v8cache`, readFolder);
      exports = runScript(vendorScript, file);
      vendorExports.set(m[1], exports);
    }
    return exports;
  };
  requireFromBundle.resolve = bundleRequire.resolve;
  requireFromBundle.cache = bundleRequire.cache;
  runScript(script, bundle, requireFromBundle);
}

/** A script compiled with its cached code when there is one; the cache is (re)written after the run. */
function compileCached(text, file, cacheName, readFolder) {
  let cached;
  if (readFolder && cacheName) {
    try {
      cached = fs.readFileSync(path.join(readFolder, cacheName));
    } catch {}
  }
  const script = new vm.Script(Module.wrap(text), { filename: file, cachedData: cached });
  // A worker thread of a parallel run (src/cli/worker.ts) only reads: the main thread writes.
  if (cacheName && (cached === undefined || script.cachedDataRejected) && process.argv[2] !== "\0dflint-worker") {
    // After the run, so that the cache also holds the functions the run compiled lazily.
    process.once("exit", () => writeCache(script, cacheName));
  }
  return script;
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
