import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { keywordIndex } from "../src/engine/dispatch";
import { runSites } from "../src/model/commands";
import { CommandRecord } from "../src/model/command-record";
import { expandWord } from "../src/model/expand";
import { parseKeyValues } from "../src/model/keyvalue";
import { PlainWord } from "../src/model/plain-word";
import { PlainShellWord } from "../src/model/shell-word";
import { heredocLogical } from "../src/model/scan";
import { findVarRefs } from "../src/model/varrefs";
import type { Instruction, RunInfo, Scope, VarBinding } from "../src/model/types";

const scopeOf = (o: Record<string, string | undefined>): Scope =>
  new Map(Object.entries(o).map(([name, value]): [string, VarBinding] => [name, { name, value, kind: "arg" }]));

describe("expandWord", () => {
  const s = scopeOf({ A: "1", E: "", U: undefined });
  it.each([
    ["$A", "1", false],
    ["${A}", "1", false],
    ["x${A}y", "x1y", false],
    ["${A:-d}", "1", false],
    ["${E:-d}", "d", false],
    ["${E-d}", "", false],
    ["${N:-d}", "d", false],
    ["${A:+set}", "set", false],
    ["${N:+set}", "", false],
    ["${A:?must}", "1", false],
    ["'$A'", "$A", false],
    ['"$A"', "1", false],
    ["\\$A", "$A", false],
    ["$U", "", true],
    ["${U:-d}", "", true],
    ["$N", "", true],
    ["${A}${A}", "11", false],
    // Runs of plain characters around quotes, escapes and variables (values past 12 characters).
    ["/opt/app/${A}/bin:\\$PATH-and-more", "/opt/app/1/bin:$PATH-and-more", false],
    ["'unterminated single quote", "unterminated single quote", false],
    ['long-prefix-"in \\"double\\" \\x"-suffix', 'long-prefix-in "double" \\x-suffix', false],
    ["abcdefghijklmnop", "abcdefghijklmnop", false],
  ])("%s -> %s", (input, value, unresolved) => {
    const r = expandWord(input, s);
    expect(r.value).toBe(value);
    expect(r.unresolved).toBe(unresolved);
  });
  it("reports undefined names", () => {
    expect(expandWord("$N ${M:-x} $A", s).undefinedNames).toEqual(["N", "M"]);
  });
  it("expands or unquotes a text with any one of `$`, a quote or the escape, and returns any other as it is", () => {
    const r = (t: string, esc?: string) => [expandWord(t, s, esc).value, expandWord(t, s, esc).names];
    expect([r('a"b"c'), r("a'b'c"), r("a\\bc"), r("a$A")]).toEqual([["abc", []], ["abc", []], ["abc", []], ["a1", ["A"]]]);
    expect([r("a`bc", "`"), r("a\\bc", "`"), r("a-b/c:d")]).toEqual([["abc", []], ["a\\bc", []], ["a-b/c:d", []]]);
  });
  it("uses the escape directive's character", () => {
    expect(expandWord("`$A", s, "`").value).toBe("$A");
    expect(expandWord("\\$A", s, "`").value).toBe("\\1");
  });
});

describe("buildModel", () => {
  it("unquotes words and decodes exec-form strings with escapes between long plain runs", () => {
    const m = buildModel('FROM alpine:3\nWORKDIR "/srv/some long/path"/\\$HOME\\ end\nCMD ["echo", "a long value \\"quoted\\" \\u0041\\n tail", "x"]\n');
    expect(m.instructions[1]!.args.map((a) => a.value)).toEqual(["/srv/some long/path/$HOME end"]);
    expect(m.instructions[2]!.json!.values).toEqual(["echo", 'a long value "quoted" A\n tail', "x"]);
  });

  it("joins continued lines and heredoc body lines into the instruction's text", () => {
    const m = buildModel("FROM alpine:3\nRUN echo one \\\n  two \\\n  three\nRUN <<EOF\nset -e\necho body\nEOF\n");
    expect(m.instructions[1]!.argsText.text).toBe(" echo one   two   three");
    expect(m.instructions[2]!.heredocs[0]!.body).toBe("set -e\necho body");
  });

  it("splits instructions with continuations, comments inside them and CRLF", () => {
    const m = buildModel("FROM alpine:3\r\nRUN apk add \\\r\n  # a comment\r\n  curl \\\r\n  git\r\nCMD [\"sh\"]\r\n");
    expect(m.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ["FROM", 1, 1],
      ["RUN", 2, 5],
      ["CMD", 6, 6],
    ]);
    const run = m.instructions[1]!;
    expect(run.args.map((a) => a.value)).toEqual(["apk", "add", "curl", "git"]);
    const git = run.run!.commands[0]!.words[3]!;
    expect(m.lines.position(git.start)).toEqual({ line: 5, column: 3 });
    expect(m.instructions[2]!.json!.values).toEqual(["sh"]);
  });

  it("gives keyword spans from the keyword's start and length, and of an ONBUILD keyword split by a continuation", () => {
    const m = buildModel("FROM alpine:3\nrun echo hi\nONBUILD CO\\\nPY a /b\n");
    expect(m.instructions.map((i) => i.keywordSpan)).toEqual([{ start: 0, end: 4 }, { start: 14, end: 17 }, { start: 26, end: 33 }]);
    const inner = m.instructions[2]!.onbuild!;
    expect([inner.keyword, inner.keywordRaw, inner.keywordSpan]).toEqual(["COPY", "COPY", { start: 34, end: 40 }]);
  });

  it("splits the words of a RUN when first read as they were split before (escape directive too)", () => {
    const m = buildModel("# escape=`\nFROM alpine:3\nRUN echo `\n  a\\b \"c d\"\n");
    const run = m.instructions[1]!;
    expect(run.args.map((w) => [w.raw, w.value])).toEqual([["echo", "echo"], ["a\\b", "a\\b"], ['"c d"', "c d"]]);
    expect(run.args).toBe(run.args);
  });

  it("splits the words of an exec-form instruction when first read as they were split before", () => {
    const m = buildModel('FROM a\nCOPY --chown=1 ["a b", "/d"]\nVOLUME ["/v"]\n');
    const [copy, volume] = [m.instructions[1]!, m.instructions[2]!];
    expect(copy.json!.values).toEqual(["a b", "/d"]);
    expect(copy.args).toEqual([
      { start: 22, end: 29, raw: '["a b",', value: "[a b," },
      { start: 30, end: 35, raw: '"/d"]', value: "/d]" },
    ]);
    expect(volume.args).toEqual([{ start: 43, end: 49, raw: '["/v"]', value: "[/v]" }]);
  });

  it("lists a RUN's scripts: one, several (heredocs) or none (a Windows shell)", () => {
    const m = buildModel("FROM a\nRUN echo a && echo b\nRUN <<ONE <<TWO\necho 1\nONE\necho 2\nTWO\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN dir\n");
    const [one, two, win] = [m.instructions[1]!.run!, m.instructions[2]!.run!, m.instructions[4]!.run!];
    expect(one.scripts.map((s) => [s.source, s.text.text, s.commands.length])).toEqual([["shell", "echo a && echo b", 2]]);
    expect(one.commands).toBe(one.scripts[0]!.commands);
    expect(two.scripts.map((s) => [s.source, s.text.text])).toEqual([["heredoc", "echo 1"], ["heredoc", "echo 2"]]);
    expect(two.commands.map((c) => c.words[1]!.value)).toEqual(["1", "2"]);
    expect([win.windowsShell, win.scripts, win.commands]).toEqual([true, [], []]);
  });

  it("gives each RUN word its expansion, or its value when it has none", () => {
    const m = buildModel("FROM a\nARG X=1\nRUN echo a \"$X\" $(date) '$Y' $U\n");
    const words = m.instructions[2]!.run!.commands.find((c) => c.name === "echo")!.words;
    expect(words.map((w) => [w.raw, w.value, w.expanded, w.hasExpansion])).toEqual([
      ["echo", "echo", "echo", false],
      ["a", "a", "a", false],
      ['"$X"', "$X", "1", true],
      ["$(date)", "$(date)", null, true],
      ["'$Y'", "$Y", "$Y", false],
      ["$U", "$U", null, true],
    ]);
  });

  it("keeps plain words as small records, and a word split by a continuation with its whole span", () => {
    const m = buildModel("FROM a\nCOPY ab\\\ncd /x\nRUN echo fo\\\no bar\n");
    const copy = m.instructions[1]!.args;
    expect(copy.map((w) => [w.raw, w.value, w.start, w.end])).toEqual([["abcd", "abcd", 12, 18], ["/x", "/x", 19, 21]]);
    expect(copy.map((w) => w instanceof PlainWord)).toEqual([false, true]);
    const words = m.instructions[2]!.run!.commands[0]!.words;
    expect(words.map((w) => [w.raw, w.value, w.expanded, w.hasExpansion, w.start, w.end])).toEqual([
      ["echo", "echo", "echo", false, 26, 30],
      ["foo", "foo", "foo", false, 31, 36],
      ["bar", "bar", "bar", false, 37, 40],
    ]);
    expect(words.map((w) => w instanceof PlainShellWord)).toEqual([true, false, true]);
  });

  it("keeps the source span of each exec-form string, across a continuation and escapes", () => {
    const m = buildModel('FROM a\nCMD ["a\\"b", \\\n  "c"]\nVOLUME []\n');
    const cmd = m.instructions[1]!.json!;
    expect([cmd.values, cmd.spans]).toEqual([['a"b', "c"], [{ start: 12, end: 18 }, { start: 24, end: 27 }]]);
    expect(cmd.spans[1]).toEqual({ start: 24, end: 27 });
    expect(m.instructions[2]!.json!.spans).toEqual([]);
  });

  it("finds the spans again when read, of HEALTHCHECK CMD and ONBUILD arrays too, reading two arrays in turn", () => {
    const m = buildModel('FROM a\nHEALTHCHECK --interval=5s CMD ["x", "y"]\nONBUILD COPY ["s", "d"]\n');
    const [health, onbuild] = [m.instructions[1]!.json!, m.instructions[2]!.onbuild!.json!];
    const expected = [[{ start: 38, end: 41 }, { start: 43, end: 46 }], [{ start: 62, end: 65 }, { start: 67, end: 70 }]];
    for (let k = 0; k < 2; k++) expect([health.spans, onbuild.spans]).toEqual(expected);
    expect(m.text.slice(38, 41) + m.text.slice(67, 70)).toBe('"x""d"');
  });

  it("strips a BOM and keeps columns right", () => {
    const m = buildModel("\ufeffFROM node\n");
    expect(m.hadBom).toBe(true);
    expect(m.stages[0]!.image.expanded).toBe("node");
    expect(m.lines.position(m.stages[0]!.image.span.start)).toEqual({ line: 1, column: 6 });
  });

  it("honours the escape directive", () => {
    const m = buildModel("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n  Write-Host hi\nWORKDIR C:\\app\n");
    expect(m.directives.escape).toBe("`");
    expect(m.instructions.map((i) => i.keyword)).toEqual(["FROM", "RUN", "WORKDIR"]);
    expect(m.instructions[2]!.args[0]!.value).toBe("C:\\app");
    expect(m.stages[0]!.windows).toBe(true);
    expect(m.instructions[1]!.run!.windowsShell).toBe(true);
  });

  it("reads heredocs with their real line numbers", () => {
    const m = buildModel("FROM alpine:3\nRUN <<EOF\napk add curl\ncd /x && make\nEOF\nCOPY <<-CONF /etc/app.conf\n\tkey=1\n\tCONF\nCMD [\"x\"]\n");
    const run = m.instructions[1]!;
    expect(run.heredocs[0]!.bodyLine).toBe(3);
    expect(run.endLine).toBe(5);
    expect(run.run!.commands.map((c) => c.name)).toEqual(["apk", "cd", "make"]);
    expect(m.lines.position(run.run!.commands[1]!.start).line).toBe(4);
    const copy = m.instructions[2]!;
    expect(copy.heredocs[0]!.body).toBe("key=1");
    expect(m.instructions[3]!.keyword).toBe("CMD");
    expect(m.instructions[3]!.line).toBe(9);
  });

  it("reads heredocs with a file descriptor prefix, as BuildKit does", () => {
    const m = buildModel("FROM a\nRUN cat /proc/self/fd/5 5<<FILE1 6<<FILE2 > x\none\nFILE1\ntwo\nFILE2\nCMD [\"x\"]\n");
    expect(m.instructions.map((i) => `${i.line} ${i.keyword}`)).toEqual(["1 FROM", "2 RUN", "7 CMD"]);
    expect(m.instructions[1]!.heredocs.map((h) => h.body)).toEqual(["one", "two"]);
  });

  it("does not continue a line ending in a doubled escape, as BuildKit does", () => {
    const m = buildModel("FROM a\nCOPY C:\\\\x \\\\\n\nENV A 1\nRUN a \\\n  b\n");
    expect(m.instructions.map((i) => i.keyword)).toEqual(["FROM", "COPY", "ENV", "RUN"]);
    expect(m.instructions[3]!.args.map((a) => a.value)).toEqual(["a", "b"]);
  });

  it("treats a heredoc fed to python as data", () => {
    const m = buildModel("FROM python:3\nRUN python3 <<EOF\nimport os\ncd = 1\nEOF\n");
    expect(m.instructions[1]!.run!.commands.map((c) => c.name)).toEqual(["python3"]);
  });

  it("parses exec-form RUN and sh -c scripts", () => {
    const m = buildModel('FROM alpine:3\nRUN ["apk", "add", "curl"]\nRUN ["/bin/sh", "-c", "cd /x && make"]\n');
    expect(m.instructions[1]!.run!.commands[0]!.words.map((w) => w.value)).toEqual(["apk", "add", "curl"]);
    expect(m.instructions[2]!.run!.commands.map((c) => c.name)).toEqual(["cd", "make"]);
  });

  it("scopes global ARGs as BuildKit does", () => {
    const m = buildModel("ARG V=1\nARG IMG=alpine\nFROM ${IMG}:3\nRUN echo $V\nARG V\nRUN echo $V\nFROM alpine:3\nRUN echo $V\n");
    const [s1, s2] = m.stages;
    expect(s1!.image.expanded).toBe("alpine:3");
    expect(s1!.instructions[1]!.scope.has("V")).toBe(false);
    expect(s1!.instructions[3]!.scope.get("V")!.value).toBe("1");
    expect(s2!.instructions[1]!.scope.has("V")).toBe(false);
  });

  it("applies --build-arg values and lets ENV win over ARG", () => {
    const m = buildModel("FROM alpine:3\nARG A=default\nENV B=${A}-x\nENV A=env\nARG A=again\nRUN true\n", { buildArgs: { A: "cli" } });
    const last = m.instructions[5]!;
    expect(last.scope.get("B")!.value).toBe("cli-x");
    expect(last.scope.get("A")!.value).toBe("env");
  });

  it("inherits ENV and ARG through FROM <stage>, not into unrelated stages", () => {
    const m = buildModel("FROM alpine:3 AS Base\nENV HOME_DIR=/h\nARG X=1\nFROM base AS child\nRUN echo\nFROM alpine:3\nRUN echo\n");
    expect(m.stages[1]!.parent).toBe(m.stages[0]);
    expect(m.stages[1]!.instructions[1]!.scope.get("HOME_DIR")!.value).toBe("/h");
    expect(m.stages[1]!.instructions[1]!.scope.get("X")!.value).toBe("1");
    expect(m.stages[2]!.instructions[1]!.scope.has("HOME_DIR")).toBe(false);
  });

  it("builds the stage graph and reachability from the target", () => {
    const src = "FROM golang:1 AS build\nRUN go build\nFROM alpine:3 AS unused\nFROM alpine:3 AS tools\nFROM alpine:3\nCOPY --from=BUILD /app /app\nRUN --mount=from=tools,target=/t true\n";
    const m = buildModel(src);
    expect(m.stages.map((s) => s.reachable)).toEqual([true, false, true, true]);
    expect(m.target).toBe(m.stages[3]);
    const m2 = buildModel(src, { target: "unused" });
    expect(m2.stages.map((s) => s.reachable)).toEqual([false, true, false, false]);
  });

  it("keeps linting after unknown instructions and flags", () => {
    const m = buildModel("FROM alpine:3\nFOO bar\nCOPY --frobnicate x /y\nRUN echo ok\n");
    expect(m.parseProblems.map((p) => p.messageId)).toEqual(["unknownInstruction", "unknownFlag"]);
    expect(m.instructions.map((i) => i.keyword)).toEqual(["FROM", "FOO", "COPY", "RUN"]);
  });

  it("reports an unterminated heredoc", () => {
    const m = buildModel("FROM alpine:3\nRUN <<EOF\necho hi\n");
    expect(m.parseProblems.map((p) => p.messageId)).toEqual(["unterminatedHeredoc"]);
  });

  it("records comments above an instruction", () => {
    const m = buildModel("FROM alpine:3\n# one\n# two\nRUN true\n\n# far\n\nRUN false\n");
    expect(m.instructions[1]!.commentsAbove.map((c) => c.text)).toEqual(["one", "two"]);
    expect(m.instructions[2]!.commentsAbove).toEqual([]);
  });

  it("records comments above an instruction after a continuation or a heredoc", () => {
    const text = "FROM alpine:3\nRUN a \\\n  # in the continuation\n  b\n  # last\nRUN <<EOF\n# body\nEOF\n\t# after\nCOPY x /y\n# end\n";
    const m = buildModel(text);
    expect(m.instructions.map((i) => i.commentsAbove.map((c) => [c.text, c.line, text.slice(c.span.start, c.span.end)]))).toEqual([
      [],
      [],
      [["last", 5, "# last"]],
      [["after", 9, "# after"]],
    ]);
    // The heredoc's body line is no comment of the file.
    expect(m.comments.map((c) => c.line)).toEqual([3, 5, 9, 11]);
  });

  it("reads a comment's text trimmed, its span from the '#' to the line's end; a CR, LS or PS inside makes no comment", () => {
    const text = "# one \r\n\t #two\n#\n# a\rb\n# c\u2028d\n#e\u2029\nFROM a\r\n";
    const m = buildModel(text);
    expect(m.comments.map((c) => [c.text, c.line, text.slice(c.span.start, c.span.end)])).toEqual([
      ["one", 1, "# one "],
      ["two", 2, "#two"],
      ["", 3, "#"],
    ]);
  });

  it("takes as comments the lines whose first character after blanks is '#', wherever else a '#' stands", () => {
    const text = "FROM a#b\nRUN echo 1 # not a comment # nor this\n \t # yes # one\nENV U=http://x/#frag\n#\n##x\n  x # no\n# last";
    const m = buildModel(text);
    expect(m.comments.map((c) => [c.text, c.line, text.slice(c.span.start, c.span.end)])).toEqual([
      ["yes # one", 3, "# yes # one"],
      ["", 5, "#"],
      ["#x", 6, "##x"],
      ["last", 8, "# last"],
    ]);
  });

  it("parses ONBUILD's inner instruction", () => {
    const m = buildModel("FROM alpine:3\nONBUILD RUN cd /x && make\n");
    expect(m.instructions[1]!.onbuild!.keyword).toBe("RUN");
    expect(m.instructions[1]!.onbuild!.run!.commands.map((c) => c.name)).toEqual(["cd", "make"]);
  });

  it("resolves RUN words against ARG and ENV", () => {
    const m = buildModel("FROM debian:12\nARG PKGS=\"curl git\"\nENV TOOL=wget\nRUN apt-get install -y $TOOL ${PKGS}\n");
    const words = m.instructions[3]!.run!.commands[0]!.words;
    expect(words.map((w) => w.expanded)).toEqual(["apt-get", "install", "-y", "wget", "curl git"]);
  });
});

describe("command substitutions", () => {
  it("lists the commands inside $( ) and backticks, before their command, with positions", () => {
    const m = buildModel("FROM alpine:3\nRUN VER=$(curl -fsSL https://x/v | tr -d v) && wget \"https://x/$VER.tgz\" && echo `sudo whoami`\n");
    const cmds = m.instructions[1]!.run!.commands;
    expect(cmds.map((c) => [c.name, c.substitution, c.subshellDepth])).toEqual([
      ["curl", true, 1],
      ["tr", true, 1],
      ["", false, 0],
      ["wget", false, 0],
      ["sudo", true, 1],
      ["echo", false, 0],
    ]);
    const curl = cmds[0]!;
    expect(m.text.slice(curl.words[0]!.start, curl.words[0]!.end)).toBe("curl");
    expect(cmds[0]!.pipeline).toBe(cmds[1]!.pipeline);
    expect(cmds[1]!.pipeline).not.toBe(cmds[3]!.pipeline);
  });
  it("keeps a command's pipeline, depth, operator and flags, also past what its packed number holds", () => {
    const fields = (c: CommandRecord) => [c.pipeline, c.subshellDepth, c.next, c.compound, c.substitution];
    expect(fields(new CommandRecord(0, 1, [], [], "a", 255, "|", 32767, true, false))).toEqual([32767, 255, "|", true, false]);
    expect(fields(new CommandRecord(0, 1, [], [], "a", 256, "&&", 3, false, true))).toEqual([3, 256, "&&", false, true]);
    expect(fields(new CommandRecord(0, 1, [], [], "a", 2, null, 32768, true, true))).toEqual([32768, 2, null, true, true]);
    const deep = buildModel(`FROM alpine:3\nRUN ${"( ".repeat(300)}echo${" )".repeat(300)} | cat\n`).instructions[1]!.run!.commands;
    expect(deep.map((c) => [c.name, c.subshellDepth, c.pipeline])).toEqual([["echo", 300, 0], ["cat", 0, 0]]);
  });
  it("gives a RUN of one shell-form script that script, its text, mounts and shell as read", () => {
    const m = buildModel("FROM alpine:3\nRUN --mount=type=cache,target=/x echo a \\\n  && FOO=1 echo b\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo c\n");
    const run = m.instructions[1]!.run!;
    expect(run.scripts.map((s) => [s.source, s.text.text, s.commands === run.commands])).toEqual([["shell", "echo a   && FOO=1 echo b", true]]);
    const text = run.scripts[0]!.text;
    expect(run.scripts[0]!.text).toBe(text);
    expect(m.text.slice(text.map.at(9)!, text.map.at(text.text.length)!)).toBe("&& FOO=1 echo b");
    expect([run.form, run.windowsShell, run.mounts.map((x) => x.options["target"]), run.shell]).toEqual(["shell", false, ["/x"], ["/bin/sh", "-c"]]);
    expect(run.commands.map((c) => [c.name, c.assignments.map((w) => w.value)])).toEqual([["echo", []], ["echo", ["FOO=1"]]]);
    const other = m.instructions[3]!.run!;
    expect([other.mounts, other.shell, other.scripts[0]!.text.text]).toEqual([[], ["/bin/bash", "-c"], "echo c"]);
  });
  it("gives a RUN of heredoc bodies their scripts, the one of a lone body as read", () => {
    const m = buildModel("FROM alpine:3\nRUN <<EOF\nset -e\necho a\nEOF\nRUN <<A <<B\necho a\nA\necho b\nB\nRUN <<EOF\n#!/usr/bin/python3\nprint()\nEOF\nRUN cat <<EOF\nx\nEOF\n");
    const [, one, two, python, header] = m.instructions.map((i) => i.run);
    const scripts = (run: typeof one) => run!.scripts.map((s) => [s.source, s.text.text, s.commands.map((c) => c.name)]);
    expect(scripts(one)).toEqual([["heredoc", "set -e\necho a", ["set", "echo"]]]);
    expect(one!.scripts[0]!.commands).toBe(one!.commands);
    expect(one!.scripts[0]!.text).toBe(one!.scripts[0]!.text);
    const body = one!.scripts[0]!.text;
    expect(m.text.slice(body.map.at(0)!, body.map.at(6)!)).toBe("set -e");
    expect(scripts(two)).toEqual([["heredoc", "echo a", ["echo"]], ["heredoc", "echo b", ["echo"]]]);
    expect([scripts(python), python!.commands]).toEqual([[], []]);
    expect(scripts(header)).toEqual([["shell", "cat <<EOF", ["cat"]]]);
  });
  it("gives an exec-form RUN its one script, or none for an empty array", () => {
    const m = buildModel('FROM alpine:3\nRUN ["sh", "-c", "echo a | cat"]\nRUN ["apt-get", "update"]\nRUN []\n');
    const [, sh, apt, none] = m.instructions.map((i) => i.run!);
    const scripts = (run: RunInfo) => run.scripts.map((s) => [s.source, s.text.text, s.commands.map((c) => c.name)]);
    expect([scripts(sh!), sh!.scripts[0]!.commands === sh!.commands, sh!.form]).toEqual([[["exec", "echo a | cat", ["echo", "cat"]]], true, "exec"]);
    expect(scripts(apt!)).toEqual([["exec", ' ["apt-get", "update"]', ["apt-get"]]]);
    expect(apt!.scripts[0]!.text).toBe(m.instructions[2]!.argsText);
    expect([scripts(none!), none!.commands]).toEqual([[], []]);
  });
  it("marks the commands of nested substitutions too; every command is a CommandRecord", () => {
    const m = buildModel('FROM alpine:3\nRUN echo "$(cat $(ls /x))"\nRUN ["apt-get", "update"]\nRUN ["sh", "-c", "echo $(id -u)"]\n');
    const all = m.instructions.slice(1).flatMap((i) => i.run!.commands);
    expect(all.map((c) => [c.name, c.substitution])).toEqual([
      ["ls", true],
      ["cat", true],
      ["echo", false],
      ["apt-get", false],
      ["id", true],
      ["echo", false],
    ]);
    expect(all.every((c) => c instanceof CommandRecord)).toBe(true);
  });
  it("leaves a word with `$(` or a backtick anywhere in it unexpanded, and expands the others", () => {
    // (The mark is read from the word's raw text: single-quoted or escaped, it still counts.)
    const m = buildModel("FROM alpine:3\nARG V=1\nRUN echo $V \"$V$(id)\" \"$V\"'$(id)' $V\\` \"${V}x\" $V'`' \"$V(\"\n");
    const words = m.instructions[2]!.run!.commands.find((c) => c.name === "echo")!.words.slice(1);
    expect(words.map((w) => [w.raw, w.expanded])).toEqual([
      ["$V", "1"],
      ['"$V$(id)"', null],
      ['"$V"\'$(id)\'', null],
      ["$V\\`", null],
      ['"${V}x"', "1x"],
      ["$V'`'", null],
      ['"$V("', "1("],
    ]);
  });
  it("ignores $(( arithmetic )) and single-quoted text", () => {
    const m = buildModel("FROM alpine:3\nRUN echo $((1+2)) '$(rm -rf /)'\n");
    expect(m.instructions[1]!.run!.commands.map((c) => c.name)).toEqual(["echo"]);
  });
});

describe("key/value spans (parseKeyValues)", () => {
  /** Each pair as `key|value` of the source text its spans cover. */
  const spans = (code: string, isArg = false): string[] => {
    const m = buildModel(code);
    const ins = m.instructions[m.instructions.length - 1]!;
    return parseKeyValues(ins, isArg).map((kv) => `${m.text.slice(kv.keySpan.start, kv.keySpan.end)}|${kv.valueSpan ? m.text.slice(kv.valueSpan.start, kv.valueSpan.end) : "-"}`);
  };
  it("splits KEY=value words at the '='", () => {
    expect(spans('FROM a\nENV A=1 B="two words" C=')).toEqual(["A|1", 'B|"two words"', "C|"]);
    expect(spans('FROM a\nLABEL "com.example.k"=v')).toEqual(['"com.example.k"|v']);
  });
  it("takes one quote off each end of a key", () => {
    const keys = (code: string) => parseKeyValues(buildModel(code).instructions[1]!, false).map((kv) => kv.key);
    expect(keys(`FROM a\nLABEL "k"=1 'k2'=2 "k"3=3 k"3"=4 ""=5 "'k5'"=6 =7 "a=b"=8`)).toEqual(["k", "k2", 'k"3', 'k"3', "", "'k5'", "", "a"]);
  });
  it("ARG without a default has no value span", () => {
    expect(spans("FROM a\nARG A B=2", true)).toEqual(["A|-", "B|2"]);
  });
  it("the legacy form: the first word is the key, the rest of the line the value", () => {
    expect(spans("FROM a\nENV PATH /usr/local/bin:$PATH")).toEqual(["PATH|/usr/local/bin:$PATH"]);
    expect(spans("FROM a\nLABEL maintainer Jane Doe")).toEqual(["maintainer|Jane Doe"]);
  });
  it("stays exact when a continuation splits a word, with CRLF and a BOM", () => {
    // Continued lines keep their leading blanks (BuildKit), so these lines start at column 1.
    const code = "\uFEFFFROM a\r\nENV AB\\\r\nCD=1\\\r\n23 E=4\r\n";
    const m = buildModel(code);
    const kvs = parseKeyValues(m.instructions[1]!, false);
    expect(kvs.map((kv) => kv.key)).toEqual(["ABCD", "E"]);
    const at = (o: number) => m.lines.position(o);
    // Key from 'AB' on line 2 to the '=' on line 3; value from '1' on line 3 to '23' on line 4.
    expect([at(kvs[0]!.keySpan.start), at(kvs[0]!.keySpan.end)]).toEqual([{ line: 2, column: 5 }, { line: 3, column: 3 }]);
    expect([at(kvs[0]!.valueSpan!.start), at(kvs[0]!.valueSpan!.end)]).toEqual([{ line: 3, column: 4 }, { line: 4, column: 3 }]);
    expect(m.text.slice(kvs[1]!.keySpan.start, kvs[1]!.valueSpan!.end)).toBe("E=4");
  });
});

describe("variable references (findVarRefs)", () => {
  it("lists nested references in source order: the outer one, its default's, then the rest", () => {
    const refs = findVarRefs('${A:-x${B:-$C}y} $D "${E}" \'$F\'', "\\");
    expect(refs.map((r) => `${r.name}@${r.start}`)).toEqual(["A@0", "B@6", "C@11", "D@17", "E@21"]);
  });
  it("a nesting depth no call stack holds does not overflow", () => {
    const depth = 20_000;
    const refs = findVarRefs("${A:-".repeat(depth), "\\");
    expect(refs).toHaveLength(depth);
    expect(refs[depth - 1]!.start).toBe((depth - 1) * 5);
  });
});

describe("a large file's model", () => {
  // A large text (256 KB or more) is built leaner: texts and lists rules seldom read are dropped
  // once it is built and made again when read. What rules see must not change.
  const block = [
    "FROM debian:12-slim AS build",
    "ENV APP_HOME=/opt/app-home-directory PATH=/opt/app-home-directory/bin:$PATH",
    "RUN apt-get update \\",
    "  && apt-get install -y --no-install-recommends curl=7.88.1-10 \\",
    "  # a comment line inside",
    '  && curl -fsSL "https://example.com/tool-${APP_HOME}.tar.gz" https://example.com/a-long-plain-url \\',
    "  && echo 'quoted words here' done-with-a-long-word",
    "RUN <<EOF",
    "set -e",
    'echo "building the thing" > /tmp/out',
    "EOF",
    'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
    'CMD ["node", "server.js", "--flag=\\"quoted\\""]',
    'ENTRYPOINT ["/bin/sh", \\',
    '  "-c", "exec server"]',
    // Dropped as it is read, and read again: a multi-line SHELL's array (the next RUN's shell) and
    // a multi-line RUN after it.
    'SHELL ["/bin/bash", \\',
    '  "-o", "pipefail", "-c"]',
    "RUN set -x \\",
    "  && make install",
    "",
  ].join("\n");
  const view = (text: string) => {
    const m = buildModel(text);
    return m.instructions.slice(0, 9).map((ins) => ({
      args: ins.argsText.text,
      map: Array.from({ length: ins.argsText.text.length + 1 }, (_, i) => ins.argsText.map.at(i)),
      json: ins.json && { values: ins.json.values, spans: ins.json.spans },
      heredocs: ins.heredocs.map((h) => [h.name, h.stripTabs, h.quoted, h.marker, h.body, h.bodySpan, h.bodyLine]),
      scripts: ins.run?.scripts.map((s) => s.text.text),
      shell: ins.run?.shell,
      words: ins.run?.commands.map((c) => c.words.map((w) => [w.start, w.end, w.raw, w.value, w.expanded, w.hasExpansion])),
    }));
  };

  it("lists its instructions, keyword index and RUN sites at their length, as a small file's", () => {
    // Made at their size (a large text's instruction list; the index and run sites of 16,384
    // instructions or more) instead of pushed to: the same lists, in the same order.
    const stages = (n: number) =>
      Array.from({ length: n }, (_, i) => `FROM alpine:3.20 AS s${i}\nENV A${i}=x${i}\nRUN echo $A${i}\nONBUILD RUN make\n\nFROM s${i}\nWORKDIR app\nRUN echo $A${i}\n`).join("");
    // Instructions named by where their keyword starts (an ONBUILD's trigger has its own).
    const at = (ins: Instruction | null) => ins && ins.keywordSpan.start;
    const naive = (m: ReturnType<typeof buildModel>) => {
      const index = new Map<string, (number | null)[]>();
      const add = (k: string, ins: Instruction) => (index.get(k) ?? index.set(k, []).get(k)!).push(at(ins));
      for (const ins of m.instructions) {
        add(ins.keyword, ins);
        if (ins.onbuild) add(ins.onbuild.keyword, ins.onbuild);
      }
      const sites = m.instructions.flatMap((ins) => (ins.run ? [[at(ins), null]] : ins.onbuild?.run ? [[at(ins.onbuild), at(ins)]] : []));
      return { index: [...index], sites };
    };
    // 2,400 pairs: 16,800 instructions in 269 kB.
    expect(stages(2_400).length).toBeGreaterThanOrEqual(256 * 1024);
    for (const n of [3, 2_400]) {
      const m = buildModel(stages(n));
      expect(m.instructions).toHaveLength(n * 7);
      m.instructions.forEach((ins, i) => expect(ins.index).toBe(i));
      expect(Object.keys(m.instructions)).toHaveLength(n * 7);
      const { index, sites } = naive(m);
      expect([...keywordIndex(m)].map(([k, list]) => [k, list.map(at)])).toEqual(index);
      expect(runSites(m).map((s) => [at(s.ins), at(s.onbuild)])).toEqual(sites);
      // A sized list's RUN is its own site (no object beside it), a small file's an object of its own;
      // an ONBUILD RUN's site is an object either way.
      const [plain, onbuild] = runSites(m);
      expect(Object.is(plain!.ins, plain)).toBe(n === 2_400);
      expect(Object.is(onbuild!.ins, onbuild) || onbuild!.onbuild === null).toBe(false);
      // Each second stage starts from its parent's ENV and shell.
      const last = m.stages[2 * n - 1]!;
      expect(last.parent).toBe(m.stages[2 * n - 2]);
      expect(last.instructions[2]!.run!.commands[0]!.words[1]!.expanded).toBe(`x${n - 1}`);
    }
  });

  it("shares lists that hold the same instructions: a one-stage file's stage list, a large file's RUN sites", () => {
    // 16,384 instructions or more, no ONBUILD RUN: the keyword index's RUN list is the RUN sites'
    // list (each RUN its own site), else a list of their own. A stage of all the instructions (none
    // before its FROM) has the model's list.
    const runs = (n: number) => Array.from({ length: n }, (_, i) => `RUN echo ${i}\n`).join("");
    for (const [text, shared] of [
      [`FROM alpine:3.20\n${runs(17_000)}`, true],
      [`FROM alpine:3.20\nONBUILD RUN make\n${runs(17_000)}`, false],
      [`ARG V=1\nFROM alpine:3.20\n${runs(17_000)}`, true],
      [`FROM alpine:3.20\n${runs(3)}`, false],
    ] as const) {
      const m = buildModel(text);
      const index = keywordIndex(m);
      const sites = runSites(m);
      expect((sites as unknown) === index.get("RUN")).toBe(shared);
      expect(m.stages.at(-1)!.instructions === m.instructions).toBe(!text.startsWith("ARG"));
      // The same sites either way: every RUN (and the ONBUILD RUN's trigger) in file order.
      const expected = m.instructions.flatMap((ins) => (ins.run ? [[ins, null]] : ins.onbuild?.run ? [[ins.onbuild, ins]] : []));
      expect(sites.map((s) => [s.ins, s.onbuild])).toEqual(expected);
      expect(m.stages.at(-1)!.instructions).toEqual(m.instructions.slice(text.startsWith("ARG") ? 1 : 0));
    }
  });

  it("reads as a small file's", () => {
    const small = view(block);
    const large = view(block.repeat(Math.ceil((300 * 1024) / block.length)));
    expect(large).toEqual(small);
    expect(small[2]!.args).toContain("--no-install-recommends curl");
    expect(small[8]!.shell).toEqual(["/bin/bash", "-o", "pipefail", "-c"]);
    expect(small[8]!.scripts).toEqual(["set -x   && make install"]);
  });
});

describe("build progress (BuildOptions.onProgress)", () => {
  it("is reported every 1,024 instructions or RUN commands, also inside one long RUN", () => {
    let calls = 0;
    const onProgress = () => calls++;
    // Two instructions, one RUN of 5,001 commands and a substitution's 1,000.
    buildModel(`FROM alpine:3.20\nRUN ${"echo a | grep b; ".repeat(2500)}echo $(${"true; ".repeat(1000)})\n`, { onProgress });
    expect(calls).toBe(Math.floor(6003 / 1024));
    calls = 0;
    buildModel("FROM alpine:3.20\n" + "RUN true\n".repeat(3000), { onProgress });
    expect(calls).toBe(Math.floor((3001 + 3000) / 1024));
    // Only the build that was given it calls it.
    calls = 0;
    buildModel(`FROM alpine:3.20\nRUN ${"true; ".repeat(3000)}\n`);
    expect(calls).toBe(0);
  });
});

describe("heredoc body maps", () => {
  // Each body character maps to its own source character; the position after the body maps to the
  // end of the terminator line (of the last line read when there is none).
  it.each([
    ["plain", "RUN <<EOF\nset -e\necho body\nEOF\n", "set -e\necho body", "EOF\n"],
    ["one line", "RUN <<EOF\necho a-longer-line-of-body\nEOF", "echo a-longer-line-of-body", "EOF"],
    ["empty", "RUN <<EOF\nEOF\nUSER x\n", "", "EOF\n"],
    ["tabs stripped", "RUN <<-EOF\n\techo a\n\t\techo b\n\tEOF\n", "echo a\necho b", "\tEOF\n"],
    ["CRLF", "RUN <<EOF\r\necho a\r\necho b\r\nEOF\r\n", "echo a\necho b", "EOF\r\n"],
    ["unterminated", "RUN <<EOF\necho a\necho b", "echo a\necho b", null],
    ["two", "RUN <<A <<B\none\nA\ntwo-and-more\nB\n", "one", "A\n"],
  ])("%s", (_name, text, body, terminator) => {
    const h = buildModel("FROM x\n" + text).instructions[1]!.heredocs[0]!;
    expect(h.body).toBe(body);
    const src = "FROM x\n" + text;
    const t = heredocLogical(h);
    expect(t.text).toBe(body);
    for (let i = 0; i < body.length; i++) expect(src[t.map.at(i)!]).toBe(body[i]);
    const from = src.indexOf("\n", src.indexOf("<<")) + 1;
    const end = terminator === null ? src.length : src.indexOf(terminator, from + (body.length ? 1 : 0)) + terminator.trimEnd().length;
    expect(t.map.at(body.length)).toBe(end);
    expect(t.map.length).toBe(body.length + 1);
  });
});

describe("instruction lines", () => {
  it("gives the first and the last line of short and long instructions", () => {
    const long = Array.from({ length: 100 }, (_, i) => `  echo ${i} \\`).join("\n");
    const text = "FROM x\n\n" + "RUN a \\\n" + long + "\n  done\n" + "RUN <<EOF\n" + "b\n".repeat(62) + "EOF\n" + "USER u\n";
    const m = buildModel(text);
    expect(m.instructions.map((i) => [i.line, i.endLine])).toEqual([[1, 1], [3, 104], [105, 168], [169, 169]]);
  });
});
