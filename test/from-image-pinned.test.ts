import rule from "../rules/from-image-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22-alpine",
    "FROM scratch",
    "FROM SCRATCH",
    "FROM alpine@sha256:1a2b3c",
    "FROM golang:1.23 AS Build\nRUN go build\nFROM build\nCMD [\"x\"]",
    "FROM golang:1.23 AS builder\nFROM BUILDER",
    "ARG PY=3.12\nFROM python:${PY}",
    "ARG PY=3.12\nFROM python:$PY-slim",
    "ARG BASE\nFROM ${BASE}",
    "FROM ${UNDECLARED}",
    "FROM registry.example.com:5000/team/app:1.4.2",
    "FROM localhost:5000/app:2",
    { code: "ARG TAG=latest\nFROM node:${TAG}", buildArgs: { TAG: "22" } },
    { code: "FROM node:lts", options: { floatingTags: ["latest"] } },
    "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\n",
    "\ufeffFROM alpine:3.20\n",
  ],
  invalid: [
    { code: "FROM node", errors: [{ messageId: "untagged", line: 1, column: 6, endColumn: 10 }] },
    { code: "FROM node:latest", errors: [{ messageId: "floating", line: 1, column: 11, endColumn: 17 }] },
    { code: "ARG BASE=alpine\nFROM ${BASE}", errors: [{ messageId: "untagged", line: 2, column: 6, message: "'alpine'" }] },
    { code: "ARG BASE=alpine:latest\nFROM $BASE AS x", errors: [{ messageId: "floating", line: 2, column: 6 }] },
    { code: "FROM registry.example.com:5000/team/app", errors: [{ messageId: "untagged", message: "registry.example.com:5000/team/app" }] },
    { code: "FROM --platform=$BUILDPLATFORM golang AS build", errors: [{ messageId: "untagged", line: 1, column: 32 }] },
    { code: "FROM node:lts", options: { floatingTags: ["latest", "lts"] }, errors: [{ messageId: "floating" }] },
    { code: "FROM node:22", options: { requireDigest: true }, errors: [{ messageId: "noDigest" }] },
    { code: "\ufeffFROM node\n", errors: [{ messageId: "untagged", line: 1, column: 6 }] },
    { code: "FROM alpine:3 AS a\r\nFROM \\\r\n  ubuntu\r\n", errors: [{ messageId: "untagged", line: 3, column: 3 }] },
    { code: "ARG V=latest\nFROM node:${V}", buildArgs: {}, errors: [{ messageId: "floating", line: 2, column: 6 }] },
    { code: "FROM build\nFROM alpine:3 AS build", errors: [{ messageId: "untagged", line: 1 }] },
  ],
});
