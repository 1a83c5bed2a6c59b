import rule from "../rules/from-as-casing";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build",
    "from golang:1.23 as build",
    "From golang:1.23 as build",
    "FROM golang:1.23",
    "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
  ],
  invalid: [
    { code: "FROM golang:1.23 as build", errors: [{ messageId: "mismatch", line: 1, column: 18, endColumn: 20, message: "write 'AS'" }], output: "FROM golang:1.23 AS build" },
    { code: "from golang:1.23 AS build", errors: [{ messageId: "mismatch", message: "write 'as'" }], output: "from golang:1.23 as build" },
    { code: "FROM golang:1.23 As build", errors: [{ messageId: "mismatch" }], output: "FROM golang:1.23 AS build" },
    { code: "FROM --platform=linux/amd64 \\\n  golang:1.23 \\\n  as build", errors: [{ messageId: "mismatch", line: 3, column: 3 }], output: "FROM --platform=linux/amd64 \\\n  golang:1.23 \\\n  AS build" },
  ],
});
