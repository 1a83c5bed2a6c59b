// A simple command of a RUN script (the SimpleCommand of types.ts). Every command is one of these,
// made with all its fields set, so that all commands share one hidden class: commands built as
// object literals in two places, with `substitution` added to some afterwards, had several, and
// the rules' loops over commands deoptimized on meeting another one ("wrong map").
//
// The pipeline, the subshell depth, the operator to the next command and the two booleans are one
// number (`packed`), read through getters: 32 bytes less for each of the 125k commands of a 10 MB
// file (the pipeline's own field was 1 MB of its model).
import type { PackageCommand } from "./packages";
import type { ShellWord, SimpleCommand } from "./types";

/** The operators a command can end with, by their code in `packed` (null: the last command).
 * The shell parser's operators are all here; any other string would be added when first met. */
const NEXT_OPERATORS: (string | null)[] = [null, "&&", "||", ";", "|", "&", "\n"];
const NEXT_BITS = 4;
const NEXT_MASK = (1 << NEXT_BITS) - 1;
const COMPOUND = 1 << NEXT_BITS;
const SUBSTITUTION = 2 << NEXT_BITS;
/** The depth and the pipeline are kept aside (OVERSIZED), not in `packed`. */
const OVERSIZED = 4 << NEXT_BITS;
/** The subshell depth: 8 bits from DEPTH_SHIFT. */
const DEPTH_SHIFT = NEXT_BITS + 3;
const DEPTH_LIMIT = 256;
/** The pipeline is what is above the depth (up to PIPELINE_LIMIT - 1, so that `packed` stays a
 * small integer, 31 bits, which V8 keeps in the field itself). */
const PIPELINE_SHIFT = DEPTH_SHIFT + 8;
const PIPELINE_LIMIT = 2 ** (30 - PIPELINE_SHIFT);

/** The depth and pipeline of commands whose numbers do not fit in `packed` (only hostile input:
 * 256 nested subshells, or 32k pipelines in one RUN). */
const oversized = new WeakMap<CommandRecord, { subshellDepth: number; pipeline: number }>();

function operatorCode(next: string | null): number {
  // (A switch: NEXT_OPERATORS.indexOf for each command was 1 M instructions of a corpus subset run.)
  switch (next) {
    case null:
      return 0;
    case "&&":
      return 1;
    case "||":
      return 2;
    case ";":
      return 3;
    case "|":
      return 4;
    case "&":
      return 5;
    case "\n":
      return 6;
  }
  let code = NEXT_OPERATORS.indexOf(next);
  if (code === -1) code = NEXT_OPERATORS.push(next) - 1;
  return code;
}

export class CommandRecord implements SimpleCommand {
  readonly start: number;
  readonly end: number;
  readonly assignments: ShellWord[];
  readonly words: ShellWord[];
  readonly name: string;
  /** pipeline << PIPELINE_SHIFT + subshellDepth << DEPTH_SHIFT + the COMPOUND and SUBSTITUTION bits +
   * the code of `next` (or OVERSIZED in place of the first two). */
  private readonly packed: number;
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
    // (An operator code past NEXT_MASK, which the parser never makes, would spill into the flags.)
    const low = (compound ? COMPOUND : 0) + (substitution ? SUBSTITUTION : 0) + Math.min(operatorCode(next), NEXT_MASK);
    const fits = subshellDepth >= 0 && subshellDepth < DEPTH_LIMIT && pipeline >= 0 && pipeline < PIPELINE_LIMIT;
    this.packed = fits ? (pipeline << PIPELINE_SHIFT) + (subshellDepth << DEPTH_SHIFT) + low : this.keepOversized(subshellDepth, pipeline, low);
  }

  /** (Out of the constructor: a branch no ordinary file runs.) */
  private keepOversized(subshellDepth: number, pipeline: number, low: number): number {
    oversized.set(this, { subshellDepth, pipeline });
    return OVERSIZED + low;
  }

  get subshellDepth(): number {
    const p = this.packed;
    return (p & OVERSIZED) === 0 ? (p >> DEPTH_SHIFT) & (DEPTH_LIMIT - 1) : oversized.get(this)!.subshellDepth;
  }

  get pipeline(): number {
    const p = this.packed;
    return (p & OVERSIZED) === 0 ? p >> PIPELINE_SHIFT : oversized.get(this)!.pipeline;
  }

  get next(): string | null {
    return NEXT_OPERATORS[this.packed & NEXT_MASK]!;
  }

  get compound(): boolean {
    return (this.packed & COMPOUND) !== 0;
  }

  get substitution(): boolean {
    return (this.packed & SUBSTITUTION) !== 0;
  }

  /** The command in fewer bytes when it has no assignment, one to three words and fits `packed`
   * (CompactCommandRecord), else itself. */
  compacted(): SimpleCommand {
    const words = this.words;
    if (this.assignments.length !== 0 || words.length === 0 || words.length > 3 || (this.packed & OVERSIZED) !== 0) return this;
    return new CompactCommandRecord(this.start, this.end, this.name, this.packed, words[0]!, words[1] ?? null, words[2] ?? null);
  }
}

/**
 * A command of a large build's RUN (shell form or heredoc) with no assignment and one to three
 * words, as every one of a file of 100k `RUN echo N` lines is: its words in three fields, and
 * `words` a new list of them at each read. Its word list was 64 bytes of each of those (6.4 MB), and
 * 56-64 bytes of each of the 89,200 short commands (`apt-get update`, `rm -rf DIR`, `set -e`) of
 * the 10 MB hostile file: peak RSS 204.7 -> 199.6 MB. A class of its own, made only in large builds:
 * small files' commands stay CommandRecords.
 */
const NO_ASSIGNMENTS = Object.freeze([]) as unknown as ShellWord[];

export class CompactCommandRecord implements SimpleCommand {
  packageCommand: PackageCommand | null | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
    /** As CommandRecord's (never OVERSIZED). */
    private readonly packed: number,
    private readonly first: ShellWord,
    private readonly second: ShellWord | null,
    private readonly third: ShellWord | null,
  ) {}

  get words(): ShellWord[] {
    const second = this.second;
    if (second === null) return [this.first];
    const third = this.third;
    return third === null ? [this.first, second] : [this.first, second, third];
  }

  get assignments(): ShellWord[] {
    return NO_ASSIGNMENTS;
  }

  get subshellDepth(): number {
    return (this.packed >> DEPTH_SHIFT) & (DEPTH_LIMIT - 1);
  }

  get pipeline(): number {
    return this.packed >> PIPELINE_SHIFT;
  }

  get next(): string | null {
    return NEXT_OPERATORS[this.packed & NEXT_MASK]!;
  }

  get compound(): boolean {
    return (this.packed & COMPOUND) !== 0;
  }

  get substitution(): boolean {
    return (this.packed & SUBSTITUTION) !== 0;
  }
}
