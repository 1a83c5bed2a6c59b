import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { exposeSpecs } from "../src/model/expose";

export default defineRule({
  id: "expose-proto-lowercase",
  keywords: ["EXPOSE"],
  description: "Write the EXPOSE protocol in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ExposeProtoCasing"],
  messages: {
    notLowercase: "Protocol in '{{spec}}' is not lowercase; write '/{{lower}}'",
  },
  options: {},
  examples: {
    valid: ["FROM nginx:1.27\nEXPOSE 80/tcp 53/udp"],
    invalid: ["FROM nginx:1.27\nEXPOSE 80/TCP"],
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: true,
  check({ model, report }) {
    // The EXPOSEs from the keyword index (the stages' own: not ONBUILD triggers), not every instruction.
    const list = instructionsOf(model, "EXPOSE");
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (!isStageInstruction(model, ins)) continue;
      const specs = exposeSpecs(ins, model);
      for (let k = 0; k < specs.length; k++) {
        const s = specs[k]!;
        if (s.proto === s.proto.toLowerCase()) continue;
        const lower = s.proto.toLowerCase();
        let span = { start: s.word.start, end: s.word.end };
        let fix;
        if (s.literal) {
          const at = s.word.raw.lastIndexOf("/" + s.proto);
          if (at !== -1) {
            span = { start: s.word.start + at + 1, end: s.word.start + at + 1 + s.proto.length };
            fix = [{ span, text: lower }];
          }
        }
        report({ messageId: "notLowercase", data: { spec: s.raw, lower }, span, ...(fix ? { fix } : {}) });
      }
    }
  },
});
