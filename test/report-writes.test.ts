// How the CLI writes a streamed report (JSON): pieces gathered into writes of under 64 KB each,
// which together are the whole report.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/main";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-writes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function lint(args: string[]): Promise<string[]> {
  const writes: string[] = [];
  await run({ argv: args, cwd: dir, env: {}, stdout: (s) => void writes.push(s), stderr: () => {}, readStdin: () => "", isTTY: false });
  return writes;
}

describe("streamed report writes", () => {
  it("writes a report of thousands of problems in writes under 64 KB that make the whole report", async () => {
    // Every stage copies from itself: one long-message error each.
    const text = Array.from({ length: 3000 }, (_, i) => `FROM alpine:3.20 AS s${i}\nCOPY --from=s${i} /a /b\n`).join("");
    fs.writeFileSync(path.join(dir, "Dockerfile"), text);
    const writes = await lint(["--fail-level", "none", "-f", "json", "Dockerfile"]);
    const report = JSON.parse(writes.join(""));
    expect(report.files[0].problems.filter((p: { ruleId: string }) => p.ruleId === "copy-from-self")).toHaveLength(3000);
    expect(writes.length).toBeGreaterThan(10);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(65536);
    // Gathered: no write is a lone small piece but the last.
    expect(Math.min(...writes.slice(0, -1).map((w) => w.length))).toBeGreaterThan(30000);
  });

  it("writes a small report at once", async () => {
    fs.writeFileSync(path.join(dir, "small.Dockerfile"), "FROM alpine:3.20\nRUN echo hi\n");
    const writes = await lint(["--fail-level", "none", "-f", "json", "small.Dockerfile"]);
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]!).files[0].path).toBe("small.Dockerfile");
  });
});
