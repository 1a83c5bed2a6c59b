import rule from "../rules/healthcheck-required";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/",
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nHEALTHCHECK NONE",
    "FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base",
    { code: "FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM alpine:3.20 AS b", target: "a" },
  ],
  invalid: [
    { code: "FROM nginx:1.27\nRUN true", errors: [{ messageId: "missing", line: 1, column: 1, endColumn: 5 }] },
    { code: "FROM golang:1.23 AS build\nHEALTHCHECK NONE\nFROM alpine:3.20", errors: [{ messageId: "missing", line: 3 }] },
  ],
});
