import rule from "../rules/env-same-instruction-ref";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV A=1\nENV B=$A",
    "FROM alpine:3.20\nENV PATH=/x:$PATH A=1",
    "FROM alpine:3.20\nENV B=$A A=1",
    "FROM alpine:3.20\nENV A=1\nENV A=1 B=$A",
    "FROM alpine:3.20\nARG A\nENV A=1 B=$A",
    "FROM alpine:3.20\nENV A 1 B=$A",
    "FROM alpine:3.20\nENV A=1 B='$A'",
    "FROM alpine:3.20\nARG A=1 B=$A",
    // No later value spells an earlier key: skipped before any expansion.
    "FROM alpine:3.20\nENV APP_HOME=/opt/app PATH=/opt/app/bin:$PATH",
    // An ENV in an ONBUILD trigger or before the first FROM is not checked (the keyword index holds both).
    "FROM alpine:3.20\nONBUILD ENV APP=/app PATH=$APP/bin:$PATH",
    "ENV APP=/app PATH=$APP/bin:$PATH\nFROM alpine:3.20",
  ],
  invalid: [
    // An earlier key spelled in a later value passes the pre-check, with a third pair between.
    { code: "FROM alpine:3.20\nENV A=1 C=2 B=x${A}", errors: [{ messageId: "sameEnv", line: 2, message: "is empty" }] },
    // Found in the second stage and after an ONBUILD ENV, through the keyword index.
    {
      code: "FROM alpine:3.20 AS a\nONBUILD ENV X=1 Y=$X\nFROM a\nENV APP=/app PATH=$APP/bin:$PATH",
      errors: [{ messageId: "sameEnv", line: 4 }],
    },
    { code: "FROM alpine:3.20\nENV APP=/app PATH=$APP/bin:$PATH", errors: [{ messageId: "sameEnv", line: 2, column: 19, endColumn: 23, message: "is empty" }] },
    { code: "FROM alpine:3.20\nENV A=0\nENV A=1 B=${A}", errors: [{ messageId: "sameEnv", message: "still '0'" }] },
    { code: "FROM alpine:3.20\nENV A=1 \\\n    B=\"x$A\"", errors: [{ messageId: "sameEnv", line: 3, column: 9, endColumn: 11 }] },
    // A later pair that sets the same name again still sees the value from before the ENV.
    { code: "FROM alpine:3.20\nENV A=1 A=${A}2", errors: [{ messageId: "sameEnv", line: 2, column: 11, endColumn: 15, message: "is empty" }] },
    {
      code: "FROM alpine:3.20\nENV PATH=/a:${PATH} PATH=/b:${PATH}",
      errors: [{ messageId: "sameEnv", line: 2, column: 29, endColumn: 36, message: "'PATH' here is its value from before this ENV" }],
    },
  ],
});

testRule(rule, {
  valid: ['FROM alpine:3.20\nENV ROOT=/u01/domains HOME_DIR="${ROOT:-/u01/domains}/base"'],
  invalid: [{ code: 'FROM alpine:3.20\nENV ROOT=/data HOME_DIR="${ROOT:-/u01/domains}/base"', errors: [{ messageId: "sameEnv" }] }],
});
