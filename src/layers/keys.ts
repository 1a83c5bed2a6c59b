// The parts of a step that BuildKit hashes, in canonical form, so that two
// versions of a Dockerfile (or two sets of build args / platforms) can be
// compared step by step. Spellings that produce the same LLB compare equal:
// `alpine` and `docker.io/library/alpine:latest`, `--chmod=755` and `0755`,
// exec-form spacing, a renamed stage (stage references become `@stage<N>@`
// tokens that `diffDockerfile` maps between the two versions).
import type { Flag, Instruction, Model, Scope, Stage } from "../model/types";

/** Token that stands for a stage in a signature (the stage index of that version). */
export function stageToken(stage: Stage): string {
  return `@stage${stage.index}@`;
}

/** `name[:tag][@digest]` normalized as docker/distribution does (`alpine` -> `docker.io/library/alpine:latest`). */
export function normalizeImage(ref: string): string {
  if (!ref || ref === "scratch") return ref;
  const at = ref.indexOf("@");
  const digest = at >= 0 ? ref.slice(at) : "";
  let name = at >= 0 ? ref.slice(0, at) : ref;
  let tag = "";
  const colon = name.lastIndexOf(":");
  if (colon > name.lastIndexOf("/")) {
    tag = name.slice(colon);
    name = name.slice(0, colon);
  }
  const slash = name.indexOf("/");
  const first = slash >= 0 ? name.slice(0, slash) : "";
  const hasDomain = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first);
  let domain = hasDomain ? first : "docker.io";
  let path = hasDomain ? name.slice(slash + 1) : name;
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !path.includes("/")) path = `library/${path}`;
  // A digest pins the image; the tag next to it is not used to resolve.
  if (!tag && !digest) tag = ":latest";
  return `${domain}/${path}${digest ? digest : tag}`;
}

/** `--chmod`: octal modes compare by value (`755` = `0755`); symbolic modes as written. */
export function normalizeMode(v: string): string {
  return /^[0-7]+$/.test(v) ? parseInt(v, 8).toString(8) : v;
}

/** Flags of a COPY/ADD/RUN as they enter the key: values expanded, stage refs as tokens. */
export function flagsKey(model: Model, ins: Instruction, scope: Scope): string {
  const out: string[] = [];
  for (const f of ins.flags) out.push(`${f.name}=${flagValue(model, f, scope)}`);
  return out.join(",");
}

function flagValue(model: Model, f: Flag, scope: Scope): string {
  if (f.value === null) return "";
  if (f.name === "from") {
    // BuildKit does not expand --from; a stage reference is the stage, not its name.
    const s = model.stageByRef(f.value);
    return s ? stageToken(s) : normalizeImage(f.value);
  }
  if (f.name === "mount") return mountKey(model, f.value, scope);
  const v = model.expand(f.value, scope).value;
  if (f.name === "chmod") return normalizeMode(v);
  if (f.name === "link" || f.name === "parents") return v === "false" ? "false" : "true";
  return v;
}

/**
 * A `--mount` value with expanded options and `from=<stage>` as a stage token.
 * Cache mounts: a custom `id` or `sharing` is left out of the key since
 * BuildKit v0.13 (`checkShouldClearCacheOpts` in solver/llbsolver/ops/exec.go);
 * the default (id = target, shared) stays in it.
 */
function mountKey(model: Model, value: string, scope: Scope): string {
  const opts = new Map<string, string>();
  for (const kv of value.split(",")) {
    const eq = kv.indexOf("=");
    const k = (eq >= 0 ? kv.slice(0, eq) : kv).trim().toLowerCase();
    let v = eq >= 0 ? model.expand(kv.slice(eq + 1), scope).value : "";
    if (k === "from") {
      const s = model.stageByRef(v);
      v = s ? stageToken(s) : normalizeImage(v);
    }
    opts.set(k === "src" ? "source" : k === "dst" || k === "destination" ? "target" : k, v);
  }
  if ((opts.get("type") ?? "bind") === "cache") {
    const target = opts.get("target") ?? "";
    const id = opts.get("id") ?? target;
    const sharing = opts.get("sharing") ?? "shared";
    opts.delete("id");
    opts.delete("sharing");
    if (id === target && sharing === "shared") opts.set("id", target);
  }
  return [...opts].map(([k, v]) => `${k}=${v}`).sort().join(",");
}

/**
 * A RUN's environment as BuildKit orders it: image env plus ENV and every ARG
 * with a value, ordered by their last assignment (llb `EnvList.AddOrReplace`
 * moves a re-assigned key to the end).
 */
export function runEnvKey(model: Model, scope: Scope): string {
  const entries = [...scope.values()]
    .map((b, order) => ({ b, order }))
    .filter(({ b }) => b.kind === "env" || b.value !== undefined || model.buildArgs.has(b.name));
  entries.sort((x, y) => (x.b.declaredBy?.index ?? -1) - (y.b.declaredBy?.index ?? -1) || x.order - y.order);
  return entries.map(({ b }) => `${b.name}=${b.value ?? "?"}`).join("\u0001");
}

/** The command of a RUN as it enters the key: exec form as the parsed array, shell form as the joined text with the shell. */
export function runCommandKey(ins: Instruction): string {
  if (ins.run?.form === "exec" && ins.json) return JSON.stringify(ins.json.values);
  // The flags (--mount, --network, ...) are keyed on their own.
  const command = ins.argsText.text.replace(/^(\s*--[A-Za-z-]+(=("[^"]*"|'[^']*'|\S)*)?)+\s*/, "").trim();
  return `${JSON.stringify(ins.run?.shell ?? [])} ${command}`;
}

/** Heredoc bodies as they enter the key: unquoted delimiters expand ARG/ENV references (COPY/ADD; RUN bodies are not expanded). */
export function heredocKey(model: Model, ins: Instruction, scope: Scope): string {
  return ins.heredocs
    .map((h) => (h.quoted || ins.keyword === "RUN" ? h.body : model.expand(h.body, scope).value))
    .join("\u0000");
}
