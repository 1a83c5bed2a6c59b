// The "copy manifests first" reorder as text edits: copy the dependency manifests
// into place before the whole-context COPY and install there, so that a source
// edit no longer invalidates the install layer. Used by the copy-manifests-first
// fix; the layer estimator can apply the same edits to predict the cache gain.
import type { Fix } from "../engine/types";
import { wordTexts } from "./commands";
import { copiesFromContext, copyParts, isWholeContext } from "./copy";
import { instructionLines, instructionLinesText } from "./edits";
import type { DependencyInstall } from "./installs";
import { goPathMode } from "./go-mode";
import { detectInstall, isManifestSource } from "./installs";
import { parsePackageCommand } from "./packages";
import { pipInstall } from "./pip";
import type { Instruction, Model, SimpleCommand, Stage } from "./types";
import { workdirAt } from "./workdir";

/** COPY flags kept on the inserted manifest COPY (others, like --exclude or --parents, stop the fix). */
const KEPT_FLAGS = new Set(["chown", "chmod", "link"]);

/** Instructions an install can move above without changing what it sees. */
const MOVABLE_PAST = new Set(["COPY", "ADD", "EXPOSE", "LABEL"]);

/**
 * For installs that build the project (go build, mvn package, dotnet publish), the step that
 * fetches the dependencies alone, inserted before the whole-context copy; the build stays put.
 */
const FETCH_STEP: Record<string, { tools: string[]; run: (tool: string) => string; manifests: string[] }> = {
  go: { tools: ["go"], run: () => "go mod download", manifests: ["go.mod", "go.sum"] },
  maven: { tools: ["mvn"], run: (t) => `${t} dependency:go-offline`, manifests: ["pom.xml"] },
  dotnet: { tools: ["dotnet"], run: (t) => `${t} restore`, manifests: ["*.csproj"] },
};

/** Installs that need more than their manifests: the project itself is installed unless told not to. */
function installNeedsSource(inst: DependencyInstall, argv: string[]): boolean {
  switch (inst.ecosystem) {
    case "pip":
      return inst.manifests.includes("pyproject.toml"); // `pip install .` / `-e .`
    case "poetry":
      return !argv.includes("--no-root");
    case "uv":
      return argv[1] === "sync" && !argv.includes("--no-install-project");
    case "cargo":
      return true; // cargo needs the crate's targets (src/main.rs) even to fetch
    default:
      return inst.build;
  }
}

/** A command that reads nothing from the build context, so it may run before the whole copy. */
function readsNoSource(cmd: SimpleCommand, ecosystem: string): boolean {
  const inst = detectInstall(cmd);
  if (inst) return inst.ecosystem === ecosystem && !installNeedsSource(inst, wordTexts(cmd));
  if (parsePackageCommand(cmd)) return true; // apt-get, apk, dnf ... (system packages)
  const pip = pipInstall(cmd);
  if (pip) return pip.args.every((a) => !/^(-r|--requirement|-c|--constraint|-e|--editable)/.test(a.text) && !/^[./~]/.test(a.text) && !a.text.includes("/"));
  return false;
}

function withSlash(dest: string): string {
  return dest === "." || dest === "./" || dest === "./." ? "./" : dest.endsWith("/") ? dest : dest + "/";
}

/** Manifest COPY lines: files grouped by folder, lock files optional (`name*`) since a project may not have one. */
function manifestCopies(keyword: string, flags: string, manifests: string[], dest: string, optionalAfterFirst: boolean, present: (m: string) => boolean): string[] {
  const byDir = new Map<string, string[]>();
  const globbed = manifests.some((m) => m.includes("*"));
  manifests.forEach((m, i) => {
    if (present(m)) return; // an earlier COPY put it in place already
    const slash = m.lastIndexOf("/");
    const dir = slash === -1 ? "" : m.slice(0, slash + 1);
    const list = byDir.get(dir) ?? [];
    // With a glob in the list (`packages.config *.csproj`) no one named file is sure to exist.
    list.push(optionalAfterFirst && (i > 0 || globbed) && !m.includes("*") ? m + "*" : m);
    byDir.set(dir, list);
  });
  // One named file (not a glob: that may match several) into the working directory reads as Docker's guides write it: `COPY requirements.txt .`
  return [...byDir].map(([dir, files]) => `${keyword}${flags} ${files.join(" ")} ${files.length === 1 && !files[0]!.includes("*") && !dir && dest === "." ? "." : withSlash(dest) + dir}`);
}

/**
 * Edits that move `run` (holding `install`) above `copy`, the stage's whole-context COPY, with a
 * COPY of the manifests before it; or, for a build step, insert a dependency fetch there instead.
 * Null when the reorder cannot be shown to keep what the install sees.
 */
export function manifestsFirstFix(model: Model, stage: Stage, copy: Instruction, run: Instruction, install: DependencyInstall): Fix | null {
  if (copy.json || copy.heredocs.length) return null;
  if (copy.flags.some((f) => !KEPT_FLAGS.has(f.name))) return null;
  const dest = copyParts(copy).dest;
  if (!dest || dest.value !== dest.raw || /[\s$"'\\`]/.test(dest.raw)) return null;
  const copyLines = instructionLines(model, copy);
  if (!copyLines) return null;
  const list = stage.instructions;
  const between = list.slice(list.indexOf(copy) + 1, list.indexOf(run));
  if (between.some((i) => !MOVABLE_PAST.has(i.keyword) && i.keyword !== "RUN")) return null;
  // The manifests are named relative to the install's working directory: the copy must land there.
  // Without any WORKDIR, a second relative COPY would only repeat copy-relative-dest's problem: set WORKDIR first.
  if (!dest.value.startsWith("/") && !stage.image.isScratch && !hasWorkdirBefore(stage, copy)) return null;
  if (!(dest.value === "." || dest.value === "./" || dest.value === "./." || workdirAt(model, stage, copy) === dest.value.replace(/\/+$/, ""))) return null;
  if (install.manifests.some((m) => m.startsWith("/") || m.split("/").includes("..") || /[\s$"'\\`]/.test(m))) return null;
  const argv = wordTexts(install.command);
  if (argv.some((a) => a.startsWith("/") && install.manifests.some((m) => a.endsWith("/" + m)))) return null;

  const keyword = /^[a-z]+$/.test(copy.keywordRaw) ? "copy" : "COPY";
  const flags = copy.flags.map((f) => " " + model.text.slice(f.start, f.end)).join("");
  const indent = model.text.slice(copyLines.start, copy.start);
  const eco = install.ecosystem;
  // Manifests an earlier COPY already put in place are not copied again.
  const present = (m: string): boolean => copiedBefore(stage, copy, m, dest.value);

  if (installNeedsSource(install, argv)) {
    const fetch = FETCH_STEP[eco];
    const tool = install.command.name;
    if (!fetch || !fetch.tools.includes(tool) || !install.build) return null;
    const runKeyword = keyword === "copy" ? "run" : "RUN";
    const lines = [...manifestCopies(keyword, flags, fetch.manifests, dest.value, true, present), `${runKeyword} ${fetch.run(tool)}`];
    return { kind: "suggestion", edits: [{ span: { start: copyLines.start, end: copyLines.start }, text: lines.map((l) => indent + l + "\n").join("") }] };
  }

  // Move the whole RUN: every command in it must read nothing else from the context, and nothing
  // between the copy and the RUN may change what it sees (only COPY/ADD/EXPOSE/LABEL may lie between).
  if (between.some((i) => i.keyword === "RUN")) return null;
  if (!run.run || run.run.commands.some((c) => !readsNoSource(c, eco))) return null;
  const runLines = instructionLines(model, run);
  if (!runLines) return null;
  // Comment lines directly above the RUN move with it.
  const first = run.commentsAbove[0];
  const moved = { start: first ? model.lines.lineStart(first.line) : runLines.start, end: runLines.end };
  if (moved.start <= copy.end) return null;
  const optional = eco !== "pip";
  const text = manifestCopies(keyword, flags, install.manifests, dest.value, optional, present).map((l) => indent + l + "\n").join("") + instructionLinesText(model, moved);
  return {
    kind: "suggestion",
    edits: [
      { span: { start: copyLines.start, end: copyLines.start }, text },
      { span: moved, text: "" },
    ],
  };
}

export interface InstallAfterCopy {
  stage: Stage;
  /** The whole-context COPY. */
  copy: Instruction;
  /** The RUN holding the install. */
  run: Instruction;
  /** The install to move: the step that downloads (`nuget restore`, `go get -d`) rather than a later build in the same RUN. */
  install: DependencyInstall;
}

/**
 * Dependency installs that come after their stage's whole-context COPY, so that any source
 * edit reinstalls; one per stage and ecosystem, and none for an ecosystem already installed
 * before that copy or under a RUN cache mount (which keeps the downloads across builds).
 */
export function installsAfterWholeCopy(model: Model): InstallAfterCopy[] {
  const out: InstallAfterCopy[] = [];
  for (const stage of model.stages) {
    // Only a stage that copies the whole context can have an install after it: skip reading the
    // install commands of the others (most stages).
    if (!stage.instructions.some((ins) => copiesFromContext(ins) && copyParts(ins).sources.some((s) => isWholeContext(s.value)))) continue;
    const installedBefore = new Set<string>();
    /** Every manifest source copied from the context before the whole copy. */
    const manifestsCopied: string[] = [];
    let wholeCopy: Instruction | null = null;
    const found = new Set<string>();
    for (const ins of stage.instructions) {
      if (!wholeCopy && copiesFromContext(ins)) {
        const { sources } = copyParts(ins);
        if (sources.some((s) => isWholeContext(s.value))) wholeCopy = ins;
        else manifestsCopied.push(...sources.map((s) => s.value));
        continue;
      }
      if (!ins.run) continue;
      if (ins.run.mounts.some((m) => m.type === "cache")) continue;
      const installs = ins.run.commands
        .map((c) => detectInstall(c, ins.scope))
        .filter((x): x is DependencyInstall => x !== null && !(x.ecosystem === "go" && goPathMode(model, ins, x.command)));
      for (const inst of installs) {
        if (!wholeCopy) {
          // A build before any manifest is copied (`go build -a std`) installed nothing of the project's.
          if (!inst.build || manifestsCopied.some((m) => isManifestSource(m, inst.manifests))) installedBefore.add(inst.ecosystem);
          continue;
        }
        if (installedBefore.has(inst.ecosystem) || found.has(inst.ecosystem)) continue;
        found.add(inst.ecosystem);
        const named = (inst.build && installs.find((x) => x.ecosystem === inst.ecosystem && !x.build)) || inst;
        out.push({ stage, copy: wholeCopy, run: ins, install: named });
      }
    }
  }
  return out;
}

/** `.`, `./`, `./app/` -> ``, ``, `app`: a relative destination folder in one spelling. */
function folder(path: string): string {
  return path.replace(/\/+$/, "").replace(/^\.(\/+|$)/, "");
}

/** True when a context COPY before `at` in the stage copies `manifest` (by that exact path) to where the whole copy would put it. */
function copiedBefore(stage: Stage, at: Instruction, manifest: string, dest: string): boolean {
  const slash = manifest.lastIndexOf("/");
  const want = folder([folder(dest), slash === -1 ? "" : manifest.slice(0, slash)].filter(Boolean).join("/"));
  for (const ins of stage.instructions) {
    if (ins === at) return false;
    if (!copiesFromContext(ins) || ins.json) continue;
    const parts = copyParts(ins);
    if (!parts.dest || !parts.sources.some((s) => s.value.replace(/^\.\/+/, "") === manifest)) continue;
    const to = parts.dest.value;
    const single = parts.sources.length === 1 && !to.endsWith("/") && folder(to) !== "";
    // `COPY requirements.txt ./requirements.txt` names the file itself.
    if (single ? folder(to) === folder([want, manifest.slice(slash + 1)].filter(Boolean).join("/")) : folder(to) === want) return true;
  }
  return false;
}

function hasWorkdirBefore(stage: Stage, at: Instruction): boolean {
  for (let s: Stage | null = stage; s; s = s.parent) {
    for (const ins of s.instructions) {
      if (ins === at) break;
      if (ins.keyword === "WORKDIR") return true;
    }
  }
  return false;
}
