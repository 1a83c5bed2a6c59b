import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "build-target-missing",
  description: "Build a target stage that exists (Compose build.target, Bake target)",
  severity: "error",
  related: [],
  messages: {
    missing: "{{file}}:{{line}} builds stage '{{target}}' for {{kind}} '{{build}}', but this Dockerfile has no stage named so ({{stages}}); the build fails",
  },
  options: {},
  examples: {
    valid: [{ code: "FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime", settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "runtime", line: 4 } } } }],
    invalid: [{ code: "FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime", settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "release", line: 4 } } } }],
  },
  differs: "only with --compose or --bake; the build itself fails with 'target stage could not be found'",
  check({ model, settings, report }) {
    const target = settings.build?.target;
    if (!target || !model.stages.length) return;
    const wanted = target.name.toLowerCase();
    if (model.stages.some((s) => s.name === wanted)) return;
    const names = model.stages.map((s) => s.nameRaw).filter((n): n is string => n !== null);
    const last = model.stages[model.stages.length - 1]!;
    report({
      messageId: "missing",
      data: {
        file: target.file ?? settings.build!.file,
        line: target.line,
        target: target.name,
        kind: settings.build!.kind === "compose" ? "service" : "target",
        build: settings.build!.name,
        stages: names.length ? `stages: ${names.join(", ")}` : "no stage has a name",
      },
      span: last.from.keywordSpan,
    });
  },
});
