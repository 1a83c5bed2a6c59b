import { defineRule } from "../src/engine/types";
import { PLATFORM_ARGS, PREDEFINED_ARGS } from "../src/model/build";
import { declaredArgs } from "../src/model/declared-args";
import { suggest } from "../src/config/schema";

/** Args BuildKit reads itself (no ARG line needed). */
const BUILTIN = new Set([...PREDEFINED_ARGS, ...PLATFORM_ARGS]);

export default defineRule({
  id: "build-arg-undeclared",
  description: "Pass only build args the Dockerfile declares (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    undeclared:
      "{{file}}:{{line}} passes build arg '{{name}}' to {{kind}} '{{build}}', but this Dockerfile declares no ARG {{name}}, so the value is unused{{hint}}; declare it or remove it there",
  },
  options: {},
  examples: {
    valid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSION", line: 5, set: true }], target: null } } }],
    invalid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSON", line: 5, set: true }], target: null } } }],
  },
  differs: "only with --compose or --bake, which know the build args; BuildKit warns about unused build args at build time, hadolint cannot see them",
  check({ model, settings, report }) {
    const build = settings.build;
    if (!build || !model.stages.length) return;
    const declared = new Set(declaredArgs(model).map((d) => d.name));
    const span = model.stages[0]!.from.keywordSpan;
    for (const arg of build.args) {
      if (declared.has(arg.name) || BUILTIN.has(arg.name) || arg.name.startsWith("BUILDKIT_")) continue;
      const close = suggest(arg.name, declared);
      report({
        messageId: "undeclared",
        data: { file: arg.file ?? build.file, line: arg.line, name: arg.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, hint: close ? ` (did you mean '${close}'?)` : "" },
        span,
      });
    }
  },
});
