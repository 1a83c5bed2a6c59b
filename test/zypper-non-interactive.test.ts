import rule from "../rules/zypper-non-interactive";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl",
    "FROM opensuse/leap:15.6\nRUN zypper -n in curl",
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl",
    "FROM opensuse/leap:15.6\nRUN zypper in --no-confirm curl",
    "FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys -n refresh",
    "FROM opensuse/leap:15.6\nRUN zypper clean --all",
    "FROM opensuse/leap:15.6\nARG ZYPPER_OPTS\nRUN zypper $ZYPPER_OPTS install curl",
  ],
  invalid: [
    { code: "FROM opensuse/leap:15.6\nRUN zypper install curl", errors: [{ messageId: "interactive", line: 2, column: 5, endColumn: 19 }], output: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl" },
    { code: "FROM opensuse/leap:15.6\nRUN zypper --quiet rm curl", errors: [{ messageId: "interactive", message: "'zypper rm'" }], output: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive --quiet rm curl" },
    { code: "FROM opensuse/leap:15.6\nRUN zypper patch", errors: [{ messageId: "interactive" }], output: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch" },
    { code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper ref\nzypper in curl\nEOF", errors: [{ messageId: "interactive", line: 4, column: 1 }], output: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper ref\nzypper --non-interactive in curl\nEOF" },
  ],
});
