import rule from "../rules/syntax-valid";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nRUN echo hi",
    "ARG V=1\nFROM alpine:${V}",
    "FROM alpine:3\nRUN <<EOF\necho hi\nEOF",
    "FROM alpine:3\nCOPY --link --chmod=755 --parents a /b/",
    "FROM alpine:3\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false https://x/y /z",
    "FROM alpine:3\nRUN --mount=type=cache,target=/root/.cache --network=none true",
    "# escape=`\nFROM alpine:3\nRUN echo `\n  hi",
  ],
  invalid: [
    { code: "FROM alpine:3\nRUNN echo hi", errors: [{ messageId: "unknownInstruction", line: 2, column: 1, endColumn: 5 }] },
    { code: "FROM alpine:3\nCOPY --frobnicate=1 a /b", errors: [{ messageId: "unknownFlag", line: 2, column: 6, endColumn: 20 }] },
    { code: "FROM alpine:3\nRUN <<EOF\necho hi\n", errors: [{ messageId: "unterminatedHeredoc", line: 2, column: 5 }] },
    { code: "RUN echo hi\nFROM alpine:3", errors: [{ messageId: "instructionBeforeFrom", line: 1 }] },
    { code: "FROM\nRUN x", errors: [{ messageId: "fromWithoutImage", line: 1 }] },
  ],
});
