// The working directory an instruction runs in, from the WORKDIRs of its stage and the stages it is built FROM.
import type { Instruction, Model, Stage } from "./types";

/** The working directory at an instruction when set by an absolute, known WORKDIR in the stage (or its parents); else null. */
export function workdirAt(model: Model, stage: Stage, at: Instruction): string | null {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.parent) chain.unshift(s);
  let dir: string | null = null;
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (ins === at) return dir;
      if (ins.keyword !== "WORKDIR") continue;
      const r = model.expand(ins.argsText.text.trim(), ins.scope);
      if (r.unresolved) dir = null;
      else if (r.value.startsWith("/")) dir = r.value.replace(/\/+$/, "") || "/";
      else dir = dir === null ? null : `${dir.replace(/\/$/, "")}/${r.value}`.replace(/\/\.?\/?$/, "");
    }
  }
  return dir;
}
