// A shell script of a RUN (RunScript of types.ts). Its text is made again when first read
// instead of kept: rules read the parsed commands, and seldom the text (a slice of the
// instruction's arguments, or a heredoc body, with a position map: a tenth of the model of a
// file of 100,000 one-line RUNs).
import { heredocLogical, sliceLogical } from "./scan";
import type { Heredoc, Instruction, LogicalText, RunScript, SimpleCommand } from "./types";

export class ScriptRecord implements RunScript {
  readonly commands: SimpleCommand[];
  /** The text once made (or given). */
  private made: LogicalText | null;
  /** What the text is made from: the instruction's arguments from index `from` (read from the
   * instruction: its argsText object is made when first read), or a heredoc's body (`from` -1). */
  private readonly of: Instruction | Heredoc | null;
  private readonly from: number;

  private constructor(commands: SimpleCommand[], made: LogicalText | null, of: Instruction | Heredoc | null, from: number) {
    this.commands = commands;
    this.made = made;
    this.of = of;
    this.from = from;
  }

  /** A script whose text is kept as given (an exec-form RUN's). */
  static kept(_source: "exec", text: LogicalText, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord(commands, text, null, 0);
  }

  /** A script whose text is the arguments of `ins` from index `from` (sliceLogical), made when read. */
  static ofArgs(ins: Instruction, from: number, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord(commands, null, ins, from);
  }

  /** A script whose text is a heredoc's body (heredocLogical), made when read. */
  static ofHeredoc(h: Heredoc, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord(commands, null, h, -1);
  }

  /** How the script reached the shell, from what its text is made of (no field of its own: 8
   * bytes less for each of the 35k scripts of a 10 MB file). */
  get source(): RunScript["source"] {
    return this.of === null ? "exec" : this.from < 0 ? "heredoc" : "shell";
  }

  get text(): LogicalText {
    return (this.made ??= this.from < 0 ? heredocLogical(this.of as Heredoc) : sliceLogical((this.of as Instruction).argsText, this.from));
  }
}
