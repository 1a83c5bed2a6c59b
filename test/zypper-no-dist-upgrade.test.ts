import rule from "../rules/zypper-no-dist-upgrade";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper -n update",
    "FROM opensuse/tumbleweed\nRUN zypper -n dup",
    "FROM opensuse/tumbleweed AS base\nFROM base\nRUN zypper -n dist-upgrade",
    "FROM opensuse/leap:15.6\nRUN echo zypper dup",
  ],
  invalid: [
    { code: "FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade", errors: [{ messageId: "distUpgrade", line: 2, column: 15, endColumn: 27 }] },
    { code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive dup && zypper clean", errors: [{ messageId: "distUpgrade", message: "'zypper dup'" }] },
  ],
});
