import { defineRule } from "../src/engine/types";
import type { Instruction } from "../src/model/types";

const ONCE = new Set(["CMD", "ENTRYPOINT", "HEALTHCHECK"]);

export default defineRule({
  id: "instruction-once-per-stage",
  keywords: ["CMD", "ENTRYPOINT", "HEALTHCHECK"],
  description: "Write CMD, ENTRYPOINT and HEALTHCHECK at most once per stage",
  severity: "warning",
  related: ["hadolint:DL3012", "hadolint:DL4003", "hadolint:DL4004", "buildkit:MultipleInstructionsDisallowed"],
  messages: {
    repeated: "{{keyword}} is set again in this stage, so the {{keyword}} on line {{line}} has no effect (only the last one is used); remove the one you do not need",
  },
  options: {},
  examples: {
    valid: [
      'FROM node:22-slim\nENTRYPOINT ["node"]\nCMD ["server.js"]',
      'FROM node:22-slim AS base\nCMD ["node", "a.js"]\nFROM base\nCMD ["node", "b.js"]',
    ],
    invalid: ['FROM node:22-slim\nCMD ["node", "a.js"]\nCMD ["node", "b.js"]', "FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD curl -f http://localhost/"],
  },
  differs:
    "one rule for hadolint's DL3012/DL4003/DL4004 (severities error/warning/error) and BuildKit's MultipleInstructionsDisallowed; reported at the later instruction like hadolint (BuildKit points at the earlier one) so that both tools' ignore comments above the later one still apply, and the message names the line that has no effect",
  check({ model, report }) {
    for (const stage of model.stages) {
      const seen = new Map<string, Instruction>();
      for (const ins of stage.instructions) {
        if (!ONCE.has(ins.keyword)) continue;
        const prev = seen.get(ins.keyword);
        if (prev) {
          const code = ins.keyword === "CMD" ? "hadolint:DL4003" : ins.keyword === "ENTRYPOINT" ? "hadolint:DL4004" : "hadolint:DL3012";
          report({ messageId: "repeated", data: { keyword: ins.keyword, line: prev.line }, span: ins.keywordSpan, related: [code, "buildkit:MultipleInstructionsDisallowed"] });
        }
        seen.set(ins.keyword, ins);
      }
    }
  },
});
