import rule from "../rules/yum-clean-all";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y httpd && yum clean all",
    "FROM centos:7\nRUN yum install -y httpd && yum clean all && rm -rf /var/cache/yum",
    "FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*",
    "FROM rockylinux:9\nRUN yum install -y httpd && dnf clean all",
    "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd",
    "FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    "FROM centos:7\nRUN <<EOF\nyum install -y httpd\nyum clean all\nEOF",
    "FROM centos:7\nRUN yum remove -y httpd",
  ],
  invalid: [
    { code: "FROM centos:7\nRUN yum install -y httpd", errors: [{ messageId: "notCleaned", line: 2, column: 5, endColumn: 16 }] },
    { code: "FROM centos:7\nRUN yum clean all && yum install -y httpd", errors: [{ messageId: "notCleaned", column: 22 }] },
    { code: "FROM centos:7\nRUN yum -y update && yum install -y httpd", errors: [{ messageId: "notCleaned", column: 22 }] },
    { code: "FROM centos:7\nRUN yum install -y httpd && rm -rf /tmp/*", errors: [{ messageId: "notCleaned" }] },
    { code: "FROM centos:7 AS base\nRUN yum install -y httpd\nFROM base\nRUN true", errors: [{ messageId: "notCleaned", line: 2 }] },
    { code: "FROM centos:7\nRUN yum -y \\\n    install httpd", errors: [{ messageId: "notCleaned", line: 2, column: 5, endLine: 3, endColumn: 12 }] },
  ],
});
