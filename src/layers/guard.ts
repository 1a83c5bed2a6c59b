// The build-context guard as `dflint layers` reports it: per COPY/ADD of the
// shipped stages, the context files it writes into the image (after
// .dockerignore), the secret-looking and big ones, and the .dockerignore
// patterns that match nothing. The same lists context-secret-baked reports in
// lint (src/layers/baked.ts); secret files are named by path and kind only.
import { relative } from "node:path";
import type { BuildContext } from "./context";
import { bakedFiles, DEFAULT_BIG_FILE, type BakedFile, type SecretFile, type UnusedPattern } from "./baked";
import type { Model } from "../model/types";

export interface GuardStep {
  line: number;
  instruction: string;
  /** Files written into the image, with the path each one gets there. */
  files: BakedFile[];
  bytes: number;
  secrets: SecretFile[];
  big: BakedFile[];
  /** Local archives ADD unpacks (their contents reach the image, not the file). */
  unpacked: string[];
}

export interface GuardReport {
  /** The ignore file in use, relative to the context, or null. */
  ignoreFile: string | null;
  /** Size from which a file counts as big. */
  bigFile: number;
  steps: GuardStep[];
  unusedPatterns: UnusedPattern[];
}

export function contextGuard(model: Model, context: BuildContext, bigFile = DEFAULT_BIG_FILE): GuardReport {
  const baked = bakedFiles(model, context, { bigFile });
  return {
    ignoreFile: baked.ignoreFile ? relative(context.dir, baked.ignoreFile).split("\\").join("/") || ".dockerignore" : null,
    bigFile,
    steps: baked.steps.map((s) => ({
      line: s.line,
      instruction: `${s.instruction.keywordRaw} ${s.instruction.argsText.text.trim()}`.replace(/\s+/g, " "),
      files: s.files,
      bytes: s.files.reduce((n, f) => n + f.size, 0),
      secrets: s.secrets,
      big: s.big,
      unpacked: s.unpacked,
    })),
    unusedPatterns: baked.unusedPatterns,
  };
}

/** Secret-looking files grouped for display: `.git` as one entry with its file count, others by path. */
export function secretEntries(secrets: SecretFile[]): { path: string; kind: string }[] {
  const git = secrets.filter((s) => s.path.split("/").includes(".git"));
  const out = secrets.filter((s) => !git.includes(s)).map((s) => ({ path: s.path, kind: s.kind }));
  if (git.length) out.push({ path: ".git", kind: `${git.length} file${git.length === 1 ? "" : "s"}: history and remotes` });
  return out;
}
