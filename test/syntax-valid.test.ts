import rule from "../rules/syntax-valid";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nRUN echo hi",
    "ARG V=1\nFROM alpine:${V}",
    "FROM alpine:3\nRUN <<EOF\necho hi\nEOF",
    "FROM alpine:3\nCOPY --link --chmod=755 --parents a /b/",
    "FROM alpine:3\nCOPY --link a b /c/",
    "FROM alpine:3\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false https://x/y /z",
    "FROM alpine:3\nRUN --mount=type=cache,target=/root/.cache --network=none true",
    "# escape=`\nFROM alpine:3\nRUN echo `\n  hi",
  ],
  invalid: [
    { code: "FROM alpine:3\nRUNN echo hi", errors: [{ messageId: "unknownInstruction", line: 2, column: 1, endColumn: 5 }] },
    { code: "FROM alpine:3\nCOPY --frobnicate=1 a /b", errors: [{ messageId: "unknownFlag", line: 2, column: 6, endColumn: 20 }] },
    // BuildKit: "Missing a value on flag" when a value flag has no '='.
    { code: "FROM alpine:3\nCOPY --chmod 755 a b /c/", errors: [{ messageId: "flagValue", line: 2, column: 6, endColumn: 17, message: "write '--chmod=755'" }] },
    { code: "FROM alpine:3 AS builder\nFROM alpine:3\nCOPY --from builder /a /b", errors: [{ messageId: "flagValue", line: 3, message: "'--from=builder'" }] },
    { code: "FROM alpine:3\nRUN --mount type=cache,target=/x true", errors: [{ messageId: "flagValue", line: 2 }] },
    { code: "FROM alpine:3\nCOPY --chown a", errors: [{ messageId: "flagValue", line: 2, message: "'--chown=<value>'" }] },
    { code: "FROM alpine:3\nRUN <<EOF\necho hi\n", errors: [{ messageId: "unterminatedHeredoc", line: 2, column: 5 }] },
    { code: "RUN echo hi\nFROM alpine:3", errors: [{ messageId: "instructionBeforeFrom", line: 1 }] },
    { code: "FROM\nRUN x", errors: [{ messageId: "fromWithoutImage", line: 1 }] },
  ],
});
