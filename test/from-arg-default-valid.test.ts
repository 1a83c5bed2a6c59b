import rule from "../rules/from-arg-default-valid";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "ARG TAG=3.20\nFROM alpine:${TAG}",
    "ARG VARIANT\nFROM alpine${VARIANT}",
    // Required build args (no default, or an empty one) are a deliberate design.
    "ARG TAG\nFROM alpine:${TAG}",
    "ARG BASE=\nFROM ${BASE}",
    // Platform args have values only at build time.
    "FROM --platform=$BUILDPLATFORM golang:1.23-${TARGETARCH}",
    "ARG BASE=alpine:3\nFROM ${BASE:-busybox}",
    "ARG BASE\nFROM ${BASE:-alpine:3.20}",
    "ARG REG=docker.io\nARG IMG=library/alpine\nFROM $REG/$IMG:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "FROM alpine:3 AS base\nARG S=base\nFROM base",
    // --build-arg values are ignored: the check is about defaults.
    { code: "ARG TAG=3.20\nFROM alpine:${TAG}", buildArgs: { TAG: "" } },
  ],
  invalid: [
    { code: "ARG IMAGE=alpine:\nFROM ${IMAGE}", errors: [{ messageId: "invalid", line: 2, column: 6, endColumn: 14, message: "'alpine:'" }] },
    { code: "ARG BASE=Alpine:3.20\nFROM ${BASE}", errors: [{ messageId: "invalid", message: "lowercase" }] },
    { code: "ARG TAG\nFROM alpine:${TAG}", options: { reportRequiredArgs: true }, errors: [{ messageId: "invalid", message: "ARG TAG" }] },
    { code: "ARG BASE\nFROM $BASE AS build", options: { reportRequiredArgs: true }, errors: [{ messageId: "empty", line: 2, column: 6 }] },
    { code: "ARG A=alpine\nARG B=${A}:\nFROM ${B}", errors: [{ messageId: "invalid" }] },
  ],
});
