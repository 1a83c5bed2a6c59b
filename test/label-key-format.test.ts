import rule from "../rules/label-key-format";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ['FROM a:1\nLABEL org.opencontainers.image.title="x" maintainer="me" com.example/x-y_z="1"', "FROM a:1\nARG K\nLABEL $K=1"],
  invalid: [
    { code: 'FROM a:1\nLABEL Version="1"', errors: [{ messageId: "badKey", line: 2, column: 7, endColumn: 14, message: "upper-case" }] },
    { code: 'FROM a:1\nLABEL com.docker.x="1"', errors: [{ messageId: "badKey", message: "reserved" }] },
    { code: 'FROM a:1\nLABEL a..b="1" 1abc="2" abc.="3"', errors: [{ messageId: "badKey" }, { messageId: "badKey" }, { messageId: "badKey" }] },
    { code: "FROM a:1\nLABEL Description some text", errors: [{ messageId: "badKey", column: 7, endColumn: 18 }] },
    { code: 'FROM a:1\nARG K=Bad\nLABEL $K="1"', errors: [{ messageId: "badKey", message: "'Bad'" }] },
  ],
});
