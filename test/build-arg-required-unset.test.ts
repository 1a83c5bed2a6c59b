import rule from "../rules/build-arg-required-unset";
import type { BuildInvocation } from "../src/engine/types";
import { testRule } from "./helpers/rule-tester";

const build = (args: [string, boolean][]): { build: BuildInvocation } => ({
  build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: args.map(([name, set], i) => ({ name, line: 6 + i, set })), target: null },
});

testRule(rule, {
  valid: [
    "ARG BASE\nFROM ${BASE}",
    { code: "ARG BASE\nFROM ${BASE}", settings: build([["BASE", true]]) },
    { code: "ARG BASE=alpine\nFROM ${BASE}:3.20", settings: build([]) },
    // The FROM line supplies a fallback.
    { code: "ARG BASE\nFROM ${BASE:-alpine}:3.20", settings: build([]) },
    // Only stages the target needs.
    { code: "ARG BASE\nFROM ${BASE} AS unused\nFROM alpine:3.20 AS final", settings: build([]) },
    // An ARG inside a stage may be optional.
    { code: "FROM alpine:3.20\nARG VERSION\nRUN echo ${VERSION}", settings: build([]) },
  ],
  invalid: [
    {
      code: "ARG BASE\nFROM ${BASE}",
      settings: build([]),
      errors: [{ messageId: "unset", line: 1, column: 1, message: "ARG BASE has no default and service 'api' (compose.yaml:3) does not set it" }],
    },
    // Named without a value (and none in the environment): still unset.
    { code: "ARG BASE\nARG TAG=1\nFROM ${BASE}:${TAG}", settings: build([["BASE", false]]), errors: [{ messageId: "unset" }] },
  ],
});
