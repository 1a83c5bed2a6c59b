// The parsed model of one Dockerfile. All offsets index the file text after a
// leading BOM is removed; `end` offsets are exclusive. Lines and columns shown
// to users are 1-based and computed from offsets by `LineIndex`.

import type { PositionMap } from "./position-map";

export interface Span {
  start: number;
  end: number;
}

/** Text of an instruction with line continuations (and comment lines inside
 * them) removed. `map[i]` is the source offset of `text[i]`; `map[text.length]`
 * is the source offset just after the last character. */
export interface LogicalText {
  text: string;
  map: PositionMap;
}

/** A whitespace-separated Dockerfile argument word. */
export interface Word extends Span {
  /** Source text of the word (continuations removed, quotes kept). */
  raw: string;
  /** Quotes removed and escapes resolved, variables not expanded. */
  value: string;
}

/** A leading `--name[=value]` flag of an instruction. */
export interface Flag extends Span {
  name: string;
  value: string | null;
  /** Span of the value (after `=`), or of the name when there is no value. */
  valueSpan: Span;
  /** Value written as the next word (`--chmod 755`), which BuildKit rejects. */
  spaced: boolean;
}

export interface Heredoc {
  name: string;
  /** `<<-` strips leading tabs from body lines. */
  stripTabs: boolean;
  /** A quoted delimiter (`<<'EOF'`) disables variable expansion in the body. */
  quoted: boolean;
  /** Span of the `<<NAME` marker on the instruction line. */
  marker: Span;
  /** Body text (without the terminator line), tabs stripped for `<<-`. */
  body: string;
  /** Span of the body in the source (from the first body line to the end of the last). */
  bodySpan: Span;
  /** 1-based line number of the first body line. */
  bodyLine: number;
}

export type VarKind = "arg" | "env" | "builtin";

export interface VarBinding {
  name: string;
  /** Known value, or undefined when it cannot be known statically
   * (ARG without default and no --build-arg, platform args, base-image ENV). */
  value: string | undefined;
  kind: VarKind;
  /** The instruction that declared it (undefined for built-ins). */
  declaredBy?: Instruction;
}

/** Variables visible at a point. Maps are shared between instructions until
 * an ARG/ENV changes them, so never mutate one. */
export type Scope = ReadonlyMap<string, VarBinding>;

export interface ExpandResult {
  value: string;
  /** True when some variable had no known value (the result is then partial). */
  unresolved: boolean;
  /** Names referenced that are not in scope at all. */
  undefinedNames: string[];
  /** Every name referenced. */
  names: string[];
}

/** A shell word inside a RUN script, positions mapped back to the source. */
export interface ShellWord extends Span {
  raw: string;
  /** Quotes removed, escapes resolved, variables not expanded. */
  value: string;
  /** Value after expanding variables known from ARG/ENV; null when a variable
   * had no known value. */
  expanded: string | null;
  /** Word contains an unquoted/double-quoted `$` expansion or command substitution. */
  hasExpansion: boolean;
}

export interface SimpleCommand extends Span {
  /** Leading `NAME=value` assignments. */
  assignments: ShellWord[];
  /** argv words (assignments and redirections excluded). */
  words: ShellWord[];
  /** Base name of argv[0] (`/usr/bin/apt-get` -> `apt-get`), '' when none. */
  name: string;
  /** Nesting depth of `( ... )` subshells around the command. */
  subshellDepth: number;
  /** Operator that joins this command to the next one (`&&`, `||`, `;`, `|`, `&`, newline), or null for the last. */
  next: string | null;
  /** Index of the pipeline this command belongs to (commands joined by `|` share it). */
  pipeline: number;
  /** True inside `{ }`, `if`, `for`, `while`, `case` or a function body. */
  compound: boolean;
  /** Runs inside a command substitution `$( ... )` or backticks of another command (listed before it). */
  substitution: boolean;
  /** parsePackageCommand's result, kept on first use (a dozen package rules ask about every command). */
  packageCommand?: import("./packages").PackageCommand | null;
}

export interface Mount {
  type: string;
  options: Record<string, string>;
  span: Span;
}

export interface RunScript {
  /** How the script reached the shell. */
  source: "shell" | "exec" | "heredoc";
  /** The script's text (made when first read: run-record.ts). */
  text: LogicalText;
  commands: SimpleCommand[];
}

export interface RunInfo {
  form: "shell" | "exec";
  /** Parsed scripts (shell form line, heredoc scripts, `sh -c` in exec form). */
  scripts: RunScript[];
  /** All simple commands of all scripts in order. */
  commands: SimpleCommand[];
  mounts: Mount[];
  /** The shell in effect (from SHELL, inherited through FROM <stage>). */
  shell: string[];
  /** Shell is PowerShell/cmd, so POSIX rules do not apply. */
  windowsShell: boolean;
}

export interface ImageRef {
  /** The word as written in the FROM line. */
  raw: string;
  span: Span;
  /** After ARG expansion; equal to raw when it has no variables. */
  expanded: string;
  /** Expansion depended on a variable with unknown value. */
  unresolved: boolean;
  registry: string | null;
  /** Repository path without registry, tag or digest. */
  path: string;
  tag: string | null;
  digest: string | null;
  /** Span of the tag in the source when the tag is written literally, else the word span. */
  tagSpan: Span;
  isScratch: boolean;
  /** Stage this FROM refers to (`FROM builder`), matched case-insensitively. */
  stage: Stage | null;
}

export interface Stage {
  index: number;
  /** Lower-cased stage name, or null. */
  name: string | null;
  /** The name as written. */
  nameRaw: string | null;
  nameSpan: Span | null;
  from: Instruction;
  image: ImageRef;
  platform: Flag | null;
  /** Parent stage when built `FROM <stage>`. */
  parent: Stage | null;
  /** Instructions of the stage, the FROM first. */
  instructions: Instruction[];
  /** Stages this one reads from: parent, COPY --from, RUN --mount from=. */
  dependsOn: Stage[];
  /** Needed to build the target stage. */
  reachable: boolean;
  /** The last stage (default target). */
  isLast: boolean;
  /** Stage base is (transitively) a Windows image or uses a Windows shell. */
  windows: boolean;
}

export interface Instruction extends Span {
  index: number;
  /** Upper-cased keyword. */
  keyword: string;
  /** Keyword as written. */
  keywordRaw: string;
  /** Span of the keyword (a new object on each read: instruction.ts). */
  keywordSpan: Span;
  /** 1-based first and last line (heredoc bodies included). */
  line: number;
  endLine: number;
  /** Arguments after the keyword, continuations removed, heredoc bodies excluded. */
  argsText: LogicalText;
  flags: Flag[];
  /** Words after the flags (split when first read for RUN, CMD, ENTRYPOINT and HEALTHCHECK: instruction.ts). */
  args: Word[];
  /** Parsed JSON array (exec form) or null. */
  json: { values: string[]; spans: Span[] } | null;
  heredocs: Heredoc[];
  /** Stage this belongs to; null for global ARGs before the first FROM. */
  stage: Stage | null;
  /** Variables visible before this instruction runs. */
  scope: Scope;
  /** For RUN (and ONBUILD RUN) only. */
  run: RunInfo | null;
  /** Instruction wrapped by ONBUILD. */
  onbuild: Instruction | null;
  /** Comment lines directly above (no blank line between), text after `#`. */
  commentsAbove: { text: string; span: Span; line: number }[];
}

export interface Directives {
  syntax: string | null;
  escape: "\\" | "`";
  check: string | null;
  /** Spans of the directive lines, keyed by lower-case name. */
  spans: Record<string, Span>;
}

export interface ParseProblem {
  messageId: string;
  message: string;
  span: Span;
}

export interface Model {
  path: string;
  /** Source text, BOM removed. */
  text: string;
  hadBom: boolean;
  directives: Directives;
  instructions: Instruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[];
  /** Scope of FROM lines: global ARGs, built-in platform args, --build-arg values. */
  globalScope: Scope;
  stages: Stage[];
  /** Stage being built (`--target`, default last). */
  target: Stage | null;
  /** Comments anywhere in the file (text after `#`, trimmed). */
  comments: { text: string; span: Span; line: number }[];
  /** Problems met while parsing (unknown instruction, bad flag, unterminated heredoc). */
  parseProblems: ParseProblem[];
  /** Build args given on the command line. */
  buildArgs: ReadonlyMap<string, string>;
  lines: LineIndex;
  /** Expand variables in `text` against `scope`. */
  expand(text: string, scope: Scope): ExpandResult;
  /** Stage lookup by name (case-insensitive) or numeric index. */
  stageByRef(ref: string): Stage | null;
  /** Instructions by keyword, built on first use by engine/dispatch.ts. */
  keywordIndex: Map<string, Instruction[]> | null;
  /** runSites() lists by options, built on first use (a dozen rules walk them; big files have 100k+ instructions). */
  runSiteLists: Map<string, readonly RunSite[]> | null;
  /** Names of the commands of every RUN, built on first use by engine/dispatch.ts. */
  commandNames: Set<string> | null;
}

/** A RUN instruction to check, with the instruction that holds it (itself, or the ONBUILD around it). */
export interface RunSite {
  ins: Instruction;
  /** The ONBUILD instruction when the RUN is wrapped by one. */
  onbuild: Instruction | null;
}

export interface LineIndex {
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
  /** 1-based line of an offset (position(offset).line without the object). */
  lineOf(offset: number): number;
  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number;
  lineCount: number;
  /** Text of a 1-based line without its line break. */
  lineText(line: number): string;
}
