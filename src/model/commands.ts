// Helpers for rules that judge the commands of RUN scripts: argv with known
// ARG/ENV values, flag parsing, the RUN instructions to look at (ONBUILD RUN
// included) and the stages whose content ships in an image.
import { InstructionRecord } from "./instruction";
import type { Instruction, Model, RunSite, ShellWord, SimpleCommand } from "./types";
export type { RunSite };

/** One argv token. An expanded word (`$PKGS` = "a b") gives several tokens that share its word. */
export interface Arg {
  text: string;
  word: ShellWord;
  /** False when the word depends on a variable with no known value (text is then the raw value). */
  known: boolean;
}

/** Each word of a command as one text: its value with known ARG/ENV values substituted, else as
 * written (one text per word, not split as commandArgs splits an unquoted expansion). */
export function wordTexts(cmd: SimpleCommand): string[] {
  return cmd.words.map((w) => w.expanded ?? w.value);
}

/** argv of a command with ARG/ENV values substituted; unquoted expansions are split on whitespace. */
export function commandArgs(cmd: SimpleCommand): Arg[] {
  const out: Arg[] = [];
  // Indexed loops and a regex made once: rules ask for the args of many commands, in cold code
  // where a for-of made an iterator result per word (heap profile).
  const words = cmd.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.expanded === null) out.push({ text: w.value, word: w, known: false });
    else if (w.hasExpansion && !QUOTED.test(w.raw)) {
      for (const part of w.expanded.split(/\s+/)) if (part) out.push({ text: part, word: w, known: true });
    } else out.push({ text: w.expanded, word: w, known: true });
  }
  return out;
}

/**
 * Every RUN (and, unless `onbuild` is false, every ONBUILD RUN) with POSIX shell analysis.
 * Built once per model and options: callers only read the list.
 */
export function runSites(model: Model, opts: { onbuild?: boolean; windows?: boolean } = {}): readonly RunSite[] {
  const withOnbuild = opts.onbuild !== false;
  const key = `${withOnbuild ? "o" : ""}${opts.windows ? "w" : ""}`;
  const lists = (model.runSiteLists ??= new Map());
  let out = lists.get(key);
  if (out) return out;
  // Every variant is a filter of the full list ("ow"), so all share one site object per RUN.
  let all = lists.get("ow");
  if (!all) {
    // (An indexed loop: a `for...of` over 200k instructions made an iterator result per step while still bytecode.)
    const instructions = model.instructions;
    // A file of many instructions: the list made at its length, counted first (pushed to, a 10 MB
    // file's list of 35,680 left 0.9 MB of outgrown copies, dead large objects that no GC frees
    // while a big file is linted: src/runtime/big-file-gc.ts).
    const count = instructions.length >= SIZED_FROM ? runCount(instructions) : 0;
    const list: RunSite[] = (count > 0 ? indexedRuns(model, count) : null) ?? fillSites(instructions, count);
    lists.set("ow", (all = list));
    if (key === "ow") return all;
  }
  const keep = (s: RunSite) => (withOnbuild || s.onbuild === null) && (opts.windows || !s.ins.run!.windowsShell);
  // The full list itself when the filter would keep every site (most files: no ONBUILD RUN, no
  // Windows shell): a copy per variant was 0.3 MB each for the 36k RUNs of a 10 MB file.
  out = all.every(keep) ? all : all.filter(keep);
  lists.set(key, out);
  return out;
}

/** The keyword index's RUN list when it is runSites' sized list already, `count` sites that are all
 * RUNs of their own (no ONBUILD RUN) in the same order: one list of 0.8 MB, not two, for a file of
 * 100k RUNs. */
function indexedRuns(model: Model, count: number): RunSite[] | null {
  const runs = model.keywordIndex?.get("RUN");
  if (runs === undefined || runs.length !== count) return null;
  const instructions = model.instructions;
  for (let i = 0, n = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins.run ? !(ins instanceof InstructionRecord) || runs[n++] !== ins : ins.onbuild?.run) return null;
  }
  return runs as InstructionRecord[];
}

/** runSites' full list of `instructions`, made at its length when `count` (its length) is not 0. */
function fillSites(instructions: readonly Instruction[], count: number): RunSite[] {
  const list: RunSite[] = count > 0 ? new Array<RunSite>(count) : [];
  const sized = count > 0;
  for (let i = 0, n = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    // A sized list's RUN is its own site, not an object beside it (40 bytes each: 3.8 MiB of a
    // file of 100k RUNs); a small file's sites stay of one shape for the rules that read them.
    const site: RunSite | null = ins.run ? (sized && ins instanceof InstructionRecord ? ins : { ins, onbuild: null }) : ins.onbuild?.run ? { ins: ins.onbuild, onbuild: ins } : null;
    if (site === null) continue;
    if (sized) list[n++] = site;
    else list.push(site);
  }
  return list;
}

/** From this many instructions runSites counts its list first. */
const SIZED_FROM = 16_384;

/** How many of `instructions` are RUNs or ONBUILD RUNs with shell analysis (runSites's list). */
function runCount(instructions: readonly Instruction[]): number {
  let n = 0;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins.run || ins.onbuild?.run) n++;
  }
  return n;
}

/**
 * True when `args` holds the short option letter `short` (alone or in a cluster
 * such as `-qO-`; letters in `valueLetters` take the rest of the cluster as their
 * value) or one of the `long` names (`--name` or `--name=value`). Stops at `--`.
 */
export function hasOption(args: readonly string[], short: string, long: readonly string[] = [], valueLetters = ""): boolean {
  // An indexed loop: in cold code a for-of made an iterator result per word (heap profile).
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === "--") return false;
    if (a.startsWith("--")) {
      if (long.includes(a.split("=")[0]!)) return true;
    } else if (short && a.startsWith("-") && a.length > 1) {
      if (short.length > 1) {
        if (a === short) return true;
        continue;
      }
      for (let i = 1; i < a.length; i++) {
        const c = a[i]!;
        if (c === short) return true;
        if (valueLetters.includes(c) || !ALNUM.test(c)) break;
      }
    }
  }
  return false;
}

// Made once (as literals they were a new RegExp object per call).
const QUOTED = /^["']/;
const ALNUM = /[A-Za-z0-9]/;

/** Truthy values of boolean environment switches (PIP_NO_CACHE_DIR, ...). */
export function isTruthy(v: string | undefined): boolean {
  return v !== undefined && /^(1|true|yes|on|y)$/i.test(v.trim());
}

/** Mount target of a cache or tmpfs mount, for cleanup waivers. */
export function cacheMountTargets(ins: Instruction): string[] {
  const run = ins.run;
  if (!run) return [];
  return run.mounts.filter((m) => m.type === "cache" || m.type === "tmpfs").map((m) => m.options["target"] ?? "").filter(Boolean);
}

/** Names a script assigns as shell variables before command `index` (`X=1;`, `export X=1`, `local`/`readonly`/`declare X=`, `for X in`, `read X`). */
export function shellAssignedBefore(commands: readonly SimpleCommand[], index: number): Set<string> {
  const out = new Set<string>();
  for (const cmd of commands.slice(0, index)) {
    if (cmd.name === "") for (const a of cmd.assignments) out.add(a.value.split("=")[0]!);
    if (["export", "local", "readonly", "declare", "typeset", "read", "for"].includes(cmd.name)) {
      for (const w of cmd.words.slice(1)) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(=|$)/.exec(w.value);
        if (m) out.add(m[1]!);
      }
    }
  }
  return out;
}
