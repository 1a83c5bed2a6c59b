import { expect, it } from "vitest";
import rule from "../rules/maintainer-deprecated";
import { runRule, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ['FROM alpine:3.20\nLABEL maintainer="x"'],
  invalid: [
    { code: "FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>", errors: [{ messageId: "deprecated", line: 2, column: 1, endColumn: 11 }], output: "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"" },
    { code: "MAINTAINER x\nFROM alpine:3.20", errors: [{ messageId: "deprecated", line: 1 }], output: "LABEL org.opencontainers.image.authors=\"x\"\nFROM alpine:3.20" },
    { code: "FROM alpine:3.20\nmaintainer x", errors: [{ messageId: "deprecated", line: 2 }], output: "FROM alpine:3.20\nlabel org.opencontainers.image.authors=\"x\"" },
  ],
});

it("fixes MAINTAINER into the OCI authors label", () => {
  const [p] = runRule(rule, { code: 'FROM alpine:3.20\nMAINTAINER "Jane Doe" <jane@example.com> $X' });
  expect(p!.fix).toEqual({ kind: "safe", edits: [{ span: { start: 17, end: 60 }, text: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com> \\$X"' }] });
  const [q] = runRule(rule, { code: "FROM alpine:3.20\nmaintainer me" });
  expect(q!.fix!.edits[0]!.text).toBe('label org.opencontainers.image.authors="me"');
});
