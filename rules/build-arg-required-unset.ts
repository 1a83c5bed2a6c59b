import { defineRule } from "../src/engine/types";
import { declaredArgs } from "../src/model/declared-args";
import { findVarRefs } from "../src/model/varrefs";

export default defineRule({
  id: "build-arg-required-unset",
  description: "Set every ARG a built FROM line needs and that has no default (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    unset:
      "ARG {{name}} has no default and {{kind}} '{{build}}' ({{file}}:{{buildLine}}) does not set it, so 'FROM {{from}}' gets an empty value; pass {{name}} there or give it a default",
  },
  options: {},
  examples: {
    valid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [{ name: "BASE", line: 6, set: true }], target: null } } }],
    invalid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [], target: null } } }],
  },
  differs: "only with --compose or --bake, which know every build arg the invocation sets; looks at global ARGs without a default used in the FROM of a stage the target needs (an ARG inside a stage may be optional)",
  check({ model, settings, report }) {
    const build = settings.build;
    if (!build) return;
    // Set by the Compose/Bake file, or with a value in this build (`--build-arg` on the command line).
    const set = new Set([...build.args.filter((a) => a.set).map((a) => a.name), ...model.buildArgs.keys()]);
    const globals = declaredArgs(model).filter((d) => d.global);
    // The last global declaration of a name decides whether it has a default.
    const last = new Map(globals.map((d) => [d.name, d]));
    const escape = model.directives.escape;
    const reported = new Set<string>();
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      if (!stage.reachable) continue;
      const word = stage.from.args[0];
      if (!word || !word.raw.includes("$")) continue;
      for (const ref of findVarRefs(word.raw, escape)) {
        const decl = last.get(ref.name);
        // `${NAME:-default}` and the like supply their own fallback.
        if (!decl || decl.hasDefault || ref.guarded || set.has(ref.name) || reported.has(ref.name)) continue;
        reported.add(ref.name);
        report({
          messageId: "unset",
          data: { name: ref.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, file: build.file, buildLine: build.line, from: word.raw },
          span: decl.instruction.keywordSpan,
        });
      }
    }
  },
});
