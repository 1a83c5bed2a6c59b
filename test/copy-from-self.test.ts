import rule from "../rules/copy-from-self";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nFROM alpine:3.20 AS run\nCOPY --from=build /a /a",
    "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /a",
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nRUN --mount=type=bind,from=build,source=/a,target=/a true",
  ],
  invalid: [
    { code: "FROM alpine:3.20 AS run\nCOPY --from=run /a /b", errors: [{ messageId: "self", line: 2, column: 13, endColumn: 16 }] },
    { code: "FROM alpine:3.20 AS Run\nCOPY --from=RUN /a /b", errors: [{ messageId: "self" }] },
    { code: "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=1 /a /b", errors: [{ messageId: "self" }] },
    { code: "FROM alpine:3.20 AS x\nRUN --mount=type=bind,from=x,target=/m true", errors: [{ messageId: "self", line: 2, column: 28, endColumn: 29 }] },
  ],
});
