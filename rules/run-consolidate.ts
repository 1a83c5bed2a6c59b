import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import type { Instruction } from "../src/model/types";

/** One command in shell form (a shell-form RUN without heredocs is one script, its own: `scripts` is
 * not read, a list made on each read for such a RUN, two per RUN of 100k one-line RUNs). */
function simple(ins: Instruction): boolean {
  const run = ins.run;
  return !!run && run.form === "shell" && !run.windowsShell && ins.heredocs.length === 0 && run.commands.length === 1;
}

/** The two RUNs have the same flags (most RUNs have none: no keys are built for them). */
function sameFlags(a: Instruction, b: Instruction): boolean {
  if (a.flags.length === 0 && b.flags.length === 0) return true;
  return flagKey(a) === flagKey(b);
}

function flagKey(ins: Instruction): string {
  return ins.flags
    .map((f) => `${f.name}=${f.value ?? ""}`)
    .sort()
    .join("\n");
}

export default defineRule({
  id: "run-consolidate",
  keywords: ["RUN"],
  description: "Merge consecutive single-command RUN instructions",
  severity: "info",
  related: ["hadolint:DL3059"],
  messages: {
    consolidate:
      "This RUN and the one before (line {{line}}) each run a single command with the same flags, so each adds a layer; join them into one RUN with '&&'",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nWORKDIR /app\nRUN make"],
    invalid: ["FROM debian:12\nRUN mkdir -p /app\nRUN chown 1000 /app"],
  },
  differs:
    "never asks to merge heredoc, exec-form or Windows-shell RUNs, RUNs whose flags (mounts, network) differ, or a RUN with its own comment above it (a deliberately separate, documented step)",
  check({ model, report }) {
    // From the keyword index: each RUN of a stage and the instruction before it (a stage's
    // instructions are a run of the model's), not every pair of every stage.
    const all = model.instructions;
    const runs = instructionsOf(model, "RUN");
    for (let i = 0; i < runs.length; i++) {
      const ins = runs[i]!;
      if (!isStageInstruction(model, ins) || ins.index === 0) continue;
      const prev = all[ins.index - 1]!;
      if (prev.keyword !== "RUN" || prev.stage !== ins.stage) continue;
      if (!simple(prev) || !simple(ins) || !sameFlags(prev, ins)) continue;
      // A comment right above the RUN explains it as a step of its own: a deliberate split.
      if (ins.commentsAbove.length > 0) continue;
      report({ messageId: "consolidate", data: { line: prev.line }, span: { start: ins.start, end: ins.end } });
    }
  },
});
