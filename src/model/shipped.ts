// Helpers for rules about what ends up in the shipped image: the build target
// and the stages it inherits from through `FROM <stage>` (not stages only read
// through COPY --from, whose filesystem and metadata do not ship).
import type { Instruction, Model, Stage, Word } from "./types";

/** The target stage followed by its FROM-<stage> ancestors (nearest first). */
export function shippedChain(model: Model): Stage[] {
  const out: Stage[] = [];
  for (let s: Stage | null = model.target; s && !out.includes(s); s = s.parent) out.push(s);
  return out;
}

/** The shipped chain as a set: the one definition of "stages that end up in the image" for all rules. */
export function shippedStages(model: Model): Set<Stage> {
  return new Set(shippedChain(model));
}

/** Instructions of the shipped chain in build order (oldest ancestor first). */
export function shippedInstructions(model: Model): Instruction[] {
  return shippedChain(model)
    .reverse()
    .flatMap((s) => s.instructions);
}

/** Expanded text of an instruction's words, or null when a variable is unknown. */
export function expandedArgs(model: Model, ins: Instruction, words: Word[] = ins.args): string | null {
  if (!words.length) return "";
  const raw = words.map((w) => w.raw).join(" ");
  const r = model.expand(raw, ins.scope);
  if (r.unresolved || r.undefinedNames.length) return null;
  return r.value;
}

/** Expands one word; null when a variable is unknown or undefined. */
export function expandedWord(model: Model, ins: Instruction, raw: string): string | null {
  const r = model.expand(raw, ins.scope);
  if (r.unresolved || r.undefinedNames.length) return null;
  return r.value;
}

/** `*` matches any run of characters; everything else is literal. */
export function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split("*")
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`, "i");
}

// Compiled once per configured list: a config's options are shared by every file it lints.
const compiledGlobs = new WeakMap<readonly string[], RegExp[]>();

/** globToRegExp of each pattern of an option's list, compiled once per list. */
export function globsToRegExps(patterns: readonly string[]): RegExp[] {
  let out = compiledGlobs.get(patterns);
  if (!out) compiledGlobs.set(patterns, (out = patterns.map((p) => globToRegExp(p))));
  return out;
}

/** A dev container definition (`.devcontainer/Dockerfile`): its user is set by devcontainer.json, and it is never shipped. */
export function isDevContainer(path: string): boolean {
  return /(^|[/\\_])\.devcontainer([/\\_]|$)/.test(path);
}
