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
