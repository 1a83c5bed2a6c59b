import { expect, it } from "vitest";
import rule from "../rules/instruction-once-per-stage";
import { runRule, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    'FROM node:22\nENTRYPOINT ["node"]\nCMD ["a.js"]\nHEALTHCHECK CMD ["true"]',
    'FROM node:22 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]',
    'FROM node:22\nONBUILD CMD ["a"]\nCMD ["b"]',
    { code: 'FROM node:22 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]', options: { reportAt: "later" } },
    // Ignore comments above the later instruction apply, wherever the report points (both tools).
    'FROM node:22\nCMD ["a"]\n# dflint-ignore: instruction-once-per-stage\nCMD ["b"]',
    'FROM node:22\nCMD ["a"]\n# hadolint ignore=DL4003\nCMD ["b"]',
    'FROM node:22\nCMD ["a"]\n# check=skip=MultipleInstructionsDisallowed\nCMD ["b"]',
    { code: 'FROM node:22\nCMD ["a"]\n# hadolint ignore=DL4003\nCMD ["b"]', options: { reportAt: "later" } },
  ],
  invalid: [
    // By default the instruction that has no effect is reported, as BuildKit does.
    { code: 'FROM node:22\nCMD ["a"]\nRUN true\nCMD ["b"]', errors: [{ messageId: "overridden", line: 2, column: 1, endColumn: 4, message: "line 4" }] },
    {
      code: 'FROM node:22\nENTRYPOINT ["a"]\nentrypoint ["b"]\nENTRYPOINT ["c"]',
      errors: [{ messageId: "overridden", line: 2, message: "line 3" }, { messageId: "overridden", line: 3, message: "line 4" }],
    },
    { code: "FROM node:22\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s \\\n  CMD true", errors: [{ messageId: "overridden", line: 2, message: "line 3" }] },
    // An ignore comment above the earlier one does not hide it: the later one's comments decide.
    { code: 'FROM node:22\n# hadolint ignore=DL4003\nCMD ["a"]\nCMD ["b"]', errors: [{ messageId: "overridden", line: 3 }] },
    // reportAt: later (the hadolint preset), as hadolint's DL3012/DL4003/DL4004.
    { code: 'FROM node:22\nCMD ["a"]\nRUN true\nCMD ["b"]', options: { reportAt: "later" }, errors: [{ messageId: "repeated", line: 4, column: 1, endColumn: 4, message: "line 2" }] },
    {
      code: 'FROM node:22\nENTRYPOINT ["a"]\nentrypoint ["b"]\nENTRYPOINT ["c"]',
      options: { reportAt: "later" },
      errors: [{ messageId: "repeated", line: 3, message: "line 2" }, { messageId: "repeated", line: 4, message: "line 3" }],
    },
  ],
});

it("a report at the earlier instruction names the later one's offset for ignore comments", () => {
  const code = 'FROM node:22\nCMD ["a"]\nCMD ["b"]';
  const [p] = runRule(rule, { code });
  expect(p?.line).toBe(2);
  expect(p?.ignoreAt).toBe(code.lastIndexOf("CMD"));
});
