import rule from "../rules/build-target-missing";
import type { BuildInvocation } from "../src/engine/types";
import { testRule } from "./helpers/rule-tester";

const build = (target: string | null): { build: BuildInvocation } => ({
  build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: target ? { name: target, line: 4 } : null },
});

testRule(rule, {
  valid: [
    "FROM alpine:3.20",
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime", settings: build("runtime") },
    // Stage names match case-insensitively, as BuildKit's --target does.
    { code: "FROM alpine:3.20 AS Runtime", settings: build("runtime") },
    { code: "FROM alpine:3.20", settings: build(null) },
  ],
  invalid: [
    {
      code: "FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime",
      settings: build("release"),
      errors: [{ messageId: "missing", line: 2, column: 1, message: "docker-bake.hcl:4 builds stage 'release' for target 'app', but this Dockerfile has no stage named so (stages: build, runtime)" }],
    },
    { code: "FROM alpine:3.20", settings: build("prod"), errors: [{ messageId: "missing", message: "no stage has a name" }] },
  ],
});
