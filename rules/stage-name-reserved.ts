import { defineRule } from "../src/engine/types";

const RESERVED = new Set(["scratch", "context"]);

export default defineRule({
  id: "stage-name-reserved",
  description: "Do not name a stage 'scratch' or 'context'",
  severity: "warning",
  related: ["hadolint:DL3063", "buildkit:ReservedStageName"],
  messages: {
    reserved: "Stage name '{{name}}' is reserved ({{why}}); choose another name",
  },
  options: {},
  examples: {
    valid: ["FROM scratch AS final\nCOPY app /app", "FROM alpine:3.20 AS scratchpad"],
    invalid: ["FROM alpine:3.20 AS scratch", "FROM alpine:3.20 AS Context"],
  },
  differs: "matched case-insensitively like BuildKit (hadolint matches the exact lower-case words)",
  check({ model, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      if (!stage.name || !stage.nameSpan || !RESERVED.has(stage.name)) continue;
      const why = stage.name === "scratch" ? "'scratch' means the empty base image" : "'context' names the build context in COPY --from and --build-context";
      report({ messageId: "reserved", data: { name: stage.nameRaw ?? stage.name, why }, span: stage.nameSpan });
    }
  },
});
