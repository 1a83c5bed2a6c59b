// The builds of a Compose project as `docker compose` assembles it from several files:
// - files given together (`-f a.yaml -f b.yaml`, or compose.yaml + compose.override.yaml) merge in
//   order: a later file's build keys replace earlier ones, `args` and `additional_contexts` merge
//   by name, and every relative path is relative to the first file's folder;
// - `extends` copies another service's build under the local one (a path in the extended file
//   stays relative to that file's folder);
// - `include` adds another project's services, each with its own folder and .env; a service
//   defined both there and in the including file is an error, as in Compose.
import { dirname, join, relative as relativePath, resolve } from "node:path";
import { composeLookup, isRemoteContext, readComposeServices, type ComposeFileRead, type RawBuild, type RawService } from "./compose";
import type { Lookup } from "./interpolate";
import { BuildFileError, type BuildDefinition, type BuildFile } from "./types";

export interface ComposeProjectOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

interface Loader {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Files read for `extends`, by path and folder. */
  reads: Map<string, ComposeFileRead>;
}

/** Reads and merges the Compose files (absolute paths, in order) into one project's builds. */
export function readComposeProject(files: string[], options: ComposeProjectOptions): BuildFile {
  const loader: Loader = { cwd: options.cwd, env: options.env, reads: new Map() };
  const projectDir = dirname(files[0]!);
  const services = loadProject(files, projectDir, [join(projectDir, ".env")], loader, []);
  const out: BuildFile = { file: files[0]!, builds: [], notes: [] };
  for (const svc of services.values()) {
    const b = svc.build;
    if (!b) continue;
    if (b.inline) {
      out.notes.push(`${svc.file}: service '${svc.name}' uses dockerfile_inline, which dflint does not lint`);
      continue;
    }
    const context = b.context?.value ?? ".";
    if (isRemoteContext(context)) {
      out.notes.push(`${svc.file}: service '${svc.name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    const contextAbs = resolve(b.context?.dir ?? b.dir, context);
    out.builds.push({
      kind: "compose",
      file: resolve(options.cwd, svc.file),
      name: svc.name,
      line: svc.line,
      dockerfile: resolve(contextAbs, b.dockerfile?.value ?? "Dockerfile"),
      context: contextAbs,
      args: [...b.args.values()],
      target: b.target ? { name: b.target.value, line: b.target.line, file: b.target.file } : null,
      contexts: Object.fromEntries(b.contexts),
    } satisfies BuildDefinition);
  }
  return out;
}

function shownPath(abs: string, cwd: string): string {
  return relativePath(cwd, abs) || abs;
}

/** The services of files merged in order, with extends and includes resolved. `chain`: files being included (cycle guard). */
function loadProject(files: string[], projectDir: string, envFiles: string[], loader: Loader, chain: string[]): Map<string, RawService> {
  const lookup = composeLookup(loader.env, envFiles);
  const project = new Map<string, RawService>();
  for (const abs of files) {
    const shown = shownPath(abs, loader.cwd);
    if (chain.includes(abs)) throw new BuildFileError(`${shown}: included from itself (${[...chain, abs].map((f) => shownPath(f, loader.cwd)).join(" -> ")})`);
    const read = readComposeServices(abs, shown, projectDir, lookup);
    const own = new Map<string, RawService>();
    for (const svc of read.services.values()) own.set(svc.name, resolveExtends(svc, read, abs, projectDir, lookup, loader, []));
    for (const inc of read.includes) {
      if (!inc.paths.length) continue;
      const incFiles = inc.paths.map((p) => resolve(projectDir, p));
      const incDir = inc.projectDirectory ? resolve(projectDir, inc.projectDirectory) : dirname(incFiles[0]!);
      const incEnv = inc.envFiles.length ? inc.envFiles.map((f) => resolve(projectDir, f)) : [join(incDir, ".env")];
      for (const svc of from(`${shown}:${inc.line}`, () => loadProject(incFiles, incDir, incEnv, loader, [...chain, abs])).values()) {
        const mine = own.get(svc.name);
        if (mine) throw new BuildFileError(`${shown}:${mine.line}: service '${svc.name}' is also defined by the included ${svc.file}; Compose refuses the conflict`);
        own.set(svc.name, svc);
      }
    }
    for (const svc of own.values()) {
      const prev = project.get(svc.name);
      project.set(svc.name, prev ? { ...prev, build: mergeBuild(prev.build, svc.build) } : svc);
    }
  }
  return project;
}

/** The service with the build of the service it extends (recursively) merged under its own. */
function resolveExtends(svc: RawService, read: ComposeFileRead, abs: string, dir: string, lookup: Lookup, loader: Loader, chain: string[]): RawService {
  const ext = svc.extends;
  if (!ext) return svc;
  const key = `${abs}#${svc.name}`;
  if (chain.includes(key)) throw new BuildFileError(`${svc.file}:${ext.line}: service '${svc.name}' extends itself (${[...chain, key].map((k) => k.split("#")[1]).join(" -> ")})`);
  let baseRead = read;
  let baseAbs = abs;
  let baseDir = dir;
  if (ext.file) {
    baseAbs = resolve(dirname(abs), ext.file);
    baseDir = dirname(baseAbs);
    const cacheKey = `${baseAbs}\0${baseDir}`;
    let cached = loader.reads.get(cacheKey);
    if (!cached) {
      cached = from(`${svc.file}:${ext.line}`, () => readComposeServices(baseAbs, shownPath(baseAbs, loader.cwd), baseDir, lookup));
      loader.reads.set(cacheKey, cached);
    }
    baseRead = cached;
  }
  const base = baseRead.services.get(ext.service);
  if (!base) throw new BuildFileError(`${svc.file}:${ext.line}: service '${svc.name}' extends '${ext.service}', which ${shownPath(baseAbs, loader.cwd)} does not define`);
  const resolved = resolveExtends(base, baseRead, baseAbs, baseDir, lookup, loader, [...chain, key]);
  return { ...svc, build: mergeBuild(resolved.build, svc.build) };
}

/** Runs `read`; an error reading another file is prefixed with the place that refers to it. */
function from<T>(place: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof BuildFileError && !err.message.startsWith(place)) throw new BuildFileError(`${place}: ${err.message}`);
    throw err;
  }
}

/** Compose's merge of two `build:` mappings: keys replaced, args and additional contexts merged by name. */
function mergeBuild(base: RawBuild | null, over: RawBuild | null): RawBuild | null {
  if (!base || !over) return over ?? base;
  return {
    dir: base.dir,
    context: over.context ?? base.context,
    dockerfile: over.dockerfile ?? base.dockerfile,
    inline: over.inline ?? base.inline,
    target: over.target ?? base.target,
    args: new Map([...base.args, ...over.args]),
    contexts: new Map([...base.contexts, ...over.contexts]),
  };
}
