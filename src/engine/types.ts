import type { PositionedEdit } from "./fix";
import type { Model, Span } from "../model/types";

export type Severity = "error" | "warning" | "info" | "off";
export type ActiveSeverity = Exclude<Severity, "off">;

export const SEVERITY_RANK: Record<Severity, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** JSON Schema for one option, with its default. */
export interface OptionSpec<T = unknown> {
  description: string;
  default: T;
  schema: Record<string, unknown>;
  /**
   * The value under the `hadolint` preset (what a converted `.hadolint.yaml` extends), when
   * hadolint behaves differently from the default: a team moving from hadolint gets its behaviour.
   */
  hadolint?: T;
}

export type OptionSpecs = Record<string, OptionSpec>;
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]: O[K]["default"] };

export type Preset = "recommended" | "strict";

/** One replacement of source text: offsets index the text after a leading BOM, like every Span.
 * An insertion has `start === end`; a deletion has `text === ""`. */
export interface TextEdit {
  span: Span;
  text: string;
}

/**
 * `safe`: the built image is the same, or better only in the way the rule says (applied by `--fix`).
 * `suggestion`: changes behaviour (order, cache, signals...); shown, applied only with `--fix-suggestions`.
 */
export type FixKind = "safe" | "suggestion";

/** A fix: edits applied together or not at all. Rules compute fixes; only the engine applies them. */
export interface Fix {
  kind: FixKind;
  edits: TextEdit[];
  /** The edits in line/column form, set when a result drops its source text (format/fix-data.ts). */
  positioned?: PositionedEdit[];
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Exact source range to report. Pass a plain `{ start, end }` object: the engine reads every
   * rule's span at one site, and a word or variable reference there is another object shape for its
   * optimized code (it keeps a copy of its own either way). */
  span: Span;
  /** A fix; a bare edit list is a `safe` fix. */
  fix?: Fix | TextEdit[];
  /** Codes of other tools this particular report stands for, when narrower than the rule's `related`
   * (from-image-pinned: untagged is DL3006, `latest` is DL3007). Pragmas match against these. */
  related?: string[];
  /**
   * An offset inside the instruction whose ignore comments (and per-instruction `# check=` comments)
   * apply, when that is not the reported one: BuildKit points MultipleInstructionsDisallowed at the
   * CMD that has no effect but takes its configuration from the later CMD that replaces it.
   */
  ignoreAt?: number;
}

/** Lazily computed facts shared between rules of one file (e.g. layer facts). */
export interface FactsProvider {
  get<T>(key: string, compute: () => T): T;
}

export interface RuleContext<M extends string, O extends OptionSpecs> {
  model: Model;
  options: OptionValues<O>;
  /** Settings shared by all rules (trusted registries, label schema, build context ...). */
  settings: Settings;
  facts: FactsProvider;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Settings {
  /** Build context folder (default: the Dockerfile's folder); null for stdin without a path. */
  contextDir: string | null;
  trustedRegistries: string[];
  /** hadolint label-schema: label name -> type (text, url, semver, hash, rfc3339, spdx, email). */
  labelSchema: Record<string, string>;
  strictLabels: boolean;
  shellcheck: boolean;
  /** The date rules judge against (YYYY-MM-DD); unset: the current date. */
  today?: string;
  /** The Compose service or Bake target this Dockerfile is linted for (`--compose`, `--bake`). */
  build?: BuildInvocation;
}

/** How a Compose service or Bake target invokes the build: what the cross-file rules check. */
export interface BuildInvocation {
  kind: "compose" | "bake";
  /** The Compose/Bake file as shown to the user. */
  file: string;
  /** Service or target name. */
  name: string;
  line: number;
  /** Build args it passes, with their lines in `file`; `set` is false when it names one without a value. */
  args: { name: string; line: number; set: boolean; file?: string }[];
  /** `file`: set when an arg or the target comes from another file than `file` (merged Compose/Bake files, extends). */
  target: { name: string; line: number; file?: string } | null;
}

/**
 * A Dockerfile for the docs and the invariant test. The object form adds what a
 * rule needs to report: options, settings, or build-context files (path -> text)
 * that the test writes to a temporary folder used as `settings.contextDir`.
 */
export type Example =
  | string
  | { code: string; options?: Record<string, unknown>; settings?: Partial<Settings>; context?: Record<string, string> };

export function exampleCode(e: Example): string {
  return typeof e === "string" ? e : e.code;
}

export interface RuleDefinition<M extends string = string, O extends OptionSpecs = OptionSpecs> {
  id: string;
  description: string;
  severity: Severity;
  /** Severity in the strict preset, when it differs from `severity`. */
  strict?: Severity;
  /** Codes of other tools: `hadolint:DL3006`, `buildkit:WorkdirRelativePath`. */
  related: string[];
  messages: Record<M, string>;
  options: O;
  examples: { valid: Example[]; invalid: Example[] };
  /** One line on how dflint differs from hadolint/BuildKit, for docs. */
  differs?: string;
  /** The rule reports fixes for some problems (`true` = safe fixes only). */
  fixable?: boolean | FixKind;
  /**
   * Upper-case keywords of the instructions the rule reports on (an ONBUILD trigger counts as
   * its own keyword). The engine skips the rule for a file that holds none of them. Leave it
   * out when the rule can report without such an instruction (a missing HEALTHCHECK, say).
   */
  keywords?: readonly string[];
  check(context: RuleContext<M, O>): void;
}

/** Identity function that gives rules full type inference of messages and options. */
export function defineRule<M extends string, O extends OptionSpecs>(rule: RuleDefinition<M, O>): RuleDefinition<M, O> {
  return rule;
}

export interface Problem {
  ruleId: string;
  related: string[];
  severity: ActiveSeverity;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive, 1-based. */
  endColumn: number;
  /** Offsets of the range (for fingerprints and fixes). */
  span: Span;
  /** Set when the ignore comments of another instruction than the reported one apply (ReportDescriptor.ignoreAt). */
  ignoreAt?: number;
  fix?: Fix;
}

export interface FileResult {
  path: string;
  problems: Problem[];
  /** Set when the file could not be read or parsed at all. */
  fatal?: string;
  /** Source text (for formatters that show code or fingerprint instructions). */
  source?: string;
  /** With --fix: how many fixes were applied to this file. */
  fixed?: number;
  /**
   * Set when the file's part of the report was made as soon as it was linted (the CLI's
   * LintSettings.formatEach): `problems` is then emptied, and `counts` keeps how many there were
   * of each severity (for the exit code).
   */
  formatted?: { chunks: string[]; counts: Record<ActiveSeverity, number> };
}

/** Effective configuration for one file. */
export interface ResolvedConfig {
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  settings: Settings;
  /** Honour inline ignore pragmas. */
  inlineIgnores: boolean;
  /** Where this config came from (file path or "default"). */
  source: string;
  failLevel?: Severity | "none";
  /** Codes of other tools (`hadolint:DL3007`) whose findings are dropped. */
  ignoreCodes?: readonly string[];
}
