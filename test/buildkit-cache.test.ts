// `dflint layers` against a real BuildKit. Each scenario copies a fixture app
// (fixtures/apps: Flask, Node, Go multi-stage, monorepo), builds it, changes
// one thing (a file, the .dockerignore, the Dockerfile, a build arg, the
// target, the platform), builds again and compares, step by step, what
// BuildKit re-ran with what dflint predicts from the same change. "maybe"
// (a COPY --from a rebuilt stage: content cut-off) agrees with either answer;
// a step BuildKit does not show (an ONBUILD trigger identical in two child
// stages is one vertex, shown once) is not compared. Every other step must
// agree, except the steps VERSION_DIFFERENCES lists, and exactly those.
//
// Needs root, docker.io and busybox-static (Debian; .ci/tools installs them):
// the test starts its own dockerd (test/helpers/buildkit.ts) and skips, saying
// why, when it cannot. Proven version: the Engine and BuildKit that the daemon
// reports (printed below); semantics that differ in newer BuildKit are listed
// in VERSION_DIFFERENCES with the BuildKit source that shows it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDaemon, daemonUnavailable, type Daemon } from "./helpers/buildkit";
import { changedPaths, compare, predict, snapshot, type StepVerdict } from "./helpers/build-compare";

const APPS = path.resolve(__dirname, "..", "fixtures", "apps");
type App = "flask" | "node" | "go" | "monorepo";

interface Editor {
  write(rel: string, text: string): void;
  append(rel: string, text: string): void;
  rm(rel: string): void;
  chmod(rel: string, mode: number): void;
  /** Edit the Dockerfile text. */
  df(edit: (text: string) => string): void;
}

interface Build {
  args?: Record<string, string>;
  target?: string;
  platform?: string;
}

interface Scenario {
  app: App;
  name: string;
  edit?: (e: Editor) => void;
  before?: Build;
  after?: Build;
}

/** Replaces one exact piece of the Dockerfile (fails loudly when it is not there). */
function sub(from: string, to: string): (t: string) => string {
  return (t) => {
    if (!t.includes(from)) throw new Error(`scenario edit: '${from}' not in Dockerfile`);
    return t.replace(from, to);
  };
}

const SCENARIOS: Scenario[] = [
  // Flask: single stage, manifests first, COPY . . with the Dockerfile in the context.
  { app: "flask", name: "source edit", edit: (e) => e.append("app.py", "print('source edit')\n") },
  { app: "flask", name: "template edit", edit: (e) => e.append("templates/index.html", "<p>template edit</p>\n") },
  { app: "flask", name: "manifest edit", edit: (e) => e.append("requirements.txt", "requests==2.32.0\n") },
  { app: "flask", name: "new source file", edit: (e) => e.write("views.py", "# new source file\n") },
  { app: "flask", name: "file deleted", edit: (e) => e.rm("static/site.css") },
  { app: "flask", name: "mode change (chmod +x)", edit: (e) => e.chmod("app.py", 0o755) },
  { app: "flask", name: "ignored file edit (__pycache__)", edit: (e) => e.write("__pycache__/app.cpython-312.pyc", "ignored edit\n") },
  { app: "flask", name: "ignored .env edit", edit: (e) => e.write(".env", "SECRET_KEY=rotated\n") },
  { app: "flask", name: "new ignored file", edit: (e) => e.write("views.pyc", "bytecode\n") },
  { app: "flask", name: ".dockerignore edit", edit: (e) => e.append(".dockerignore", "README.md\n") },
  { app: "flask", name: "Dockerfile comment edit (Dockerfile is copied by COPY . .)", edit: (e) => e.df((t) => t + "# a comment\n") },
  { app: "flask", name: "LABEL added", edit: (e) => e.df(sub("EXPOSE 5000", 'LABEL org.opencontainers.image.title="flask"\nEXPOSE 5000')) },
  { app: "flask", name: "ENV value edit", edit: (e) => e.df(sub("PYTHONDONTWRITEBYTECODE=1", "PYTHONDONTWRITEBYTECODE=0")) },
  { app: "flask", name: "ENV reordered", edit: (e) => e.df(sub("ENV PYTHONDONTWRITEBYTECODE=1 \\\n    PIP_NO_CACHE_DIR=1", "ENV PIP_NO_CACHE_DIR=1 \\\n    PYTHONDONTWRITEBYTECODE=1")) },
  { app: "flask", name: "RUN re-indented continuation", edit: (e) => e.df(sub(" && echo installed", "    && echo installed")) },
  { app: "flask", name: "RUN comment line inside continuation", edit: (e) => e.df(sub(" && echo installed", "# explain\n && echo installed")) },
  { app: "flask", name: "exec-form RUN spacing", edit: (e) => e.df(sub('["sh", "-c", "ls -R . > /manifest.txt"]', '[ "sh" ,  "-c", "ls -R . > /manifest.txt" ]')) },
  { app: "flask", name: "last RUN edit", edit: (e) => e.df(sub('echo "$GIT_SHA" > /tmp/sha.txt', 'echo "$GIT_SHA" > /tmp/sha.txt && echo last-run-edit')) },
  { app: "flask", name: "WORKDIR trailing slash", edit: (e) => e.df(sub("WORKDIR /app\n", "WORKDIR /app/\n")) },
  { app: "flask", name: "WORKDIR changed", edit: (e) => e.df(sub("WORKDIR /app\n", "WORKDIR /srv/app\n")) },
  { app: "flask", name: "FROM spelled in full", edit: (e) => e.df(sub("FROM bb:local", "FROM docker.io/library/bb:local")) },
  { app: "flask", name: "build arg GIT_SHA changes", after: { args: { GIT_SHA: "4f2a9c1" } } },
  { app: "flask", name: "build arg GIT_SHA between two values", before: { args: { GIT_SHA: "aaaa111" } }, after: { args: { GIT_SHA: "bbbb222" } } },
  { app: "flask", name: "undeclared build arg", after: { args: { UNUSED_FLAG: "1" } } },
  { app: "flask", name: "proxy build arg (not declared)", after: { args: { HTTP_PROXY: "http://proxy.invalid:3128" } } },
  { app: "flask", name: "ARG moved to just before its RUN", edit: (e) => e.df((t) => sub("ARG GIT_SHA=dev\n", "")(t).replace('RUN echo "$GIT_SHA"', 'ARG GIT_SHA=dev\nRUN echo "$GIT_SHA"')) },
  { app: "flask", name: "CMD and EXPOSE edited", edit: (e) => e.df((t) => sub("EXPOSE 5000", "EXPOSE 8000")(t).replace('CMD ["sh", "app.py"]', 'CMD ["sh", "-c", "app.py"]')) },

  // Node: manifests first, --chmod, src/ only; the Dockerfile and .dockerignore are ignored; *.md with !README.md.
  { app: "node", name: "source edit under src/", edit: (e) => e.append("src/index.js", "// source edit\n") },
  { app: "node", name: "new file in src/lib", edit: (e) => e.write("src/lib/extra.js", "exports.y = 2;\n") },
  { app: "node", name: "package.json edit", edit: (e) => e.write("package.json", '{"name":"web","version":"1.0.1","dependencies":{"left-pad":"1.3.0"}}\n') },
  { app: "node", name: "lockfile edit", edit: (e) => e.append("package-lock.json", "\n") },
  { app: "node", name: "node_modules edit (ignored)", edit: (e) => e.append("node_modules/left-pad/index.js", "// patched\n") },
  { app: "node", name: "test/ edit (never copied)", edit: (e) => e.append("test/index.test.js", "// more tests\n") },
  { app: "node", name: "README.md edit (re-included by !README.md, not copied)", edit: (e) => e.append("README.md", "more\n") },
  { app: "node", name: "Dockerfile comment edit (Dockerfile ignored)", edit: (e) => e.df((t) => "# build the web app\n" + t) },
  { app: "node", name: ".dockerignore edit (ignores itself)", edit: (e) => e.append(".dockerignore", "coverage\n") },
  { app: "node", name: "--chmod=0755 written as 755", edit: (e) => e.df(sub("--chmod=0755", "--chmod=755")) },
  { app: "node", name: "--chmod mode changed", edit: (e) => e.df(sub("--chmod=0755", "--chmod=0700")) },
  { app: "node", name: "start script edit", edit: (e) => e.append("bin/start.sh", "# start script edit\n") },
  { app: "node", name: "start script mode change (overridden by --chmod)", edit: (e) => e.chmod("bin/start.sh", 0o700) },
  { app: "node", name: "build arg NODE_ENV changes", after: { args: { NODE_ENV: "development" } } },
  { app: "node", name: "exec-form RUN spacing", edit: (e) => e.df(sub('["sh", "-c", "ls -R src > /build.txt"]', '["sh","-c","ls -R src > /build.txt"]')) },
  { app: "node", name: "COPY --chown changed", edit: (e) => e.df(sub("--chown=${OWNER}", "--chown=nobody")) },
  // 1000:1000 is used by no other scenario: the daemon's cache is shared, so each change must be unique.
  { app: "node", name: "build arg in COPY --chown changes", after: { args: { OWNER: "1000:1000" } } },
  { app: "node", name: "USER moved before the last RUN", edit: (e) => e.df((t) => sub("USER app\n", "")(t).replace('RUN echo "$NODE_ENV"', 'USER app\nRUN echo "$NODE_ENV"')) },
  { app: "node", name: "SHELL added before an exec-form and a shell-form RUN", edit: (e) => e.df(sub('RUN ["sh", "-c"', 'SHELL ["/bin/sh", "-ec"]\nRUN ["sh", "-c"')) },
  { app: "node", name: "WORKDIR trailing slash", edit: (e) => e.df(sub("WORKDIR /usr/src/app\n", "WORKDIR /usr/src/app/\n")) },
  { app: "node", name: "FROM spelled in full", edit: (e) => e.df(sub("FROM bb:local", "FROM docker.io/library/bb:local")) },
  { app: "node", name: "stage named (one stage)", edit: (e) => e.df(sub("FROM bb:local", "FROM bb:local AS app")) },
  { app: "node", name: "ENV added before the last RUN", edit: (e) => e.df(sub('RUN echo "$NODE_ENV"', 'ENV PORT=3000\nRUN echo "$NODE_ENV"')) },
  { app: "node", name: "cache mount id renamed", edit: (e) => e.df(sub("id=npm,", "id=npm-v2,")) },
  { app: "node", name: "cache mount target changed", edit: (e) => e.df(sub("target=/root/.npm ", "target=/root/.npm-cache ")) },
  { app: "node", name: "USER changed (metadata after the last RUN)", edit: (e) => e.df(sub("USER app", "USER nobody")) },

  // Go: build stage on $BUILDPLATFORM, unreachable lint stage, scratch final stage.
  { app: "go", name: "main.go edit", edit: (e) => e.append("cmd/server/main.go", "// main.go edit\n") },
  { app: "go", name: "go.mod edit", edit: (e) => e.append("go.mod", "\nrequire example.com/dep v1.0.0\n") },
  { app: "go", name: "go.sum edit", edit: (e) => e.append("go.sum", "example.com/dep v1.0.0/go.mod h1:def=\n") },
  { app: "go", name: "README.md edit (ignored)", edit: (e) => e.append("README.md", "more\n") },
  { app: "go", name: "new file in internal/", edit: (e) => e.write("internal/store/cache.go", "package store\n// cache\n") },
  { app: "go", name: "unreachable stage edited", edit: (e) => e.df(sub("RUN ls /src > /lint.txt", "RUN ls -la /src > /lint.txt")) },
  { app: "go", name: "stage renamed (and its COPY --from)", edit: (e) => e.df((t) => sub("AS build\n", "AS builder\n")(t).replace("--from=build ", "--from=builder ")) },
  { app: "go", name: "build arg VERSION changes", after: { args: { VERSION: "1.2.3" } } },
  { app: "go", name: "platform change (linux/amd64 -> linux/arm64)", before: { platform: "linux/amd64" }, after: { platform: "linux/arm64" } },
  { app: "go", name: "target changed to the build stage", after: { target: "build" } },
  { app: "go", name: "target build: main.go edit", before: { target: "build" }, after: { target: "build" }, edit: (e) => e.append("cmd/server/main.go", "// target build edit\n") },
  { app: "go", name: "step added to the final stage", edit: (e) => e.df(sub('ENTRYPOINT ["/server"]', 'COPY --from=build /modcache.txt /modcache.txt\nENTRYPOINT ["/server"]')) },
  { app: "go", name: "LABEL on the scratch stage", edit: (e) => e.df(sub('ENTRYPOINT ["/server"]', 'LABEL version=dev\nENTRYPOINT ["/server"]')) },

  // Monorepo: ONBUILD trigger from an in-file stage, bind mount of the context, COPY --from two stages.
  { app: "monorepo", name: "api package edit", edit: (e) => e.append("packages/api/index.js", "// api edit\n") },
  { app: "monorepo", name: "web package edit (bind mount)", edit: (e) => e.append("packages/web/index.js", "// web edit\n") },
  { app: "monorepo", name: "shared package edit (ONBUILD COPY in both children)", edit: (e) => e.append("packages/shared/index.js", "// shared edit\n") },
  { app: "monorepo", name: "root package.json edit", edit: (e) => e.write("package.json", '{"private":true,"workspaces":["packages/*"],"v":2}\n') },
  { app: "monorepo", name: "docs edit (ignored)", edit: (e) => e.append("docs/guide.md", "more\n") },
  { app: "monorepo", name: "ignored log in a copied package", edit: (e) => e.append("packages/api/debug.log", "more\n") },
  { app: "monorepo", name: "ONBUILD trigger edited", edit: (e) => e.df(sub("ONBUILD COPY packages/shared", "ONBUILD COPY --chmod=0644 packages/shared")) },
  { app: "monorepo", name: "target api", after: { target: "api" } },
  { app: "monorepo", name: "target api: web package edit", before: { target: "api" }, after: { target: "api" }, edit: (e) => e.append("packages/web/index.js", "// web edit for api target\n") },
  { app: "monorepo", name: "web RUN edited", edit: (e) => e.df(sub("cat /mnt/web/* > /web.out", "cat /mnt/web/* > /web.out && echo web-edit")) },
];

/**
 * Where the BuildKit proven here (v0.8.3, Engine 20.10) differs from current
 * BuildKit, whose semantics dflint follows; each from BuildKit's source
 * (github.com/moby/buildkit). Keyed by scenario; `lines` are the steps where
 * v0.8 and dflint disagree.
 */
const VERSION_DIFFERENCES: Record<string, { lines: number[]; why: string }> = {
  "flask: WORKDIR trailing slash": {
    lines: [7],
    why:
      "v0.8 dispatchWorkdir sets the state's dir to the path as written (llb Dir('/app/')), so RUN's Cwd differs and RUNs re-run " +
      "(the mkdir and COPY destinations are cleaned and stay cached). Since dockerfile frontend 1.6.0 (commit 686a84b42, " +
      "system.NormalizeWorkdir in frontend/dockerfile/dockerfile2llb/convert.go) the path is cleaned: nothing re-runs.",
  },
  "node: WORKDIR trailing slash": {
    lines: [4, 5, 7, 8, 11],
    why: "as above: v0.8 keeps '/usr/src/app/' as RUN's Cwd; cleaned since dockerfile frontend 1.6.0.",
  },
  "node: cache mount id renamed": {
    lines: [4, 5, 7, 8, 11],
    why:
      "v0.8 hashes the whole ExecOp, cache-mount id included. Since BuildKit v0.13.0 (commit 584ec4008, checkShouldClearCacheOpts " +
      "in solver/llbsolver/ops/exec.go) a custom id/sharing is blanked before hashing: renaming the id keeps the step cached.",
  },
};

const made: string[] = [];
/** The daemons the builds run on; the first also answers whether the tests run at all. */
const daemons: Daemon[] = [];
let daemon: Daemon | null = null;
let skipReason = daemonUnavailable();
const results: { scenario: string; verdicts: StepVerdict[] }[] = [];

function copyApp(app: App): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dflint-bk-${app}-`));
  made.push(dir);
  fs.cpSync(path.join(APPS, app), dir, { recursive: true });
  // COPY . . copies the context root's mode onto its destination: keep it 755 as in a checkout.
  fs.chmodSync(dir, 0o755);
  return dir;
}

function editor(dir: string): Editor {
  const p = (rel: string) => path.join(dir, rel);
  return {
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(p(rel)), { recursive: true });
      fs.writeFileSync(p(rel), text);
    },
    append: (rel, text) => fs.appendFileSync(p(rel), text),
    rm: (rel) => fs.rmSync(p(rel)),
    chmod: (rel, mode) => fs.chmodSync(p(rel), mode),
    df: (edit) => fs.writeFileSync(p("Dockerfile"), edit(fs.readFileSync(p("Dockerfile"), "utf8"))),
  };
}

beforeAll(async () => {
  if (skipReason) return;
  const started = await Promise.all(LANES.map(() => startDaemon()));
  daemons.push(...started.filter((d): d is Daemon => typeof d !== "string"));
  if (!daemons.length) skipReason = started[0] as string;
  else {
    daemon = daemons[0]!;
    const one = started.find((d) => typeof d === "string");
    console.log(`buildkit-cache: proving against ${daemon.version} (${daemons.length} daemons${one ? `; another did not start: ${one}` : ""})`);
    scheduleBuilds();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  made.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  if (skipReason) console.warn(`buildkit-cache skipped: ${skipReason}`);
  if (!results.length) return;
  fs.mkdirSync(path.join(__dirname, "..", ".tmp"), { recursive: true });
  fs.writeFileSync(path.join(__dirname, "..", ".tmp", "buildkit-cache.json"), JSON.stringify(results, null, 1));
  const steps = results.flatMap((r) => r.verdicts);
  const maybe = steps.filter((s) => s.dflint === "maybe");
  const exact = steps.filter((s) => s.real !== null && s.dflint === s.real).length;
  console.log(
    `buildkit-cache: ${results.length} before/after builds, ${steps.length} steps compared, ` +
      `${steps.filter((s) => s.agree).length} agree: ${exact} exactly, ${maybe.length} 'maybe' (${maybe.filter((s) => s.real).length} re-ran, ${maybe.filter((s) => s.real === false).length} cached), ` +
      `${steps.filter((s) => s.real === null).length} not shown by BuildKit (deduplicated ONBUILD triggers); ` +
      `${steps.filter((s) => !s.agree).length} differ, all documented version differences`,
  );
}, 120_000);

// Builds run ahead of the tests, on two daemons at once (waiting for dockerd is most of this file's
// time). Apps that share a daemon build one after another, scenarios in the order listed, so each
// build finds in the daemon's cache what it found with one daemon. Two daemons, not two builds on
// one: concurrent builds of the same step (every app starts FROM bb:local) are one vertex, shown
// in one build's log only.
const LANES: App[][] = [["flask", "go"], ["node", "monorepo"]];
type Builds = Awaited<ReturnType<typeof runScenario>>;
const scheduled = new Map<Scenario, Promise<Builds>>();

async function runScenario(d: Daemon, sc: Scenario) {
  const dir = copyApp(sc.app);
  const before = sc.before ?? {};
  const after = sc.after ?? before;
  const first = await d.build(dir, { buildArgs: before.args, target: before.target, platform: before.platform });
  const snap = snapshot(dir);
  const oldDockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  sc.edit?.(editor(dir));
  const second = await d.build(dir, { buildArgs: after.args, target: after.target, platform: after.platform });
  return { dir, before, after, first, second, snap, oldDockerfile };
}

/** Chains each lane's scenarios on its daemon (all on the first when only one started). */
function scheduleBuilds(): void {
  LANES.forEach((apps, i) => {
    const d = daemons[i] ?? daemons[0]!;
    let tail: Promise<unknown> = daemons[i] ? Promise.resolve() : ([...scheduled.values()].at(-1) ?? Promise.resolve());
    for (const sc of SCENARIOS.filter((x) => apps.includes(x.app))) {
      // The next build waits for the one before it, whether that succeeded or not.
      const run = tail.catch(() => {}).then(() => runScenario(d, sc));
      run.catch(() => {}); // reported by the test that awaits it
      scheduled.set(sc, run);
      tail = run;
    }
  });
}

describe("dflint layers agrees with a real BuildKit, step by step", () => {
  for (const sc of SCENARIOS) {
    it(`${sc.app}: ${sc.name}`, { timeout: 120_000 }, async (ctx) => {
      if (!daemon) return ctx.skip();
      const { dir, before, after, first, second, snap, oldDockerfile } = await scheduled.get(sc)!;
      expect(first.ok, first.log).toBe(true);
      if (process.env.DFLINT_BK_DEBUG) console.log(second.log);
      expect(second.ok, second.log).toBe(true);
      const newDockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
      const argsChanged = JSON.stringify(before.args ?? {}) !== JSON.stringify(after.args ?? {});
      const analysis = predict({
        dir,
        changed: changedPaths(snap, snapshot(dir)).filter((p) => p !== "Dockerfile"),
        previousDockerfile: newDockerfile === oldDockerfile ? null : oldDockerfile,
        buildArgs: after.args ?? {},
        compareBuildArgs: argsChanged ? compareArgs(before.args ?? {}, after.args ?? {}) : undefined,
        target: after.target,
        platform: after.platform,
        comparePlatform: before.platform,
      });
      const verdicts = compare(analysis, second.vertices);
      results.push({ scenario: `${sc.app}: ${sc.name}`, verdicts });
      const wrong = verdicts.filter((v) => !v.agree).map((v) => `line ${v.line} ${v.text}: BuildKit ${v.real ? "re-ran" : "cached"}, dflint ${v.dflint} (${v.reason})`);
      // A documented version difference must show up exactly as documented.
      const documented = VERSION_DIFFERENCES[`${sc.app}: ${sc.name}`];
      expect(verdicts.filter((v) => !v.agree).map((v) => v.line)).toEqual(documented?.lines ?? []);
      if (!documented) expect(wrong).toEqual([]);
      expect(verdicts.length).toBeGreaterThan(0);
      // "maybe" is only ever a COPY --from a rebuilt stage (or a step after one), and says which stage it hinges on.
      for (const v of verdicts.filter((x) => x.dflint === "maybe")) {
        const m = /^(follows line (\d+): )?stage (\S+) is rebuilt; hits if the copied files come out identical$/.exec(v.reason);
        expect(m, `line ${v.line}: ${v.reason}`).not.toBeNull();
        if (m![2]) expect(verdicts.find((x) => x.line === Number(m![2]))?.dflint).toBe("maybe");
        else expect(v.text).toMatch(new RegExp(`^COPY --from=${m![3]} `));
      }
      // Only the FROM step of a stage whose ONBUILD triggers BuildKit shows once, under another stage, goes unseen.
      for (const v of verdicts.filter((x) => x.real === null)) expect(v.text).toMatch(/^FROM \S+ AS /);
    });
  }

  it("the matrix is complete: every difference is a documented version difference, and every documented one showed up", (ctx) => {
    const names = SCENARIOS.map((sc) => `${sc.app}: ${sc.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const key of Object.keys(VERSION_DIFFERENCES)) expect(names).toContain(key);
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(60);
    if (!daemon) return ctx.skip();
    expect(results.map((r) => r.scenario)).toEqual(names);
    const differing = results.flatMap((r) => r.verdicts.filter((v) => !v.agree).map((v) => `${r.scenario} @${v.line}`));
    const documented = Object.entries(VERSION_DIFFERENCES).flatMap(([k, d]) => d.lines.map((l) => `${k} @${l}`));
    expect(differing.sort()).toEqual(documented.sort());
  });
});

/** The previous build's values for every arg that differs (an arg the new build drops falls back to its default). */
function compareArgs(before: Record<string, string>, after: Record<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = { ...before };
  for (const k of Object.keys(after)) if (!(k in before)) out[k] = null;
  return out;
}
