// Bundles the CLI into dist/dflint.mjs (one file, fast to load).
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/dflint.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minifySyntax: true,
  legalComments: "none",
  define: { __DFLINT_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);" },
  logLevel: "warning",
});
