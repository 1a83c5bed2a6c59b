// One string per distinct short word while a model is built. Words repeat a lot (`&&`, `-y`,
// `apt-get`, package names, paths): a 2.5 MB Dockerfile kept about 6 MB of duplicate strings,
// each slice of the text its own copy. The table is bounded (a file of all-distinct words
// costs a fixed amount more, and every lookup stays O(word)), and it only works while a build
// runs and is emptied when it ends: an interned slice keeps its whole source text alive, so none
// may outlive its file (words split by rules after the build are not interned). Only large texts
// are interned: a small file's model is dropped soon anyway, and the lookups made building the
// corpus's models about 20 % slower.

const MAX_LENGTH = 64;
const MAX_ENTRIES = 16_384;
/** Texts shorter than this are built without interning. */
const MIN_TEXT_LENGTH = 256 * 1024;
let table = new Map<string, string>();
let building = false;

/** `s`, or an equal string seen before in this build. */
export function intern(s: string): string {
  if (!building || s.length > MAX_LENGTH) return s;
  const seen = table.get(s);
  if (seen !== undefined) return seen;
  if (table.size < MAX_ENTRIES) table.set(s, s);
  return s;
}

/** Runs `build` of a text of `textLength` characters, interning if the text is large, and forgets
 * every interned string when it returns. */
export function interning<T>(textLength: number, build: () => T): T {
  if (building || textLength < MIN_TEXT_LENGTH) return build();
  building = true;
  try {
    return build();
  } finally {
    building = false;
    if (table.size) table = new Map();
  }
}
