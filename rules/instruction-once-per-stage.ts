import { instructionsOf } from "../src/engine/dispatch";
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
    overridden: "This {{keyword}} has no effect: the {{keyword}} on line {{line}} replaces it (only the last one in a stage is used); remove the one you do not need",
    repeated: "{{keyword}} is set again in this stage, so the {{keyword}} on line {{line}} has no effect (only the last one is used); remove the one you do not need",
  },
  options: {
    reportAt: {
      description:
        "Which instruction of a pair is reported: 'earlier', the one that has no effect (BuildKit's MultipleInstructionsDisallowed), or 'later', the one that replaces it (hadolint's DL3012/DL4003/DL4004). Either way, ignore comments above the later one apply, as in both tools",
      default: "earlier" as "earlier" | "later",
      hadolint: "later" as "earlier" | "later",
      schema: { enum: ["earlier", "later"] },
    },
  },
  examples: {
    valid: [
      'FROM node:22-slim\nENTRYPOINT ["node"]\nCMD ["server.js"]',
      'FROM node:22-slim AS base\nCMD ["node", "a.js"]\nFROM base\nCMD ["node", "b.js"]',
    ],
    invalid: ['FROM node:22-slim\nCMD ["node", "a.js"]\nCMD ["node", "b.js"]', "FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD curl -f http://localhost/"],
  },
  differs:
    "one rule for hadolint's DL3012/DL4003/DL4004 (severities error/warning/error) and BuildKit's MultipleInstructionsDisallowed; reported at the earlier instruction, the one with no effect, as BuildKit does (hadolint, and the hadolint preset, report the later one: option reportAt)",
  check({ model, options, report }) {
    // Only a keyword written twice can be repeated in a stage (most files have one CMD at most):
    // the keyword index (a superset, with global and ONBUILD ones) answers before any stage is walked.
    if (instructionsOf(model, "CMD").length < 2 && instructionsOf(model, "ENTRYPOINT").length < 2 && instructionsOf(model, "HEALTHCHECK").length < 2) return;
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const seen = new Map<string, Instruction>();
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (!ONCE.has(ins.keyword)) continue;
        const prev = seen.get(ins.keyword);
        if (prev) {
          const code = ins.keyword === "CMD" ? "hadolint:DL4003" : ins.keyword === "ENTRYPOINT" ? "hadolint:DL4004" : "hadolint:DL3012";
          const related = [code, "buildkit:MultipleInstructionsDisallowed"];
          if (options.reportAt === "later") report({ messageId: "repeated", data: { keyword: ins.keyword, line: prev.line }, span: ins.keywordSpan, related });
          else report({ messageId: "overridden", data: { keyword: ins.keyword, line: ins.line }, span: prev.keywordSpan, related, ignoreAt: ins.keywordSpan.start });
        }
        seen.set(ins.keyword, ins);
      }
    }
  },
});
