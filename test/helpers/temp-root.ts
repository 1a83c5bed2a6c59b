// Vitest global setup: every test file's temporary folders (os.tmpdir(), mkdtemp) go under one
// folder of this run, removed when the run ends, so a run leaves nothing behind in /tmp (the
// suite makes a few thousand folders, and tests that fail midway skip their own clean-up).
// Workers and the CLIs they spawn inherit TMPDIR.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-test-run-"));
  // mkdtemp makes it private (0700); tests that run the CLI as another user (hostile.test.ts) must
  // still reach their folders inside it.
  fs.chmodSync(root, 0o711);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    fs.rmSync(root, { recursive: true, force: true });
  };
}
