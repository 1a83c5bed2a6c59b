import rule from "../rules/instruction-once-per-stage";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    'FROM node:22\nENTRYPOINT ["node"]\nCMD ["a.js"]\nHEALTHCHECK CMD ["true"]',
    'FROM node:22 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]',
    'FROM node:22\nONBUILD CMD ["a"]\nCMD ["b"]',
  ],
  invalid: [
    { code: 'FROM node:22\nCMD ["a"]\nRUN true\nCMD ["b"]', errors: [{ messageId: "repeated", line: 4, column: 1, endColumn: 4, message: "line 2" }] },
    { code: 'FROM node:22\nENTRYPOINT ["a"]\nentrypoint ["b"]\nENTRYPOINT ["c"]', errors: [{ messageId: "repeated", line: 3, message: "line 2" }, { messageId: "repeated", line: 4, message: "line 3" }] },
    { code: "FROM node:22\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s \\\n  CMD true", errors: [{ messageId: "repeated", line: 3 }] },
  ],
});
