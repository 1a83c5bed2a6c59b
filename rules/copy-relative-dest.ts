import { defineRule } from "../src/engine/types";
import { copyParts, isAbsolutePath } from "../src/model/copy";
import { onScratch } from "../src/model/image-env";
import type { Stage } from "../src/model/types";

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
    const hasWorkdir = new Map<Stage, boolean>();
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      // scratch has no image config: its working directory is '/', so a relative destination is well defined.
      let set = stage.parent ? (hasWorkdir.get(stage.parent) ?? false) : onScratch(stage);
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (ins.keyword === "WORKDIR") set = true;
        if (set || (ins.keyword !== "COPY" && ins.keyword !== "ADD")) continue;
        const { dest } = copyParts(ins);
        if (!dest) continue;
        const r = model.expand(ins.json ? dest.value : dest.raw, ins.scope);
        if (r.unresolved || dest.raw.startsWith("$")) continue;
        if (isAbsolutePath(r.value, stage.windows)) continue;
        report({ messageId: "relative", data: { keyword: ins.keyword, dest: r.value }, span: { start: dest.start, end: dest.end } });
      }
      hasWorkdir.set(stage, set);
    }
  },
});
