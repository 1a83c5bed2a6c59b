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
  // (It names every command of every RUN. A path without a trailing separator, most, is searched
  // by the built-in searches alone: a loop of character codes cost more while still unoptimized.)
  const last = p.length > 0 ? p.charCodeAt(p.length - 1) : -1;
  if (!isSeparator(last)) {
    const b = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1;
    return b === 0 ? p : p.slice(b);
  }
  let e = p.length - 1;
  while (e > 0 && isSeparator(p.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isSeparator(p.charCodeAt(b - 1))) b--;
  return p.slice(b, e);
}

/** `/` or `\`. */
function isSeparator(c: number): boolean {
  return c === 47 || c === 92;
}
