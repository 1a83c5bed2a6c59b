import { defineRule } from "../src/engine/types";
import type { Stage } from "../src/model/types";

export default defineRule({
  id: "stage-name-unique",
  description: "Give every build stage a unique name",
  severity: "error",
  related: ["hadolint:DL3024", "buildkit:DuplicateStageName"],
  messages: {
    duplicate: "Stage name '{{name}}' is already used on line {{line}}, so references to it are ambiguous; rename one of the stages",
  },
  options: {
    caseSensitive: {
      description: "Compare stage names as written (hadolint's DL3024); by default 'Build' and 'build' are the same stage, as BuildKit resolves them",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20 AS run"],
    invalid: ["FROM golang:1.23 AS build\nFROM node:22 AS Build"],
  },
  differs: "names are compared case-insensitively, as BuildKit resolves them (hadolint compares them case-sensitively, as the hadolint preset does: option caseSensitive)",
  check({ model, options, report }) {
    if (!options.caseSensitive) {
      // The model's lookup by name finds the first stage of each (lower-cased) name: no Map of
      // its own (a 10 MB file's, of 17,840 stages, left 1.6 MB of outgrown tables, dead large
      // objects no GC frees while a big file is linted: src/runtime/big-file-gc.ts).
      const stages = model.stages;
      for (let i = 0; i < stages.length; i++) {
        const stage = stages[i]!;
        if (!stage.name || !stage.nameSpan) continue;
        const prev = model.stageByRef(stage.name);
        if (prev !== null && prev !== stage) report({ messageId: "duplicate", data: { name: stage.nameRaw ?? stage.name, line: prev.from.line }, span: stage.nameSpan });
      }
      return;
    }
    const first = new Map<string, Stage>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      const key = stage.nameRaw ?? stage.name;
      const prev = first.get(key);
      if (prev) report({ messageId: "duplicate", data: { name: stage.nameRaw ?? stage.name, line: prev.from.line }, span: stage.nameSpan });
      else first.set(key, stage);
    }
  },
});
