// Cheap questions the build-context rules ask of every file before opening its context: most
// files copy nothing from it, and these run cold for each of them (no callback, no regex unless
// needed). Same answers as model/copy's copiesFromContext and isWholeContext.
import { instructionsOf } from "../engine/dispatch";
import { isWholeContext } from "../model/copy";
import type { Instruction, Model, Stage } from "../model/types";

/** True when a COPY/ADD reads from the build context (no --from): copiesFromContext without a callback. */
export function readsContext(ins: Instruction): boolean {
  const k = ins.keyword;
  if (k !== "COPY" && k !== "ADD") return false;
  const flags = ins.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === "from") return false;
  return true;
}

/** Does any instruction of a stage (ONBUILD triggers not counted) read from the build context?
 * From the keyword index: files without a COPY or ADD answer at once. */
export function anyCopyFromContext(model: Model): boolean {
  return anyReads(model, instructionsOf(model, "COPY")) || anyReads(model, instructionsOf(model, "ADD"));
}

function anyReads(model: Model, list: readonly Instruction[]): boolean {
  const all = model.instructions;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    // The index files ONBUILD triggers too: they are not the model's own instructions.
    if (ins.stage !== null && all[ins.index] === ins && readsContext(ins)) return true;
  }
  return false;
}

/** Does any instruction of `stages` read from the build context? */
export function stagesCopyFromContext(stages: readonly Stage[]): boolean {
  for (let s = 0; s < stages.length; s++) {
    const list = stages[s]!.instructions;
    for (let i = 0; i < list.length; i++) if (readsContext(list[i]!)) return true;
  }
  return false;
}

/** isWholeContext, deciding most sources without its regex: every whole-context spelling starts
 * with `.`, `/` or `*`, and the common ones are matched as they are. */
export function isWholeContextSource(source: string): boolean {
  const c = source.charCodeAt(0);
  if (c !== 46 /* . */ && c !== 47 /* / */ && c !== 42 /* * */) return false;
  if (source === "." || source === "./" || source === "/" || source === "*" || source === "./*" || source === "./.") return true;
  return isWholeContext(source);
}
