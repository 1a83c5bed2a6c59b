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
    // the last command fails by itself when the producer fails and leaves no input
    "FROM debian:12\nRUN locale -a | grep 'en_US.utf8'",
    "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -xz -C /opt",
    "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar xzf - -C /opt",
    "FROM debian:12\nRUN curl -fsSL https://x/k.asc | gpg --dearmor -o /usr/share/keyrings/k.gpg",
    "FROM debian:12\nRUN curl -fsSL https://x/k.asc | apt-key add -",
    'FROM debian:12\nRUN echo "$SHA  a.tgz" | sha256sum -c -',
    "FROM debian:12\nRUN curl -fsSL https://x/a.gz | gunzip > /a",
    "FROM debian:12\nRUN cat /tmp/fix.patch | patch -p1",
    // local inspection pipes of the official images
    "FROM debian:12\nRUN find /usr/local -type f -executable -exec ldd '{}' ';' \\\n  | awk '/=>/ { print $(NF-1) }' \\\n  | sort -u \\\n  | xargs -r dpkg-query --search \\\n  | cut -d: -f1 \\\n  | sort -u \\\n  | xargs -r apt-mark manual",
    "FROM debian:12\nRUN apt-mark showmanual | xargs apt-mark auto > /dev/null",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN curl -fsSL https://x/a.sh | sh", errors: [{ messageId: "pipefail", line: 2, column: 5, endColumn: 35, message: "'curl'" }] },
    { code: "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -c -f /x -T -", errors: [{ messageId: "pipefail" }] },
    { code: "FROM debian:12\nRUN make 2>&1 | tee build.log", errors: [{ messageId: "pipefail", message: "'make'" }] },
    { code: "FROM debian:12\nRUN find / -name x | xargs -r rm | sort", errors: [{ messageId: "pipefail", message: "'xargs'" }] },
    { code: "FROM debian:12\nRUN apt-get update && \\\n  curl -fsSL https://x/k \\\n   | tee /k.gpg", errors: [{ messageId: "pipefail", line: 3, column: 3, endLine: 4 }] },
    { code: "FROM debian:12\nRUN curl -fsSL https://x | sh && set -o pipefail", errors: [{ messageId: "pipefail" }] },
    { code: "FROM debian:12\nRUN a | b && c | d", errors: [{ messageId: "pipefail", column: 5, endColumn: 10 }] },
    { code: "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN a | b", errors: [{ messageId: "pipefail", line: 4 }] },
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b', errors: [{ messageId: "pipefail", line: 3 }] },
    { code: "FROM debian:12\nRUN <<EOF\ncurl -fsSL https://x/a.sh | sh\nEOF", errors: [{ messageId: "pipefailScript", line: 3, column: 1 }] },
    // RUNs without a '|' are skipped: the ones with one, in the text or a heredoc body after them, still count.
    { code: "FROM debian:12\nRUN true\nRUN a || b\nRUN <<EOF\necho x\ncurl -fsSL https://x/a.sh | sh\nEOF\nRUN c\nRUN d | e", errors: [{ messageId: "pipefailScript", line: 6 }, { messageId: "pipefail", line: 9 }] },
    // Exec form may write the '|' as a JSON escape.
    { code: "FROM debian:12\nRUN [\"sh\", \"-c\", \"curl -fsSL https://x/a.sh \\u007c sh\"]\nRUN a || b", errors: [{ messageId: "pipefail", line: 2 }] },
    // a shebang script is not run by SHELL, so SHELL's pipefail does not apply
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN <<EOF\n#!/bin/bash\ncurl -fsSL https://x/a.sh | bash\nEOF', errors: [{ messageId: "pipefailScript", line: 5 }] },
    { code: 'FROM debian:12\nRUN ["sh", "-c", "curl -fsSL https://x | sh"]', errors: [{ messageId: "pipefail", line: 2 }] },
    { code: "FROM debian:12\r\nRUN ./gen.sh \\\r\n | sort\r\n", errors: [{ messageId: "pipefail", line: 2, column: 5, endLine: 3 }] },
    { code: "FROM debian:12\nRUN if curl -fsSL https://x | tee /x; then echo y; fi", errors: [{ messageId: "pipefail" }] },
    // Safe pipes before the unsafe one: each pipeline's members found once per script (a pass per pipe was quadratic).
    { code: "FROM debian:12\nRUN echo a | grep b; (echo c | grep d) && curl -fsSL https://x | ./gen.sh x | sh", errors: [{ messageId: "pipefail", line: 2, column: 43, endColumn: 81 }] },
  ],
});
