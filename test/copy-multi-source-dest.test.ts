import { expect, it } from "vitest";
import rule from "../rules/copy-multi-source-dest";
import { runRule, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    // '755' is the flag's value (written without '=', which syntax-valid reports), not a source.
    "FROM alpine:3\nCOPY --chmod 755 a b",
    "FROM node:22\nCOPY a b /app/",
    "FROM node:22\nWORKDIR /app\nCOPY a b .",
    "FROM node:22\nWORKDIR /app\nCOPY a b ./",
    "FROM node:22\nCOPY a /app",
    "FROM node:22\nARG D\nCOPY a b $D",
    "FROM node:22\nARG D=/app/\nCOPY a b $D",
    'FROM node:22\nCOPY ["a", "b", "/app/"]',
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a b C:\\app\\",
  ],
  invalid: [
    { code: "FROM node:22\nCOPY package.json package-lock.json /app", errors: [{ messageId: "notDir", line: 2, column: 37, endColumn: 41 }], output: "FROM node:22\nCOPY package.json package-lock.json /app/" },
    { code: "FROM node:22\nADD a b /app", errors: [{ messageId: "notDir", message: "ADD with 2 sources" }], output: "FROM node:22\nADD a b /app/" },
    { code: 'FROM node:22\nCOPY ["a", "b", "/app"]', errors: [{ messageId: "notDir" }] },
    { code: "FROM node:22\nARG D=/app\nCOPY a b \\\n  $D", errors: [{ messageId: "notDir", line: 4, column: 3, message: "'/app/'" }], output: "FROM node:22\nARG D=/app\nCOPY a b \\\n  $D/" },
    { code: "FROM node:22\nCOPY --from=build a b c /out", errors: [{ messageId: "notDir", message: "3 sources" }], output: "FROM node:22\nCOPY --from=build a b c /out/" },
  ],
});

it("appends the slash", () => {
  expect(runRule(rule, { code: "FROM node:22\nCOPY a b /app" })[0]!.fix).toEqual({ kind: "safe", edits: [{ span: { start: 26, end: 26 }, text: "/" }] });
});

// checkAdd: false (the hadolint preset) checks COPY only, as hadolint's DL3021.
testRule(rule, {
  valid: [{ code: "FROM alpine:3\nADD a.tar b.tar /dir", options: { checkAdd: false } }],
  invalid: [
    { code: "FROM alpine:3\nCOPY a b /dir\nADD a.tar b.tar /dir", options: { checkAdd: false }, errors: [{ messageId: "notDir", line: 2 }], output: "FROM alpine:3\nCOPY a b /dir/\nADD a.tar b.tar /dir" },
  ],
});
