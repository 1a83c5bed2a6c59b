import rule from "../rules/build-arg-undeclared";
import type { BuildInvocation } from "../src/engine/types";
import { testRule } from "./helpers/rule-tester";

const build = (args: string[]): { build: BuildInvocation } => ({
  build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: args.map((name, i) => ({ name, line: 5 + i, set: true })), target: null },
});

testRule(rule, {
  valid: [
    // Without --compose/--bake there is no invocation: nothing to compare.
    "FROM alpine:3.20",
    { code: "ARG A=1\nFROM alpine:3.20\nARG B\nRUN echo $A $B", settings: build(["A", "B"]) },
    // Args BuildKit reads without an ARG line.
    { code: "FROM alpine:3.20", settings: build(["HTTP_PROXY", "no_proxy", "BUILDKIT_INLINE_CACHE", "TARGETARCH"]) },
    { code: "FROM alpine:3.20 AS a\nFROM a\nARG ONLY_HERE\n", settings: build(["ONLY_HERE"]) },
  ],
  invalid: [
    { code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}", settings: build(["NODE_VERSON"]), errors: [{ messageId: "undeclared", line: 2, column: 1, message: "compose.yaml:5 passes build arg 'NODE_VERSON' to service 'web'" }] },
    { code: "FROM alpine:3.20", settings: build(["X", "Y"]), errors: [{ messageId: "undeclared", message: "'X'" }, { messageId: "undeclared", message: "'Y'" }] },
    {
      code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}",
      settings: { build: { ...build(["NODE_VERSON"]).build, kind: "bake", file: "docker-bake.hcl" } },
      errors: [{ messageId: "undeclared", message: "to target 'web'" }],
    },
  ],
});
