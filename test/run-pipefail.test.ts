import rule from "../rules/run-pipefail";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/k | gpg --dearmor -o /k.gpg',
    'FROM debian:12\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN curl -fsSL https://x/k | gpg --dearmor -o /k.gpg',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://x/a.tgz | tar xz',
    'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/a.tgz | tar xz',
    "FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://x/a.tgz | tar xz",
    "FROM debian:12\nRUN set -euxo pipefail; \\\n  curl -fsSL https://x/a.tgz | tar xz",
    "FROM debian:12\nRUN set -o errexit -o pipefail; curl -fsSL https://x/a.tgz | tar xz",
    // SHELL inherited through FROM <stage> (alias in another case)
    'FROM debian:12 AS Base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://x/a.tgz | tar xz',
    'FROM debian:12\nRUN echo "deb http://x stable main" | tee /etc/apt/sources.list.d/x.list',
    "FROM debian:12\nRUN printf 'a\\nb\\n' | sort",
    "FROM debian:12\nRUN yes | apt-get install foo",
    "FROM debian:12\nRUN a || b && c",
    "FROM debian:12\nRUN <<EOF\nset -o pipefail\ncurl -fsSL https://x/a.tgz | tar xz\nEOF",
    "FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -euo pipefail\ncurl -fsSL https://x/a.tgz | tar xz\nEOF",
    "FROM debian:12\nRUN bash -o pipefail <<EOF\ncurl -fsSL https://x/a.tgz | tar xz\nEOF",
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN <<EOF\ncurl -fsSL https://x/a.tgz | tar xz\nEOF',
    "FROM debian:12\nRUN <<EOF\n#!/usr/bin/env python3\nimport sys; print(sys.argv | 1)\nEOF",
    'FROM debian:12\nRUN ["bash", "-o", "pipefail", "-c", "curl -fsSL https://x | tar xz"]',
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr x",
    'FROM mcr.microsoft.com/powershell:latest\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name',
    "FROM debian:12\nONBUILD RUN curl -fsSL https://x | sh",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar xz", errors: [{ messageId: "pipefail", line: 2, column: 5, endColumn: 40, message: "'curl'" }] },
    { code: "FROM debian:12\nRUN apt-get update && \\\n  curl -fsSL https://x/k \\\n   | gpg --dearmor -o /k.gpg", errors: [{ messageId: "pipefail", line: 3, column: 3, endLine: 4 }] },
    { code: "FROM debian:12\nRUN curl -fsSL https://x | tar xz && set -o pipefail", errors: [{ messageId: "pipefail" }] },
    { code: "FROM debian:12\nRUN a | b && c | d", errors: [{ messageId: "pipefail", column: 5, endColumn: 10 }] },
    { code: "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN a | b", errors: [{ messageId: "pipefail", line: 4 }] },
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b', errors: [{ messageId: "pipefail", line: 3 }] },
    { code: "FROM debian:12\nRUN <<EOF\ncurl -fsSL https://x/a.tgz | tar xz\nEOF", errors: [{ messageId: "pipefailScript", line: 3, column: 1 }] },
    // a shebang script is not run by SHELL, so SHELL's pipefail does not apply
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN <<EOF\n#!/bin/bash\ncurl -fsSL https://x/a.tgz | tar xz\nEOF', errors: [{ messageId: "pipefailScript", line: 5 }] },
    { code: 'FROM debian:12\nRUN ["sh", "-c", "curl -fsSL https://x | tar xz"]', errors: [{ messageId: "pipefail", line: 2 }] },
    { code: "FROM debian:12\r\nRUN cat /x \\\r\n | sort\r\n", errors: [{ messageId: "pipefail", line: 2, column: 5, endLine: 3 }] },
    { code: "FROM debian:12\nRUN if curl -fsSL https://x | grep -q ok; then echo y; fi", errors: [{ messageId: "pipefail" }] },
  ],
});
