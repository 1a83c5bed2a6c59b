#!/usr/bin/env node
// Loads the bundled CLI (built by `npm run bundle` into dist/ and committed).
//
// V8 tiering flags, set before the bundle loads (a bin cannot pass node flags through npm's
// shims): a lint run is short, and by default V8's optimizing compiler recompiles the same rule
// functions many times while the run is still warming up. A larger interrupt budget and less
// inlining cut a corpus run's CPU time by about a third (.ci/bench.mjs measures it).
import { setFlagsFromString } from "node:v8";
import module from "node:module";

setFlagsFromString("--interrupt-budget=262144");
setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
// Node 22.1+: cache compiled bundle code on disk between runs (a no-op where unavailable).
module.enableCompileCache?.();
await import("../dist/dflint.mjs");
