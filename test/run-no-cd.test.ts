import rule from "../rules/run-no-cd";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nWORKDIR /src\nRUN make",
    "FROM alpine:3\nRUN (cd /src && make)",
    "FROM alpine:3\nRUN make && (cd docs && make html) && make install",
    "FROM alpine:3\nRUN <<EOF\ncd /src\nmake\nEOF",
    "FROM alpine:3\nRUN for d in a b; do cd $d && make; done",
    "FROM alpine:3\nRUN make && cd /",
    'FROM alpine:3\nRUN ["sh", "-c", "(cd /x && make)"]',
    "FROM alpine:3\nRUN echo cd /tmp",
    "FROM alpine:3\nRUN bash <<EOF\ncd /src\nmake\nEOF",
    "FROM alpine:3\nRUN mkdir -p /usr/src/python && cd /usr/src/python && ./configure && make install && cd / && rm -rf /usr/src/python",
    "FROM alpine:3\nENV SRC=/usr/src/app\nRUN cd $SRC/build && make && rm -rf \"$SRC\"",
    'FROM alpine:3\nRUN dir="$(mktemp -d)" && cd "$dir" && make && rm -rf "$dir"',
    "FROM alpine:3\nRUN cd /tmp && curl -O https://x/y.tgz && tar xzf y.tgz",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN cd C:\\ ; dir",
  ],
  invalid: [
    { code: "FROM alpine:3\nRUN cd /src && make", errors: [{ messageId: "cd", line: 2, column: 5, endColumn: 12 }] },
    { code: "FROM alpine:3\nRUN apk add git \\\n && cd /opt \\\n && git clone x", errors: [{ messageId: "cd", line: 3, column: 5, endColumn: 12 }] },
    { code: 'FROM alpine:3\nRUN ["sh", "-c", "cd /src && make"]', errors: [{ messageId: "cd", line: 2 }] },
    { code: "FROM alpine:3\nRUN cd /a; make; cd /b; make", errors: [{ messageId: "cd" }, { messageId: "cd" }] },
    { code: "FROM alpine:3\nRUN cd /app && make && rm -rf /app/build", errors: [{ messageId: "cd", line: 2 }] },
    { code: "FROM alpine:3\nRUN cd /usr/src/app && make && rm -rf /", errors: [{ messageId: "cd", line: 2 }] },
  ],
});
