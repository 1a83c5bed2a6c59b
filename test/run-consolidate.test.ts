import rule from "../rules/run-consolidate";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN make",
    "FROM debian:12\nRUN mkdir /app\nWORKDIR /app\nRUN make",
    "FROM debian:12\nRUN mkdir /app\nCOPY . /app\nRUN make",
    "FROM debian:12\nRUN --mount=type=cache,target=/root/.cache make\nRUN make install",
    "FROM debian:12\nRUN <<EOF\nmake\nEOF\nRUN make install",
    'FROM debian:12\nRUN ["make"]\nRUN ["make", "install"]',
    "FROM debian:12 AS a\nRUN make\nFROM debian:12\nRUN make install",
    "FROM debian:12\nRUN mkdir -p /app\n# own it\nRUN chown 1000 /app",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\nRUN dir",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN mkdir -p /app\nRUN chown 1000 /app", errors: [{ messageId: "consolidate", line: 3, column: 1, message: "line 2" }] },
    { code: "FROM debian:12\nRUN a\nRUN b\nRUN c", errors: [{ messageId: "consolidate", line: 3 }, { messageId: "consolidate", line: 4 }] },
    { code: "FROM debian:12\nRUN --network=none a\nRUN --network=none b", errors: [{ messageId: "consolidate", line: 3 }] },
  ],
});
