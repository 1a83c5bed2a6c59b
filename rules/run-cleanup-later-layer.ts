import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { isArchiveName } from "../src/model/archives";
import { copyParts } from "../src/model/copy";
import { isIndexUpdate, isPackageInstall } from "../src/model/packages";
import type { Instruction, Model, Mount, RunInfo, SimpleCommand } from "../src/model/types";
import { trimEndOf } from "../src/model/paths";
import { shellGlobToRegExp } from "../src/model/shell-glob";

type Report = (d: ReportDescriptor<"laterCleanup">) => void;

interface Created {
  path: string;
  ins: Instruction;
  /** How the message names it; null for a COPY or ADD, named by the path it put there (see named). */
  what: string | null;
}

/** How the message names `hit`, removed by an rm of `base`: a COPY or ADD by where the file landed.
 * A destination without a trailing `/` may be a folder that exists (`COPY x.zip $HOME`): then the
 * file removed under it is the one it put there. */
function named(hit: Created, base: string, glob: RegExp | null): string {
  if (hit.what !== null) return hit.what;
  const path = glob === null && base.startsWith(hit.path + "/") ? base : hit.path;
  return `'${path}' (${hit.ins.keyword})`;
}

function join(cwd: string, p: string): string {
  const abs = p.startsWith("/") ? p : (cwd.endsWith("/") ? cwd : cwd + "/") + p;
  // Most paths are already normal (no empty, '.' or '..' segment, no trailing '/'): no split and rebuild.
  if (abs.length > 1 && !abs.endsWith("/") && !abs.includes("//") && !abs.includes("/.")) return abs;
  const out: string[] = [];
  for (const part of abs.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

const ARCHIVE = /\.(tar|tgz|tar\.gz|tar\.xz|tar\.bz2|tar\.zst|txz|tbz2|zip|7z|xz|bz2|gz|deb|rpm|apk|whl|jar|war|run|bin|iso|msi|exe)$/i;
// Pre-check on a COPY/ADD's raw text: a source can end in an archive name only when the text holds
// one of ARCHIVE's extensions, or a variable, quote or escape that can make one.
const MAY_NAME_ARCHIVE = /[$"'\\`]|\.(tar|tgz|txz|tbz2|zip|7z|xz|bz2|gz|deb|rpm|apk|whl|jar|war|run|bin|iso|msi|exe)/i;

// A loop, not `.map`: an array made by `.map` in optimized code has another map (holey) than one
// made by the builtin, and the readers compiled with the builtin's arrays deoptimized on it.
function argv(c: SimpleCommand): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < c.words.length; i++) out.push(c.words[i]!.expanded);
  return out;
}

/** Does removing `r` delete (part of) what `c` created? `base` is r without trailing `/*`, `glob` r as a pattern when base has one. */
function removes(base: string, glob: RegExp | null, c: string): boolean {
  if (glob === null) return base === c || c.startsWith(base + "/") || base.startsWith(c + "/");
  return glob.test(c);
}

/** `dir/*` and `dir/**` name the contents of `dir`: `dir`. */
function stripTrailingStars(r: string): string {
  // (Most words end in another character: no trimEndOf call, which only this rule made hot enough to compile.)
  if (r.charCodeAt(r.length - 1) !== 42) return r;
  const noStars = trimEndOf(r, "*");
  return noStars !== r && noStars.endsWith("/") ? noStars.slice(0, -1) : r;
}

/** Is `p` under the target of one of `mounts` that take writes (all but read-only bind mounts)?
 * A loop over the mounts: a list of their targets (a shared empty one, or one made by filter and
 * map) had arrays of several maps, and a read of it deoptimized checkRun. */
function underWritableMount(p: string, mounts: readonly Mount[]): boolean {
  for (let i = 0; i < mounts.length; i++) {
    const m = mounts[i]!;
    if (m.type === "bind" && !m.options["rw"] && !m.options["readwrite"]) continue;
    const t = m.options["target"];
    if (t && (p === t || p.startsWith(t.replace(/\/$/, "") + "/"))) return true;
  }
  return false;
}

// Commands that createdBy() knows to write files into the layer.
const CREATORS = new Set(["apt-get", "apt", "apk", "yum", "dnf", "curl", "wget", "git"]);
const NOTHING: readonly { path: string; what: string }[] = [];

const APT_LISTS: readonly { path: string; what: string }[] = [{ path: "/var/lib/apt/lists", what: "the apt package lists" }];
const APK_CACHE: readonly { path: string; what: string }[] = [{ path: "/var/cache/apk", what: "the apk cache" }];
const YUM_CACHE: readonly { path: string; what: string }[] = [{ path: "/var/cache/yum", what: "the yum cache" }];
const DNF_CACHE: readonly { path: string; what: string }[] = [{ path: "/var/cache/dnf", what: "the dnf cache" }];

/**
 * Paths a RUN command writes into the layer (package indexes, downloads, clones). One case per
 * command name, the word walks in helpers: as one function the optimizing compiler compiled every
 * tool's reading together (the longest compile of the rules, --trace-opt).
 */
function createdBy(c: SimpleCommand, cwd: string): readonly { path: string; what: string }[] {
  switch (c.name) {
    case "apt-get":
    case "apt":
      // (update or install) and update: the lists come from the update.
      return isIndexUpdate(c) ? APT_LISTS : NOTHING;
    case "apk":
      return (isIndexUpdate(c) || isPackageInstall(c)) && !hasWord(c, "--no-cache") ? APK_CACHE : NOTHING;
    case "yum":
      return isPackageInstall(c) ? YUM_CACHE : NOTHING;
    case "dnf":
      return isPackageInstall(c) ? DNF_CACHE : NOTHING;
    case "curl":
      return curlOutputs(c, cwd);
    case "wget":
      return wgetOutputs(c, cwd);
    case "git":
      return c.words[1]?.expanded === "clone" ? cloneTarget(c, cwd) : NOTHING;
  }
  return NOTHING;
}

/** Is one of the command's words (expanded) `text`? Read in place, not from an argv copy. */
function hasWord(c: SimpleCommand, text: string): boolean {
  const words = c.words;
  for (let i = 0; i < words.length; i++) if (words[i]!.expanded === text) return true;
  return false;
}

/** The expanded value of the command's word `i` (undefined past the last word, as argv(c)[i] gave). */
function wordAt(c: SimpleCommand, i: number): string | null | undefined {
  return i < c.words.length ? c.words[i]!.expanded : undefined;
}

/**
 * May word `w` be an option (start with `-`) once expanded? A word whose unexpanded value starts
 * with another character than `-`, `$`, a backquote or `~` keeps that first character when
 * expanded: it is not expanded (curl URLs hold `${VERSION}`, and their expansion was most of this
 * rule's work on a 10 MB file). The loops read the word themselves: a helper that read word `i`
 * (optionAt) was the rule's hottest function, run cold per word and then compiled by TurboFan on
 * its own with both word classes' getters and the expansion inlined (--trace-turbo-inlining).
 */
function mayBeOption(first: number): boolean {
  return first === 45 || first === 36 || first === 96 || first === 126;
}

/** Files that `curl -o` writes. Indexed loops over the words (read in place, no argv copy), no
 * regex per word: a big file has tens of thousands of curl commands. The next word is read only
 * after an output option. */
function curlOutputs(c: SimpleCommand, cwd: string): readonly { path: string; what: string }[] {
  let out: { path: string; what: string }[] | null = null;
  const words = c.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!mayBeOption(word.value.charCodeAt(0))) continue;
    const w = word.expanded;
    if (w === null) continue;
    if (w === "-o" || w === "--output") {
      const next = wordAt(c, i + 1);
      if (next) (out ??= []).push({ path: join(cwd, next), what: "a download" });
    } else if (w.startsWith("--output=")) (out ??= []).push({ path: join(cwd, w.slice(9)), what: "a download" });
  }
  return out === null ? NOTHING : withoutNull(out);
}

/** Files that `wget -O` writes (not `-O -`, standard output). */
function wgetOutputs(c: SimpleCommand, cwd: string): readonly { path: string; what: string }[] {
  let out: { path: string; what: string }[] | null = null;
  const words = c.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!mayBeOption(word.value.charCodeAt(0))) continue;
    const w = word.expanded;
    if (w !== "-O" && w !== "--output-document") continue;
    const next = wordAt(c, i + 1);
    if (next && next !== "-") (out ??= []).push({ path: join(cwd, next), what: "a download" });
  }
  return out === null ? NOTHING : withoutNull(out);
}

/** The folder `git clone URL DIR` writes. */
function cloneTarget(c: SimpleCommand, cwd: string): readonly { path: string; what: string }[] {
  const pos = argv(c).slice(2).filter((w) => w && !w.startsWith("-"));
  return pos.length >= 2 ? withoutNull([{ path: join(cwd, pos[1]!), what: "a git clone" }]) : NOTHING;
}

function withoutNull(out: { path: string; what: string }[]): readonly { path: string; what: string }[] {
  return out.length === 0 ? NOTHING : out.filter((o) => !o.path.includes("null"));
}

/** What a COPY or ADD of one archive or installer leaves in the layer, or null. */
function copiedArchive(model: Model, ins: Instruction, cwd: string): Created | null {
  const { sources, dest } = copyParts(ins);
  if (!dest || sources.length !== 1 || sources[0]!.heredoc) return null;
  const d = model.expand(dest.value, ins.scope);
  const s = model.expand(sources[0]!.value, ins.scope);
  if (d.unresolved || s.unresolved || /[*?[]/.test(s.value)) return null;
  const name = trimEndOf(s.value.replace(/[?#].*$/, ""), "/").split("/").pop()!;
  // Only archives and installers: small files left behind are not worth a finding.
  if (!ARCHIVE.test(name)) return null;
  // A local tar archive is unpacked by ADD; a local .jar, .zip or .deb is copied as is, like COPY.
  if (ins.keyword === "ADD" && !/^https?:\/\//i.test(s.value) && isArchiveName(name)) return null;
  // A destination ending in `/`, or `.` or `..` (a folder), gets the file under its own name.
  const toFolder = d.value.endsWith("/") || /(^|\/)\.\.?$/.test(d.value);
  const target = toFolder ? join(join(cwd, d.value), name) : join(cwd, d.value);
  // Named by where it lands (named()): `ADD URL /tmp/x.deb` creates /tmp/x.deb, whatever the URL's file is called.
  return { path: target, ins, what: null };
}

/** Reports the rm commands of one RUN that delete what an earlier layer created; adds what the RUN creates to `created`. */
function checkRun(ins: Instruction, run: RunInfo, cwd: string, created: Created[], report: Report): void {
  // This RUN's own files: a list made on the first one (most RUNs create none of them).
  let mine: Created[] = NO_CREATED;
  let runCwd = cwd;
  const commands = run.commands;
  for (let ci = 0; ci < commands.length; ci++) {
    const c = commands[ci]!;
    if (c.name === "cd" && c.subshellDepth === 0 && !c.compound) {
      // (Length tested, not `words[1]?.`: reading past the end of a bare `cd`'s words deoptimized this.)
      const dir = c.words.length > 1 ? c.words[1]!.expanded : undefined;
      runCwd = dir ? join(runCwd, dir) : "\0";
      continue;
    }
    if (c.name === "rm" && runCwd !== "\0") {
      // Nothing created yet in this stage: no rm can remove it (most rm commands in most files).
      if (created.length === 0 && mine.length === 0) continue;
      checkRm(c, runCwd, mine, created, report);
      continue;
    }
    if (runCwd === "\0" || !CREATORS.has(c.name)) continue;
    const made = createdBy(c, runCwd);
    for (let k = 0; k < made.length; k++) {
      if (underWritableMount(made[k]!.path, run.mounts)) continue;
      if (mine === NO_CREATED) mine = [];
      mine.push({ path: made[k]!.path, ins, what: made[k]!.what });
    }
  }
  for (let k = 0; k < mine.length; k++) created.push(mine[k]!);
}

/** The empty list of a RUN that created nothing yet: shared, never written (checkRm removes only entries it holds). */
const NO_CREATED: Created[] = [];

/** One rm command: drops what it removes from `mine` (this RUN's) and `created`, reporting what an earlier layer created. */
function checkRm(c: SimpleCommand, runCwd: string, mine: Created[], created: Created[], report: Report): void {
  const words = c.words;
  for (let wi = 1; wi < words.length; wi++) {
    // Nothing left that an rm could remove (the RUN's own files removed by an earlier word, say).
    if (mine.length === 0 && created.length === 0) return;
    const w = words[wi]!;
    const v = w.expanded;
    if (v === null || v.startsWith("-")) continue;
    const r = join(runCwd, v);
    if (r === "/") continue;
    // What the word removes is worked out once, not again for each path it is compared with
    // (a glob was a new RegExp per comparison).
    const base = stripTrailingStars(r);
    const glob = /[*?[]/.test(base) ? shellGlobToRegExp(r) : null;
    // Removing what this RUN created is the right thing; drop it from the list.
    let own = false;
    for (let k = mine.length - 1; k >= 0; k--) if (removes(base, glob, mine[k]!.path)) (mine.splice(k, 1), (own = true));
    let hit: Created | undefined;
    for (let k = 0; k < created.length && !hit; k++) if (removes(base, glob, created[k]!.path)) hit = created[k];
    // When this RUN created the same files, the rm is for its own (the earlier layer is the problem, reported by other rules).
    if (hit && own) {
      for (let k = created.length - 1; k >= 0; k--) if (removes(base, glob, created[k]!.path)) created.splice(k, 1);
    } else if (hit) {
      report({ messageId: "laterCleanup", data: { rm: `rm ${v}`, what: named(hit, base, glob), line: hit.ins.line }, span: { start: w.start, end: w.end } });
      for (let k = created.length - 1; k >= 0; k--) if (removes(base, glob, created[k]!.path)) created.splice(k, 1);
    }
  }
}

export default defineRule({
  id: "run-cleanup-later-layer",
  keywords: ["RUN"],
  description: "Remove files in the same RUN that creates them, not in a later layer",
  severity: "warning",
  related: [],
  messages: {
    laterCleanup:
      "'{{rm}}' deletes {{what}} created by line {{line}} in an earlier layer, so the image does not get smaller (the files stay in that layer); remove them in the same RUN that creates them, or use a cache mount",
  },
  options: {},
  examples: {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "FROM alpine:3.20\nRUN wget -O /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz",
    ],
    invalid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*",
      "FROM alpine:3.20\nCOPY big.tar.gz /tmp/\nRUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz",
    ],
  },
  check({ model, report }) {
    if (!commandNames(model).has("rm")) return; // it reports only rm commands
    // Indexed loops: this runs cold for most files, where a for-of loop allocates an iterator result per step.
    // The work per instruction is in helpers: the optimizing compiler compiled this check as one
    // function of everything inlined, and compiled it again when a rare path (a JSON-form COPY) deoptimized it.
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      let cwd = "/";
      const created: Created[] = [];
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (ins.keyword === "WORKDIR") {
          const r = model.expand(ins.argsText.text.trim(), ins.scope);
          if (r.unresolved) cwd = "\0";
          else cwd = join(cwd, r.value);
          continue;
        }
        if (cwd === "\0") continue;
        if (ins.keyword === "COPY" || ins.keyword === "ADD") {
          if (!MAY_NAME_ARCHIVE.test(ins.argsText.text)) continue;
          const archive = copiedArchive(model, ins, cwd);
          if (archive) created.push(archive);
          continue;
        }
        // (The keyword first: `run` and `windowsShell` are getters, a call each for every ENV,
        // LABEL or CMD while this check still runs unoptimized.)
        if (ins.keyword !== "RUN") continue;
        const run = ins.run;
        if (run && !run.windowsShell) checkRun(ins, run, cwd, created, report);
      }
    }
  },
});
