import rule from "../rules/yum-assume-yes";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y httpd",
    "FROM centos:7\nRUN yum -y install httpd",
    "FROM centos:7\nRUN yum install --assumeyes httpd",
    "FROM centos:7\nRUN yum -yq groupinstall 'Development Tools'",
    "FROM centos:7\nRUN yum --setopt=assumeyes=1 install httpd",
    "FROM centos:7\nRUN yum clean all && yum makecache",
    "FROM centos:7\nARG YUM_OPTS\nRUN yum install $YUM_OPTS httpd",
    "FROM centos:7\nRUN dnf install httpd",
  ],
  invalid: [
    { code: "FROM centos:7\nRUN yum install httpd", errors: [{ messageId: "missingYes", line: 2, column: 5, endColumn: 16 }], output: "FROM centos:7\nRUN yum install -y httpd" },
    { code: "FROM centos:7\nRUN yum groupinstall 'Development Tools'", errors: [{ messageId: "missingYes", message: "'yum groupinstall'" }], output: "FROM centos:7\nRUN yum groupinstall -y 'Development Tools'" },
    { code: "FROM centos:7\nRUN yum update && yum install -y httpd", errors: [{ messageId: "missingYes", message: "'yum update'" }], output: "FROM centos:7\nRUN yum update -y && yum install -y httpd" },
    { code: "FROM centos:7\nRUN yum -q \\\n    install httpd", errors: [{ messageId: "missingYes", line: 2, column: 5, endLine: 3, endColumn: 12 }], output: "FROM centos:7\nRUN yum -q \\\n    install -y httpd" },
    { code: "FROM centos:7\nRUN <<EOF\nyum install httpd\nEOF", errors: [{ messageId: "missingYes", line: 3 }], output: "FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF" },
  ],
});
