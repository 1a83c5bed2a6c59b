import rule from "../rules/healthcheck-required";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/",
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nHEALTHCHECK NONE",
    "FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base",
    { code: "FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM alpine:3.20 AS b", target: "a" },
    // Base images: the command is a shell or a REPL, or the base's own (a shell): nothing to probe.
    "FROM ubuntu:24.04\nRUN apt-get update",
    "FROM debian:bookworm-slim\nCMD [\"python3\"]",
    "FROM mcr.microsoft.com/windows/servercore:ltsc2025\nCMD [\"jshell\"]",
    "FROM node:22\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\"]",
    "FROM debian:12\nCMD bash",
    "FROM eclipse-temurin:21-jdk\nENTRYPOINT [\"/usr/local/bin/mvn-entrypoint.sh\"]\nCMD [\"mvn\"]",
  ],
  invalid: [
    { code: "FROM nginx:1.27\nRUN true", errors: [{ messageId: "missing", line: 1, column: 1, endColumn: 5 }] },
    { code: "FROM golang:1.23 AS build\nHEALTHCHECK NONE\nFROM alpine:3.20\nENTRYPOINT [\"/app\"]", errors: [{ messageId: "missing", line: 3 }] },
    { code: "FROM python:3.12\nEXPOSE 8000\nCMD [\"python3\"]", errors: [{ messageId: "missing", line: 1 }] },
    { code: "FROM debian:12\nCMD [\"sh\", \"-c\", \"exec myserver --port 80\"]", errors: [{ messageId: "missing", line: 1 }] },
  ],
});

// The hadolint preset: base images (skipBaseImages: false) and builder stages (everyStage) are judged too, as hadolint's DL3057.
testRule(rule, {
  valid: [
    "FROM alpine:3\nRUN id",
    { code: "FROM alpine:3 AS base\nRUN id\nFROM base\nHEALTHCHECK NONE", options: { everyStage: true, skipBaseImages: false } },
  ],
  invalid: [
    { code: "FROM alpine:3\nRUN id", options: { skipBaseImages: false }, errors: [{ messageId: "missing", line: 1 }] },
    {
      code: "FROM golang:1 AS build\nRUN go build\nFROM nginx:1\nHEALTHCHECK NONE",
      options: { everyStage: true },
      errors: [{ messageId: "missingInStage", line: 1 }],
    },
  ],
});
