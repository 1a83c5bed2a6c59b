import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { runSites, wordTexts } from "../src/model/commands";
import type { RunScript, SimpleCommand } from "../src/model/types";

// Commands before a `|` whose failure pipefail is not about: they cannot fail on
// their own (echo, printf; `yes` even dies of SIGPIPE by design), or they only
// read local files, the package database or their input (find, ldd, dpkg-query,
// awk, sort ...). pipefail guards against a failed download, build or install
// whose output is piped on; requiring it for these would make the official
// images' dependency-tracing pipes (find -exec ldd | awk | sort | xargs ...) fail.
const SAFE_SOURCES = new Set([
  "echo", "printf", "yes", "true", ":", "cat", "tac", "find", "ls", "ldd", "readelf", "scanelf", "objdump", "nm", "file",
  "stat", "du", "df", "wc", "sort", "uniq", "tr", "cut", "awk", "gawk", "mawk", "sed", "head", "tail", "grep", "egrep",
  "fgrep", "tee", "dpkg-query", "locale", "readlink", "realpath", "basename", "dirname", "env", "printenv", "id", "uname",
  "date", "seq", "jq", "yq", "base64", "sha256sum", "sha512sum", "sha1sum", "md5sum", "od", "hexdump", "xxd", "column",
  "paste", "join", "comm", "fold", "nl", "rev", "strings", "iconv", "envsubst", "filterdiff", "lsdiff",
]);

/** A command before a `|` whose failure does not need pipefail (see SAFE_SOURCES). */
function isSafeSource(cmd: SimpleCommand): boolean {
  if (SAFE_SOURCES.has(cmd.name)) return true;
  // The words are copied only for the commands read below (not for every curl or wget before a pipe).
  switch (cmd.name) {
    case "apt-mark":
      return /^show/.test(wordTexts(cmd)[1] ?? "");
    case "dpkg":
      return wordTexts(cmd).slice(1).some((a) => /^(-l|-L|-S|-s|--list|--listfiles|--search|--status|--print-architecture|--get-selections)$/.test(a));
    case "rpm":
      return wordTexts(cmd).slice(1).some((a) => /^-q/.test(a));
    case "xargs": {
      // xargs runs another command: judge that one.
      const argv = wordTexts(cmd);
      let i = 1;
      while (i < argv.length && argv[i]!.startsWith("-")) i += /^-[IdEnLPs]$/.test(argv[i]!) ? 2 : 1;
      const inner = argv[i];
      return inner === undefined || SAFE_SOURCES.has(inner.replace(/^.*\//, ""));
    }
  }
  return false;
}

/** Is one of the command's arguments (words after the name, expanded) one of `names`? Read in place: no argv copy. */
function hasArg(cmd: SimpleCommand, names: readonly string[]): boolean {
  const ws = cmd.words;
  for (let i = 1; i < ws.length; i++) if (names.includes(ws[i]!.expanded ?? ws[i]!.value)) return true;
  return false;
}

/** An option cluster (`-xzf`): tar's mode letters, when the first argument is one. */
const TAR_CLUSTER = /^-[A-Za-z]+$/;

/**
 * Does tar's mode say extract or list (x or t)? The mode is the first argument, or with a `-` the
 * option clusters together: one of them holding x or t, as the letters of all of them joined did.
 */
function tarReads(cmd: SimpleCommand): boolean {
  const ws = cmd.words;
  if (ws.length < 2) return false;
  const first = ws[1]!.expanded ?? ws[1]!.value;
  if (!first.startsWith("-")) return /[xt]/.test(first);
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i]!.expanded ?? ws[i]!.value;
    if (TAR_CLUSTER.test(a) && /[xt]/.test(a)) return true;
  }
  return false;
}

const GREP_NOT_MISSING = ["-c", "--count", "-L", "--files-without-match"];
const TAR_READS = ["--extract", "--get", "--list"];
const DECOMPRESS = ["-d", "--decompress", "-dc", "-cd"];
const CHECK = ["-c", "--check"];
const GPG_READS = ["--dearmor", "--dearmour", "--import", "--verify"];

/**
 * The last command of a pipe fails by itself when the commands before it fail
 * and leave it no (or truncated) input: grep finds nothing, an archive or
 * checksum list is empty or cut short, gpg gets no key.
 * (The option lists are made once, and the words read in place: this runs for the last command of every pipe.)
 */
function noticesMissingInput(cmd: SimpleCommand): boolean {
  switch (cmd.name) {
    case "grep":
    case "egrep":
    case "fgrep":
      return !hasArg(cmd, GREP_NOT_MISSING);
    case "tar":
      return tarReads(cmd) || hasArg(cmd, TAR_READS);
    case "gunzip":
    case "zcat":
    case "unxz":
    case "xzcat":
    case "bunzip2":
    case "bzcat":
    case "unzstd":
    case "zstdcat":
      return true;
    case "gzip":
    case "xz":
    case "bzip2":
    case "zstd":
    case "lz4":
      return hasArg(cmd, DECOMPRESS);
    case "sha1sum":
    case "sha256sum":
    case "sha512sum":
    case "md5sum":
    case "shasum":
      return hasArg(cmd, CHECK);
    case "gpg":
      return hasArg(cmd, GPG_READS);
    case "apt-key":
      return cmd.words.length > 1 && (cmd.words[1]!.expanded ?? cmd.words[1]!.value) === "add";
    case "patch":
      return true;
  }
  return false;
}

/** argv turns on pipefail: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`. */
function setsPipefail(argv: readonly string[]): boolean {
  for (let i = 0; i + 1 < argv.length; i++) {
    if (argv[i + 1] === "pipefail" && SET_O.test(argv[i]!)) return true;
  }
  return false;
}

/** `-o`, `-eo`, `-euxo`: a `set` or shell option cluster that ends in o (made once, not per word). */
const SET_O = /^-[A-Za-z]*o$/;

/**
 * Does a heredoc script run with pipefail: by its shebang, else by the RUN line's command, else by the shell?
 * Out of the check: the first heredoc after the check was compiled deoptimized it (a recompile).
 */
function heredocPipefailOn(script: RunScript, headerCmd: SimpleCommand | undefined, shellOn: boolean): boolean {
  const shebang = /^#!.*$/m.exec(script.text.text.split("\n", 1)[0] ?? "");
  if (shebang) return /\bpipefail\b/.test(shebang[0]);
  if (headerCmd) return setsPipefail(wordTexts(headerCmd));
  return shellOn;
}

/** Index of the first `set -o pipefail` at the top level of the script, or -1. */
function inlineSetAt(script: RunScript): number {
  // A loop, not findIndex with a closure per script.
  const cmds = script.commands;
  for (let i = 0; i < cmds.length; i++) {
    const c = cmds[i]!;
    if (c.name === "set" && c.subshellDepth === 0 && !c.compound && setsPipefail(wordTexts(c))) return i;
  }
  return -1;
}

type Report = (d: ReportDescriptor<"pipefail" | "pipefailScript">) => void;

/** The index of each pipeline's first and last command in a script's commands, by the pipeline's
 * number less `base` (pipelines are numbered in order from 0 in a RUN, so a script's span a range). */
interface PipelineBounds {
  base: number;
  first: number[];
  last: number[];
}

/** (Lists indexed by pipeline, not two maps: a map lookup and one or two updates per command were
 * 14M instructions of a half-corpus lint.) */
function pipelineBounds(cmds: readonly SimpleCommand[]): PipelineBounds {
  let base = cmds[0]!.pipeline;
  let top = base;
  for (let k = 1; k < cmds.length; k++) {
    const id = cmds[k]!.pipeline;
    if (id < base) base = id;
    else if (id > top) top = id;
  }
  const first = new Array<number>(top - base + 1).fill(-1);
  const last = first.slice();
  for (let k = 0; k < cmds.length; k++) {
    const at = cmds[k]!.pipeline - base;
    if (first[at] === -1) first[at] = k;
    last[at] = k;
  }
  return { base, first, last };
}

/**
 * Reports the first pipe of `script` that hides a failure (and no `set -o pipefail` before it); true when it did.
 * Out of the check, which is compiled once per lint: the check stays small when a rare path makes V8 compile it again.
 */
function reportUnsafePipe(text: string, script: RunScript, messageId: "pipefail" | "pipefailScript", report: Report): boolean {
  // Found at the first pipe (most scripts have none).
  let setAt: number | undefined;
  let bounds: PipelineBounds | undefined;
  const cmds = script.commands;
  for (let i = 0; i < cmds.length; i++) {
    const c = cmds[i]!;
    if (c.next !== "|") continue;
    // Pipes inside $( ... ) feed a value (`arch="$(dpkg --print-architecture | awk ...)"`); as before
    // substitutions were parsed, they are left alone: an empty value usually fails the next step.
    if (c.substitution) continue;
    setAt ??= inlineSetAt(script);
    // `<` first: run for every pipe, it has type feedback when V8 compiles this function; tested
    // second, its first run (a script with `set -o pipefail`) deoptimized the compiled code.
    if (setAt < i && setAt !== -1) break;
    // The pipe's members are the commands of its pipeline: the first, the last, and the first of
    // the others that can fail unseen, found without a list of them. Each pipeline's first and last
    // command come from one pass over the script, made at its first pipe: a pass per pipe made a
    // RUN of 40,000 safe pipes take 30 s (quadratic; hostile input).
    bounds ??= pipelineBounds(cmds);
    const pipelineId = c.pipeline;
    const first = bounds.first[pipelineId - bounds.base]!;
    const lastAt = bounds.last[pipelineId - bounds.base]!;
    const last = cmds[lastAt]!;
    let risky: SimpleCommand | undefined;
    for (let k = first; k < lastAt && !risky; k++) if (cmds[k]!.pipeline === pipelineId && !isSafeSource(cmds[k]!)) risky = cmds[k]!;
    i = lastAt;
    if (!risky || noticesMissingInput(last)) continue;
    const pipeline = text.slice(cmds[first]!.start, last.end).replace(/\\\r?\n/g, " ").replace(/\s+/g, " ");
    report({
      messageId,
      data: { pipeline: pipeline.length > 80 ? pipeline.slice(0, 77) + "..." : pipeline, first: risky.words[0]?.value ?? risky.name },
      span: { start: cmds[first]!.start, end: last.end },
    });
    return true;
  }
  return false;
}

export default defineRule({
  id: "run-pipefail",
  keywords: ["RUN"],
  description: "Make RUN fail when any command of a pipe fails",
  severity: "warning",
  related: ["hadolint:DL4006"],
  messages: {
    pipefail:
      "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; put 'SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]' before this RUN, or start the RUN with 'set -o pipefail &&' (bash, zsh, ksh, BusyBox sh; not Debian's dash)",
    pipefailScript:
      "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; add 'set -o pipefail' at the top of the script",
  },
  options: {},
  examples: {
    valid: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg',
      "FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://example.com/a.tgz | tar xz",
      'FROM debian:12\nRUN echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list',
    ],
    invalid: ["FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh"],
  },
  differs:
    "accepts 'set -o pipefail' earlier in the same RUN or script (a shell without pipefail, such as dash before 0.5.13, then fails the build loudly instead of hiding an error), a SHELL inherited through FROM <stage>, shells such as 'sh -o pipefail', pipes fed only by commands that cannot fail on their own or only read local files and the package database (echo, cat, find, ldd, awk, sort, dpkg-query ...), and pipes whose last command fails by itself on missing input (grep, tar x, gunzip, sha256sum -c, gpg --dearmor/--import, apt-key add, patch); checks heredoc scripts by their shebang",
  check({ model, report }) {
    // It reports pipelines, and a pipe is a '|' in the file's text (2,064 of the corpus's 4,244 files have none).
    const text = model.text;
    if (!text.includes("|")) return;
    const sites = runSites(model, { onbuild: false });
    // A shell-form RUN without a `|` in its source (heredoc bodies included) has no pipe: skipped before
    // its shell and scripts are read. `bar` is the first `|` at or after `searchedFrom`, found by one
    // forward scan (sites come in file order). Exec form may spell it `\u007c` in JSON: always read.
    let searchedFrom = 0;
    let bar = -1;
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let i = 0; i < sites.length; i++) {
      const ins = sites[i]!.ins;
      const run = ins.run!;
      if (run.form === "shell") {
        if (bar < ins.start || ins.start < searchedFrom) {
          searchedFrom = ins.start;
          bar = text.indexOf("|", searchedFrom);
          if (bar === -1) bar = text.length;
        }
        if (bar >= ins.end) continue;
      }
      // What starts the scripts: the SHELL (shell form), the exec argv, or a shell command before a heredoc.
      const shellArgv = run.form === "exec" ? (ins.json?.values ?? []) : run.shell;
      const shellOn = setsPipefail(shellArgv);
      let headerCmd: SimpleCommand | undefined;
      for (let si = 0; si < run.scripts.length; si++) {
        if (run.scripts[si]!.source === "shell") {
          headerCmd = run.scripts[si]!.commands[0];
          break;
        }
      }
      let reported = false;
      for (let si = 0; si < run.scripts.length; si++) {
        const script = run.scripts[si]!;
        if (reported) break;
        let on = false;
        let messageId: "pipefail" | "pipefailScript" = "pipefail";
        if (script.source === "heredoc") {
          messageId = "pipefailScript";
          on = heredocPipefailOn(script, headerCmd, shellOn);
        } else on = shellOn;
        if (on) continue;
        reported = reportUnsafePipe(text, script, messageId, report);
      }
    }
  },
});
