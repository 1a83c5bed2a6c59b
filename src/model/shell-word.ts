// A word of a RUN script as the model keeps it (the ShellWord of types.ts). `expanded` and
// `hasExpansion` share one field: most words have no expansion, and their expanded value is their
// value (8 bytes less for each of the 430k words of a 10 MB file).
//
// A word is also its own package-command token (the Token of packages.ts) when it makes exactly one:
// `text` is its expanded value and `word` the word itself, so the package facts need no object
// per operand (18 % of them on a 10 MB file).
//
// A word's expanded value is worked out when first read, from the scope it was parsed in (kept
// in the same field until then): rules read it for about a quarter of the words with an
// expansion, and a build without rules for none.
import { expandWord } from "./expand";
import { PlainWord } from "./plain-word";
import type { Scope, ShellWord } from "./types";

export class ShellWordRecord implements ShellWord {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: string;
  /** undefined when the word has no expansion; else its expanded value, null when unknown, or
   * the scope to expand it in until first read. */
  private expansion: string | null | undefined | Scope;

  /** `expanded`: the expanded value (null when unknown), or the scope that gives it when read. */
  constructor(start: number, end: number, raw: string, value: string, hasExpansion: boolean, expanded: string | null | Scope) {
    this.start = start;
    this.end = end;
    this.raw = raw;
    this.value = value;
    this.expansion = hasExpansion ? expanded : undefined;
  }

  get expanded(): string | null {
    const e = this.expansion;
    if (e === undefined) return this.value;
    if (e === null || typeof e === "string") return e;
    return (this.expansion = expandedIn(this.raw, e));
  }

  get hasExpansion(): boolean {
    return this.expansion !== undefined;
  }

  /** As a token: the expanded value (null when unknown). */
  get text(): string | null {
    return this.expanded;
  }

  /** As a token: the word it comes from. */
  get word(): ShellWord {
    return this;
  }
}

/** The expanded value of a RUN word's text in `scope`, null when unknown. */
function expandedIn(raw: string, scope: Scope): string | null {
  const r = expandWord(raw, scope, "\\");
  return r.unresolved ? null : r.value;
}

/** A plain word of a RUN script (no quote, escape or expansion, and no line continuation inside:
 * 357k of the 392k RUN words of a 10 MB file): its start and text are all it keeps, the rest is
 * derived (40 bytes instead of the record's 64). */
export class PlainShellWord extends PlainWord implements ShellWord {
  get expanded(): string {
    return this.raw;
  }

  get hasExpansion(): boolean {
    return false;
  }

  /** As a token (see ShellWordRecord). */
  get text(): string {
    return this.raw;
  }

  get word(): ShellWord {
    return this;
  }
}
