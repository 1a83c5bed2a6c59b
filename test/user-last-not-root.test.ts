import rule from "../rules/user-last-not-root";
import { expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import userNotRoot from "../rules/user-not-root";
import { configFor, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20",
    "FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app",
    "FROM golang:1.23 AS build\nUSER root\nFROM alpine:3.20\nCOPY --from=build /a /a\nUSER 1000",
    "FROM alpine:3.20 AS base\nUSER root\nFROM base\nUSER app",
    "FROM alpine:3.20\nUSER rootless",
    "FROM alpine:3.20\nUSER 1000:0",
    "FROM alpine:3.20\nARG U\nUSER ${U}",
    { code: "FROM alpine:3.20 AS dev\nUSER root\nFROM alpine:3.20 AS prod\nUSER app", target: "prod" },
    "FROM alpine:3.20\nUSER root\nFROM alpine:3.20\nRUN true",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nUSER root", errors: [{ messageId: "root", line: 2, column: 6, endColumn: 10 }] },
    { code: "FROM alpine:3.20\nUSER 0:0", errors: [{ messageId: "root", line: 2, column: 6 }] },
    { code: "FROM alpine:3.20\nUSER root:root", errors: [{ messageId: "root", message: "'root:root'" }] },
    { code: "FROM alpine:3.20\nARG U=root\nUSER ${U}", errors: [{ messageId: "root", line: 3, message: "'root'" }] },
    { code: "FROM alpine:3.20\nENV RUN_AS=0\nUSER $RUN_AS", errors: [{ messageId: "root", line: 3 }] },
    { code: "FROM alpine:3.20 AS Base\nUSER app\nUSER root\nFROM base\nRUN true", errors: [{ messageId: "root", line: 3 }] },
    { code: "FROM alpine:3.20 AS dev\nUSER root\nFROM alpine:3.20 AS prod\nUSER app", target: "dev", errors: [{ messageId: "root", line: 2 }] },
    { code: "FROM alpine:3.20\nUSER \\\n  root\r\n", errors: [{ messageId: "root", line: 3, column: 3 }] },
  ],
});

it("skips dev container Dockerfiles", () => {
  const model = buildModel("FROM mcr.microsoft.com/devcontainers/base:bookworm\nUSER root", { path: "app/.devcontainer/Dockerfile" });
  expect(lintModel(model, [rule, userNotRoot], configFor(rule, { code: "" }))).toEqual([]);
});
