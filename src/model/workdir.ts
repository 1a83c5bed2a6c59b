// The working directory an instruction runs in, from the WORKDIRs of its stage and the stages it is
// built FROM. Computed once per model in one pass over the stages (each starts from its parent
// stage's final state): asking per instruction by walking the stage chain again was quadratic in
// a stage of many COPYs.
import { posix } from "node:path";
import { lastAtOrBefore } from "./lines";
import { perStage } from "./per-stage";
import type { Instruction, Model, Stage } from "./types";

/** The working directory before an instruction, two ways. */
interface TwoWorkdirs {
  /** As BuildKit resolves it: from `/`, each WORKDIR (expanded) resolved against the one before. */
  resolved: string;
  /** Only when set by an absolute, known WORKDIR (relative ones appended to it); else null. */
  known: string | null;
}

/** A working directory: the one string when both ways are the same (as after most absolute
 * WORKDIRs: a 10 MB file's 17,840 were a 40-byte object each, kept until its lint ends). */
type Workdir = TwoWorkdirs | string;

const resolvedOf = (wd: Workdir): string => (typeof wd === "string" ? wd : wd.resolved);
const knownOf = (wd: Workdir): string | null => (typeof wd === "string" ? wd : wd.known);

interface WorkdirTable {
  /** Where the working directory changes, in the order of the instructions: from instruction
   * `starts[k]` (an index in `model.instructions`) on, it is `wds[k]`, until the next change (a
   * stage's first instruction, or the one after a WORKDIR). Found by a binary search: a list by
   * instruction index (an entry each) was 1.6 MB of a 10 MB file's 196k instructions, kept with
   * the model, for 35k changes. */
  starts: Int32Array;
  wds: Workdir[];
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
  // Lists made at their size (the changes counted first): pushed to, they leave outgrown copies.
  // (Indexed loops: a `for...of` over 200k instructions made an iterator result per step while still bytecode.)
  const stages = model.stages;
  let changes = stages.length;
  for (let s = 0; s < stages.length; s++) {
    const list = stages[s]!.instructions;
    for (let i = 0; i < list.length; i++) if (list[i]!.keyword === "WORKDIR") changes++;
  }
  // (Lists made at their length: `new Array(n)` stays a fast array in Node 20's V8 below 32M
  // elements, far above what a 16 MB file can hold, checked with %HasDictionaryElements.)
  t = { starts: new Int32Array(changes), wds: new Array<Workdir>(changes), final: perStage<Workdir>(model, START) };
  let k = 0;
  for (let s = 0; s < stages.length; s++) {
    const stage = stages[s]!;
    // A parent is an earlier stage (a FROM names only stages before it); anything else starts afresh.
    const parent = stage.parent && stage.parent !== stage && stage.parent.index < stage.index ? t.final[stage.parent.index] : undefined;
    let wd = parent ?? START;
    const list = stage.instructions;
    t.starts[k] = list.length > 0 ? list[0]!.index : 0;
    t.wds[k++] = wd;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (ins.keyword !== "WORKDIR") continue;
      wd = next(model, ins, wd);
      t.starts[k] = ins.index + 1;
      t.wds[k++] = wd;
    }
    t.final[stage.index] = wd;
  }
  tables.set(model, t);
  return t;
}

/** The working directory before instruction `index` of the model, or undefined before the first stage. */
function before(t: WorkdirTable, index: number): Workdir | undefined {
  const starts = t.starts;
  if (starts.length === 0 || index < starts[0]!) return undefined;
  // The last change at or before `index` (a later entry wins over an earlier one of the same start).
  return t.wds[lastAtOrBefore(starts, index)];
}

function next(model: Model, ins: Instruction, wd: Workdir): Workdir {
  const r = model.expand(ins.argsText.text.trim(), ins.scope);
  let known: string | null;
  if (r.unresolved) known = null;
  else if (r.value.startsWith("/")) known = r.value.replace(/\/+$/, "") || "/";
  else {
    const before = knownOf(wd);
    known = before === null ? null : `${before.replace(/\/$/, "")}/${r.value}`.replace(/\/\.?\/?$/, "");
  }
  // (One string for both when they are equal, as for most absolute WORKDIRs, and then no object.)
  const resolved = posix.resolve(resolvedOf(wd), r.value);
  return resolved === known ? known : { resolved, known };
}

/** Before `at` (an instruction of `stage`; any other gets the stage's final state). */
function workdirOf(model: Model, stage: Stage, at: Instruction): Workdir {
  const t = tableOf(model);
  // An instruction inside ONBUILD is not one of the model's: it gets the stage's final state.
  return (model.instructions[at.index] === at ? before(t, at.index) : undefined) ?? (model.stages[stage.index] === stage ? t.final[stage.index] : undefined) ?? START;
}

/** The working directory at an instruction when set by an absolute, known WORKDIR in the stage (or its parents); else null. */
export function workdirAt(model: Model, stage: Stage, at: Instruction): string | null {
  return knownOf(workdirOf(model, stage, at));
}

/** The working directory BuildKit runs an instruction of `stage` in (`/` when no WORKDIR sets one). */
export function workdirBefore(model: Model, stage: Stage, at: Instruction): string {
  return resolvedOf(workdirOf(model, stage, at));
}
