import rule from "../rules/onbuild-valid-instruction";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: ["FROM node:22\nONBUILD RUN npm ci\nONBUILD COPY . /app"],
  invalid: [
    { code: "FROM node:22\nONBUILD FROM alpine:3.20", errors: [{ messageId: "forbidden", line: 2, column: 9, endColumn: 13 }] },
    { code: "FROM node:22\nONBUILD onbuild RUN true", errors: [{ messageId: "forbidden", message: "ONBUILD ONBUILD" }] },
    { code: "FROM node:22\nONBUILD MAINTAINER me", errors: [{ messageId: "forbidden" }] },
  ],
});
