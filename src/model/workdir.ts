// The working directory an instruction runs in, from the WORKDIRs of its stage and the stages it is
// built FROM. Computed once per model in one pass over the stages (each starts from its parent
// stage's final state): asking per instruction by walking the stage chain again was quadratic in
// a stage of many COPYs.
import { posix } from "node:path";
import type { Instruction, Model, Stage } from "./types";

/** The working directory before an instruction, two ways. */
interface Workdir {
  /** As BuildKit resolves it: from `/`, each WORKDIR (expanded) resolved against the one before. */
  resolved: string;
  /** Only when set by an absolute, known WORKDIR (relative ones appended to it); else null. */
  known: string | null;
}

interface WorkdirTable {
  /** By instruction index (`model.instructions[i]`): an array, as a Map of every instruction of a
   * 10 MB file (200k) cost more to fill than the rest of the table, and some 10 MB more to keep. */
  before: (Workdir | undefined)[];
  /** After the stage's last instruction (what a stage built FROM it starts with), by stage index:
   * a Map keyed by stage (a 10 MB file's 17,840) left 1.6 MB of outgrown tables, dead large
   * objects no GC frees while a big file is linted (src/runtime/big-file-gc.ts). */
  final: Workdir[];
}

const START: Workdir = { resolved: "/", known: null };
const tables = new WeakMap<Model, WorkdirTable>();

function tableOf(model: Model): WorkdirTable {
  let t = tables.get(model);
  if (t) return t;
  // An exact-size list made at once, as a copy of the instruction list emptied: pushing 200k
  // entries left 7 MB of outgrown and spare lists behind (a 10 MB file), and `new Array(n)` of more
  // than 100k makes a slow dictionary-mode array in V8.
  t = { before: (model.instructions.slice() as unknown[]).fill(undefined) as undefined[], final: (model.stages.slice() as unknown[]).fill(START) as Workdir[] };
  for (const stage of model.stages) {
    // A parent is an earlier stage (a FROM names only stages before it); anything else starts afresh.
    const parent = stage.parent && stage.parent !== stage && stage.parent.index < stage.index ? t.final[stage.parent.index] : undefined;
    let wd = parent ?? START;
    for (const ins of stage.instructions) {
      t.before[ins.index] = wd;
      if (ins.keyword === "WORKDIR") wd = next(model, ins, wd);
    }
    t.final[stage.index] = wd;
  }
  tables.set(model, t);
  return t;
}

function next(model: Model, ins: Instruction, wd: Workdir): Workdir {
  const r = model.expand(ins.argsText.text.trim(), ins.scope);
  let known: string | null;
  if (r.unresolved) known = null;
  else if (r.value.startsWith("/")) known = r.value.replace(/\/+$/, "") || "/";
  else known = wd.known === null ? null : `${wd.known.replace(/\/$/, "")}/${r.value}`.replace(/\/\.?\/?$/, "");
  return { resolved: posix.resolve(wd.resolved, r.value), known };
}

/** Before `at` (an instruction of `stage`; any other gets the stage's final state). */
function workdirOf(model: Model, stage: Stage, at: Instruction): Workdir {
  const t = tableOf(model);
  // An instruction inside ONBUILD is not one of the model's: it gets the stage's final state.
  return (model.instructions[at.index] === at ? t.before[at.index] : undefined) ?? (model.stages[stage.index] === stage ? t.final[stage.index] : undefined) ?? START;
}

/** The working directory at an instruction when set by an absolute, known WORKDIR in the stage (or its parents); else null. */
export function workdirAt(model: Model, stage: Stage, at: Instruction): string | null {
  return workdirOf(model, stage, at).known;
}

/** The working directory BuildKit runs an instruction of `stage` in (`/` when no WORKDIR sets one). */
export function workdirBefore(model: Model, stage: Stage, at: Instruction): string {
  return workdirOf(model, stage, at).resolved;
}
