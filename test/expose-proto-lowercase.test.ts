import rule from "../rules/expose-proto-lowercase";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000/sctp",
    "FROM nginx:1.27\nARG P=80/tcp\nEXPOSE $P",
    "FROM nginx:1.27\nEXPOSE $UNKNOWN/TCP",
    "FROM nginx:1.27\nEXPOSE 80/foo",
  ],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 80/TCP", errors: [{ messageId: "notLowercase", line: 2, column: 11, endColumn: 14 }], output: "FROM nginx:1.27\nEXPOSE 80/tcp" },
    { code: "FROM nginx:1.27\nEXPOSE 80 \\\n  53/Udp", errors: [{ messageId: "notLowercase", line: 3, column: 6 }], output: "FROM nginx:1.27\nEXPOSE 80 \\\n  53/udp" },
    { code: "FROM nginx:1.27\nARG P=80/TCP\nEXPOSE $P", errors: [{ messageId: "notLowercase", line: 3, column: 8, endColumn: 10, message: "'80/TCP'" }] },
    { code: "FROM nginx:1.27\nEXPOSE 8080:80/TcP", errors: [{ messageId: "notLowercase", line: 2, column: 16 }], output: "FROM nginx:1.27\nEXPOSE 8080:80/tcp" },
  ],
});
