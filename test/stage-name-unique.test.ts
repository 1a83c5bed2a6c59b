import rule from "../rules/stage-name-unique";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ["FROM a:1 AS x\nFROM b:1 AS y\nFROM x", "FROM a:1\nFROM a:1"],
  invalid: [
    { code: "FROM a:1 AS build\nFROM b:1 AS Build", errors: [{ messageId: "duplicate", line: 2, column: 13, endColumn: 18, message: "line 1" }] },
    { code: "FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 as x", errors: [{ messageId: "duplicate", line: 2 }, { messageId: "duplicate", line: 3 }] },
    // Each duplicate names the first stage of the name (the one a reference finds), a numeric name too.
    {
      code: "FROM a:1 AS X\nFROM b:1 AS x\nFROM c:1 AS 1\nFROM d:1 as x\nFROM e:1 AS 1",
      errors: [
        { messageId: "duplicate", line: 2, message: "'x' is already used on line 1" },
        { messageId: "duplicate", line: 4, message: "'x' is already used on line 1" },
        { messageId: "duplicate", line: 5, message: "'1' is already used on line 3" },
      ],
    },
  ],
});

// caseSensitive (the hadolint preset): names compared as written, as hadolint's DL3024.
testRule(rule, {
  valid: [{ code: "FROM alpine:3 AS x\nFROM alpine:3 AS X", options: { caseSensitive: true } }],
  invalid: [{ code: "FROM alpine:3 AS x\nFROM alpine:3 AS x", options: { caseSensitive: true }, errors: [{ messageId: "duplicate", line: 2 }] }],
});
