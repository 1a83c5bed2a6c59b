import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { exposeSpecs } from "../src/model/expose";

export default defineRule({
  id: "expose-format-valid",
  keywords: ["EXPOSE"],
  description: "Expose only container ports, without a host port or IP address",
  severity: "warning",
  related: ["buildkit:ExposeInvalidFormat"],
  messages: {
    hostPart:
      "EXPOSE '{{spec}}' names a host {{what}}, which EXPOSE ignores (ports are published with 'docker run -p'); write '{{port}}'",
  },
  options: {},
  examples: {
    valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 3000-3005"],
    invalid: ["FROM nginx:1.27\nEXPOSE 8080:80", "FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/tcp"],
  },
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
        if (s.ip === "" && s.hostPort === "") continue;
        const port = s.containerPort + (s.proto ? "/" + s.proto : "");
        const span = { start: s.word.start, end: s.word.end };
        const fix = s.literal ? [{ span, text: port }] : undefined;
        report({
          messageId: "hostPart",
          data: { spec: s.raw, what: s.ip !== "" ? "IP address" : "port", port },
          span,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
