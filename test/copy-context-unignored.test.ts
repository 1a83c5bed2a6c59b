import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../rules/copy-context-unignored";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { configFor } from "./helpers/rule-tester";

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function lint(files: Record<string, string>, options: Record<string, unknown> = {}, contextDir?: string) {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "dflint-cu-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const df = path.join(dir, "Dockerfile");
  const model = buildModel(files.Dockerfile!, { path: df });
  return lintModel(model, [rule], configFor(rule, { code: "", options, settings: { contextDir: contextDir === undefined ? dir : contextDir } }));
}

const DF = "FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n";

describe("copy-context-unignored", () => {
  it("reports .git and node_modules sent by COPY . with counts and sizes", () => {
    const p = lint({ Dockerfile: DF, "package.json": "{}", "package-lock.json": "{}", ".git/HEAD": "ref: x\n", ".git/config": "[core]\n", "node_modules/a/index.js": "x".repeat(2048), "src/a.js": "1" });
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(5);
    expect(p[0]!.column).toBe(6);
    expect(p[0]!.message).toContain("node_modules (1 file, 2.0 kB)");
    expect(p[0]!.message).toContain(".git (2 files");
    expect(p[0]!.message).toContain("the Dockerfile (Dockerfile)");
    expect(p[0]!.message).toContain("'**/node_modules'");
  });

  it("is silent when .dockerignore excludes them, and on a clean context", () => {
    expect(lint({ Dockerfile: DF, ".dockerignore": ".git\nnode_modules\n", ".git/HEAD": "x", "node_modules/a/i.js": "x", "src/a.js": "1" })).toEqual([]);
    expect(lint({ Dockerfile: DF, "src/a.js": "1" })).toEqual([]);
  });

  it("reads the Dockerfile's own ignore file, beside a .dockerignore or without one", () => {
    const files = { Dockerfile: DF, ".git/HEAD": "x", "node_modules/a/i.js": "x", "src/a.js": "1" };
    expect(lint({ ...files, "Dockerfile.dockerignore": ".git\nnode_modules\n" })).toEqual([]);
    expect(lint({ ...files, "Dockerfile.dockerignore": ".git\nnode_modules\n", ".dockerignore": "src\n" })).toEqual([]);
    // Its own ignore file wins over the context's: what only .dockerignore excludes is reported.
    expect(lint({ ...files, "Dockerfile.dockerignore": "src\n", ".dockerignore": ".git\nnode_modules\n" })).toHaveLength(1);
  });

  it("a context shared by two Dockerfiles, one with its own ignore file: each gets its own answer", () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "dflint-cu-"));
    made.push(dir);
    const files: Record<string, string> = { "a/Dockerfile": DF, "a/Dockerfile.dockerignore": ".git\nnode_modules\n", "b/Dockerfile": DF, ".git/HEAD": "x", "node_modules/a/i.js": "x" };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const lintAt = (df: string) => lintModel(buildModel(DF, { path: path.join(dir, df) }), [rule], configFor(rule, { code: "", settings: { contextDir: dir } }));
    expect(lintAt("a/Dockerfile")).toEqual([]);
    expect(lintAt("b/Dockerfile")).toHaveLength(1);
  });

  it("the Dockerfile alone is reported only with reportDockerfile", () => {
    expect(lint({ Dockerfile: DF, "src/a.js": "1" }, { reportDockerfile: true })[0]!.message).toContain("the Dockerfile");
  });

  it("finds virtualenvs and Python caches, honours --exclude, skips without a context", () => {
    const files = { Dockerfile: "FROM python:3.12-slim\nCOPY . /app\n", "env/pyvenv.cfg": "home=/usr", "env/lib/x.py": "", "pkg/__pycache__/a.pyc": "" };
    const p = lint(files);
    expect(p[0]!.message).toContain("virtualenv env (2 files");
    expect(p[0]!.message).toContain("__pycache__ (1 file");
    expect(lint({ ...files, Dockerfile: "FROM python:3.12-slim\nCOPY --exclude=env --exclude=**/__pycache__ . /app\n" })).toEqual([]);
    expect(lint(files, {}, null as unknown as string)).toEqual([]);
  });

  it("ignores stages that are not built and COPY of a subfolder", () => {
    expect(lint({ Dockerfile: "FROM alpine:3.20 AS dev\nCOPY . .\nFROM alpine:3.20\nCOPY src/ /src/\n", ".git/HEAD": "x", "src/a": "" })).toEqual([]);
  });

  it("the quick tests do not hide a whole-context COPY (ADD, spellings, variables, after a COPY --from)", () => {
    const files = { ".git/HEAD": "x", "src/a": "" };
    for (const copy of ["ADD . /app", "COPY ./ /app/", "COPY .// /app/", "COPY ./. /app/", "COPY * /app/", "COPY ./* /app/", "COPY / /app/", "COPY $CTX /app/"]) {
      const p = lint({ ...files, Dockerfile: `FROM alpine:3.20 AS b\nFROM alpine:3.20\nARG CTX=.\nCOPY --from=b /x /x\n${copy}\n` });
      expect(p, copy).toHaveLength(1);
      expect(p[0]!.line, copy).toBe(5);
    }
  });

  it("is silent when no COPY of a built stage reads the context (--from, ONBUILD, a file)", () => {
    const files = { ".git/HEAD": "x", "src/a": "" };
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b / /\n" })).toEqual([]);
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20\nONBUILD COPY . /app\n" })).toEqual([]);
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20\nCOPY .git/HEAD ./x /app/\n" })).toEqual([]);
  });
});
