// Character classes of shell and Dockerfile variable names, by character code, looked up in one
// table: a chain of range compares has a compare of its own per range, and the first upper-case or
// `_` name V8's optimized code met after it had only seen lower-case ones deoptimized it (no type
// feedback there). A table read is the same operations for every character.

const START = 1;
const CHAR = 2;

/** For each ASCII code: START for `[A-Za-z_]`, CHAR for `[A-Za-z0-9_]`. */
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  CLASSES[c] = (letter ? START | CHAR : 0) | (c >= 48 && c <= 57 ? CHAR : 0);
}

/** `[A-Za-z_]`: a character that may start a name. */
export function isNameStart(c: number): boolean {
  return c < 128 && (CLASSES[c]! & START) !== 0;
}

/** `[A-Za-z0-9_]`: a character of a name. */
export function isNameChar(c: number): boolean {
  return c < 128 && (CLASSES[c]! & CHAR) !== 0;
}
