import { expect, it } from "vitest";
import rule from "../rules/from-platform-redundant";
import { runRule, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ["FROM --platform=$BUILDPLATFORM alpine:3.20", "FROM --platform=${TARGETPLATFORM:+linux/amd64} alpine:3.20", "FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20"],
  invalid: [
    { code: "FROM --platform=$TARGETPLATFORM alpine:3.20", errors: [{ messageId: "redundant", line: 1, column: 6, endColumn: 32 }], output: "FROM alpine:3.20" },
    { code: "FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a", errors: [{ messageId: "redundant" }], output: "FROM alpine:3.20 AS a" },
    { code: 'FROM --platform="${TARGETPLATFORM:-linux/amd64}" alpine:3.20', errors: [{ messageId: "redundant" }], output: "FROM alpine:3.20" },
  ],
});

it("removes the flag", () => {
  const [p] = runRule(rule, { code: "FROM --platform=$TARGETPLATFORM alpine:3.20" });
  expect(p!.fix).toEqual({ kind: "safe", edits: [{ span: { start: 5, end: 32 }, text: "" }] });
});
