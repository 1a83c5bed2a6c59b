import rule from "../rules/dnf-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all",
    "FROM fedora:40\nRUN dnf group install -y 'Development Tools' && dnf clean all",
    "FROM fedora:40\nRUN dnf -y module install nodejs:20/default && dnf clean all",
    "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && microdnf clean all",
    "FROM centos:7\nRUN yum install -y httpd && yum clean all",
  ],
  invalid: [
    { code: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all", errors: [{ messageId: "unpinned", line: 2, column: 20, endColumn: 25 }] },
    { code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all", errors: [{ messageId: "unpinned" }] },
    { code: "FROM fedora:40\nRUN dnf module install -y nodejs && dnf clean all", errors: [{ messageId: "moduleStream" }] },
  ],
});
