// An exec-form JSON array of an instruction (the `json` of types.ts): its strings, and the source
// span of each kept as two numbers. Rules seldom read the spans (four places, each once per
// instruction), and a Span object per value with a list of them was about 110 bytes of each of
// 100k JSON-form COPYs, kept for the model's life: `spans` makes them when read.
import type { Span } from "./types";

export class JsonArray {
  readonly values: string[];
  /** Start and end offset of each value (quotes included), two numbers per value. */
  private readonly offsets: number[];

  constructor(values: string[], offsets: number[]) {
    this.values = values;
    this.offsets = offsets;
  }

  /** The spans of the values, a new list on each read but for the last array read (a loop that
   * reads `json.spans[i]` of one array makes them once). */
  get spans(): Span[] {
    if (lastRead !== this) {
      const o = this.offsets;
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
