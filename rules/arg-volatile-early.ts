import { defineRule } from "../src/engine/types";
import { isExpensive, isPerBuildArgName } from "../src/layers/estimate";
import { layerFacts } from "../src/layers/facts";
import { parseKeyValues } from "../src/model/keyvalue";
import type { Instruction } from "../src/model/types";

function references(ins: Instruction, name: string, expand: (t: string) => string[]): boolean {
  const text = ins.argsText.text + ins.heredocs.map((h) => "\n" + h.body).join("");
  return expand(text).includes(name);
}

export default defineRule({
  id: "arg-volatile-early",
  description: "Declare per-build ARGs (commit, build date, version) after the expensive RUNs",
  severity: "warning",
  related: [],
  messages: {
    volatileEarly:
      "ARG {{name}} usually changes on every build, and every later RUN gets it in its environment, so '{{run}}' (line {{line}}) reruns on every build; declare the ARG just before its first use, or use it only in a LABEL at the end",
  },
  options: {},
  examples: {
    valid: [
      "FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA",
      "FROM alpine:3.20\nARG NODE_VERSION=22\nRUN apk add --no-cache nodejs",
    ],
    invalid: [
      "FROM node:22-alpine\nARG GIT_SHA\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nLABEL org.opencontainers.image.revision=$GIT_SHA",
    ],
  },
  differs: "BuildKit puts every ARG in scope into the RUN environment, used or not; neither hadolint nor BuildKit's checks flag it",
  check(ctx) {
    const { model, report } = ctx;
    // Most files declare no per-build ARG in a stage: skip the layer facts for them.
    const candidate = model.stages.some((st) =>
      st.instructions.some(
        (ins) => ins.keyword === "ARG" && parseKeyValues(ins.args, true).some((kv) => kv.key && (isPerBuildArgName(kv.key, false, null) || isPerBuildArgName(kv.key, true, kv.plain))),
      ),
    );
    if (!candidate) return;
    const facts = layerFacts(ctx);
    const names = (ins: Instruction) => (t: string) => model.expand(t, ins.scope).names;
    for (const sf of facts.stages) {
      const steps = sf.steps;
      steps.forEach((st, i) => {
        const ins = st.instruction;
        if (ins.keyword !== "ARG") return;
        for (const kv of parseKeyValues(ins, true)) {
          if (!kv.key) continue;
          // `ARG NAME` re-declaring a global ARG takes the global default.
          const inherited = kv.value === null ? model.globalScope.get(kv.key)?.value : undefined;
          const hasDefault = kv.value !== null || inherited !== undefined;
          if (!isPerBuildArgName(kv.key, hasDefault, kv.value !== null ? kv.plain : (inherited ?? null))) continue;
          // An expensive RUN before the first step that uses the ARG: moving the
          // ARG down would keep it cached. Steps after the first use rebuild anyway.
          let victim = null;
          for (const s of steps.slice(i + 1)) {
            if (s.instruction.scope.get(kv.key)?.declaredBy !== ins) break; // re-declared or overridden
            if (references(s.instruction, kv.key, names(s.instruction))) break;
            const r = s.instruction.run;
            if (r && r.commands.some(isExpensive)) {
              victim = s;
              break;
            }
          }
          if (!victim) continue;
          report({
            messageId: "volatileEarly",
            data: { name: kv.key, run: victim.display.length > 60 ? victim.display.slice(0, 57) + "..." : victim.display, line: victim.line },
            span: kv.keySpan,
          });
        }
      });
    }
  },
});
