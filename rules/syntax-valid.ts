import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "syntax-valid",
  description: "Report instructions, flags and heredocs that Docker cannot parse",
  severity: "error",
  related: ["hadolint:DL1000", "hadolint:DL3061"],
  messages: {
    unknownInstruction: "{{message}}",
    unknownFlag: "{{message}}",
    flagValue: "{{message}}",
    unterminatedHeredoc: "{{message}}",
    instructionBeforeFrom: "{{message}}",
    fromWithoutImage: "{{message}}",
    noInstructions: "{{message}}",
    noStage: "{{message}}",
  },
  options: {},
  examples: { valid: ["FROM alpine:3.20\nRUN echo hi"], invalid: ["FROM alpine:3.20\nRUNN echo hi"] },
  differs:
    "hadolint stops at the first parse error (DL1000); dflint reports it and lints the rest of the file. Instructions before the first FROM are reported (DL3061) and, in a file with a FROM, not linted further; a file with no FROM at all (a fragment) is linted as one stage on an unknown base image, as hadolint does",
  check({ model, report }) {
    for (const p of model.parseProblems) {
      report({ messageId: p.messageId as "unknownInstruction", data: { message: p.message }, span: p.span });
    }
  },
});
