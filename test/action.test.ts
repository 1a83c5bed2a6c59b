// Runs the committed GitHub Action bundle (dist/action.mjs) the way the runner does: `node` on the
// file, inputs in INPUT_* variables, the GITHUB_* environment of a pull_request event, inside a real
// git repository with a base and a head commit. Also checks that the committed bundles are what a
// fresh build of the committed sources produces (GitHub runs dist/ as committed).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const actionBundle = path.join(root, "dist", "action.mjs");

function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: cwd } }).trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

const BASE_DOCKERFILE = 'FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "app.js"]\n';
// Head: line 1 (unpinned FROM) and line 3 (COPY before install) keep their old problems;
// line 6 (shell-form CMD) is new.
const HEAD_DOCKERFILE = "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN echo built\nCMD node app.js\n";

interface Repo {
  dir: string;
  base: string;
  head: string;
}

/** A repository with a base commit on main and a pull-request head commit on a branch. */
function makeRepo(): Repo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-action-"));
  sh(dir, "init", "-q", "-b", "main");
  sh(dir, "config", "user.email", "test@example.com");
  sh(dir, "config", "user.name", "test");
  sh(dir, "config", "commit.gpgsign", "false");
  write(dir, {
    Dockerfile: BASE_DOCKERFILE,
    "package.json": "{}\n",
    "legacy/Dockerfile": "FROM ubuntu\nCMD bash\n", // problems, never touched by the PR
  });
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "base");
  const base = sh(dir, "rev-parse", "HEAD");
  sh(dir, "checkout", "-q", "-b", "feature");
  write(dir, {
    Dockerfile: HEAD_DOCKERFILE,
    "svc/api.Dockerfile": "FROM ubuntu\nRUN apt-get update && apt-get install curl\n",
    "src/app.js": "console.log(1)\n",
  });
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "head");
  const head = sh(dir, "rev-parse", "HEAD");
  return { dir, base, head };
}

function runAction(repo: Repo, inputs: Record<string, string>, opts: { originRef?: boolean; event?: string } = {}) {
  const runner = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-runner-"));
  const eventPath = path.join(runner, "event.json");
  fs.writeFileSync(
    eventPath,
    JSON.stringify({
      action: "synchronize",
      number: 7,
      pull_request: { number: 7, base: { sha: repo.base, ref: "main" }, head: { sha: repo.head, ref: "feature" } },
    }),
  );
  if (opts.originRef) sh(repo.dir, "update-ref", "refs/remotes/origin/main", repo.base);
  const summary = path.join(runner, "step_summary");
  const output = path.join(runner, "output");
  fs.writeFileSync(summary, "");
  fs.writeFileSync(output, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: runner,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: opts.event ?? "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_BASE_REF: "main",
    GITHUB_HEAD_REF: "feature",
    GITHUB_REF: "refs/pull/7/merge",
    GITHUB_SHA: repo.head,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runner,
  };
  // The runner passes every input declared in action.yml, defaults included, uppercased with dashes kept.
  const defaults: Record<string, string> = { annotations: "true", summary: "true", layers: "true", "fail-level": "", "sarif-file": "", config: "", "only-changed": "", "working-directory": "." };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  // The working directory of a step is the workspace.
  const r = spawnSync(process.execPath, [actionBundle], { cwd: repo.dir, env, encoding: "utf8" });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: fs.readFileSync(summary, "utf8"),
    outputs: parseOutputs(fs.readFileSync(output, "utf8")),
  };
}

/** Parses `name<<DELIM\nvalue\nDELIM` blocks (and `name=value` lines) of a GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join("\n");
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

const haveGit = spawnSync("git", ["--version"]).status === 0;

describe.skipIf(!haveGit)("GitHub Action (dist/action.mjs) on a pull_request event", () => {
  it("annotates problems on the PR's changed lines, writes the summary and outputs, and fails at fail-level", () => {
    const repo = makeRepo();
    const r = runAction(repo, { "fail-level": "warning", "sarif-file": "reports/dflint.sarif" }, { originRef: true });
    expect(r.stderr).not.toMatch(/unexpected error/);
    const lines = r.stdout.split("\n").filter(Boolean);
    const commands = lines.filter((l) => l.startsWith("::"));
    // Every other line is plain log text that cannot be taken for a command.
    for (const l of lines) expect(l.startsWith("::") || l.startsWith("dflint: ")).toBe(true);
    expect(r.stdout).toContain(`merge base with origin/main`);
    // The new shell-form CMD (line 6) is annotated; the old problems on lines 1 and 3 are not.
    expect(commands).toContainEqual(expect.stringMatching(/^::warning file=Dockerfile,line=6,endLine=6,col=1,endColumn=\d+,title=dflint cmd-exec-form::CMD in shell form/));
    expect(commands.some((c) => /file=Dockerfile,line=1,/.test(c))).toBe(false);
    expect(commands.some((c) => /file=Dockerfile,line=3,/.test(c))).toBe(false);
    // The new file is linted everywhere; the untouched legacy Dockerfile is not linted at all.
    expect(commands.some((c) => c.includes("file=svc/api.Dockerfile,line=1,") && c.includes("from-image-pinned"))).toBe(true);
    expect(r.stdout).not.toContain("legacy/Dockerfile");

    expect(r.summary).toContain("## dflint");
    expect(r.summary).toContain("changed in this pull request");
    expect(r.summary).toMatch(/\| :warning: warning \| Dockerfile \| 6 \| \[cmd-exec-form\]\(https:\/\/[^)]+\) \| CMD in shell form/);
    expect(r.summary).toContain("| svc/api.Dockerfile |");
    expect(r.summary).not.toContain("legacy/Dockerfile");
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    // The layer report for the PR's changes (src/layers), when the estimator is present.
    if (fs.existsSync(path.join(root, "src", "layers", "report.ts"))) {
      expect(r.summary).toContain("### Layers this pull request rebuilds");
      expect(r.summary).toMatch(/Layers of `Dockerfile`/);
      // Each step of the layer table says why it rebuilds.
      expect(r.summary).toMatch(/\| Rebuild \| Why \|/);
    }

    const warnings = commands.filter((c) => c.startsWith("::warning ")).length;
    const errors = commands.filter((c) => c.startsWith("::error ")).length;
    expect(r.outputs.warnings).toBe(String(warnings));
    expect(r.outputs.errors).toBe(String(errors));
    expect(r.outputs["sarif-file"]).toBe("reports/dflint.sarif");
    const sarif = JSON.parse(fs.readFileSync(path.join(repo.dir, "reports", "dflint.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    // Full SARIF on a pull request too: every matched file, every line (code scanning treats an
    // upload as the whole state), with repository-root paths under %SRCROOT%.
    expect(uris).toContain("Dockerfile");
    expect(uris).toContain("legacy/Dockerfile");
    const dockerfileLines = sarif.runs[0].results.filter((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === "Dockerfile").map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0]!.physicalLocation.region.startLine);
    expect(dockerfileLines).toContain(1);
    for (const x of sarif.runs[0].results) expect(x.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe("%SRCROOT%");
    expect(r.code).toBe(1);
  });

  it("finds the base from the event payload when origin/<base> is absent, and passes with fail-level none", () => {
    const repo = makeRepo();
    const r = runAction(repo, { "fail-level": "none", annotations: "false", layers: "false" });
    expect(r.stdout).toContain("merge base with the event's base commit");
    expect(r.stdout).not.toMatch(/^::(warning|error|notice) /m);
    expect(r.summary).toContain("cmd-exec-form");
    expect(r.summary).not.toContain("### Layers");
    expect(Number(r.outputs.warnings)).toBeGreaterThan(0);
    expect(r.outputs["sarif-file"]).toBe("");
    expect(r.code).toBe(0);
  });

  it("lints every matched Dockerfile on other events, and rejects a bad input", () => {
    const repo = makeRepo();
    const r = runAction(repo, { files: "legacy/*\n", "fail-level": "error" }, { event: "push" });
    expect(r.stdout).toMatch(/^::warning file=legacy\/Dockerfile,line=1,/m);
    expect(r.stdout).not.toContain("file=Dockerfile,");
    expect(r.summary).toContain("in 1 Dockerfile.");
    expect(r.code).toBe(0);
    const bad = runAction(repo, { "fail-level": "loud" });
    expect(bad.stdout).toMatch(/^::error::dflint: input 'fail-level' must be one of/m);
    expect(bad.code).toBe(1);
  });

  it("with working-directory, lints only that folder and keeps paths relative to the repository root", () => {
    const repo = makeRepo();
    const r = runAction(repo, { "working-directory": "legacy", "sarif-file": "out.sarif", "fail-level": "none" }, { event: "push" });
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.stdout).toMatch(/^::warning file=legacy\/Dockerfile,line=1,/m);
    expect(r.stdout).not.toContain("file=Dockerfile,");
    expect(r.summary).toContain("| legacy/Dockerfile |");
    const sarif = JSON.parse(fs.readFileSync(path.join(repo.dir, "out.sarif"), "utf8"));
    const uris = new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(["legacy/Dockerfile"]);
    expect(r.code).toBe(0);
    const bad = runAction(repo, { "working-directory": "nope" }, { event: "push" });
    expect(bad.stdout).toMatch(/^::error::dflint: input 'working-directory' is not a folder/m);
  });

  it("hostile strings from the pull request come out escaped in the log, the annotations and the summary", () => {
    const repo = makeRepo();
    const forged = "::error file=Dockerfile,line=1::forged";
    // A config with a rule name and a key that try to start workflow commands; a Dockerfile in a
    // folder whose name is Markdown and HTML, with such stage names (the last one is the target);
    // and a changed context file named the same way, which the layer table names as the cause
    // (first of the root Dockerfile's changed files: '<' sorts before letters).
    const dir = "we|b<i>[x](http:__e)";
    write(repo.dir, {
      "svc/.dflint.json": JSON.stringify({ rules: { [`nope\n::add-mask::secret\n${forged}`]: "warning" }, [`x\n::warning::forged-key`]: 1 }),
      [`${dir}/Dockerfile`]: "FROM alpine:3.23 AS <img src=x onerror=alert(1)>|b\nCOPY . /app\nFROM alpine:3.23 AS `x`|[l](http://evil.example)#h\nCOPY --from=0 /app /app\n",
      ["<img src=x>|[y](http:__z)`q`*_.txt"]: "x\n",
    });
    sh(repo.dir, "add", "-A");
    sh(repo.dir, "commit", "-q", "-m", "hostile");
    repo.head = sh(repo.dir, "rev-parse", "HEAD");
    const r = runAction(repo, { "fail-level": "none" }, { originRef: true });
    expect(r.stderr).not.toMatch(/unexpected error/);
    // The runner reads commands from stdout and stderr: only annotations and dflint's own
    // messages start a line with '::', and the forged ones are inside them, percent-encoded.
    const commandLines = (r.stdout + "\n" + r.stderr).split(/\r?\n/).filter((l) => l.trimStart().startsWith("::"));
    for (const l of commandLines) expect(l).toMatch(/^::(warning|error|notice) file=[^:]*::|^::(warning|error)::dflint/);
    expect(commandLines.some((l) => /^::(add-mask|stop-commands)/.test(l) || l.startsWith(forged) || l.startsWith("::warning::forged"))).toBe(false);
    const fileError = commandLines.find((l) => l.startsWith("::error file=svc/.dflint.json") || l.startsWith("::error file=svc/api.Dockerfile"));
    expect(fileError).toContain("%0A::add-mask::secret%0A::error file=Dockerfile,line=1::forged");
    expect(r.stderr).toContain(":\u2060:add-mask::secret"); // the CLI's own warning, forwarded as log text

    // The summary: outside code spans no HTML, no link and no extra table cell; the hostile names
    // are there, escaped.
    const layers = r.summary.slice(r.summary.indexOf("### Layers"));
    expect(layers).toContain("Layers of `we\\|b<i>[x](http:__e)/Dockerfile` (target `'x'\\|[l](http://evil.example)#h`)");
    expect(layers).toContain("| &lt;img | 2 |");
    expect(layers).toContain("| 0 | 3 | `COPY . .` | source | 🔁 rebuild | &lt;img src=x&gt;\\|\\[y\\](http:\\_\\_z)\\`q\\`\\*\\_.txt, ");
    // (The only links are the rule ids' links to dflint's docs.)
    const prose = r.summary.replace(/(?<!\\)`[^`]*`/g, "CODE").replace(/\[[a-z0-9-]+\]\(https:\/\/github\.com\/dflint\/dflint\/[^)\s]*\)/g, "LINK");
    expect(prose).not.toMatch(/[<>]/);
    expect(prose).not.toMatch(/(?<!\\)\]\(/);
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    let header = 0;
    for (const line of r.summary.split("\n")) {
      if (!line.startsWith("|")) header = 0;
      else if (header === 0) header = cells(line);
      else expect({ line, cells: cells(line) }).toEqual({ line, cells: header });
    }
  });

  it("keeps the summary table bounded, with a note on what was left out", async () => {
    const { renderSummary } = await import("../src/action/summary");
    const problems = Array.from({ length: 5000 }, (_, i) => ({
      ruleId: "cmd-exec-form",
      related: [],
      severity: "warning" as const,
      message: "x".repeat(300) + " | <b>not html</b>",
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
    }));
    const md = renderSummary({ report: { version: 1, files: [{ path: "Dockerfile", problems }] }, scope: "1 Dockerfile", docsUrl: (id) => `https://example.com/#${id}` });
    expect(Buffer.byteLength(md)).toBeLessThan(300 * 1024);
    expect(md).toMatch(/_\d+ more problems not shown/);
    expect(md).not.toContain("<b>");
    expect(md).toContain("\\| &lt;b&gt;");
  });
});

describe("committed bundles", () => {
  const inGit = haveGit && spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: root }).status === 0;
  it.skipIf(!inGit)("dist/ at HEAD is exactly what a fresh build of HEAD's sources produces", () => {
    // Build the committed tree (not the working tree, which may hold uncommitted work) in a temp dir.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-dist-"));
    const src = path.join(tmp, "src-tree");
    const out = path.join(tmp, "out");
    fs.mkdirSync(src);
    const tar = execFileSync("git", ["archive", "--format=tar", "HEAD"], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", src], { input: tar });
    fs.symlinkSync(path.join(root, "node_modules"), path.join(src, "node_modules"), "dir");
    execFileSync(process.execPath, [".ci/build.mjs", "--outdir", out], { cwd: src, stdio: "pipe" });

    const list = (dir: string): string[] =>
      fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join("/"))
        .sort();
    const fresh = list(out);
    const committed = execFileSync("git", ["ls-tree", "-r", "--name-only", "HEAD", "dist/"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((f) => f.slice("dist/".length))
      .sort();
    const hint = "the committed dist/ is stale: run `npm run bundle` and commit dist/ (GitHub and pre-commit run it as committed)";
    expect(committed, hint).toEqual(fresh);
    for (const f of fresh) {
      const want = fs.readFileSync(path.join(out, f));
      const have = execFileSync("git", ["show", `HEAD:dist/${f}`], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
      expect(have.equals(want), `dist/${f}: ${hint}`).toBe(true);
    }
    expect(fresh).toContain("action.mjs");
    expect(fresh).toContain("dflint.cjs");
  });
});
