import rule from "../rules/from-arg-defined";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    // A template generator's placeholder, not a substitution (BuildKit rejects the word itself).
    "FROM mcr.microsoft.com/devcontainers/dotnet:0-${templateOption:imageVariant}",
    "ARG V=3.20\nFROM alpine:${V}",
    "ARG V\nFROM alpine:${V}",
    "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3",
    "ARG BASE=alpine\nARG TAG=3\nFROM ${BASE}:${TAG}",
    "FROM alpine:3.20\nARG V\nRUN echo $V",
    { code: "FROM ${HTTP_PROXY:-alpine}", buildArgs: { HTTP_PROXY: "x" } },
    "FROM alpine:$'{X}'",
    // No '$' in the FROM: skipped before splitting (a later '$' in the stage is not the FROM's).
    "FROM alpine:3.20\nRUN echo ${UNDECLARED}",
  ],
  invalid: [
    // BuildKit flags it too, but the word is the default, not an empty string.
    { code: "FROM ${BASE:-mirror.gcr.io/busybox}", errors: [{ messageId: "undeclared", message: "takes the default written in '${BASE:-mirror.gcr.io/busybox}'" }] },
    {
      code: "FROM alpine:${V}",
      errors: [{ messageId: "undeclared", line: 1, column: 13, endColumn: 17, message: "expands to an empty string and no --build-arg can set it; add 'ARG V=<default>'" }],
    },
    { code: "ARG VERSION=3\nFROM alpine:${VERSON}", errors: [{ messageId: "undeclared", line: 2, message: "did you mean 'VERSION'" }] },
    {
      code: "FROM alpine:3 AS a\nARG TAG=3\nFROM busybox:$TAG",
      errors: [{ messageId: "undeclared", line: 3, column: 14, message: "declared inside stage 'a'" }],
    },
    { code: "FROM --platform=$PLATFORM alpine:3", errors: [{ messageId: "undeclared", line: 1, column: 17, endColumn: 26 }] },
    { code: "FROM \\\n  alpine:${A:-3}-${B}", errors: [{ messageId: "undeclared", line: 2, column: 10 }, { messageId: "undeclared", line: 2, column: 18 }] },
    // A FROM without '$' before one with it: the second is still judged.
    { code: "FROM alpine:3 AS a\nFROM a\nFROM --platform=${P} a", errors: [{ messageId: "undeclared", line: 3, column: 17 }] },
    // Undeclared even with --build-arg: BuildKit ignores build args that no ARG declares.
    { code: "FROM alpine:${V}", buildArgs: { V: "3" }, errors: [{ messageId: "undeclared" }] },
  ],
});
