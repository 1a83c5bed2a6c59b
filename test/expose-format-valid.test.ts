import rule from "../rules/expose-format-valid";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80 443/tcp 3000-3005",
    "FROM nginx:1.27\nEXPOSE :80",
    "FROM nginx:1.27\nEXPOSE ${PORT}",
    "FROM nginx:1.27\nARG PORT=8080\nEXPOSE ${PORT}",
  ],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 8080:80", errors: [{ messageId: "hostPart", line: 2, column: 8, endColumn: 15, message: "write '80'" }], output: "FROM nginx:1.27\nEXPOSE 80" },
    { code: "FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/udp", errors: [{ messageId: "hostPart", message: "host IP address" }], output: "FROM nginx:1.27\nEXPOSE 80/udp" },
    { code: "FROM nginx:1.27\nEXPOSE [::1]:8080:80", errors: [{ messageId: "hostPart", message: "write '80'" }], output: "FROM nginx:1.27\nEXPOSE 80" },
    { code: "FROM nginx:1.27\nARG MAP=8080:80\nEXPOSE 443 $MAP", errors: [{ messageId: "hostPart", line: 3, column: 12 }] },
  ],
});
