// Inline suppressions: dflint's own pragmas, hadolint's and BuildKit's check directive.
// hadolint's grammar and BuildKit's option parser are followed exactly (see
// shared/reference/hadolint.md §6 and buildkit-checks.md §4), since teams keep
// their Dockerfiles' pragmas when they switch.
import type { Instruction, Model } from "../model/types";

/** BuildKit check options (`skip=A,B;error=true;experimental=C`), as BuildKit's ParseLintOptions reads them. */
export interface CheckOptions {
  skipAll: boolean;
  skip: Set<string>;
  error: boolean;
  experimentalAll: boolean;
  experimental: Set<string>;
}

export interface Suppressions {
  /** Rule ids or related codes (`hadolint:DL3006`, `buildkit:StageNameCasing`) ignored in the whole file. */
  file: Set<string>;
  /** Per instruction index: ids/codes ignored for problems inside it. */
  byInstruction: Map<number, Set<string>>;
  /** `# hadolint stage ignore=`: from a line on (exclusive), codes ignored until the next FROM. Sorted by line. */
  stages: { line: number; codes: Set<string> }[];
  /** BuildKit's file-level check options: `--build-arg BUILDKIT_DOCKERFILE_CHECK`, else the `# check=` directive. */
  check: CheckOptions;
  /** Per instruction index: the options of a `# check=` comment above it (merged on top of `check`). */
  checkByInstruction: Map<number, CheckOptions>;
  /** BuildKit `error=true`: BuildKit-related problems become errors. */
  buildkitError: boolean;
}

/** BuildKit's experimental checks: skip lists do not apply to them. */
const BUILDKIT_EXPERIMENTAL = new Set(["buildkit:InvalidDefinitionDescription"]);
/** BuildKit checks reported through the file-level linter, which per-instruction `# check=` comments do not reach. */
const BUILDKIT_FILE_LEVEL = new Set([
  "buildkit:NoEmptyContinuation", "buildkit:ReservedStageName", "buildkit:DuplicateStageName",
  "buildkit:ConsistentInstructionCasing", "buildkit:InvalidDefaultArgInFrom", "buildkit:InvalidBaseImagePlatform",
]);

// `# dflint-ignore: id, id -- reason`: the reason after ` --` is free text.
const DFLINT_IGNORE = /^dflint-ignore:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/;
const DFLINT_IGNORE_FILE = /^dflint-ignore-file:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/;
// hadolint's pragma grammar: codes are runs of D, L, S, C and digits, separated by commas with
// optional blanks, optionally followed by a `# comment`. Anything else makes the line a plain comment.
const HADOLINT_PRAGMA = /^[ \t]*hadolint[ \t]+(?:(stage|global)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/;
// A directive-shaped comment, as BuildKit's directive parser reads it (the name is case-insensitive).
const DIRECTIVE_COMMENT = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

function ids(list: string): string[] {
  return list.split(",").map((s) => s.trim()).filter(Boolean);
}

/** Parses a `# hadolint [stage|global] ignore=...` comment (text after `#`); null when it is not one. */
/** False for a comment that neither dflint-ignore nor a hadolint pragma can match (their patterns are case-sensitive). */
function mayBePragma(text: string): boolean {
  return text.includes("dflint-ignore") || text.includes("hadolint");
}

export function parseHadolintPragma(text: string): { scope: "line" | "stage" | "global"; codes: string[] } | null {
  const m = HADOLINT_PRAGMA.exec(text);
  if (!m) return null;
  return { scope: (m[1] as "stage" | "global" | undefined) ?? "line", codes: m[2]!.split(",").map((s) => s.trim()) };
}

const GO_BOOL: Record<string, boolean> = { "1": true, t: true, T: true, TRUE: true, true: true, True: true, "0": false, f: false, F: false, FALSE: false, false: false, False: false };

/** BuildKit's check options parser; null when BuildKit would reject the value. */
export function parseCheckOptions(value: string): CheckOptions | null {
  const out: CheckOptions = { skipAll: false, skip: new Set(), error: false, experimentalAll: false, experimental: new Set() };
  const s = value.trim();
  if (!s) return out;
  // At most three parts: a fourth `;` stays inside the third part's value.
  const first = s.indexOf(";");
  const second = first === -1 ? -1 : s.indexOf(";", first + 1);
  const parts = first === -1 ? [s] : second === -1 ? [s.slice(0, first), s.slice(first + 1)] : [s.slice(0, first), s.slice(first + 1, second), s.slice(second + 1)];
  for (const p of parts) {
    const eq = p.indexOf("=");
    if (eq === -1) return null;
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1).trim();
    if (k === "skip") {
      if (v === "all") out.skipAll = true;
      else out.skip = new Set(v.split(",").map((r) => r.trim()));
    } else if (k === "experimental") {
      if (v === "all") out.experimentalAll = true;
      else out.experimental = new Set(v.split(",").map((r) => r.trim()));
    } else if (k === "error") {
      if (!(v in GO_BOOL)) return null;
      out.error = GO_BOOL[v]!;
    } else return null;
  }
  return out;
}

/** Only the text up to the first space is an option string (`skip=X // reason`). */
function optionText(value: string): string {
  const sp = value.indexOf(" ");
  return sp === -1 ? value : value.slice(0, sp);
}

/**
 * The check options in force for the file: a `BUILDKIT_DOCKERFILE_CHECK` build arg replaces the
 * `# check=` directive completely (BuildKit fails the build when either is invalid; dflint then
 * applies none, and syntax-valid reports the directive).
 */
export function fileCheckOptions(model: Model): CheckOptions {
  const fromArg = model.buildArgs.get("BUILDKIT_DOCKERFILE_CHECK");
  // Most files set none: one shared set of the defaults (read only), not an object and two sets per file.
  if (fromArg === undefined && model.directives.check === null) return NO_CHECK_OPTIONS;
  const raw = fromArg !== undefined ? fromArg : optionText(model.directives.check!);
  return parseCheckOptions(raw) ?? parseCheckOptions("")!;
}

/** The options of a file that sets none (BuildKit's defaults). Shared: never written. */
const NO_CHECK_OPTIONS: CheckOptions = parseCheckOptions("")!;

/**
 * The comments BuildKit attaches to each instruction: those since the previous instruction,
 * across blank lines, cleared by an empty `#` line; the leading directive lines excluded.
 */
function buildkitComments(model: Model): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const directiveEnd = Math.max(0, ...Object.values(model.directives.spans).map((sp) => sp.end));
  let k = 0;
  let pending: string[] = [];
  for (const ins of model.instructions) {
    while (k < model.comments.length && model.comments[k]!.line < ins.line) {
      const c = model.comments[k++]!;
      if (c.span.start < directiveEnd) continue;
      if (c.text === "") pending = [];
      else pending.push(c.text);
    }
    if (pending.length) out.set(ins.index, pending);
    pending = [];
    while (k < model.comments.length && model.comments[k]!.line <= ins.endLine) k++;
  }
  return out;
}

/** BuildKit's WithMergedConfigFromComments: the first `check=` comment wins; an invalid one ends the search. */
function checkFromComments(comments: string[]): CheckOptions | null {
  for (const c of comments) {
    const m = DIRECTIVE_COMMENT.exec(c);
    if (!m || m[1]!.toLowerCase() !== "check") continue;
    return parseCheckOptions(optionText(m[2]!));
  }
  return null;
}

// A comment that may name BuildKit's `check` directive (its name is case-insensitive).
const MAY_NAME_CHECK = /check/i;
/** Suppressions' per-instruction maps of a file without such pragmas: shared, never written
 * (collectSuppressions gives a file its own map on its first entry). */
const NO_BY_INSTRUCTION: Map<number, Set<string>> = new Map();
const NO_CHECK_BY_INSTRUCTION: Map<number, CheckOptions> = new Map();
/** The codes of a stage scope that no `# hadolint stage ignore=` keys: one shared empty set, never written. */
const NO_CODES: Set<string> = new Set();

export function collectSuppressions(model: Model, inline: boolean): Suppressions {
  const check = fileCheckOptions(model);
  // The stage list made apart: an array literal inside the object literal made each file's copy a
  // walk of the literal's structure in the runtime (perf), not a shallow copy.
  const stages: Suppressions["stages"] = [];
  // The per-instruction maps start as shared empty ones, replaced below by the first entry: most
  // files have no pragma, and two maps per file were most of this function's allocations.
  const s: Suppressions = {
    file: new Set(),
    byInstruction: NO_BY_INSTRUCTION,
    stages,
    check,
    checkByInstruction: NO_CHECK_BY_INSTRUCTION,
    buildkitError: check.error,
  };
  if (!inline) return s;
  // Indexed loops and a substring test before the regexes: most comments are no pragma, and this
  // runs cold for every file (a for-of loop allocates an iterator result per step until optimized).
  const comments = model.comments;
  // BuildKit check options come only from a comment that says `check` (most files have none):
  // looked for in the same pass, not in a second one with a callback.
  let mayNameCheck = false;
  let anyPragma = false;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (!mayNameCheck && MAY_NAME_CHECK.test(c.text)) mayNameCheck = true;
    if (mayBePragma(c.text)) {
      anyPragma = true;
      addFilePragmas(s, c);
    }
  }
  addStageScopes(s, model.instructions);
  const bkComments = mayNameCheck ? buildkitComments(model) : null;
  // The comments above an instruction are some of the file's comments: when none of those may be
  // a pragma or name `check` (most files), no instruction has one above it, and none is read.
  if (!anyPragma && !bkComments) return s;
  // Indexed loops over the instructions: a `for...of` over 200k of them made an iterator result per step while still bytecode.
  const instructions = model.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    // (Most instructions have no pragma above them: no set or lookup for them.)
    if (anyPragma && ins.commentsAbove.length) {
      const set = instructionPragmas(ins);
      if (set) {
        if (s.byInstruction === NO_BY_INSTRUCTION) s.byInstruction = new Map();
        s.byInstruction.set(ins.index, set);
      }
    }
    if (bkComments) {
      const comments = bkComments.get(ins.index);
      const opts = comments ? checkFromComments(comments) : null;
      if (opts) {
        if (s.checkByInstruction === NO_CHECK_BY_INSTRUCTION) s.checkByInstruction = new Map();
        s.checkByInstruction.set(ins.index, opts);
      }
    }
  }
  return s;
}

/** A comment's `dflint-ignore-file`, `hadolint global ignore=` and `hadolint stage ignore=` pragmas. */
function addFilePragmas(s: Suppressions, c: Model["comments"][number]): void {
  const m = DFLINT_IGNORE_FILE.exec(c.text);
  if (m) for (const id of ids(m[1]!)) s.file.add(id);
  const h = parseHadolintPragma(c.text);
  if (h?.scope === "global") for (const code of h.codes) s.file.add(`hadolint:${code}`);
  // hadolint keys a stage pragma to the line below it; a FROM starts a new (empty) stage scope.
  if (h?.scope === "stage") s.stages.push({ line: c.line + 1, codes: new Set(h.codes.map((code) => `hadolint:${code}`)) });
}

/** Adds an empty stage scope at each FROM that no stage pragma keys, then sorts the scopes by line.
 * Without stage pragmas (most files) there is none to add: a scope then ends no pragma's, and an
 * entry per FROM (17,840 of a 10 MB file) only made every lookup find an empty set. */
function addStageScopes(s: Suppressions, instructions: readonly Instruction[]): void {
  if (s.stages.length === 0) return;
  // A set of the keyed lines, not a search of the list per FROM: files of many stages were quadratic.
  const keyed = new Set(s.stages.map((st) => st.line));
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins.keyword === "FROM" && !keyed.has(ins.line)) s.stages.push({ line: ins.line, codes: NO_CODES });
  }
  s.stages.sort((a, b) => a.line - b.line);
}

/** The ids and codes the pragmas above `ins` ignore in it, or null when they ignore none. */
function instructionPragmas(ins: Instruction): Set<string> | null {
  const above = ins.commentsAbove;
  let any = false;
  for (let k = 0; k < above.length && !any; k++) any = mayBePragma(above[k]!.text);
  if (!any) return null;
  const set = new Set<string>();
  for (const c of above) {
    const m = DFLINT_IGNORE.exec(c.text);
    if (m) for (const id of ids(m[1]!)) set.add(id);
    // hadolint's per-line pragma covers only the instruction starting on the very next line.
    const h = c.line === ins.line - 1 ? parseHadolintPragma(c.text) : null;
    if (h?.scope === "line") for (const code of h.codes) set.add(`hadolint:${code}`);
  }
  return set.size ? set : null;
}

/** An experimental BuildKit check `code` switched on by `opts` (`experimental=Name` or `all`). */
function enablesExperimental(opts: CheckOptions, code: string): boolean {
  return opts.experimentalAll || opts.experimental.has(code.slice("buildkit:".length));
}

/**
 * Where an experimental BuildKit check among `related` is switched on: "file" by the file's options,
 * "some" only by `# check=experimental=` comments above some instructions (BuildKit merges them into
 * that instruction's linter), else null.
 */
export function experimentalScope(s: Suppressions, related: readonly string[]): "file" | "some" | null {
  // Most files switch on no experimental check at all: no list made for them.
  if (!s.check.experimentalAll && s.check.experimental.size === 0 && s.checkByInstruction.size === 0) return null;
  const codes = related.filter((r) => BUILDKIT_EXPERIMENTAL.has(r));
  if (!codes.length) return null;
  if (codes.some((c) => enablesExperimental(s.check, c))) return "file";
  for (const opts of s.checkByInstruction.values()) if (codes.some((c) => enablesExperimental(opts, c))) return "some";
  return null;
}

/** Can a `# check=experimental=...` switch this rule on (it relates to an experimental BuildKit check)? */
export function isExperimentalCheck(related: readonly string[]): boolean {
  return related.some((r) => BUILDKIT_EXPERIMENTAL.has(r));
}

/** Is an experimental check among `related` switched on for `ins` by its own `# check=` comment? */
export function experimentalOnAt(s: Suppressions, related: readonly string[], ins: Instruction | null): boolean {
  const own = ins ? s.checkByInstruction.get(ins.index) : undefined;
  return !!own && related.some((r) => BUILDKIT_EXPERIMENTAL.has(r) && enablesExperimental(own, r));
}

function buildkitSkipped(opts: CheckOptions, code: string): boolean {
  return opts.skipAll || opts.skip.has(code.slice("buildkit:".length));
}

/**
 * True when nothing in `s` can suppress a problem: no ignored id or code, no instruction or stage
 * pragma, no BuildKit skip. Most files have none, and their reports then skip isSuppressed.
 */
export function suppressesNothing(s: Suppressions): boolean {
  if (s.file.size || s.byInstruction.size || s.checkByInstruction.size || s.check.skipAll || s.check.skip.size) return false;
  for (let i = 0; i < s.stages.length; i++) if (s.stages[i]!.codes.size) return false;
  return true;
}

/** True when a problem of `ruleId`/`related` in `ins` is suppressed. */
export function isSuppressed(s: Suppressions, ruleId: string, related: readonly string[], ins: Instruction | null): boolean {
  const buildkit = related.filter((r) => r.startsWith("buildkit:") && !BUILDKIT_EXPERIMENTAL.has(r));
  if (buildkit.length) {
    const own = ins ? s.checkByInstruction.get(ins.index) : undefined;
    if (buildkit.some((r) => buildkitSkipped(s.check, r) || (own && !BUILDKIT_FILE_LEVEL.has(r) && buildkitSkipped(own, r)))) return true;
  }
  const hit = (set: Set<string>) => set.has(ruleId) || set.has("all") || related.some((r) => set.has(r));
  if (hit(s.file)) return true;
  if (!ins) return false;
  const set = s.byInstruction.get(ins.index);
  if (set && hit(set)) return true;
  const scope = stageScopeAt(s.stages, ins.line);
  return scope !== null && scope.size > 0 && hit(scope);
}

/** The stage scope in force at `line`: the last one keyed strictly above it (a binary search; one report per stage made a scan quadratic). */
function stageScopeAt(stages: Suppressions["stages"], line: number): Set<string> | null {
  let lo = 0;
  let hi = stages.length - 1;
  let found: Set<string> | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (stages[mid]!.line < line) {
      found = stages[mid]!.codes;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
