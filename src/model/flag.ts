// A leading `--name[=value]` flag of an instruction (the Flag of types.ts), as takeFlags makes it.
// Its value's span ends where the flag does (`--name=value`, `--name value`, or the name when
// there is no value): the flag keeps where it starts and makes the span when read (one object
// less per flag; the 10 MB file has 17,840 COPY --from flags).
import type { Flag, Span } from "./types";

export class FlagRecord implements Flag {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly value: string | null;
  readonly spaced: boolean;
  private readonly valueStart: number;

  constructor(start: number, end: number, name: string, value: string | null, valueStart: number, spaced: boolean) {
    this.start = start;
    this.end = end;
    this.name = name;
    this.value = value;
    this.spaced = spaced;
    this.valueStart = valueStart;
  }

  /** Span of the value (a new object on each read). */
  get valueSpan(): Span {
    return { start: this.valueStart, end: this.end };
  }
}

/** The first of `flags` named `name`, or undefined (a loop, not `find` with a closure per instruction). */
export function flagNamed(flags: readonly Flag[], name: string): Flag | undefined {
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === name) return flags[i];
  return undefined;
}

/** A flag's value without one pair of quotes around it (`--from="build"`); most have none, and no regex runs for them. */
export function unquotedFlagValue(value: string): string {
  const c = value.charCodeAt(0);
  return c === 34 || c === 39 ? value.replace(/^(["'])(.*)\1$/, "$2") : value;
}
