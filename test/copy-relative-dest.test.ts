import rule from "../rules/copy-relative-dest";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nWORKDIR /app\nCOPY . .",
    "FROM alpine:3\nCOPY app.py /app/",
    // scratch works in '/'.
    "FROM scratch\nCOPY hello .",
    "FROM scratch AS base\nFROM base\nADD rootfs.tar.gz .",
    "FROM alpine:3 AS base\nWORKDIR /app\nFROM base\nCOPY . .",
    "FROM alpine:3 AS base\nWORKDIR /app\nFROM BASE AS next\nFROM next\nCOPY x y",
    "FROM alpine:3\nARG DEST\nCOPY x $DEST",
    "FROM alpine:3\nENV D=rel\nCOPY x ${D}",
    "FROM alpine:3\nENV D=/opt\nCOPY x ${D}/",
    'FROM alpine:3\nCOPY ["a b", "/dest/"]',
    "FROM alpine:3\nCOPY <<EOF /etc/x.conf\nhello\nEOF",
    // An ONBUILD trigger runs in the child's stage, not this one (the rule reads COPY from the keyword index, triggers included).
    "FROM alpine:3\nONBUILD COPY . .",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app",
  ],
  invalid: [
    { code: "FROM alpine:3\nCOPY . .", errors: [{ messageId: "relative", line: 2, column: 8, endColumn: 9 }] },
    { code: "FROM alpine:3\nADD app.tar.gz app/", errors: [{ messageId: "relative", line: 2, column: 16 }] },
    { code: "FROM alpine:3 AS a\nWORKDIR /app\nFROM alpine:3\nCOPY --from=a /x y", errors: [{ messageId: "relative", line: 4 }] },
    { code: 'FROM alpine:3\nCOPY ["a", "b"]', errors: [{ messageId: "relative", line: 2, column: 12 }] },
    { code: "FROM alpine:3\nCOPY x y\nWORKDIR /app\nCOPY a b", errors: [{ messageId: "relative", line: 2 }] },
    // COPY and ADD are read as two lists; the problems stay in file order.
    { code: "FROM alpine:3\nADD a b\nCOPY c d\nADD e f", errors: [{ messageId: "relative", line: 2 }, { messageId: "relative", line: 3 }, { messageId: "relative", line: 4 }] },
  ],
});
