// Reads the services of one Compose file (compose.yaml): per service, `build:` as a context string
// or as { context, dockerfile, args, target, additional_contexts }, its `extends`, and the file's
// top-level `include` list, with Compose's variable interpolation. Merging files, extends and
// includes into the builds of a project is compose-project.ts's job.
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import { interpolateCompose, type Lookup } from "./interpolate";
import { BuildFileError, readBuildFile, type BuildArg } from "./types";

export const COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
/** Picked up beside the file found by name, as `docker compose` does when no -f is given. */
export const COMPOSE_OVERRIDE_NAMES = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"];

/** A value with the Compose file and line it came from. */
export interface Sourced {
  value: string;
  file: string;
  line: number;
}

/** A service's `build:` as one file writes it; fields it does not write are absent, so a later file can merge over it. */
export interface RawBuild {
  /** The folder of the file that wrote this build first: a missing context (".") is relative to it. */
  dir: string;
  /** The context and the folder it is relative to (the project folder; the extended file's for `extends`). */
  context?: Sourced & { dir: string };
  dockerfile?: Sourced;
  inline?: boolean;
  target?: Sourced;
  args: Map<string, BuildArg>;
  contexts: Map<string, string>;
}

export interface RawService {
  name: string;
  file: string;
  line: number;
  build: RawBuild | null;
  extends: { service: string; file: string | null; line: number } | null;
}

export interface RawInclude {
  paths: string[];
  projectDirectory: string | null;
  envFiles: string[];
  line: number;
}

export interface ComposeFileRead {
  services: Map<string, RawService>;
  includes: RawInclude[];
}

/** `KEY=value` lines of a .env file (comments, `export`, quotes). */
export function readDotEnv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, "");
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, "");
    out.set(line.slice(0, eq).trim(), value);
  }
  return out;
}

/** The environment, then the .env files (a missing one is no error), as interpolation sees them. */
export function composeLookup(env: NodeJS.ProcessEnv, envFiles: string[]): Lookup {
  const dotenv = new Map<string, string>();
  for (const f of envFiles) {
    try {
      for (const [k, v] of readDotEnv(readFileSync(f, "utf8"))) dotenv.set(k, v);
    } catch {
      // no .env: only the environment
    }
  }
  return (name) => env[name] ?? dotenv.get(name);
}

/**
 * One Compose file's services. `shown` names it in messages; `projectDir` is the folder relative
 * paths in it are resolved from (Compose: the first file's folder, for every file merged with it).
 */
export function readComposeServices(abs: string, shown: string, projectDir: string, lookup: Lookup): ComposeFileRead {
  const text = readBuildFile(shown, () => readFileSync(abs, "utf8"));
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new BuildFileError(`${shown}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const lineOf = (node: unknown): number => ((node as Node | null)?.range ? lines.linePos((node as Node).range![0]).line : 1);
  const str = (node: unknown): string | null => {
    if (!isScalar(node) || node.value === null || typeof node.value === "object") return null;
    return interpolateCompose(String(node.value), lookup);
  };
  const sourced = (node: unknown): Sourced | undefined => {
    const s = str(node);
    return s === null ? undefined : { value: s, file: shown, line: lineOf(node) };
  };

  const out: ComposeFileRead = { services: new Map(), includes: [] };
  const root = doc.contents && isMap(doc.contents) ? doc.contents : null;
  const services = root?.get("services", true);
  if (isMap(services)) {
    for (const pair of (services as YAMLMap).items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const name = String(pair.key.value);
      const svc = pair.value;
      out.services.set(name, {
        name,
        file: shown,
        line: lineOf(pair.key),
        build: readBuild(svc.get("build", true), projectDir, sourced, str, lineOf, lookup, shown),
        extends: readExtends(svc.get("extends", true), str, lineOf),
      });
    }
  }
  const include = root?.get("include", true);
  if (isSeq(include)) {
    for (const item of include.items) {
      if (isScalar(item)) {
        const p = str(item);
        if (p) out.includes.push({ paths: [p], projectDirectory: null, envFiles: [], line: lineOf(item) });
      } else if (isMap(item)) {
        const list = (n: unknown) => (isSeq(n) ? n.items.map(str) : [str(n)]).filter((s): s is string => !!s);
        const projectDirectory = str(item.get("project_directory", true));
        out.includes.push({ paths: list(item.get("path", true)), projectDirectory, envFiles: list(item.get("env_file", true)), line: lineOf(item) });
      }
    }
  }
  return out;
}

function readExtends(node: unknown, str: (n: unknown) => string | null, lineOf: (n: unknown) => number): RawService["extends"] {
  if (isScalar(node)) {
    const s = str(node);
    return s ? { service: s, file: null, line: lineOf(node) } : null;
  }
  if (!isMap(node)) return null;
  const service = str(node.get("service", true));
  return service ? { service, file: str(node.get("file", true)), line: lineOf(node) } : null;
}

function readBuild(
  node: unknown,
  dir: string,
  sourced: (n: unknown) => Sourced | undefined,
  str: (n: unknown) => string | null,
  lineOf: (n: unknown) => number,
  lookup: Lookup,
  shown: string,
): RawBuild | null {
  const build: RawBuild = { dir, args: new Map(), contexts: new Map() };
  // The short form `build: ./dir` is `build: {context: ./dir}` (files merge in the long form).
  if (isScalar(node)) {
    const c = sourced(node);
    if (c) build.context = { ...c, dir };
    return build;
  }
  if (!isMap(node)) return null;
  const get = (k: string) => node.get(k, true) as unknown;
  if (get("dockerfile_inline") !== undefined) build.inline = true;
  const c = sourced(get("context"));
  if (c) build.context = { ...c, dir };
  build.dockerfile = sourced(get("dockerfile"));
  build.target = sourced(get("target"));
  readArgs(get("args"), build.args, str, lineOf, lookup, shown);
  const extra = get("additional_contexts");
  if (isMap(extra)) for (const p of extra.items) if (isScalar(p.key)) build.contexts.set(String(p.key.value), str(p.value) ?? "");
  if (isSeq(extra)) for (const item of extra.items) {
    const s = str(item);
    const eq = s?.indexOf("=") ?? -1;
    if (s && eq > 0) build.contexts.set(s.slice(0, eq), s.slice(eq + 1));
  }
  return build;
}

function readArgs(node: unknown, args: Map<string, BuildArg>, str: (n: unknown) => string | null, lineOf: (n: unknown) => number, lookup: Lookup, file: string): void {
  if (isMap(node)) {
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      const name = String(p.key.value);
      // `NAME:` with no value takes the value from the environment, as a list entry `NAME` does.
      const value = p.value === null || (isScalar(p.value) && p.value.value === null) ? (lookup(name) ?? null) : str(p.value);
      args.set(name, { name, value, line: lineOf(p.key), file });
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const s = str(item);
      if (!s) continue;
      const eq = s.indexOf("=");
      const name = eq < 0 ? s : s.slice(0, eq);
      args.set(name, { name, value: eq < 0 ? (lookup(name) ?? null) : s.slice(eq + 1), line: lineOf(item), file });
    }
  }
}

export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@") || /^github\.com\//.test(context);
}
