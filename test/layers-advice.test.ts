// `dflint layers --history N` combined with copy-manifests-first: replays a real
// git history (built here) against the reordered Dockerfile, counts the
// reinstalls the reorder would have avoided, and offers the rule's fix.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeLayers } from "../src/layers/report";
import { renderLayers } from "../src/layers/render";
import { shellWord } from "../src/layers/advice";
import { dflint, tmpdir } from "./helpers/cli";
import { commitFiles, git, initRepo } from "./helpers/git";

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A repository whose first commit holds `files`; each later commit writes (or deletes, null) files. */
function repo(files: Record<string, string>, commits: Record<string, string | null>[]): string {
  const dir = tmpdir(files, "dflint-advice-");
  made.push(dir);
  initRepo(dir);
  commits.forEach((c, i) => commitFiles(dir, c, `change ${i + 1}`));
  return dir;
}

const NODE = 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "index.js"]\n';
const nodeApp = { Dockerfile: NODE, "package.json": '{"name":"web"}\n', "package-lock.json": "{}\n", "index.js": "x\n", ".dockerignore": ".git\n" };
/** 6 source edits, a manifest edit, a docs file and a lock-file edit after the initial commit. */
const nodeHistory: Record<string, string | null>[] = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ "index.js": `x${i}\n` })),
  { "package.json": '{"name":"web","version":"2"}\n' },
  { "README.md": "# web\n" },
  { "package-lock.json": '{"lockfileVersion":3}\n' },
];

describe("--history advice: the manifests-first reorder, measured on the history", () => {
  it("counts the reinstalls the reorder would have avoided: source-only commits, not manifest commits", () => {
    const dir = repo(nodeApp, nodeHistory);
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, history: 50 });
    expect(a.file.advice).toHaveLength(1);
    const adv = a.file.advice![0]!;
    expect(adv).toMatchObject({
      rule: "copy-manifests-first",
      kind: "move",
      copy: { line: 3, text: "COPY . ." },
      install: { line: 4, text: "RUN npm ci", command: "npm ci" },
      commits: 10,
      // every commit re-ran npm ci (COPY . . takes each change) ...
      reinstalls: 10,
      // ... the initial commit added the Dockerfile, package.json and package-lock.json changed in two: 7 were source or docs only
      avoided: 7,
      dockerfileCommits: 1,
    });
    expect(a.file.stages[0]!.steps.find((s) => s.line === 4)!.rebuilds).toBe(adv.reinstalls);
    expect(adv.fixCommand).toBe("dflint --fix --fix-suggestions --fix-rule copy-manifests-first Dockerfile");
    const text = renderLayers([a], "stylish");
    expect(text).toContain(
      "advice: copying package.json and package-lock.json and running 'npm ci' before 'COPY . .' (line 3) would have avoided 7 of the 10 reinstalls of line 4 in the last 10 commits (1 commit that edited the Dockerfile counts as not avoided)",
    );
    expect(text).toContain("apply it:       dflint --fix --fix-suggestions --fix-rule copy-manifests-first Dockerfile");
    const md = renderLayers([a], "markdown");
    expect(md).toContain("would have avoided 7 of the 10 reinstalls");
    expect(md).toContain("```diff\n--- a/Dockerfile\n+++ b/Dockerfile\n");
  });

  it("the offered diff is the fix engine's, and after applying it there is nothing left to advise (spawned CLI)", () => {
    const dir = repo(nodeApp, nodeHistory);
    const adv = JSON.parse(dflint(["layers", "-f", "json", "--history", "20"], { cwd: dir }).stdout).files[0].advice[0];
    const dry = dflint(adv.previewCommand.split(" ").slice(1), { cwd: dir });
    expect(dry.stdout).toBe(adv.diff);
    expect(adv.diff).toContain("+COPY package.json package-lock.json* ./\n RUN npm ci\n+COPY . .\n");
    const fixed = dflint(adv.fixCommand.split(" ").slice(1), { cwd: dir });
    expect(fixed.stderr).toBe("");
    expect(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8")).toBe('FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json* ./\nRUN npm ci\nCOPY . .\nCMD ["node", "index.js"]\n');
    git(dir, "commit", "-q", "-am", "reorder");
    const after = JSON.parse(dflint(["layers", "-f", "json", "--history", "20"], { cwd: dir }).stdout).files[0];
    expect(after.advice).toEqual([]);
  });

  it("a build that needs the source gets a dependency download inserted before the copy (Go)", () => {
    const GO = "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app ./cmd/app\n";
    const dir = repo(
      { Dockerfile: GO, "go.mod": "module example.com/app\n", "go.sum": "", "cmd/app/main.go": "package main\n", ".dockerignore": ".git\nDockerfile\n" },
      [{ "cmd/app/main.go": "package main\n// 1\n" }, { "cmd/app/main.go": "package main\n// 2\n" }, { "go.sum": "example.com/x v1.0.0 h1:abc=\n" }],
    );
    const adv = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, history: 10 }).file.advice!;
    expect(adv).toHaveLength(1);
    expect(adv[0]).toMatchObject({ kind: "fetch", runsFirst: "go mod download", reinstalls: 4, avoided: 2, dockerfileCommits: 1 });
    expect(renderLayers([analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, history: 10 })], "stylish")).toContain(
      "running 'go mod download' before 'COPY . .' (line 3) would have avoided 2 of the 4 dependency downloads of line 4",
    );
  });

  it("no advice without --history, when manifests come first, when every reinstall changed a manifest, or for a stage not built", () => {
    const dir = repo(nodeApp, nodeHistory);
    expect(analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir }).file.advice).toBeUndefined();
    const good = repo({ ...nodeApp, Dockerfile: "FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n" }, nodeHistory);
    expect(analyzeLayers(path.join(good, "Dockerfile"), { cwd: good, history: 20 }).file.advice).toEqual([]);
    const manifestsOnly = repo(nodeApp, [{ "package.json": '{"v":1}\n' }, { "package-lock.json": '{"v":2}\n' }]);
    expect(analyzeLayers(path.join(manifestsOnly, "Dockerfile"), { cwd: manifestsOnly, history: 20 }).file.advice).toEqual([]);
    const twoStages = repo({ ...nodeApp, Dockerfile: NODE.replace("FROM node:22-alpine", "FROM node:22-alpine AS dev") + "FROM alpine:3.22 AS prod\nCOPY index.js /\n" }, nodeHistory);
    expect(analyzeLayers(path.join(twoStages, "Dockerfile"), { cwd: twoStages, history: 20 }).file.advice).toEqual([]);
    expect(analyzeLayers(path.join(twoStages, "Dockerfile"), { cwd: twoStages, history: 20, target: "dev" }).file.advice).toHaveLength(1);
  });

  it("the file name in the offered command is one shell word; terminal and Markdown output are escaped", () => {
    expect(shellWord("Dockerfile")).toBe("Dockerfile");
    expect(shellWord("apps/web/Dockerfile.prod")).toBe("apps/web/Dockerfile.prod");
    expect(shellWord("my app/Dockerfile")).toBe("'my app/Dockerfile'");
    expect(shellWord("x'; rm -rf ~; '")).toBe(`'x'\\''; rm -rf ~; '\\'''`);
    const { Dockerfile: _moved, ...rest } = nodeApp;
    const dir = repo({ ...rest, "we```ird\u001b[2J/Dockerfile": NODE }, nodeHistory);
    const a = analyzeLayers(path.join(dir, "we```ird\u001b[2J/Dockerfile"), { cwd: dir, context: dir, history: 20 });
    expect(a.file.advice![0]!.fixCommand).toBe("dflint --fix --fix-suggestions --fix-rule copy-manifests-first 'we```ird\u001b[2J/Dockerfile'");
    const text = renderLayers([a], "stylish");
    expect(text).not.toContain("\u001b");
    const md = renderLayers([a], "markdown");
    expect(md).not.toContain("\u001b");
    // The diff's header names the file: the fence stays longer than any backtick run in it.
    expect(md).toMatch(/\n````diff\n--- a\/we```ird/);
  });
});
