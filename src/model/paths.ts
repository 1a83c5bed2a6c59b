/** Last component of a path (`/usr/bin/apt-get` -> `apt-get`, `dir/` -> `dir`); `\` counts as a separator for Windows executables. */
export function baseName(p: string): string {
  const s = p.replace(/[\\/]+$/, "");
  return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")) + 1);
}
