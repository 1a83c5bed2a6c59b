import rule from "../rules/expose-port-range";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 65535/udp 8000-8010", "FROM nginx:1.27\nARG P\nEXPOSE $P", "FROM nginx:1.27\nEXPOSE 0"],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 80 65536", errors: [{ messageId: "outOfRange", line: 2, column: 11, endColumn: 16 }] },
    { code: "FROM nginx:1.27\nEXPOSE 8000-70000/tcp", errors: [{ messageId: "outOfRange", message: "70000" }] },
    { code: "FROM nginx:1.27\nARG P=99999\nEXPOSE ${P}/udp", errors: [{ messageId: "outOfRange", line: 3, column: 8 }] },
    { code: "FROM nginx:1.27\nEXPOSE 9000-8000", errors: [{ messageId: "reversed", message: "8000-9000" }] },
    { code: "FROM nginx:1.27\nEXPOSE 80 \\\n  100000\n", errors: [{ messageId: "outOfRange", line: 3, column: 3 }] },
  ],
});
