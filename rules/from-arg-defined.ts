import { defineRule } from "../src/engine/types";
import { PREDEFINED_ARGS } from "../src/model/build";
import { buildkitSuggest } from "../src/model/names";
import { unsetEffect, validModifier, varRefsInSpan } from "../src/model/varrefs";
import type { Model, Span } from "../src/model/types";

export default defineRule({
  id: "from-arg-defined",
  description: "Declare every ARG used in FROM before the first FROM",
  severity: "warning",
  related: ["buildkit:UndefinedArgInFrom"],
  messages: {
    undeclared: "ARG '{{name}}' used in FROM is not declared before the first FROM, so it {{effect}} and no --build-arg can set it{{hint}}",
  },
  options: {},
  examples: {
    valid: ["ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}", "FROM --platform=$BUILDPLATFORM golang:1.23 AS build"],
    invalid: ["FROM alpine:${ALPINE_VERSION}", "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSON}"],
  },
  differs: "a '${name:word}' placeholder of a template generator, which is no valid substitution, is not reported",
  check({ model, report }) {
    const escape = model.directives.escape;
    // What the hints need is gathered only when a FROM has an undeclared reference (rarely).
    let declared: string[] | null = null;
    let inStage: Map<string, string> | null = null;
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const ins = stage.from;
      if (ins.keyword !== "FROM") continue; // a fragment file has no FROM
      // Every reference starts with '$' in the FROM's text, its --platform value included (most FROMs have none).
      if (!ins.argsText.text.includes("$")) continue;
      const spans: Span[] = [];
      if (ins.args[0]) spans.push({ start: ins.args[0].start, end: ins.args[0].end });
      if (stage.platform?.value) spans.push(stage.platform.valueSpan);
      for (let k = 0; k < spans.length; k++) {
        const span = spans[k]!;
        for (const ref of varRefsInSpan(ins.argsText, span, escape)) {
          if (model.globalScope.has(ref.name) || PREDEFINED_ARGS.includes(ref.name)) continue;
          if (!validModifier(ref.modifier)) continue; // a template placeholder (`${templateOption:imageVariant}`), not a substitution
          declared ??= [...model.globalScope.keys()];
          inStage ??= stageArgs(model);
          const suggestion = buildkitSuggest(ref.name, declared, true);
          let hint: string;
          if (suggestion) hint = `; did you mean '${suggestion}'?`;
          else if (inStage.has(ref.name))
            hint = `; it is declared inside stage '${inStage.get(ref.name)}', but FROM only sees ARGs declared before the first FROM: move 'ARG ${ref.name}' to the top of the file`;
          else hint = `; add 'ARG ${ref.name}=<default>' before the first FROM`;
          report({ messageId: "undeclared", data: { name: ref.name, effect: unsetEffect(ref), hint }, span: { start: ref.start, end: ref.end } });
        }
      }
    }
  },
});

/** The stage (name or index) that first declares each ARG inside a stage. */
function stageArgs(model: Model): Map<string, string> {
  const inStage = new Map<string, string>();
  for (let si = 0; si < model.stages.length; si++) {
    const stage = model.stages[si]!;
    for (let ii = 0; ii < stage.instructions.length; ii++) {
      const ins = stage.instructions[ii]!;
      if (ins.keyword !== "ARG") continue;
      for (let wi = 0; wi < ins.args.length; wi++) {
        const w = ins.args[wi]!;
        const name = w.value.split("=")[0]!;
        if (!inStage.has(name)) inStage.set(name, stage.nameRaw ?? String(stage.index));
      }
    }
  }
  return inStage;
}
