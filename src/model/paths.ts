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
  // (It names every command of every RUN. A name without any separator, most, is found by two
  // forward searches, which V8 runs in its fast built-in code: lastIndexOf is a call into the
  // runtime, 27M instructions of baseName's calls on half the corpus; a loop of character codes
  // over every name cost more while still unoptimized.)
  if (p.indexOf("/") === -1 && p.indexOf("\\") === -1) return p;
  let e = p.length;
  while (e > 0 && isSeparator(p.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isSeparator(p.charCodeAt(b - 1))) b--;
  return p.slice(b, e);
}

/** `/` or `\`. */
function isSeparator(c: number): boolean {
  return c === 47 || c === 92;
}
