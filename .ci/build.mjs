// Bundles the CLI into dist/dflint.mjs (+ lazily loaded chunks in dist/chunks/: the config loader
// and file discovery are only imported when needed, to keep start-up fast) and the GitHub Action
// into the single file dist/action.mjs. Everything is self-contained and committed: pre-commit
// installs the CLI from git and GitHub runs the action without `npm install`.
// `node .ci/build.mjs --outdir DIR` writes the bundles elsewhere (the test that checks the
// committed bundles are up to date uses it).
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
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
  format: "esm",
  target: "node20",
  minifySyntax: true,
  legalComments: "none",
  define: { __DFLINT_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);" },
  logLevel: "warning",
};

// Chunk names carry a content hash: drop the old ones so that dist/ holds exactly one build.
rmSync(path.join(outdir, "chunks"), { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: { dflint: "src/cli/bin.ts", worker: "src/cli/worker.ts" },
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
  }),
  // GitHub runs `runs.main` as one file: no splitting.
  build({ ...common, entryPoints: ["src/action/main.ts"], outfile: path.join(outdir, "action.mjs") }),
]);
