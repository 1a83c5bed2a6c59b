// A list with one slot per stage of a model, by stage index: what rules and facts that keep
// something for each stage use instead of a Map keyed by stage (a 10 MB file's Maps of 17,840
// stages left 1.6 MB of outgrown tables each, dead large objects that no GC frees while a big file
// is linted: src/runtime/big-file-gc.ts).
import type { Model } from "./types";

/** One slot per stage of `model`, each `value`: a copy of the stage list refilled (one allocation,
 * and a packed list, which `new Array(n)` is not). */
export function perStage<T>(model: Model, value: T): T[] {
  return (model.stages.slice() as unknown[]).fill(value) as T[];
}
