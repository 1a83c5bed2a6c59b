import rule from "../rules/user-not-root";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22\nUSER node",
    "FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"x\"]",
    "FROM alpine:3.20\nUSER root",
    "FROM gcr.io/distroless/static-debian12:nonroot",
    "FROM gcr.io/distroless/base-debian12:debug-nonroot",
    "FROM cgr.dev/chainguard/python:latest",
    "FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled",
    "FROM bitnami/nginx:1.27",
    "FROM docker.io/bitnami/redis:7",
    "FROM nginxinc/nginx-unprivileged:1.27",
    "ARG BASE\nFROM ${BASE}",
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
    { code: "FROM python:3.12\nCMD [\"x\"]", options: { rootlessImages: ["docker.io/library/python:*"] } },
    { code: "FROM registry.example.com/base/app:1\nCMD [\"x\"]", options: { rootlessImages: ["registry.example.com/base/*"] } },
    { code: "FROM python:3.12 AS a\nFROM alpine:3.20 AS b\nUSER app", target: "b" },
    // Base images (a shell, a REPL or no command of their own) are root by design; an init system needs root.
    "FROM python:3.12-slim\nCMD [\"python3\"]",
    "FROM alpine:3.20\nRUN apk add --no-cache php83\nENTRYPOINT [\"docker-php-entrypoint\"]\nCMD [\"php\", \"-a\"]",
    "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl",
    "FROM buildpack-deps:bookworm\nRUN true",
    "FROM debian:12\nCMD [\"bash\", \"-l\"]",
    "FROM alpine:3.20\nENTRYPOINT [\"/__cacert_entrypoint.sh\"]",
    "FROM rockylinux:9\nRUN dnf -y install httpd && systemctl enable httpd\nCMD [\"/usr/sbin/init\"]",
    // A build tool image writes to whatever workspace is mounted.
    "FROM eclipse-temurin:21-jdk-alpine\nCOPY --from=maven:3 /usr/share/maven /usr/share/maven\nENTRYPOINT [\"/usr/local/bin/mvn-entrypoint.sh\"]\nCMD [\"mvn\"]",
  ],
  invalid: [
    { code: "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]", errors: [{ messageId: "neverSet", line: 1, column: 1, endColumn: 5, message: "'python:3.12-slim'" }] },
    { code: "FROM golang:1.23 AS build\nUSER app\nFROM alpine:3.20\nCOPY --from=build /a /a\nENTRYPOINT [\"/a\"]", errors: [{ messageId: "neverSet", line: 3 }] },
    { code: "FROM alpine:3.20\nEXPOSE 80\nRUN apk add nginx", errors: [{ messageId: "neverSet", line: 1 }] },
    { code: "FROM php:8.3-fpm\nCOPY . /var/www/html", errors: [{ messageId: "neverSet", line: 1 }] },
    { code: "FROM eclipse-temurin:21-jdk\nCOPY . /src\nCMD [\"mvn\", \"spring-boot:run\"]", errors: [{ messageId: "neverSet", line: 1 }] },
    { code: "FROM ghcr.io/acme/python:3.12\nCOPY app.py /app.py", errors: [{ messageId: "neverSet", line: 1 }] },
    { code: "FROM scratch\nCOPY app /app", errors: [{ messageId: "neverSet", line: 1 }] },
    { code: "FROM gcr.io/distroless/static-debian12\nCOPY app /app", errors: [{ messageId: "neverSet" }] },
    { code: "ARG BASE=ubuntu:24.04\nFROM $BASE AS base\nFROM base\nRUN true\nCMD [\"./server\"]", errors: [{ messageId: "neverSet", line: 3, message: "'ubuntu:24.04'" }] },
  ],
});

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y gosu && gosu nobody true\nENTRYPOINT [\"docker-entrypoint.sh\"]",
    "FROM alpine:3.20\nRUN apk add --no-cache su-exec\nENTRYPOINT [\"docker-entrypoint.sh\"]",
    "FROM debian:12\nCOPY --from=tianon/gosu:1.17 /gosu /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]",
  ],
  invalid: [],
});
