import rule from "../rules/arg-volatile-early";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA",
    "FROM alpine:3.20\nARG NODE_VERSION=22\nRUN apk add --no-cache nodejs",
    { name: "the RUN uses the ARG itself", code: "FROM alpine:3.20\nARG VERSION\nRUN wget -O /tmp/t.tgz https://example.com/t-${VERSION}.tgz" },
    { name: "a pinned VERSION default is not per-build", code: "FROM alpine:3.20\nARG VERSION=1.2.3\nRUN apk add --no-cache curl" },
    { name: "only cheap RUNs follow", code: "FROM alpine:3.20\nARG BUILD_DATE\nRUN echo hi > /etc/motd" },
    { name: "a commit pinned by its default", code: "FROM golang:1.22\nARG ROOTLESSKIT_COMMIT=8a8d5b9c7f1e2d3c4b5a69788796a5b4c3d2e1f0\nRUN go build ./..." },
    { name: "a checksum default named SHA", code: "FROM maven:3-eclipse-temurin-17\nARG SHA=831a8591fe20c8243b1dbe7d71e3244f31d1665b\nRUN apt-get update && apt-get install -y curl" },
    { name: "re-declared global ARG with a pinned default", code: "ARG TOOL_COMMIT=8a8d5b9c7f1e2d3c\nFROM golang:1.22\nARG TOOL_COMMIT\nRUN go build ./..." },
    { name: "expensive RUNs only after the first use", code: "FROM golang:1.22\nARG GIT_SHA\nRUN echo $GIT_SHA > /sha\nRUN go build ./..." },
    { name: "the ENV copy is used before the expensive RUN", code: "FROM debian:12\nARG BUILDTIME\nENV BUILD_TIME=$BUILDTIME\nRUN echo $BUILD_TIME > /built\nRUN apt-get update && apt-get install -y curl" },
    { name: "an ENV that does not use the ARG", code: "FROM debian:12\nENV APP=/app\nRUN apt-get update && apt-get install -y curl\nARG BUILDTIME\nENV BUILD_TIME=$BUILDTIME" },
    { name: "a global per-build ARG only (not in a stage)", code: "ARG GIT_SHA\nFROM alpine:3.20\nRUN apk add --no-cache curl" },
    { name: "an ONBUILD ARG only", code: "FROM alpine:3.20\nONBUILD ARG GIT_SHA\nRUN apk add --no-cache curl" },
    { name: "ARG in another stage", code: "FROM alpine:3.20 AS a\nARG GIT_SHA\nFROM alpine:3.20\nRUN apk add --no-cache curl" },
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nARG GIT_SHA\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nLABEL org.opencontainers.image.revision=$GIT_SHA",
      errors: [{ messageId: "volatileEarly", line: 2, column: 5, endColumn: 12, message: "'RUN npm ci' (line 5)" }],
    },
    {
      name: "with a default, several args on one line",
      code: "FROM debian:12\nARG BUILD_DATE=unknown VCS_REF\nRUN apt-get update && apt-get install -y --no-install-recommends curl",
      errors: [{ messageId: "volatileEarly", line: 2, column: 5 }, { messageId: "volatileEarly", line: 2, column: 24 }],
    },
    {
      name: "a placeholder default is still per-build",
      code: "FROM alpine:3.20\nARG GIT_COMMIT=unknown\nRUN apk add --no-cache curl",
      errors: [{ messageId: "volatileEarly", line: 2 }],
    },
    {
      name: "the ARG flows into an ENV before an expensive RUN",
      code: "FROM debian:12\nARG BUILDTIME\nENV BUILD_TIME=$BUILDTIME APP=/app\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nLABEL built=$BUILD_TIME",
      errors: [{ messageId: "volatileViaEnv", line: 2, column: 5, endColumn: 14, message: "ENV BUILD_TIME (line 3)" }],
    },
    {
      name: "through two ENVs",
      code: "FROM debian:12\nARG BUILDTIME\nENV T1=${BUILDTIME}\nENV T2=x$T1\nRUN apt-get update && apt-get install -y --no-install-recommends curl",
      errors: [{ messageId: "volatileViaEnv", message: "ENV T1 (line 3)" }],
    },
    {
      name: "in a later stage, with a long RUN shortened in the message",
      code: "ARG BASE=alpine:3.20\nFROM $BASE AS a\nRUN true\nFROM $BASE\nARG BUILD_DATE\nRUN apk add --no-cache curl ca-certificates tzdata git openssh-client bash make gcc",
      errors: [{ messageId: "volatileEarly", line: 5, message: "'RUN apk add --no-cache curl ca-certificates tzdata git op...' (line 6)" }],
    },
    {
      name: "heredoc RUN",
      code: "FROM python:3.12-slim\nARG CACHEBUST\nRUN <<EOF\npip install -r requirements.txt\nEOF",
      errors: [{ messageId: "volatileEarly", line: 2 }],
    },
  ],
});
