import { describe, expect, it } from "vitest";
import { rules as allRules } from "../rules/index";
import rule from "../rules/syntax-valid";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings, testRule } from "./helpers/rule-tester";

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

describe("a file with no FROM (a fragment)", () => {
  const lintAll = (code: string) => {
    const config: ResolvedConfig = { rules: {}, settings: defaultSettings, inlineIgnores: true, source: "test" };
    return lintModel(buildModel(code), allRules, config).map((p) => `${p.line} ${p.ruleId}`);
  };
  it("keeps the 'before FROM' report and lints the instructions, as hadolint does", () => {
    const out = lintAll("RUN apt-get install curl\nCMD node app.js\n");
    expect(out).toContain("1 syntax-valid");
    expect(out).toContain("1 apt-get-assume-yes");
    expect(out).toContain("2 cmd-exec-form");
    // Rules about the FROM line itself or the unknown base image stay quiet.
    expect(out.filter((p) => /from-|user-not-root|healthcheck/.test(p))).toEqual([]);
  });
  it("instructions before the FROM of a file that has one are not linted further", () => {
    const out = lintAll("RUN apt-get install curl\nFROM alpine:3.22\n");
    expect(out).toContain("1 syntax-valid");
    expect(out).not.toContain("1 apt-get-assume-yes");
  });
});
