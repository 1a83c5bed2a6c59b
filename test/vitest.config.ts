import { defineConfig } from "vitest/config";

// Test files that change process-wide state (working folder, environment), start servers or
// daemons, or spend their time spawning processes (the CLI, git, npm, pre-commit) run each in a
// fresh process. Every other file runs in one shared worker thread, one file after another: they
// import the same rules and model, and loading those once instead of once per file is most of their
// time (the 87 rule test files: 75 s one process per file, 9 s in one thread). The two groups run at
// the same time. A new test file that changes process-wide state belongs in this list.
const SEPARATE = [
  "action",
  "adoption",
  "buildkit-cache",
  "buildkit-context",
  "buildkit-parity",
  "cli",
  "cli-conventions",
  "cli-fix",
  "code-cache",
  "compose-bake",
  "copy-source-not-ignored",
  "hadolint-parity-instructions",
  "hadolint-parity-run",
  "hostile",
  // (Forces a full GC and checks what a lint leaves alive: in the shared worker, state that other
  // files' lints leave behind kept the instruction it watches.)
  "json-array",
  "layers-advice",
  "layers-audit",
  "layers-cli",
  "lsp",
  "lsp-neovim",
  "pack",
  "pre-commit",
  "run-shellcheck",
  "stdio",
].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    globalSetup: ["test/helpers/temp-root.ts"],
    hookTimeout: 120_000,
    pool: "forks",
    // Three processes for the separate files, although this machine has two cores: most of those
    // files wait on child processes (the CLI, git, npm, dockerd), and vitest's default here (one
    // fork) ran them one after another (174 s of 200 s; 145 s with three).
    poolOptions: { forks: { maxForks: 3, minForks: 1 } },
    projects: [
      { extends: true, test: {
          name: "in-process",
          include: ["test/**/*.test.ts"],
          exclude: SEPARATE,
          // One worker thread, alongside the forks of the separate files (vitest runs the two pools at once).
          pool: "threads",
          isolate: false,
          poolOptions: { threads: { singleThread: true, isolate: false } },
        } },
      { extends: true, test: { name: "separate", include: SEPARATE } },
    ],
  },
});
