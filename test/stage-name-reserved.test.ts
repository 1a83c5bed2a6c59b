import rule from "../rules/stage-name-reserved";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ["FROM scratch", "FROM scratch AS out", "FROM alpine:3.20 AS contexts"],
  invalid: [
    { code: "FROM alpine:3.20 AS scratch", errors: [{ messageId: "reserved", line: 1, column: 21, endColumn: 28 }] },
    { code: "FROM alpine:3.20 as CONTEXT", errors: [{ messageId: "reserved", message: "'CONTEXT'" }] },
  ],
});
