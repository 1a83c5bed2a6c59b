import rule from "../rules/copy-from-stage";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a",
    "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /a /a",
    "FROM alpine:3.20\nCOPY --from=nginx:1.27 /a /a",
    "FROM alpine:3.20\nCOPY --from=ghcr.io/org/tool@sha256:abcd /a /a",
    "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /a",
    "FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b",
  ],
  invalid: [
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a", errors: [{ messageId: "unknown", line: 3, column: 13, endColumn: 18, message: "did you mean the stage 'build'" }] },
    { code: "FROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/", errors: [{ messageId: "unknown", message: "give it a tag" }] },
    { code: "FROM alpine:3.20\nCOPY --from=webdevops/toolbox /a /a", errors: [{ messageId: "untaggedImage", line: 2, column: 13 }] },
    { code: "FROM alpine:3.20\nCOPY --from=2 /a /a", errors: [{ messageId: "badIndex", message: "1 stage" }] },
    { code: "ARG SRC=build\nFROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=$SRC /a /a", errors: [{ messageId: "variable", line: 4, message: "FROM $SRC AS" }] },
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --chown=1 \\\n  --from=biuld /a /a", errors: [{ messageId: "unknown", line: 4, column: 10 }] },
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nONBUILD COPY --from=biuld /a /a", errors: [{ messageId: "unknown", line: 3 }] },
  ],
});
