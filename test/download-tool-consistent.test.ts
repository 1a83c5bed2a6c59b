import rule from "../rules/download-tool-consistent";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN curl -fsSLo /a https://example.com/a\nRUN curl -fsSL https://example.com/b | sh",
    "FROM debian:12 AS a\nRUN curl -fsSLo /a https://example.com/a\nFROM debian:12\nRUN wget -q https://example.com/b",
    "FROM debian:12\nRUN apt-get install -y curl wget",
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -fsSLo /a https://example.com/a\nRUN curl -fsSLo /c https://example.com/c\nRUN wget -q https://example.com/b",
      errors: [{ messageId: "both", line: 4, column: 5, endColumn: 9, message: "'curl' (line 2)" }],
    },
    {
      code: "FROM debian:12\nRUN wget -q https://example.com/a && wget -q https://example.com/b && curl -fsSL https://example.com/c",
      errors: [{ messageId: "both", line: 2, column: 71, message: "'wget'" }],
    },
    {
      // a tie: the tool brought in last is reported (where hadolint reports, too)
      code: "FROM debian:12\nRUN wget -q https://example.com/a\nWORKDIR /\nRUN curl -fsSL https://example.com/b",
      errors: [{ messageId: "both", line: 4, column: 5, endColumn: 9, message: "'wget' (line 2)" }],
    },
    {
      code: "FROM debian:12\nRUN curl -fsSL https://example.com/b\nWORKDIR /\nRUN wget -q https://example.com/a",
      errors: [{ messageId: "both", line: 4, column: 5, endColumn: 9, message: "'curl' (line 2)" }],
    },
  ],
});
