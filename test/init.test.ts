import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initCommand } from "../src/cli/init";
import type { Io } from "../src/cli/main";

const base = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-init-"));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let n = 0;
function project(files: Record<string, string>): string {
  const dir = path.join(base, `p${n++}`);
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    argv: ["init", ...args],
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => "",
    isTTY: false,
  };
  const code = initCommand(args, io);
  return { code, stdout, stderr };
}

const HADOLINT = "ignored:\n  - DL3025\nfailure-threshold: warning\ntrustedRegistries:\n  - docker.io\n";

describe("dflint init --from-hadolint", () => {
  it("writes .dflint.yaml next to the nearest .hadolint.yaml", () => {
    const dir = project({ ".hadolint.yaml": HADOLINT, "svc/api/Dockerfile": "FROM alpine:3.20\n" });
    const r = run(["--from-hadolint"], path.join(dir, "svc", "api"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const target = path.join(dir, ".dflint.yaml");
    expect(r.stdout).toContain(path.join("..", "..", ".dflint.yaml"));
    const cfg = parse(fs.readFileSync(target, "utf8"));
    expect(cfg.extends).toBe("hadolint");
    expect(cfg.failLevel).toBe("warning");
    expect(cfg.settings.trustedRegistries).toEqual(["docker.io"]);
    expect(cfg.rules["cmd-exec-form"]).toBe("off");
  });

  it("accepts .hadolint.yml and an explicit file", () => {
    const dir = project({ ".hadolint.yml": "ignored: [DL3007]\n", "other/h.yaml": "failure-threshold: error\n" });
    expect(run(["--from-hadolint"], dir).code).toBe(0);
    expect(fs.existsSync(path.join(dir, ".dflint.yaml"))).toBe(true);
    const r = run(["--from-hadolint=other/h.yaml"], dir);
    expect(r.code).toBe(0);
    expect(parse(fs.readFileSync(path.join(dir, "other", ".dflint.yaml"), "utf8")).failLevel).toBe("error");
  });

  it("refuses to overwrite without --force", () => {
    const dir = project({ ".hadolint.yaml": HADOLINT, ".dflint.yaml": "extends: strict\n" });
    const r = run(["--from-hadolint"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists; use --force");
    expect(fs.readFileSync(path.join(dir, ".dflint.yaml"), "utf8")).toBe("extends: strict\n");
    const f = run(["--from-hadolint", "--force"], dir);
    expect(f.code).toBe(0);
    expect(parse(fs.readFileSync(path.join(dir, ".dflint.yaml"), "utf8")).extends).toBe("hadolint");
  });

  it("refuses when a .dflint.json would shadow the new file, even with --force", () => {
    const dir = project({ ".hadolint.yaml": HADOLINT, ".dflint.json": "{}" });
    const r = run(["--from-hadolint", "--force"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".dflint.json already exists");
    expect(fs.existsSync(path.join(dir, ".dflint.yaml"))).toBe(false);
  });

  it("exits 2 with a clear message when there is no hadolint config", () => {
    const dir = project({ "Dockerfile": "FROM alpine:3.20\n" });
    const r = run(["--from-hadolint"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no hadolint configuration \(\.hadolint\.yaml or \.hadolint\.yml\) found/);
    expect(fs.existsSync(path.join(dir, ".dflint.yaml"))).toBe(false);
    expect(run(["--from-hadolint=missing.yaml"], dir).stderr).toContain("missing.yaml: no such file");
  });

  it("exits 2 on an invalid hadolint config, without writing", () => {
    const dir = project({ ".hadolint.yaml": "failure-threshold: sometimes\n" });
    const r = run(["--from-hadolint"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("failure-threshold");
    expect(fs.existsSync(path.join(dir, ".dflint.yaml"))).toBe(false);
  });

  it("needs --from-hadolint and rejects unknown arguments", () => {
    const dir = project({ ".hadolint.yaml": HADOLINT });
    expect(run([], dir).code).toBe(2);
    expect(run(["--from-hadolint", "--bogus"], dir).code).toBe(2);
    expect(run(["--help"], dir)).toMatchObject({ code: 0, stderr: "" });
  });
});
