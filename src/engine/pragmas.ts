// Inline suppressions: dflint's own pragmas, hadolint's and BuildKit's check directive.
import type { Instruction, Model } from "../model/types";

export interface Suppressions {
  /** Rule ids or related codes (`hadolint:DL3006`, `buildkit:StageNameCasing`) ignored in the whole file. */
  file: Set<string>;
  /** Per instruction index: ids/codes ignored for problems inside it. */
  byInstruction: Map<number, Set<string>>;
  /** BuildKit `# check=error=true`: BuildKit-related problems become errors. */
  buildkitError: boolean;
  /** BuildKit `# check=skip=all`. */
  buildkitSkipAll: boolean;
  /** BuildKit `# check=experimental=Name,...` (or `all`): experimental checks switched on. */
  buildkitExperimental: Set<string>;
}

// `# dflint-ignore: id, id -- reason`: the reason after ` --` is free text.
const DFLINT_IGNORE = /^dflint-ignore:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/;
const DFLINT_IGNORE_FILE = /^dflint-ignore-file:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/;
const HADOLINT_IGNORE = /^hadolint\s+ignore=([A-Za-z0-9,\s]+)/;
const HADOLINT_GLOBAL = /^hadolint\s+global\s+ignore=([A-Za-z0-9,\s]+)/;

function ids(list: string): string[] {
  return list.split(",").map((s) => s.trim()).filter(Boolean);
}

function checkDirective(value: string): { skip: string[]; error: boolean; experimental: string[] } {
  const out = { skip: [] as string[], error: false, experimental: [] as string[] };
  for (const part of value.split(";")) {
    const [k, v = ""] = part.split("=").map((s) => s.trim());
    if (k === "skip") out.skip.push(...ids(v));
    if (k === "error") out.error = v.toLowerCase() === "true";
    if (k === "experimental") out.experimental.push(...ids(v));
  }
  return out;
}

export function collectSuppressions(model: Model, inline: boolean): Suppressions {
  const s: Suppressions = { file: new Set(), byInstruction: new Map(), buildkitError: false, buildkitSkipAll: false, buildkitExperimental: new Set() };
  if (model.directives.check !== null) {
    const c = checkDirective(model.directives.check);
    for (const name of c.skip) {
      if (name.toLowerCase() === "all") s.buildkitSkipAll = true;
      else s.file.add(`buildkit:${name}`);
    }
    s.buildkitError = c.error;
    for (const name of c.experimental) s.buildkitExperimental.add(name.toLowerCase() === "all" ? "all" : `buildkit:${name}`);
  }
  if (!inline) return s;
  for (const c of model.comments) {
    let m = DFLINT_IGNORE_FILE.exec(c.text);
    if (m) for (const id of ids(m[1]!)) s.file.add(id);
    m = HADOLINT_GLOBAL.exec(c.text);
    if (m) for (const id of ids(m[1]!)) s.file.add(`hadolint:${id}`);
  }
  const visit = (ins: Instruction) => {
    const set = new Set<string>();
    for (const c of ins.commentsAbove) {
      let m = DFLINT_IGNORE.exec(c.text);
      if (m) for (const id of ids(m[1]!)) set.add(id);
      m = HADOLINT_IGNORE.exec(c.text);
      if (m && !HADOLINT_GLOBAL.test(c.text)) for (const id of ids(m[1]!)) set.add(`hadolint:${id}`);
      const ck = /^check\s*=\s*(.*)$/.exec(c.text);
      if (ck) for (const name of checkDirective(ck[1]!).skip) set.add(`buildkit:${name}`);
    }
    if (set.size) s.byInstruction.set(ins.index, set);
  };
  model.instructions.forEach(visit);
  return s;
}

/** True when a problem of `ruleId`/`related` at `instructionIndex` is suppressed. */
export function isSuppressed(s: Suppressions, ruleId: string, related: readonly string[], instructionIndex: number | null): boolean {
  if (s.buildkitSkipAll && related.some((r) => r.startsWith("buildkit:"))) return true;
  const hit = (set: Set<string>) =>
    set.has(ruleId) || set.has("all") || related.some((r) => set.has(r));
  if (hit(s.file)) return true;
  if (instructionIndex !== null) {
    const set = s.byInstruction.get(instructionIndex);
    if (set && hit(set)) return true;
  }
  return false;
}
