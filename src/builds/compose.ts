// Reads the builds of a Compose file (compose.yaml): per service, `build:` as a context string or
// as { context, dockerfile, args, target, additional_contexts }, with Compose's variable
// interpolation from the environment and the `.env` file beside it. `dockerfile` is relative to
// the context, the context to the Compose file's folder, as `docker compose build` reads them.
import fs from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import { interpolateCompose, type Lookup } from "./interpolate";
import { BuildFileError, readBuildFile, type BuildArg, type BuildDefinition, type BuildFile } from "./types";

export const COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

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

function isRemote(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@") || /^github\.com\//.test(context);
}

export function readComposeFile(file: string, env: NodeJS.ProcessEnv): BuildFile {
  const abs = path.resolve(file);
  const shown = path.basename(abs);
  const text = readBuildFile(file, () => fs.readFileSync(abs, "utf8"));
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new BuildFileError(`${file}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const dir = path.dirname(abs);
  let dotenv = new Map<string, string>();
  try {
    dotenv = readDotEnv(fs.readFileSync(path.join(dir, ".env"), "utf8"));
  } catch {
    // no .env: only the environment
  }
  const lookup: Lookup = (name) => env[name] ?? dotenv.get(name);
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const str = (node: unknown): string | null => {
    if (!isScalar(node) || node.value === null || typeof node.value === "object") return null;
    return interpolateCompose(String(node.value), lookup);
  };

  const out: BuildFile = { file: abs, builds: [], notes: [] };
  const services = (doc.contents && isMap(doc.contents) ? doc.contents.get("services", true) : null) as unknown;
  if (!isMap(services)) return out;
  for (const pair of (services as YAMLMap).items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    const svc = pair.value;
    if (!isMap(svc)) continue;
    const build = svc.get("build", true) as unknown;
    if (build === undefined || build === null) continue;
    const buildNode = build as Node;
    let context = ".";
    let dockerfile = "Dockerfile";
    const args: BuildArg[] = [];
    let target: BuildDefinition["target"] = null;
    const contexts: Record<string, string> = {};
    if (isScalar(buildNode)) context = str(buildNode) ?? ".";
    else if (isMap(buildNode)) {
      const get = (k: string) => buildNode.get(k, true) as unknown;
      if (get("dockerfile_inline") !== undefined) {
        out.notes.push(`${shown}: service '${name}' uses dockerfile_inline, which dflint does not lint`);
        continue;
      }
      context = str(get("context")) ?? ".";
      dockerfile = str(get("dockerfile")) ?? "Dockerfile";
      const t = get("target");
      const tn = str(t);
      if (tn) target = { name: tn, line: lineOf(t as Node) };
      collectArgs(get("args"), args, str, lineOf, lookup);
      const extra = get("additional_contexts");
      if (isMap(extra)) for (const p of extra.items) if (isScalar(p.key)) contexts[String(p.key.value)] = str(p.value) ?? "";
      if (isSeq(extra)) for (const item of extra.items) {
        const s = str(item);
        const eq = s?.indexOf("=") ?? -1;
        if (s && eq > 0) contexts[s.slice(0, eq)] = s.slice(eq + 1);
      }
    } else continue;
    if (isRemote(context)) {
      out.notes.push(`${shown}: service '${name}' builds from a remote context (${context}), which dflint does not fetch`);
      continue;
    }
    const contextAbs = path.resolve(dir, context);
    out.builds.push({
      kind: "compose",
      file: abs,
      name,
      line: lineOf(pair.key as Node),
      dockerfile: path.resolve(contextAbs, dockerfile),
      context: contextAbs,
      args,
      target,
      contexts,
    });
  }
  return out;
}

function collectArgs(
  node: unknown,
  args: BuildArg[],
  str: (n: unknown) => string | null,
  lineOf: (n: Node | null | undefined) => number,
  lookup: Lookup,
): void {
  if (isMap(node)) {
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      const name = String(p.key.value);
      // `NAME:` with no value takes the value from the environment, as a list entry `NAME` does.
      const value = p.value === null || (isScalar(p.value) && p.value.value === null) ? (lookup(name) ?? null) : str(p.value);
      args.push({ name, value, line: lineOf(p.key as Node) });
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const s = str(item);
      if (!s) continue;
      const eq = s.indexOf("=");
      const name = eq < 0 ? s : s.slice(0, eq);
      args.push({ name, value: eq < 0 ? (lookup(name) ?? null) : s.slice(eq + 1), line: lineOf(item as Node) });
    }
  }
}
