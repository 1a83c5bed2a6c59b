// Turns a RUN instruction into shell scripts and simple commands with source positions.
import { intern, isLargeBuild, setMappedText } from "./intern";
import { baseName } from "./paths";
import { argsStart } from "./instruction";
import { logicalText, PositionMapBuilder, sourceOf } from "./position-map";
import { heredocLogical, sliceLogical } from "./scan";
import { CommandRecord } from "./command-record";
import { OneCommandRunRecord, RunRecord, scriptOfArgs, scriptOfHeredoc } from "./run-record";
import { PlainShellWord, ShellWordRecord } from "./shell-word";
import { shellParser, type RawCommand, type RawWord } from "./shell";
import { progressed } from "./progress";
import type { Instruction, LogicalText, Mount, RunInfo, RunScript, Scope, ShellWord, SimpleCommand } from "./types";

export const DEFAULT_SHELL = ["/bin/sh", "-c"];
export const WINDOWS_SHELL = ["cmd", "/S", "/C"];

const POSIX_SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);

export function isWindowsShell(shell: readonly string[]): boolean {
  const exe = baseName(shell[0] ?? "").toLowerCase();
  return exe === "cmd" || exe === "cmd.exe" || exe.startsWith("powershell") || exe === "pwsh" || exe === "pwsh.exe";
}

export { baseName };

export function parseMounts(ins: Instruction): Mount[] {
  const out: Mount[] = [];
  for (const f of ins.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    const options: Record<string, string> = {};
    for (const part of f.value.split(",")) {
      const eq = part.indexOf("=");
      const k = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
      if (!k) continue;
      options[k] = eq === -1 ? "true" : part.slice(eq + 1).trim();
    }
    if (options["dst"] && !options["target"]) options["target"] = options["dst"];
    if (options["destination"] && !options["target"]) options["target"] = options["destination"];
    out.push({ type: (options["type"] ?? "bind").toLowerCase(), options, span: { start: f.start, end: f.end } });
  }
  return out;
}

// Shared, frozen lists for the many RUNs without mounts and commands without assignments.
const NO_MOUNTS = Object.freeze([]) as unknown as Mount[];
const NO_SHELL_WORDS = Object.freeze([]) as unknown as ShellWord[];

/** A large build's RUN of one command: a OneCommandRunRecord, of its command in fewer bytes when
 * it can be (CompactCommandRecord). (A function of its own: analyseRun stays as small files run it.) */
function oneCommandRun(ins: Instruction, from: number, form: RunInfo["form"], mounts: Mount[], shell: string[], windowsShell: boolean, command: SimpleCommand): RunInfo {
  const one = new OneCommandRunRecord(form, mounts, shell, windowsShell);
  one.ownScript(ins, from, [command instanceof CommandRecord ? command.compacted() : command]);
  return one;
}

/** A large build's commands of a RUN, each in fewer bytes where it can be (CompactCommandRecord):
 * the 10 MB hostile file's peak RSS 204.7 -> 199.6 MB, its instructions -0.08 % (callgrind). */
function compactAll(commands: SimpleCommand[]): void {
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i]!;
    if (c instanceof CommandRecord) commands[i] = c.compacted();
  }
}

export function analyseRun(ins: Instruction, shell: string[], windows: boolean): RunInfo {
  // (Most RUNs have no flag: no list or loop for their mounts.)
  const parsed = ins.flags.length ? parseMounts(ins) : NO_MOUNTS;
  const mounts = parsed.length ? parsed : NO_MOUNTS;
  const windowsShell = windows || isWindowsShell(shell);
  const form = ins.json ? "exec" : "shell";
  // POSIX analysis does not apply to cmd/PowerShell.
  if (windowsShell) return new RunRecord(form, mounts, shell, windowsShell);
  if (!ins.json && ins.heredocs.length === 0) {
    // One script, the header line (most RUNs): the record is that script (run-record.ts), one that
    // keeps its command alone for a large build's RUN of one command.
    const t = ins.argsText;
    const from = argsStart(ins);
    const commands = headerCommands(ins, t, sliceLogical(t, from));
    if (isLargeBuild()) {
      if (commands.length === 1) return oneCommandRun(ins, from, form, mounts, shell, windowsShell, commands[0]!);
      compactAll(commands);
    }
    const own = new RunRecord(form, mounts, shell, windowsShell);
    own.ownScript(ins, from, commands);
    return own;
  }
  const info = new RunRecord(form, mounts, shell, windowsShell);
  // (The exec form and heredocs in functions of their own: V8 optimizes a function after it has
  // run a while in proportion to its own size, and this one had 1.3 KB of bytecode.) A RUN of one
  // script (most) is made that script (null).
  const scripts = ins.json ? execScripts(ins, ins.json, info) : heredocScripts(ins, info);
  if (scripts === null) return info;
  if (isLargeBuild()) for (let i = 0; i < scripts.length; i++) compactAll(scripts[i]!.commands);
  // (The record keeps an exact-size copy of a list of several scripts: a pushed-to array keeps
  // spare room.) A RUN of one script (most) shares that script's command list.
  info.scripts = scripts;
  info.commands = scripts.length === 1 ? scripts[0]!.commands : allCommands(scripts);
  return info;
}

/** The commands of several scripts, in one exact-size list. (Pushed to a list, not `flatMap`: its
 * list has holes to V8, another hidden class than the other lists of commands, and the rules'
 * loops over a RUN's commands deoptimized at the first RUN of several scripts, "wrong map".) */
function allCommands(scripts: RunScript[]): SimpleCommand[] {
  const all: SimpleCommand[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const list = scripts[i]!.commands;
    for (let k = 0; k < list.length; k++) all.push(list[k]!);
  }
  return all.slice();
}

/** The commands of a shell-form RUN's header `line`: its arguments `t` from some index. */
function headerCommands(ins: Instruction, t: LogicalText, line: LogicalText): SimpleCommand[] {
  // (A large file's multi-line arguments are dropped once it is built: words are sliced from its source.)
  const source = isLargeBuild() ? sourceOf(t) : null;
  if (source !== null) setMappedText(line, source);
  const commands = commandsIn(line, ins.scope);
  if (source !== null) setMappedText(null, "");
  return commands;
}

/** The scripts of a RUN in shell form with heredocs: its header's, and the heredoc bodies a shell
 * reads; null when `info` was made the one script (a lone body's). */
function heredocScripts(ins: Instruction, info: RunRecord): RunScript[] | null {
  const t = ins.argsText;
  const from = argsStart(ins);
  const line = sliceLogical(t, from);
  const scope = ins.scope;
  const scripts: RunScript[] = [];
  if (stripHeredocMarkers(line.text).trim() === "") {
    // `RUN <<EOF` : each body is a script for the default shell (unless a shebang says otherwise).
    const bodies = ins.heredocs;
    if (bodies.length === 1 && isShellScriptBody(bodies[0]!.body)) {
      const commands = commandsIn(heredocLogical(bodies[0]!), scope);
      if (isLargeBuild()) compactAll(commands);
      info.ownHeredocScript(bodies[0]!, commands);
      return null;
    }
    for (const h of bodies) if (isShellScriptBody(h.body)) scripts.push(scriptOfHeredoc(h, commandsIn(heredocLogical(h), scope)));
  } else {
    const headerScript = scriptOfArgs(ins, from, headerCommands(ins, t, line));
    scripts.push(headerScript);
    // `RUN bash <<EOF` / `RUN <<EOF sh -e`: the shell reads the body as its script.
    const head = headerScript.commands[0];
    if (head && POSIX_SHELLS.has(head.name) && !head.words.some((w) => w.value === "-c")) {
      for (const h of ins.heredocs) if (isShellScriptBody(h.body)) scripts.push(scriptOfHeredoc(h, commandsIn(heredocLogical(h), scope)));
    }
  }
  return scripts;
}

/** The script of a RUN in exec form, made `info` itself (null): `["sh", "-c", "script"]` parsed, any
 * other one command; none (an empty list) for an empty array. */
function execScripts(ins: Instruction, json: NonNullable<Instruction["json"]>, info: RunRecord): RunScript[] | null {
  const { values, spans } = json;
  const exe = baseName(values[0] ?? "");
  const c = values.indexOf("-c");
  if (POSIX_SHELLS.has(exe) && c !== -1 && values[c + 1] !== undefined) {
    // ["sh", "-c", "script"]: parse the script; map positions inside the JSON string.
    const span = spans[c + 1]!;
    const script = values[c + 1]!;
    const map = new PositionMapBuilder();
    for (let i = 0; i <= script.length; i++) map.push(Math.min(span.start + 1 + i, span.end - 1));
    const text = logicalText(script, map.build());
    info.ownExecScript(text, commandsIn(text, ins.scope));
    return null;
  } else {
    const words: ShellWord[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      words[i] = { start: spans[i]!.start, end: spans[i]!.end, raw: v, value: v, expanded: v, hasExpansion: false };
    }
    const first = words[0];
    if (first) {
      const cmd = new CommandRecord(first.start, words[words.length - 1]!.end, NO_SHELL_WORDS, words, baseName(first.value), 0, null, 0, false, false);
      info.ownExecScript(ins.argsText, [cmd]);
      return null;
    }
  }
  return [];
}

function isShellScriptBody(body: string): boolean {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
  if (!m) return true;
  const exe = baseName(m[1]!);
  const prog = exe === "env" ? baseName(m[2] ?? "") : exe;
  return POSIX_SHELLS.has(prog);
}

function stripHeredocMarkers(s: string): string {
  return s.replace(/<<-?\s*(["']?)[A-Za-z0-9_.\-]+\1/g, "");
}

/** The simple commands of a script text (an exact-size list: the model keeps it). */
function commandsIn(text: LogicalText, scope: Scope): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  addCommands(text.text, 0, text, scope, 0, false, { next: 0 }, 0, out);
  return out.slice();
}

/** Substitutions nested deeper than this are left as plain words: each level re-parses its text,
 * and recursion this deep would only come from hostile input (2,000 levels overflowed the stack). */
const MAX_SUBSTITUTION_NESTING = 32;

/**
 * Adds to `out` the simple commands of `script` (a slice of `text` starting at `offset`). Commands
 * inside `$( ... )` and backticks come first, as the shell runs them, marked `substitution` and one
 * subshell deeper. The script is parsed a batch of commands at a time, each batch made into the
 * model's commands before the next is parsed (ShellParser.read: a long script's parse is never
 * all held at once).
 *
 * Each pipeline takes the next id of `pipelines` when its first command is met, a substitution's
 * pipelines after the pipeline of the command that holds it: ids are unique in the script and
 * those of a script and its substitutions a range (run-pipefail's pipelineBounds).
 */
function addCommands(script: string, offset: number, text: LogicalText, scope: Scope, depth: number, compound: boolean, pipelines: { next: number }, nesting: number, out: SimpleCommand[]): void {
  const parser = shellParser(script);
  let parsedPipeline = -1;
  let pipeline = -1;
  do {
    const raw = parser.read();
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (c.pipeline !== parsedPipeline) {
        parsedPipeline = c.pipeline;
        pipeline = pipelines.next++;
      }
      if (nesting < MAX_SUBSTITUTION_NESTING) {
        // (Indexed loops over both lists, not a for...of over a new joined list per command.)
        for (let j = 0; j < c.assignments.length; j++) substitutionsOf(c.assignments[j]!, c, out, offset, text, scope, depth, compound, pipelines, nesting);
        for (let j = 0; j < c.words.length; j++) substitutionsOf(c.words[j]!, c, out, offset, text, scope, depth, compound, pipelines, nesting);
      }
      const words = shellWords(c.words, text, scope, offset);
      const assignments = c.assignments.length ? shellWords(c.assignments, text, scope, offset) : NO_SHELL_WORDS;
      const map = text.map;
      const start = map.at(offset + c.start) ?? 0;
      const end = c.end > c.start ? (map.at(offset + c.end - 1) ?? 0) + 1 : start;
      // (The parser's word, of one shape: the model's first word is one of two classes, and the
      // first command whose first word was the rarer one deoptimized this code, "wrong map".)
      const name = c.words.length > 0 ? intern(baseName(c.words[0]!.value)) : "";
      // The commands of a substitution's script (nesting > 0) are all marked, those of its own substitutions too.
      out.push(new CommandRecord(start, end, assignments, words, name, c.subshellDepth + depth, c.next, pipeline, c.compound || compound, nesting > 0));
    }
    // (Counted in commands: one RUN can be most of a file's work.)
    progressed(raw.length);
  } while (!parser.done);
}

/** The model's words for the parser's words of a command: an exact-size list filled in place. */
function shellWords(raw: RawWord[], text: LogicalText, scope: Scope, offset: number): ShellWord[] {
  const out: ShellWord[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = toShellWord(raw[i]!, text, scope, offset);
  return out;
}

/** Adds the commands of the substitutions in word `w` of command `c` (listed before it, as the shell runs them). */
function substitutionsOf(w: RawWord, c: RawCommand, out: SimpleCommand[], offset: number, text: LogicalText, scope: Scope, depth: number, compound: boolean, pipelines: { next: number }, nesting: number): void {
  if (!w.hasExpansion || !substitutionMark(w)) return;
  for (const r of substitutionRanges(w.raw)) {
    addCommands(w.raw.slice(r.from, r.to), offset + w.start + r.from, text, scope, depth + c.subshellDepth + 1, compound || c.compound, pipelines, nesting + 1, out);
  }
}

/** hasSubstitutionMark of the word's text, found once per word. */
function substitutionMark(w: RawWord): boolean {
  if (w.substitution < 0) w.substitution = hasSubstitutionMark(w.raw) ? 1 : 0;
  return w.substitution === 1;
}

/** `$(` or a backtick somewhere in `raw` (what `/\$\(|`/` found). Two indexOf searches, not a
 * loop over the character codes: the search builtin reads a few instructions per character, the
 * optimized loop about twenty (29M instructions on half the corpus, once per word with an expansion). */
function hasSubstitutionMark(raw: string): boolean {
  return raw.indexOf("`") !== -1 || raw.indexOf("$(") !== -1;
}

/** Ranges of the scripts inside top-level `$( ... )` (not `$(( ))`) and backticks of a word, outside single quotes. */
export function substitutionRanges(raw: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let single = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && !single) {
      i++;
      continue;
    }
    if (c === "'" ) {
      // Single quotes only matter outside double quotes; a rough but safe approximation for words.
      single = !single;
      continue;
    }
    if (single) continue;
    if (c === "`") {
      const end = raw.indexOf("`", i + 1);
      if (end === -1) break;
      out.push({ from: i + 1, to: end });
      i = end;
      continue;
    }
    if (c === "$" && raw[i + 1] === "(" && raw[i + 2] !== "(") {
      let depth = 0;
      let j = i + 1;
      let quote: string | null = null;
      for (; j < raw.length; j++) {
        const d = raw[j];
        if (quote) {
          if (d === "\\" && quote === '"') j++;
          else if (d === quote) quote = null;
          continue;
        }
        if (d === "\\") j++;
        else if (d === "'" || d === '"') quote = d;
        else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      if (j >= raw.length) break;
      out.push({ from: i + 2, to: j });
      i = j;
    }
  }
  return out;
}

function toShellWord(w: RawWord, text: LogicalText, scope: Scope, offset = 0): ShellWord {
  const map = text.map;
  const start = map.at(offset + w.start) ?? 0;
  if (!w.hasExpansion && w.value === w.raw && w.end > w.start) {
    // A plain word whose source is its text (no continuation or JSON escape inside): the small record.
    const end = (map.at(offset + w.end - 1) ?? 0) + 1;
    if (end - start === w.raw.length) return new PlainShellWord(start, w.raw);
  }
  // (A word with a command substitution is never known; another one with an expansion is expanded
  // in its scope when first read: see ShellWordRecord.)
  const expanded: string | null | Scope = !w.hasExpansion ? w.value : substitutionMark(w) ? null : scope;
  const end = w.end > w.start ? (map.at(offset + w.end - 1) ?? 0) + 1 : start;
  return new ShellWordRecord(start, end, w.raw, w.value, w.hasExpansion, expanded);
}
