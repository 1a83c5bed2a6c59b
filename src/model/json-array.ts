// An exec-form JSON array of an instruction (the `json` of types.ts): its strings, and where to
// read it again for the source span of each. Rules seldom read the spans (four places, each once
// per instruction): the array text is parsed again then, instead of keeping two offsets per value
// in a list of their own for the model's life (about 70 bytes of each of a 10 MB file's 35k
// exec-form CMDs and HEALTHCHECKs; 100k JSON-form COPYs in another file).
import { parseJsonArray } from "./scan";
import type { LogicalText, Span } from "./types";

/** What gives an instruction's argsText (an Instruction). */
interface ArgsOwner {
  readonly argsText: LogicalText;
}

export class JsonArray {
  /** The values; null once dropped (drop), until read again. */
  private held: string[] | null;
  /** The text the array was parsed from (the instruction's own argsText), or the instruction that
   * gives it (readFrom), and where the array starts. */
  private text: LogicalText | ArgsOwner;
  private readonly from: number;

  constructor(values: string[], text: LogicalText, from: number) {
    this.held = values;
    this.text = text;
    this.from = from;
  }

  get values(): string[] {
    return this.held ?? (this.held = parseJsonArray(this.source(), this.from)!.values);
  }

  /** Reads the text again from `owner`'s argsText when it is needed (the instruction keeps that
   * text as a string, instruction.ts: 1.2 MB of the 35k arrays of a 10 MB file). */
  readFrom(owner: ArgsOwner): void {
    this.text = owner;
  }

  private source(): LogicalText {
    const t = this.text;
    return "argsText" in t ? t.argsText : t;
  }

  /** Lets the values go, to be parsed again when read (what a large file's model does for the
   * arrays its build did not read: no rule read one of the 35,680 CMD and HEALTHCHECK arrays of a
   * 10 MB file, 2.4 MB of lists). */
  drop(): void {
    this.held = null;
  }

  /** The spans of the values, a new list on each read but for the last array read (a loop that
   * reads `json.spans[i]` of one array parses it once). */
  get spans(): Span[] {
    if (lastRead !== this) {
      const o: number[] = [];
      parseJsonArray(this.source(), this.from, o);
      const spans: Span[] = new Array(o.length / 2);
      for (let i = 0; i < spans.length; i++) spans[i] = { start: o[2 * i]!, end: o[2 * i + 1]! };
      lastSpans = spans;
      lastRead = this;
    }
    return lastSpans;
  }
}

let lastRead: JsonArray | null = null;
let lastSpans: Span[] = [];

/** Forgets the last array read: it holds its instruction, and so the whole model, which would
 * otherwise outlive its lint (and a big file's full GC after it) until another array is read. */
export function forgetLastJsonSpans(): void {
  lastRead = null;
  lastSpans = [];
}
