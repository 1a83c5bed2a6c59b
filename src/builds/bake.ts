// Reads the builds of a Bake file (docker-bake.hcl or docker-bake.json): targets with `context`,
// `dockerfile` (relative to the context), `args`, `target`, `contexts` and `inherits`, groups
// (`default` is what `docker buildx bake` builds without arguments), and variables (their
// `default`, overridden by an environment variable of the same name, as Bake does).
import fs from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { parseHcl, type HclBody, type HclValue } from "./hcl";
import { interpolateBake } from "./interpolate";
import { BuildFileError, readBuildFile, type BuildArg, type BuildFile } from "./types";

export const BAKE_NAMES = ["docker-bake.hcl", "docker-bake.json", "docker-bake.override.hcl", "docker-bake.override.json"];

interface Block {
  line: number;
  attrs: Map<string, { value: HclValue; line: number }>;
}

interface BakeData {
  targets: Map<string, Block>;
  groups: Map<string, Block>;
  variables: Map<string, Block>;
}

function fromHcl(body: HclBody, file: string): BakeData {
  const data: BakeData = { targets: new Map(), groups: new Map(), variables: new Map() };
  for (const b of body.blocks) {
    const into = b.type === "target" ? data.targets : b.type === "group" ? data.groups : b.type === "variable" ? data.variables : null;
    if (!into) continue;
    const name = b.labels[0];
    if (!name) throw new BuildFileError(`${file}:${b.line}: a ${b.type} block needs a name`);
    const prev = into.get(name);
    // Bake merges blocks of the same name, the later one winning attribute by attribute.
    into.set(name, { line: prev?.line ?? b.line, attrs: new Map([...(prev?.attrs ?? []), ...b.body.attributes]) });
  }
  return data;
}

/** JSON (read with the YAML parser, which keeps line numbers) in the shape the HCL reader gives. */
function fromJson(text: string, file: string): BakeData {
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
  const data: BakeData = { targets: new Map(), groups: new Map(), variables: new Map() };
  const root = doc.contents;
  if (!isMap(root)) return data;
  for (const [kind, into] of [["target", data.targets], ["group", data.groups], ["variable", data.variables]] as const) {
    const section = root.get(kind, true);
    if (!isMap(section)) continue;
    for (const p of section.items) {
      if (!isMap(p.value)) continue;
      const attrs = new Map<string, { value: HclValue; line: number }>();
      for (const a of p.value.items) attrs.set(String((a.key as { value: unknown }).value), { value: value(a.value), line: lineOf(a.key) });
      into.set(String((p.key as { value: unknown }).value), { line: lineOf(p.key), attrs });
    }
  }
  return data;
}

function isRemote(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@");
}

export interface BakeOptions {
  env: NodeJS.ProcessEnv;
  /** Targets or groups to build (`--target`); default: the `default` group, else every target. */
  select?: string[];
}

export function readBakeFile(file: string, options: BakeOptions): BuildFile {
  const abs = path.resolve(file);
  const shown = path.basename(abs);
  const text = readBuildFile(file, () => fs.readFileSync(abs, "utf8"));
  const data = abs.endsWith(".json") ? fromJson(text, file) : fromHcl(parseHcl(text, file), file);

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
  type Merged = { attrs: Map<string, { value: HclValue; line: number }>; args: Map<string, { value: HclValue; line: number }>; contexts: Map<string, HclValue> };
  const merged = new Map<string, Merged>();
  const merge = (name: string, chain: string[]): Merged => {
    const done = merged.get(name);
    if (done) return done;
    const t = data.targets.get(name);
    if (!t) throw new BuildFileError(`${file}:${data.targets.get(chain.at(-1) ?? "")?.line ?? 1}: target '${chain.at(-1)}' inherits '${name}', which is not defined`);
    if (chain.includes(name)) throw new BuildFileError(`${file}:${t.line}: target '${name}' inherits itself (${[...chain, name].join(" -> ")})`);
    const out: Merged = { attrs: new Map(), args: new Map(), contexts: new Map() };
    for (const parent of asList(t.attrs.get("inherits")?.value)) {
      const m = merge(parent, [...chain, name]);
      for (const [k, v] of m.attrs) out.attrs.set(k, v);
      for (const [k, v] of m.args) out.args.set(k, v);
      for (const [k, v] of m.contexts) out.contexts.set(k, v);
    }
    for (const [k, v] of t.attrs) {
      if (k === "args" && v.value.kind === "object") for (const e of v.value.entries) out.args.set(e.key, { value: e.value, line: e.line });
      else if (k === "contexts" && v.value.kind === "object") for (const e of v.value.entries) out.contexts.set(e.key, e.value);
      else out.attrs.set(k, v);
    }
    merged.set(name, out);
    return out;
  };

  // Which targets: named ones (groups expanded), else the default group, else all.
  const selected: string[] = [];
  const expand = (name: string, seen: Set<string>, line: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (data.groups.has(name)) for (const t of asList(data.groups.get(name)!.attrs.get("targets")?.value)) expand(t, seen, data.groups.get(name)!.line);
    else if (data.targets.has(name)) selected.push(name);
    else throw new BuildFileError(`${file}:${line}: no target or group named '${name}'${options.select ? "" : " (in the default group)"}`);
  };
  const seen = new Set<string>();
  if (options.select?.length) for (const s of options.select) expand(s, seen, 1);
  else if (data.groups.has("default")) expand("default", seen, 1);
  else for (const t of data.targets.keys()) expand(t, seen, 1);

  const out: BuildFile = { file: abs, builds: [], notes: [] };
  const dir = path.dirname(abs);
  for (const name of selected) {
    const m = merge(name, []);
    const attr = (k: string) => m.attrs.get(k);
    if (attr("dockerfile-inline")) {
      out.notes.push(`${shown}: target '${name}' uses dockerfile-inline, which dflint does not lint`);
      continue;
    }
    const context = attr("context") ? asString(attr("context")!.value) : ".";
    const dockerfile = attr("dockerfile") ? asString(attr("dockerfile")!.value) : "Dockerfile";
    if (context === null || dockerfile === null) {
      out.notes.push(`${shown}: target '${name}': its context or dockerfile is computed (a function or expression), which dflint does not evaluate`);
      continue;
    }
    if (isRemote(context)) {
      out.notes.push(`${shown}: target '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    const args: BuildArg[] = [...m.args].map(([k, v]) => ({ name: k, value: v.value.kind === "null" ? null : asString(v.value), line: v.line }));
    const t = attr("target");
    const targetName = t ? asString(t.value) : null;
    const contexts: Record<string, string> = {};
    for (const [k, v] of m.contexts) contexts[k] = asString(v) ?? "";
    const contextAbs = path.resolve(dir, context);
    out.builds.push({
      kind: "bake",
      file: abs,
      name,
      line: data.targets.get(name)!.line,
      dockerfile: path.resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target: targetName ? { name: targetName, line: t!.line } : null,
      contexts,
    });
  }
  return out;
}
