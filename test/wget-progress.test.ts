import rule from "../rules/wget-progress";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a.tgz",
    "FROM debian:12\nRUN wget -q https://example.com/a.tgz",
    "FROM alpine:3.20\nRUN wget -qO- https://example.com/a.sh | sh",
    "FROM debian:12\nRUN wget -nv https://example.com/a.tgz",
    "FROM debian:12\nRUN wget --no-verbose https://example.com/a.tgz",
    "FROM debian:12\nRUN wget -o /dev/null https://example.com/a.tgz",
    "FROM debian:12\nRUN wget --quiet -O /a.tgz https://example.com/a.tgz",
    "FROM debian:12\nRUN wget -O- -q https://example.com/a.tgz",
    "FROM debian:12\nARG WGET_OPTS=-q\nRUN wget $WGET_OPTS https://example.com/a.tgz",
    "FROM debian:12\nARG WGET_OPTS\nRUN wget $WGET_OPTS https://example.com/a.tgz",
    "FROM debian:12\nRUN wget --version",
    "FROM debian:12\nRUN apt-get install -y wget",
    // A bare wget (no arguments) is skipped before its options are read.
    "FROM debian:12\nRUN wget",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN wget https://example.com/a.tgz", errors: [{ messageId: "progress", line: 2, column: 5, endColumn: 9 }] },
    { code: "FROM debian:12\nRUN wget -O /quiet https://example.com/a.tgz", errors: [{ messageId: "progress" }] },
    { code: "FROM debian:12\nRUN set -eux; \\\n  wget -O a.tgz https://example.com/a.tgz", errors: [{ messageId: "progress", line: 3, column: 3 }] },
    { name: "a bare wget before one with arguments", code: "FROM debian:12\nRUN wget || wget https://example.com/a.tgz", errors: [{ messageId: "progress", line: 2, column: 13 }] },
    { code: "FROM debian:12\nRUN <<EOF\nwget https://example.com/a.tgz\nEOF", errors: [{ messageId: "progress", line: 3, column: 1 }] },
  ],
});
