// One instruction of the model (the Instruction of types.ts). Two parts that rules seldom read
// are made when first read instead of kept for every instruction: the words of a RUN, CMD,
// ENTRYPOINT or HEALTHCHECK (rules read the parsed command, `run` or `json`; a RUN's words were
// a tenth of a 10 MB file's model), and the keyword's span (a new object on each read). Fields few
// instructions have (a keyword not written upper-case, an ONBUILD's trigger, comments above) live
// in one `extras` object that most instructions do without.
import { isLargeBuild, largeBuildSource, type BuildSource } from "./intern";
import { indexInLogical } from "./logical";
import { contiguousText, oneRunFirst } from "./position-map";
import { PlainWord } from "./plain-word";
import { splitWords } from "./scan";
import type { Flag, Heredoc, Instruction, LogicalText, RunInfo, Scope, Span, Stage, Word } from "./types";

const NO_VARIABLES: Scope = new Map();
/** copyPartsMemo of a large file's COPY or ADD: its parts are found again on each read, not kept
 * (see the constructor). */
export const PARTS_NOT_KEPT = Object.freeze({ notKept: true });
// Most instructions have no heredoc and no comment above: they share one frozen empty list each.
const NO_HEREDOCS = Object.freeze([]) as unknown as Heredoc[];
export const NO_COMMENTS = Object.freeze([]) as unknown as Instruction["commentsAbove"];

/** Keyword ends that are not start + the keyword's length (see the constructor). */
const SPLIT_KEYWORD_ENDS = new WeakMap<InstructionRecord, number>();

/** The fields of an instruction that most instructions do not have (one field less than three on
 * each of a 10 MB file's 196k records: 176 -> 160 bytes). */
class InstructionExtras {
  /** The keyword as written, when not the same as `keyword`. */
  keywordRaw: string | undefined = undefined;
  onbuild: Instruction | null = null;
  commentsAbove: Instruction["commentsAbove"] = NO_COMMENTS;
  /** The last line, when LINES_AFTER_MAX lines or more follow the first. */
  endLine = 0;
  heredocs: Heredoc[] = NO_HEREDOCS;
}

/** `lines` keeps the first line times LINE_UNIT plus the number of lines after it, up to
 * LINES_AFTER_MAX (more: the last line is kept in the extras). A 16 MB file (the most dflint reads)
 * has fewer than 2^25 lines: the number stays a small integer. */
const LINE_UNIT = 64;
const LINES_AFTER_MAX = LINE_UNIT - 1;

export class InstructionRecord implements Instruction {
  index = 0;
  keyword: string;
  start: number;
  end: number;
  /** The first and the last line, in one number (see LINE_UNIT): 8 bytes less for each of a 10 MB
   * file's 196k instructions, and rules seldom read them. */
  private lines = 0;
  /** argsText, or, when it is one run of the source right after the keyword up to `end` (most are:
   * a one-line instruction's arguments), only its string or, in a large build, the build's source
   * (one object for all: the string of 32 bytes or more of each of 100k one-line RUNs was 3 MB),
   * made into the object on each read (see argsText). */
  private argsHeld: string | LogicalText | BuildSource;
  flags: Flag[];
  json: Instruction["json"] = null;
  stage: Stage | null = null;
  scope: Scope;
  /** Rarely present fields (see InstructionExtras), null when all are unset. */
  private extras: InstructionExtras | null = null;
  /** A RUN's `run`, or copyParts' answer for another instruction (a COPY or ADD), kept when first
   * asked (copy.ts: a WeakMap of the 35k COPYs of a 10 MB file cost about 2 µs per insertion): one
   * field for both, as no instruction has both (1.5 MB of the 196k records of a 10 MB file). */
  private detail: unknown = null;
  /** The words after the flags or, until they are first read when made lazily, what splits them:
   * the index in `argsText` where they start, times two, plus one for a backtick escape character
   * (one field for both: 16 bytes less per instruction than a field each). A lone plain word (an
   * ARG's, a WORKDIR's) is kept without its list: 56 bytes less for each of the 36k of a 10 MB file. */
  private words: Word[] | number | PlainWord;

  constructor(
    keyword: string,
    keywordRaw: string,
    keywordSpan: Span,
    argsText: LogicalText,
    flags: Flag[],
    /** The words after the flags, or null to split them when first read. */
    args: Word[] | null,
    argsFrom: number,
    escape: string,
  ) {
    this.keyword = keyword;
    if (keywordRaw !== keyword) this.more().keywordRaw = keywordRaw;
    this.start = keywordSpan.start;
    this.end = argsText.map.last() ?? keywordSpan.end;
    // (Only while a large file is built: a small file's model lives a moment, and the text object
    // made on each read cost the corpus's run about 1-2 % more instructions.)
    const large = isLargeBuild();
    const oneRun = large && oneRunFirst(argsText) === keywordSpan.start + keywordRaw.length;
    // (RUNs only: rules read other instructions' arguments many times each, and a slice of the
    // source at each read cost the 10 MB file's run 2-3 % more instructions; a RUN's are read for
    // its script, once.)
    const source = oneRun && keyword === "RUN" ? largeBuildSource() : null;
    this.argsHeld = source !== null && source().startsWith(argsText.text, keywordSpan.start + keywordRaw.length) ? source : oneRun ? argsText.text : argsText;
    this.flags = flags;
    this.scope = NO_VARIABLES;
    // A large file's COPYs keep no parts: a dozen rules read them, each in its own pass over the
    // instructions, so the parts found for one COPY die young; kept, the 100k JSON-form COPYs of a
    // 2 MB file held 18 MiB of them (the record, its list and two parts each) until the lint ended.
    if (large && (keyword === "COPY" || keyword === "ADD")) this.detail = PARTS_NOT_KEPT;
    this.words = args === null ? argsFrom * 2 + (escape === "`" ? 1 : 0) : large && args.length === 1 && args[0] instanceof PlainWord ? args[0] : args;
    // The keyword's end is its start plus the length as written, but for an ONBUILD's keyword
    // split by a line continuation (kept aside: no field on every instruction for that).
    if (keywordSpan.end - keywordSpan.start !== keywordRaw.length) SPLIT_KEYWORD_ENDS.set(this, keywordSpan.end);
  }

  /** Made on each read when the instruction keeps only the string (not kept: rules read it for
   * few instructions, mostly its text, and the object was 40 bytes of each of the 164k one-line
   * instructions of a 10 MB file, 6.3 MB of its model). */
  get argsText(): LogicalText {
    const held = this.argsHeld;
    if (typeof held === "string") return contiguousText(held, this.start + this.keywordRaw.length);
    if (typeof held !== "function") return held;
    const from = this.start + this.keywordRaw.length;
    return contiguousText(held().slice(from, this.end), from);
  }

  /** Sets `end` (where the instruction ends, after its heredocs): arguments read from the build's
   * source (see argsHeld) keep their own string when they no longer end there. */
  setEnd(end: number): void {
    const held = this.argsHeld;
    if (end !== this.end && typeof held === "function") this.argsHeld = held().slice(this.start + this.keywordRaw.length, this.end);
    this.end = end;
  }

  /** Keeps `text` (the instruction's argsText) as it is: its identity matters (an exec-form RUN's
   * script is its argsText, which rules compare). */
  holdArgsText(text: LogicalText): void {
    this.argsHeld = text;
  }

  get line(): number {
    return Math.floor(this.lines / LINE_UNIT);
  }

  get endLine(): number {
    const after = this.lines % LINE_UNIT;
    return after === LINES_AFTER_MAX ? this.extras!.endLine : this.line + after;
  }

  /** Sets the first and the last line (1-based). */
  setLines(line: number, endLine: number): void {
    const after = Math.min(endLine - line, LINES_AFTER_MAX);
    if (after === LINES_AFTER_MAX) this.more().endLine = endLine;
    this.lines = line * LINE_UNIT + after;
  }

  private more(): InstructionExtras {
    return (this.extras ??= new InstructionExtras());
  }

  /** For a RUN only. */
  get run(): RunInfo | null {
    return this.keyword === "RUN" ? (this.detail as RunInfo | null) : null;
  }

  set run(info: RunInfo | null) {
    if (this.keyword === "RUN") this.detail = info;
    else if (info !== null) throw new Error(`${this.keyword} has no RUN analysis`);
  }

  /** copyParts' answer, kept (see `detail`); never kept for a RUN. */
  get copyPartsMemo(): unknown {
    return this.keyword === "RUN" ? undefined : (this.detail ?? undefined);
  }

  set copyPartsMemo(parts: unknown) {
    if (this.keyword !== "RUN") this.detail = parts;
  }

  /** The record as a RunSite of its own (runSites, commands.ts): a RUN outside an ONBUILD, whose
   * `onbuild` is null. */
  get ins(): this {
    return this;
  }

  get keywordRaw(): string {
    return this.extras?.keywordRaw ?? this.keyword;
  }

  get onbuild(): Instruction | null {
    return this.extras?.onbuild ?? null;
  }

  set onbuild(inner: Instruction | null) {
    if (inner !== null || this.extras) this.more().onbuild = inner;
  }

  /** In the extras: few instructions have heredocs, and few rules read them (8 bytes less for
   * each instruction: 0.8 MB of a file of 100k one-line RUNs). */
  get heredocs(): Heredoc[] {
    return this.extras?.heredocs ?? NO_HEREDOCS;
  }

  set heredocs(list: Heredoc[]) {
    if (list.length > 0 || this.extras) this.more().heredocs = list;
  }

  get commentsAbove(): Instruction["commentsAbove"] {
    return this.extras?.commentsAbove ?? NO_COMMENTS;
  }

  set commentsAbove(list: Instruction["commentsAbove"]) {
    if (list.length > 0 || this.extras) this.more().commentsAbove = list;
  }

  get keywordSpan(): Span {
    return { start: this.start, end: SPLIT_KEYWORD_ENDS.get(this) ?? this.start + this.keywordRaw.length };
  }

  /** (A new list of the one word on each read when `words` keeps a lone word: see `words`.) */
  get args(): Word[] {
    const words = this.words;
    if (typeof words === "number") return (this.words = splitWords(this.argsText, words >> 1, words & 1 ? "`" : "\\"));
    return words instanceof PlainWord ? [words] : words;
  }

  /** Index in `argsText` where the words after the flags start (see argsStart). */
  get argsFrom(): number {
    const words = this.words;
    if (typeof words === "number") return words >> 1;
    const first = words instanceof PlainWord ? words : words[0];
    const text = this.argsText;
    return first ? indexInLogical(text, first.start) : text.text.length;
  }
}

/** Index in `ins.argsText` where the words after the flags start (its length when there are none). */
export function argsStart(ins: Instruction): number {
  if (ins instanceof InstructionRecord) return ins.argsFrom;
  const first = ins.args[0];
  return first ? indexInLogical(ins.argsText, first.start) : ins.argsText.text.length;
}
