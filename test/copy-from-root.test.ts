import rule from "../rules/copy-from-root";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12 AS base\nFROM alpine:3.20\nCOPY --from=base /usr/lib/ /usr/lib/",
    "FROM debian:12 AS rootfs\nFROM scratch\nCOPY --from=rootfs / /",
    "FROM debian:12 AS rootfs\nFROM scratch AS s\nFROM s\nCOPY --from=rootfs / /",
    "FROM debian:12\nCOPY / /",
    "FROM debian:12 AS base\nFROM alpine:3.20\nCOPY --from=base / /base/",
    // No word that is only slashes (with '.' or '*'): skipped before parsing.
    "FROM debian:12 AS base\nFROM alpine:3.20\nCOPY --from=base /usr/ /opt/",
  ],
  invalid: [
    { code: "FROM debian:12 AS base\nFROM alpine:3.20\nCOPY --from=base / /", errors: [{ messageId: "wholeFs", line: 3, column: 18, endColumn: 21 }] },
    { code: "FROM alpine:3.20\nCOPY --from=busybox:1.36 /. /", errors: [{ messageId: "wholeFs" }] },
    // Root words with several slashes, a '*', or after a line continuation pass the pre-check.
    { code: "FROM alpine:3.20\nCOPY --from=busybox:1.36 //* \\\n  //", errors: [{ messageId: "wholeFs", line: 2 }] },
    { code: "FROM alpine:3.20\nCOPY --from=busybox:1.36\t/\t/", errors: [{ messageId: "wholeFs", line: 2 }] },
  ],
});

testRule(rule, {
  valid: [
    "ARG XX_VERSION=1.4.0\nFROM --platform=$BUILDPLATFORM tonistiigi/xx:${XX_VERSION} AS xx\nFROM golang:1.23\nCOPY --link --from=xx / /",
    "FROM alpine:3.20\nCOPY --from=gloursdocker/docker / /",
    "FROM scratch AS files\nCOPY a /a\nFROM alpine:3.20\nCOPY --from=files / /",
  ],
  invalid: [{ code: 'FROM python:3.12 AS python\nFROM debian:12\nCOPY --from=python [ "/", "/" ]', errors: [{ messageId: "wholeFs", line: 3 }] }],
});
