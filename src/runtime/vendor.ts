// Vendored libraries that a run needs only now and then, required on first use rather than when
// the module that uses them loads. ajv validates a rule's options, which a config that only sets
// severities never has: loading it cost a one-file run with such a config about 5-15 ms.
// The literal `require("ajv")` is what esbuild bundles (and .ci/build.mjs maps to dist/vendor/);
// the sources, run as ES modules by the tests, have no `require` and take Node's.
import { createRequire } from "node:module";
import type AjvClass from "ajv";

type AjvModule = typeof AjvClass & { default?: typeof AjvClass };

export function loadAjv(): typeof AjvClass {
  const m = (typeof require === "function" ? require("ajv") : createRequire(import.meta.url)("ajv")) as AjvModule;
  return m.default ?? m;
}
