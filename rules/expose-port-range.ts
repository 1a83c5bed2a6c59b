import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { expandedWord } from "../src/model/shipped";

export default defineRule({
  id: "expose-port-range",
  keywords: ["EXPOSE"],
  description: "Expose only ports between 0 and 65535",
  severity: "error",
  related: ["hadolint:DL3011"],
  messages: {
    outOfRange: "Port {{port}} in EXPOSE '{{spec}}' is out of range; ports go from 0 to 65535",
    reversed: "Port range '{{spec}}' ends before it starts; write it as '{{fixed}}'",
  },
  options: {},
  examples: {
    valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010/udp", "FROM nginx:1.27\nARG PORT\nEXPOSE $PORT"],
    invalid: ["FROM nginx:1.27\nEXPOSE 80000", "FROM nginx:1.27\nEXPOSE 8000-70000/tcp"],
  },
  differs: "ports written with ARG/ENV variables are judged after expansion; a reversed range is reported too",
  check({ model, report }) {
    // The EXPOSEs from the keyword index (the stages' own: not ONBUILD triggers), not every instruction.
    const list = instructionsOf(model, "EXPOSE");
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (!isStageInstruction(model, ins)) continue;
      for (const w of ins.args) {
        const value = expandedWord(model, ins, w.raw);
        if (value === null) continue;
        for (const spec of value.split(/\s+/).filter(Boolean)) {
          const m = /^(?:.*:)?(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/.exec(spec);
          if (!m) continue;
          const span = { start: w.start, end: w.end };
          const a = Number(m[1]);
          const b = m[2] === undefined ? a : Number(m[2]);
          const bad = [a, b].find((p) => p > 65535);
          if (bad !== undefined) report({ messageId: "outOfRange", data: { port: bad, spec }, span });
          else if (b < a) report({ messageId: "reversed", data: { spec, fixed: spec.replace(`${m[1]}-${m[2]}`, `${m[2]}-${m[1]}`) }, span });
        }
      }
    }
  },
});
