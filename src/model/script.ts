// A shell script of a RUN (RunScript of types.ts). Its text is made again when first read
// instead of kept: rules read the parsed commands, and seldom the text (a slice of the
// instruction's arguments, or a heredoc body, with a position map: a tenth of the model of a
// file of 100,000 one-line RUNs).
import { heredocLogical, sliceLogical } from "./scan";
import type { Heredoc, Instruction, LogicalText, RunScript, SimpleCommand } from "./types";

export class ScriptRecord implements RunScript {
  readonly source: RunScript["source"];
  readonly commands: SimpleCommand[];
  /** The text once made (or given). */
  private made: LogicalText | null;
  /** What the text is made from: the instruction's arguments from index `from` (read from the
   * instruction: its argsText object is made when first read), or a heredoc's body (`from` -1). */
  private readonly of: Instruction | Heredoc | null;
  private readonly from: number;

  private constructor(source: RunScript["source"], commands: SimpleCommand[], made: LogicalText | null, of: Instruction | Heredoc | null, from: number) {
    this.source = source;
    this.commands = commands;
    this.made = made;
    this.of = of;
    this.from = from;
  }

  /** A script whose text is kept as given. */
  static kept(source: RunScript["source"], text: LogicalText, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord(source, commands, text, null, 0);
  }

  /** A script whose text is the arguments of `ins` from index `from` (sliceLogical), made when read. */
  static ofArgs(ins: Instruction, from: number, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord("shell", commands, null, ins, from);
  }

  /** A script whose text is a heredoc's body (heredocLogical), made when read. */
  static ofHeredoc(h: Heredoc, commands: SimpleCommand[]): ScriptRecord {
    return new ScriptRecord("heredoc", commands, null, h, -1);
  }

  get text(): LogicalText {
    return (this.made ??= this.from < 0 ? heredocLogical(this.of as Heredoc) : sliceLogical((this.of as Instruction).argsText, this.from));
  }
}
