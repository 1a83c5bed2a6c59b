import { defineRule } from "../src/engine/types";
import { isIndexUpdate, isPackageInstall, packageFamily } from "../src/model/packages";
import type { Instruction } from "../src/model/types";

function installCmd(family: string): string {
  return family === "apt" ? "apt-get install" : family === "apk" ? "apk add" : family === "zypper" ? "zypper install" : "dnf install";
}

export default defineRule({
  id: "run-stale-update",
  keywords: ["RUN"],
  description: "Update the package index in the same RUN as the install that uses it",
  severity: "warning",
  related: [],
  messages: {
    staleUpdate:
      "'{{update}}' runs alone in its layer, which stays cached forever, so the later '{{install}}' (line {{line}}) can run against an old index and fail or install stale versions; run '{{update}} && {{install}} ...' in one RUN",
  },
  options: {},
  examples: {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "FROM alpine:3.20\nRUN apk update && apk add curl",
    ],
    invalid: ["FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl"],
  },
  check({ model, report }) {
    // Only a RUN that updates an index without installing can be reported: most files have none.
    const isCandidate = (ins: Instruction) => !!ins.run && !ins.run.windowsShell && ins.run.commands.some(isIndexUpdate) && !ins.run.commands.some(isPackageInstall);
    if (!model.stages.some((s) => s.instructions.some(isCandidate))) return;
    // The first install per package family in a stage's chain (the stage, then stages built FROM
    // it, in order), computed once from the last stage back: linear in stages and instructions.
    const installsOf = (ins: Instruction): Set<string> => {
      const out = new Set<string>();
      if (ins.run) for (const c of ins.run.commands) if (isPackageInstall(c)) out.add(packageFamily(c)!);
      return out;
    };
    const children = new Map<(typeof model.stages)[number], (typeof model.stages)[number][]>();
    for (const s of model.stages) {
      if (!s.parent || s.parent === s) continue;
      const list = children.get(s.parent);
      if (list) list.push(s);
      else children.set(s.parent, [s]);
    }
    const firstInChain = new Map<(typeof model.stages)[number], Map<string, Instruction>>();
    for (let i = model.stages.length - 1; i >= 0; i--) {
      const stage = model.stages[i]!;
      const first = new Map<string, Instruction>();
      for (const ins of stage.instructions) for (const f of installsOf(ins)) if (!first.has(f)) first.set(f, ins);
      for (const child of children.get(stage) ?? []) for (const [f, ins] of firstInChain.get(child) ?? []) if (!first.has(f)) first.set(f, ins);
      firstInChain.set(stage, first);
    }
    for (const stage of model.stages) {
      // Walk the stage backwards, knowing the next install per family after each instruction.
      const next = new Map<string, Instruction>();
      for (const child of children.get(stage) ?? []) for (const [f, ins] of firstInChain.get(child) ?? []) if (!next.has(f)) next.set(f, ins);
      for (let k = stage.instructions.length - 1; k >= 0; k--) {
        const ins = stage.instructions[k]!;
        const run = ins.run;
        const installs = installsOf(ins);
        if (run && !run.windowsShell && installs.size === 0 && !run.commands.some(isPackageInstall)) {
          for (const upd of run.commands.filter(isIndexUpdate)) {
            const family = packageFamily(upd);
            const later = family ? next.get(family) : undefined;
            if (!later) continue;
            const update = upd.words.map((w) => w.value).join(" ");
            report({
              messageId: "staleUpdate",
              data: { update, install: installCmd(family!), line: later.line },
              span: { start: upd.start, end: upd.end },
            });
          }
        }
        for (const f of installs) next.set(f, ins);
      }
    }
  },
});
