// Runs rules over a model and turns their reports into positioned problems.
import { buildModel, type BuildOptions } from "../model/build";
import { forgetLastJsonSpans } from "../model/json-array";
import { linePositions } from "../model/lines";
import type { Instruction, Model } from "../model/types";
import { keywordBits, keywordBitsOf, keywordIndex, ruleApplies } from "./dispatch";
import { ChunkedList } from "./chunked-list";
import { collectSuppressions, experimentalOnAt, experimentalScope, isExperimentalCheck, isSuppressed, suppressesNothing } from "./pragmas";
import { LargeFileProblem, ProblemKind, ReportedProblem, type ProblemLines } from "./problem";
import { SEVERITY_RANK, type ActiveSeverity, type FileResult, type Fix, type Problem, type ReportDescriptor, type ResolvedConfig, type RuleDefinition, type Severity } from "./types";

export { formatMessage } from "./message";

/**
 * Extra fields of a report from a rule that relays another tool's findings
 * (run-shellcheck): the finding's own id (`shellcheck/SC2086`), codes that
 * suppress it (`hadolint:SC2086`), and its own severity, capped at the rule's.
 */
export interface RelayedReport {
  ruleId?: string;
  related?: string[];
  severity?: ActiveSeverity;
}

/** The instruction at `offset`, else the one before it (comments and blank lines belong to the instruction above). */
export function instructionAt(model: Model, offset: number): Instruction | null {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  let found: Instruction | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ins = list[mid]!;
    if (ins.start <= offset) {
      found = ins;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found && offset <= found.end) return found;
  // Comments above an instruction belong to it (for pragmas on parse problems).
  return found;
}

export interface LintOptions extends BuildOptions {
  config: ResolvedConfig;
  rules: readonly RuleDefinition<any, any>[];
}

/**
 * A rule as one config runs it: the per-file loop reads these instead of looking them up again.
 * Every plan entry has one shape, so the loop's loads are monomorphic; the rule objects have a
 * dozen shapes (optional keywords, strict, differs...), and reading `check` and `keywords` from
 * them was a megamorphic load per rule per file (the generic LoadIC builtin was ~7 % of a
 * corpus run's samples in `perf`).
 */
interface PlannedRule {
  rule: RuleDefinition<any, any>;
  check: RuleDefinition<any, any>["check"];
  /** The rule's keywords (per-keyword dispatch), or null when it runs on every file. */
  keywords: readonly string[] | null;
  /** keywordBits of `keywords` (0 when null; -1 when a keyword has no bit and ruleApplies decides). */
  keywordBits: number;
  /** The configured severity; "off" only for an off-by-default rule that a `# check=experimental` can switch on. */
  severity: Severity;
  options: Record<string, unknown>;
  isBuildkit: boolean;
  /** The rule's problem kind for each message id, kept while files give it the same severity and related codes. */
  kinds: Map<string, ProblemKind>;
}

// Plans per rule list and per config rule table (configs are shared by many files).
const plans = new WeakMap<readonly RuleDefinition<any, any>[], WeakMap<ResolvedConfig["rules"], PlannedRule[]>>();

function planFor(rules: readonly RuleDefinition<any, any>[], configRules: ResolvedConfig["rules"]): PlannedRule[] {
  let byConfig = plans.get(rules);
  if (!byConfig) plans.set(rules, (byConfig = new WeakMap()));
  let plan = byConfig.get(configRules);
  if (plan) return plan;
  plan = [];
  for (const rule of rules) {
    const rc = configRules[rule.id];
    const severity: Severity = rc?.severity ?? rule.severity;
    // An off rule stays in the plan only when a `# check=experimental` comment can switch it on.
    if (severity === "off" && (rule.severity !== "off" || !isExperimentalCheck(rule.related))) continue;
    plan.push({
      rule,
      check: rule.check,
      keywords: rule.keywords ?? null,
      keywordBits: rule.keywords ? keywordBits(rule.keywords) : 0,
      severity,
      options: optionsFor(rule, rc?.options),
      isBuildkit: rule.related.some((r) => r.startsWith("buildkit:")),
      kinds: new Map(),
    });
  }
  byConfig.set(configRules, plan);
  return plan;
}

export function lintModel(model: Model, rules: readonly RuleDefinition<any, any>[], config: ResolvedConfig): Problem[] {
  const problems: Problem[] = [];
  const suppressions = collectSuppressions(model, config.inlineIgnores);
  const ignoreCodes = config.ignoreCodes;
  if (ignoreCodes) for (let i = 0; i < ignoreCodes.length; i++) suppressions.file.add(ignoreCodes[i]!);
  // Asked once per file: without pragmas or ignored codes (most files) no report is looked up.
  const mayBeSuppressed = !suppressesNothing(suppressions);
  const factCache = new Map<string, unknown>();
  const facts = {
    get<T>(key: string, compute: () => T): T {
      // One lookup for a fact already known (a dozen rules ask for the same few); `has` only for an undefined one.
      let value = factCache.get(key);
      if (value === undefined && !factCache.has(key)) factCache.set(key, (value = compute()));
      return value as T;
    },
  };
  const index = keywordIndex(model);
  // A large file's problems find their positions when read (LargeFileProblem), in the line
  // positions that its own kinds keep.
  const large = model.text.length >= LARGE_FILE_CHARS;
  const positions: ProblemLines | null = large ? linePositions(model.lines) : null;
  // (And they are gathered in chunks, then made one list: see ChunkedList.)
  const gathered = large ? new ChunkedList<Problem>() : null;
  // The rule being run and how: read by report(). One context object serves every rule of the
  // file (rules run one at a time and report synchronously), instead of an object and a closure per rule.
  let rule: RuleDefinition<any, any> = rules[0]!;
  let kinds = new Map<string, ProblemKind>();
  let effective: ActiveSeverity = "error";
  let onlyWhereEnabled = false;
  const context = {
    model,
    // Set per rule below; a shared object, not a `{}` literal (which made the context literal a deep copy).
    options: noOptions as Record<string, unknown>,
    settings: config.settings,
    facts,
    report(d: ReportDescriptor<string>) {
      // The instruction is read only to look up pragmas: most files have none, and no search is made for them.
      const ins = mayBeSuppressed || onlyWhereEnabled ? instructionAt(model, d.ignoreAt ?? d.span.start) : null;
      const related = d.related ?? rule.related;
      if (onlyWhereEnabled && !experimentalOnAt(suppressions, related, ins)) return;
      if (mayBeSuppressed && isSuppressed(suppressions, rule.id, related, ins)) return;
      const relayed = d as RelayedReport;
      if (mayBeSuppressed && relayed.ruleId && isSuppressed(suppressions, relayed.ruleId, relayed.related ?? [], ins)) return;
      let kind = kinds.get(d.messageId);
      if (relayed.ruleId) {
        const severity = relayed.severity && SEVERITY_RANK[relayed.severity] < SEVERITY_RANK[effective] ? relayed.severity : effective;
        kind = new ProblemKind(relayed.ruleId, relayed.related ?? [], severity, d.messageId, templateOf(rule, d.messageId), positions);
      } else if (kind === undefined || kind.severity !== effective || kind.related !== related) {
        kinds.set(d.messageId, (kind = new ProblemKind(rule.id, related, effective, d.messageId, templateOf(rule, d.messageId), positions)));
      }
      // The rule's span object is not kept: a word or anything holding more stays the rule's.
      const p = large ? new LargeFileProblem(kind, d.data, d.span.start, d.span.end) : new ReportedProblem(model.lines, kind, d.data, d.span.start, d.span.end);
      if (d.ignoreAt !== undefined) p.ignoreAt = d.ignoreAt;
      if (d.fix) {
        const fix: Fix = Array.isArray(d.fix) ? { kind: "safe", edits: d.fix } : d.fix;
        if (fix.edits.length) p.fix = fix;
      }
      if (gathered !== null) gathered.push(p);
      else problems.push(p);
    },
  };
  const present = keywordBitsOf(index);
  // An indexed loop: until V8 optimizes this function, a for-of made an iterator result per rule
  // per file (the heap profile put ~3 kB per file of a corpus run in lintModel itself).
  const plan = planFor(rules, config.rules);
  for (let pi = 0; pi < plan.length; pi++) {
    const planned = plan[pi]!;
    if (planned.keywords !== null) {
      const bits = planned.keywordBits;
      if (bits !== -1 ? (bits & present) === 0 : !ruleApplies(planned.keywords, index)) continue;
    }
    rule = planned.rule;
    kinds = large ? new Map() : planned.kinds;
    let severity = planned.severity;
    // `# check=experimental=Name` switches on an experimental BuildKit check that is off by default:
    // for the whole file (directive or build arg), or for one instruction (a comment above it).
    onlyWhereEnabled = false;
    if (severity === "off") {
      const scope = experimentalScope(suppressions, rule.related);
      if (!scope) continue;
      severity = rule.strict && rule.strict !== "off" ? rule.strict : "warning";
      onlyWhereEnabled = scope === "some";
    }
    effective = planned.isBuildkit && suppressions.buildkitError ? "error" : severity;
    context.options = planned.options;
    try {
      planned.check.call(rule, context);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      const crashed = new ProblemKind("internal-error", [], "error", "crashed", `Rule '${rule.id}' crashed: ${msg}`, positions);
      if (gathered !== null) gathered.push(new LargeFileProblem(crashed, undefined, 0, 0));
      else problems.push(new ReportedProblem(model.lines, crashed, undefined, 0, 0));
    }
  }
  // (Most files have at most one problem: no comparator made and no sort for them.)
  if (gathered !== null) {
    const list = gathered.toList();
    if (list.length > 1 && !inOrder(list, byStart)) list.sort(byStart);
    return list;
  }
  if (problems.length > 1) problems.sort(byPosition);
  return problems;
}

/** From this many characters a file's problems are LargeFileProblems (the size from which a model
 * is built lean: src/model/intern.ts). */
const LARGE_FILE_CHARS = 256 * 1024;

/** Whether `problems` are in `order` already (as one rule's often are): the sort, which would leave
 * them as they are, copies the list first (a dead large object of 0.8 MB for the 100k problems of
 * a file of 100k RUNs, which no GC frees while a big file is linted). Asked for a large file's. */
function inOrder(problems: readonly Problem[], order: (x: Problem, y: Problem) => number): boolean {
  for (let i = 1; i < problems.length; i++) if (order(problems[i - 1]!, problems[i]!) > 0) return false;
  return true;
}

/** byPosition for the problems of one large file (LargeFileProblems): the order of their start
 * offsets is the order of their lines and columns (a line index maps distinct offsets to distinct
 * positions, in order), read without a search of the line index each. */
function byStart(x: Problem, y: Problem): number {
  return (x as LargeFileProblem).start - (y as LargeFileProblem).start || compareRuleIds(x.ruleId, y.ruleId);
}

function templateOf(rule: RuleDefinition<any, any>, messageId: string): string {
  return (rule.messages as Record<string, string>)[messageId] ?? messageId;
}

function byPosition(x: Problem, y: Problem): number {
  return x.line - y.line || x.column - y.column || compareRuleIds(x.ruleId, y.ruleId);
}

/**
 * Rule ids in code-unit order. For the ids there are (lower-case words and '-', relayed
 * `shellcheck/SC1234`) it is the order localeCompare gave (a test checks them all), without its
 * first call's cost: loading ICU's collation data, ~69M instructions (1.9 % of a 425-file run,
 * callgrind), paid by each process and worker thread that sorts two problems at one position.
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Merged options per (rule, configured options): configs are shared by many files.
const mergedOptions = new WeakMap<RuleDefinition<any, any>, WeakMap<object, Record<string, unknown>>>();
const noOptions = {};

function optionsFor(rule: RuleDefinition<any, any>, configured: Record<string, unknown> | undefined): Record<string, unknown> {
  const key = configured ?? noOptions;
  let byConfig = mergedOptions.get(rule);
  if (!byConfig) mergedOptions.set(rule, (byConfig = new WeakMap()));
  let merged = byConfig.get(key);
  if (!merged) byConfig.set(key, (merged = Object.freeze({ ...defaultOptions(rule), ...key })));
  return merged;
}

export function defaultOptions(rule: RuleDefinition<any, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(rule.options as Record<string, { default: unknown }>)) out[k] = structuredClone(spec.default);
  return out;
}

/** Lints one file's text. Never throws: a failure becomes a fatal result. */
export function lintText(text: string, opts: LintOptions): FileResult {
  const path = opts.path ?? "Dockerfile";
  try {
    const model = buildModel(text, opts);
    // A Compose/Bake target that does not exist is reported by build-target-missing, at its line.
    if (opts.target && !model.target && !opts.config.settings.build?.target) {
      // BuildKit fails the build the same way; linting the last stage instead would mislead.
      return { path, problems: [], fatal: `--target '${opts.target}' is not a stage of this Dockerfile`, source: model.text };
    }
    const problems = lintModel(model, opts.rules, opts.config);
    forgetLastJsonSpans();
    return { path, problems, source: model.text };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { path, problems: [], fatal: `${path}: could not be parsed: ${msg}`, source: text };
  }
}
