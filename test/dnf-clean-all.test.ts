import rule from "../rules/dnf-clean-all";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
    "FROM fedora:40\nRUN dnf -y upgrade && dnf -y install httpd && dnf clean all",
    "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all",
    "FROM fedora:41\nRUN dnf install -y httpd && rm -rf /var/cache/libdnf5",
    "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd",
    "FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd",
    "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM fedora:40\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    "FROM centos:7\nRUN yum install -y httpd",
  ],
  invalid: [
    { code: "FROM fedora:40\nRUN dnf install -y httpd", errors: [{ messageId: "notCleaned", line: 2, column: 5, endColumn: 16, message: "'&& dnf clean all'" }] },
    { code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install httpd", errors: [{ messageId: "notCleaned", message: "'&& microdnf clean all'" }] },
    { code: "FROM fedora:40\nRUN dnf -y module install nodejs:20", errors: [{ messageId: "notCleaned", message: "'dnf module install'" }] },
    { code: "FROM fedora:40\nRUN dnf -y upgrade", errors: [{ messageId: "notCleaned" }] },
  ],
});
