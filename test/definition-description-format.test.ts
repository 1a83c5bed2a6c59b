import rule from "../rules/definition-description-format";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "# build compiles the app\nFROM golang:1.23 AS build",
    "# VERSION of the app\nARG VERSION=1.0\nFROM alpine:3.20",
    "# a comment\n#\nFROM golang:1.23 AS build",
    "FROM golang:1.23 AS build",
    "# no name\nFROM golang:1.23",
    "# check=skip=all\nFROM golang:1.23 AS build",
    // Parser directives are not comments to BuildKit.
    "# syntax=docker/dockerfile:1\n# check=experimental=all\nFROM golang:1.23 AS build",
    "# A or B\nARG A=1 B=2\nFROM alpine:3.20",
    "FROM alpine:3.20\nRUN true\n# not about this one\n\n# V the version\nARG V",
  ],
  invalid: [
    { code: "# compiles the app\nFROM golang:1.23 AS build", errors: [{ messageId: "format", line: 2, column: 1, message: "'# build <description>'" }] },
    { code: "# version of the app\nARG VERSION=1.0\nFROM alpine:3.20", errors: [{ messageId: "format", line: 2 }] },
    // Blank lines do not separate a comment from the next instruction (BuildKit).
    { code: "FROM alpine:3.20\n# stray comment\n\nARG V", errors: [{ messageId: "format", line: 4 }] },
    { code: "# Build uses the stage name as lowercased\nFROM golang:1.23 AS Build", errors: [{ messageId: "format" }] },
    // A tool comment is what BuildKit (and its outline) takes for the description.
    { code: "FROM alpine:3.20\n# hadolint ignore=DL3008\nARG X=1", errors: [{ messageId: "format", line: 3, message: "'# X <description>'" }] },
    { code: "FROM alpine:3.20 AS a\n# check=experimental=InvalidDefinitionDescription\nFROM alpine:3.20 AS b", errors: [{ messageId: "format", line: 3 }] },
    { code: "# both\nARG A=1 B=2\nFROM alpine:3.20", errors: [{ messageId: "format", message: "<arg_key>" }] },
  ],
});
