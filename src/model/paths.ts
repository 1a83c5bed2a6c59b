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
  const s = trimEndOf(p, "\\/");
  return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")) + 1);
}
