import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  rules
} from "./chunk-3XWXBGZL.mjs";
import {
  hadolintToDflintYaml
} from "./chunk-64E4ATAC.mjs";
import {
  ConfigError,
  DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES
} from "./chunk-3S4MVKBT.mjs";
import "./chunk-I6IVLMHE.mjs";
import "./chunk-IYWESXPH.mjs";
import "./chunk-JVUEFOX2.mjs";
import "./chunk-NWQXURYX.mjs";

// src/cli/init.ts
import fs from "node:fs";
import path from "node:path";
var INIT_HELP = `Usage: dflint init --from-hadolint[=<file>] [--force]

Writes .dflint.yaml next to the nearest .hadolint.yaml (or .hadolint.yml),
searching from the current folder up to the root, with the same rules,
severities, failure threshold and settings. The written file is commented
with what each entry comes from.

Options:
  --from-hadolint[=<file>]  convert this hadolint config instead of the nearest one
  --force                   overwrite an existing .dflint.yaml
  -h, --help                show this help
`;
function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return !1;
  }
}
function findHadolintConfig(dir) {
  let d = path.resolve(dir);
  for (; ; ) {
    for (let name of HADOLINT_CONFIG_NAMES) {
      let p = path.join(d, name);
      if (isFile(p)) return p;
    }
    let parent = path.dirname(d);
    if (parent === d) return null;
    d = parent;
  }
}
function initCommand(args, io) {
  let fromHadolint = null, force = !1;
  for (let a of args) {
    if (a === "-h" || a === "--help")
      return io.stdout(INIT_HELP), 0;
    if (a === "--force" || a === "-f") force = !0;
    else if (a === "--from-hadolint") fromHadolint = !0;
    else if (a.startsWith("--from-hadolint=")) fromHadolint = a.slice(16) || !0;
    else
      return io.stderr(`dflint init: unknown argument '${a}'
${INIT_HELP}`), 2;
  }
  if (fromHadolint === null)
    return io.stderr(`dflint init: say where the configuration comes from: --from-hadolint
${INIT_HELP}`), 2;
  let source;
  if (fromHadolint === !0) source = findHadolintConfig(io.cwd);
  else if (source = path.resolve(io.cwd, fromHadolint), !isFile(source))
    return io.stderr(`dflint init: ${fromHadolint}: no such file
`), 2;
  if (!source)
    return io.stderr(
      `dflint init: no hadolint configuration (${HADOLINT_CONFIG_NAMES.join(" or ")}) found in ${io.cwd} or any folder above it; give one with --from-hadolint=<file>
`
    ), 2;
  let dir = path.dirname(source), target = path.join(dir, ".dflint.yaml"), existing = DFLINT_CONFIG_NAMES.map((n) => path.join(dir, n)).filter(isFile), shadowing = existing.filter((p) => p !== target && DFLINT_CONFIG_NAMES.indexOf(path.basename(p)) < DFLINT_CONFIG_NAMES.indexOf(".dflint.yaml"));
  if (shadowing.length)
    return io.stderr(`dflint init: ${rel(io, shadowing[0])} already exists and is read before .dflint.yaml; remove it first
`), 2;
  if (existing.includes(target) && !force)
    return io.stderr(`dflint init: ${rel(io, target)} already exists; use --force to overwrite it
`), 2;
  let yaml;
  try {
    yaml = hadolintToDflintYaml(fs.readFileSync(source, "utf8"), rules, path.basename(source));
  } catch (err) {
    if (err instanceof ConfigError)
      return io.stderr(`dflint init: ${err.message}
`), 2;
    throw err;
  }
  try {
    fs.writeFileSync(target, yaml);
  } catch (err) {
    return io.stderr(`dflint init: cannot write ${rel(io, target)}: ${err.message}
`), 2;
  }
  io.stdout(`Wrote ${rel(io, target)} from ${rel(io, source)}.
`);
  for (let p of existing) p !== target && io.stderr(`dflint init: note: ${rel(io, p)} is now unused (.dflint.yaml is read first)
`);
  return io.stdout(`dflint reads .dflint.yaml before .hadolint.yaml in that folder; you can delete ${path.basename(source)} once hadolint is gone.
`), 0;
}
function rel(io, p) {
  return path.relative(io.cwd, p) || p;
}
export {
  INIT_HELP,
  findHadolintConfig,
  initCommand
};
