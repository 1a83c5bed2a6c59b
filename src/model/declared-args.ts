// ARG declarations of a Dockerfile by name, for the rules that compare them with the build args a
// Compose service or Bake target passes.
import { parseKeyValues } from "./keyvalue";
import type { Instruction, Model } from "./types";

export interface ArgDeclaration {
  name: string;
  instruction: Instruction;
  /** Declared with `=value` (possibly empty). */
  hasDefault: boolean;
  /** Before the first FROM. */
  global: boolean;
}

/** Every ARG declaration, global ones first, in file order. */
export function declaredArgs(model: Model): ArgDeclaration[] {
  const out: ArgDeclaration[] = [];
  const add = (ins: Instruction, global: boolean) => {
    for (const kv of parseKeyValues(ins.args, true)) if (kv.key) out.push({ name: kv.key, instruction: ins, hasDefault: kv.value !== null, global });
  };
  for (const ins of model.globalArgs) add(ins, true);
  for (const stage of model.stages) for (const ins of stage.instructions) if (ins.keyword === "ARG") add(ins, false);
  return out;
}
