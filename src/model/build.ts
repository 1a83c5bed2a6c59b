// Builds the dflint model of one Dockerfile: instructions with positions,
// stages and their graph, ARG/ENV scopes as BuildKit computes them, RUN scripts.
import { flagNamed } from "./flag";
import { setEmptyContinuation } from "./empty-continuation";
import { intern, interning, isLargeBuild, setBuildSource } from "./intern";
import { progressed, reportingProgress } from "./progress";
import { createLineIndex, lineStarts } from "./lines";
import { expandWord } from "./expand";
import {
  findHeredocMarkers,
  NO_FLAGS,
  parseJsonArray,
  readHeader,
  readHeredocBodies,
  sliceLogical,
  splitWords,
  takeFlags,
} from "./scan";
import { parseImageRef } from "./image";
import { keywordAt, readDirectives } from "./lexer";
import { analyseRun, DEFAULT_SHELL, isWindowsShell, WINDOWS_SHELL } from "./run";
import { parseKeyValues } from "./keyvalue";
import { indexInLogical } from "./logical";
export { indexInLogical };
import { PersistentScope } from "./scope";
import { InstructionRecord } from "./instruction";
import { dropText } from "./position-map";
import { JsonArray } from "./json-array";
import { StageNameTable } from "./stage-names";
import { StageRecord } from "./stage-record";
import type {
  Flag,
  Heredoc,
  Instruction,
  LogicalText,
  Model,
  ParseProblem,
  Scope,
  Span,
  Stage,
  Word,
} from "./types";

export const KNOWN_INSTRUCTIONS = new Set([
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
  "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
]);

export const KNOWN_FLAGS: Record<string, string[]> = {
  FROM: ["platform"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  ADD: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
  RUN: ["mount", "network", "security", "device"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"],
};

/** Flags that take no value (every other known flag needs `--name=value`). */
const BOOL_FLAGS = new Set(["link", "parents", "keep-git-dir", "unpack"]);

/** Automatic platform args (BuildKit): usable in FROM, inside a stage only after `ARG NAME`. */
export const PLATFORM_ARGS = [
  "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT",
  "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
];

/** Predefined args that BuildKit accepts without an ARG line. */
export const PREDEFINED_ARGS = [
  "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
  "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
];

export interface BuildOptions {
  path?: string;
  buildArgs?: ReadonlyMap<string, string> | Record<string, string>;
  target?: string;
  /** Called after every 1,024 instructions read or RUN commands made (only a large file or a long
   * script reaches one; ./progress.ts): the CLI stops its young generation's growth from there
   * (src/runtime/young-generation.ts). */
  onProgress?: () => void;
}

export function buildModel(input: string, options: BuildOptions = {}): Model {
  const model = reportingProgress(options.onProgress, () => interning(input.length, () => buildModelOf(input, options)));
  // (Here, not in buildModelOf: there V8 inlined the call, and the first file without a stage
  // deoptimized the model build's compiled code, which has no type feedback for that branch.)
  if (model.stages.length === 0) addStructureProblem(model.parseProblems, model.instructions);
  return model;
}

function buildModelOf(input: string, options: BuildOptions): Model {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  setBuildSource(text);
  const starts = lineStarts(text);
  const lines = createLineIndex(text, starts);
  const given = options.buildArgs;
  // (No build args, as in most runs: one shared empty map, not a new map of a new object's entries.)
  const buildArgs: ReadonlyMap<string, string> =
    given instanceof Map ? given : given === undefined || given === null ? NO_BUILD_ARGS : new Map(Object.entries(given));
  const parseProblems: ParseProblem[] = [];

  const directives = readDirectives(text);
  const escape = directives.escape;

  // --- instructions -------------------------------------------------------
  const instructions = readInstructions(text, starts, escape, lines, parseProblems);

  const comments = collectComments(text, starts, instructions);
  // Indexed loops over the instructions (here and below): a `for...of` over 200k of them, still
  // running as bytecode while the compiler catches up, made an iterator result per step.
  setCommentsAbove(instructions, comments);

  // --- global args ----------------------------------------------------------
  const globalArgs: Instruction[] = [];
  let globalScope = automaticArgsScope(buildArgs);

  const model: Model = {
    path: options.path ?? "Dockerfile",
    text,
    hadBom,
    directives,
    instructions,
    globalArgs,
    globalScope,
    stages: [],
    target: null,
    comments,
    parseProblems,
    buildArgs,
    lines,
    expand: (t, scope) => expandWord(t, scope, escape),
    stageByRef: () => null,
    keywordIndex: null,
    runSiteLists: null,
    commandNames: null,
  };

  // A large file's lists of stages, and of the scope and shell each ends with (below), are made at
  // their size, as its instruction list (readInstructions): a FROM starts each stage, or a fragment's
  // one stage has none. Pushed to, the three lists of a 10 MB file left 0.9 MB of outgrown copies.
  const large = isLargeBuild();
  const fromCount = large ? countFroms(instructions) : 0;
  const stages: Stage[] = large ? new Array<Stage>(Math.max(fromCount, 1)) : [];
  let stageCount = 0;
  // The first stage of each name: a Map (a large file's: a StageNameTable), as a loop over the
  // stages made files of many stages quadratic.
  const stagesByName = large ? new StageNameTable(Math.max(fromCount, 1), stages) : new Map<string, Stage>();
  const addStage = (stage: Stage): void => {
    if (large) stages[stageCount] = stage;
    else stages.push(stage);
    stageCount++;
    // (The table keeps the first stage of a name itself.)
    if (stage.name === null) return;
    if (stagesByName instanceof StageNameTable) stagesByName.add(stage as Stage & { name: string });
    else if (!stagesByName.has(stage.name)) stagesByName.set(stage.name, stage);
  };
  const stageByRef = (ref: string): Stage | null => {
    const named = stagesByName.get(ref.toLowerCase());
    if (named) return named;
    if (/^\d+$/.test(ref)) return stages[Number(ref)] ?? null;
    return null;
  };
  model.stageByRef = stageByRef;

  const windowsEscape = escape === "`";
  let current: Stage | null = null;
  let scope: PersistentScope = globalScope;
  let shell: string[] = DEFAULT_SHELL;
  // The scope and shell each stage ends with, by stage index (a stage ends before the next one
  // starts), for the stages built on it. Not a Map keyed by stage of {scope, shell} objects: a
  // 10 MB file's (17,840 stages) left 2.3 MB of dead objects and outgrown tables, which no GC
  // frees while a big file is linted (src/runtime/big-file-gc.ts).
  const endScopes: PersistentScope[] = large ? new Array<PersistentScope>(fromCount) : [];
  const endShells: string[][] = large ? new Array<string[]>(fromCount) : [];

  const hasFrom = instructions.some((ins) => ins.keyword === "FROM");
  // A stage's instructions are the ones from where it starts to where the next one does: its list
  // is that part of the model's, copied when the stage ends (lists pushed to while the whole file
  // was read, then copied to their size, were 3 MB of promoted garbage for a 10 MB file).
  let stageFrom = 0;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins.keyword === "FROM") {
      if (current) {
        endScopes[current.index] = scope;
        endShells[current.index] = shell;
        current.instructions = instructions.slice(stageFrom, i);
      }
      const stage = startStage(ins, stageCount);
      addStage(stage);
      current = stage;
      stageFrom = i;
      const parent = stage.parent;
      scope = parent ? endScopes[parent.index]! : STAGE_START_SCOPE;
      shell = parent ? endShells[parent.index]! : stage.windows ? WINDOWS_SHELL : DEFAULT_SHELL;
      ins.scope = globalScope;
      ins.stage = stage;
      continue;
    }
    ins.scope = scope;
    ins.stage = current;
    if (!current) {
      if (ins.keyword === "ARG") {
        globalArgs.push(ins);
        globalScope = declareArgs(ins, globalScope, true);
        scope = globalScope;
        model.globalScope = globalScope;
        continue;
      }
      if (KNOWN_INSTRUCTIONS.has(ins.keyword)) {
        parseProblems.push({
          messageId: "instructionBeforeFrom",
          message: `${ins.keyword} before the first FROM; only ARG may come before FROM`,
          span: ins.keywordSpan,
        });
      }
      // A file with no FROM at all is a fragment (an include, a template): hadolint lints its
      // instructions, so they form one stage on an unknown base, starting at the first of them.
      if (hasFrom) continue;
      current = fragmentStage(ins);
      addStage(current);
      stageFrom = i;
      scope = STAGE_START_SCOPE;
      ins.scope = scope;
      ins.stage = current;
    }
    switch (ins.keyword) {
      case "ARG":
        scope = declareArgs(ins, scope, false);
        break;
      case "ENV":
        scope = declareEnv(ins, scope);
        break;
      case "SHELL":
        if (ins.json && ins.json.values.length) {
          shell = ins.json.values;
          if (isWindowsShell(shell)) current.windows = true;
        }
        break;
      case "RUN":
        ins.run = analyseRun(ins, shell, current.windows || windowsEscape);
        // (Multi-line ones only: a one-line RUN's argsText is a new object on each read.)
        if (large && ins.endLine > ins.line) dropText(ins.argsText);
        break;
      case "ONBUILD":
        if (ins.onbuild) {
          ins.onbuild.scope = scope;
          ins.onbuild.stage = current;
          if (ins.onbuild.keyword === "RUN") ins.onbuild.run = analyseRun(ins.onbuild, shell, current.windows || windowsEscape);
        }
        break;
    }
  }
  // (A stage of every instruction, as a one-stage file's is, has the model's list itself: lists are
  // not changed once built, and a copy was 0.8 MB of a file of 100k RUNs.)
  if (current) current.instructions = stageFrom === 0 ? instructions : instructions.slice(stageFrom);
  if (large) stages.length = stageCount;

  // --- stage graph ------------------------------------------------------------
  linkStages(stages, escape, stageByRef);
  model.stages = stages;
  // (Not stages[length - 1] ?? null: reading index -1 of a file without stages deoptimized buildModelOf.)
  const last = stages.length > 0 ? stages[stages.length - 1]! : null;
  if (last) last.isLast = true;
  const target = options.target ? stageByRef(options.target) : last;
  model.target = target;
  if (target) markReachable(target);
  if (isLargeBuild()) dropSeldomRead(instructions);
  return model;

  // --- helpers that close over the model state ----------------------------------
  /** The stage of a fragment file (no FROM): its base image is unknown. */
  function fragmentStage(first: Instruction): Stage {
    const at = { start: first.start, end: first.start, raw: "", value: "" };
    const image = parseImageRef(at, globalScope, escape, text);
    image.unresolved = true;
    return {
      index: 0, name: null, nameRaw: null, nameSpan: null, from: first, image, platform: null, parent: null,
      instructions: noInstructionsYet(), dependsOn: NO_STAGES, reachable: false, isLast: false, windows: windowsEscape,
    };
  }

  function startStage(ins: Instruction, index: number): Stage {
    const words = ins.args;
    const imageWord = words[0];
    let nameWord = null;
    if (words.length >= 3 && words[1]!.value.toLowerCase() === "as") nameWord = words[2]!;
    const platform = ins.flags.find((f) => f.name === "platform") ?? null;
    const image = parseImageRef(imageWord ?? { start: ins.keywordSpan.end, end: ins.keywordSpan.end, raw: "", value: "" }, globalScope, escape, text);
    const parent = image.unresolved || !image.expanded ? null : stageByRef(image.expanded);
    if (parent) image.stage = parent;
    const windows = (parent?.windows ?? false) || windowsEscape || isWindowsImage(image.expanded);
    if (!imageWord) {
      parseProblems.push({ messageId: "fromWithoutImage", message: "FROM needs a base image", span: ins.keywordSpan });
    }
    const name = nameWord ? nameWord.value.toLowerCase() : null;
    if (large) return new StageRecord(index, name, ins, image, noInstructionsYet(), parent ? [parent] : NO_STAGES, windows);
    return {
      index,
      name,
      nameRaw: nameWord ? nameWord.value : null,
      nameSpan: nameWord ? { start: nameWord.start, end: nameWord.end } : null,
      from: ins,
      image,
      platform,
      parent,
      instructions: noInstructionsYet(),
      dependsOn: parent ? [parent] : NO_STAGES,
      reachable: false,
      isLast: false,
      windows,
    };
  }

  function declareArgs(ins: Instruction, base: PersistentScope, global: boolean): PersistentScope {
    let next = base;
    for (const kv of parseKeyValues(ins.args, true)) {
      // (Interned: the scope keeps the name of every binding, and names repeat.)
      const name = intern(kv.key);
      if (!name) continue;
      const existing = next.get(name);
      if (existing?.kind === "env") continue; // ENV wins over ARG of the same name
      let value: string | undefined;
      if (buildArgs.has(name)) value = buildArgs.get(name);
      else if (kv.value !== null) {
        const r = expandWord(kv.value, next, escape);
        value = r.unresolved ? undefined : r.value;
      } else if (!global && model.globalScope.has(name)) {
        value = model.globalScope.get(name)!.value; // re-declared global ARG takes its value
      } else value = undefined;
      const kind = PLATFORM_ARGS.includes(name) && kv.value === null ? "builtin" : "arg";
      // (No binding object: a large build's scope of the binding is one: scope.ts.)
      next = next.bind(name, value, kind, ins);
    }
    return next;
  }

  function declareEnv(ins: Instruction, base: PersistentScope): PersistentScope {
    let next = base;
    for (const kv of parseKeyValues(ins.args, false)) {
      if (!kv.key) continue;
      const r = expandWord(kv.value ?? "", base, escape);
      const name = intern(kv.key);
      next = next.bind(name, r.unresolved ? undefined : r.value, "env", ins);
    }
    return next;
  }
}

/** The build args of a model built without any: never changed (the model's are read-only). */
const NO_BUILD_ARGS: ReadonlyMap<string, string> = new Map();

/** The scope every stage without a parent starts from: PATH is set by the base image. */
const STAGE_START_SCOPE = PersistentScope.empty().with("PATH", { name: "PATH", value: undefined, kind: "env" });

/** The global scope of build args that set no automatic arg (most runs: none are given), made
 * once. Scopes never change (a binding makes a new one), so every file starts from the same. */
let plainAutomaticArgsScope: PersistentScope | null = null;

/** The global scope before a file's first ARG: the automatic platform args, unknown unless given
 * (dflint layers --platform passes TARGET*), and the predefined args given. */
function automaticArgsScope(buildArgs: ReadonlyMap<string, string>): PersistentScope {
  if (buildArgs.size === 0 && plainAutomaticArgsScope !== null) return plainAutomaticArgsScope;
  let scope = PersistentScope.empty();
  for (const name of PLATFORM_ARGS) scope = scope.with(name, { name, value: buildArgs.get(name), kind: "builtin" });
  for (const name of PREDEFINED_ARGS) if (buildArgs.has(name)) scope = scope.with(name, { name, value: buildArgs.get(name), kind: "builtin" });
  if (buildArgs.size === 0) plainAutomaticArgsScope = scope;
  return scope;
}

/** The FROMs of a file: its stages, or none for a fragment (one stage). */
function countFroms(instructions: readonly Instruction[]): number {
  let n = 0;
  for (let i = 0; i < instructions.length; i++) if (instructions[i]!.keyword === "FROM") n++;
  return n;
}

/** A new stage's list, replaced by its part of the model's list when the stage ends. Made by a
 * call, not as an array literal inside the stage's literal: V8 copies a literal that holds one by
 * a walk in the runtime while the code is cold. */
function noInstructionsYet(): Instruction[] {
  return [];
}

/** Adds to each stage the stages it copies from (`COPY --from`, `RUN --mount=from=`). (A function of
 * its own: see readInstructions.) */
function linkStages(stages: Stage[], escape: string, stageByRef: (ref: string) => Stage | null): void {
  for (const stage of stages) {
    const list = stage.instructions;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (ins.keyword === "COPY") {
        const from = flagNamed(ins.flags, "from");
        if (from?.value) {
          const ref = expandWord(from.value, ins.scope, escape).value;
          const dep = stageByRef(ref);
          if (dep) dependOn(stage, dep);
        }
      }
      if (ins.run) {
        for (const m of ins.run.mounts) {
          const ref = m.options["from"];
          if (!ref) continue;
          const dep = stageByRef(expandWord(ref, ins.scope, escape).value);
          if (dep) dependOn(stage, dep);
        }
      }
    }
  }
}

/** The dependencies of most stages (none): one shared list, replaced when a stage gets one. */
const NO_STAGES = Object.freeze([]) as unknown as Stage[];

function dependOn(stage: Stage, dep: Stage): void {
  if (dep === stage || stage.dependsOn.includes(dep)) return;
  if (stage.dependsOn === NO_STAGES) stage.dependsOn = [dep];
  else stage.dependsOn.push(dep);
}

function isWindowsImage(image: string): boolean {
  return /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)([/:-]|$)|dotnet\/framework|mcr\.microsoft\.com\/windows/i.test(image);
}

/**
 * The file's instructions, line by line from the line starts found once (no search for the end of
 * each line here). A function of its own, not a loop of buildModelOf: V8 optimizes a function once
 * it has run a while in proportion to its own size, and buildModelOf (2.4 KB of bytecode, run once
 * per file) was optimized only after 1,272 of the 2,122 files of half the corpus, its loops running
 * unoptimized until then.
 */
function readInstructions(
  text: string,
  starts: Int32Array,
  escape: string,
  lines: ReturnType<typeof createLineIndex>,
  parseProblems: ParseProblem[],
): Instruction[] {
  const lineCount = starts.length;
  // A large file's list is made once, at its longest (an instruction per line), and cut to its
  // length at the end: pushed to and copied to its size, its outgrown copies and the pushed list
  // were 5.7 MB of dead large objects on a 10 MB file, which only a full GC frees (none runs while
  // a big file is linted: src/runtime/big-file-gc.ts). Its elements are then "holey", as are the
  // stage lists sliced from it: V8 keeps a packed list packed only when it grows by pushes.
  const large = isLargeBuild();
  const read: Instruction[] = large ? new Array<Instruction>(lineCount) : [];
  let count = 0;
  for (let l = 0; l < lineCount; ) {
    const pos = starts[l]!;
    const eol = l + 1 < lineCount ? starts[l + 1]! - 1 : text.length;
    const kw = keywordAt(text, pos, eol, escape);
    if (!kw) {
      l++;
      continue;
    }
    const instr = readInstruction(text, kw.start, kw.end, l, starts, text.length, escape, lines, parseProblems);
    instr.index = count++;
    if (large) read[instr.index] = instr;
    else read.push(instr);
    progressed(1);
    // On from the line after the one that holds the instruction's end (at or after its last line).
    l = lineAtOrAfter(starts, instr.endLine - 1, Math.max(instr.end, kw.end)) + 1;
  }
  if (large) {
    read.length = count;
    return read;
  }
  // Lists the model keeps are exact-size copies: a pushed-to array keeps up to half again its
  // length in spare room (2 MB for the 196k instructions of a 10 MB file, 3 MB for its stages').
  return read.slice();
}

/** Reads the instruction whose keyword is at text[kwStart, kwEnd), on line `line` (0-based) of
 * the text's line starts `starts`. */
function readInstruction(
  text: string,
  kwStart: number,
  kwEnd: number,
  line: number,
  starts: Int32Array,
  limit: number,
  escape: string,
  lines: ReturnType<typeof createLineIndex>,
  problems: ParseProblem[],
): InstructionRecord {
  // Known keywords are shared constant strings, not two new strings per instruction (and one
  // written upper-case, as most are, is found as written, without an upper-cased copy).
  const sliced = text.slice(kwStart, kwEnd);
  const asWritten = KEYWORD_STRINGS.get(sliced);
  const upper = asWritten ?? sliced.toUpperCase();
  const keyword = asWritten ?? KEYWORD_STRINGS.get(upper) ?? internalized(upper);
  const keywordRaw = sliced === keyword ? keyword : sliced;
  const header = readHeader(text, kwEnd, Math.max(limit, kwEnd), escape);
  let end = header.end;
  const ins = makeInstruction(keyword, keywordRaw, { start: kwStart, end: kwEnd }, header.text, escape, problems);
  setEmptyContinuation(ins, header.emptyStart, header.emptyEnd);
  if (keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
    const markers = findHeredocMarkers(header.text);
    if (markers.length) end = readHeredocs(ins, text, header, markers, end, lines, problems);
  }
  // A large file's model drops what it seldom reads now, not once it is built (dropSeldomRead):
  // kept across the whole read, the joined text of each multi-line instruction and the values of
  // its exec-form array outlived two scavenges and died in the old generation, which no full GC
  // frees while a big file is linted (src/runtime/big-file-gc.ts). The stage pass reads a RUN's
  // text again and drops it after its analysis.
  if (isLargeBuild()) {
    dropText(header.text);
    if (ins.json instanceof JsonArray && keyword !== "SHELL" && keyword !== "RUN") ins.json.drop();
  }
  ins.start = kwStart;
  ins.setEnd(end);
  // The line of its last character: on from the keyword's line (no search over all the lines).
  ins.setLines(line + 1, end === kwStart ? line + 1 : lineAtOrAfter(starts, line, Math.max(kwStart, end - 1)) + 1);
  return ins;
}

/** Reads the heredoc bodies of `ins` (a RUN, COPY or ADD whose header names them); returns where
 * the instruction ends, from `end`, where its header does. (A function of its own: see
 * readInstructions.) */
function readHeredocs(
  ins: Instruction,
  text: string,
  header: ReturnType<typeof readHeader>,
  markers: ReturnType<typeof findHeredocMarkers>,
  end: number,
  lines: ReturnType<typeof createLineIndex>,
  problems: ParseProblem[],
): number {
  const bodies = readHeredocBodies(text, header.nextLineStart, text.length, markers, header.text, lines);
  // (Frozen, as the empty list shared by every other instruction: all lists then have one map,
  // and code V8 optimized on the empty ones is not deoptimized by the first heredoc.)
  ins.heredocs = Object.freeze(bodies.heredocs) as Heredoc[];
  end = Math.max(end, bodies.end > 0 && text[bodies.end - 1] === "\n" ? bodies.end - 1 : bodies.end);
  if (end > 0 && text[end - 1] === "\r") end--;
  if (bodies.unterminated) {
    problems.push({
      messageId: "unterminatedHeredoc",
      message: `Heredoc '${bodies.unterminated.name}' is never terminated; add a line '${bodies.unterminated.name}'`,
      span: ins.heredocs[ins.heredocs.length - 1]!.marker,
    });
  }
  return end;
}

/** The line (0-based) that holds `offset`, found from line `from`, at or before it. */
function lineAtOrAfter(starts: Int32Array, from: number, offset: number): number {
  let l = from;
  while (l + 1 < starts.length && starts[l + 1]! <= offset) l++;
  return l;
}

/** `s` as the one string V8 keeps for a property name of that text (an "internalized" string). An
 * unknown keyword is an upper-cased copy, not internalized: compared with the known keywords in the
 * model build's optimized code, which had only met internalized ones, it deoptimized that code
 * ("wrong instance type"), and the build then ran unoptimized for the rest of a corpus run. (A
 * dictionary object: a property added to an ordinary one makes a new hidden class per name.) */
function internalized(s: string): string {
  const names: Record<string, 0> = Object.create(null);
  names[s] = 0;
  for (const name in names) return name;
  return s;
}

/** Keywords whose arguments may be a JSON array (exec form). */
const EXEC_FORM = new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"]);
/** Keywords whose words are made when first read (see InstructionRecord). USER: the rules read the
 * words of a stage's last USER only (one of the 17,840 of a 10 MB file, 1.7 MB of lists and words). */
const LAZY_ARGS = new Set(["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "USER"]);
/** The words split first of an instruction whose words may not be kept (more when it has flags). */
const HEAD_WORDS = 8;
const KEYWORD_STRINGS = new Map([...KNOWN_INSTRUCTIONS].map((k) => [k, k]));

// What makeInstruction asks of a keyword, as bits of one number per known keyword: one lookup, not
// four set lookups and a property test per instruction (-35M instructions on half the corpus).
const KNOWN = 1;
const HAS_FLAGS = 2;
const LAZY = 4;
const EXEC = 8;
const KEYWORD_TRAITS = new Map(
  [...KNOWN_INSTRUCTIONS].map((k) => [k, KNOWN | (k in KNOWN_FLAGS ? HAS_FLAGS : 0) | (LAZY_ARGS.has(k) ? LAZY : 0) | (EXEC_FORM.has(k) ? EXEC : 0)]),
);

function makeInstruction(
  keyword: string,
  keywordRaw: string,
  keywordSpan: { start: number; end: number },
  argsText: LogicalText,
  escape: string,
  problems: ParseProblem[],
): InstructionRecord {
  // (The rare parts are functions of their own: V8 optimizes a function after it has run a while in
  // proportion to its own size, and this one, run for every instruction, was optimized only after
  // 947 of the 2,122 files of half the corpus.)
  const traits = KEYWORD_TRAITS.get(keyword) ?? 0;
  const known = (traits & KNOWN) !== 0;
  const hasFlags = (traits & HAS_FLAGS) !== 0;
  const lazy = (traits & LAZY) !== 0;
  const execForm = (traits & EXEC) !== 0;
  // The words of a command instruction, or of one in exec form, are not kept (see below): only its
  // first words are split now, for its flags and where its arguments start (a RUN's whole script
  // was split into words that were dropped).
  let cut = lazy || execForm;
  let max = cut ? HEAD_WORDS : -1;
  // A RUN, CMD or ENTRYPOINT: its first word alone says where its arguments start, unless it is a
  // flag (a RUN's), when the first words are split as for the others.
  if (lazy && keyword !== "HEALTHCHECK") max = 1;
  let words = splitWords(argsText, 0, escape, max < 0 ? undefined : max);
  if (max === 1 && hasFlags && words.length === 1 && words[0]!.raw.startsWith("--")) words = splitWords(argsText, 0, escape, (max = HEAD_WORDS));
  cut &&= words.length === max;
  // (splitWords returns an exact-size list: the rest is that list when there are no flags. No
  // object made to hold the two for an instruction without flags.)
  let flags = NO_FLAGS;
  let rest = words;
  if (hasFlags && max !== 1) {
    let taken = takeFlags(words, BOOL_FLAGS);
    // takeFlags reads up to two words past a flag: near the cut, all the words are needed.
    if (cut && taken.rest.length < 3) {
      taken = takeFlags(splitWords(argsText, 0, escape), BOOL_FLAGS);
      cut = false;
    }
    flags = taken.flags;
    rest = taken.rest;
  }
  const argsFrom = rest.length ? indexInLogical(argsText, rest[0]!.start) : argsText.text.length;
  let json: JsonArray | null = null;
  if (execForm) json = parseJsonArray(argsText, argsFrom);
  else if (known && keyword === "HEALTHCHECK") json = healthcheckJson(argsText, rest);
  // The words of a command instruction, or of one in exec form, are split again when a rule reads
  // them (rules read its parsed command, `run`, or `json`: no rule read the words of 100k
  // JSON-form COPYs).
  const keep = !lazy && json === null;
  if (keep && cut) rest = splitWords(argsText, argsFrom, escape);
  const ins = new InstructionRecord(keyword, keywordRaw, keywordSpan, argsText, flags, keep ? rest : null, argsFrom, escape);
  ins.json = json;
  // (A RUN's exec-form script is its argsText, the same object on each read: kept. Other arrays
  // read the text again from the instruction when asked.)
  if (json !== null && keyword === "RUN") ins.holdArgsText(argsText);
  else if (json !== null && isLargeBuild()) json.readFrom(ins);
  if (!known) {
    addUnknownInstruction(problems, keywordRaw, keywordSpan);
    return ins;
  }
  if (flags.length > 0) checkFlags(keyword, flags, problems);
  if (keyword === "ONBUILD" && rest.length) ins.onbuild = onbuildTrigger(argsText, rest[0]!, escape, problems);
  return ins;
}

/** The probe of `HEALTHCHECK [flags] CMD ["curl", "-f", ...]` in exec form, or null. */
function healthcheckJson(argsText: LogicalText, rest: Word[]): JsonArray | null {
  if (rest.length > 1 && rest[0]!.raw.toUpperCase() === "CMD") return parseJsonArray(argsText, indexInLogical(argsText, rest[1]!.start));
  return null;
}

function addUnknownInstruction(problems: ParseProblem[], keywordRaw: string, keywordSpan: Span): void {
  problems.push({ messageId: "unknownInstruction", message: `Unknown instruction '${keywordRaw}'`, span: keywordSpan });
}

/** The problems of the flags of a known instruction: unknown ones, and values not after `=`. */
function checkFlags(keyword: string, flags: Flag[], problems: ParseProblem[]): void {
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (!KNOWN_FLAGS[keyword]!.includes(f.name)) {
      problems.push({ messageId: "unknownFlag", message: `Unknown flag '--${f.name}' for ${keyword}`, span: { start: f.start, end: f.end } });
    } else if (f.spaced || (f.value === null && !BOOL_FLAGS.has(f.name))) {
      const how = f.spaced ? `write '--${f.name}=${f.value}'` : `write '--${f.name}=<value>'`;
      problems.push({ messageId: "flagValue", message: `Flag '--${f.name}' of ${keyword} needs its value after '=' (BuildKit rejects the file otherwise); ${how}`, span: { start: f.start, end: f.end } });
    }
  }
}

/** The instruction an ONBUILD triggers, whose keyword is the word `first` of its arguments. */
function onbuildTrigger(argsText: LogicalText, first: Word, escape: string, problems: ParseProblem[]): Instruction {
  const from = indexInLogical(argsText, first.start);
  const innerKw = first.raw;
  const innerText = sliceLogical(argsText, from + innerKw.length);
  // (The shared keyword string, as readInstruction's: a new upper-cased string compared with the
  // keywords below met V8's optimized code as another map, and deoptimized it.)
  const upper = innerKw.toUpperCase();
  return makeInstruction(KEYWORD_STRINGS.get(upper) ?? internalized(upper), innerKw, { start: first.start, end: first.end }, innerText, escape, problems);
}

/** Index in the logical text of a source offset (first char at or after it). */

/** Sets the comments of the lines right above each instruction: the file's comments on the lines
 * just before its first, up to a line that is no comment. (Taken from the file's list, not read
 * again: a comment line in a heredoc body, left out of that list, never stands right above an
 * instruction, as the body's last line is its terminator, or it runs to the end of the file.) */
function setCommentsAbove(instructions: Instruction[], comments: Model["comments"]): void {
  let j = 0; // the first comment at or below the instruction's line
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    while (j < comments.length && comments[j]!.line < ins.line) j++;
    let k = j;
    while (k > 0 && comments[k - 1]!.line === ins.line - (j - k) - 1) k--;
    if (k < j) ins.commentsAbove = comments.slice(k, j);
  }
}

/** Line `l` of the instruction is in one of its heredoc bodies (a loop: a closure per line of every
 * multi-line instruction was 16 MB of garbage for a 10 MB file). */
function inHeredocBody(ins: Instruction, l: number): boolean {
  for (let i = 0; i < ins.heredocs.length; i++) if (l >= ins.heredocs[i]!.bodyLine) return true;
  return false;
}

/** The file's comments: the lines whose first character after spaces and tabs is `#`, outside any
 * instruction's heredoc body. (Read in place by character codes: a copy of each such line and a
 * regular expression on it were most of the cost.) */
function collectComments(text: string, starts: Int32Array, instructions: Instruction[]): Model["comments"] {
  const out: Model["comments"] = [];
  const count = starts.length;
  const n = text.length;
  let k = 0; // the first instruction ending at or below line l
  // Whether a comment line may hold a CR, LS or PS, found at the first comment: most files hold
  // none anywhere, and their comment lines are not read character by character for one.
  let terminators = -1;
  // From `#` to `#` (indexOf), not line by line: most lines hold none, and a read of each line's
  // first characters was most of this function's work.
  let l = 1; // the line (1-based) of the `#` at `i`
  for (let i = text.indexOf("#"); i !== -1; i = l < count ? text.indexOf("#", starts[l]!) : -1) {
    while (l < count && starts[l]! <= i) l++;
    // A comment line: only spaces and tabs before its first `#`.
    let b = starts[l - 1]!;
    while (b < i && isBlankCode(text.charCodeAt(b))) b++;
    if (b !== i) continue;
    while (k < instructions.length && instructions[k]!.endLine < l) k++;
    // (Not read past the end: that deoptimized this, "out of bounds", at a file's first comment after its last instruction.)
    const ins = k < instructions.length ? instructions[k] : undefined;
    if (ins && ins.line < l && l <= ins.endLine && inHeredocBody(ins, l)) continue;
    // The line's end, before its `\r\n` or `\n`.
    let end = l < count ? starts[l]! - 1 : n;
    // (A subtraction for every comment line, not an `end--` that only CRLF lines run: see lineText
    // in ./lines.ts.)
    end -= end > i && text.charCodeAt(end - 1) === 13 ? 1 : 0;
    if (terminators === -1) terminators = mayHoldLineTerminator(text) ? 1 : 0;
    if (terminators === 1 && hasLineTerminator(text, i + 1, end)) continue;
    out.push({ text: text.slice(i + 1, end).trim(), span: { start: i, end }, line: l });
  }
  return out;
}

/** A space or a tab. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/** An LS or PS anywhere in `text`, or a CR not followed by LF. When there is none, no comment
 * line holds a line terminator: a comment's end is before its line's LF, and before a CR right
 * before that LF. */
function mayHoldLineTerminator(text: string): boolean {
  if (text.indexOf("\u2028") !== -1 || text.indexOf("\u2029") !== -1) return true;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** A CR, LS or PS in text[from, to): no comment then (the expression that read comments,
 * `^[ \t]*#(.*)$`, did not match such a line: `.` does not match them). */
function hasLineTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

export type { Scope };

/**
 * The problem of a file without a stage (no instruction, or no FROM): docker build rejects both,
 * and an empty file passing the lint would hide that. Its own function, called after buildModelOf:
 * as a branch of buildModelOf, the first such file (after the function was compiled) deoptimized
 * it, having no type feedback there, and it was compiled again (about 60 ms of compile work).
 */
function addStructureProblem(parseProblems: ParseProblem[], instructions: readonly Instruction[]): void {
  const first = instructions[0];
  if (!first) {
    parseProblems.push({ messageId: "noInstructions", message: "The Dockerfile has no instructions; docker build rejects it", span: { start: 0, end: 0 } });
  } else {
    parseProblems.push({ messageId: "noStage", message: "The Dockerfile has no FROM; docker build needs at least one stage", span: first.keywordSpan });
  }
}

/** What a large file's model keeps only until it is built, and makes again when a rule asks: the
 * text of an instruction's arguments over several lines (4 MB of a 10 MB file's model, and no
 * rule read one of its 17,840), and the values of exec-form arrays the build did not read (not
 * SHELL's, which RUNs keep as their shell, nor RUN's). */
function dropSeldomRead(instructions: readonly Instruction[]): void {
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    dropText(ins.argsText);
    if (ins.json instanceof JsonArray && ins.keyword !== "SHELL" && ins.keyword !== "RUN") ins.json.drop();
  }
}

/** Marks `target` and the stages it depends on, directly or not, as reachable. (A function of
 * its own: an empty list for a file without stages met buildModelOf's compiled code as another map.) */
function markReachable(target: Stage): void {
  // A loop, not recursion: 5,000 chained stages overflowed the stack.
  const pending = [target];
  while (pending.length) {
    const s = pending.pop()!;
    if (s.reachable) continue;
    s.reachable = true;
    for (const d of s.dependsOn) if (!d.reachable) pending.push(d);
  }
}
