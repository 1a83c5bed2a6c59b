import { expandWord } from "./expand";
import { intern } from "./intern";
import type { ImageRef, Scope, Span } from "./types";

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

export function parseImageRef(word: WordLike, scope: Scope, escape: string, _text: string): ImageRef {
  const r = expandWord(word.raw, scope, escape);
  const expanded = r.value;
  const parts = splitImage(expanded);
  let tagSpan: Span = { start: word.start, end: word.end };
  if (parts.tag !== null) {
    const idx = word.raw.lastIndexOf(":" + parts.tag);
    if (idx !== -1) {
      const start = Math.min(word.start + idx + 1, word.end);
      tagSpan = { start, end: Math.min(start + parts.tag.length, word.end) };
    }
  }
  // The parts one by one, not `...parts`: a spread in an object literal copies them through the
  // runtime (CopyDataProperties, then a map migration per later field), ~0.9 % of a cold corpus
  // run's samples, and the fields past the literal's own went to a separate property list (40
  // bytes more for each of a 10 MB file's 17,840 images).
  return {
    raw: word.raw,
    span: { start: word.start, end: word.end },
    expanded,
    unresolved: r.unresolved,
    registry: parts.registry,
    // (Interned while a large file is built: images repeat, `debian` and `12-slim` in every stage.)
    path: intern(parts.path),
    tag: parts.tag === null ? null : intern(parts.tag),
    digest: parts.digest,
    tagSpan,
    isScratch: expanded.toLowerCase() === "scratch",
    stage: null,
  };
}
