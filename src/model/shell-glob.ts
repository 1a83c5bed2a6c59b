// Shell pathname patterns (`rm /tmp/*.tgz`), matched against absolute paths.

/** POSIX character classes in a bracket expression (`[[:digit:]]`), as members of a JS character class. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\r\\f\\v",
  upper: "A-Z",
  xdigit: "0-9A-Fa-f",
};

/**
 * A shell pathname pattern as a regular expression: `*` and `?` stay inside one path component,
 * `[...]` is a bracket expression (`[!a]` and `[^a]` negate, `[[:digit:]]` classes, `a-z` ranges),
 * an unclosed `[` is a literal `[`, and every other character matches itself. Any text gives a valid
 * expression: a reversed range (`[z-a]`) or an unknown class matches nothing, as in bash.
 */
export function shellGlobToRegExp(p: string): RegExp {
  let re = "^";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "\\" && i + 1 < p.length) re += escapeRegExp(p[++i]!);
    else if (ch === "[") {
      const bracket = readBracket(p, i);
      if (bracket === null) re += "\\[";
      else {
        re += bracket.regExp;
        i = bracket.end;
      }
    } else re += escapeRegExp(ch);
  }
  return new RegExp(re + "$");
}

/**
 * The bracket expression opening at `p[open]`, as a JS character class, and the index of its `]`;
 * null when it is not closed (the `[` is then a literal).
 */
export function readBracket(p: string, open: number): { regExp: string; end: number } | null {
  let j = open + 1;
  const negated = p[j] === "!" || p[j] === "^";
  if (negated) j++;
  let members = "";
  for (let first = true; j < p.length; j++, first = false) {
    if (p[j] === "]" && !first) return { regExp: negated ? `[^/${members}]` : `[${members}]`, end: j };
    if (p[j] === "[" && p[j + 1] === ":") {
      const close = p.indexOf(":]", j + 2);
      if (close !== -1) {
        members += POSIX_CLASSES[p.slice(j + 2, close)] ?? "";
        j = close + 1;
        continue;
      }
    }
    const from = memberAt(p, j);
    j = from.end;
    // A range: `-` between two members, not last before the `]`.
    if (p[j + 1] === "-" && j + 2 < p.length && p[j + 2] !== "]") {
      const to = memberAt(p, j + 2);
      j = to.end;
      if (to.ch >= from.ch) members += escapeMember(from.ch) + "-" + escapeMember(to.ch);
    } else members += escapeMember(from.ch);
  }
  return null;
}

/** The member character at `p[at]` (a backslash escapes the next) and the index of its last character. */
function memberAt(p: string, at: number): { ch: string; end: number } {
  return p[at] === "\\" && at + 1 < p.length ? { ch: p[at + 1]!, end: at + 1 } : { ch: p[at]!, end: at };
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? "\\" + ch : ch;
}

/** A character as a member of a JS character class. */
function escapeMember(ch: string): string {
  return /[\\\]\[^-]/.test(ch) ? "\\" + ch : ch;
}
