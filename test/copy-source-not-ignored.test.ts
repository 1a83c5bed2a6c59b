import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lintModel } from "../src/engine/linter";
import { buildModel } from "../src/model/build";
import rule from "../rules/copy-source-not-ignored";
import { configFor, testRule } from "./helpers/rule-tester";

const base = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-cin-"));
const ctx = (name: string, files: Record<string, string>) => {
  const dir = path.join(base, name);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
};
const plain = ctx("plain", { ".dockerignore": "dist\n*.log\nsecrets/\n# comment\n", "src/a.js": "", "app.log": "", "dist/x.js": "", "Dockerfile": "" });
const exceptions = ctx("exceptions", { ".dockerignore": "docs\n!docs/keep.md\nbuild\n", "docs/a.md": "", "docs/keep.md": "", "build/out": "" });
const star = ctx("star", { ".dockerignore": "*\n", "a": "" });
const none = ctx("none", { "a": "" });
const own = ctx("own", { ".dockerignore": "src\n", "api.Dockerfile.dockerignore": "dist\n", "src/a": "", "dist/a": "" });
const wild = ctx("wild", { ".dockerignore": "*.txt\n!keep.txt\n", "a.txt": "", "keep.txt": "", "b.md": "" });

let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(base, { recursive: true, force: true });
});

testRule(rule, {
  valid: [
    { code: "FROM alpine:3.20\nCOPY src/ /app/\nCOPY . /app", settings: { contextDir: plain } },
    { code: "FROM alpine:3.20\nCOPY dist/ /app/", settings: { contextDir: null } },
    { code: "FROM alpine:3.20\nCOPY dist/ /app/", settings: { contextDir: none } },
    { code: "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /dist /dist", settings: { contextDir: plain } },
    // An ONBUILD trigger runs in another build: not checked against this context.
    { code: "FROM alpine:3.20\nONBUILD COPY dist/ /app/", settings: { contextDir: plain } },
    { code: "FROM alpine:3.20\nARG D\nCOPY $D /app/", settings: { contextDir: plain } },
    { code: "FROM alpine:3.20\nCOPY <<EOF /dist\nx\nEOF", settings: { contextDir: plain } },
    { code: "FROM alpine:3.20\nADD https://example.com/dist /dist", settings: { contextDir: plain } },
    // A directory with a re-included file is sent.
    { code: "FROM alpine:3.20\nCOPY docs /docs\nCOPY docs/keep.md /k", settings: { contextDir: exceptions } },
    // A wildcard that still matches a sent file.
    { code: "FROM alpine:3.20\nCOPY *.txt /t/", settings: { contextDir: wild } },
    { code: "FROM alpine:3.20\nCOPY *.js /t/", settings: { contextDir: plain } },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nCOPY dist/ /app/",
      settings: { contextDir: plain },
      errors: [{ messageId: "ignored", line: 2, column: 6, endColumn: 11, message: "'dist' on line 1" }],
    },
    { code: "FROM alpine:3.20\nADD ./secrets/key.pem /k", settings: { contextDir: plain }, errors: [{ messageId: "ignored", message: "ADD source 'secrets/key.pem'" }] },
    { code: "FROM alpine:3.20\nCOPY [\"app.log\", \"/x\"]", settings: { contextDir: plain }, errors: [{ messageId: "ignored", line: 2, column: 7 }] },
    { code: "FROM alpine:3.20\nCOPY *.log /logs/", settings: { contextDir: plain }, errors: [{ messageId: "allIgnored", line: 2, column: 6 }] },
    { code: "FROM alpine:3.20\nARG OUT=dist\nCOPY src $OUT/x.js /app/", settings: { contextDir: plain }, errors: [{ messageId: "ignored", line: 3, column: 10 }] },
    { code: "FROM alpine:3.20\nCOPY build/out /x", settings: { contextDir: exceptions }, errors: [{ messageId: "ignored", message: "'build'" }] },
    { code: "FROM alpine:3.20\nCOPY . /x", settings: { contextDir: star }, errors: [{ messageId: "ignored", message: "'*'" }] },
    { code: "FROM alpine:3.20\nCOPY a.txt /x", settings: { contextDir: wild }, errors: [{ messageId: "ignored" }] },
    // Past the quick test: a COPY --from first, then ADD from the context.
    { code: "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /x /x\nADD dist/ /app/", settings: { contextDir: plain }, errors: [{ messageId: "ignored", line: 4 }] },
  ],
});

// `<Dockerfile>.dockerignore` wins over `.dockerignore`.
it("uses <Dockerfile>.dockerignore next to the Dockerfile when it exists", () => {
  fs.writeFileSync(path.join(own, "api.Dockerfile"), "");
  const lint = (code: string) =>
    lintModel(buildModel(code, { path: path.join(own, "api.Dockerfile") }), [rule], configFor(rule, { code, settings: { contextDir: own } }));
  expect(lint("FROM alpine:3.20\nCOPY src /src")).toEqual([]);
  expect(lint("FROM alpine:3.20\nCOPY dist /dist").map((p) => p.messageId)).toEqual(["ignored"]);
});

// The context folder holds no ignore file, the Dockerfile's folder its own: that one is used.
it("uses <Dockerfile>.dockerignore in the Dockerfile's folder when the context folder has no ignore file", () => {
  const dfDir = ctx("elsewhere", { "api.Dockerfile": "", "api.Dockerfile.dockerignore": "dist\n" });
  const context = ctx("bare-context", { "dist/a": "", "src/a": "" });
  const lint = (code: string) =>
    lintModel(buildModel(code, { path: path.join(dfDir, "api.Dockerfile") }), [rule], configFor(rule, { code, settings: { contextDir: context } }));
  expect(lint("FROM alpine:3.20\nCOPY src /src")).toEqual([]);
  expect(lint("FROM alpine:3.20\nCOPY dist /dist").map((p) => p.messageId)).toEqual(["ignored"]);
  const noneAtAll = ctx("no-ignore-anywhere", { "Dockerfile": "", "dist/a": "" });
  const plainLint = lintModel(buildModel("FROM alpine:3.20\nCOPY dist /dist", { path: path.join(noneAtAll, "Dockerfile") }), [rule], configFor(rule, { code: "", settings: { contextDir: noneAtAll } }));
  expect(plainLint).toEqual([]);
});
