// The build-context guard in `dflint layers`: what each shipped COPY/ADD bakes
// into the image, secret-looking and big files (named, never their contents),
// unused .dockerignore patterns; in stylish, JSON and Markdown, escaped.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeLayers } from "../src/layers/report";
import { renderLayers } from "../src/layers/render";
import { dflint, tmpdir } from "./helpers/cli";

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function context(files: Record<string, string>): string {
  const dir = tmpdir(files, "dflint-guard-");
  made.push(dir);
  return dir;
}

const SECRET_VALUE = "sk_live_DO_NOT_PRINT_0123456789";
const KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";

const DOCKERFILE = [
  "FROM alpine:3.22 AS build",
  "WORKDIR /src",
  "COPY . .",
  "RUN echo build > /out.txt",
  "FROM alpine:3.22",
  "WORKDIR /app",
  "COPY requirements.txt ./",
  "COPY config/ conf/",
  "COPY --from=build /out.txt /out.txt",
  "",
].join("\n");

function app(extra: Record<string, string> = {}): string {
  return context({
    Dockerfile: DOCKERFILE,
    "requirements.txt": "flask==3.0.0\n",
    "config/app.toml": "port = 8080\n",
    "config/.env": `STRIPE_KEY=${SECRET_VALUE}\n`,
    "config/id_ed25519": KEY,
    "config/.env.example": "STRIPE_KEY=\n",
    ".dockerignore": "*.log\n**/node_modules\n!keep.log\n",
    "debug.log": "x\n",
    ...extra,
  });
}

describe("dflint layers shows the build-context guard", () => {
  it("JSON lists each shipped COPY's files with their image paths, the secret-looking ones by kind, unused patterns", () => {
    const dir = app();
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const g = a.file.guard;
    // The build stage is not shipped: its COPY . . (which takes .env too) is not listed.
    expect(g.steps.map((s) => s.line)).toEqual([7, 8]);
    expect(g.steps[0]!.files).toEqual([{ path: "requirements.txt", dest: "/app/requirements.txt", size: 13 }]);
    expect(g.steps[1]!.files.map((f) => `${f.path} -> ${f.dest}`).sort()).toEqual([
      "config/.env -> /app/conf/.env",
      "config/.env.example -> /app/conf/.env.example",
      "config/app.toml -> /app/conf/app.toml",
      "config/id_ed25519 -> /app/conf/id_ed25519",
    ]);
    expect(g.steps[1]!.bytes).toBe(g.steps[1]!.files.reduce((n, f) => n + f.size, 0));
    expect(g.steps[1]!.secrets.map((s) => `${s.path}: ${s.kind}`).sort()).toEqual(["config/.env: environment file", "config/id_ed25519: private key"]);
    // **/node_modules and !keep.log match nothing in this context; *.log matches debug.log.
    expect(g.unusedPatterns.map((p) => `${p.line}:${p.negate ? "!" : ""}${p.pattern}`)).toEqual(["2:**/node_modules", "3:!keep.log"]);
    expect(g.ignoreFile).toBe(".dockerignore");
    const json = renderLayers([a], "json");
    expect(JSON.parse(json).files[0].guard.steps[1].secrets).toHaveLength(2);
    expect(json).not.toContain(SECRET_VALUE);
    expect(json).not.toContain("OPENSSH PRIVATE KEY");
  });

  it("the target decides what ships: building the build stage lists its COPY . .", () => {
    const dir = app();
    const g = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, target: "build" }).file.guard;
    expect(g.steps.map((s) => s.line)).toEqual([3]);
    expect(g.steps[0]!.files.map((f) => f.path)).toContain("config/.env");
    expect(g.steps[0]!.files.map((f) => f.path)).not.toContain("debug.log");
  });

  it("stylish and Markdown name the files and kinds, never the values, and say nothing when the context is clean", () => {
    const dir = app();
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const text = renderLayers([a], "stylish");
    expect(text).toContain("build context written into the image");
    expect(text).toMatch(/line 7 +COPY requirements\.txt \.\/ +1 file, 13 B: requirements\.txt → \/app\/requirements\.txt/);
    expect(text).toMatch(/line 8 +COPY config\/ conf\/ +4 files/);
    expect(text).toContain("secret-looking: config/.env (environment file), config/id_ed25519 (private key)");
    expect(text).toContain("patterns that match nothing in the context: **/node_modules (line 2), !keep.log (line 3)");
    const md = renderLayers([a], "markdown");
    expect(md).toContain("| 8 | `COPY config/ conf/` | 4 (");
    expect(md).toContain("`config/.env` (environment file), `config/id_ed25519` (private key)");
    expect(md).toContain("`!keep.log` (line 3)");
    for (const out of [text, md]) {
      expect(out).not.toContain(SECRET_VALUE);
      expect(out).not.toContain("OPENSSH");
    }
    const clean = context({ Dockerfile: "FROM alpine:3.22\nRUN echo hi\n" });
    const none = analyzeLayers(path.join(clean, "Dockerfile"), { cwd: clean });
    expect(renderLayers([none], "stylish")).not.toContain("build context written");
    expect(renderLayers([none], "markdown")).not.toContain("Build context written");
  });

  it("big files are reported with their size; .git below a copied folder counts as one entry", () => {
    const dir = app({ "config/model.bin": "", "config/.git/HEAD": "ref: refs/heads/main\n", "config/.git/config": "[remote]\n" });
    fs.truncateSync(path.join(dir, "config/model.bin"), 11 * 1024 * 1024);
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    expect(a.file.guard.steps[1]!.big.map((f) => f.path)).toEqual(["config/model.bin"]);
    const text = renderLayers([a], "stylish");
    expect(text).toContain("big (≥ 10 MB): config/model.bin (11 MB)");
    expect(text).toContain(".git (2 files: history and remotes)");
  });

  it("file names with control characters or Markdown are escaped", () => {
    const dir = context({
      Dockerfile: "FROM alpine:3.22\nCOPY . /app/\n",
      ".env.\u001b[31mred": "A=1\n",
      ".env.|x`y": "A=1\n",
      ".dockerignore": "Dockerfile\n.dockerignore\nnever\u001b[2Jthere\n",
    });
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const text = renderLayers([a], "stylish");
    expect(text).not.toContain("\u001b");
    expect(text).toContain(".env.\uFFFD[31mred (environment file)");
    const md = renderLayers([a], "markdown");
    expect(md).not.toContain("\u001b");
    // In a code span the pipe is escaped and the backtick replaced: the table row stays one row of five cells.
    const row = md.split("\n").find((l) => l.startsWith("| 2 |"))!;
    expect(row).toContain("`.env.\\|x'y`");
    expect(row.replace(/\\\|/g, "").split("|").length).toBe(7);
  });

  it("the CLI prints the section (spawned)", () => {
    const dir = app();
    const r = dflint(["layers", "Dockerfile"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("secret-looking: config/.env (environment file)");
    expect(r.stdout).not.toContain(SECRET_VALUE);
  });
});
