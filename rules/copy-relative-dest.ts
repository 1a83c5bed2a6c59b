import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { copyParts, isAbsolutePath } from "../src/model/copy";
import { onScratch } from "../src/model/image-env";
import type { Instruction, Model, Stage } from "../src/model/types";

/** The index of each stage's first WORKDIR (by stage index), Infinity for a stage without one. */
function firstWorkdirs(model: Model): number[] {
  const out: number[] = [];
  for (let si = 0; si < model.stages.length; si++) out.push(Infinity);
  const workdirs = instructionsOf(model, "WORKDIR");
  for (let k = 0; k < workdirs.length; k++) {
    const w = workdirs[k]!;
    if (isStageInstruction(model, w) && w.index < out[w.stage!.index]!) out[w.stage!.index] = w.index;
  }
  return out;
}

/**
 * Does the stage start in a known working directory: built on scratch ('/'), or on an earlier stage
 * that set a WORKDIR (or started in one)? A parent named later in the file counts as none.
 */
function workdirSetAtStart(stage: Stage, workdirFrom: readonly number[]): boolean {
  const parent = stage.parent;
  if (!parent) return onScratch(stage);
  if (parent.index >= stage.index) return false;
  return workdirFrom[parent.index]! !== Infinity || workdirSetAtStart(parent, workdirFrom);
}

export default defineRule({
  id: "copy-relative-dest",
  keywords: ["COPY", "ADD"],
  description: "Set WORKDIR before copying to a relative destination",
  severity: "warning",
  related: ["hadolint:DL3045"],
  messages: {
    relative: "{{keyword}} to relative destination '{{dest}}' with no WORKDIR set in this stage, so it lands wherever the base image's working directory is; add 'WORKDIR /path' first or use an absolute destination",
  },
  options: {},
  examples: {
    valid: ["FROM scratch\nCOPY app .","FROM alpine:3.20\nWORKDIR /app\nCOPY . .", "FROM alpine:3.20\nCOPY app.py /app/", "FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nCOPY . ."],
    invalid: ["FROM alpine:3.20\nCOPY . .", "FROM alpine:3.20\nADD app.tar.gz app/"],
  },
  differs: "a stage built on scratch works in '/' and is not reported; WORKDIR inherited from a parent stage (FROM <stage>) counts, and destinations from unresolved variables are not judged",
  check({ model, report }) {
    // The file's COPY and ADD instructions from the keyword index, not a walk of every instruction
    // of every stage: that loop made V8 optimize this check (a compile of about 3.7 ms, --trace-opt).
    const workdirFrom = firstWorkdirs(model);
    const judge = (list: readonly Instruction[]): void => {
      for (let k = 0; k < list.length; k++) {
        const ins = list[k]!;
        if (!isStageInstruction(model, ins)) continue; // an ONBUILD trigger
        const stage = ins.stage!;
        if (workdirSetAtStart(stage, workdirFrom) || workdirFrom[stage.index]! < ins.index) continue;
        const { dest } = copyParts(ins);
        if (!dest) continue;
        const r = model.expand(ins.json ? dest.value : dest.raw, ins.scope);
        if (r.unresolved || dest.raw.startsWith("$")) continue;
        if (isAbsolutePath(r.value, stage.windows)) continue;
        report({ messageId: "relative", data: { keyword: ins.keyword, dest: r.value }, span: { start: dest.start, end: dest.end } });
      }
    };
    judge(instructionsOf(model, "COPY"));
    judge(instructionsOf(model, "ADD"));
  },
});
