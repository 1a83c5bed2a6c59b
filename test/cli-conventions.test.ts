// The command line people expect from a linter: discovery that CI can trust, --demo, --list-rules,
// --rule/--ignore/--select, explain with suggestions, `warn`, relative `extends`, hadolint's flags,
// terminal-width output and --code-frame. Every case spawns the built CLI.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { rules } from "../rules/index";
import { bin, dflint, tmpdir } from "./helpers/cli";

const SEED = "FROM python:3.6-alpine\nRUN mkdir /app\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 5000\nCMD python app.py\n";
const BAD = "FROM node\nRUN cd /x && make\nCMD node a.js\n";

const ruleIds = (stdout: string) => JSON.parse(stdout).files.flatMap((f: { problems: { ruleId: string }[] }) => f.problems.map((p) => p.ruleId));

describe("discovery", () => {
  it("exits 2 and says so when no Dockerfile is found, for `dflint`, `dflint DIR` and a glob", () => {
    const dir = tmpdir({ "readme.txt": "hi", "empty/readme.txt": "hi" });
    const none = dflint([], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain(`no Dockerfile found under ${dir}`);
    expect(none.stderr).toContain("--demo");
    const folder = dflint(["empty"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("no Dockerfile found under empty");
    const glob = dflint(["**/*.Dockerfile"], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain("no Dockerfile found matching **/*.Dockerfile");
  });

  it("--no-error-on-unmatched turns 'nothing found' into exit 0, still saying so", () => {
    const dir = tmpdir({ "empty/readme.txt": "hi" });
    for (const args of [[], ["empty"], ["*.Dockerfile"]]) {
      const r = dflint([...args, "--no-error-on-unmatched"], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stderr).toContain("no Dockerfile found");
    }
    // Other operands that do match are linted as usual.
    fs.writeFileSync(path.join(dir, "Dockerfile"), BAD);
    const mixed = dflint(["--format", "json", "--no-error-on-unmatched", "Dockerfile", "empty"], { cwd: dir });
    expect(mixed.code).toBe(1);
    expect(ruleIds(mixed.stdout)).toContain("run-no-cd");
  });

  it("lints the bundled sample only with --demo, under a short name", () => {
    const dir = tmpdir({ "readme.txt": "hi" });
    const r = dflint(["--demo", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].path).toBe("sample/Dockerfile");
    expect(ruleIds(r.stdout)).toEqual(expect.arrayContaining(["copy-manifests-first", "cmd-exec-form"]));
    expect(r.stderr).toContain("--demo");
    expect(dflint(["--demo", "Dockerfile"], { cwd: dir }).code).toBe(2);
  });
});

describe("rule selection on the command line", () => {
  it("--rule id=severity (also warn and hadolint codes), --ignore and --select", () => {
    const dir = tmpdir({ Dockerfile: BAD });
    const base = ruleIds(dflint(["--format", "json"], { cwd: dir }).stdout);
    expect(base).toEqual(expect.arrayContaining(["from-image-pinned", "run-no-cd", "cmd-exec-form"]));

    const r = dflint(["--format", "json", "--rule", "run-no-cd=error", "--rule", "cmd-exec-form: warn", "--ignore", "DL3006"], { cwd: dir });
    const problems = JSON.parse(r.stdout).files[0].problems;
    expect(problems.find((p: { ruleId: string }) => p.ruleId === "run-no-cd").severity).toBe("error");
    expect(problems.find((p: { ruleId: string }) => p.ruleId === "cmd-exec-form").severity).toBe("warning");
    expect(problems.map((p: { ruleId: string }) => p.ruleId)).not.toContain("from-image-pinned");

    const only = dflint(["--format", "json", "--select", "run-no-cd,DL3025"], { cwd: dir });
    expect([...new Set(ruleIds(only.stdout))].sort()).toEqual(["cmd-exec-form", "run-no-cd"]);
    // Selecting a rule that is off by default switches it on.
    const pinned = dflint(["--format", "json", "--select", "user-not-root"], { cwd: dir });
    expect([...new Set(ruleIds(pinned.stdout))]).toEqual(["user-not-root"]);
  });

  it("rejects an unknown rule or severity with a suggestion and exit 2", () => {
    const dir = tmpdir({ Dockerfile: BAD });
    const typo = dflint(["--ignore", "run-no-cdd"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'run-no-cd'");
    const sev = dflint(["--rule", "run-no-cd=loud"], { cwd: dir });
    expect(sev.code).toBe(2);
    expect(sev.stderr).toContain("'loud' is not a severity");
    expect(dflint(["--rule", "run-no-cd"], { cwd: dir }).code).toBe(2);
  });

  it("accepts hadolint's own flags, so scripts can swap the binary", () => {
    const dir = tmpdir({ Dockerfile: "FROM quay.io/acme/app:1.2\nRUN cd /x && make\n" });
    const r = dflint(["--ignore", "DL3003", "--trusted-registry", "docker.io", "--failure-threshold", "error", "-f", "tty"], { cwd: dir });
    expect(r.stdout).toContain("image-trusted-registry");
    expect(r.stdout).not.toContain("run-no-cd");
    expect(r.code).toBe(1); // image-trusted-registry is an error
    const threshold = dflint(["--ignore", "DL3026", "--trusted-registry", "docker.io", "--failure-threshold", "error"], { cwd: dir });
    expect(threshold.code).toBe(0); // only warnings left, below the threshold
    expect(dflint(["--failure-threshold", "style"], { cwd: dir }).code).toBe(1);
    expect(dflint(["--no-fail"], { cwd: dir }).code).toBe(0);
    const gnu = dflint(["-f", "gnu"], { cwd: dir });
    expect(gnu.stdout).toMatch(/^Dockerfile:2:5: warning: .* \[run-no-cd\]$/m);
    expect(JSON.parse(dflint(["-f", "codeclimate"], { cwd: dir }).stdout)[0]).toHaveProperty("check_name");
    expect(dflint(["-f", "checkstyle"], { cwd: dir }).stdout).toContain("<checkstyle");
    const warn = dflint(["--format", "json", "--warning", "DL3003", "--error", "run-no-cd"], { cwd: dir });
    expect(JSON.parse(warn.stdout).files[0].problems.find((p: { ruleId: string }) => p.ruleId === "run-no-cd").severity).toBe("error");
  });
});

describe("rule listing and explain", () => {
  it("--list-rules prints every rule with its default, related codes and fixability; --format json too", () => {
    const text = dflint(["--list-rules"]);
    expect(text.code).toBe(0);
    for (const r of rules) expect(text.stdout).toMatch(new RegExp(`^${r.id} +${r.severity}`, "m"));
    expect(text.stdout).toMatch(/^from-image-pinned .*DL3006/m);
    const json = JSON.parse(dflint(["--list-rules", "--format", "json"]).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id).sort());
    const pinned = json.find((r: { id: string }) => r.id === "apt-get-packages-pinned");
    expect(pinned).toMatchObject({ severity: "off", strictSeverity: "warning", related: ["hadolint:DL3008"] });
    expect(json.every((r: { fixable: unknown }) => typeof r.fixable === "boolean")).toBe(true);
  });

  it("explain without an id lists the rules; a typo gets a suggestion", () => {
    const list = dflint(["explain"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("copy-manifests-first");
    const typo = dflint(["explain", "copy-manifest-first"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'copy-manifests-first'?");
    const code = dflint(["explain", "DL3025"]);
    expect(code.code).toBe(0);
    expect(code.stdout).toMatch(/^cmd-exec-form: /);
  });
});

describe("config conveniences", () => {
  it("accepts `warn` as a severity and as failLevel", () => {
    const dir = tmpdir({ Dockerfile: BAD, ".dflint.yaml": "failLevel: warn\nrules:\n  run-no-cd: warn\n  cmd-exec-form: [warn]\n  from-image-pinned: { severity: warn }\n" });
    const r = dflint(["--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const sev = JSON.parse(r.stdout).files[0].problems.map((p: { severity: string }) => p.severity);
    expect(new Set(sev)).toEqual(new Set(["warning"]));
  });

  it("extends a config file by a relative path, its own settings winning; a cycle is an error", () => {
    const dir = tmpdir({
      "shared/base.yaml": "extends: strict\nrules:\n  run-no-cd: off\n  cmd-exec-form: error\n",
      "svc/Dockerfile": BAD,
      "svc/.dflint.yaml": "extends: ../shared/base.yaml\nrules:\n  cmd-exec-form: info\n",
    });
    const r = dflint(["--format", "json", "svc/Dockerfile"], { cwd: dir });
    expect(r.stderr).toBe("");
    const problems = JSON.parse(r.stdout).files[0].problems as { ruleId: string; severity: string }[];
    expect(problems.map((p) => p.ruleId)).not.toContain("run-no-cd");
    expect(problems.find((p) => p.ruleId === "cmd-exec-form")!.severity).toBe("info");
    // strict came from the base: user-not-root (off in recommended) is on.
    expect(problems.map((p) => p.ruleId)).toContain("user-not-root");

    fs.writeFileSync(path.join(dir, "shared/base.yaml"), "extends: ../svc/.dflint.yaml\n");
    const cycle = dflint(["svc/Dockerfile"], { cwd: dir });
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toContain("cycle");
    fs.writeFileSync(path.join(dir, "svc/.dflint.yaml"), "extends: ./missing.yaml\n");
    const missing = dflint(["svc/Dockerfile"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing.yaml");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("terminal output", () => {
  it("fits stylish output to the terminal width without splitting rule ids", () => {
    const dir = tmpdir({ Dockerfile: SEED });
    const wide = dflint(["Dockerfile"], { cwd: dir });
    expect(Math.max(...wide.stdout.split("\n").map((l) => l.length))).toBeGreaterThan(100);
    const narrow = dflint(["Dockerfile"], { cwd: dir, env: { COLUMNS: "100" } });
    const lines = narrow.stdout.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines).toContain("  4:1   warning  copy-manifests-first");
    // The message follows on indented lines, all of its words kept in order.
    const i = lines.indexOf("  4:1   warning  copy-manifests-first");
    const after = lines.slice(i + 1);
    const end = after.findIndex((l) => !l.startsWith("    "));
    const message = after.slice(0, end).map((l) => l.trim()).join(" ");
    expect(message).toBe("'COPY . .' comes before 'pip install -r requirements.txt' (line 5), so any source edit reinstalls every dependency; copy requirements.txt first, run the install, then 'COPY . .'");
  });

  it("--code-frame shows the source line with a marker under the range, escaped", () => {
    const dir = tmpdir({ Dockerfile: "FROM node\nCMD node \u001b[31ma.js\n" });
    const r = dflint(["--code-frame", "Dockerfile"], { cwd: dir });
    expect(r.stdout).toContain("    1 | FROM node\n      |      ^^^^");
    expect(r.stdout).toContain("    2 | CMD node \uFFFD[31ma.js");
    expect(r.stdout).not.toContain("\u001b");
  });
});

describe("rule documentation links", () => {
  it("SARIF helpUri points at the rule's section of the generated rules/README.md", () => {
    const dir = tmpdir({ Dockerfile: BAD });
    const doc = JSON.parse(dflint(["--format", "sarif", "Dockerfile"], { cwd: dir }).stdout);
    const reference = fs.readFileSync(path.join(__dirname, "..", "rules", "README.md"), "utf8");
    const descriptors = doc.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    expect(descriptors.length).toBeGreaterThan(0);
    for (const d of descriptors) {
      expect(d.helpUri).toBe(`https://github.com/dflint/dflint/blob/main/rules/README.md#${d.id}`);
      expect(reference).toContain(`\n## ${d.id}\n`);
    }
  });
});

describe("README", () => {
  it("has a table of contents whose links reach its sections, and runs its quick start", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const anchors = new Set(
      [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-")),
    );
    const toc = [...readme.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)$/gm)].map((m) => m[1]!);
    expect(toc.length).toBeGreaterThan(8);
    for (const a of toc) expect(anchors, a).toContain(a);
    expect(readme).toContain("](rules/README.md)");
    expect(readme).toContain("npm ci && node bin/dflint.js --demo");
    expect(Buffer.byteLength(readme)).toBeLessThan(30_000);
    const r = dflint(["--demo"], { cwd: tmpdir({}) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("sample/Dockerfile");
  });

  it("runs every dflint command line in its shell examples, in a project that has what they name", { timeout: 120_000 }, () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const lines = [...readme.matchAll(/```(?:sh|console|bash)\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1]!.split("\n"))
      .map((l) => l.replace(/\s+#.*$/, "").trim())
      .filter((l) => l.startsWith("dflint"));
    // Commands quoted in the text too, except the language server (it waits on stdin) and placeholders.
    lines.push(...[...readme.matchAll(/`(dflint [^`<]*)`/g)].map((m) => m[1]!.replace(/\s+/g, " ")).filter((l) => l !== "dflint lsp"));
    expect(lines.length).toBeGreaterThan(20);
    const requirements = "flask==3.1.0\n";
    const dir = tmpdir({
      Dockerfile: SEED,
      "requirements.txt": requirements,
      "app.py": "print(1)\n",
      "package.json": "{}\n",
      "path/to/Dockerfile": BAD,
      "compose.yaml": "services:\n  api:\n    build: .\n",
      "base.yml": "services:\n  api:\n    build: .\n",
      "prod.yml": "services:\n  api:\n    build:\n      target: ''\n",
      "docker-bake.hcl": 'group "workers" {\n  targets = ["api"]\n}\ntarget "api" {\n  context = "."\n}\n',
      ".hadolint.yaml": "ignored: [DL3008]\n",
    });
    // --since origin/main needs a repository with that ref.
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    git("init", "-q");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "base");
    git("add", "-A");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-m", "project");
    git("update-ref", "refs/remotes/origin/main", "HEAD~1");
    // Each distinct command line once (the README repeats `dflint layers` in several sections).
    for (const line of new Set(lines)) {
      // `a|b` in an option value means either: run the first.
      const command = line.replace(/(--format \w+)\|\w+/, "$1").replace(/^dflint/, `"${process.execPath}" "${bin}"`);
      const r = spawnSync("sh", ["-c", command], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect([0, 1], `${line}\n${r.stderr}`).toContain(r.status);
      expect(r.stderr, line).not.toMatch(/Run 'dflint (layers )?--help'|unexpected error|\n\s+at /);
    }
  });

  it("its configuration example is a valid config", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((y) => y.includes("$schema=") && y.includes("rules:"));
    expect(example).toBeDefined();
    const dir = tmpdir({ ".dflint.yaml": example!, Dockerfile: SEED });
    const printed = dflint(["--print-config", "Dockerfile"], { cwd: dir });
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("from-image-pinned");
    expect(dflint(["Dockerfile"], { cwd: dir }).code).toBe(1);
  });

  it("its Action section names exactly the inputs and outputs action.yml has, and its workflow uses only those", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const action = parseYaml(fs.readFileSync(path.join(__dirname, "..", "action.yml"), "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const section = readme.slice(readme.indexOf("## CI: GitHub Action"), readme.indexOf("\n## ", readme.indexOf("## CI: GitHub Action") + 5));
    const table = [...section.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z-]+)`/g)].map((x) => x[1]!));
    expect(table.sort()).toEqual(Object.keys(action.inputs).sort());
    const outputs = /Outputs: (.*)\./.exec(section)?.[1] ?? "";
    expect([...outputs.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort()).toEqual(Object.keys(action.outputs).sort());
    const workflow = parseYaml(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const step = Object.values(workflow.jobs)[0]!.steps.find((st) => st.uses?.startsWith("dflint/dflint@"))!;
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key);
  });
});
