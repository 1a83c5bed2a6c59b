// Cheap questions the build-context rules ask of every file before opening its context: most
// files copy nothing from it, and these run cold for each of them (no callback, no regex unless
// needed).
import { instructionsOf } from "../engine/dispatch";
import { copiesFromContext } from "../model/copy";
import type { Instruction, Model, Stage } from "../model/types";

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
    if (ins.stage !== null && all[ins.index] === ins && copiesFromContext(ins)) return true;
  }
  return false;
}

/** Does any instruction of `stages` read from the build context? */
export function stagesCopyFromContext(stages: readonly Stage[]): boolean {
  for (let s = 0; s < stages.length; s++) {
    const list = stages[s]!.instructions;
    for (let i = 0; i < list.length; i++) if (copiesFromContext(list[i]!)) return true;
  }
  return false;
}
