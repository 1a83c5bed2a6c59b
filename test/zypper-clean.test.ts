import rule from "../rules/zypper-clean";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all",
    "FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a",
    "FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /var/cache/zypp/*",
    "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl",
    "FROM opensuse/leap:15.6 AS build\nRUN zypper -n in gcc\nFROM opensuse/leap:15.6\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    "FROM opensuse/leap:15.6\nRUN zypper -n rm curl",
  ],
  invalid: [
    { code: "FROM opensuse/leap:15.6\nRUN zypper -n install curl", errors: [{ messageId: "notCleaned", line: 2, column: 5, endColumn: 22 }] },
    { code: "FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in curl", errors: [{ messageId: "notCleaned", column: 21 }] },
    { code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n in curl\nEOF", errors: [{ messageId: "notCleaned", line: 3, column: 1 }] },
  ],
});
