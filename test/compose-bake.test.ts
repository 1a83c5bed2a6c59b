// `dflint --compose` and `dflint --bake` on real Compose and Bake files: each service or target's
// Dockerfile is linted with its build args, target stage and context, and the cross-file rules
// (build-arg-undeclared, build-arg-required-unset, build-target-missing) name the file and line.
import { describe, expect, it } from "vitest";
import { dflint, tmpdir } from "./helpers/cli";

const API = "ARG NODE_VERSION=22\nARG BASE\nFROM ${BASE}:${NODE_VERSION}-alpine AS runtime\nUSER node\nCMD [\"node\", \"server.js\"]\n";
const WEB = "FROM nginx:1.27\n";

type Report = { files: { path: string; problems: { ruleId: string; message: string; line: number; severity: string }[] }[] };
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
