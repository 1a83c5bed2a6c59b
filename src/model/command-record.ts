// A simple command of a RUN script (the SimpleCommand of types.ts). Every command is one of these,
// made with all its fields set, so that all commands share one hidden class: commands built as
// object literals in two places, with `substitution` added to some afterwards, had several, and
// the rules' loops over commands deoptimized on meeting another one ("wrong map").
import type { PackageCommand } from "./packages";
import type { ShellWord, SimpleCommand } from "./types";

export class CommandRecord implements SimpleCommand {
  readonly start: number;
  readonly end: number;
  readonly assignments: ShellWord[];
  readonly words: ShellWord[];
  readonly name: string;
  readonly subshellDepth: number;
  readonly next: string | null;
  readonly pipeline: number;
  readonly compound: boolean;
  readonly substitution: boolean;
  /** parsePackageCommand's answer, set on first use (packages.ts). */
  packageCommand: PackageCommand | null | undefined = undefined;

  constructor(
    start: number,
    end: number,
    assignments: ShellWord[],
    words: ShellWord[],
    name: string,
    subshellDepth: number,
    next: string | null,
    pipeline: number,
    compound: boolean,
    substitution: boolean,
  ) {
    this.start = start;
    this.end = end;
    this.assignments = assignments;
    this.words = words;
    this.name = name;
    this.subshellDepth = subshellDepth;
    this.next = next;
    this.pipeline = pipeline;
    this.compound = compound;
    this.substitution = substitution;
  }
}
