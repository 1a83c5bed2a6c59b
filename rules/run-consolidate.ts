import { defineRule } from "../src/engine/types";
import type { Instruction } from "../src/model/types";

function simple(ins: Instruction): boolean {
  const run = ins.run;
  return !!run && run.form === "shell" && !run.windowsShell && ins.heredocs.length === 0 && run.scripts.length === 1 && run.commands.length === 1;
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
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1]!;
        const ins = list[i]!;
        if (prev.keyword !== "RUN" || ins.keyword !== "RUN") continue;
        if (!simple(prev) || !simple(ins) || flagKey(prev) !== flagKey(ins)) continue;
        // A comment right above the RUN explains it as a step of its own: a deliberate split.
        if (ins.commentsAbove.length > 0) continue;
        report({ messageId: "consolidate", data: { line: prev.line }, span: { start: ins.start, end: ins.end } });
      }
    }
  },
});
