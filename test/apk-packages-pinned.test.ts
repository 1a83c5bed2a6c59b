import rule from "../rules/apk-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0",
    "FROM alpine:3.20\nRUN apk add --no-cache 'curl~8' 'wget>1.0' 'bash<6'",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0",
    "FROM alpine:3.20\nRUN apk add --no-cache -t .deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1",
    "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/foo.apk",
    "FROM alpine:3.20\nARG PKGS\nRUN apk add --no-cache $PKGS",
    "FROM alpine:3.20\nARG PKGS=\"curl=8 wget=1\"\nRUN apk add --no-cache ${PKGS}",
    "FROM alpine:3.20\nRUN apk del curl",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUN apk add --no-cache curl", errors: [{ messageId: "unpinned", line: 2, column: 24, endColumn: 28 }] },
    { code: "FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps gcc", errors: [{ messageId: "unpinned", message: "'gcc'" }] },
    { code: "FROM alpine:3.20\nARG PKGS=\"curl=8 wget\"\nRUN apk add --no-cache ${PKGS}", errors: [{ messageId: "unpinned", line: 3, message: "'wget'" }] },
    { code: "FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl=8 \\\n    wget", errors: [{ messageId: "unpinned", line: 4, column: 5 }] },
  ],
});
