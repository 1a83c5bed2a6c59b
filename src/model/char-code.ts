// Bounded character reads for the scanners. `s.charCodeAt(i)` past the end gives NaN, and the
// first such read in V8's optimized code deoptimizes it ("out of bounds"); the scanners look one
// or two characters ahead at the end of nearly every text. A past-end character reads as -1
// instead, which, as NaN did, equals no character code.

/** The code of `s[i]` (for i >= 0), or -1 past the end. */
export function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}
