// `--fix`, `--fix-dry-run`, `--fix-suggestions`, `--fix-rule` through the built bin/dflint.js.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "dflint.js");
const SEED = fs.readFileSync(path.join(root, "fixtures", "sample", "Dockerfile"), "utf8");

function dflint(args: string[], opts: { cwd: string; input?: string }) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input, encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-fix-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const read = (dir: string, name = "Dockerfile") => fs.readFileSync(path.join(dir, name), "utf8");
const ruleIds = (json: string) => JSON.parse(json).files[0].problems.map((p: { ruleId: string }) => p.ruleId);

describe("dflint --fix", () => {
  it("fixes the seed Flask Dockerfile into the layout of Docker's Python guide; a re-lint leaves only what needs a human", () => {
    const dir = dirWith({ Dockerfile: SEED, "requirements.txt": "flask\n", "app.py": "" });
    const r = dflint(["--fix", "--fix-suggestions"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("4 problems fixed");
    expect(read(dir)).toBe(
      [
        "FROM python:3.6-alpine",
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
        "COPY . .",
        "EXPOSE 5000",
        'CMD ["python", "app.py"]',
        "",
      ].join("\n"),
    );
    // Upgrading an end-of-life Python needs a human; nothing else is left, nothing new appeared.
    const again = dflint(["--format", "json"], { cwd: dir });
    expect(ruleIds(again.stdout)).toEqual(["from-image-eol"]);
    // A second --fix changes nothing.
    const second = dflint(["--fix", "--fix-suggestions", "--format", "json"], { cwd: dir });
    expect(JSON.parse(second.stdout).files[0].fixed).toBeUndefined();
    expect(read(dir)).toContain("COPY requirements.txt .\nRUN pip");
  });

  it("applies only safe fixes without --fix-suggestions, and reports the rest", () => {
    const dir = dirWith({ Dockerfile: SEED });
    const r = dflint(["--fix", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(read(dir)).toBe("FROM python:3.6-alpine\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n");
    const out = JSON.parse(r.stdout).files[0];
    expect(out.fixed).toBe(3);
    expect(out.problems.map((p: { ruleId: string }) => p.ruleId)).toEqual(["from-image-eol", "copy-manifests-first"]);
    // Positions are those of the fixed file; the remaining problem carries its suggestion.
    const cmf = out.problems[1];
    expect(cmf.line).toBe(3);
    expect(cmf.fix.kind).toBe("suggestion");
  });

  it("--fix-dry-run prints a unified diff, writes nothing, and exits as a plain lint", () => {
    const dir = dirWith({ Dockerfile: SEED });
    const plain = dflint([], { cwd: dir });
    const r = dflint(["--fix-dry-run"], { cwd: dir });
    expect(r.code).toBe(plain.code);
    expect(read(dir)).toBe(SEED);
    expect(r.stdout).toBe(
      [
        "--- a/Dockerfile",
        "+++ b/Dockerfile",
        "@@ -1,7 +1,6 @@",
        " FROM python:3.6-alpine",
        "-RUN mkdir /app",
        " WORKDIR /app",
        " COPY . .",
        "-RUN pip install -r requirements.txt",
        "+RUN pip install --no-cache-dir -r requirements.txt",
        " EXPOSE 5000",
        "-CMD python app.py",
        '+CMD ["python", "app.py"]',
        "",
      ].join("\n"),
    );
    // The report (of the unfixed file) goes to stderr, with a note on what would change.
    expect(r.stderr).toContain("--fix-dry-run: 3 fixes in 1 file");
    expect(r.stderr).toContain("copy-manifests-first");
    expect(r.stderr).toContain("run-redundant-mkdir");
  });

  it("reads stdin with --fix and prints the fixed text; the report goes to stderr", () => {
    const dir = dirWith({});
    const r = dflint(["--fix", "-"], { cwd: dir, input: "from busybox:1.37\nMAINTAINER me\nCMD echo hi\n" });
    expect(r.stdout).toBe('FROM busybox:1.37\nLABEL org.opencontainers.image.authors="me"\nCMD ["echo", "hi"]\n');
    expect(r.stderr).toContain("3 problems fixed");
    expect(r.code).toBe(0);
  });

  it("keeps CRLF line breaks and a BOM", () => {
    const dir = dirWith({ Dockerfile: "\ufeffFROM debian:12\r\nRUN apt-get install curl\r\nadd app.py /app/\r\n" });
    dflint(["--fix"], { cwd: dir });
    expect(read(dir)).toBe("\ufeffFROM debian:12\r\nRUN apt-get install --no-install-recommends -y curl\r\nCOPY app.py /app/\r\n");
  });

  it("--fix-rule limits the fixes to the named rules", () => {
    const dir = dirWith({ Dockerfile: SEED });
    dflint(["--fix", "--fix-rule", "cmd-exec-form", "--fix-rule", "pip-no-cache-dir"], { cwd: dir });
    expect(read(dir)).toBe(SEED.replace("pip install", "pip install --no-cache-dir").replace("CMD python app.py", 'CMD ["python", "app.py"]'));
  });

  it("rejects fix options that cannot apply, with exit 2", () => {
    const dir = dirWith({ Dockerfile: SEED });
    for (const args of [["--fix-suggestions"], ["--fix-rule", "cmd-exec-form"], ["--fix", "--fix-dry-run"], ["--fix", "--fix-rule", "no-such-rule"], ["--fix", "--fix-rule", "from-image-eol"]]) {
      const r = dflint(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^dflint: /);
    }
    expect(read(dir)).toBe(SEED);
  });

  // Skipped when run as root, who can write a read-only file.
  it.skipIf(process.getuid?.() === 0)("leaves a file it cannot write alone and exits 2, still fixing the others (not as root)", () => {
    const dir = dirWith({ Dockerfile: SEED, "b.Dockerfile": "FROM alpine:3.20\nCMD echo hi\n" });
    fs.chmodSync(path.join(dir, "Dockerfile"), 0o444);
    const r = dflint(["--fix", "Dockerfile", "b.Dockerfile"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("cannot write the fixed file");
    expect(read(dir, "b.Dockerfile")).toBe('FROM alpine:3.20\nCMD ["echo", "hi"]\n');
  });
});
