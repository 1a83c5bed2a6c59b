// Shell pathname patterns (`rm /tmp/*.tgz`), matched against absolute paths.
/**
 * A shell pathname pattern as a regular expression: `*` and `?` stay inside one path component,
 * `[...]` is a bracket expression (`[!a]` and `[^a]` negate), an unclosed `[` is a literal `[`,
 * and every other character matches itself.
 */
export function shellGlobToRegExp(p: string): RegExp {
  let re = "^";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "\\" && i + 1 < p.length) re += escapeRegExp(p[++i]!);
    else if (ch === "[") {
      let j = i + 1;
      const negated = p[j] === "!" || p[j] === "^";
      if (negated) j++;
      if (p[j] === "]") j++; // a leading `]` is a member
      while (j < p.length && p[j] !== "]") j++;
      if (j >= p.length) {
        re += "\\[";
        continue;
      }
      const members = p.slice(i + (negated ? 2 : 1), j).replace(/[\\\]^]/g, "\\$&");
      re += negated ? `[^/${members}]` : `[${members}]`;
      i = j;
    } else re += escapeRegExp(ch);
  }
  return new RegExp(re + "$");
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? "\\" + ch : ch;
}
