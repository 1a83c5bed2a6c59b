// Reads the builds of a Bake file (docker-bake.hcl or docker-bake.json): targets with `context`,
// `dockerfile` (relative to the context), `args`, `target`, `contexts` and `inherits`, groups
// (`default` is what `docker buildx bake` builds without arguments), and variables (their
// `default`, overridden by an environment variable of the same name, as Bake does).
import { readFileSync } from "node:fs";
import { dirname, relative as relativePath, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { parseHcl, type HclBody, type HclValue } from "./hcl";
import { interpolateBake } from "./interpolate";
import { BuildFileError, readBuildFile, type BuildArg, type BuildFile } from "./types";

/** `docker buildx bake`'s default files (after the Compose ones, which dflint does not read as Bake files): all that exist, merged in this order. */
export const BAKE_NAMES = ["docker-bake.json", "docker-bake.hcl", "docker-bake.override.json", "docker-bake.override.hcl"];

/** An attribute or a map entry with the file (as shown) and line that set it. */
interface Attr {
  value: HclValue;
  line: number;
  file: string;
}

interface Block {
  line: number;
  file: string;
  attrs: Map<string, Attr>;
  /** `args` and `contexts` merge entry by entry across blocks and files (the other attributes are replaced). */
  args: Map<string, Attr>;
  contexts: Map<string, Attr>;
}

interface BakeData {
  targets: Map<string, Block>;
  groups: Map<string, Block>;
  variables: Map<string, Block>;
}

const MERGED_MAPS = ["args", "contexts"] as const;

/** Adds a block to its kind's map, merging with an earlier block of the same name as Bake does. */
function addBlock(into: Map<string, Block>, name: string, line: number, file: string, attributes: Iterable<[string, { value: HclValue; line: number }]>): void {
  const block = into.get(name) ?? { line, file, attrs: new Map(), args: new Map(), contexts: new Map() };
  for (const [k, a] of attributes) {
    if ((MERGED_MAPS as readonly string[]).includes(k) && a.value.kind === "object") {
      for (const e of a.value.entries) block[k as (typeof MERGED_MAPS)[number]].set(e.key, { value: e.value, line: e.line, file });
    } else block.attrs.set(k, { value: a.value, line: a.line, file });
  }
  into.set(name, block);
}

function fromHcl(body: HclBody, file: string, data: BakeData): void {
  for (const b of body.blocks) {
    const into = b.type === "target" ? data.targets : b.type === "group" ? data.groups : b.type === "variable" ? data.variables : null;
    if (!into) continue;
    const name = b.labels[0];
    if (!name) throw new BuildFileError(`${file}:${b.line}: a ${b.type} block needs a name`);
    addBlock(into, name, b.line, file, b.body.attributes);
  }
}

/** JSON (read with the YAML parser, which keeps line numbers) in the shape the HCL reader gives. */
function fromJson(text: string, file: string, data: BakeData): void {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) throw new BuildFileError(`${file}:${doc.errors[0]!.linePos?.[0]?.line ?? 1}: not valid JSON`);
  const lineOf = (n: unknown) => ((n as Node)?.range ? lines.linePos((n as Node).range![0]).line : 1);
  const value = (n: unknown): HclValue => {
    const line = lineOf(n);
    if (isScalar(n)) {
      if (typeof n.value === "string") return { kind: "string", value: n.value, line };
      if (n.value === null) return { kind: "null", value: "", line };
      return { kind: typeof n.value === "boolean" ? "bool" : "number", value: String(n.value), line };
    }
    if (isSeq(n)) return { kind: "list", items: n.items.map(value), line };
    if (isMap(n)) return { kind: "object", entries: n.items.map((p) => ({ key: String((p.key as { value: unknown }).value), value: value(p.value), line: lineOf(p.key) })), line };
    return { kind: "unknown", line };
  };
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const [kind, into] of [["target", data.targets], ["group", data.groups], ["variable", data.variables]] as const) {
    const section = root.get(kind, true);
    if (!isMap(section)) continue;
    for (const p of section.items) {
      if (!isMap(p.value)) continue;
      const attrs = p.value.items.map((a) => [String((a.key as { value: unknown }).value), { value: value(a.value), line: lineOf(a.key) }] as [string, { value: HclValue; line: number }]);
      addBlock(into, String((p.key as { value: unknown }).value), lineOf(p.key), file, attrs);
    }
  }
}

function isRemote(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@");
}

export interface BakeOptions {
  env: NodeJS.ProcessEnv;
  /** Folder bake runs in: local contexts are relative to it (unless BUILDX_BAKE_FILE_RELATIVE_PATHS=1). */
  cwd: string;
  /** Targets or groups to build (`--target`); default: the `default` group, else every target. */
  select?: string[];
}

/** Reads and merges Bake files (absolute paths, in order), as `docker buildx bake -f a -f b` does. */
export function readBakeFiles(files: string[], options: BakeOptions): BuildFile {
  const data: BakeData = { targets: new Map(), groups: new Map(), variables: new Map() };
  for (const abs of files) {
    const shown = relativePath(options.cwd, abs) || abs;
    const text = readBuildFile(shown, () => readFileSync(abs, "utf8"));
    if (abs.endsWith(".json")) fromJson(text, shown, data);
    else fromHcl(parseHcl(text, shown), shown, data);
  }
  const firstShown = relativePath(options.cwd, files[0]!) || files[0]!;

  // Variables: environment first, then defaults (which may refer to other variables).
  const values = new Map<string, string | null>();
  const resolving = new Set<string>();
  const lookup = (name: string): string | undefined => {
    if (options.env[name] !== undefined && data.variables.has(name)) return options.env[name];
    if (values.has(name)) return values.get(name) ?? undefined;
    const v = data.variables.get(name);
    if (!v || resolving.has(name)) return undefined;
    resolving.add(name);
    const d = v.attrs.get("default");
    const s = d ? asString(d.value) : "";
    resolving.delete(name);
    values.set(name, s);
    return s ?? undefined;
  };
  const asString = (v: HclValue): string | null => {
    if (v.kind === "string") return interpolateBake(v.value, lookup);
    if (v.kind === "number" || v.kind === "bool") return v.value;
    if (v.kind === "ref") return lookup(v.name) ?? null;
    return null;
  };
  const asList = (v: HclValue | undefined): string[] => (v?.kind === "list" ? v.items.map(asString).filter((s): s is string => s !== null) : []);

  // Targets with their inherited attributes (parents first, in order; args and contexts merged by key).
  type Merged = { attrs: Map<string, Attr>; args: Map<string, Attr>; contexts: Map<string, Attr> };
  const merged = new Map<string, Merged>();
  const merge = (name: string, chain: string[]): Merged => {
    const done = merged.get(name);
    if (done) return done;
    const t = data.targets.get(name);
    const child = data.targets.get(chain.at(-1) ?? "");
    if (!t) throw new BuildFileError(`${child?.file ?? firstShown}:${child?.line ?? 1}: target '${chain.at(-1)}' inherits '${name}', which is not defined`);
    if (chain.includes(name)) throw new BuildFileError(`${t.file}:${t.line}: target '${name}' inherits itself (${[...chain, name].join(" -> ")})`);
    const out: Merged = { attrs: new Map(), args: new Map(), contexts: new Map() };
    for (const parent of asList(t.attrs.get("inherits")?.value)) {
      const m = merge(parent, [...chain, name]);
      for (const key of ["attrs", "args", "contexts"] as const) for (const [k, v] of m[key]) out[key].set(k, v);
    }
    for (const key of ["attrs", "args", "contexts"] as const) for (const [k, v] of t[key]) out[key].set(k, v);
    merged.set(name, out);
    return out;
  };

  // Which targets: named ones (groups expanded), else the default group, else all.
  const selected: string[] = [];
  const expand = (name: string, seen: Set<string>, where: { file: string; line: number }) => {
    if (seen.has(name)) return;
    seen.add(name);
    const group = data.groups.get(name);
    if (group) for (const t of asList(group.attrs.get("targets")?.value)) expand(t, seen, group);
    else if (data.targets.has(name)) selected.push(name);
    else throw new BuildFileError(`${where.file}:${where.line}: no target or group named '${name}'${options.select ? "" : " (in the default group)"}`);
  };
  const seen = new Set<string>();
  const top = { file: firstShown, line: 1 };
  if (options.select?.length) for (const s of options.select) expand(s, seen, top);
  else if (data.groups.has("default")) expand("default", seen, top);
  else for (const t of data.targets.keys()) expand(t, seen, top);

  // Local contexts are relative to where bake runs; with BUILDX_BAKE_FILE_RELATIVE_PATHS=1, to the
  // file that sets them (or defines the target). `cwd://` always means where bake runs.
  const fileRelative = /^(1|true)$/i.test(options.env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? "");
  const dirOf = (shown: string) => (fileRelative ? dirname(resolve(options.cwd, shown)) : options.cwd);
  const out: BuildFile = { file: files[0]!, builds: [], notes: [] };
  for (const name of selected) {
    const m = merge(name, []);
    const block = data.targets.get(name)!;
    const attr = (k: string) => m.attrs.get(k);
    if (attr("dockerfile-inline")) {
      out.notes.push(`${block.file}: target '${name}' uses dockerfile-inline, which dflint does not lint`);
      continue;
    }
    const contextAttr = attr("context");
    let context = contextAttr ? asString(contextAttr.value) : ".";
    const dockerfile = attr("dockerfile") ? asString(attr("dockerfile")!.value) : "Dockerfile";
    if (context === null || dockerfile === null) {
      out.notes.push(`${block.file}: target '${name}': its context or dockerfile is computed (a function or expression), which dflint does not evaluate`);
      continue;
    }
    if (isRemote(context)) {
      out.notes.push(`${block.file}: target '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    let contextDir = dirOf(contextAttr?.file ?? block.file);
    if (context.startsWith("cwd://")) (context = context.slice(6)), (contextDir = options.cwd);
    const args: BuildArg[] = [...m.args].map(([k, v]) => ({ name: k, value: v.value.kind === "null" ? null : asString(v.value), line: v.line, file: v.file }));
    const t = attr("target");
    const targetName = t ? asString(t.value) : null;
    const contexts: Record<string, string> = {};
    for (const [k, v] of m.contexts) contexts[k] = asString(v.value) ?? "";
    const contextAbs = resolve(contextDir, context);
    out.builds.push({
      kind: "bake",
      file: resolve(options.cwd, block.file),
      name,
      line: block.line,
      dockerfile: resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target: targetName ? { name: targetName, line: t!.line, file: t!.file } : null,
      contexts,
    });
  }
  return out;
}
