// hadolint compatibility: its default severities, and the conversion of a
// `.hadolint.yaml` into a dflint config.
//
// How hadolint codes map onto dflint rules (a rule lists codes in `related` as
// `hadolint:DL3006`):
// * Preset `hadolint` (what a converted `.hadolint.yaml` extends): a rule with
//   hadolint codes gets the MOST severe of its codes' hadolint defaults
//   (style -> info; a code that is off by default counts as off); a rule
//   without any hadolint code is off, since hadolint would not report it. An option that
//   names a `hadolint` value (OptionSpec.hadolint) takes it, so the rule behaves as hadolint
//   where dflint's default differs (resolveRules in load.ts).
// * `ignored` and `override` act per code, then a rule takes the most severe
//   of its codes' resulting severities. So a rule is off only when ALL its codes
//   are ignored (or off); ignoring DL3007 alone leaves `from-image-pinned` on
//   (it still covers DL3006), and the conversion says so in its notes. A code
//   shared by several rules affects each of them.
// * `failure-threshold`: error/warning/info as is, style -> info (dflint has no
//   style level). hadolint fails on ANY finding with `ignore`/`none` (they are
//   below style), so those become `info` too. No threshold = hadolint's
//   default, info. `no-fail: true` -> `none` (never fail).
// * `trustedRegistries`, `label-schema`, `strict-labels` -> settings;
//   `disable-ignore-pragma` -> `inlineIgnores: false`. `no-color`, `format`,
//   `formats`, `verbose` are output options, not config: dropped. Other unknown
//   keys are dropped too (hadolint ignores them), with a note.

import { Document, isMap, isScalar, type Scalar, type YAMLMap } from "yaml";
import type { RuleDefinition, Severity } from "../engine/types";
import { SEVERITY_RANK } from "../engine/types";
import { ConfigError } from "./errors";
import { type Locator, parseYamlText } from "./parse";
import { type DflintConfig, LABEL_TYPES, type RulesConfig } from "./schema";

export type HadolintSeverity = "error" | "warning" | "info" | "style" | "off";

/** hadolint 2.15 default severity of each DL code ("off" = disabled unless overridden). */
export const HADOLINT_DEFAULT_SEVERITY: Readonly<Record<string, HadolintSeverity>> = {
  DL1000: "error", // parse error pseudo-rule
  DL1001: "off",
  DL3000: "error",
  DL3001: "info",
  DL3002: "warning",
  DL3003: "warning",
  DL3004: "error",
  DL3006: "warning",
  DL3007: "warning",
  DL3008: "warning",
  DL3009: "info",
  DL3010: "info",
  DL3011: "error",
  DL3012: "error",
  DL3013: "warning",
  DL3014: "warning",
  DL3015: "info",
  DL3016: "warning",
  DL3018: "warning",
  DL3019: "info",
  DL3020: "error",
  DL3021: "error",
  DL3022: "warning",
  DL3023: "error",
  DL3024: "error",
  DL3025: "warning",
  DL3026: "error", // only does anything with trustedRegistries
  DL3027: "warning",
  DL3028: "warning",
  DL3029: "warning",
  DL3030: "warning",
  DL3032: "warning",
  DL3033: "warning",
  DL3034: "warning",
  DL3035: "warning",
  DL3036: "warning",
  DL3037: "warning",
  DL3038: "warning",
  DL3040: "warning",
  DL3041: "warning",
  DL3042: "warning",
  DL3043: "error",
  DL3044: "error",
  DL3045: "warning",
  DL3046: "warning",
  DL3047: "info",
  DL3048: "style",
  DL3049: "info", // DL3049-DL3058: only with label-schema
  DL3050: "info", // only with strict-labels
  DL3051: "warning",
  DL3052: "warning",
  DL3053: "warning",
  DL3054: "warning",
  DL3055: "warning",
  DL3056: "warning",
  DL3057: "off",
  DL3058: "warning",
  DL3059: "info",
  DL3060: "info",
  DL3061: "error",
  DL3062: "warning",
  DL3063: "warning",
  DL3064: "warning",
  DL3065: "warning",
  DL3066: "info",
  DL3067: "warning",
  DL4000: "error",
  DL4001: "warning",
  DL4003: "warning",
  DL4004: "error",
  DL4005: "warning",
  DL4006: "warning",
};

/** Top-level keys of a hadolint config file. */
export const HADOLINT_KEYS = [
  "ignored",
  "override",
  "failure-threshold",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "no-fail",
  "no-color",
  "format",
  "formats",
  "verbose",
] as const;

const OUTPUT_ONLY_KEYS = new Set(["no-color", "format", "formats", "verbose"]);
const HADOLINT_SEVERITY_ORDER: HadolintSeverity[] = ["error", "warning", "info", "style"];

export function toDflintSeverity(s: HadolintSeverity): Severity {
  return s === "style" ? "info" : s;
}

function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/** The hadolint codes of a rule (`hadolint:DL3006` in `related` -> `DL3006`). */
export function hadolintCodes(rule: Pick<RuleDefinition, "related">): string[] {
  const codes: string[] = [];
  for (const r of rule.related ?? []) {
    if (r.toLowerCase().startsWith("hadolint:")) codes.push(r.slice("hadolint:".length).trim().toUpperCase());
  }
  return codes;
}

/** hadolint's default for a code; codes missing from the table (SC codes, newer DL codes) use the rule's own severity. */
function codeDefault(code: string, rule: Pick<RuleDefinition, "severity">): Severity {
  const s = HADOLINT_DEFAULT_SEVERITY[code];
  return s === undefined ? rule.severity : toDflintSeverity(s);
}

/** The rule that relays ShellCheck's findings (as `hadolint:SCxxxx`). */
const SHELLCHECK_RULE = "run-shellcheck";

/** A rule's severity in the `hadolint` preset. */
export function hadolintPresetSeverity(rule: Pick<RuleDefinition, "id" | "related" | "severity">): Severity {
  // hadolint always runs ShellCheck, so a .hadolint.yaml must not switch it off: the rule keeps its
  // own severity (it still runs only with --shellcheck / settings.shellcheck and the binary installed).
  if (rule.id === SHELLCHECK_RULE) return rule.severity;
  let sev: Severity = "off";
  for (const code of hadolintCodes(rule)) sev = maxSeverity(sev, codeDefault(code, rule));
  return sev;
}

/** Does parsed content look like a hadolint config (hadolint keys and no dflint keys)? */
export function isHadolintConfig(data: unknown, dflintKeys: readonly string[]): boolean {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return (
    keys.some((k) => (HADOLINT_KEYS as readonly string[]).includes(k)) &&
    !keys.some((k) => dflintKeys.includes(k))
  );
}

export interface HadolintConversion {
  config: DflintConfig;
  /** Things the user should know (codes no rule covers, partial ignores, dropped keys). */
  notes: string[];
  /** Why each entry of `config.rules` is there, e.g. "hadolint DL3008 ignored". */
  ruleReasons: Record<string, string>;
}

function fail(file: string, locate: Locator | undefined, segments: (string | number)[], message: string): never {
  const line = locate?.(segments);
  throw new ConfigError(
    `${file}: ${segments.join(" > ")}: ${message}${line !== undefined ? ` (line ${line})` : ""}`,
    file,
  );
}

function codeList(value: unknown, file: string, locate: Locator | undefined, segments: (string | number)[]): string[] {
  if (value === null || value === undefined) return [];
  const items = typeof value === "string" ? [value] : value;
  if (!Array.isArray(items)) fail(file, locate, segments, "must be a list of rule codes");
  return items.map((item, i) => {
    if (typeof item !== "string") fail(file, locate, [...segments, i], "must be a rule code such as DL3006");
    return item.trim().toUpperCase();
  });
}

function stringList(value: unknown, file: string, locate: Locator | undefined, segments: (string | number)[]): string[] {
  const items = typeof value === "string" ? [value] : value;
  if (!Array.isArray(items)) fail(file, locate, segments, "must be a list of strings");
  return items.map((item, i) => {
    if (typeof item !== "string") fail(file, locate, [...segments, i], "must be a string");
    return item;
  });
}

function bool(value: unknown, file: string, locate: Locator | undefined, key: string): boolean {
  if (typeof value !== "boolean") fail(file, locate, [key], "must be true or false");
  return value;
}

/**
 * Convert a parsed hadolint config into a dflint config (extending the
 * `hadolint` preset). Throws ConfigError on values hadolint would reject.
 */
export function convertHadolintConfig(
  data: unknown,
  rules: readonly RuleDefinition<any, any>[],
  file = ".hadolint.yaml",
  locate?: Locator,
): HadolintConversion {
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError(`${file}: must be a mapping of hadolint settings`, file);
  }
  const raw = data as Record<string, unknown>;
  const notes: string[] = [];
  const config: DflintConfig = { extends: "hadolint" };

  // Codes -> ignored / overridden severity (error > warning > info > style when listed twice, as hadolint).
  const ignored = new Set(codeList(raw.ignored, file, locate, ["ignored"]));
  const overrides = new Map<string, HadolintSeverity>();
  if (raw.override !== undefined && raw.override !== null) {
    if (typeof raw.override !== "object" || Array.isArray(raw.override)) {
      fail(file, locate, ["override"], "must be a mapping of error/warning/info/style to lists of codes");
    }
    const ov = raw.override as Record<string, unknown>;
    for (const key of Object.keys(ov)) {
      if (!(HADOLINT_SEVERITY_ORDER as string[]).includes(key)) {
        fail(file, locate, ["override", key], "unknown level; use error, warning, info or style");
      }
    }
    for (const level of [...HADOLINT_SEVERITY_ORDER].reverse()) {
      for (const code of codeList(ov[level], file, locate, ["override", level])) overrides.set(code, level);
    }
  }

  const rulesConfig: RulesConfig = {};
  const ruleReasons: Record<string, string> = {};
  const covered = new Set<string>();
  for (const rule of rules) {
    const codes = hadolintCodes(rule);
    if (codes.length === 0) continue;
    let effective: Severity = "off";
    const reasons: string[] = [];
    for (const code of codes) {
      covered.add(code);
      let sev: Severity;
      if (ignored.has(code)) {
        sev = "off";
        reasons.push(`${code} ignored`);
      } else if (overrides.has(code)) {
        sev = toDflintSeverity(overrides.get(code)!);
        reasons.push(`${code} overridden to ${overrides.get(code)}`);
      } else {
        sev = codeDefault(code, rule);
      }
      effective = maxSeverity(effective, sev);
    }
    const preset = hadolintPresetSeverity(rule);
    const ignoredCodes = codes.filter((c) => ignored.has(c));
    if (ignoredCodes.length > 0 && effective !== "off") {
      notes.push(
        `${ignoredCodes.join(", ")} ignored: rule '${rule.id}' also covers ` +
          `${codes.filter((c) => !ignored.has(c)).join(", ")}, so it stays on (at ${effective}) and only its ` +
          `${ignoredCodes.join(", ")} findings are dropped (ignoreCodes)`,
      );
    }
    if (effective !== preset) {
      rulesConfig[rule.id] = effective;
      ruleReasons[rule.id] = `hadolint ${reasons.join(", ")}`;
    }
  }
  // As hadolint: an ignored code's findings are dropped, also from a rule that covers other codes
  // (`ignored: [DL3007]` keeps DL3006's untagged images but drops `:latest`), and ShellCheck's.
  const ignoredCodes = [...ignored].filter((code) => /^[A-Z0-9]+$/.test(code));
  if (ignoredCodes.length > 0) config.ignoreCodes = ignoredCodes.map((code) => `hadolint:${code}`);
  for (const code of new Set([...ignored, ...overrides.keys()])) {
    if (code.startsWith("SC")) continue; // relayed by run-shellcheck
    if (!covered.has(code)) notes.push(`no dflint rule covers ${code}; its ${ignored.has(code) ? "ignore" : "override"} has no effect`);
  }
  if (Object.keys(rulesConfig).length > 0) config.rules = rulesConfig;

  // Exit code.
  const threshold = raw["failure-threshold"];
  if (threshold !== undefined && threshold !== null) {
    const levels = ["error", "warning", "info", "style", "ignore", "none"];
    if (typeof threshold !== "string" || !levels.includes(threshold.toLowerCase())) {
      fail(file, locate, ["failure-threshold"], `must be one of: ${levels.join(", ")}`);
    }
    const t = threshold.toLowerCase();
    config.failLevel = t === "error" || t === "warning" ? t : "info";
  } else {
    config.failLevel = "info";
  }
  if (raw["no-fail"] !== undefined && raw["no-fail"] !== null && bool(raw["no-fail"], file, locate, "no-fail")) {
    config.failLevel = "none";
  }

  // Settings.
  const settings: NonNullable<DflintConfig["settings"]> = {};
  if (raw.trustedRegistries !== undefined && raw.trustedRegistries !== null) {
    settings.trustedRegistries = stringList(raw.trustedRegistries, file, locate, ["trustedRegistries"]);
  }
  const labelSchema = raw["label-schema"];
  if (labelSchema !== undefined && labelSchema !== null) {
    if (typeof labelSchema !== "object" || Array.isArray(labelSchema)) {
      fail(file, locate, ["label-schema"], "must be a mapping of label name to type");
    }
    const out: Record<string, string> = {};
    for (const [label, type] of Object.entries(labelSchema as Record<string, unknown>)) {
      if (typeof type !== "string" || !(LABEL_TYPES as readonly string[]).includes(type)) {
        fail(file, locate, ["label-schema", label], `must be one of: ${LABEL_TYPES.join(", ")}`);
      }
      out[label] = type;
    }
    settings.labelSchema = out;
  }
  if (raw["strict-labels"] !== undefined && raw["strict-labels"] !== null) {
    settings.strictLabels = bool(raw["strict-labels"], file, locate, "strict-labels");
  }
  if (Object.keys(settings).length > 0) config.settings = settings;

  if (raw["disable-ignore-pragma"] !== undefined && raw["disable-ignore-pragma"] !== null) {
    if (bool(raw["disable-ignore-pragma"], file, locate, "disable-ignore-pragma")) config.inlineIgnores = false;
  }

  for (const key of Object.keys(raw)) {
    if (!(HADOLINT_KEYS as readonly string[]).includes(key)) notes.push(`unknown key '${key}' ignored (as hadolint does)`);
    else if (OUTPUT_ONLY_KEYS.has(key)) notes.push(`'${key}' is an output option; use dflint's command-line flags instead`);
  }

  return { config, notes, ruleReasons };
}

/**
 * Convert the text of a `.hadolint.yaml` into the text of an equivalent,
 * commented `.dflint.yaml` (for `dflint init --from-hadolint`).
 */
export function hadolintToDflintYaml(
  hadolintText: string,
  rules: readonly RuleDefinition<any, any>[],
  fileName = ".hadolint.yaml",
): string {
  const { data, locate } = parseYamlText(hadolintText, fileName);
  const { config, notes, ruleReasons } = convertHadolintConfig(data, rules, fileName, locate);

  const doc = new Document(config);
  const header = [
    ` dflint configuration converted from ${fileName}.`,
    "",
    ` "extends: hadolint" turns on the rules that cover hadolint's default checks, at`,
    ` hadolint's severities (style is reported as info); rules hadolint does not have stay off.`,
    ` Where a rule's default behaviour differs from hadolint's, the preset sets the rule's options`,
    ` to hadolint's (e.g. every stage's last USER for DL3002; see each option's "hadolint preset" value).`,
    ` Change it to "recommended" to use dflint's own defaults instead.`,
  ];
  doc.commentBefore = header.join("\n");

  const root = doc.contents as YAMLMap;
  const note = (key: string, comment: string) => {
    const pair = root.items.find((p) => isScalar(p.key) && (p.key as Scalar).value === key);
    if (pair && isScalar(pair.value)) (pair.value as Scalar).comment = ` ${comment}`;
  };
  const t = (data as Record<string, unknown> | null)?.["failure-threshold"];
  const noFail = (data as Record<string, unknown> | null)?.["no-fail"] === true;
  note(
    "failLevel",
    noFail
      ? "hadolint no-fail: true"
      : t === undefined || t === null
        ? "hadolint's default failure-threshold (info)"
        : `hadolint failure-threshold: ${String(t)}`,
  );
  note("inlineIgnores", "hadolint disable-ignore-pragma: true");
  const rulesNode = doc.get("rules", true);
  if (isMap(rulesNode)) {
    for (const pair of rulesNode.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : "";
      if (isScalar(pair.value) && ruleReasons[id]) pair.value.comment = ` ${ruleReasons[id]}`;
    }
  }

  const off = rules.filter((r) => hadolintCodes(r).length === 0).map((r) => r.id);
  const trailer: string[] = [];
  if (off.length > 0) {
    trailer.push(" dflint rules with no hadolint equivalent (off under extends: hadolint; turn on under rules:):");
    for (const id of off) trailer.push(`   ${id}`);
  }
  trailer.push(" hadolint always runs ShellCheck; add settings: { shellcheck: true } to do the same.");
  if (notes.length > 0) {
    trailer.push(" Notes from the conversion:");
    for (const n of notes) trailer.push(`   - ${n}`);
  }
  doc.comment = trailer.join("\n");
  return doc.toString({ lineWidth: 0 });
}
