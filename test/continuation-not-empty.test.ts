import rule from "../rules/continuation-not-empty";
import { runRule, testRule } from "./helpers/rule-tester";
import { expect, it } from "vitest";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git\n\nRUN echo done",
    // Comment lines inside a continuation are fine.
    "FROM alpine:3.20\nRUN apk add \\\n# the tools\n    curl",
    // Heredoc bodies are not continuations.
    "FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF",
    // `\\` at the end is an escaped backslash for BuildKit, not a continuation.
    "FROM alpine:3.20\nCOPY a \\\\\n\nENV X=1",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n\nENV X=1",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n\n    git",
      errors: [{ messageId: "empty", line: 4, column: 1, endColumn: 1, message: "Line 4" }],
      output: "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git",
    },
    { code: "FROM alpine:3.20\r\nRUN apk add \\\r\n   \r\n    curl\r\n", errors: [{ messageId: "empty", line: 3, column: 1, endColumn: 4 }], output: "FROM alpine:3.20\r\nRUN apk add \\\r\n    curl\r\n" },
    {
      code: "FROM alpine:3.20\nRUN apt-get update \\\n\n# comment\nRUN echo next",
      errors: [{ messageId: "joinsInstruction", line: 3, column: 1, message: "'RUN' on line 5" }],
    },
    { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n\n  C:\\", errors: [{ messageId: "empty", line: 4 }], output: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\" },
    // Trailing continuation at the end of the file.
    { code: "FROM alpine:3.20\nRUN echo \\\n\n", errors: [{ messageId: "empty", line: 3 }] },
  ],
});

it("offers a fix that deletes the empty lines", () => {
  const code = "FROM alpine:3.20\nRUN apk add \\\n    curl \\\n\n    git";
  const [p] = runRule(rule, { code });
  expect(p!.fix).toEqual({ kind: "safe", edits: [{ span: { start: code.indexOf("\n\n") + 1, end: code.indexOf("\n\n") + 2 }, text: "" }] });
});
