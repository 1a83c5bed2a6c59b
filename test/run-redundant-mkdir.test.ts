import rule from "../rules/run-redundant-mkdir";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nWORKDIR /app",
    "FROM alpine:3\nRUN mkdir -m 700 /app\nWORKDIR /app",
    "FROM alpine:3\nRUN mkdir /data\nWORKDIR /app",
    "FROM alpine:3\nRUN mkdir /app && chown nobody /app\nWORKDIR /app",
    "FROM alpine:3 AS a\nRUN mkdir /app\nFROM alpine:3\nWORKDIR /app",
    "FROM alpine:3\nWORKDIR /app\nRUN mkdir /app/sub",
    "FROM alpine:3\nRUN mkdir /app/sub\nWORKDIR /app",
  ],
  invalid: [
    { code: "FROM alpine:3\nRUN mkdir /app\nWORKDIR /app", errors: [{ messageId: "redundant", line: 2, column: 1, message: "line 3" }], output: "FROM alpine:3\nWORKDIR /app" },
    { code: "FROM alpine:3\nRUN mkdir -p /app/src\nWORKDIR /app/src", errors: [{ messageId: "redundant", line: 2 }], output: "FROM alpine:3\nWORKDIR /app/src" },
    { code: "FROM alpine:3\nRUN mkdir -p /app\nCOPY . /app\nWORKDIR /app/", errors: [{ messageId: "redundant" }], output: "FROM alpine:3\nCOPY . /app\nWORKDIR /app/" },
    { code: "FROM alpine:3\nENV APP=/srv\nRUN mkdir $APP\nWORKDIR /srv", errors: [{ messageId: "redundant", line: 3 }], output: "FROM alpine:3\nENV APP=/srv\nWORKDIR /srv" },
    { code: "FROM alpine:3\nRUN mkdir /a /b\nWORKDIR /a\nWORKDIR /b", errors: [{ messageId: "redundant", line: 2 }], output: "FROM alpine:3\nWORKDIR /a\nWORKDIR /b" },
    { code: "FROM alpine:3\nRUN mkdir /app\nWORKDIR /app/sub", errors: [{ messageId: "redundant", line: 2 }], output: "FROM alpine:3\nWORKDIR /app/sub" },
  ],
});
