// One string per distinct short word while a model is built. Words repeat a lot (`&&`, `-y`,
// `apt-get`, package names, paths): a 2.5 MB Dockerfile kept about 6 MB of duplicate strings,
// each slice of the text its own copy. The table is bounded (a file of all-distinct words
// costs a fixed amount more, and every lookup stays O(word)), and it only works while a build
// runs and is emptied when it ends: an interned slice keeps its whole source text alive, so none
// may outlive its file (words split by rules after the build are not interned). Only large texts
// are interned: a small file's model is dropped soon anyway, and the lookups made building the
// corpus's models about 20 % slower.
//
// The table is direct-mapped (one slot per hash, a new word replaces the old one) and looked up
// by a range of the text: a word seen before is found by comparing characters in place, without
// making the slice first (a Map keyed by a new slice hashed and allocated every word: the
// lookups were about 5 % of a 10 MB file's CPU time).

import type { LogicalText } from "./types";

const MAX_LENGTH = 64;
const SLOTS = 16_384; // a power of two
/** Texts shorter than this are built without interning. */
const MIN_TEXT_LENGTH = 256 * 1024;
/** Made for the first large text: 128 KB that a run of small files never needs. */
let table: (string | undefined)[] = [];
let building = false;

/** A text being read (by the shell parser) whose characters are the source's at its map's offsets,
 * and that source (setMappedText). */
let mappedText: LogicalText | null = null;
let mappedSource = "";

/** While a large text's model is built, slices of `text` (a text the model does not keep, such as a
 * multi-line RUN's script) are taken from `source` where the characters are: a word sliced from
 * `text` would keep all of `text` alive (V8 slices point to the whole string). Null to stop. */
export function setMappedText(text: LogicalText | null, source: string): void {
  mappedText = building ? text : null;
  mappedSource = source;
}

/** `s.slice(start, end)`, from the source when `s` is the mapped text and the characters are
 * consecutive there (a slice of 13 or more characters is a view of the whole string in V8). */
function freshSlice(s: string, start: number, end: number): string {
  const m = mappedText;
  if (m === null || end - start < 13 || s !== m.text) return s.slice(start, end);
  const first = m.map.at(start)!;
  return m.map.at(end - 1) === first + (end - 1 - start) ? mappedSource.slice(first, first + (end - start)) : s.slice(start, end);
}

/** `s.slice(start, end)`, or an equal string seen before in this build. */
export function internSlice(s: string, start: number, end: number): string {
  const len = end - start;
  if (!building) return s.slice(start, end);
  if (len > MAX_LENGTH) return freshSlice(s, start, end);
  // The hash reads the first and the last 8 characters (the comparison reads them all).
  let h = 0x811c9dc5 ^ len;
  const head = Math.min(end, start + 8);
  for (let i = start; i < head; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, end - 8); i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
  const seen = table[slot];
  if (seen !== undefined && seen.length === len && s.startsWith(seen, start)) return seen;
  const fresh = freshSlice(s, start, end);
  table[slot] = fresh;
  return fresh;
}

/** The text of a large build, as a function that returns it: one object shared by the
 * instructions that read their arguments from it when asked (instruction.ts: `argsHeld`, where a
 * typeof test tells it from the other forms, in code of any tier: an instanceof test on each read
 * of any instruction's arguments cost the corpus's run more). */
export type BuildSource = () => string;

/** Set while a large text's model is built (setBuildSource). */
let buildSource: BuildSource | null = null;

/** Keeps `text` (the text whose offsets the model's spans are: after a BOM) as the BuildSource of
 * this build, if it is a large one. */
export function setBuildSource(text: string): void {
  if (building) buildSource = () => text;
}

/** The BuildSource of the large build under way, null in any other. */
export function largeBuildSource(): BuildSource | null {
  return buildSource;
}

/** A large text's model is being built (with interning): it keeps less of what rules seldom read. */
export function isLargeBuild(): boolean {
  return building;
}

/** `s`, or an equal string seen before in this build. */
export function intern(s: string): string {
  return building && s.length <= MAX_LENGTH ? internSlice(s, 0, s.length) : s;
}

/** Runs `build` of a text of `textLength` characters, interning if the text is large, and forgets
 * every interned string when it returns. */
export function interning<T>(textLength: number, build: () => T): T {
  if (building || textLength < MIN_TEXT_LENGTH) return build();
  if (table.length === 0) table = new Array<string | undefined>(SLOTS).fill(undefined);
  building = true;
  try {
    return build();
  } finally {
    building = false;
    buildSource = null;
    mappedText = null;
    mappedSource = "";
    table.fill(undefined);
  }
}
