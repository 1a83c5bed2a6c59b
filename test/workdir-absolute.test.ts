import rule from "../rules/workdir-absolute";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nWORKDIR /app",
    "FROM alpine:3\nWORKDIR /app\nWORKDIR src",
    "FROM alpine:3\nENV APP=/srv/app\nWORKDIR $APP",
    "FROM alpine:3\nARG DIR=/opt\nWORKDIR ${DIR}/x",
    "FROM alpine:3\nARG DIR\nWORKDIR $DIR",
    "FROM alpine:3 AS base\nWORKDIR /app\nFROM base\nWORKDIR src",
    "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app",
    "FROM alpine:3\nWORKDIR /",
  ],
  invalid: [
    // golang starts in /go: '/pty' would be a different folder.
    { code: "FROM golang:1.23\nWORKDIR pty", errors: [{ messageId: "relative", message: "such as '/go/pty'" }] },
    { code: "FROM example/app:1\nWORKDIR pty", errors: [{ messageId: "relative", message: "such as '/<base workdir>/pty'" }] },
    { code: "FROM alpine:3\nWORKDIR ./app", errors: [{ messageId: "relative", message: "such as '/app'" }], output: "FROM alpine:3\nWORKDIR /app" },
    { code: "FROM alpine:3\nWORKDIR app", errors: [{ messageId: "relative", line: 2, column: 9, endColumn: 12 }], output: "FROM alpine:3\nWORKDIR /app" },
    { code: "FROM alpine:3\nENV D=app\nWORKDIR $D", errors: [{ messageId: "relative", line: 3, message: "'app'" }] },
    { code: "FROM alpine:3 AS a\nWORKDIR /app\nFROM alpine:3\nWORKDIR src", errors: [{ messageId: "relative", line: 4 }], output: "FROM alpine:3 AS a\nWORKDIR /app\nFROM alpine:3\nWORKDIR /src" },
    { code: "FROM alpine:3\nWORKDIR app\nWORKDIR more", errors: [{ messageId: "relative", line: 2 }], output: "FROM alpine:3\nWORKDIR /app\nWORKDIR more" },
    { code: "FROM alpine:3\nARG D=rel\nWORKDIR ${D}", buildArgs: { D: "x" }, errors: [{ messageId: "relative", message: "'x'" }] },
  ],
});

// acceptAfterAbsolute: false (the hadolint preset) reports every relative WORKDIR, as hadolint's DL3000.
testRule(rule, {
  valid: [
    { code: "FROM alpine:3\nWORKDIR /app\nWORKDIR /srv", options: { acceptAfterAbsolute: false } },
    { code: "FROM alpine:3\nARG D\nWORKDIR $D/x", options: { acceptAfterAbsolute: false } },
  ],
  invalid: [
    { code: "FROM alpine:3\nWORKDIR /app\nWORKDIR sub", options: { acceptAfterAbsolute: false }, errors: [{ messageId: "relativeAfterAbsolute", line: 3, column: 9, message: "'sub'" }] },
    {
      code: "FROM alpine:3 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\nWORKDIR more",
      options: { acceptAfterAbsolute: false },
      errors: [{ messageId: "relativeAfterAbsolute", line: 4 }, { messageId: "relativeAfterAbsolute", line: 5 }],
    },
  ],
});
