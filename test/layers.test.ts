// The layer estimator on real build contexts written to temporary folders.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeLayers, type JsonStep } from "../src/layers/report";
import { renderLayers } from "../src/layers/render";
import { sourceMatchesPath } from "../src/layers/impact";
import { isPerBuildArgName } from "../src/layers/estimate";
import { tmpdir } from "./helpers/cli";
import { commitFiles, git, initRepo } from "./helpers/git";

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function context(files: Record<string, string>): string {
  const dir = tmpdir(files, "dflint-layers-");
  made.push(dir);
  return dir;
}

/** `line:rebuild` for every step of the built stages (or all stages). */
function answers(dir: string, opts: Parameters<typeof analyzeLayers>[1] = {}, file = "Dockerfile"): Record<number, JsonStep["rebuild"]> {
  const a = analyzeLayers(path.join(dir, file), { cwd: dir, ...opts });
  const out: Record<number, JsonStep["rebuild"]> = {};
  for (const s of a.file.stages) for (const st of s.steps) out[st.line] = st.rebuild;
  return out;
}

function step(dir: string, line: number, opts: Parameters<typeof analyzeLayers>[1] = {}): JsonStep {
  const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, ...opts });
  for (const s of a.file.stages) for (const st of s.steps) if (st.line === line) return st;
  throw new Error(`no step at line ${line}`);
}

const FLASK = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER nobody\nCMD ["python", "app.py"]\n';
const flaskFiles = { Dockerfile: FLASK, "requirements.txt": "flask==3.0.0\n", "app.py": "print('hi')\n", "templates/index.html": "<p>hi</p>\n" };

describe("Flask layout, good order", () => {
  it("--changed app.py rebuilds only COPY . . and what follows", () => {
    const dir = context(flaskFiles);
    expect(answers(dir, { changed: ["app.py"] })).toEqual({ 1: false, 2: false, 3: false, 4: false, 5: true, 6: true, 7: true });
  });

  it("--changed requirements.txt rebuilds from the first COPY", () => {
    const dir = context(flaskFiles);
    expect(answers(dir, { changed: ["requirements.txt"] })).toEqual({ 1: false, 2: false, 3: true, 4: true, 5: true, 6: true, 7: true });
  });

  it("a change to nothing the build reads, or to an ignored file, rebuilds nothing", () => {
    const dir = context({ ...flaskFiles, ".dockerignore": "*.log\n", "debug.log": "x" });
    expect(Object.values(answers(dir, { changed: ["debug.log"] })).every((r) => r === false)).toBe(true);
    expect(Object.values(answers(dir, { changed: ["../elsewhere.txt"] })).every((r) => r === false)).toBe(true);
    expect(answers(dir, { changed: [] })[5]).toBe(false);
  });

  it("classifies inputs, volatility and layers", () => {
    const dir = context(flaskFiles);
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const steps = a.file.stages[0]!.steps;
    // WORKDIR /app creates a layer (a mkdir FileOp), as BuildKit shows it: "[2/5] WORKDIR /app".
    expect(steps.map((s) => s.createsLayer)).toEqual([false, true, true, true, true, false, false]);
    expect(steps.map((s) => s.volatility)).toEqual(["remote", "stable", "manifests", "stable", "source", "stable", "stable"]);
    expect(steps[2]!.inputs.files).toMatchObject({ sources: ["requirements.txt"], count: 1, bytes: 13 });
    expect(steps[4]!.inputs.files!.count).toBe(4); // Dockerfile, app.py, requirements.txt, templates/index.html
    expect(steps.every((s) => s.rebuild === undefined)).toBe(true);
    expect(a.facts.stages[0]!.steps[2]!.blast.steps).toBe(3);
    expect(a.facts.stages[0]!.steps[4]!.blast.steps).toBe(1);
  });

  it("a new file under a copied directory (not on disk) still counts", () => {
    const dir = context(flaskFiles);
    expect(answers(dir, { changed: ["templates/new.html"] })[5]).toBe(true);
    expect(answers(dir, { changed: ["templates/new.html"] })[3]).toBe(false);
  });
});

const NODE = `FROM node:20 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

FROM build AS test
COPY test/ ./test/
RUN npm test

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
`;
const nodeFiles = {
  Dockerfile: NODE,
  "package.json": "{}\n",
  "package-lock.json": "{}\n",
  "tsconfig.json": "{}\n",
  "src/index.ts": "export {}\n",
  "src/lib/util.ts": "export {}\n",
  "test/a.test.ts": "\n",
  "README.md": "# x\n",
  ".dockerignore": "node_modules\n",
};

describe("multi-stage Node build", () => {
  it("a source edit rebuilds the build stage and makes the runtime's COPY --from=build a maybe", () => {
    const dir = context(nodeFiles);
    expect(answers(dir, { changed: ["src/lib/util.ts"] })).toEqual({
      1: false, 2: false, 3: false, 4: false,
      6: false, 7: false, 8: true, 9: true,
      11: false, 12: false, 13: false, // test stage is not built for the runtime target
      15: false, 16: false, 17: false, 18: "maybe", 19: "maybe",
    });
  });

  it("a manifest edit rebuilds deps, everything FROM it, and both COPY --from", () => {
    const dir = context(nodeFiles);
    expect(answers(dir, { changed: ["package-lock.json"] })).toEqual({
      1: false, 2: false, 3: true, 4: true,
      6: true, 7: true, 8: true, 9: true,
      11: false, 12: false, 13: false,
      15: false, 16: false, 17: "maybe", 18: "maybe", 19: "maybe",
    });
  });

  it("with --target test, the test stage is built and the runtime is not", () => {
    const dir = context(nodeFiles);
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, target: "test", changed: ["test/a.test.ts"] });
    expect(a.file.target).toBe("test");
    expect(a.file.stages.map((s) => s.built)).toEqual([true, true, true, false]);
    const r = Object.fromEntries(a.file.stages.flatMap((s) => s.steps.map((st) => [st.line, st.rebuild])));
    expect(r).toMatchObject({ 8: false, 9: false, 11: false, 12: true, 13: true, 17: false, 18: false });
  });

  it("unselected files rebuild nothing", () => {
    const dir = context(nodeFiles);
    expect(Object.values(answers(dir, { changed: ["README.md", "docs/new.md"] })).every((r) => r === false)).toBe(true);
  });

  it("reports blast radius through FROM stages and COPY --from consumers", () => {
    const dir = context(nodeFiles);
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const copyManifests = a.facts.stages[0]!.steps[2]!;
    expect(copyManifests.blast.stages).toEqual(["build"]);
    expect(copyManifests.blast.maybeStages).toEqual(["runtime"]);
    expect(copyManifests.blast.steps).toBe(2 + 3);
    expect(a.file.stages[3]!.steps[2]!.inputs.stages).toEqual(["deps"]);
    expect(a.file.stages[2]!.built).toBe(false);
  });
});

const GO = `FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY cmd/ ./cmd/
COPY internal ./internal
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12@sha256:0000000000000000000000000000000000000000000000000000000000000000
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;
const goFiles = {
  Dockerfile: GO,
  "go.mod": "module x\n",
  "go.sum": "",
  "cmd/app/main.go": "package main\n",
  "internal/a/a.go": "package a\n",
  "internal/a/a_test.go": "package a\n",
  "docs/design.md": "x\n",
};

describe("multi-stage Go build", () => {
  it("directory copies: a file under internal/ rebuilds from COPY internal", () => {
    const dir = context(goFiles);
    expect(answers(dir, { changed: ["internal/a/a.go"] })).toEqual({ 1: false, 2: false, 3: false, 4: false, 5: false, 6: true, 7: true, 9: false, 10: "maybe", 11: "maybe" });
  });

  it("a new file in cmd/ rebuilds from COPY cmd/, docs change nothing", () => {
    const dir = context(goFiles);
    expect(answers(dir, { changed: ["cmd/tool/main.go"] })[5]).toBe(true);
    expect(Object.values(answers(dir, { changed: ["docs/design.md"] })).every((r) => r === false)).toBe(true);
  });

  it("go.sum rebuilds from the first COPY; mounts are listed with what counts", () => {
    const dir = context(goFiles);
    expect(answers(dir, { changed: ["go.sum"] })[3]).toBe(true);
    const run = step(dir, 4);
    expect(run.inputs.mounts).toEqual([{ type: "cache", target: "/root/go/pkg/mod", key: "definition" }]);
    expect(step(dir, 9).volatility).toBe("stable"); // pinned by digest
  });
});

describe("globs and .dockerignore exceptions", () => {
  const DF = "FROM alpine:3.20\nWORKDIR /w\nCOPY *.json ./\nRUN echo deps\nCOPY docs/ ./docs/\nCOPY . .\n";
  const files = {
    Dockerfile: DF,
    "a.json": "{}",
    "b.json": "{}",
    "nested/c.json": "{}",
    "docs/README.md": "keep",
    "docs/notes.md": "drop",
    "x.txt": "x",
    ".dockerignore": "**/*.md\n!docs/README.md\nnested\n",
  };

  it("a glob selects top-level matches only", () => {
    const dir = context(files);
    expect(answers(dir, { changed: ["b.json"] })[3]).toBe(true);
    expect(answers(dir, { changed: ["new.json"] })[3]).toBe(true);
    const nested = answers(dir, { changed: ["nested/c.json"] });
    expect(Object.values(nested).every((r) => r === false)).toBe(true); // nested/ is ignored
    expect(answers(dir, { changed: ["x.txt"] })).toEqual({ 1: false, 2: false, 3: false, 4: false, 5: false, 6: true });
  });

  it("an exception re-includes a file that a wider pattern ignores", () => {
    const dir = context(files);
    expect(answers(dir, { changed: ["docs/README.md"] })[5]).toBe(true);
    expect(Object.values(answers(dir, { changed: ["docs/notes.md"] })).every((r) => r === false)).toBe(true);
    expect(step(dir, 5).inputs.files!.count).toBe(1);
  });

  it("--exclude patterns leave a change alone", () => {
    const dir = context({ Dockerfile: "FROM alpine:3.20\nCOPY --exclude=*.md docs/ /d/\n", "docs/a.md": "x", "docs/b.txt": "x" });
    expect(answers(dir, { changed: ["docs/a.md"] })[2]).toBe(false);
    expect(answers(dir, { changed: ["docs/b.txt"] })[2]).toBe(true);
    expect(answers(dir, { changed: ["docs/new.md"] })[2]).toBe(false);
  });

  it("matches sources the way BuildKit does for paths not on disk", () => {
    expect(sourceMatchesPath("*.json", "a.json").matched).toBe(true);
    expect(sourceMatchesPath("*.json", "x/a.json").matched).toBe(false);
    expect(sourceMatchesPath("src", "src/a/b.ts").matched).toBe(true);
    expect(sourceMatchesPath("./src/", "srcx/a").matched).toBe(false);
    expect(sourceMatchesPath(".", "anything/at/all").matched).toBe(true);
  });
});

describe("volatility", () => {
  it("per-build args, remote ADD and stale apt-get update", () => {
    const dir = context({
      Dockerfile: [
        "FROM debian:12",
        "ARG GIT_SHA",
        "ARG NODE_VERSION=20",
        "RUN apt-get update",
        "RUN apt-get install -y curl",
        "ADD https://example.com/tool.tgz /tmp/",
        "ADD --checksum=sha256:abc https://example.com/tool2.tgz /tmp/",
        "ADD https://github.com/moby/buildkit.git#v0.12.0 /bk",
        "LABEL rev=$GIT_SHA",
      ].join("\n") + "\n",
    });
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    const v = Object.fromEntries(a.file.stages[0]!.steps.map((s) => [s.line, s.volatility]));
    expect(v).toMatchObject({ 1: "remote", 2: "per-build", 3: "stable", 4: "per-build", 5: "per-build", 6: "remote", 7: "stable", 8: "remote", 9: "stable" });
    const run4 = a.file.stages[0]!.steps[3]!;
    expect(run4.inputs.buildArgs).toEqual([{ name: "GIT_SHA", value: null, use: "implicit" }, { name: "NODE_VERSION", value: "20", use: "implicit" }]);
    expect(isPerBuildArgName("BUILD_DATE", true)).toBe(true);
    expect(isPerBuildArgName("PYTHON_VERSION", true)).toBe(false);
  });

  it("without per-build args: stale-prone update, remote ADD, pinned ADD", () => {
    const dir = context({
      Dockerfile: "FROM debian@sha256:1111111111111111111111111111111111111111111111111111111111111111\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\nADD https://example.com/t.tgz /tmp/\nADD --checksum=sha256:abc https://example.com/t2.tgz /tmp/\nADD https://github.com/a/b.git#0123456789abcdef0123456789abcdef01234567 /b\n",
    });
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir });
    expect(a.file.stages[0]!.steps.map((s) => s.volatility)).toEqual(["stable", "stale-prone", "stable", "remote", "stable", "stable"]);
    expect(a.file.stages[0]!.steps[3]!.inputs.urls).toEqual(["https://example.com/t.tgz"]);
  });
});

describe("Dockerfile edits", () => {
  const OLD = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n";

  function withPrevious(current: string, previous: string): Record<number, JsonStep["rebuild"]> {
    const dir = context({ Dockerfile: current, ".dockerignore": "Dockerfile\n", "requirements.txt": "x", "app.py": "x" });
    return answers(dir, { previousDockerfile: previous, changed: ["Dockerfile"] });
  }

  it("comment, LABEL, EXPOSE and CMD edits rebuild nothing", () => {
    const edited = "# a comment\nFROM python:3.12-slim\nWORKDIR /app\nLABEL org.opencontainers.image.title=x\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD [\"python\", \"-u\", \"app.py\"]\n";
    expect(Object.values(withPrevious(edited, OLD)).every((r) => r === false)).toBe(true);
  });

  it("a RUN edit rebuilds from that RUN", () => {
    const edited = OLD.replace("pip install", "pip install --no-cache-dir");
    expect(withPrevious(edited, OLD)).toMatchObject({ 3: false, 4: true, 5: true, 7: true });
  });

  it("an ENV added before a RUN rebuilds from the RUN, not before", () => {
    const edited = OLD.replace("COPY requirements.txt .\n", "COPY requirements.txt .\nENV PIP_NO_CACHE_DIR=1\n");
    expect(withPrevious(edited, OLD)).toMatchObject({ 3: false, 4: false, 5: true, 6: true });
  });

  it("re-indenting a RUN continuation is a change (BuildKit keeps the spacing)", () => {
    const a = "FROM alpine:3.20\nRUN echo a \\\n  && echo b\n";
    const b = "FROM alpine:3.20\nRUN echo a \\\n    && echo b\n";
    expect(withPrevious(b, a)[2]).toBe(true);
  });
});

describe("git: --since and --history", () => {
  it("--since REF takes committed and uncommitted changes", () => {
    const dir = context({ ...flaskFiles, ".dockerignore": ".git\n" });
    initRepo(dir);
    const base = git(dir, "rev-parse", "HEAD").trim();
    commitFiles(dir, { "templates/index.html": "<p>x</p>\n" }, "template");
    expect(answers(dir, { since: base })).toMatchObject({ 3: false, 5: true });
    expect(answers(dir, { since: "HEAD" })[5]).toBe(false);
    fs.writeFileSync(path.join(dir, "requirements.txt"), "flask==3.1.0\n");
    expect(answers(dir, { since: "HEAD" })).toMatchObject({ 3: true, 4: true });
    fs.writeFileSync(path.join(dir, "requirements.txt"), "flask==3.0.0\n");
    fs.writeFileSync(path.join(dir, "new.py"), "x\n"); // untracked
    expect(answers(dir, { since: "HEAD" })).toMatchObject({ 3: false, 5: true });
  });

  it("--since sees a Dockerfile edit and compares it step by step", () => {
    const dir = context({ ...flaskFiles, ".dockerignore": ".git\nDockerfile\n" });
    initRepo(dir);
    fs.writeFileSync(path.join(dir, "Dockerfile"), FLASK.replace("USER nobody", "USER app"));
    expect(Object.values(answers(dir, { since: "HEAD" })).every((r) => r === false)).toBe(true);
    fs.writeFileSync(path.join(dir, "Dockerfile"), FLASK.replace("--no-cache-dir ", ""));
    expect(answers(dir, { since: "HEAD" })).toMatchObject({ 3: false, 4: true, 5: true });
  });

  it("--history N counts per step in how many commits it rebuilt", () => {
    const dir = context({ ...flaskFiles, "README.md": "x", ".dockerignore": ".git\n*.md\n" });
    initRepo(dir); // 1: everything
    commitFiles(dir, { "app.py": "print(2)\n" }, "app"); // 2: COPY . .
    commitFiles(dir, { "README.md": "y" }, "docs"); // 3: nothing
    commitFiles(dir, { "requirements.txt": "flask==3.1\n" }, "deps"); // 4: from COPY requirements
    commitFiles(dir, { Dockerfile: FLASK.replace("USER nobody", "USER app") }, "user"); // 5: Dockerfile is a context file: COPY . .
    commitFiles(dir, { "templates/index.html": null }, "delete"); // 6: COPY . .
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, history: 10 });
    const counts = Object.fromEntries(a.file.stages[0]!.steps.map((s) => [s.line, s.rebuilds]));
    expect(a.history!.commits.length).toBe(6);
    // the initial commit builds everything
    expect(counts).toEqual({ 1: 1, 2: 1, 3: 2, 4: 2, 5: 5, 6: 5, 7: 5 });
    expect(a.file.stages[0]!.steps[0]!.commits).toBe(6);
    // rebuild reflects the newest commit
    expect(a.file.stages[0]!.steps[4]!.rebuild).toBe(true);
    expect(a.file.stages[0]!.steps[2]!.rebuild).toBe(false);
  });

  it("--history replays Dockerfile edits instruction by instruction", () => {
    const dir = context({ ...flaskFiles, ".dockerignore": ".git\nDockerfile\n" });
    initRepo(dir);
    commitFiles(dir, { Dockerfile: FLASK.replace("USER nobody", "USER app") }, "metadata-only");
    commitFiles(dir, { Dockerfile: FLASK.replace("USER nobody", "USER app").replace("--no-cache-dir ", "") }, "run edit");
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, history: 3 });
    const counts = Object.fromEntries(a.file.stages[0]!.steps.map((s) => [s.line, s.rebuilds]));
    // initial commit: everything new (FROM counts); metadata edit: nothing; RUN edit: from line 4
    expect(counts).toEqual({ 1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2, 7: 2 });
  });
});

describe("report summaries add up to their rows", () => {
  // Every fixture app, every context file changed alone, every target; keywords also in lower case
  // (a lower-case `from` row once went uncounted).
  const APPS = path.resolve(__dirname, "..", "fixtures", "apps");
  const rowMarks = (lines: string[], yes: RegExp, maybe: RegExp) => ({ rebuild: lines.filter((l) => yes.test(l)).length, maybe: lines.filter((l) => maybe.test(l)).length });

  for (const app of fs.readdirSync(APPS)) {
    for (const lower of [false, true]) {
      it(`${app}${lower ? " (lower-case keywords)" : ""}: Markdown's sentence and stylish's last line count the rows they mark`, () => {
        const dir = context({});
        fs.cpSync(path.join(APPS, app), dir, { recursive: true });
        const dfPath = path.join(dir, "Dockerfile");
        const text = fs.readFileSync(dfPath, "utf8");
        if (lower) fs.writeFileSync(dfPath, text.replace(/^(FROM|COPY|RUN)\b/gm, (k) => k.toLowerCase()));
        const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(dir, p)).isFile()).map((p) => p.split(path.sep).join("/"));
        const targets = [undefined, ...[...text.matchAll(/^FROM .* AS (\S+)$/gim)].map((m) => m[1]!)];
        let compared = 0;
        for (const target of targets) {
          for (const changed of files) {
            const a = analyzeLayers(dfPath, { cwd: dir, changed: [changed], target });
            const md = renderLayers([a], "markdown").split("\n");
            const rows = rowMarks(md, /^\| .*🔁 rebuild/, /^\| .*❔ maybe/);
            const said = /^This change rebuilds (?:nothing|(\d+) steps?(?: and maybe (\d+) more)?)/.exec(md.find((l) => l.startsWith("This change rebuilds"))!)!;
            expect({ rebuild: Number(said[1] ?? 0), maybe: Number(said[2] ?? 0) }, `${target ?? "last"} ${changed}`).toEqual(rows);
            const stylish = renderLayers([a], "stylish").split("\n");
            const marked = rowMarks(stylish.filter((l) => /^ +\d+  /.test(l)), / REBUILD /, / maybe  /);
            const last = stylish.find((l) => l.startsWith("first miss") || l.startsWith("nothing rebuilds"))!;
            const m = /(\d+) layer steps? rebuild(?:, (\d+) maybe)?/.exec(last);
            expect({ rebuild: Number(m?.[1] ?? 0), maybe: Number(m?.[2] ?? 0) }, `${target ?? "last"} ${changed}`).toEqual(marked);
            if (rows.rebuild) compared++;
          }
        }
        expect(compared).toBeGreaterThan(0);
      });
    }
  }

  it("a 'maybe' says what it hinges on: the rebuilt stage it copies from, or the line it follows", () => {
    const dir = path.join(APPS, "monorepo");
    const a = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir, changed: ["packages/api/index.js"] });
    const stylish = renderLayers([a], "stylish").split("\n");
    const row = (line: number) => stylish.find((l) => new RegExp(`^ +${line}  `).test(l))!;
    expect(row(15)).toMatch(/ maybe +2 steps +stage api rebuilt; cached if the copied files are identical$/);
    expect(row(16)).toMatch(/ maybe +1 step +only if line 15 re-runs$/);
    // the unnamed final stage is named as a stage where a miss may reach it
    expect(row(8)).toMatch(/REBUILD +2 steps; maybe stage 3 +packages\/api\/index\.js changed$/);
    const md = renderLayers([a], "markdown");
    expect(md).toContain("| 3 | 15 | `COPY --from=api /api.out /srv/api` | source | ❔ maybe | stage api rebuilt; cached if the copied files are identical |");
    expect(md).toContain("| 3 | 16 | `COPY --from=web /web.out /srv/web` | source | ❔ maybe | only if line 15 re-runs |");
  });
});
