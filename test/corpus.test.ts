// Lints every Dockerfile of ../shared/corpus in one CLI run: no crash, no internal error.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const manifest = path.join(corpus, "MANIFEST.tsv");
const present = fs.existsSync(manifest);
if (!present) console.warn(`corpus test skipped: ${manifest} not found`);

describe.skipIf(!present)("corpus (../shared/corpus)", () => {
  it("lints every file in one run with no crash and no internal-error", () => {
    const files = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]!);
    const list = path.join(root, ".tmp", "corpus-list.txt");
    fs.mkdirSync(path.dirname(list), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(root, "bin", "dflint.js"), "--format", "json", "--fail-level", "none", ...files], {
      cwd: corpus,
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { path: string; error?: string; problems: { ruleId: string; message: string }[] }[] };
    expect(out.files.length).toBe(files.length);
    const internal = out.files.flatMap((f) => f.problems.filter((p) => p.ruleId === "internal-error").map((p) => `${f.path}: ${p.message}`));
    expect(internal).toEqual([]);
    expect(out.files.filter((f) => f.error).map((f) => `${f.path}: ${f.error}`)).toEqual([]);
  });
});
