// How the executable writes its output (src/cli/stdio.ts): straight to the descriptor unless it is
// a terminal. The report must be the same whatever stdout is (a pipe, a file, /dev/null, a
// non-blocking pipe that fills up, a terminal), and a terminal still gets colour.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bin, dflint, tmpdir } from "./helpers/cli";

const sh = (script: string, cwd: string) => spawnSync("sh", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "", NO_COLOR: "" } });
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const node = JSON.stringify(process.execPath);
const skip = (ctx: { skip: () => void }, why: string) => {
  console.warn(`stdio test skipped: ${why}`);
  ctx.skip();
};
const cli = JSON.stringify(bin);

// 300 files with findings: a report far larger than a pipe's buffer (64 KB).
const many = tmpdir(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`s${i}.Dockerfile`, "FROM python:3.6-alpine\nRUN pip install flask\nCMD python app.py\n"])), "dflint-stdio-");

describe("output of the executable", () => {
  const piped = dflint(["--format", "compact", "."], { cwd: many });

  it("a large report through a pipe is whole (sanity: it is larger than a pipe's buffer)", () => {
    expect(piped.code).toBe(1);
    expect(piped.stdout.length).toBeGreaterThan(128 * 1024);
    expect(piped.stdout.trim().split("\n").filter((l) => l.includes("cmd-exec-form"))).toHaveLength(300);
  });

  it("is the same written to a file, and to /dev/null gives the same exit code and no error", () => {
    const out = path.join(tmpdir({}, "dflint-stdio-out-"), "report.txt");
    const r = sh(`${node} ${cli} --format compact . > ${JSON.stringify(out)}; echo "exit $?" >&2`, many);
    expect(r.stderr).toBe("exit 1\n");
    expect(fs.readFileSync(out, "utf8")).toBe(piped.stdout);
    expect(sh(`${node} ${cli} --format compact . > /dev/null; echo "exit $?" >&2`, many).stderr).toBe("exit 1\n");
  });

  it("a non-blocking pipe that fills up (the reader waits) hands over to Node's stream and loses nothing", (ctx) => {
    if (!has("python3")) return skip(ctx, "python3 is needed to make the pipe non-blocking");
    // O_NONBLOCK is set on the pipe's shared description before node starts; the reader sleeps,
    // so writes fail with EAGAIN once the pipe's buffer is full.
    const nonblock = `python3 -c 'import fcntl, os; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK)'`;
    const r = sh(`{ ${nonblock} && ${node} ${cli} --format compact .; echo "exit $?" >&2; } | { sleep 1; cat; }`, many);
    expect(r.stderr).toBe("exit 1\n");
    expect(r.stdout).toBe(piped.stdout);
  });

  it("a terminal gets colour, a pipe none", (ctx) => {
    if (!has("script")) return skip(ctx, "util-linux script is needed for a terminal");
    const dir = tmpdir({ Dockerfile: "FROM python:3.6-alpine\nCMD python app.py\n" }, "dflint-stdio-");
    const tty = sh(`script -qec "${process.execPath} ${bin} Dockerfile" /dev/null`, dir);
    expect(tty.stdout).toContain("\u001b[33mwarning\u001b[39m");
    const pipe = dflint(["Dockerfile"], { cwd: dir });
    expect(pipe.stdout).toContain("warning");
    expect(pipe.stdout).not.toContain("\u001b[");
  });
});
