import rule from "../rules/user-numeric";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22\nUSER 1000",
    "FROM node:22\nUSER 1000:1000",
    "FROM node:22\nUSER node\nUSER 1000",
    "FROM node:22 AS build\nUSER node\nFROM node:22\nUSER 1000",
    "FROM node:22\nARG UID\nUSER $UID",
    "FROM node:22\nARG UID=1001\nUSER ${UID}:${UID}",
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser",
  ],
  invalid: [
    { code: "FROM node:22\nUSER node", errors: [{ messageId: "named", line: 2, column: 6, endColumn: 10 }] },
    { code: "FROM node:22\nARG U=app\nUSER $U:app", errors: [{ messageId: "named", message: "10001:10001" }] },
    { code: "FROM node:22 AS base\nUSER node\nFROM base\nRUN true", errors: [{ messageId: "named", line: 2 }] },
  ],
});

// The hadolint preset: every USER is judged (everyUser), and only build arguments are expanded (argVariablesOnly).
testRule(rule, {
  valid: [
    "FROM alpine:3\nENV UID=1000\nUSER $UID",
    { code: "FROM alpine:3\nARG UID=app\nUSER $UID", options: { argVariablesOnly: true } },
    { code: "FROM alpine:3\nUSER 1000\nRUN id\nUSER 1001:1001", options: { everyUser: true } },
  ],
  invalid: [
    { code: "FROM alpine:3\nENV UID=1000\nUSER $UID", options: { argVariablesOnly: true }, errors: [{ messageId: "named", line: 3, message: "'$UID'" }] },
    { code: "FROM alpine:3 AS build\nUSER root\nRUN id\nFROM alpine:3\nUSER app", options: { everyUser: true }, errors: [{ messageId: "named", line: 2 }, { messageId: "named", line: 5 }] },
    { code: "FROM alpine:3\nUSER root\nRUN id\nUSER 1000", options: { everyUser: true }, errors: [{ messageId: "named", line: 2 }] },
  ],
});
