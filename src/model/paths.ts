/**
 * `s` without the trailing characters listed in `chars`. A loop, because a regular expression
 * like `/\/+$/` retries at every position of a long run that does not reach the end (quadratic:
 * 100,000 slashes took 30 s).
 */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Last component of a path (`/usr/bin/apt-get` -> `apt-get`, `dir/` -> `dir`); `\` counts as a separator for Windows executables. */
export function baseName(p: string): string {
  // (Character codes, one pass back from the end: it names every command of every RUN.)
  let e = p.length;
  while (e > 0 && isSeparator(p.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isSeparator(p.charCodeAt(b - 1))) b--;
  return b === 0 && e === p.length ? p : p.slice(b, e);
}

/** `/` or `\`. */
function isSeparator(c: number): boolean {
  return c === 47 || c === 92;
}
