// Bundles the CLI into dist/dflint.mjs and the GitHub Action into dist/action.mjs (one file each,
// self-contained, committed: pre-commit installs the CLI from git and GitHub runs the action
// without `npm install`). `node scripts/build.mjs --outdir DIR` writes the bundles elsewhere (the
// test that checks the committed bundles are up to date uses it).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

const i = process.argv.indexOf("--outdir");
const outdir = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : path.join(root, "dist");

export const BUNDLES = [
  { entry: "src/cli/bin.ts", out: "dflint.mjs" },
  { entry: "src/action/main.ts", out: "action.mjs" },
];

const common = {
  absWorkingDir: root,
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

await Promise.all(BUNDLES.map((b) => build({ ...common, entryPoints: [b.entry], outfile: path.join(outdir, b.out) })));
