// The RunInfo of a RUN (types.ts). Most RUNs have one script: the record keeps it as it is, and
// `scripts` makes the list of it when read (a list for each of 100k one-line RUNs was 56 bytes
// of the 900 each kept in the model; four rules read the scripts, the others the commands).
//
// A RUN in shell form without heredocs (most RUNs) has one script, its header line: the record is
// that script itself (`ownScript`), its text made from the instruction's arguments when read, as a
// ScriptRecord's. One object instead of two: 64 bytes less for each of 100k one-line RUNs.
import { sliceLogical } from "./scan";
import type { Instruction, LogicalText, Mount, RunInfo, RunScript, SimpleCommand } from "./types";

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
/** Above the flags: where the own script starts in the instruction's arguments. */
const FROM_UNIT = 16;

export class RunRecord implements RunInfo, RunScript {
  commands: SimpleCommand[] = noCommands();
  /** The shell, or the mounts and the shell when there are mounts (one field: 8 bytes a RUN). */
  private readonly setup: string[] | MountsAndShell;
  /** The flags above and the own script's start, packed (one field: see FROM_UNIT). */
  private bits: number;
  /** The scripts: one as it is, several as a list, none as null; as its own script (OWN_SCRIPT), the
   * instruction its text is made from, then that text once made (TEXT_MADE). */
  private held: RunScript | RunScript[] | Instruction | LogicalText | null = null;

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
    this.bits &= EXEC_FORM | WINDOWS_SHELL;
    this.held = list.length === 0 ? null : list.length === 1 ? list[0]! : list.slice();
  }

  /** Makes the record its RUN's one script: the shell-form line of `ins`'s arguments from index
   * `from` (sliceLogical, made when read), of `commands`. */
  ownScript(ins: Instruction, from: number, commands: SimpleCommand[]): void {
    this.bits = (this.bits & (EXEC_FORM | WINDOWS_SHELL)) + OWN_SCRIPT + from * FROM_UNIT;
    this.held = ins;
    this.commands = commands;
  }

  /** As its own script: a shell-form line. */
  get source(): RunScript["source"] {
    return "shell";
  }

  /** As its own script: its text, made when first read. */
  get text(): LogicalText {
    const bits = this.bits;
    if ((bits & TEXT_MADE) !== 0) return this.held as LogicalText;
    const text = sliceLogical((this.held as Instruction).argsText, Math.floor(bits / FROM_UNIT));
    this.held = text;
    this.bits = bits | TEXT_MADE;
    return text;
  }
}
