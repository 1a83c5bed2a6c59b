import rule from "../rules/var-defined";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nARG A=1\nCOPY plain also-plain $A/",
    "FROM alpine:3.20\nCOPY a$ b",
    "ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION",
    "FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/app-${TARGETARCH} /app",
    "FROM alpine:3.20\nENV APP=/app\nWORKDIR $APP\nUSER ${APP_USER:-app}",
    // Base image variables: PATH/HOME anywhere, image-specific names on their image.
    "FROM node:22\nENV PATH=/app/node_modules/.bin:$PATH\nWORKDIR $HOME\nLABEL node=$NODE_VERSION",
    "FROM golang:1.23\nENV PATH=$GOPATH/bin:$PATH",
    "FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH",
    "FROM python:3.12\nLABEL py=${PYTHON_VERSION}",
    // Vendor images may define anything: never-declared names stay silent.
    "FROM mcr.microsoft.com/devcontainers/base:bookworm\nENV NVM_DIR=/usr/local/nvm PATH=$NVM_DIR/bin:$PATH",
    "FROM oracle/fmw-infrastructure:12\nENV DOMAIN_ROOT=/u01 DOMAIN_HOME=$DOMAIN_ROOT/x",
    "FROM myorg/base:1\nWORKDIR $APP_HOME\nENV APP_HOMEX=1",
    "FROM alpine:3.20\nCOPY $SOMETHING_FROM_BASE /x",
    // `ENV X=$X:/more` extends what the base image set.
    "FROM alpine:3.20\nENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH\nENV PYTHONPATH=/app:${PYTHONPATH}",
    // ARG defaults see the keys declared before them in the same ARG.
    "FROM alpine:3.20\nARG A=1 B=$A\nLABEL b=$B",
    // With a --build-arg, the default is not expanded.
    { code: "FROM alpine:3.20\nARG B=$NOPE_VALUE\nLABEL b=$B", buildArgs: { B: "x" } },
    // Inherited through FROM <stage>.
    "FROM alpine:3.20 AS base\nARG V=1\nENV E=2\nFROM base\nLABEL v=$V e=$E",
    // Single quotes and escaped dollars do not expand.
    "FROM alpine:3.20\nLABEL a='$NOPE' b=\\$NOPE2",
    // RUN commands are left to the shell; EXPOSE is expanded but never reported; CMD is not expanded.
    "FROM alpine:3.20\nRUN echo $UNDEFINED_THING\nEXPOSE $PORTX\nCMD [\"sh\", \"-c\", \"echo $X\"]",
    // Quoted heredocs are not expanded.
    "FROM scratch\nCOPY <<'EOF' /x\n$NOT_EXPANDED\nEOF",
    "FROM alpine:3.20\nONBUILD COPY $LATER /x",
    "FROM alpine:3.20\nENV PATH=/a:${PATH} PATH=/b:${PATH}",
    "FROM alpine:3.20\nARG HTTP_PROXY\nCOPY x /x\nLABEL p=$http_proxy",
    // A '$' outside every instruction (a comment line) leaves the instructions around it unchecked.
    "ARG V=1\nFROM alpine:3.20\nWORKDIR /app\n# uses $V later\nCOPY a /b",
  ],
  invalid: [
    // Only words with a `$` are read; one split by a line continuation still counts.
    { code: "ARG V=1\nFROM alpine:3.20\nCOPY plain also-plain x${\\\nV}/", errors: [{ messageId: "globalArg", line: 3 }] },
    { code: "ARG V=1\nFROM alpine:3.20\nLABEL a=1 b=2 \\\n  c=$V", errors: [{ messageId: "globalArg", line: 4 }] },
    { code: "FROM alpine:3.20\nWORKDIR ${APP_DIR:-/srv}\nENV APP_DIR=/x", errors: [{ messageId: "usedBeforeDeclared", message: "takes the default written in '${APP_DIR:-/srv}' here" }] },
    {
      code: "ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION",
      errors: [{ messageId: "globalArg", line: 3, column: 15, endColumn: 23, message: "add 'ARG VERSION'" }],
    },
    { code: "FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /app", errors: [{ messageId: "platformArg", line: 2, column: 14, endColumn: 27 }] },
    // A fallback does not help: the value given with the global ARG is never used.
    { code: "ARG V=2\nFROM node:22\nWORKDIR /v/${V:-1}", errors: [{ messageId: "globalArg", line: 3 }] },
    { code: "FROM alpine:3.20\nWORKDIR $APP_DIR\nENV APP_DIR=/x", errors: [{ messageId: "usedBeforeDeclared", line: 2, column: 9, message: "line 3" }] },
    { code: "FROM alpine:3.20\nENV GOPATH=/go PATH=$GOPATH/bin:$PATH", errors: [{ messageId: "sameInstruction", line: 2, column: 21, endColumn: 28 }] },
    // BuildKit expands every pair with the variables from before the ENV, also a name set twice.
    { code: "FROM alpine:3.20\nENV A=1 A=${A}2", errors: [{ messageId: "sameInstruction", line: 2, column: 11, endColumn: 15 }] },
    { code: "FROM scratch\nENV A=1 A=${A}2", errors: [{ messageId: "sameInstruction", line: 2, column: 11 }] },
    // One swap of neighbouring letters is a typo (BuildKit suggests $PATH too).
    { code: "FROM alpine:3.20\nENV PATH=/opt/bin:$PAHT", errors: [{ messageId: "typo", line: 2, column: 19, message: "did you mean '$PATH'" }] },
    {
      code: "FROM alpine:3.20 AS build\nENV OUT=/out\nFROM alpine:3.20\nCOPY --from=build $OUT /app",
      errors: [{ messageId: "otherStage", line: 4, message: "stage 'build'" }],
    },
    { code: "FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM", errors: [{ messageId: "typo", line: 3, message: "did you mean '$APP_HOME'" }] },
    { code: "FROM scratch\nCOPY app /app/$NAME", errors: [{ messageId: "undefined", line: 2, column: 15 }] },
    { code: "FROM scratch\nENV PATH=/bin:$PATH LD_LIBRARY_PATH=$LD_LIBRARY_PATH:/lib", errors: [{ messageId: "undefined", line: 2, column: 37 }] },
    // The stage chain ends in scratch.
    { code: "FROM scratch AS s\nFROM s\nUSER $RUNTIME_USER", errors: [{ messageId: "undefined", line: 3, column: 6 }] },
    // Checked parts: flags, JSON form, heredoc bodies, VOLUME, STOPSIGNAL, RUN --mount.
    { code: "FROM alpine:3.20\nCOPY --chown=${TARGETOS}:app x /x", errors: [{ messageId: "platformArg", line: 2, column: 14 }] },
    { code: "FROM alpine:3.20\nCOPY [\"a\", \"/b/${TARGETVARIANT}\"]", errors: [{ messageId: "platformArg", line: 2, column: 16 }] },
    { code: "FROM alpine:3.20\nCOPY <<EOF /x\narch=$TARGETARCH\nEOF", errors: [{ messageId: "platformArg", line: 3, column: 6 }] },
    { code: "ARG V=1\nFROM alpine:3.20\nVOLUME /data/$V\nSTOPSIGNAL $V", errors: [{ messageId: "globalArg", line: 3 }, { messageId: "globalArg", line: 4 }] },
    { code: "ARG CACHE=x\nFROM alpine:3.20\nRUN --mount=type=cache,id=$CACHE,target=/c true", errors: [{ messageId: "globalArg", line: 3, column: 27 }] },
    // ENV values see the environment from before the ENV.
    { code: "FROM debian:12\nENV A=1 \\\n    B=$A", errors: [{ messageId: "sameInstruction", line: 3, column: 7 }] },
    // The ARG default is checked when no --build-arg is given.
    { code: "ARG G=1\nFROM alpine:3.20\nARG B=$G", errors: [{ messageId: "globalArg", line: 3, column: 7 }] },
    { code: "FROM alpine:3.20\r\nARG TARGETOS\r\nLABEL os=$TARGETOS arch=$TARGETARCH\r\n", errors: [{ messageId: "platformArg", line: 3, column: 25 }] },
    // Instructions without a '$' are skipped; those around them are still checked, also a '$' on a
    // continuation line or in a heredoc body, and the last one of the file.
    {
      code: "ARG V=1\nFROM alpine:3.20\nWORKDIR /srv\nLABEL a=1 \\\n    b=$V\nUSER app\nCOPY <<EOF /x\nplain\n$V\nEOF\nVOLUME /data\nSTOPSIGNAL $V",
      errors: [{ messageId: "globalArg", line: 5, column: 7 }, { messageId: "globalArg", line: 9, column: 1 }, { messageId: "globalArg", line: 12, column: 12 }],
    },
    { code: "# escape=`\nARG V=1\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\\$V", errors: [{ messageId: "globalArg", line: 4, column: 16 }] },
  ],
});
