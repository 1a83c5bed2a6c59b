import rule from "../rules/stage-name-casing";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build",
    "FROM golang:1.23",
    "FROM golang:1.23 as build-2.x_y",
    "FROM golang:1.23 AS ${STAGE}",
    "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\r\n",
  ],
  invalid: [
    { code: "FROM golang:1.23 AS Build", errors: [{ messageId: "notLowercase", line: 1, column: 21, endColumn: 26, message: "'build'" }], output: "FROM golang:1.23 AS build" },
    { code: "FROM alpine:3 AS a\nFROM \\\n  golang:1.23 \\\n  AS BUILD\nFROM a", errors: [{ messageId: "notLowercase", line: 4, column: 6 }], output: "FROM alpine:3 AS a\nFROM \\\n  golang:1.23 \\\n  AS build\nFROM a" },
    { code: "from alpine:3 as myStage\r\n", errors: [{ messageId: "notLowercase", line: 1, column: 18, endColumn: 25 }], output: "from alpine:3 as mystage\r\n" },
  ],
});
