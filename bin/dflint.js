#!/usr/bin/env node
// Loads the bundled CLI (built by `npm run build` into dist/ and committed).
import "../dist/dflint.mjs";
