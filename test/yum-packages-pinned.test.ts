import rule from "../rules/yum-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all",
    "FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7.centos.1 && yum clean all",
    "FROM centos:7\nRUN yum install -y nginx-1:1.20.1-10.el7 && yum clean all",
    "FROM centos:7\nRUN yum install -y /tmp/pkg.rpm https://example.com/x.rpm && yum clean all",
    "FROM centos:7\nRUN yum install -y @development && yum clean all",
    "FROM centos:7\nRUN yum groupinstall -y 'Development Tools' && yum clean all",
    "FROM centos:7\nRUN yum -y module install nodejs:12 && yum clean all",
    "FROM centos:7\nARG V=2.4.6\nRUN yum install -y httpd-${V} && yum clean all",
    "FROM centos:7\nARG PKGS\nRUN yum install -y $PKGS && yum clean all",
    "FROM centos:7\nRUN yum --enablerepo epel install -y jq-1.6 && yum clean all",
  ],
  invalid: [
    { code: "FROM centos:7\nRUN yum install -y httpd && yum clean all", errors: [{ messageId: "unpinned", line: 2, column: 20, endColumn: 25 }] },
    { code: "FROM centos:7\nRUN yum install -y python3-pip && yum clean all", errors: [{ messageId: "unpinned", message: "'python3-pip'" }] },
    { code: "FROM centos:7\nRUN yum -y module install nodejs && yum clean all", errors: [{ messageId: "moduleStream", message: "'nodejs'" }] },
    { code: "FROM centos:7\nARG PKGS=\"httpd-2.4 jq\"\nRUN yum install -y $PKGS && yum clean all", errors: [{ messageId: "unpinned", line: 3, message: "'jq'" }] },
  ],
});
