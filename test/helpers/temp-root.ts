// Vitest global setup: every test file's temporary folders (os.tmpdir(), mkdtemp) go under one
// folder of this run, removed when the run ends, so a run leaves nothing behind in /tmp (the
// suite makes a few thousand folders, and tests that fail midway skip their own clean-up).
// Workers and the CLIs they spawn inherit TMPDIR.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const MARK = "DFLINT_TEST_RUN_TMP";

export default function setup(): () => void {
  // Each vitest project inherits this setup: the first call makes the folder, the others reuse it
  // (nested folders made unix socket paths of the private dockerd too long to bind).
  if (process.env[MARK]) return () => {};
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-test-run-"));
  // mkdtemp makes it private (0700); tests that run the CLI as another user (hostile.test.ts) must
  // still reach their folders inside it.
  fs.chmodSync(root, 0o711);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env[MARK];
    // A daemon that could not be stopped may leave a mount busy: what cannot be removed stays.
    try {
      fs.rmSync(root, { recursive: true, force: true });
    } catch (err) {
      console.warn(`could not remove the test run's temporary folder ${root}: ${(err as Error).message}`);
    }
  };
}
