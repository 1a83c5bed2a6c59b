// The RunInfo of a RUN (types.ts), and its RunScripts. Most RUNs have one script, and the record
// is that script itself: the header line of a shell-form RUN without heredocs (`ownScript`, its text
// made from the instruction's arguments when read), the body of a lone heredoc (`RUN <<EOF`), or an
// exec-form RUN's script. One object instead of two: 64 bytes less for each of 100k one-line RUNs,
// 56 for each of the 18k `RUN <<EOF` of a 10 MB file. `scripts` makes the list of it when read
// (four rules read the scripts, the others the commands).
//
// The scripts of a RUN of several are RunRecords too, used only as scripts (scriptOfArgs,
// scriptOfHeredoc): every RunScript has one hidden class. (With a class of their own beside the
// RunRecords, code over scripts met two shapes: once the lone heredoc bodies were RunRecords,
// run-pipefail's inlineSetAt was compiled on those alone and deoptimized at the first other one,
// "wrong map".)
// A large build's RUNs of one command are OneCommandRunRecords, a second class that only large
// files meet.
import { heredocLogical, sliceLogical } from "./scan";
import type { Heredoc, Instruction, LogicalText, Mount, RunInfo, RunScript, SimpleCommand } from "./types";

const NO_SCRIPTS = Object.freeze([]) as unknown as RunScript[];
const NO_MOUNTS = Object.freeze([]) as unknown as Mount[];

/** The commands of a RUN left unparsed (a Windows shell's): an empty list, but one of objects to V8,
 * as the filled ones are. (A `[]` is a list of small integers to V8, of another hidden class: code
 * that had only met filled lists, such as the rules' loops over a RUN's commands, deoptimized at the
 * first Windows RUN's, "wrong map".) */
function noCommands(): SimpleCommand[] {
  const list: unknown[] = [null];
  list.length = 0;
  return list as SimpleCommand[];
}

/** The mounts and the shell of a RUN with mounts (few have: the others keep the shell alone). */
interface MountsAndShell {
  readonly mounts: Mount[];
  readonly shell: string[];
}

/** `bits`: the form, a Windows shell, the record as its own script (and then its text made). */
const EXEC_FORM = 1;
const WINDOWS_SHELL = 2;
const OWN_SCRIPT = 4;
const TEXT_MADE = 8;
/** The own script is a heredoc's body. */
const HEREDOC_SCRIPT = 16;
/** The own script is an exec-form RUN's, its text kept as given. */
const EXEC_SCRIPT = 32;
/** Above the flags: where the own script starts in the instruction's arguments (less than 2^24 in a
 * 16 MB file: `bits` stays a small integer). */
const FROM_UNIT = 64;
const FORM_BITS = EXEC_FORM | WINDOWS_SHELL;

/** What RunRecord and OneCommandRunRecord share: all but how the commands are kept. */
abstract class RunRecordCore implements RunInfo, RunScript {
  abstract commands: SimpleCommand[];
  /** The shell, or the mounts and the shell when there are mounts (one field: 8 bytes a RUN). */
  private readonly setup: string[] | MountsAndShell;
  /** The flags above and the own script's start, packed (one field: see FROM_UNIT). */
  private bits: number;
  /** The scripts: one as it is, several as a list, none as null; as its own script (OWN_SCRIPT), the
   * instruction or heredoc its text is made from, then that text once made (TEXT_MADE). */
  private held: RunScript | RunScript[] | Instruction | Heredoc | LogicalText | null = null;

  constructor(form: RunInfo["form"], mounts: Mount[], shell: string[], windowsShell: boolean) {
    this.setup = mounts.length === 0 ? shell : { mounts, shell };
    this.bits = (form === "exec" ? EXEC_FORM : 0) + (windowsShell ? WINDOWS_SHELL : 0);
  }

  get form(): RunInfo["form"] {
    return (this.bits & EXEC_FORM) !== 0 ? "exec" : "shell";
  }

  get windowsShell(): boolean {
    return (this.bits & WINDOWS_SHELL) !== 0;
  }

  get mounts(): Mount[] {
    const setup = this.setup;
    return Array.isArray(setup) ? NO_MOUNTS : setup.mounts;
  }

  get shell(): string[] {
    const setup = this.setup;
    return Array.isArray(setup) ? setup : setup.shell;
  }

  get scripts(): RunScript[] {
    const held = this.held;
    if (held === null) return NO_SCRIPTS;
    if ((this.bits & OWN_SCRIPT) !== 0) return [this];
    return Array.isArray(held) ? held : [held as RunScript];
  }

  set scripts(list: RunScript[]) {
    this.bits &= FORM_BITS;
    this.held = list.length === 0 ? null : list.length === 1 ? list[0]! : list.slice();
  }

  /** Makes the record its RUN's one script: the shell-form line of `ins`'s arguments from index
   * `from` (sliceLogical, made when read), of `commands`. */
  ownScript(ins: Instruction, from: number, commands: SimpleCommand[]): void {
    this.own(OWN_SCRIPT + from * FROM_UNIT, ins, commands);
  }

  /** Makes the record its RUN's one script: the body of heredoc `h` (heredocLogical, made when
   * read), of `commands`. */
  ownHeredocScript(h: Heredoc, commands: SimpleCommand[]): void {
    this.own(OWN_SCRIPT + HEREDOC_SCRIPT, h, commands);
  }

  /** Makes the record its exec-form RUN's one script, of `text` (kept as given) and `commands`. */
  ownExecScript(text: LogicalText, commands: SimpleCommand[]): void {
    this.own(OWN_SCRIPT + EXEC_SCRIPT + TEXT_MADE, text, commands);
  }

  private own(bits: number, held: Instruction | Heredoc | LogicalText, commands: SimpleCommand[]): void {
    this.bits = (this.bits & FORM_BITS) + bits;
    this.held = held;
    this.commands = commands;
  }

  /** As its own script: how it reached the shell. */
  get source(): RunScript["source"] {
    const bits = this.bits;
    return (bits & HEREDOC_SCRIPT) !== 0 ? "heredoc" : (bits & EXEC_SCRIPT) !== 0 ? "exec" : "shell";
  }

  /** As its own script: its text, made when first read. */
  get text(): LogicalText {
    const bits = this.bits;
    if ((bits & TEXT_MADE) !== 0) return this.held as LogicalText;
    const text = (bits & HEREDOC_SCRIPT) !== 0 ? heredocLogical(this.held as Heredoc) : sliceLogical((this.held as Instruction).argsText, Math.floor(bits / FROM_UNIT));
    this.held = text;
    this.bits = bits | TEXT_MADE;
    return text;
  }
}

export class RunRecord extends RunRecordCore {
  commands: SimpleCommand[] = noCommands();
}

/**
 * The RunInfo of a large build's RUN of one command (analyseRun): it keeps that command alone, and
 * `commands` makes the list of it at each read. Its list was 56 bytes of each RUN of a file of 100k
 * one-line RUNs (5.3 MiB). A class of its own, not a getter on RunRecord: read through a getter,
 * every file's `run.commands` cost half the corpus 0.25 % more instructions (cold code calls it),
 * while this class is met only in large builds.
 */
export class OneCommandRunRecord extends RunRecordCore {
  private one: SimpleCommand | null = null;

  get commands(): SimpleCommand[] {
    const c = this.one;
    return c === null ? noCommands() : [c];
  }

  set commands(list: SimpleCommand[]) {
    if (list.length > 1) throw new Error("a OneCommandRunRecord keeps one command");
    this.one = list.length === 1 ? list[0]! : null;
  }
}

/** No shell: a script's record (scriptOfArgs, scriptOfHeredoc) is no RUN's RunInfo. */
const NO_SHELL = Object.freeze([]) as unknown as string[];

/** A script of a RUN of several: the shell-form line of `ins`'s arguments from index `from`. */
export function scriptOfArgs(ins: Instruction, from: number, commands: SimpleCommand[]): RunScript {
  const script = new RunRecord("shell", NO_MOUNTS, NO_SHELL, false);
  script.ownScript(ins, from, commands);
  return script;
}

/** A script of a RUN of several: the body of heredoc `h`. */
export function scriptOfHeredoc(h: Heredoc, commands: SimpleCommand[]): RunScript {
  const script = new RunRecord("shell", NO_MOUNTS, NO_SHELL, false);
  script.ownHeredocScript(h, commands);
  return script;
}
