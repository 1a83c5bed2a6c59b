// `dflint init --from-hadolint`: write a .dflint.yaml equivalent to the nearest .hadolint.yaml.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { rules } from "../../rules/index";
import { ConfigError } from "../config/errors";
import { DFLINT_CONFIG_NAMES, HADOLINT_CONFIG_NAMES } from "../config/find";
import { hadolintToDflintYaml } from "../config/hadolint";
import type { Io } from "./main";

export const INIT_HELP = `Usage: dflint init --from-hadolint[=<file>] [--force]

Writes .dflint.yaml next to the nearest .hadolint.yaml (or .hadolint.yml),
searching from the current folder up to the root, with the same rules,
severities, failure threshold and settings. The written file is commented
with what each entry comes from.

Options:
  --from-hadolint[=<file>]  convert this hadolint config instead of the nearest one
  --force                   overwrite an existing .dflint.yaml
  -h, --help                show this help
`;

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The nearest hadolint config from `dir` up to the filesystem root. */
export function findHadolintConfig(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    for (const name of HADOLINT_CONFIG_NAMES) {
      const p = join(d, name);
      if (isFile(p)) return p;
    }
    const parent = dirname(d);
    if (parent === d) return null;
    d = parent;
  }
}

export function initCommand(args: string[], io: Io): number {
  let fromHadolint: string | true | null = null;
  let force = false;
  for (const a of args) {
    if (a === "-h" || a === "--help") {
      io.stdout(INIT_HELP);
      return 0;
    } else if (a === "--force" || a === "-f") force = true;
    else if (a === "--from-hadolint") fromHadolint = true;
    else if (a.startsWith("--from-hadolint=")) fromHadolint = a.slice("--from-hadolint=".length) || true;
    else {
      io.stderr(`dflint init: unknown argument '${a}'\n${INIT_HELP}`);
      return 2;
    }
  }
  if (fromHadolint === null) {
    io.stderr(`dflint init: say where the configuration comes from: --from-hadolint\n${INIT_HELP}`);
    return 2;
  }

  let source: string | null;
  if (fromHadolint === true) source = findHadolintConfig(io.cwd);
  else {
    source = resolve(io.cwd, fromHadolint);
    if (!isFile(source)) {
      io.stderr(`dflint init: ${fromHadolint}: no such file\n`);
      return 2;
    }
  }
  if (!source) {
    io.stderr(
      `dflint init: no hadolint configuration (${HADOLINT_CONFIG_NAMES.join(" or ")}) found in ${io.cwd} or any folder above it; ` +
        `give one with --from-hadolint=<file>\n`,
    );
    return 2;
  }

  const dir = dirname(source);
  const target = join(dir, ".dflint.yaml");
  const existing = DFLINT_CONFIG_NAMES.map((n) => join(dir, n)).filter(isFile);
  const shadowing = existing.filter((p) => p !== target && DFLINT_CONFIG_NAMES.indexOf(basename(p) as never) < DFLINT_CONFIG_NAMES.indexOf(".dflint.yaml"));
  if (shadowing.length) {
    io.stderr(`dflint init: ${rel(io, shadowing[0]!)} already exists and is read before .dflint.yaml; remove it first\n`);
    return 2;
  }
  if (existing.includes(target) && !force) {
    io.stderr(`dflint init: ${rel(io, target)} already exists; use --force to overwrite it\n`);
    return 2;
  }

  let yaml: string;
  try {
    yaml = hadolintToDflintYaml(readFileSync(source, "utf8"), rules, basename(source));
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`dflint init: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    writeFileSync(target, yaml);
  } catch (err) {
    io.stderr(`dflint init: cannot write ${rel(io, target)}: ${(err as Error).message}\n`);
    return 2;
  }
  io.stdout(`Wrote ${rel(io, target)} from ${rel(io, source)}.\n`);
  for (const p of existing) if (p !== target) io.stderr(`dflint init: note: ${rel(io, p)} is now unused (.dflint.yaml is read first)\n`);
  io.stdout(`dflint reads .dflint.yaml before .hadolint.yaml in that folder; you can delete ${basename(source)} once hadolint is gone.\n`);
  return 0;
}

function rel(io: Io, p: string): string {
  return relative(io.cwd, p) || p;
}
