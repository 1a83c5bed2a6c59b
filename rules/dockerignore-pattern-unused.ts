import { relative } from "node:path";
import { defineRule } from "../src/engine/types";
import { unusedPatterns } from "../src/layers/baked";
import { buildContextOf } from "../src/layers/facts";
import type { Instruction } from "../src/model/types";

/** The first COPY, ADD or RUN with a bind mount of the context in `list`, or null (a plain loop: runs for every file). */
function firstContextUser(list: readonly Instruction[]): Instruction | null {
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    if (ins.keyword === "COPY" || ins.keyword === "ADD") return ins;
    const mounts = ins.run?.mounts;
    if (mounts) for (let m = 0; m < mounts.length; m++) if (mounts[m]!.type === "bind" && !mounts[m]!.options["from"]) return ins;
  }
  return null;
}

export default defineRule({
  id: "dockerignore-pattern-unused",
  description: "Report .dockerignore patterns that match nothing in the build context",
  severity: "info",
  related: [],
  messages: {
    unused:
      "{{ignoreFile}} line {{line}}: '{{pattern}}' matches nothing in the build context; check its spelling and anchoring (patterns are relative to the context root: 'node_modules' does not match 'app/node_modules', '**/node_modules' does)",
  },
  options: {},
  examples: {
    valid: [{ code: "FROM alpine:3.20\nCOPY . /app", context: { ".dockerignore": "node_modules\n", "node_modules/a/index.js": "x\n" } }],
    invalid: [{ code: "FROM alpine:3.20\nCOPY . /app", context: { ".dockerignore": "node_module\n", "node_modules/a/index.js": "x\n" } }],
  },
  differs: "reads the real build context; reported on the first instruction that sends the context, since the pattern lives in another file",
  check(ctx) {
    const { model, report } = ctx;
    // Only when the build reads the context at all (checked first: it saves the context walk).
    // The first such instruction of the stages built, found without a copy of every stage's list.
    let user: Instruction | null = null;
    const stages = model.stages;
    for (let s = 0; s < stages.length && !user; s++) if (stages[s]!.reachable) user = firstContextUser(stages[s]!.instructions);
    if (!user) return;
    const context = buildContextOf(ctx);
    if (!context?.ignore || !context.ignoreFile) return;
    const ignoreFile = relative(context.dir, context.ignoreFile) || ".dockerignore";
    for (const p of unusedPatterns(context)) {
      report({ messageId: "unused", data: { ignoreFile, line: p.line, pattern: (p.negate ? "!" : "") + p.pattern }, span: { start: user.keywordSpan.start, end: user.keywordSpan.end } });
    }
  },
});
