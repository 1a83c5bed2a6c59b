// Bundles the CLI into dist/dflint.cjs (worker threads run it too, through bin/dflint.js) and the
// GitHub Action into dist/action.mjs, each one self-contained file. They are committed: pre-commit
// installs the CLI from git and GitHub runs the action without `npm install`.
//
// Why the CLI is one CommonJS file: bin/dflint.js compiles it with `vm.Script` and a V8 code
// cache, which Node 20 offers only for scripts, not ES modules. One file also spares the ESM
// loader's per-module work (a one-file lint loaded 7 modules before). dflint's own lazily used
// modules (config loader, discovery, layers, LSP server) stay inside, wrapped by esbuild in
// functions that run on first use, so they share one instance of every module with the rest.
// The large libraries only they use are separate files in dist/vendor/ (VENDOR below), required
// on first use: reading and decoding every byte of the bundle is a cost each start pays.
//
// The first line of dflint.cjs names a hash of the rest: the code cache's key, so that a cache
// written for one build is never offered to another (V8 itself checks only the source length).
// `node .ci/build.mjs --outdir DIR` writes the bundles elsewhere (the test that checks the
// committed bundles are up to date uses it).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

const i = process.argv.indexOf("--outdir");
const outdir = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : path.join(root, "dist");

const common = {
  absWorkingDir: root,
  // Paths in the bundle's comments stay `node_modules/...` even when node_modules is a symlink (the
  // freshness test builds a `git archive` of HEAD with node_modules linked in): same bytes everywhere.
  preserveSymlinks: true,
  bundle: true,
  platform: "node",
  target: "node20",
  minifySyntax: true,
  legalComments: "none",
  // ASCII only: bin/dflint.js reads the CLI bundle as latin1, the cheapest way to a JS string.
  charset: "ascii",
  define: { __DFLINT_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
};
const esm = {
  ...common,
  format: "esm",
  banner: { js: "import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);" },
};

/**
 * The files bin/dflint.js compiles (dflint.cjs, vendor/*.cjs) are written as one CommonJS module
 * function expression, the wrapper Node would add: compiling the text as it is read spares V8 a
 * copy of the whole text (wrapping it at run time made a string V8 had to flatten, 0.5 MB of
 * young-generation space at every start, which brought the first scavenge forward).
 */
function asModuleFunction(code) {
  return `(function (exports, require, module, __filename, __dirname) {\n${code}\n})`;
}

/** dist/vendor/ files: the packages (import specifiers) each one holds, as `module.exports[specifier]`. */
const VENDOR = {
  "yaml.cjs": ["yaml"],
  "ajv.cjs": ["ajv"],
  "fast-glob.cjs": ["fast-glob"],
  "lsp.cjs": ["vscode-languageserver", "vscode-languageserver/node", "vscode-languageserver-textdocument"],
};
const vendorFileOf = new Map(Object.entries(VENDOR).flatMap(([file, specs]) => specs.map((s) => [s, file])));

/** In the CLI bundle, an import of a vendored package becomes a require of its dist/vendor/ file. */
const vendorPlugin = {
  name: "vendor",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (vendorFileOf.has(args.path) ? { path: args.path, namespace: "vendor" } : undefined));
    b.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "vendor" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./vendor/${vendorFileOf.get(args.path)}`)})[${JSON.stringify(args.path)}];`,
      loader: "js",
    }));
  },
};

/**
 * picocolors decides at load whether colour is supported, reading `process.stdout.isTTY`: that
 * makes Node build the stdout stream and load its stream modules at every start (about 3 ms of a
 * one-file run), although dflint never uses that default (it calls `createColors(on)` with the
 * CLI's own decision, and writes output to the descriptor when it is no terminal: src/cli/stdio.ts).
 * The bundles get picocolors without that one probe.
 */
const PICOCOLORS_TTY_PROBE = '((p.stdout || {}).isTTY && env.TERM !== "dumb")';
const picocolorsPlugin = {
  name: "picocolors-no-stdout-probe",
  setup(b) {
    b.onLoad({ filter: /[\\/]picocolors[\\/]picocolors\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes(PICOCOLORS_TTY_PROBE)) throw new Error(`${args.path}: picocolors changed; update picocolorsPlugin in .ci/build.mjs`);
      return { contents: text.replace(PICOCOLORS_TTY_PROBE, "false"), loader: "js" };
    });
  },
};
// Outputs of earlier layouts (chunked ESM): dist/ holds exactly one build.
for (const old of ["chunks", "vendor", "dflint.mjs", "dflint.cjs", "worker.mjs"]) rmSync(path.join(outdir, old), { recursive: true, force: true });

const [cli] = await Promise.all([
  build({
    ...common,
    entryPoints: ["src/cli/bin.ts"],
    format: "cjs",
    write: false,
    plugins: [vendorPlugin, picocolorsPlugin],
    // Minified (760 -> 457 KB): every start reads, decodes and compiles (or deserializes) it all.
    // Names of functions and classes are not used by the code; problems and output are unchanged.
    // DFLINT_BUNDLE_READABLE=1 keeps names and lines, for profiling (`--outdir` elsewhere).
    minifyWhitespace: !process.env.DFLINT_BUNDLE_READABLE,
    minifyIdentifiers: !process.env.DFLINT_BUNDLE_READABLE,
    outfile: path.join(outdir, "dflint.cjs"),
    // The sources use import.meta.url to find files beside the bundle (bin/dflint.js for workers, the sample).
    define: { ...common.define, "import.meta.url": "__dflintUrl" },
    banner: { js: 'var __dflintUrl = require("node:url").pathToFileURL(__filename).href;' },
  }),
  ...Object.entries(VENDOR).map(([file, specs]) =>
    build({
      ...common,
      format: "cjs",
      write: false,
      stdin: { contents: `module.exports = {${specs.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(", ")}};`, resolveDir: root, sourcefile: `vendor/${file}` },
      outfile: path.join(outdir, "vendor", file),
    }).then((r) => {
      mkdirSync(path.join(outdir, "vendor"), { recursive: true });
      writeFileSync(path.join(outdir, "vendor", file), asModuleFunction(r.outputFiles[0].text));
    }),
  ),
  // GitHub runs `runs.main` as one file.
  build({ ...esm, entryPoints: ["src/action/main.ts"], outfile: path.join(outdir, "action.mjs") }),
]);
const code = cli.outputFiles[0].text;
const hash = createHash("sha256").update(code).digest("hex").slice(0, 32);
writeFileSync(path.join(outdir, "dflint.cjs"), `// dflint bundle ${hash}\n${asModuleFunction(code)}`);
