// The RunInfo of a RUN (types.ts). Most RUNs have one script: the record keeps it as it is, and
// `scripts` makes the list of it when read (a list for each of 100k one-line RUNs was 56 bytes
// of the 900 each kept in the model; four rules read the scripts, the others the commands).
import type { Mount, RunInfo, RunScript, SimpleCommand } from "./types";

const NO_SCRIPTS = Object.freeze([]) as unknown as RunScript[];

/** The commands of a RUN left unparsed (a Windows shell's): an empty list, but one of objects to V8,
 * as the filled ones are. (A `[]` is a list of small integers to V8, of another hidden class: code
 * that had only met filled lists, such as the rules' loops over a RUN's commands, deoptimized at the
 * first Windows RUN's, "wrong map".) */
function noCommands(): SimpleCommand[] {
  const list: unknown[] = [null];
  list.length = 0;
  return list as SimpleCommand[];
}

/** `kind` bits. */
const EXEC_FORM = 1;
const WINDOWS_SHELL = 2;

export class RunRecord implements RunInfo {
  commands: SimpleCommand[] = noCommands();
  readonly mounts: Mount[];
  readonly shell: string[];
  /** The form and whether the shell is a Windows one, as bits (one field: 8 bytes less for each of
   * the 35k RUNs of a 10 MB file). */
  private readonly kind: number;
  /** The scripts: one as it is, several as a list, none as null. */
  private held: RunScript | RunScript[] | null = null;

  constructor(form: RunInfo["form"], mounts: Mount[], shell: string[], windowsShell: boolean) {
    this.mounts = mounts;
    this.shell = shell;
    this.kind = (form === "exec" ? EXEC_FORM : 0) + (windowsShell ? WINDOWS_SHELL : 0);
  }

  get form(): RunInfo["form"] {
    return (this.kind & EXEC_FORM) !== 0 ? "exec" : "shell";
  }

  get windowsShell(): boolean {
    return (this.kind & WINDOWS_SHELL) !== 0;
  }

  get scripts(): RunScript[] {
    const held = this.held;
    return held === null ? NO_SCRIPTS : Array.isArray(held) ? held : [held];
  }

  set scripts(list: RunScript[]) {
    this.held = list.length === 0 ? null : list.length === 1 ? list[0]! : list.slice();
  }
}
