import rule from "../rules/from-platform-constant";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20",
    "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
    "FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20",
    "ARG P=linux/amd64\nFROM --platform=${P} alpine:3.20",
    "FROM --platform=linux/arm64 alpine:3.20 AS build-arm64",
    "FROM --platform=linux/x86_64 alpine:3.20 AS amd64-tools",
    "FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022 AS windows",
  ],
  invalid: [
    { code: "FROM --platform=linux/amd64 node:22", errors: [{ messageId: "constant", line: 1, column: 17, endColumn: 28 }] },
    { code: "FROM node:22 AS x\nFROM --platform=arm64 node:22 AS build", errors: [{ messageId: "constant", line: 2, message: "arm64" }] },
    { code: 'FROM --platform="linux/arm/v7" node:22 AS app', errors: [{ messageId: "constant", message: "linux/arm/v7" }] },
  ],
});

import { expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { configFor } from "./helpers/rule-tester";

it("accepts a platform pinned by a file made for that platform", () => {
  const model = buildModel("FROM --platform=linux/arm/v7 ubuntu:jammy AS installer-env", { path: "release/7-4/ubuntu22.04-arm32v7/docker/Dockerfile" });
  expect(lintModel(model, [rule], configFor(rule, { code: "" }))).toEqual([]);
});

// platformArgsOnly (the hadolint preset): only $BUILDPLATFORM / $TARGETPLATFORM pass, as hadolint's DL3029.
testRule(rule, {
  valid: [
    { code: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build", options: { platformArgsOnly: true } },
    { code: "FROM --platform=${TARGETPLATFORM} alpine:3", options: { platformArgsOnly: true } },
    "ARG P=linux/arm64\nFROM --platform=$P alpine:3",
  ],
  invalid: [
    { code: "ARG P=linux/arm64\nFROM --platform=$P alpine:3", options: { platformArgsOnly: true }, errors: [{ messageId: "notPlatformArg", line: 2, message: "--platform=$P " }] },
    { code: "FROM --platform=$TARGETOS/$TARGETARCH alpine:3", options: { platformArgsOnly: true }, errors: [{ messageId: "notPlatformArg", line: 1 }] },
    { code: "FROM --platform=linux/arm64 alpine:3 AS build-arm64", options: { platformArgsOnly: true }, errors: [{ messageId: "notPlatformArg", line: 1 }] },
  ],
});
