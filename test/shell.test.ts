import { describe, expect, it } from "vitest";
import { parseShell, shellParser, type RawCommand } from "../src/model/shell";

/** argv values of each command. */
function argv(text: string): string[][] {
  return parseShell(text).map((c) => c.words.map((w) => w.value));
}

/** Checks the position invariants every parse must keep (plain checks: the fuzz test calls it a lot). */
function checkPositions(text: string, cmds: RawCommand[]): void {
  let problem: string | null = null;
  let prev = -1;
  for (const c of cmds) {
    if (c.start < prev || c.end < c.start || c.end > text.length) problem ??= `bad command span ${c.start}-${c.end}`;
    prev = c.start;
    for (const w of [...c.assignments, ...c.words]) {
      if (text.slice(w.start, w.end) !== w.raw) problem ??= `raw ${JSON.stringify(w.raw)} != slice ${w.start}-${w.end}`;
      if (w.start < c.start || w.end > c.end) problem ??= `word ${JSON.stringify(w.raw)} outside its command`;
    }
  }
  expect(problem, JSON.stringify(text)).toBeNull();
}

describe("parseShell: word ends", () => {
  it("ends a word at a blank, an operator or the end of the script; non-ASCII characters are plain", () => {
    const text = "echo héllo→wörld a;b|c&d(e)\tf\rg\nh <i >j ü";
    const cmds = parseShell(text);
    expect(cmds.map((c) => c.words.map((w) => [w.raw, w.value]))).toEqual([
      [["echo", "echo"], ["héllo→wörld", "héllo→wörld"], ["a", "a"]],
      [["b", "b"]],
      [["c", "c"]],
      [["d", "d"]],
      [["e", "e"]],
      [["f", "f"], ["g", "g"]],
      [["h", "h"], ["ü", "ü"]],
    ]);
    expect(cmds.some((c) => c.words.some((w) => w.hasExpansion || w.quoted))).toBe(false);
    checkPositions(text, cmds);
    expect(argv("x→")).toEqual([["x→"]]);
    expect(argv("a'b'c\\d\"e\"$f→")).toEqual([["abcde$f→"]]);
  });
});

describe("parseShell: lists and operators", () => {
  it("splits an apt-get chain with exact positions", () => {
    const text = "apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*";
    const cmds = parseShell(text);
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "--no-install-recommends", "curl"],
      ["rm", "-rf", "/var/lib/apt/lists/*"],
    ]);
    expect(cmds.map((c) => c.next)).toEqual(["&&", "&&", null]);
    expect(cmds.map((c) => c.pipeline)).toEqual([0, 1, 2]);
    expect(cmds.every((c) => c.subshellDepth === 0 && !c.compound)).toBe(true);
    checkPositions(text, cmds);
    const rm = cmds[2]!;
    expect(text.slice(rm.start, rm.end)).toBe("rm -rf /var/lib/apt/lists/*");
    expect(cmds[1]!.words[4]).toMatchObject({ raw: "curl", start: text.indexOf("curl"), end: text.indexOf("curl") + 4 });
  });

  it("tells `cd /x && make` from `(cd /x && make)`", () => {
    const plain = parseShell("cd /x && make");
    expect(plain.map((c) => c.subshellDepth)).toEqual([0, 0]);
    const sub = parseShell("(cd /x && make) || true");
    expect(sub.map((c) => c.words[0]!.value)).toEqual(["cd", "make", "true"]);
    expect(sub.map((c) => c.subshellDepth)).toEqual([1, 1, 0]);
    expect(sub.map((c) => c.next)).toEqual(["&&", "||", null]);
    expect(sub.every((c) => !c.compound)).toBe(true);
    const nested = parseShell("( (a) ; b ) ; c");
    expect(nested.map((c) => c.subshellDepth)).toEqual([2, 1, 0]);
  });

  it("handles every separator and reports `next`", () => {
    const cmds = parseShell("a; b & c || d\ne |& f | g");
    expect(cmds.map((c) => c.words[0]!.value)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(cmds.map((c) => c.next)).toEqual([";", "&", "||", "\n", "|", "|", null]);
  });

  it("groups pipelines", () => {
    const text = "set -o pipefail && wget -O - url | tar xz";
    const cmds = parseShell(text);
    expect(argv(text)).toEqual([["set", "-o", "pipefail"], ["wget", "-O", "-", "url"], ["tar", "xz"]]);
    expect(cmds.map((c) => c.next)).toEqual(["&&", "|", null]);
    expect(cmds.map((c) => c.pipeline)).toEqual([0, 1, 1]);
    const three = parseShell("a | b | c && d |\n e");
    expect(three.map((c) => c.pipeline)).toEqual([0, 0, 0, 1, 1]);
  });

  it("treats newlines as separators and backslash-newline as a continuation", () => {
    const text = "echo a \\\n  b\n\n\necho c\n";
    const cmds = parseShell(text);
    expect(argv(text)).toEqual([["echo", "a", "b"], ["echo", "c"]]);
    expect(cmds[0]!.next).toBe("\n");
    expect(cmds[1]!.next).toBeNull();
    expect(argv("echo ab\\\ncd")).toEqual([["echo", "abcd"]]);
    expect(parseShell("echo ab\\\ncd")[0]!.words[1]!.raw).toBe("ab\\\ncd");
  });

  it("lets a newline follow && || |", () => {
    const cmds = parseShell("a &&\n b ||\n\n c");
    expect(cmds.map((c) => c.next)).toEqual(["&&", "||", null]);
  });

  it("skips comments", () => {
    expect(argv("echo a # comment && rm -rf /\necho b#c")).toEqual([["echo", "a"], ["echo", "b#c"]]);
    expect(argv("# only a comment")).toEqual([]);
    // A comment or a continuation between tokens, and a backslash that starts a word.
    expect(argv("a \\\n  # c\n \\;b \\\n\\x")).toEqual([["a"], [";b", "x"]]);
    expect(argv("find . -exec rm {} \\; # gone\n#last")).toEqual([["find", ".", "-exec", "rm", "{}", ";"]]);
    expect(argv("a;#x\nb")).toEqual([["a"], ["b"]]);
  });

  it("returns nothing for empty scripts", () => {
    expect(parseShell("")).toEqual([]);
    expect(parseShell("  \n\t\n ; ")).toEqual([]);
  });
});

describe("parseShell: words", () => {
  it("removes quotes and resolves escapes without expanding variables", () => {
    const text = `echo 'a $b' "$HOME/x" "a\\"b\\q" \\$x pre"mid"'post' $'t\\tn' ""`;
    const [cmd] = parseShell(text);
    const vals = cmd!.words.map((w) => w.value);
    expect(vals).toEqual(["echo", "a $b", "$HOME/x", 'a"b\\q', "$x", "premidpost", "t\tn", ""]);
    const exp = cmd!.words.map((w) => w.hasExpansion);
    expect(exp).toEqual([false, false, true, false, false, false, false, false]);
    const quoted = cmd!.words.map((w) => w.quoted);
    expect(quoted).toEqual([false, true, true, true, true, true, true, true]);
    checkPositions(text, [cmd!]);
  });

  it("resolves each backslash form inside double quotes", () => {
    // escaped `$`, backquote, `"` and backslash; a line continuation; any other backslash kept; a
    // backslash that ends an unclosed string.
    const text = 'echo "a\\$b\\`c\\"d\\\\e" "f\\\ng\\qh" "i\\';
    const [cmd] = parseShell(text);
    expect(cmd!.words.map((w) => [w.value, w.hasExpansion])).toEqual([
      ["echo", false],
      ['a$b`c"d\\e', false],
      ["fg\\qh", false],
      ["i\\", false],
    ]);
  });

  it("flags backquotes in words and in double quotes, closed or not", () => {
    const words = (text: string) => parseShell(text)[0]!.words.map((w) => [w.raw, w.hasExpansion]);
    expect(words('echo a`id`b "x`id`" $`')).toEqual([["echo", false], ["a`id`b", true], ['"x`id`"', true], ["$`", true]]);
    expect(words("echo `")).toEqual([["echo", false], ["`", true]]);
    expect(words('echo "`')).toEqual([["echo", false], ['"`', true]]);
  });

  it("flags expansions", () => {
    const [cmd] = parseShell("echo $A ${B:-x} $(date) `id` $((1+2)) $1 $@ a$ plain ~/x");
    expect(cmd!.words.map((w) => [w.value, w.hasExpansion])).toEqual([
      ["echo", false],
      ["$A", true],
      ["${B:-x}", true],
      ["$(date)", true],
      ["`id`", true],
      ["$((1+2))", true],
      ["$1", true],
      ["$@", true],
      ["a$", false],
      ["plain", false],
      ["~/x", false],
    ]);
  });

  it("keeps command substitutions inside their word", () => {
    const text = 'echo "$(cd /x && ls | wc -l)" $(a; b) `c && d` && e';
    const cmds = parseShell(text);
    expect(cmds.length).toBe(2);
    expect(cmds[0]!.words.map((w) => w.raw)).toEqual(["echo", '"$(cd /x && ls | wc -l)"', "$(a; b)", "`c && d`"]);
    expect(cmds[0]!.words.every((w, i) => i === 0 || w.hasExpansion)).toBe(true);
    expect(cmds[1]!.words[0]!.value).toBe("e");
    checkPositions(text, cmds);
  });

  it("handles nested and tricky substitutions", () => {
    expect(argv('echo "$(echo ")" a)" b')).toEqual([["echo", '$(echo ")" a)', "b"]]);
    expect(argv("x=$(case $y in a) echo 1;; esac) && z")).toEqual([[], ["z"]]);
    expect(argv("echo $(echo $(echo hi)) ${x:-\"}\"} y")).toEqual([["echo", "$(echo $(echo hi))", '${x:-"}"}', "y"]]);
    expect(argv("echo $( (a) ) b")).toEqual([["echo", "$( (a) )", "b"]]);
    expect(argv("echo $(( (1+2) * 3 )) z")).toEqual([["echo", "$(( (1+2) * 3 ))", "z"]]);
    // a here-doc body inside $( ) may contain `)`
    expect(argv("x=$(cat <<EOF\n)\nEOF\n) && y")).toEqual([[], ["y"]]);
  });

  it("separates leading assignments", () => {
    const text = "DEBIAN_FRONTEND=noninteractive apt-get install -y x";
    const [cmd] = parseShell(text);
    expect(cmd!.assignments.map((w) => w.value)).toEqual(["DEBIAN_FRONTEND=noninteractive"]);
    expect(cmd!.words.map((w) => w.value)).toEqual(["apt-get", "install", "-y", "x"]);
    expect(cmd!.start).toBe(0);
    const [only] = parseShell('A=1 B+="two words" ');
    expect(only!.assignments.map((w) => w.value)).toEqual(["A=1", "B+=two words"]);
    expect(only!.words).toEqual([]);
    // after the command name they are ordinary words
    expect(parseShell("export A=1 B=2")[0]!.assignments).toEqual([]);
    expect(argv("export A=1 B=2")).toEqual([["export", "A=1", "B=2"]]);
    // not assignments
    expect(parseShell("'A'=1 x")[0]!.assignments).toEqual([]);
    expect(parseShell("1A=1 x")[0]!.assignments).toEqual([]);
  });

  it("keeps array assignments and extglobs in one word", () => {
    const [cmd] = parseShell("arr=(a 'b c' $(d)) run @(x|y)");
    expect(cmd!.assignments.map((w) => [w.raw, w.hasExpansion])).toEqual([["arr=(a 'b c' $(d))", true]]);
    expect(cmd!.words.map((w) => w.raw)).toEqual(["run", "@(x|y)"]);
  });
});

describe("parseShell: redirections", () => {
  it("drops redirections and their targets", () => {
    const text = "make >out 2>&1 <in >>log 2>/dev/null &>all >|clob <<<str 3<>rw >&2 <&- && next";
    const cmds = parseShell(text);
    expect(argv(text)).toEqual([["make"], ["next"]]);
    expect(text.slice(cmds[0]!.start, cmds[0]!.end)).toBe(text.slice(0, text.indexOf(" &&")));
    expect(cmds[0]!.next).toBe("&&");
  });

  it("keeps digits that are not IO numbers", () => {
    expect(argv("sleep 10& echo a2>x 2 >y")).toEqual([["sleep", "10"], ["echo", "a2", "2"]]);
  });

  it("reads IO numbers of one digit or more, and digits at the end", () => {
    expect(argv("exec 10>&2 3>x 123<in 7")).toEqual([["exec", "7"]]);
    expect(argv("echo 12")).toEqual([["echo", "12"]]);
    expect(argv("echo 1")).toEqual([["echo", "1"]]);
  });

  it("emits a redirection-only command", () => {
    const cmds = parseShell("> /tmp/x");
    expect(cmds.length).toBe(1);
    expect(cmds[0]!.words).toEqual([]);
    expect(cmds[0]).toMatchObject({ start: 0, end: 8 });
  });

  it("skips here-document bodies", () => {
    const text = "cat <<EOF > /etc/x && echo ok\nline $x && rm -rf /\nEOF\necho after";
    const cmds = parseShell(text);
    expect(argv(text)).toEqual([["cat"], ["echo", "ok"], ["echo", "after"]]);
    expect(cmds.map((c) => c.next)).toEqual(["&&", "\n", null]);
    checkPositions(text, cmds);
  });

  it("handles <<-, quoted delimiters and several here-docs on a line", () => {
    const text = "cat <<-'END' <<\"B\" | sh\n\tx; y\n\tEND\nz\nB\ndone_cmd";
    expect(argv(text)).toEqual([["cat"], ["sh"], ["done_cmd"]]);
    expect(argv("cat <<\\EOF\na\nEOF\nb")).toEqual([["cat"], ["b"]]);
    // unterminated body runs to the end
    expect(argv("cat <<EOF\nrm -rf /\n")).toEqual([["cat"]]);
    // CRLF terminator line
    expect(argv("cat <<EOF\r\nx\r\nEOF\r\nb")).toEqual([["cat"], ["b"]]);
  });

  it("skips each here-document body once, at the first newline after its marker", () => {
    // Newlines with no here-document pending, then a second batch after the first is done.
    const text = "echo 0\ncat <<A; echo 1\nA-body\nA\necho 2\ncat <<B\nB-body\nB\necho 3";
    expect(argv(text)).toEqual([["echo", "0"], ["cat"], ["echo", "1"], ["echo", "2"], ["cat"], ["echo", "3"]]);
    expect(parseShell(text).map((c) => c.next)).toEqual(["\n", ";", "\n", "\n", "\n", null]);
    // Operators of one, two and three characters around them.
    expect(argv("a;;&b ;& c |& d || e | f & g && h <<X\nbody\nX\ni")).toEqual([["a"], ["b"], ["c"], ["d"], ["e"], ["f"], ["g"], ["h"], ["i"]]);
  });

  it("applies redirections after compound commands to them", () => {
    expect(argv("while read l; do echo $l; done < file")).toEqual([["read", "l"], ["echo", "$l"]]);
    expect(argv("{ a; b; } > log 2>&1 | tee x")).toEqual([["a"], ["b"], ["tee", "x"]]);
    expect(argv("while read l; do x; done < <(find . -type f)")).toEqual([["read", "l"], ["x"]]);
  });

  it("reads process substitutions as words", () => {
    const [cmd] = parseShell("diff <(sort a) >(cat) b");
    expect(cmd!.words.map((w) => [w.raw, w.hasExpansion])).toEqual([
      ["diff", false],
      ["<(sort a)", true],
      [">(cat)", true],
      ["b", false],
    ]);
  });
});

describe("parseShell: compound commands", () => {
  it("if / elif / else", () => {
    const text = "if [ -f x ]; then rm x; elif test -d y; then rmdir y; else echo none; fi && done_";
    const cmds = parseShell(text);
    expect(argv(text)).toEqual([
      ["[", "-f", "x", "]"],
      ["rm", "x"],
      ["test", "-d", "y"],
      ["rmdir", "y"],
      ["echo", "none"],
      ["done_"],
    ]);
    expect(cmds.map((c) => c.compound)).toEqual([true, true, true, true, true, false]);
    expect(argv("if [ -f x ]; then rm x; fi")).toEqual([["[", "-f", "x", "]"], ["rm", "x"]]);
  });

  it("multi-line if", () => {
    expect(argv("if true\nthen\n  a\nelse\n  b\nfi\nc")).toEqual([["true"], ["a"], ["b"], ["c"]]);
  });

  it("for loops: the header yields no command", () => {
    const cmds = parseShell("for x in a b c; do echo $x; done; after");
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([["echo", "$x"], ["after"]]);
    expect(cmds.map((c) => c.compound)).toEqual([true, false]);
    expect(argv("for f in $(ls *.tar); do tar xf $f; done")).toEqual([["tar", "xf", "$f"]]);
    expect(argv("for x\ndo\n  a\ndone")).toEqual([["a"]]);
    expect(argv("for x do a; done")).toEqual([["a"]]);
    expect(argv("for ((i=0; i<3; i++)); do a; done; b")).toEqual([["a"], ["b"]]);
    expect(argv("for x in do done; do y; done")).toEqual([["y"]]);
  });

  it("while and until loops", () => {
    const cmds = parseShell("while ! curl -f url; do sleep 1; done && until false; do break; done");
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([
      ["curl", "-f", "url"],
      ["sleep", "1"],
      ["false"],
      ["break"],
    ]);
    expect(cmds.every((c) => c.compound)).toBe(true);
  });

  it("case: patterns are not commands", () => {
    const text = 'case "$ARCH" in\n  amd64|x86_64) A=x86 run a;;\n  (arm64) run b ;;\n  *) echo other; exit 1 ;;\nesac\nnext';
    const cmds = parseShell(text);
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([
      ["run", "a"],
      ["run", "b"],
      ["echo", "other"],
      ["exit", "1"],
      ["next"],
    ]);
    expect(cmds[0]!.assignments.map((w) => w.value)).toEqual(["A=x86"]);
    expect(cmds.map((c) => c.compound)).toEqual([true, true, true, true, false]);
    expect(argv("case x in a) b;; c) d; esac; e")).toEqual([["b"], ["d"], ["e"]]);
    expect(argv("case x in esac; f")).toEqual([["f"]]);
  });

  it("function definitions", () => {
    const cmds = parseShell("retry() { for i in 1 2 3; do \"$@\" && return 0; sleep 1; done; return 1; }; retry apt-get update");
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([
      ["$@"],
      ["return", "0"],
      ["sleep", "1"],
      ["return", "1"],
      ["retry", "apt-get", "update"],
    ]);
    expect(cmds.map((c) => c.compound)).toEqual([true, true, true, true, false]);
    expect(argv("function f { a; }\nf")).toEqual([["a"], ["f"]]);
    expect(argv("function g() {\n a\n}\ng")).toEqual([["a"], ["g"]]);
    const sub = parseShell("h () ( a ); h");
    expect(sub.map((c) => [c.words[0]!.value, c.compound, c.subshellDepth])).toEqual([
      ["a", true, 1],
      ["h", false, 0],
    ]);
  });

  it("brace groups", () => {
    const cmds = parseShell("{ a; b; } || c");
    expect(cmds.map((c) => [c.words[0]!.value, c.compound])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
    ]);
    expect(cmds[1]!.next).toBe(";");
    // `}` not at command position and brace words are ordinary words
    expect(argv("echo } {a,b} {")).toEqual([["echo", "}", "{a,b}", "{"]]);
  });

  it("keywords are words outside command position", () => {
    expect(argv("echo if then fi do done esac in")).toEqual([["echo", "if", "then", "fi", "do", "done", "esac", "in"]]);
    expect(argv("'if' x")).toEqual([["if", "x"]]);
  });

  it("[[ ]] and (( ))", () => {
    expect(argv("[[ -n $a && $b < c ]] && echo ok")).toEqual([["[[", "-n", "$a", "&&", "$b", "<", "c", "]]"], ["echo", "ok"]]);
    const cmds = parseShell("(( i++ )) && x");
    expect(cmds.map((c) => c.words.map((w) => w.raw))).toEqual([["(( i++ ))"], ["x"]]);
    expect(parseShell("((a) || b)").map((c) => [c.words[0]!.value, c.subshellDepth])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("nests compound commands inside subshells", () => {
    const cmds = parseShell("(if a; then b; fi) && c");
    expect(cmds.map((c) => [c.words[0]!.value, c.subshellDepth, c.compound])).toEqual([
      ["a", 1, true],
      ["b", 1, true],
      ["c", 0, false],
    ]);
  });
});

describe("shellParser: a script read a batch of commands at a time", () => {
  // Every command field, as one read of the whole script gives it.
  const fields = (c: RawCommand) => [c.start, c.end, c.words.map((w) => w.raw), c.assignments.map((w) => w.raw), c.next, c.pipeline, c.subshellDepth, c.compound];
  const script = [
    "set -e; apt-get update && apt-get install -y curl | tee /log",
    "(cd /x && make) || true; a | b | c &",
    "if [ -f x ]; then X=1 echo $(date | cut -c1) > /out; fi",
    "cat <<EOF | sh",
    "echo in a heredoc; not a command",
    "EOF",
    "for i in 1 2; do echo $i |& cat; done;",
    "",
  ].join("\n");

  it.each([2, 3, 5, 256])("gives the commands of one read, in batches of %i", (batch) => {
    const whole = parseShell(script);
    const parser = shellParser(script);
    const read: RawCommand[] = [];
    const sizes: number[] = [];
    do {
      const got = parser.read(batch);
      sizes.push(got.length);
      read.push(...got);
    } while (!parser.done);
    expect(read.map(fields)).toEqual(whole.map(fields));
    // The last command ends the script (the `;` after `done` joins nothing), whichever batch holds it.
    expect(read[read.length - 1]!.next).toBeNull();
    // No batch is longer than asked for: a long script's parse is not all held at once.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(batch);
    if (batch < whole.length) expect(sizes.length).toBeGreaterThan(1);
    expect(parser.read(batch)).toEqual([]);
  });
});

describe("parseShell: robustness", () => {
  const bad = [
    "echo 'unterminated",
    'echo "unterminated $(x',
    "echo $(unterminated",
    "echo ${unterminated",
    "echo `unterminated",
    "(((((",
    ")))))",
    "if then fi fi done esac }",
    "case",
    "case x in",
    "for",
    "for ((",
    "f() ",
    "function",
    "cat <<",
    "cat <<EOF",
    "a |",
    "&& || ; ;; & |",
    "$'",
    "\\",
    "echo \\",
    "$((",
    "$( (",
    "[[ a",
    "a=(",
    "<(",
    "${${${${",
    "$($($($(",
  ];
  it.each(bad)("does not throw on %j", (text) => {
    const cmds = parseShell(text);
    checkPositions(text, cmds);
  });

  it("closes unbalanced input at the end of the text", () => {
    expect(argv("echo 'a b")).toEqual([["echo", "a b"]]);
    expect(argv("(cd x && make")).toEqual([["cd", "x"], ["make"]]);
    expect(argv('echo "$(a b')).toEqual([["echo", "$(a b"]]);
  });

  it("survives deep nesting", () => {
    for (const unit of ["$(", "${", "(", "((", "`", '"', "$((", "{ ", "if ", "a=("]) {
      const text = unit.repeat(5000) + " x " + ")".repeat(3000);
      const t0 = performance.now();
      const cmds = parseShell(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      checkPositions(text, cmds);
    }
  });

  it("never throws on random slices of a long script", () => {
    const script = [
      "set -eux; export DEBIAN_FRONTEND=noninteractive",
      'apt-get update && apt-get install -y --no-install-recommends curl ca-certificates "git>=2" \'x y\'',
      "(cd /src && ./configure --prefix=/usr && make -j$(nproc) && make install) 2>&1 | tee /log",
      'for f in $(ls /etc/*.conf); do sed -i "s/a/b/" "$f"; done',
      "case ${ARCH} in amd64|x86_64) A=x ;; (arm*) A=y ;; *) exit 1 ;; esac",
      "if [ ! -f /x ]; then echo 'no x' >&2; elif [[ $a == @(b|c) ]]; then :; else true; fi",
      "retry() { n=0; until \"$@\"; do n=$((n+1)); [ $n -ge 3 ] && return 1; sleep `expr 1`; done; }",
      "cat <<-EOF > /etc/app.conf\n\tkey=${VAL:-def}\n\tEOF",
      "while read -r l; do echo \"$l\"; done < <(find / -name '*.so')",
      "wget -qO- https://x/y.tgz | tar -xz -C /opt && rm -rf /var/lib/apt/lists/* \\\n  && echo $'done\\n' # trailing comment",
      "arr=(1 2 3); echo ${arr[@]} ${#arr[@]} $? $$ $! `date +%s`",
    ].join("\n");
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const a = rnd(script.length);
      const b = a + rnd(script.length - a + 1);
      const text = script.slice(a, b);
      let cmds: RawCommand[] = [];
      expect(() => (cmds = parseShell(text))).not.toThrow();
      checkPositions(text, cmds);
    }
    // and random character soup
    const alphabet = "ab $(){}[]'\"`\\|&;<>#=\n\t-!*?@0123456789";
    for (let i = 0; i < 2000; i++) {
      let text = "";
      const len = rnd(60);
      for (let k = 0; k < len; k++) text += alphabet[rnd(alphabet.length)];
      let cmds: RawCommand[] = [];
      expect(() => (cmds = parseShell(text))).not.toThrow();
      checkPositions(text, cmds);
    }
  });
});
