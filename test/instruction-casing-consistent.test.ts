import rule from "../rules/instruction-casing-consistent";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN echo hi\nCMD [\"sh\"]",
    "from alpine:3.20\nrun echo hi\ncmd [\"sh\"]",
    // Global ARGs are neither counted nor checked.
    "arg V=1\nFROM alpine:3.20\nRUN echo $V",
    // The instruction inside ONBUILD is not an instruction keyword of the file.
    "FROM alpine:3.20\nONBUILD run echo hi",
    // Heredoc bodies are not instructions.
    "FROM alpine:3.20\nRUN <<EOF\nrun this\nEOF",
    // Upper-case keywords are counted without a case conversion: a tie still goes to uppercase.
    "FROM alpine:3.20\nRUN echo hi\nWORKDIR /app",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nrun echo hi\nCMD [\"sh\"]", errors: [{ messageId: "inconsistent", line: 2, column: 1, endColumn: 4, message: "write 'RUN'" }], output: "FROM alpine:3.20\nRUN echo hi\nCMD [\"sh\"]" },
    { code: "from alpine:3.20\nrun echo hi\nCMD [\"sh\"]", errors: [{ messageId: "inconsistent", line: 3, message: "lowercase" }], output: "from alpine:3.20\nrun echo hi\ncmd [\"sh\"]" },
    // A tie goes to uppercase.
    { code: "from alpine:3.20\nRUN echo hi", errors: [{ messageId: "inconsistent", line: 1 }], output: "FROM alpine:3.20\nRUN echo hi" },
    // Upper-case keywords are reported when most of the file is lowercase.
    { code: "from alpine:3.20\nrun echo hi\nWORKDIR /app", errors: [{ messageId: "inconsistent", line: 3, message: "write 'workdir'" }], output: "from alpine:3.20\nrun echo hi\nworkdir /app" },
    // Mixed case is always flagged.
    { code: "FROM alpine:3.20\nRun echo hi", errors: [{ messageId: "inconsistent", line: 2, message: "'Run'" }], output: "FROM alpine:3.20\nRUN echo hi" },
    { code: "FROM alpine:3.20 AS a\nRUN x\nFROM a\nworkdir /app\n", errors: [{ messageId: "inconsistent", line: 4 }], output: "FROM alpine:3.20 AS a\nRUN x\nFROM a\nWORKDIR /app\n" },
  ],
});
