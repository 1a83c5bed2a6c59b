// `dflint --compose` and `dflint --bake` on real Compose and Bake files: each service or target's
// Dockerfile is linted with its build args, target stage and context, and the cross-file rules
// (build-arg-undeclared, build-arg-required-unset, build-target-missing) name the file and line.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dflint, tmpdir } from "./helpers/cli";

const API = "ARG NODE_VERSION=22\nARG BASE\nFROM ${BASE}:${NODE_VERSION}-alpine AS runtime\nUSER node\nCMD [\"node\", \"server.js\"]\n";
const WEB = "FROM nginx:1.27\n";

type Report = { files: { path: string; problems: { ruleId: string; message: string; line: number; severity: string }[] }[] };
/** The cross-file problems as "rule: message". */
const cross = (stdout: string) => problems(stdout).filter((p) => p.ruleId.startsWith("build-")).map((p) => `${p.ruleId}: ${p.message}`);
const problems = (stdout: string) => (JSON.parse(stdout) as Report).files.flatMap((f) => f.problems.map((p) => ({ path: f.path, ...p })));

describe("--compose", () => {
  const COMPOSE = [
    "services:",
    "  api:",
    "    build:",
    "      context: ./api",
    "      args:",
    '        NODE_VERSON: "22"',
    "        BASE: ${BASE_IMAGE:-node}",
    "      target: prod",
    "  web:",
    "    build: ./web",
    "  worker:",
    "    build:",
    "      context: ./api",
    "      args:",
    "        - NODE_VERSION=20",
    "      target: runtime",
    "  db:",
    "    image: postgres:16",
    "",
  ].join("\n");

  it("lints each service's Dockerfile with its args and target and reports the cross-file mistakes", () => {
    const dir = tmpdir({ "compose.yaml": COMPOSE, "api/Dockerfile": API, "web/Dockerfile": WEB });
    const r = dflint(["--compose", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const found = problems(r.stdout);
    expect(found.find((p) => p.ruleId === "build-arg-undeclared")?.message).toContain("compose.yaml:6 passes build arg 'NODE_VERSON' to service 'api'");
    expect(found.find((p) => p.ruleId === "build-arg-undeclared")?.message).toContain("did you mean 'NODE_VERSION'");
    expect(found.find((p) => p.ruleId === "build-target-missing")).toMatchObject({ severity: "error", path: "api/Dockerfile" });
    expect(found.find((p) => p.ruleId === "build-target-missing")?.message).toContain("compose.yaml:8 builds stage 'prod'");
    // worker sets no BASE (api does, through the ${BASE_IMAGE:-node} default).
    const unset = found.filter((p) => p.ruleId === "build-arg-required-unset");
    expect(unset).toHaveLength(1);
    expect(unset[0]!.message).toContain("service 'worker' (compose.yaml:11)");
    // The Dockerfile built by two services is reported once.
    expect((JSON.parse(r.stdout) as Report).files.map((f) => f.path)).toEqual(["api/Dockerfile", "web/Dockerfile"]);
  });

  it("takes values from .env and the environment, and a named compose file", () => {
    const dir = tmpdir({ "ops/stack.yml": "services:\n  api:\n    build:\n      context: ../api\n      args:\n        BASE: ${BASE_IMAGE}\n        NODE_VERSION:\n", "ops/.env": "BASE_IMAGE=node\n", "api/Dockerfile": API });
    const r = dflint(["--compose", "ops/stack.yml", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(problems(r.stdout).map((p) => p.ruleId)).not.toContain("build-arg-required-unset");
    expect(r.code).toBe(0);
  });

  it("says so for a missing or broken compose file, and a missing Dockerfile, with exit 2", () => {
    const none = dflint(["--compose"], { cwd: tmpdir({ "readme.txt": "" }) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no compose.yaml");
    const broken = dflint(["--compose"], { cwd: tmpdir({ "compose.yaml": "services:\n  api: [\n" }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/compose\.yaml:\d+: not valid YAML/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const missing = dflint(["--compose"], { cwd: tmpdir({ "compose.yaml": "services:\n  api:\n    build: ./api\n" }) });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("compose.yaml:2 service 'api' builds it");
  });
});

describe("--bake", () => {
  const HCL = [
    "# shared settings",
    'variable "NODE" {',
    '  default = "22"',
    "}",
    'group "default" {',
    '  targets = ["api", "web"]',
    "}",
    'target "_common" {',
    "  args = {",
    '    NODE_VERSION = "${NODE}"',
    '    BASE = "node"',
    "  }",
    "}",
    'target "api" {',
    '  inherits = ["_common"]',
    '  context = "api"',
    '  target = "runtime"',
    '  args = { EXTRA = upper("x") }',
    '  tags = ["example/api:${NODE}"]',
    "}",
    'target "web" {',
    '  context = "./web"',
    '  target = "prod"',
    '  platforms = ["linux/amd64", "linux/arm64"]',
    "}",
    'target "other" {',
    '  context = "api"',
    "}",
    "",
  ].join("\n");

  it("lints the default group's targets with inherited args and reports cross-file mistakes", () => {
    const dir = tmpdir({ "docker-bake.hcl": HCL, "api/Dockerfile": API, "web/Dockerfile": WEB });
    const r = dflint(["--bake", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const found = problems(r.stdout);
    // Inherited BASE and NODE_VERSION are set; EXTRA (a function call) is passed but not declared.
    expect(found.filter((p) => p.ruleId === "build-arg-required-unset")).toEqual([]);
    expect(found.find((p) => p.ruleId === "build-arg-undeclared")?.message).toContain("docker-bake.hcl:18 passes build arg 'EXTRA' to target 'api'");
    expect(found.find((p) => p.ruleId === "build-target-missing")?.message).toContain("docker-bake.hcl:23 builds stage 'prod' for target 'web'");
  });

  it("--target picks targets; the JSON form works too", () => {
    const dir = tmpdir({ "docker-bake.hcl": HCL, "api/Dockerfile": API, "web/Dockerfile": WEB });
    const other = dflint(["--bake", "--target", "other", "--format", "json"], { cwd: dir });
    const found = problems(other.stdout);
    expect(found.find((p) => p.ruleId === "build-arg-required-unset")?.message).toContain("target 'other' (docker-bake.hcl:26)");
    expect(found.map((p) => p.path)).not.toContain("web/Dockerfile");
    expect(dflint(["--bake", "--target", "nope"], { cwd: dir }).stderr).toContain("no target or group named 'nope'");

    const json = tmpdir({ "docker-bake.json": JSON.stringify({ target: { a: { context: "api", args: { NODE_VERSION: "1", BASE: "node", NOPE: "x" } } } }, null, 2), "api/Dockerfile": API });
    const j = dflint(["--bake", "--format", "json"], { cwd: json });
    const cross = problems(j.stdout).filter((p) => p.ruleId.startsWith("build-"));
    expect(cross.map((p) => p.ruleId)).toEqual(["build-arg-undeclared"]);
    expect(cross[0]!.message).toContain("docker-bake.json:8 passes build arg 'NOPE'");
  });

  it("names the file and line of an HCL syntax error, with exit 2", () => {
    const dir = tmpdir({ "docker-bake.hcl": 'target "x" {\n  args = {\n    A = \n' });
    const r = dflint(["--bake"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("docker-bake.hcl:4: missing '}'");
    const cycle = dflint(["--bake"], { cwd: tmpdir({ "docker-bake.hcl": 'target "a" {\n  inherits = ["b"]\n}\ntarget "b" {\n  inherits = ["a"]\n}\n' }) });
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toContain("inherits itself");
  });
});

describe("dflint layers --compose / --bake", () => {
  // Two stages; the arg picks the base image, the target picks which stage is built.
  const APP = 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine AS build\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nFROM build AS prod\nUSER node\nCMD ["node", "x.js"]\nFROM build AS dev\n';
  type Layers = { files: { path: string; build?: { kind: string; file: string; name: string; line: number }; target: string | null; stages: { name: string | null; built: boolean; steps: { line: number; inputs: { text?: string }; rebuild?: unknown }[] }[] }[] };
  const app = { "api/Dockerfile": APP, "api/package.json": "{}\n", "api/x.js": "1\n", "web/Dockerfile": "FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n", "web/index.html": "<p>\n" };
  const COMPOSE = "services:\n  api:\n    build:\n      context: ./api\n      args:\n        NODE_VERSION: \"20\"\n      target: prod\n  web:\n    build: ./web\n  db:\n    image: postgres:16\n";

  it("--compose: one report per service with its args, target and context", () => {
    const dir = tmpdir({ ...app, "compose.yaml": COMPOSE });
    const r = dflint(["layers", "--compose", "--format", "json", "--changed", "package.json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as Layers).files;
    expect(files.map((f) => [f.path, f.build?.name, f.build?.line, f.target])).toEqual([["api/Dockerfile", "api", 2, "prod"], ["web/Dockerfile", "web", 8, "0"]]);
    const api = files[0]!;
    expect(api.stages[0]!.steps[0]!.inputs.text).toBe("FROM node:20-alpine AS build");
    expect(api.stages.map((s) => s.built)).toEqual([true, true, false]);
    // --changed is relative to each build's own context: api's package.json misses from the COPY on.
    expect(api.stages[0]!.steps.filter((s) => s.rebuild === true).map((s) => s.line)).toEqual([4, 5, 6]);

    const stylish = dflint(["layers", "--compose", "compose.yaml"], { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain("api/Dockerfile  service 'api' (compose.yaml:2)  target: prod");
    const md = dflint(["layers", "--compose=compose.yaml", "--format", "markdown"], { cwd: dir });
    expect(md.stdout).toContain("#### Layers of `api/Dockerfile`, service `api` (target `prod`)");
    // --build-arg overrides the Compose file's value, as `docker compose build --build-arg` does.
    const over = dflint(["layers", "--compose", "--format", "json", "--build-arg", "NODE_VERSION=18"], { cwd: dir });
    expect((JSON.parse(over.stdout) as Layers).files[0]!.stages[0]!.steps[0]!.inputs.text).toBe("FROM node:18-alpine AS build");
  });

  it("--bake: the default group's targets, or those --target names", () => {
    const hcl = 'group "default" {\n  targets = ["api"]\n}\ntarget "api" {\n  context = "api"\n  target = "dev"\n  args = { NODE_VERSION = "21" }\n}\ntarget "web" {\n  context = "web"\n}\n';
    const dir = tmpdir({ ...app, "docker-bake.hcl": hcl });
    const r = dflint(["layers", "--bake", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as Layers).files;
    expect(files.map((f) => [f.path, f.build?.kind, f.build?.name, f.target])).toEqual([["api/Dockerfile", "bake", "api", "dev"]]);
    expect(files[0]!.stages.map((s) => s.built)).toEqual([true, false, true]);
    expect(files[0]!.stages[0]!.steps[0]!.inputs.text).toBe("FROM node:21-alpine AS build");
    const web = dflint(["layers", "--bake", "--target", "web", "--format", "json"], { cwd: dir });
    expect((JSON.parse(web.stdout) as Layers).files.map((f) => f.build?.name)).toEqual(["web"]);
  });

  it("usage and file errors exit 2 with a message naming the file", () => {
    const dir = tmpdir({ ...app, "compose.yaml": COMPOSE });
    for (const args of [["--compose", "--bake"], ["--compose", "--target", "prod"], ["--compose", "--context", "api"], ["--compose", "--compare", "api/Dockerfile"]]) {
      const r = dflint(["layers", ...args], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^dflint layers: /);
    }
    expect(dflint(["layers", "--compose"], { cwd: tmpdir({ "x.txt": "" }) }).stderr).toContain("no compose.yaml");
    const missing = dflint(["layers", "--compose"], { cwd: tmpdir({ "compose.yaml": "services:\n  api:\n    build: ./api\n" }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("api/Dockerfile: no such file (compose.yaml:2 service 'api' builds it)");
    const stage = dflint(["layers", "--compose"], { cwd: tmpdir({ ...app, "compose.yaml": "services:\n  api:\n    build:\n      context: api\n      target: nope\n" }) });
    expect(stage.code).toBe(2);
    expect(stage.stderr).toContain("compose.yaml:2 service 'api': target stage 'nope' not found");
    expect(stage.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("Compose projects as teams write them", () => {

  it("compose.override.yaml is merged over compose.yaml: args by name, target replaced, lines name the file", () => {
    const dir = tmpdir({
      "compose.yaml": "services:\n  api:\n    build:\n      context: ./api\n      args:\n        NODE_VERSION: \"20\"\n      target: runtime\n",
      "compose.override.yaml": "services:\n  api:\n    build:\n      args:\n        BASE: node\n        DEBUG: \"1\"\n      target: debug\n",
      "api/Dockerfile": API,
    });
    const r = dflint(["--compose", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    const found = cross(r.stdout);
    // BASE comes from the override, so nothing is unset; DEBUG and the debug stage are the override's mistakes.
    expect(found).toHaveLength(2);
    expect(found.find((m) => m.startsWith("build-arg-undeclared"))).toContain("compose.override.yaml:6 passes build arg 'DEBUG' to service 'api'");
    expect(found.find((m) => m.startsWith("build-target-missing"))).toContain("compose.override.yaml:7 builds stage 'debug'");
    // Named files replace the default pair: the base alone leaves BASE unset.
    const base = cross(dflint(["--compose", "compose.yaml", "--format", "json"], { cwd: dir }).stdout);
    expect(base.map((m) => m.split(":")[0])).toEqual(["build-arg-required-unset"]);
  });

  it("several named files merge in order, their paths relative to the first file's folder; COMPOSE_FILE works too", () => {
    const dir = tmpdir({
      "deploy/base.yaml": "services:\n  api:\n    build: ../api\n",
      "deploy/compose.yaml": "services:\n  api:\n    build: ../api\n",
      "deploy/sub/readme.txt": "",
      // A fragment in another folder: its context is still relative to deploy/ (the first file's folder).
      "ops/prod.yaml": "services:\n  api:\n    build:\n      context: ../api2\n      args:\n        - BASE=node\n",
      "api/Dockerfile": "FROM alpine:3.22\n",
      "api2/Dockerfile": API,
    });
    const r = dflint(["--compose", "deploy/base.yaml", "--compose=ops/prod.yaml", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as Report).files.map((f) => f.path)).toEqual(["api2/Dockerfile"]);
    expect(cross(r.stdout)).toEqual([]);
    const env = dflint(["--compose", "--format", "json"], { cwd: dir, env: { COMPOSE_FILE: "deploy/base.yaml:ops/prod.yaml" } });
    // Without names, the nearest folder up with a Compose file is used, as docker compose does.
    const above = dflint(["--compose", "--format", "json"], { cwd: path.join(dir, "deploy", "sub") });
    expect(above.stderr).toBe("");
    expect((JSON.parse(above.stdout) as Report).files.map((f) => f.path)).toEqual(["../../api/Dockerfile"]);
    expect((JSON.parse(env.stdout) as Report).files.map((f) => f.path)).toEqual(["api2/Dockerfile"]);
  });

  it("extends takes the other service's build (paths relative to its own file) under the local keys", () => {
    const dir = tmpdir({
      "compose.yaml": "services:\n  api:\n    extends:\n      file: common/services.yaml\n      service: node-app\n    build:\n      args:\n        NODE_VERSON: \"22\"\n  worker:\n    extends: api\n    build:\n      target: worker\n",
      "common/services.yaml": "services:\n  node-app:\n    build:\n      context: ../api\n      args:\n        BASE: node\n      target: runtime\n",
      "api/Dockerfile": API,
    });
    const r = dflint(["--compose", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    const found = cross(r.stdout);
    expect(found.filter((m) => m.includes("'NODE_VERSON'")).map((m) => m.slice(0, m.indexOf(" passes")))).toEqual([
      "build-arg-undeclared: compose.yaml:8",
      "build-arg-undeclared: compose.yaml:8",
    ]);
    expect(found.find((m) => m.startsWith("build-target-missing"))).toContain("compose.yaml:12 builds stage 'worker' for service 'worker'");
    expect(found.some((m) => m.startsWith("build-arg-required-unset"))).toBe(false);
    const loop = dflint(["--compose"], { cwd: tmpdir({ "compose.yaml": "services:\n  a:\n    extends: b\n  b:\n    extends: a\n    build: .\n" }) });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain("extends itself");
  });

  it("include adds another project's services with its own folder and .env; a name defined twice is an error", () => {
    const dir = tmpdir({
      "compose.yaml": "include:\n  - backend/compose.yaml\nservices:\n  web:\n    build: ./web\n",
      "backend/compose.yaml": "services:\n  api:\n    build:\n      context: ../api\n      args:\n        BASE: ${BASE_IMAGE}\n",
      "backend/.env": "BASE_IMAGE=node\n",
      "api/Dockerfile": API,
      "web/Dockerfile": WEB,
    });
    const r = dflint(["--compose", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as Report).files.map((f) => f.path).sort()).toEqual(["api/Dockerfile", "web/Dockerfile"]);
    expect(cross(r.stdout)).toEqual([]);
    const clash = tmpdir({ "compose.yaml": "include:\n  - other.yaml\nservices:\n  api:\n    build: .\n", "other.yaml": "services:\n  api:\n    build: .\n", Dockerfile: WEB });
    const c = dflint(["--compose"], { cwd: clash });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("compose.yaml:4: service 'api' is also defined by the included other.yaml");
    const missing = dflint(["--compose"], { cwd: tmpdir({ "compose.yaml": "include:\n  - nope.yaml\nservices:\n  api:\n    build: .\n" }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("compose.yaml:2: nope.yaml: cannot read (ENOENT)");
    const base = dflint(["--compose"], { cwd: tmpdir({ "compose.yaml": "services:\n  api:\n    extends:\n      file: base.yaml\n      service: api\n" }) });
    expect(base.stderr).toMatch(/compose\.yaml:\d: base\.yaml: cannot read \(ENOENT\)/);
  });
});

describe("Bake files as teams write them", () => {

  it("docker-bake.override.hcl merges over docker-bake.hcl (args by name), and -f files merge in order", () => {
    const dir = tmpdir({
      "docker-bake.hcl": 'target "api" {\n  context = "api"\n  args = {\n    NODE_VERSION = "22"\n  }\n  target = "runtime"\n}\n',
      "docker-bake.override.hcl": 'target "api" {\n  args = {\n    BASE = "node"\n    EXTRA = "1"\n  }\n}\n',
      "ci.hcl": 'target "api" {\n  target = "ci"\n}\n',
      "api/Dockerfile": API,
    });
    const r = dflint(["--bake", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(cross(r.stdout)).toEqual([expect.stringContaining("docker-bake.override.hcl:4 passes build arg 'EXTRA' to target 'api'")]);
    const named = dflint(["--bake", "docker-bake.hcl", "--bake=ci.hcl", "--format", "json"], { cwd: dir });
    const found = cross(named.stdout);
    expect(found.find((m) => m.startsWith("build-target-missing"))).toContain("ci.hcl:2 builds stage 'ci' for target 'api'");
    // Named files replace the default lookup: the override (and its EXTRA) is not read.
    expect(found.some((m) => m.includes("EXTRA"))).toBe(false);
  });

  it("contexts are relative to where bake runs, or to the file with BUILDX_BAKE_FILE_RELATIVE_PATHS=1", () => {
    const dir = tmpdir({
      "build/docker-bake.hcl": 'target "app" {\n  context = "app"\n}\n',
      "app/Dockerfile": "FROM alpine:3.22\n",
      "build/app/Dockerfile": "FROM alpine:3.21\n",
    });
    const cwdRel = dflint(["--bake", "build/docker-bake.hcl", "--format", "json"], { cwd: dir });
    expect((JSON.parse(cwdRel.stdout) as Report).files.map((f) => f.path)).toEqual(["app/Dockerfile"]);
    const fileRel = dflint(["--bake", "build/docker-bake.hcl", "--format", "json"], { cwd: dir, env: { BUILDX_BAKE_FILE_RELATIVE_PATHS: "1" } });
    expect((JSON.parse(fileRel.stdout) as Report).files.map((f) => f.path)).toEqual(["build/app/Dockerfile"]);
  });

  it("layers --compose reads the override file too", () => {
    const dir = tmpdir({
      "compose.yaml": "services:\n  api:\n    build: ./api\n",
      "compose.override.yaml": "services:\n  api:\n    build:\n      args:\n        BASE: node\n        NODE_VERSION: \"18\"\n",
      "api/Dockerfile": API,
    });
    const r = dflint(["layers", "--compose", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    const files = JSON.parse(r.stdout).files as { stages: { steps: { inputs: { text?: string } }[] }[] }[];
    expect(files[0]!.stages[0]!.steps[0]!.inputs.text).toBe("FROM node:18-alpine AS runtime");
  });
});

describe("--build-arg with --compose", () => {
  it("wins over the Compose file's value and counts as setting a required arg, as docker compose build --build-arg does", () => {
    const dir = tmpdir({ "compose.yaml": "services:\n  api:\n    build:\n      context: api\n      args:\n        NODE_VERSION: \"22\"\n", "api/Dockerfile": API });
    const unset = dflint(["--compose", "--format", "json"], { cwd: dir });
    expect(cross(unset.stdout)).toEqual([expect.stringContaining("ARG BASE has no default and service 'api'")]);
    const given = dflint(["--compose", "--format", "json", "--build-arg", "BASE=node", "--build-arg", "NODE_VERSION=14"], { cwd: dir });
    expect(cross(given.stdout)).toEqual([]);
    // node:14 is past its end of life: the command line's value was used, not the file's 22.
    expect(problems(given.stdout).find((p) => p.ruleId === "from-image-eol")?.message).toContain("node 14");
  });
});
