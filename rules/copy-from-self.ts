import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { flagNamed, unquotedFlagValue } from "../src/model/flag";
import type { Instruction, Stage } from "../src/model/types";

export default defineRule({
  id: "copy-from-self",
  keywords: ["COPY", "RUN"],
  description: "Do not COPY --from the stage being built",
  severity: "error",
  related: ["hadolint:DL3023"],
  messages: {
    self: "COPY --from={{ref}} refers to the stage it is in, which is a circular dependency; copy from an earlier stage or copy within the stage with RUN cp",
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20 AS run\nCOPY --from=build /app /app"],
    invalid: ["FROM alpine:3.20 AS run\nCOPY --from=run /etc/passwd /tmp/", "FROM alpine:3.20\nCOPY --from=0 /a /b"],
  },
  differs: "also catches a numeric self-reference (--from=0 in the first stage) and a mixed-case name, and checks RUN --mount from=",
  check({ model, report }) {
    const check = (ins: Instruction, stage: Stage, ref: string, span: { start: number; end: number }) => {
      const r = unquotedFlagValue(ref);
      if (r.includes("$")) return;
      if (model.stageByRef(r) === stage && (stage.name === r.toLowerCase() || /^\d+$/.test(r))) report({ messageId: "self", data: { ref: r }, span });
      void ins;
    };
    // From the keyword index: only the COPY and RUN instructions of the stages (problems are sorted
    // by position afterwards), and of those only a COPY with flags or a RUN with mounts.
    const copies = instructionsOf(model, "COPY");
    for (let i = 0; i < copies.length; i++) {
      const ins = copies[i]!;
      if (ins.flags.length === 0 || !isStageInstruction(model, ins)) continue;
      const flag = flagNamed(ins.flags, "from");
      if (flag?.value) check(ins, ins.stage!, flag.value, flag.valueSpan);
    }
    const runs = instructionsOf(model, "RUN");
    for (let i = 0; i < runs.length; i++) {
      const ins = runs[i]!;
      if (!ins.run || ins.run.mounts.length === 0 || !isStageInstruction(model, ins)) continue;
      for (let mi = 0; mi < ins.run.mounts.length; mi++) {
        const m = ins.run.mounts[mi]!;
        const from = m.options["from"];
        if (!from) continue;
        const text = model.text.slice(m.span.start, m.span.end);
        const idx = text.search(/(^|,)from=/);
        const off = idx === -1 ? m.span.start : m.span.start + idx + text.slice(idx).indexOf("from=") + 5;
        check(ins, ins.stage!, from, idx === -1 ? m.span : { start: off, end: off + from.length });
      }
    }
  },
});
