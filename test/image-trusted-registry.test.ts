import rule from "../rules/image-trusted-registry";
import { testRule } from "./helpers/rule-tester";

const settings = { trustedRegistries: ["docker.io", "*.example.com"] };

testRule(rule, {
  valid: [
    "FROM quay.io/org/app:1",
    { code: "FROM alpine:3.20", settings },
    { code: "FROM docker.io/library/alpine:3.20", settings },
    { code: "FROM registry.example.com/team/app:1", settings },
    { code: "FROM scratch", settings },
    { code: "FROM registry.example.com/a:1 AS a\nFROM a\nCOPY --from=a /x /x", settings },
    { code: "ARG BASE\nFROM ${BASE}", settings },
    { code: "FROM alpine:3.20\nCOPY --from=0 /x /x", settings },
  ],
  invalid: [
    { code: "FROM quay.io/org/app:1", settings, errors: [{ messageId: "untrusted", line: 1, column: 6, endColumn: 23, message: "'quay.io'" }] },
    { code: "ARG REG=ghcr.io\nFROM ${REG}/org/app:1", settings, errors: [{ messageId: "untrusted", line: 2, message: "ghcr.io/org/app:1" }] },
    { code: "FROM alpine:3.20\nCOPY --from=gcr.io/distroless/static:nonroot /x /x", settings, errors: [{ messageId: "untrusted", line: 2, column: 13 }] },
    { code: "FROM alpine:3.20\nRUN --mount=type=bind,from=ghcr.io/x/y:1,target=/m true", settings, errors: [{ messageId: "untrusted", line: 2 }] },
    { code: "FROM alpine:3.20", settings: { trustedRegistries: ["registry.example.com"] }, errors: [{ messageId: "untrusted", message: "'docker.io'" }] },
  ],
});
