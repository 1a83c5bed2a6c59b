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
    // root set for the runtime only (no RUN after it), switching back from another user or for the image's own
    // command: a choice, as in the gradle and trivy images.
    "FROM eclipse-temurin:21-jdk\nCMD [\"gradle\"]\nRUN useradd gradle\nUSER gradle\nRUN gradle --version\nUSER root",
    "FROM aquasec/trivy:0.58.0\nUSER root\nENTRYPOINT [\"trivy\"]",
    "FROM alpine:3.20 AS base\nUSER app\nFROM base\nUSER root",
    // The user is a build argument that only picks the runtime user: the builder chooses (Oracle's RAC images).
    "FROM alpine:3.20\nARG U=root\nUSER ${U}\nEXPOSE 80\nHEALTHCHECK CMD true\nENTRYPOINT [\"/usr/bin/start\"]",
    "ARG IMAGE_USER=root\nFROM alpine:3.20\nARG IMAGE_USER\nUSER $IMAGE_USER",
    // An init system has to start as root.
    "FROM rockylinux:9\nUSER root\nRUN dnf -y install httpd\nCMD [\"/usr/sbin/init\"]",
    "FROM ubuntu:24.04\nUSER 0\nRUN apt-get update\nENTRYPOINT [\"/init\"]",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nUSER root\nRUN apk add curl", errors: [{ messageId: "root", line: 2, column: 6, endColumn: 10 }] },
    { code: "FROM alpine:3.20\nUSER 0:0\nRUN true", errors: [{ messageId: "root", line: 2, column: 6 }] },
    { code: "FROM alpine:3.20\nUSER root:root\nRUN true", errors: [{ messageId: "root", message: "'root:root'" }] },
    { code: "FROM alpine:3.20\nARG U=root\nUSER ${U}\nRUN true", errors: [{ messageId: "root", line: 3, message: "'root'" }] },
    { code: "FROM alpine:3.20\nENV RUN_AS=0\nUSER $RUN_AS\nRUN true", errors: [{ messageId: "root", line: 3 }] },
    { code: "FROM alpine:3.20 AS Base\nUSER app\nUSER root\nFROM base\nRUN true", errors: [{ messageId: "root", line: 3 }] },
    { code: "FROM alpine:3.20 AS dev\nUSER root\nRUN true\nFROM alpine:3.20 AS prod\nUSER app", target: "dev", errors: [{ messageId: "root", line: 2 }] },
    { code: "FROM alpine:3.20\nUSER \\\n  root\r\nRUN true\r\n", errors: [{ messageId: "root", line: 3, column: 3 }] },
    // No build step after it, but nothing says root is chosen for the runtime (hadolint's DL3002 case).
    { code: "FROM alpine:3.20\nUSER root", errors: [{ messageId: "root", line: 2 }] },
    { code: "FROM alpine:3.20\nUSER root\nENV A=1\nWORKDIR /app", errors: [{ messageId: "root", line: 2 }] },
    { code: "FROM alpine:3.20\nENV RUN_AS=0\nUSER $RUN_AS\nEXPOSE 80", errors: [{ messageId: "root", line: 3 }] }, // ENV, not a build argument
    // A service run as root on purpose is still reported.
    { code: "FROM node:22\nUSER node\nRUN npm ci\nUSER root\nEXPOSE 3000\nCMD [\"node\", \"server.js\"]", errors: [{ messageId: "root", line: 4 }] },
    { code: "FROM nginx:1.27\nUSER root\nHEALTHCHECK CMD curl -f http://localhost/", errors: [{ messageId: "root", line: 2 }] },
  ],
});

it("skips dev container Dockerfiles", () => {
  const model = buildModel("FROM mcr.microsoft.com/devcontainers/base:bookworm\nUSER root", { path: "app/.devcontainer/Dockerfile" });
  expect(lintModel(model, [rule, userNotRoot], configFor(rule, { code: "" }))).toEqual([]);
});

// everyStage (the hadolint preset): each builder stage's own last USER is judged too, as hadolint's DL3002.
testRule(rule, {
  valid: [
    "FROM alpine:3 AS build\nUSER root\nRUN id\nFROM alpine:3\nUSER app",
    { code: "FROM alpine:3 AS build\nUSER root\nRUN id\nUSER app\nFROM alpine:3\nUSER app", options: { everyStage: true } },
  ],
  invalid: [
    { code: "FROM alpine:3 AS build\nUSER root\nRUN id\nFROM alpine:3\nUSER app", options: { everyStage: true }, errors: [{ messageId: "rootInStage", line: 2, message: "this stage is 'root'" }] },
    // The final stage builds on the root stage: one report for the one USER.
    { code: "FROM alpine:3 AS build\nUSER root\nRUN id\nFROM build\nRUN id", options: { everyStage: true }, errors: [{ messageId: "root", line: 2 }] },
  ],
});
