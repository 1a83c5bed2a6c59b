import rule from "../rules/from-image-eol";
import { lookupEol } from "../src/model/eol";
import { testRule } from "./helpers/rule-tester";
import { expect, it } from "vitest";

testRule(rule, {
  valid: [
    "FROM python:3.12",
    "FROM python:3.13-slim-bookworm",
    "FROM python:3",
    "FROM python:3-alpine",
    "FROM python:latest",
    "FROM python:slim",
    "FROM python",
    "FROM node:24-alpine",
    "FROM node:lts",
    "FROM node:22-bookworm-slim",
    "FROM alpine:3.22",
    "FROM alpine:3",
    "FROM alpine:edge",
    "FROM ubuntu:24.04",
    "FROM ubuntu:noble",
    "FROM debian:bookworm",
    "FROM debian:bookworm-slim",
    "FROM debian:12",
    "FROM golang:1",
    "FROM golang:1.26-alpine",
    "FROM ruby:3",
    "FROM php:8",
    "FROM php:8.3-fpm",
    "FROM scratch",
    "FROM openjdk:26-ea-jdk-slim",
    "FROM python@sha256:0123abcd",
    // not official images: another registry or a user namespace
    "FROM ghcr.io/acme/python:3.6",
    "FROM acme/node:16",
    "FROM mcr.microsoft.com/dotnet/sdk:10.0-noble",
    "FROM mcr.microsoft.com/dotnet/framework/sdk:3.5",
    "FROM mcr.microsoft.com/dotnet/framework/runtime:4.8",
    // stage alias named like an image
    "FROM python:3.12 AS python\nRUN true\nFROM python\nRUN true",
    "FROM node:22 AS node\nFROM NODE",
    // unresolved values
    "ARG PY\nFROM python:${PY}",
    "FROM python:${UNDECLARED}",
    { code: "FROM python:3.6", options: { ignoreImages: ["python"] } },
    { code: "FROM mcr.microsoft.com/dotnet/sdk:6.0", options: { ignoreImages: ["mcr.microsoft.com/dotnet/sdk"] } },
    // settings.today: a release is judged against that day
    { code: "FROM node:20", settings: { today: "2026-04-29" } },
    { code: "FROM python:3.10-slim", settings: { today: "2026-10-30" } },
    // announced dates still ahead
    "FROM node:22",
    "FROM postgres:15",
    "FROM python:3.11-slim-trixie",
    "FROM ruby:3.3",
    "FROM php:8.2-apache",
    "FROM amazonlinux:2023",
    "FROM fedora:43",
    "FROM mysql:8.4",
    "FROM ubuntu:22.04",
    "FROM buildpack-deps:noble",
    { code: "FROM docker.io/library/node:16", options: { ignoreImages: ["library/node"] } },
  ],
  invalid: [
    {
      name: "one verdict per expanded reference, each pointing at its own tag",
      code: "ARG V=3.6\nFROM python:3.6 AS a\nFROM python:$V AS b\nFROM docker.io/library/python:3.6 AS c\nFROM python:3.6@sha256:0000000000000000000000000000000000000000000000000000000000000000\nFROM python\nFROM centos\nFROM centos@sha256:0000000000000000000000000000000000000000000000000000000000000000",
      errors: [
        { messageId: "eol", line: 2, column: 13, endColumn: 16 },
        { messageId: "eol", line: 3, column: 6, endColumn: 15 },
        { messageId: "eol", line: 4, column: 31, endColumn: 34 },
        { messageId: "eol", line: 5, column: 13, endColumn: 16 },
        { messageId: "eol", line: 7, column: 6, message: "CentOS Linux" },
      ],
    },
    {
      code: "FROM python:3.6-alpine",
      errors: [{ messageId: "eol", line: 1, column: 13, endColumn: 23, message: "python 3.6 reached end of life on 2021-12-23 and gets no security fixes; move to a supported release such as python:3.14" }],
    },
    { code: "FROM python:2", errors: [{ messageId: "eol", message: "python 2 reached end of life on 2020-01-01" }] },
    { code: "FROM python:2.7.18-slim-buster", errors: [{ messageId: "eol", message: "python 2.7" }] },
    { code: "FROM python:3.9", errors: [{ messageId: "eol", message: "on 2025-10-31" }] },
    { code: "FROM python:3.0", errors: [{ messageId: "eol", message: "python 3.0 reached end of life by 2012-04-09" }] },
    { code: "FROM node:16", errors: [{ messageId: "eol", column: 11, endColumn: 13, message: "node 16 reached end of life on 2023-09-11" }] },
    { code: "FROM node:18.20.4-alpine3.20", errors: [{ messageId: "eol", message: "node 18" }] },
    { code: "FROM node:21-slim", errors: [{ messageId: "eol", message: "node 21" }] },
    { code: "FROM node:0.10", errors: [{ messageId: "eol", message: "by 2016-12-31" }] },
    { code: "FROM ruby:3.1-slim", errors: [{ messageId: "eol", message: "ruby 3.1 reached end of life on 2025-03-26" }] },
    { code: "FROM ruby:2", errors: [{ messageId: "eol", message: "ruby 2 " }] },
    { code: "FROM golang:1.23-alpine", errors: [{ messageId: "eol", message: "golang 1.23" }] },
    { code: "FROM golang:1.9", errors: [{ messageId: "eol", message: "golang 1.9 reached end of life by" }] },
    { code: "FROM php:7.4-apache", errors: [{ messageId: "eol", message: "php 7.4 reached end of life on 2022-11-28" }] },
    { code: "FROM php:8.0-fpm", errors: [{ messageId: "eol", message: "php 8.0" }] },
    { code: "FROM debian:buster-slim", errors: [{ messageId: "eol", column: 13, endColumn: 24, message: "debian buster (10) reached end of life on 2024-06-30" }] },
    { code: "FROM debian:9", errors: [{ messageId: "eol", message: "debian 9" }] },
    { code: "FROM debian:jessie", errors: [{ messageId: "eol", message: "debian jessie (8)" }] },
    { code: "FROM ubuntu:18.04", errors: [{ messageId: "eol", message: "ubuntu 18.04 reached end of life on 2023-05-31" }] },
    { code: "FROM ubuntu:14.04", errors: [{ messageId: "eol", message: "ubuntu 14.04" }] },
    { code: "FROM ubuntu:xenial-20210804", errors: [{ messageId: "eol", message: "ubuntu xenial (16.04)" }] },
    { code: "FROM ubuntu:bionic", errors: [{ messageId: "eol", message: "ubuntu bionic (18.04)" }] },
    { code: "FROM alpine:3.18", errors: [{ messageId: "eol", message: "alpine 3.18 reached end of life on 2025-05-09" }] },
    { code: "FROM alpine:3.9.6", errors: [{ messageId: "eol", message: "alpine 3.9 reached end of life by 2022-05-01" }] },
    { code: "FROM centos:7", errors: [{ messageId: "eol", message: "centos 7 reached end of life on 2024-06-30" }] },
    { code: "FROM centos:centos8", errors: [{ messageId: "eol", message: "centos 8" }] },
    { code: "FROM centos", errors: [{ messageId: "eol", column: 6, endColumn: 12, message: "CentOS Linux" }] },
    { code: "FROM centos:latest", errors: [{ messageId: "eol", message: "CentOS Linux" }] },
    { code: "FROM openjdk:17-jdk-slim", errors: [{ messageId: "deprecated", column: 6, endColumn: 25, message: "eclipse-temurin" }] },
    // the distro part of the tag
    {
      code: "FROM python:3.11-buster",
      errors: [{ messageId: "distroEol", column: 13, endColumn: 24, message: "'python:3.11-buster' is based on debian buster (10), which reached end of life on 2024-06-30" }],
    },
    { code: "FROM node:18-buster-slim", errors: [{ messageId: "eol", message: "node 18" }] },
    { code: "FROM node:22-buster-slim", errors: [{ messageId: "distroEol", message: "debian buster" }] },
    { code: "FROM python:3.12-slim-stretch", errors: [{ messageId: "distroEol", message: "debian stretch (9)" }] },
    { code: "FROM python:3.12-alpine3.16", errors: [{ messageId: "distroEol", message: "alpine 3.16, which reached end of life on 2024-05-23" }] },
    { code: "FROM buildpack-deps:bionic", errors: [{ messageId: "distroEol", message: "ubuntu bionic (18.04)" }] },
    // registry-prefixed and library/ forms
    { code: "FROM docker.io/library/python:3.7", errors: [{ messageId: "eol", column: 31, endColumn: 34, message: "python 3.7" }] },
    { code: "FROM library/python:3.7", errors: [{ messageId: "eol", message: "python 3.7" }] },
    { code: "FROM index.docker.io/library/node:14", errors: [{ messageId: "eol", message: "node 14" }] },
    // ARG substitution: reported on the whole word
    { code: "ARG PY=3.7\nFROM python:${PY}", errors: [{ messageId: "eol", line: 2, column: 6, endColumn: 18, message: "python 3.7" }] },
    { code: "ARG BASE=node:16-alpine\nFROM $BASE AS build\nFROM nginx:1.27\nCOPY --from=build /app /app", errors: [{ messageId: "eol", line: 2, column: 6, message: "node 16" }] },
    { code: "ARG PY=3.12\nFROM python:${PY}", buildArgs: { PY: "3.8" }, errors: [{ messageId: "eol", message: "python 3.8" }] },
    // stage alias named like an image: only the real image is judged
    { code: "FROM python:3.6 AS python\nFROM python\nRUN true", errors: [{ messageId: "eol", line: 1 }] },
    { code: "FROM --platform=$BUILDPLATFORM golang:1.21 AS build\nFROM alpine:3.17", errors: [{ messageId: "eol", line: 1 }, { messageId: "eol", line: 2 }] },
    // line continuation, CRLF
    { code: "FROM \\\r\n  python:3.5\r\n", errors: [{ messageId: "eol", line: 2, column: 10, endColumn: 13 }] },
    { code: "FROM node:16", options: { ignoreImages: ["python"] }, errors: [{ messageId: "eol" }] },
    // settings.today: on and after the end-of-life day
    { code: "FROM node:20", settings: { today: "2026-05-01" }, errors: [{ messageId: "eol", message: "node 20 reached end of life on 2026-04-30" }] },
    // Stale for 2026-12-05 before this table was reviewed (issue 8)
    { code: "FROM debian:bullseye-slim", errors: [{ messageId: "eol", message: "debian bullseye (11) reached end of life on 2026-08-31" }] },
    { code: "FROM debian:11", errors: [{ messageId: "eol", message: "debian 11" }] },
    { code: "FROM python:3.12-bullseye", errors: [{ messageId: "distroEol", message: "debian bullseye (11)" }] },
    { code: "FROM ubuntu:20.04", errors: [{ messageId: "eol", message: "ubuntu 20.04 reached end of life by 2025-05-31" }] },
    { code: "FROM ubuntu:focal", errors: [{ messageId: "eol", message: "ubuntu focal (20.04)" }] },
    { code: "FROM buildpack-deps:plucky-scm", errors: [{ messageId: "distroEol", message: "ubuntu plucky (25.04)" }] },
    { code: "FROM amazonlinux:2", errors: [{ messageId: "eol", message: "amazonlinux 2 reached end of life on 2026-06-30" }] },
    { code: "FROM amazonlinux:2018.03", errors: [{ messageId: "eol", message: "amazonlinux 2018 reached end of life on 2023-12-31" }] },
    { code: "FROM node:20-alpine", errors: [{ messageId: "eol", message: "node 20 reached end of life on 2026-04-30" }] },
    { code: "FROM golang:1.24-alpine", errors: [{ messageId: "eol", message: "golang 1.24 reached end of life by 2026-02-28" }] },
    { code: "FROM golang:1.25", errors: [{ messageId: "eol", message: "golang 1.25" }] },
    { code: "FROM alpine:3.19", errors: [{ messageId: "eol", message: "alpine 3.19 reached end of life on 2025-11-01" }] },
    { code: "FROM alpine:3.20.3", errors: [{ messageId: "eol", message: "alpine 3.20 reached end of life on 2026-04-01" }] },
    { code: "FROM alpine:3.21", errors: [{ messageId: "eol", message: "alpine 3.21" }] },
    { code: "FROM php:8.3-fpm-alpine3.20", errors: [{ messageId: "distroEol", message: "alpine 3.20" }] },
    { code: "FROM python:3.10", errors: [{ messageId: "eol", message: "python 3.10 reached end of life on 2026-10-31" }] },
    { code: "FROM php:8.1-apache", errors: [{ messageId: "eol", message: "php 8.1 reached end of life on 2025-12-31" }] },
    { code: "FROM postgres:14-alpine", errors: [{ messageId: "eol", message: "postgres 14 reached end of life on 2026-11-12" }] },
    { code: "FROM postgres:14.5", errors: [{ messageId: "eol", message: "postgres 14 " }] },
    { code: "FROM postgres:9.6", errors: [{ messageId: "eol", message: "postgres 9.6 reached end of life on 2021-11-11" }] },
    { code: "FROM fedora:42", errors: [{ messageId: "eol", message: "fedora 42 reached end of life by 2026-06-30" }] },
    { code: "FROM fedora:33", errors: [{ messageId: "eol", message: "fedora 33 reached end of life by 2022-12-31" }] },
    { code: "FROM mysql:5.7", errors: [{ messageId: "eol", message: "mysql 5.7 reached end of life by 2023-10-31" }] },
    { code: "FROM mysql:8.0.36", errors: [{ messageId: "eol", message: "mysql 8.0" }] },
    { code: "FROM ruby:3.2", errors: [{ messageId: "eol", message: "ruby 3.2 reached end of life on 2026-03-31" }] },
    // Microsoft's registry: .NET
    { code: "FROM mcr.microsoft.com/dotnet/sdk:6.0", errors: [{ messageId: "eol", column: 35, endColumn: 38, message: ".NET 6.0 reached end of life on 2024-11-12" }] },
    { code: "FROM mcr.microsoft.com/dotnet/aspnet:5.0-alpine", errors: [{ messageId: "eol", message: ".NET 5.0" }] },
    { code: "FROM mcr.microsoft.com/dotnet/runtime:7.0.20-bookworm-slim", errors: [{ messageId: "eol", message: ".NET 7.0" }] },
    { code: "FROM mcr.microsoft.com/dotnet/core/sdk:3.1", errors: [{ messageId: "eol", message: ".NET 3.1" }] },
    { code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0", errors: [{ messageId: "eol", message: ".NET 8.0 reached end of life on 2026-11-10" }] },
    { code: "FROM mcr.microsoft.com/dotnet/sdk:10.0-bullseye-slim", errors: [{ messageId: "distroEol", message: "'mcr.microsoft.com/dotnet/sdk:10.0-bullseye-slim' is based on debian bullseye (11)" }] },
  ],
});

it("lookupEol: major-only tags are judged only when the whole major ended", () => {
  const today = "2026-12-05";
  expect(lookupEol("python", "3", null, today)).toBeNull();
  expect(lookupEol("golang", "1", null, today)).toBeNull();
  expect(lookupEol("alpine", "3", null, today)).toBeNull();
  expect(lookupEol("php", "8", null, today)).toBeNull();
  expect(lookupEol("php", "7", null, today)?.date).toBe("2022-11-28");
  expect(lookupEol("python", "3", "11", today)).toBeNull();
  expect(lookupEol("ubuntu", "22", "04", today)).toBeNull();
});

it("lookupEol: a release is past its end of life from that day on, and not before", () => {
  expect(lookupEol("python", "3", "10", "2026-10-30")).toBeNull();
  expect(lookupEol("python", "3", "10", "2026-10-31")).toEqual({ subject: "python 3.10", date: "2026-10-31", exact: true });
  expect(lookupEol("node", "22", null, "2027-04-30")?.subject).toBe("node 22");
  expect(lookupEol("golang", "1", "25", "2026-08-31")).toEqual({ subject: "golang 1.25", date: "2026-08-31", exact: false });
});
