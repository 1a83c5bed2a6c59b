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

export class RunRecord implements RunInfo {
  readonly form: RunInfo["form"];
  commands: SimpleCommand[] = noCommands();
  readonly mounts: Mount[];
  readonly shell: string[];
  readonly windowsShell: boolean;
  /** The scripts: one as it is, several as a list, none as null. */
  private held: RunScript | RunScript[] | null = null;

  constructor(form: RunInfo["form"], mounts: Mount[], shell: string[], windowsShell: boolean) {
    this.form = form;
    this.mounts = mounts;
    this.shell = shell;
    this.windowsShell = windowsShell;
  }

  get scripts(): RunScript[] {
    const held = this.held;
    return held === null ? NO_SCRIPTS : Array.isArray(held) ? held : [held];
  }

  set scripts(list: RunScript[]) {
    this.held = list.length === 0 ? null : list.length === 1 ? list[0]! : list.slice();
  }
}
