// Adversarial audit of `dflint layers --changed ... --format json` through the
// built binary (run `npm run bundle` first; `npm test` does). Each case builds a
// real context on disk (real files, real .dockerignore) and checks every step's
// `rebuild` and every stage's `built` against what BuildKit does
// (shared/reference/cache-semantics.md):
// - a COPY/ADD (or RUN bind mount of the context) misses when a file it selects
//   (after .dockerignore, globs, --exclude) changed; the stage is linear, so every
//   later step of the stage follows, metadata steps included;
// - `FROM <stage>` continues the parent's chain: the child follows the parent;
// - `COPY --from=<stage>` / `--mount from=<stage>` are content-based: "maybe";
//   `COPY --from=<image>` does not see the context at all;
// - stages the target does not need are not built and rebuild nothing;
// - the Dockerfile is an ordinary context file: only a COPY that selects it
//   (e.g. `COPY . .` without it in .dockerignore) is invalidated by it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tmpdir } from "./helpers/cli";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "dflint.js");
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

type Rebuild = boolean | "maybe";
interface Step { line: number; instruction: string; rebuild: Rebuild; reason: string }
interface Stage { index: number; name: string | null; built: boolean; steps: Step[] }

function context(files: Record<string, string>): string {
  const dir = tmpdir(files, "dflint-audit-");
  made.push(dir);
  return dir;
}

function layers(dir: string, changed: string[], target?: string): Stage[] {
  const args = ["layers", "--format", "json"];
  for (const c of changed) args.push("--changed", c);
  if (target) args.push("--target", target);
  args.push("Dockerfile");
  const e: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete e.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: e });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).files[0].stages;
}

/** `rebuild` of every step, per stage: [[...], [...]]. */
function answers(stages: Stage[]): Rebuild[][] {
  return stages.map((s) => s.steps.map((st) => st.rebuild));
}

function built(stages: Stage[]): boolean[] {
  return stages.map((s) => s.built);
}

const F = false;
const T = true;
const M = "maybe" as const;

describe("layers audit: Flask, good order", () => {
  const df = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 5000\nUSER nobody\nCMD ["python", "app.py"]\n';
  const files = { Dockerfile: df, "requirements.txt": "flask\n", "app.py": "print(1)\n", ".dockerignore": ".git\n__pycache__\n*.pyc\n" };

  it("app.py: only COPY . . and what follows", () => {
    expect(answers(layers(context(files), ["app.py"]))).toEqual([[F, F, F, F, T, T, T, T]]);
  });
  it("requirements.txt: from COPY requirements.txt on", () => {
    expect(answers(layers(context(files), ["requirements.txt"]))).toEqual([[F, F, T, T, T, T, T, T]]);
  });
  it("a new file that COPY . . will pick up rebuilds from COPY . .", () => {
    expect(answers(layers(context(files), ["new_module.py"]))).toEqual([[F, F, F, F, T, T, T, T]]);
  });
  it("(2) a .dockerignore'd path rebuilds nothing (existing, new, under an ignored dir)", () => {
    const dir = context({ ...files, "x.pyc": "b", "__pycache__/app.cpython-312.pyc": "b" });
    for (const c of ["x.pyc", "__pycache__/app.cpython-312.pyc", "__pycache__/new.pyc", ".git/HEAD"]) {
      expect(answers(layers(dir, [c])), c).toEqual([[F, F, F, F, F, F, F, F]]);
    }
    // `*.pyc` only matches at the root: sub/x.pyc is sent and selected by COPY . .
    expect(answers(layers(dir, ["sub/x.pyc"]))).toEqual([[F, F, F, F, T, T, T, T]]);
  });
});

describe("layers audit: selection", () => {
  it("(3) a file no COPY selects rebuilds nothing", () => {
    const dir = context({
      Dockerfile: "FROM python:3.12\nWORKDIR /app\nCOPY src/ ./src/\nRUN python -m compileall src\n",
      "README.md": "r\n",
      "src/app.py": "a\n",
    });
    expect(answers(layers(dir, ["README.md"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["docs/new.md"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["src/app.py"]))).toEqual([[F, F, T, T]]);
    expect(answers(layers(dir, ["./src/app.py"]))).toEqual([[F, F, T, T]]);
  });

  it("(4) COPY *.json ./: package.json and tsconfig.json rebuild, a.txt and nested json do not", () => {
    const dir = context({
      Dockerfile: "FROM node:20\nWORKDIR /app\nCOPY *.json ./\nRUN npm ci\nCOPY src ./src\nRUN npm run build\n",
      "package.json": "{}",
      "tsconfig.json": "{}",
      "a.txt": "a",
      "src/index.ts": "x",
      "config/app.json": "{}",
    });
    expect(answers(layers(dir, ["package.json"]))).toEqual([[F, F, T, T, T, T]]);
    expect(answers(layers(dir, ["tsconfig.json"]))).toEqual([[F, F, T, T, T, T]]);
    expect(answers(layers(dir, ["a.txt"]))).toEqual([[F, F, F, F, F, F]]);
    // `*` does not cross `/`: config/app.json is not selected by *.json
    expect(answers(layers(dir, ["config/app.json"]))).toEqual([[F, F, F, F, F, F]]);
    // a new root json starts matching the glob: miss
    expect(answers(layers(dir, ["new.json"]))).toEqual([[F, F, T, T, T, T]]);
  });

  it("(5) directory source: a deep file, a new file and the directory itself", () => {
    const dir = context({
      Dockerfile: "FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY src /app/src\nRUN npm run build\n",
      "package.json": "{}",
      "src/deep/x.ts": "x",
      "srcx/y.ts": "y",
    });
    expect(answers(layers(dir, ["src/deep/x.ts"]))).toEqual([[F, F, F, F, T, T]]);
    expect(answers(layers(dir, ["src/deep/new.ts"]))).toEqual([[F, F, F, F, T, T]]);
    expect(answers(layers(dir, ["src"]))).toEqual([[F, F, F, F, T, T]]);
    // a sibling sharing the prefix is not under src/
    expect(answers(layers(dir, ["srcx/y.ts"]))).toEqual([[F, F, F, F, F, F]]);
  });

  it("(6) .dockerignore `!` exception: docs/keep.md rebuilds, docs/other.md does not", () => {
    const dir = context({
      Dockerfile: "FROM nginx:1.27\nWORKDIR /site\nCOPY . .\nRUN ls\n",
      ".dockerignore": "docs\n!docs/keep.md\n",
      "docs/keep.md": "k",
      "docs/other.md": "o",
      "index.html": "i",
    });
    expect(answers(layers(dir, ["docs/keep.md"]))).toEqual([[F, F, T, T]]);
    expect(answers(layers(dir, ["docs/other.md"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["docs/brand-new.md"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["docs/other.md", "index.html"]))).toEqual([[F, F, T, T]]);
  });

  it("(11) ADD . /app and COPY --exclude=*.md . .: a root .md change only reaches ADD", () => {
    const dir = context({
      Dockerfile: "FROM python:3.12\nWORKDIR /app\nCOPY --exclude=*.md . .\nRUN echo one\nADD . /all\nRUN echo two\n",
      "README.md": "r",
      "app.py": "a",
      "docs/guide.md": "g",
    });
    expect(answers(layers(dir, ["README.md"]))).toEqual([[F, F, F, F, T, T]]);
    expect(answers(layers(dir, ["CHANGELOG.md"]))).toEqual([[F, F, F, F, T, T]]);
    expect(answers(layers(dir, ["app.py"]))).toEqual([[F, F, T, T, T, T]]);
    // --exclude patterns are matched like .dockerignore: `*.md` is root-level only
    expect(answers(layers(dir, ["docs/guide.md"]))).toEqual([[F, F, T, T, T, T]]);
  });

  it("(11b) COPY --exclude alone: excluded changes are neutral", () => {
    const dir = context({
      Dockerfile: "FROM python:3.12\nWORKDIR /app\nCOPY --exclude=*.md --exclude=tests . .\nRUN echo one\n",
      "README.md": "r",
      "app.py": "a",
      "tests/test_a.py": "t",
    });
    expect(answers(layers(dir, ["README.md"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["tests/test_a.py"]))).toEqual([[F, F, F, F]]);
    expect(answers(layers(dir, ["app.py"]))).toEqual([[F, F, T, T]]);
  });

  it("(12) --changed Dockerfile: COPY . . selects it unless ignored; COPY src/ does not", () => {
    const wide = context({ Dockerfile: "FROM python:3.12\nWORKDIR /app\nRUN echo x\nCOPY . .\nCMD [\"python\"]\n", "app.py": "a" });
    expect(answers(layers(wide, ["Dockerfile"]))).toEqual([[F, F, F, T, T]]);
    expect(answers(layers(wide, [".dockerignore"]))).toEqual([[F, F, F, T, T]]);
    const ignored = context({
      Dockerfile: "FROM python:3.12\nWORKDIR /app\nRUN echo x\nCOPY . .\nCMD [\"python\"]\n",
      ".dockerignore": "Dockerfile\n.dockerignore\n",
      "app.py": "a",
    });
    expect(answers(layers(ignored, ["Dockerfile"]))).toEqual([[F, F, F, F, F]]);
    expect(answers(layers(ignored, [".dockerignore"]))).toEqual([[F, F, F, F, F]]);
    const narrow = context({ Dockerfile: "FROM python:3.12\nWORKDIR /app\nCOPY src/ ./src/\nRUN echo\n", "src/app.py": "a" });
    expect(answers(layers(narrow, ["Dockerfile"]))).toEqual([[F, F, F, F]]);
  });
});

describe("layers audit: multi-stage", () => {
  const df = [
    "FROM node:20 AS deps", //          0
    "WORKDIR /app",
    "COPY package.json package-lock.json ./",
    "RUN npm ci",
    "",
    "FROM deps AS build", //            1
    "COPY src ./src",
    "RUN npm run build",
    "",
    "FROM node:20 AS docs", //          2 (not needed by the final stage)
    "COPY README.md /docs/",
    "RUN echo docs",
    "",
    "FROM nginx:1.27", //               3
    "RUN echo setup",
    "COPY nginx.conf /etc/nginx/nginx.conf",
    "COPY --from=build /app/dist /usr/share/nginx/html",
    "COPY --from=alpine:3.20 /etc/os-release /os-release",
    "ENV MODE=prod",
    "LABEL org.opencontainers.image.title=site",
    "EXPOSE 80",
    'CMD ["nginx", "-g", "daemon off;"]',
    "",
  ].join("\n");
  const files = {
    Dockerfile: df,
    "package.json": "{}",
    "package-lock.json": "{}",
    "src/main.ts": "m",
    "README.md": "r",
    "nginx.conf": "n",
    ".dockerignore": "node_modules\n",
  };

  it("(7) package.json: deps from the COPY, build fully, final maybe from COPY --from on", () => {
    const s = layers(context(files), ["package.json"]);
    expect(built(s)).toEqual([T, T, F, T]);
    expect(answers(s)).toEqual([
      [F, F, T, T],
      [T, T, T],
      [F, F, F],
      [F, F, F, M, M, M, M, M, M],
    ]);
  });

  it("(7) src change: build from its COPY, final maybe from COPY --from", () => {
    expect(answers(layers(context(files), ["src/main.ts"]))).toEqual([
      [F, F, F, F],
      [F, T, T],
      [F, F, F],
      [F, F, F, M, M, M, M, M, M],
    ]);
  });

  it("(7)+(10) own context change in the final stage beats maybe; metadata steps follow", () => {
    expect(answers(layers(context(files), ["nginx.conf"]))).toEqual([
      [F, F, F, F],
      [F, F, F],
      [F, F, F],
      [F, F, T, T, T, T, T, T, T],
    ]);
    expect(answers(layers(context(files), ["src/main.ts", "nginx.conf"]))[3]).toEqual([F, F, T, T, T, T, T, T, T]);
  });

  it("(8) a change only the unbuilt stage selects rebuilds nothing", () => {
    const s = layers(context(files), ["README.md"]);
    expect(built(s)).toEqual([T, T, F, T]);
    expect(answers(s)).toEqual([
      [F, F, F, F],
      [F, F, F],
      [F, F, F],
      [F, F, F, F, F, F, F, F, F],
    ]);
  });

  it("(8) --target build: docs and the final stage are not built", () => {
    const s = layers(context(files), ["package.json", "README.md", "nginx.conf"], "build");
    expect(built(s)).toEqual([T, T, F, F]);
    expect(answers(s)).toEqual([
      [F, F, T, T],
      [T, T, T],
      [F, F, F],
      [F, F, F, F, F, F, F, F, F],
    ]);
  });

  it("(8) --target docs builds only docs", () => {
    const s = layers(context(files), ["README.md", "package.json"], "docs");
    expect(built(s)).toEqual([F, F, T, F]);
    expect(answers(s)).toEqual([
      [F, F, F, F],
      [F, F, F],
      [F, T, T],
      [F, F, F, F, F, F, F, F, F],
    ]);
  });

  it("(9) COPY --from=<external image> ignores context changes; ignored paths rebuild nothing", () => {
    const dir = context({
      Dockerfile: "FROM alpine:3.20\nRUN echo a\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\nCOPY --from=golang:1.22 /usr/local/go /usr/local/go\nRUN echo b\n",
      "bin/busybox": "local file with the same path",
      "usr/local/go/VERSION": "x",
    });
    expect(answers(layers(dir, ["bin/busybox"]))).toEqual([[F, F, F, F, F]]);
    expect(answers(layers(dir, ["usr/local/go/VERSION"]))).toEqual([[F, F, F, F, F]]);
    const ms = context(files);
    expect(answers(layers(ms, ["node_modules/x/index.js"]))).toEqual([[F, F, F, F], [F, F, F], [F, F, F], [F, F, F, F, F, F, F, F, F]]);
  });

  it("COPY --from a stage defined later in the file (BuildKit resolves it to that stage)", () => {
    const dir = context({
      Dockerfile: [
        "FROM alpine:3.20 AS runtime",
        "RUN echo setup",
        "COPY --from=builder /out/app /app",
        "RUN echo after",
        "",
        "FROM golang:1.22 AS builder",
        "COPY main.go /src/",
        "RUN go build -o /out/app /src/main.go",
        "",
        "FROM runtime",
        'CMD ["/app"]',
        "",
      ].join("\n"),
      "main.go": "package main",
    });
    const s = layers(dir, ["main.go"]);
    expect(built(s)).toEqual([T, T, T]);
    expect(answers(s)).toEqual([
      [F, F, M, M],
      [F, T, T],
      [M, M],
    ]);
  });

  it("maybe propagates through FROM and COPY --from chains; RUN --mount from= is maybe; context bind mounts are true", () => {
    const dir = context({
      Dockerfile: [
        "FROM alpine:3.20 AS gen", //                0
        "COPY a.txt /out/a",
        "RUN echo gen",
        "",
        "FROM gen AS child", //                      1
        "RUN echo child",
        "",
        "FROM alpine:3.20 AS consumer", //           2
        "COPY b.txt /b",
        "COPY --from=0 /out /o",
        "RUN --mount=type=bind,from=child,target=/m echo m",
        "RUN --mount=type=bind,source=c.txt,target=/c cat /c",
        "",
        "FROM consumer AS tail", //                  3
        "RUN echo tail",
        "",
        "FROM alpine:3.20", //                       4
        "RUN echo last",
        "COPY --from=TAIL /b /b",
        "",
      ].join("\n"),
      "a.txt": "a",
      "b.txt": "b",
      "c.txt": "c",
    });
    expect(answers(layers(dir, ["a.txt"]))).toEqual([
      [F, T, T],
      [T, T],
      [F, F, M, M, M],
      [M, M],
      [F, F, M],
    ]);
    expect(answers(layers(dir, ["c.txt"]))).toEqual([
      [F, F, F],
      [F, F],
      [F, F, F, F, T],
      [T, T],
      [F, F, M],
    ]);
    expect(answers(layers(dir, ["b.txt"]))).toEqual([
      [F, F, F],
      [F, F],
      [F, T, T, T, T],
      [T, T],
      [F, F, M],
    ]);
  });

  it("RUN --mount=type=cache,from=<stage> reads that stage's content: maybe", () => {
    const dir = context({
      Dockerfile: "FROM alpine:3.20 AS seed\nCOPY a.txt /cache/a\n\nFROM alpine:3.20\nRUN echo x\nRUN --mount=type=cache,from=seed,source=/cache,target=/c ls /c\nRUN echo y\n",
      "a.txt": "a",
    });
    expect(answers(layers(dir, ["a.txt"]))).toEqual([
      [F, T],
      [F, F, M, M],
    ]);
  });

  it("ONBUILD COPY in a parent stage runs at the start of the child stage", () => {
    const dir = context({
      Dockerfile: "FROM alpine:3.20 AS base\nONBUILD COPY a.txt /a\nRUN echo base\n\nFROM base\nRUN echo child\n",
      "a.txt": "a",
      "b.txt": "b",
    });
    // The trigger does not run in `base` itself; it runs right after `FROM base`.
    expect(answers(layers(dir, ["a.txt"]))).toEqual([
      [F, F, F],
      [T, T],
    ]);
    expect(answers(layers(dir, ["b.txt"]))).toEqual([
      [F, F, F],
      [F, F],
    ]);
  });
});
