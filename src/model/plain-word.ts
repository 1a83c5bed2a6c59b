// A plain Dockerfile word (the Word of types.ts) as splitWords keeps it: no quote or escape, and
// no line continuation inside, so its value is its text and its end is its start plus its length.
// Nearly every instruction word is one (all 232k of a 10 MB file): two fields instead of four.
import type { Word } from "./types";

export class PlainWord implements Word {
  readonly start: number;
  readonly raw: string;

  constructor(start: number, raw: string) {
    this.start = start;
    this.raw = raw;
  }

  get end(): number {
    return this.start + this.raw.length;
  }

  get value(): string {
    return this.raw;
  }
}
