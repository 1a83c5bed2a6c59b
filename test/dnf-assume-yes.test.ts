import rule from "../rules/dnf-assume-yes";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y httpd",
    "FROM fedora:40\nRUN dnf -y module install nodejs:20",
    "FROM fedora:40\nRUN dnf --assumeyes group install 'Development Tools'",
    "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install httpd && microdnf clean all",
    "FROM fedora:40\nRUN dnf clean all",
    "FROM fedora:40\nRUN dnf module list",
  ],
  invalid: [
    { code: "FROM fedora:40\nRUN dnf install httpd", errors: [{ messageId: "missingYes", line: 2, column: 5, endColumn: 16 }], output: "FROM fedora:40\nRUN dnf install -y httpd" },
    { code: "FROM fedora:40\nRUN dnf module enable nodejs:20", errors: [{ messageId: "missingYes", message: "'dnf module enable'" }], output: "FROM fedora:40\nRUN dnf module enable -y nodejs:20" },
    { code: "FROM fedora:40\nRUN dnf group install 'Development Tools'", errors: [{ messageId: "missingYes", message: "'dnf group install'" }], output: "FROM fedora:40\nRUN dnf group install -y 'Development Tools'" },
    { code: "FROM fedora:40\nARG PKGS=httpd\nRUN dnf install $PKGS", errors: [{ messageId: "missingYes", line: 3 }], output: "FROM fedora:40\nARG PKGS=httpd\nRUN dnf install -y $PKGS" },
  ],
});
