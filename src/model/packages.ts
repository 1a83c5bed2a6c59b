// Shared parsing of OS package manager commands in RUN (apt-get, apt, aptitude,
// apk, yum, dnf, microdnf, zypper): which argv words are options, which option
// takes a value, the subcommand, the operands (packages), and the checks the
// package rules share (assume-yes, cleanup after install, cache mounts, which
// stages ship).
import { runSites } from "./commands";
import { baseName } from "./paths";
import { PlainShellWord, ShellWordRecord } from "./shell-word";
import { shippedStages } from "./shipped";
import type { RuleContext } from "../engine/types";
import type { Instruction, Model, Mount, RunInfo, RunSite, ShellWord, SimpleCommand, Span, Stage } from "./types";

export type PackageTool = "apt-get" | "apt" | "aptitude" | "apk" | "yum" | "dnf" | "microdnf" | "zypper";

/** One argv token. An expanded word with spaces gives several tokens sharing the word. */
export interface Token {
  /** Token text after expansion; null when the word's value is unknown. */
  text: string | null;
  word: ShellWord;
}

export interface Option {
  /** `-y` for short options (one per letter of a cluster), `--yes` for long ones. */
  name: string;
  value: string | null;
  token: Token;
}

export interface PackageCommand {
  tool: PackageTool;
  command: SimpleCommand;
  /** The word naming the tool (after `sudo`, `env` ... wrappers). */
  toolWord: ShellWord;
  options: Option[];
  /** First operand (`install`, `add`, `update` ...), lower-cased in `sub`. */
  subcommand: Token | null;
  sub: string | null;
  /** Operands after the subcommand (packages for install commands). */
  operands: Token[];
  /** Some word had an unknown value, or args come from stdin (xargs): options may be missing from view. */
  hasUnknown: boolean;
}

interface ToolSpec {
  /** Short options that take a value. */
  shortValue: string;
  /** Long options that take a separate value. */
  longValue: ReadonlySet<string>;
}

const APT: ToolSpec = {
  shortValue: "otcaP",
  longValue: new Set(["--option", "--target-release", "--default-release", "--config-file", "--host-architecture", "--build-profiles", "--solver"]),
};
const APK: ToolSpec = {
  shortValue: "tXp",
  longValue: new Set(["--virtual", "--repository", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir", "--cache-max-age", "--timeout", "--wait", "--progress-fd", "--print-arch"]),
};
const RPM: ToolSpec = {
  shortValue: "cdexR",
  longValue: new Set([
    "--config", "--installroot", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--exclude", "--excludepkgs", "--setopt",
    "--releasever", "--debuglevel", "--errorlevel", "--rpmverbosity", "--color", "--downloaddir", "--destdir", "--forcearch",
    "--randomwait", "--repofrompath", "--disableplugin", "--enableplugin", "--comment", "--platform-id", "--use-host-config",
  ]),
};
const ZYPPER: ToolSpec = {
  shortValue: "RcDCprt",
  longValue: new Set([
    "--root", "--config", "--reposd-dir", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "--userdata",
    "--plus-repo", "--plus-content", "--repo", "--type", "--from", "--download", "--installroot",
  ]),
};

// A Map, not an object's own properties: looking up a command name (a string cut from the text) as
// a property key first searched V8's string table for it, a cache miss for every command of every RUN.
const SPECS = new Map<string, ToolSpec>([
  ["apt-get", APT],
  ["apt", APT],
  ["aptitude", APT],
  ["apk", APK],
  ["yum", RPM],
  ["dnf", RPM],
  ["microdnf", RPM],
  ["zypper", ZYPPER],
]);


/** Words of `cmd` split into tokens (expanded words may hold several). A model word that makes one
 * token (no expansion, or an unknown value) is its own token (shell-word.ts). */
function tokenize(words: ShellWord[]): Token[] {
  const out: Token[] = [];
  // An indexed loop: this runs cold for every package command, where a for-of made an iterator
  // result per word (1.4 MB of a half-corpus run's allocations, heap profile).
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word instanceof PlainShellWord || (word instanceof ShellWordRecord && (word.expanded === null || !word.hasExpansion))) {
      out.push(word);
      continue;
    }
    if (word.expanded === null) {
      out.push({ text: null, word });
      continue;
    }
    if (!word.hasExpansion) {
      out.push({ text: word.expanded, word });
      continue;
    }
    for (const part of word.expanded.split(/\s+/)) if (part !== "") out.push({ text: part, word });
  }
  return out;
}

const WRAPPER_VALUE_FLAGS: Record<string, ReadonlySet<string>> = {
  sudo: new Set(["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "--user", "--group", "--host", "--prompt"]),
  env: new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]),
  nice: new Set(["-n", "--adjustment"]),
  xargs: new Set(["-a", "-d", "-E", "-e", "-I", "-i", "-L", "-l", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-lines", "--max-chars", "--process-slot-var"]),
  timeout: new Set(["-k", "-s", "--kill-after", "--signal"]),
};
const WRAPPERS = new Set(["sudo", "env", "nice", "nohup", "time", "command", "exec", "eatmydata", "xargs", "timeout", "stdbuf", "ionice", "chronic"]);
/** Names of the package tools and of the wrappers: a command named otherwise is neither. */
const TOOLS_AND_WRAPPERS: ReadonlySet<string> = new Set([...SPECS.keys(), ...WRAPPERS]);

/** Skips `sudo`, `env X=1`, `xargs -r` and similar prefixes; returns the index of the real command. */
function unwrap(tokens: Token[]): { index: number; fromStdin: boolean } | null {
  let i = 0;
  let fromStdin = false;
  for (let guard = 0; guard < 8 && i < tokens.length; guard++) {
    const t = tokens[i]!.text;
    if (t === null) return null;
    const name = baseName(t);
    if (!WRAPPERS.has(name)) return { index: i, fromStdin };
    if (name === "xargs") fromStdin = true;
    const valueFlags = WRAPPER_VALUE_FLAGS[name] ?? new Set<string>();
    i++;
    let operands = 0;
    while (i < tokens.length) {
      const a = tokens[i]!.text;
      if (a === null) return null;
      if (a === "--") {
        i++;
        break;
      }
      if (a.startsWith("-") && a.length > 1) {
        if (!a.includes("=") && valueFlags.has(a)) i++;
        i++;
        continue;
      }
      if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
        i++;
        continue;
      }
      if (name === "timeout" && operands === 0 && /^\d/.test(a)) {
        operands++;
        i++;
        continue;
      }
      break;
    }
  }
  return i < tokens.length ? { index: i, fromStdin } : null;
}

const NO_OPTIONS = Object.freeze([]) as unknown as Option[];
const NO_TOKENS = Object.freeze([]) as unknown as Token[];

const SHORT_OPTIONS = new Map<string, string>();

/** `-c`, one string per letter (options are kept for the model's life: `-y` was a new string in every command). */
function shortOption(c: string): string {
  if (c.charCodeAt(0) > 127) return "-" + c;
  let name = SHORT_OPTIONS.get(c);
  if (name === undefined) SHORT_OPTIONS.set(c, (name = "-" + c));
  return name;
}

/** The command as a package manager call (null when it is not one), parsed once per command. */
export function parsePackageCommand(cmd: SimpleCommand): PackageCommand | null {
  let pc = cmd.packageCommand;
  if (pc === undefined) cmd.packageCommand = pc = plainlyNoPackageTool(cmd) ? null : readPackageCommand(cmd);
  return pc;
}

/**
 * Most commands are neither a package tool nor a wrapper: answered from the command's name (the
 * base name of its first word) when that word has no expansion, without tokenizing. Kept apart
 * from readPackageCommand, which then runs only for the few that may be one: as the one function
 * asked of every command it was optimized early, deoptimized and compiled again (~40 ms each).
 */
function plainlyNoPackageTool(cmd: SimpleCommand): boolean {
  const w0 = cmd.words[0];
  if (!w0) return true;
  const name = cmd.name;
  return !TOOLS_AND_WRAPPERS.has(name) && !w0.hasExpansion;
}

function readPackageCommand(cmd: SimpleCommand): PackageCommand | null {
  const tokens = tokenize(cmd.words);
  const start = unwrap(tokens);
  if (!start) return null;
  const first = tokens[start.index]!;
  const tool = baseName(first.text!) as PackageTool;
  const spec = SPECS.get(tool);
  if (!spec) return null;
  // The lists made apart: a literal holding array literals is copied from its boilerplate by a
  // walk of its structure (in the runtime) each time, while this one is a shallow copy.
  const options: Option[] = [];
  const operands: Token[] = [];
  const pc: PackageCommand = {
    tool,
    command: cmd,
    toolWord: first.word,
    options,
    subcommand: null,
    sub: null,
    operands,
    hasUnknown: start.fromStdin,
  };
  let endOfOptions = false;
  for (let i = start.index + 1; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const a = tok.text;
    if (a === null) {
      pc.hasUnknown = true;
      continue;
    }
    if (!endOfOptions && a === "--") {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      if (eq !== -1) pc.options.push({ name: a.slice(0, eq), value: a.slice(eq + 1), token: tok });
      else if (spec.longValue.has(a)) {
        const v = tokens[i + 1];
        if (v && v.text === null) pc.hasUnknown = true;
        pc.options.push({ name: a, value: v?.text ?? null, token: tok });
        i++;
      } else pc.options.push({ name: a, value: null, token: tok });
      continue;
    }
    if (!endOfOptions && a.startsWith("-") && a.length > 1) {
      // Short cluster: -qqy, -tbookworm, -t bookworm, -q=2
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (a[j + 1] === "=") {
          pc.options.push({ name: shortOption(c), value: a.slice(j + 2), token: tok });
          break;
        }
        if (spec.shortValue.includes(c)) {
          let value: string | null = a.slice(j + 1);
          if (value === "") {
            const v = tokens[i + 1];
            if (v && v.text === null) pc.hasUnknown = true;
            value = v?.text ?? null;
            i++;
          }
          pc.options.push({ name: shortOption(c), value, token: tok });
          break;
        }
        pc.options.push({ name: shortOption(c), value: null, token: tok });
      }
      continue;
    }
    if (pc.subcommand === null) {
      pc.subcommand = tok;
      pc.sub = a.toLowerCase();
    } else pc.operands.push(tok);
  }
  // Exact-size lists, or shared empty ones: the command keeps them for the model's life.
  pc.options = pc.options.length ? pc.options.slice() : NO_OPTIONS;
  pc.operands = pc.operands.length ? pc.operands.slice() : NO_TOKENS;
  return pc;
}

/** Does the command have one of the options `names`? (A list made once by each caller: a rest
 * parameter and a closure were two allocations per question, asked of every package command.) */
export function hasOption(pc: PackageCommand, names: readonly string[]): boolean {
  const options = pc.options;
  for (let i = 0; i < options.length; i++) if (names.includes(options[i]!.name)) return true;
  return false;
}

// Made once: as literals in the functions below each call made new RegExp objects (the apt rules
// ask about every apt-get command).
const TRUTHY = /^(1|true|yes|on)$/i;
const FALSY = /^(0|false|no|off)$/i;
const OUTER_QUOTE = /^["']|["']$/g;
const DIGITS = /^\d+$/;
const RECOMMENDS_OFF_OPERAND = /^apt::install-recommends=(0|false|no|off)$/i;

function truthy(v: string | null): boolean {
  return v !== null && TRUTHY.test(v.trim().replace(OUTER_QUOTE, ""));
}

function falsy(v: string | null): boolean {
  return v !== null && FALSY.test(v.trim().replace(OUTER_QUOTE, ""));
}

/** The value of the `-o Key=value` setting `key` of apt-get (keys compared lower-cased; the last
 * one wins), read from the options without a map of them all (asked of every apt-get command). */
function aptSetting(pc: PackageCommand, key: string): string | undefined {
  let value: string | undefined;
  const options = pc.options;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    if ((o.name === "-o" || o.name === "--option") && o.value) {
      const eq = o.value.indexOf("=");
      if (eq > 0 && o.value.slice(0, eq).trim().toLowerCase() === key) value = o.value.slice(eq + 1);
    }
  }
  return value;
}

/** apt-get answers prompts itself: -y, --yes, --assume-yes, quiet level 2 (-qq), or APT::Get::Assume-Yes. */
export function aptAssumesYes(pc: PackageCommand): boolean {
  let quiet = 0;
  for (const o of pc.options) {
    if (o.name === "-y" || o.name === "--yes" || o.name === "--assume-yes") {
      if (o.value === null || truthy(o.value)) return true;
    }
    if (o.name === "-q" || o.name === "--quiet") {
      if (o.value === null) quiet++;
      else if (DIGITS.test(o.value)) quiet = Math.max(quiet, Number(o.value));
    }
  }
  if (quiet >= 2) return true;
  return truthy(aptSetting(pc, "apt::get::assume-yes") ?? null);
}

const APT_SIMULATE = ["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"];
const APT_UPDATE = ["--update", "-U"];
const APT_NO_RECOMMENDS = ["--no-install-recommends"];
const ZYPPER_NON_INTERACTIVE = ["-n", "--non-interactive", "-y", "--no-confirm"];

/** apt-get only simulates (-s, --simulate, --dry-run ...): it asks nothing and installs nothing. */
export function aptSimulates(pc: PackageCommand): boolean {
  return hasOption(pc, APT_SIMULATE);
}

/** apt-get/apt/aptitude refreshes the package lists: `update`, or `install --update` (apt 3). */
export function aptUpdates(pc: PackageCommand): boolean {
  if (pc.tool !== "apt-get" && pc.tool !== "apt" && pc.tool !== "aptitude") return false;
  return pc.sub === "update" || (pc.sub !== null && hasOption(pc, APT_UPDATE) && !aptSimulates(pc));
}

/** apt-get keeps recommended packages out: --no-install-recommends or -o APT::Install-Recommends=false. */
export function aptNoRecommends(pc: PackageCommand): boolean {
  if (hasOption(pc, APT_NO_RECOMMENDS)) return true;
  // Indexed loops, no closures, no map of the settings: asked of every apt-get install.
  const options = pc.options;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    if ((o.name === "--install-recommends" || o.name === "--recommends") && falsy(o.value)) return true;
  }
  const operands = pc.operands;
  for (let i = 0; i < operands.length; i++) {
    const text = operands[i]!.text;
    if (text !== null && RECOMMENDS_OFF_OPERAND.test(text)) return true;
  }
  return falsy(aptSetting(pc, "apt::install-recommends") ?? null);
}

/** yum/dnf answer prompts themselves: -y, --assumeyes, --setopt=assumeyes=1. */
export function rpmAssumesYes(pc: PackageCommand): boolean {
  for (const o of pc.options) {
    if (o.name === "-y" || o.name === "--assumeyes") return true;
    if (o.name === "--setopt" && o.value && /^assumeyes=(1|true|yes)$/i.test(o.value.trim())) return true;
  }
  return false;
}

/** zypper answers prompts itself: global -n/--non-interactive, or -y/--no-confirm after the command. */
export function zypperNonInteractive(pc: PackageCommand): boolean {
  return hasOption(pc, ZYPPER_NON_INTERACTIVE);
}

/** The span `tool ... subcommand` (what a missing-flag problem points at). */
export function commandHead(pc: PackageCommand): Span {
  return { start: pc.toolWord.start, end: (pc.subcommand?.word ?? pc.toolWord).end };
}

/** Safe fix (edit list) that inserts `text` right after `word`, or undefined where an edit would be unsafe (exec form, expanded words). */
export function insertAfter(run: RunInfo, word: ShellWord, text: string): { span: Span; text: string }[] | undefined {
  if (run.form === "exec" || word.hasExpansion) return undefined;
  return [{ span: { start: word.end, end: word.end }, text }];
}

export interface RunPackages {
  ins: Instruction;
  /** The instruction holding the RUN (the ONBUILD itself for ONBUILD RUN). */
  outer: Instruction;
  run: RunInfo;
  stage: Stage | null;
  commands: SimpleCommand[];
  /** Package manager commands, in order, with their index in `commands`. */
  packages: { pc: PackageCommand; index: number }[];
}

/** The package commands of `commands` (some are), in order, with their index, in an exact-size
 * list (one pushed to from empty keeps 17 slots). */
function packagesOf(commands: SimpleCommand[], count: number): RunPackages["packages"] {
  const packages: RunPackages["packages"] = new Array(count);
  for (let i = 0, k = 0; i < commands.length; i++) {
    const pc = parsePackageCommand(commands[i]!);
    if (pc) packages[k++] = { pc, index: i };
  }
  return packages;
}

/** The package commands of a RUN site, counted (parsePackageCommand keeps its answer on the command). */
function packageCount(commands: SimpleCommand[]): number {
  let count = 0;
  for (let i = 0; i < commands.length; i++) if (parsePackageCommand(commands[i]!)) count++;
  return count;
}

/** A file of this many instructions keeps no `packages` lists in runPackages' answer (see RunPackagesRecord). */
const PACKAGES_ON_READ_FROM = 16_384;

/** The list of package commands made last for a RunPackagesRecord of one lint (see there): one
 * per runPackages answer, not a module's, which would keep the last record's model alive. */
interface LastPackages {
  record: RunPackagesRecord | null;
  packages: RunPackages["packages"];
}

/** A RunPackages of a file of many instructions (a small file's are plain objects): its RUN site,
 * which gives the rest (the fields were 80 bytes of each of a 10 MB file's 17,840 entries), and
 * its list of package commands made on each read, kept until another record's is read: rules read
 * one RUN's list in a loop, one RUN after another. Kept, the lists and their entries were 2.6 MB of
 * that file's lint, dead once it ended but freed by no GC while a big file is linted
 * (src/runtime/big-file-gc.ts). */
class RunPackagesRecord implements RunPackages {
  constructor(
    private readonly site: RunSite,
    private readonly last: LastPackages,
  ) {}

  get ins(): Instruction {
    return this.site.ins;
  }

  get outer(): Instruction {
    return this.site.onbuild ?? this.site.ins;
  }

  get run(): RunInfo {
    return this.site.ins.run!;
  }

  get stage(): Stage | null {
    return this.outer.stage;
  }

  get commands(): SimpleCommand[] {
    return this.site.ins.run!.commands;
  }

  get packages(): RunPackages["packages"] {
    const last = this.last;
    if (last.record !== this) {
      const commands = this.commands;
      last.packages = packagesOf(commands, packageCount(commands));
      last.record = this;
    }
    return last.packages;
  }
}

/** Every RUN (and ONBUILD RUN) that has package manager commands, with them, parsed once per file.
 * A RUN without any is left out: every rule asks only about the commands (a file of 100k such RUNs
 * kept an entry for each). */
export function runPackages(ctx: RuleContext<any, any>): RunPackages[] {
  return ctx.facts.get("packages:runs", () => {
    const out: RunPackages[] = [];
    const last: LastPackages | null = ctx.model.instructions.length >= PACKAGES_ON_READ_FROM ? { record: null, packages: [] } : null;
    // The RUN sites (ONBUILD RUNs included, Windows shells left out) most files' rules list anyway:
    // not a for-of over every instruction, which in cold code made an iterator result per step.
    const sites = runSites(ctx.model);
    for (let s = 0; s < sites.length; s++) {
      const commands = sites[s]!.ins.run!.commands;
      const count = packageCount(commands);
      if (count === 0) continue;
      // (A small file's entries stay plain objects: the rules' getter calls on records cost the
      // corpus's run more instructions, in code not yet optimized.)
      const site = sites[s]!;
      if (last !== null) out.push(new RunPackagesRecord(site, last));
      else out.push({ ins: site.ins, outer: site.onbuild ?? site.ins, run: site.ins.run!, stage: (site.onbuild ?? site.ins).stage, commands, packages: packagesOf(commands, count) });
    }
    return out;
  });
}

/**
 * The package tools the file's RUNs call (every stage, wrappers looked through): a rule about one
 * tool returns at once when the file never calls it. Most files call one or two of the eight, and
 * each of a dozen rules walked every package command of the file to find none of its tool.
 */
export function packageToolsIn(ctx: RuleContext<any, any>): ReadonlySet<string> {
  return ctx.facts.get("packages:tools", () => {
    const tools = new Set<string>();
    const runs = runPackages(ctx);
    for (let r = 0; r < runs.length; r++) {
      const packages = runs[r]!.packages;
      for (let i = 0; i < packages.length; i++) tools.add(packages[i]!.pc.tool);
    }
    return tools;
  });
}

/** The RUNs a cache-cleanup rule judges: those of the stages that ship, or every stage with the
 * rule's `includeBuilderStages` option (a builder stage's caches are thrown away with it). */
export function judgedRunPackages(ctx: RuleContext<any, any>): RunPackages[] {
  const all = runPackages(ctx);
  if (ctx.options.includeBuilderStages) return all;
  // Shared by the package rules of the file (a dozen ask), like runPackages itself.
  return ctx.facts.get("packages:shipped-runs", () => {
    const shipping = shippedStages(ctx.model);
    return all.filter((r) => !r.stage || shipping.has(r.stage));
  });
}

function normalisePath(p: string): string {
  let s = p.replace(/\/+/g, "/");
  if (s.length > 1) s = s.replace(/\/$/, "");
  return s;
}

/** A cache or tmpfs mount whose target is `dir` or a folder above it. */
export function cacheMountCovers(model: Model, ins: Instruction, mounts: Mount[], dirs: string[]): boolean {
  return mounts.some((m) => {
    if (m.type !== "cache" && m.type !== "tmpfs") return false;
    const raw = m.options["target"];
    if (!raw) return false;
    const r = model.expand(raw, ins.scope);
    if (r.unresolved) return true; // unknown target: do not guess
    const t = normalisePath(r.value);
    if (t === "/") return false;
    return dirs.some((d) => d === t || d.startsWith(t + "/"));
  });
}

/** True when an `rm` argument removes `dir` (the folder, its contents `dir/*`, or a folder above it). */
export function rmCovers(arg: string, dir: string): boolean {
  // Each replace only where it can change the text: asked for every rm operand after an install.
  if (!arg.startsWith("/")) return false;
  let a = arg.includes("//") ? arg.replace(/\/+/g, "/") : arg;
  if (a.startsWith(dir)) return true; // dir, dir/, dir/*, dir/*.lz4 ...
  if (a.endsWith("*")) a = a.replace(/\/(\*|\.\*|\*\*)$/, "");
  if (a.endsWith("/")) a = a.slice(0, -1);
  return a !== "" && dir.startsWith(a + "/");
}

/** True when the command removes one of `dirs` (rm, find -delete), or hides what it does (unknown rm args, a clean-up script). */
export function removesDir(cmd: SimpleCommand, dirs: string[]): boolean {
  const name = cmd.name;
  if (name === "rm" || name === "find") {
    // Only these are read word by word (the cache rules ask about every command after an install).
    const tokens = tokenize(cmd.words);
    if (name === "find" && !tokens.some((t) => t.text === "-delete" || t.text === "-exec" || t.text === "-execdir")) return false;
    // Indexed loops, no copy of the tokens and no closure per token.
    for (let i = 1; i < tokens.length; i++) {
      const text = tokens[i]!.text;
      if (text === null) return true;
      for (let k = 0; k < dirs.length; k++) if (rmCovers(text, dirs[k]!)) return true;
    }
    return false;
  }
  return CLEAN.test(name) && !PACKAGE_TOOL_NAMES.includes(name);
}

// Made once: literals in removesDir were a new RegExp object and array per command asked about.
const CLEAN = /clean/i;
const PACKAGE_TOOL_NAMES = ["apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "apk"];

/** RUN/COPY/ADD steps before `ins` in its stage and the stages it is built FROM (newest first). */
export function earlierSteps(ins: Instruction): { keyword: string; text: string }[] {
  const out: { keyword: string; text: string }[] = [];
  const seen = new Set<Stage>();
  for (let s = ins.stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    const list = s === ins.stage ? s.instructions.filter((x) => x.index < ins.index) : s.instructions;
    for (const x of [...list].reverse()) {
      if (x.keyword !== "RUN" && x.keyword !== "COPY" && x.keyword !== "ADD") continue;
      out.push({ keyword: x.keyword, text: [x.argsText.text, ...x.heredocs.map((h) => h.body)].join("\n") });
    }
  }
  return out;
}

/** An earlier step sets an apt option in apt.conf (`setting` matches the written text), or copies apt configuration we cannot read. */
export function aptConfigured(ins: Instruction, setting: RegExp): boolean {
  return earlierSteps(ins).some((s) => (s.keyword === "RUN" ? setting.test(s.text) : /\/etc\/apt\/apt\.conf/.test(s.text)));
}

/** The last install command of the RUN when nothing after it cleans the package cache (a clean command, rm of a cache dir). */
export function uncleanedInstall(
  model: Model,
  r: RunPackages,
  isInstall: (pc: PackageCommand) => boolean,
  isClean: (pc: PackageCommand) => boolean,
  dirs: string[],
): PackageCommand | null {
  let last: { pc: PackageCommand; index: number } | undefined;
  for (const p of r.packages) if (isInstall(p.pc)) last = p;
  if (!last) return null;
  if (cacheMountCovers(model, r.ins, r.run.mounts, dirs)) return null;
  for (const cmd of r.commands.slice(last.index + 1)) {
    if (removesDir(cmd, dirs)) return null;
    const p = r.packages.find((x) => x.pc.command === cmd);
    if (p && isClean(p.pc)) return null;
  }
  return last.pc;
}

/** yum/dnf/microdnf subcommand (with `group`/`module` sub-actions) is one of `subs` (`group install`, `module install` spelled with a space). */
export function rpmAction(pc: PackageCommand): string | null {
  if (!pc.sub) return null;
  if (pc.sub === "group" || pc.sub === "groups" || pc.sub === "module") {
    const next = pc.operands[0]?.text;
    return next ? `${pc.sub === "groups" ? "group" : pc.sub} ${next.toLowerCase()}` : pc.sub;
  }
  return pc.sub;
}

/** The last word of the yum/dnf action (`module enable` ends at `enable`): where an added flag reads naturally. */
export function rpmActionEnd(pc: PackageCommand): ShellWord {
  const grouped = pc.sub === "group" || pc.sub === "groups" || pc.sub === "module";
  return (grouped && pc.operands[0] ? pc.operands[0] : pc.subcommand!).word;
}

/** Subcommands of yum/dnf that install or update packages (and so fill the package cache). */
export const RPM_INSTALLS = new Set(["install", "in", "groupinstall", "localinstall", "reinstall", "rei", "update", "upgrade", "up", "upgrade-minimal", "up-min", "update-minimal", "downgrade", "distro-sync", "group install", "group upgrade", "group update", "module install", "swap"]);
/** Subcommands of yum/dnf that ask for confirmation. */
export const RPM_PROMPTS = new Set([...RPM_INSTALLS, "remove", "erase", "rm", "autoremove", "group remove", "group erase", "groupremove", "groupupdate", "module enable", "module disable", "module reset", "module remove", "module switch-to"]);
/** Package caches of yum, dnf and dnf5. */
export const RPM_CACHES = ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"];

/** True when a yum/dnf package word names a specific version (`name-1.2.3`, `name-1:1.2-3.el9`, a .rpm file or URL). */
export function rpmPinned(pkg: string): boolean {
  if (pkg.endsWith(".rpm") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.includes("://") || pkg.startsWith("@")) return true;
  if (/[=<>]/.test(pkg)) return true;
  const parts = pkg.split("-");
  for (let i = 1; i < parts.length; i++) {
    if (/^\d/.test(parts[i]!) && parts.slice(i).every((p) => /^[A-Za-z0-9.~^_:+*]+$/.test(p))) return true;
  }
  return false;
}

export type { ShellWord };

// The one reading of "updates the index" / "installs packages" for the package, layer and
// cache rules alike, on parsed commands (so `apt-get -t bookworm-backports install` and
// `dnf -y in` are seen, and wrappers such as sudo are looked through).
const APT_TOOLS = new Set<PackageTool>(["apt-get", "apt", "aptitude"]);
const RPM_TOOLS = new Set<PackageTool>(["yum", "dnf", "microdnf"]);

/** `apt-get update`, `apk update`, `yum/dnf makecache`, `zypper refresh`: refreshes the package index. */
export function isIndexUpdate(cmd: SimpleCommand): boolean {
  const pc = parsePackageCommand(cmd);
  if (!pc) return false;
  if (APT_TOOLS.has(pc.tool) || pc.tool === "apk") return pc.sub === "update";
  if (RPM_TOOLS.has(pc.tool)) return rpmAction(pc) === "makecache";
  return pc.tool === "zypper" && (pc.sub === "refresh" || pc.sub === "ref");
}

/** A command that reads the package index: install or upgrade of system packages. */
export function isPackageInstall(cmd: SimpleCommand): boolean {
  const pc = parsePackageCommand(cmd);
  if (!pc || !pc.sub) return false;
  if (APT_TOOLS.has(pc.tool)) return ["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "download"].includes(pc.sub);
  if (pc.tool === "apk") return ["add", "upgrade", "fix"].includes(pc.sub);
  if (RPM_TOOLS.has(pc.tool)) return RPM_INSTALLS.has(rpmAction(pc) ?? "");
  return ["install", "in", "update", "up", "dist-upgrade", "dup"].includes(pc.sub);
}

/** Package family of a command (apt, apk, rpm, zypper) for update/install pairing, or null. */
export function packageFamily(cmd: SimpleCommand): string | null {
  const pc = parsePackageCommand(cmd);
  if (!pc) return null;
  return APT_TOOLS.has(pc.tool) ? "apt" : RPM_TOOLS.has(pc.tool) ? "rpm" : pc.tool;
}
