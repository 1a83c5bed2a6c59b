import { expandWord } from "./expand";
import { intern } from "./intern";
import type { ImageRef, Scope, Span, Stage } from "./types";

interface WordLike extends Span {
  raw: string;
  value: string;
}

/** Splits an image reference into registry, path, tag and digest. */
export function splitImage(ref: string): { registry: string | null; path: string; tag: string | null; digest: string | null } {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const firstSlash = rest.indexOf("/");
  if (firstSlash !== -1) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  return { registry, path: rest, tag, digest };
}

const UNRESOLVED = 1;
const SCRATCH = 2;

/** A FROM's image (the ImageRef of types.ts). It keeps the FROM's word (which the instruction keeps
 * too) and makes its two spans when read, the tag's found again in the word, and its two flags are
 * one number (six fields and two objects less per image: 128 -> 88 bytes, and the 10 MB file has
 * 17,840 stages; rules seldom read them). */
class ImageRecord implements ImageRef {
  readonly expanded: string;
  readonly registry: string | null;
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
  stage: Stage | null = null;
  private readonly word: WordLike;
  private flags: number;

  constructor(word: WordLike, expanded: string, unresolved: boolean, parts: ReturnType<typeof splitImage>) {
    this.expanded = expanded;
    this.registry = parts.registry;
    // (Interned while a large file is built: images repeat, `debian` and `12-slim` in every stage.)
    this.path = intern(parts.path);
    this.tag = parts.tag === null ? null : intern(parts.tag);
    this.digest = parts.digest;
    this.word = word;
    this.flags = (unresolved ? UNRESOLVED : 0) | (expanded.toLowerCase() === "scratch" ? SCRATCH : 0);
  }

  get unresolved(): boolean {
    return (this.flags & UNRESOLVED) !== 0;
  }

  set unresolved(on: boolean) {
    this.flags = on ? this.flags | UNRESOLVED : this.flags & ~UNRESOLVED;
  }

  get isScratch(): boolean {
    return (this.flags & SCRATCH) !== 0;
  }

  /** The word as written in the FROM line. */
  get raw(): string {
    return this.word.raw;
  }

  /** The word's span (a new object on each read). */
  get span(): Span {
    return { start: this.word.start, end: this.word.end };
  }

  /** The tag as written, else the word (a new object on each read). */
  get tagSpan(): Span {
    return tagSpanIn(this.word, this.tag);
  }
}

/** Where `tag` (of the word's expansion) is written in the word, else the word's span. */
function tagSpanIn(word: WordLike, tag: string | null): Span {
  if (tag !== null) {
    const idx = word.raw.lastIndexOf(":" + tag);
    if (idx !== -1) {
      const start = Math.min(word.start + idx + 1, word.end);
      return { start, end: Math.min(start + tag.length, word.end) };
    }
  }
  return { start: word.start, end: word.end };
}

export function parseImageRef(word: WordLike, scope: Scope, escape: string, _text: string): ImageRef {
  const r = expandWord(word.raw, scope, escape);
  const expanded = r.value;
  return new ImageRecord(word, expanded, r.unresolved, splitImage(expanded));
}
