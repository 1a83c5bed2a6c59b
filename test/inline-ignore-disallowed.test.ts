import rule from "../rules/inline-ignore-disallowed";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "# dflint-ignore-file: run-no-cd\nFROM alpine:3.20",
    "# hadolint global ignore=DL3008\nFROM alpine:3.20",
    "# check=skip=JSONArgsRecommended\nFROM alpine:3.20",
    "FROM alpine:3.20\n# just a comment about ignore\nRUN true",
    { code: "FROM alpine:3.20\n# dflint-ignore: run-no-cd -- vendor script needs it\nRUN cd /x", options: { allowWithReason: true } },
    { code: "FROM alpine:3.20\n# hadolint ignore=DL3003 # vendor script\nRUN cd /x", options: { allowWithReason: true } },
  ],
  invalid: [
    { code: "FROM alpine:3.20\n# hadolint ignore=DL3003\nRUN cd /x", errors: [{ messageId: "inline", line: 2, column: 1, endColumn: 25 }] },
    { code: "FROM alpine:3.20\n  # dflint-ignore: run-no-cd\nRUN cd /x", errors: [{ messageId: "inline", line: 2, column: 3 }] },
    { code: "FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD x", errors: [{ messageId: "inline", line: 2 }] },
    { code: "FROM alpine:3.20\n# dflint-ignore: run-no-cd\nRUN cd /x", options: { allowWithReason: true }, errors: [{ messageId: "noReason" }] },
  ],
});
