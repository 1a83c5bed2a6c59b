import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../rules/dockerignore-pattern-unused";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { configFor } from "./helpers/rule-tester";

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function lint(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "dflint-du-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const model = buildModel(files.Dockerfile!, { path: path.join(dir, "Dockerfile") });
  return lintModel(model, [rule], configFor(rule, { code: "", settings: { contextDir: dir } }));
}

describe("dockerignore-pattern-unused", () => {
  it("reports patterns (and exceptions) that match nothing, with their line", () => {
    const p = lint({ Dockerfile: "FROM alpine:3.20\nCOPY . /app\n", ".dockerignore": "node_modules\napp/node_modules\n!keep.md\n", "web/node_modules/a.js": "x" });
    expect(p.map((x) => x.message.split(" matches nothing")[0])).toEqual([
      ".dockerignore line 1: 'node_modules'",
      ".dockerignore line 2: 'app/node_modules'",
      ".dockerignore line 3: '!keep.md'",
    ]);
  });

  it("is silent when every pattern matches, and when the build reads no context", () => {
    expect(lint({ Dockerfile: "FROM alpine:3.20\nCOPY . /app\n", ".dockerignore": "**/node_modules\n*.md\n!README.md\n", "web/node_modules/a.js": "x", "README.md": "x", "b.md": "x" })).toEqual([]);
    expect(lint({ Dockerfile: "FROM alpine:3.20\nRUN true\n", ".dockerignore": "nothing-here\n" })).toEqual([]);
  });

  it("reports on the first instruction that reads the context: ADD, COPY --from, or a RUN bind mount", () => {
    const ignore = { ".dockerignore": "nothing-here\n", "a": "x" };
    expect(lint({ ...ignore, Dockerfile: "FROM alpine:3.20\nRUN true\nRUN --mount=type=bind,target=/src make\nADD . /app\n" }).map((p) => p.line)).toEqual([3]);
    expect(lint({ ...ignore, Dockerfile: "FROM alpine:3.20\nRUN --mount=type=bind,from=b,target=/src make\nADD . /app\n" }).map((p) => p.line)).toEqual([3]);
    expect(lint({ ...ignore, Dockerfile: "FROM alpine:3.20 AS dev\nCOPY . /x\nFROM alpine:3.20\nRUN --mount=type=bind,from=b,target=/src make\n" })).toEqual([]);
  });
});
