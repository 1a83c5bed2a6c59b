import rule from "../rules/zypper-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.0.1 && zypper clean",
    "FROM opensuse/leap:15.6\nRUN zypper -n in 'curl>=8' && zypper clean",
    "FROM opensuse/leap:15.6\nRUN zypper -n in /tmp/x.rpm && zypper clean",
    "FROM opensuse/leap:15.6\nRUN zypper -n in -t pattern devel_basis && zypper clean",
    "FROM opensuse/leap:15.6\nRUN zypper -n in pattern:devel_basis && zypper clean",
    "FROM opensuse/leap:15.6\nRUN zypper -n in -r repo-oss curl=8 && zypper clean",
    "FROM opensuse/leap:15.6\nARG PKGS\nRUN zypper -n in $PKGS && zypper clean",
  ],
  invalid: [
    { code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean", errors: [{ messageId: "unpinned", line: 2, column: 18, endColumn: 22 }] },
    { code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl-8.0 && zypper clean", errors: [{ messageId: "unpinned", message: "'curl-8.0'" }] },
  ],
});
