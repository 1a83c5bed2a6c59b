// The dflint config file format, as TypeScript types and as a JSON Schema
// (draft-07) built from the rules' option specs.
//
//   extends: recommended            # or strict, or hadolint (see below)
//   rules:
//     from-image-pinned: error                       # a severity
//     run-no-cd: [warning, { allowSubshell: true }]  # [severity, options]
//     copy-manifests-first: { options: { ... } }     # { severity?, options? }
//     my-plugin/some-rule: off                       # plugin ids contain "/"
//   ignore: ["vendor/"]             # files not to lint (gitignore-like globs, see glob.ts)
//   overrides:
//     - files: ["*.dev.Dockerfile", "dev/"]
//       rules: { user-not-root: off }
//       settings: { contextDir: ".." }
//   settings: { trustedRegistries: [...], labelSchema: {...}, strictLabels: false, shellcheck: false, contextDir: "." }
//   failLevel: warning              # error | warning | info | none
//   inlineIgnores: true
//
// `extends` names a preset (a plain word, no "dflint:" prefix): `recommended`
// (each rule's `severity`), `strict` (`strict ?? severity`) or `hadolint`
// (hadolint's own defaults, see hadolint.ts; what a `.hadolint.yaml` becomes).

import type { ErrorObject } from "ajv";
import type { Preset, RuleDefinition, Severity } from "../engine/types";
import { levenshtein } from "../model/names";

export const SEVERITIES = ["error", "warning", "info", "off"] as const satisfies readonly Severity[];
export const FAIL_LEVELS = ["error", "warning", "info", "none"] as const;
/** What a config file may write: the severities plus `warn`, ESLint's spelling of warning. */
export const SEVERITY_WORDS = [...SEVERITIES, "warn"] as const;
const FAIL_LEVEL_WORDS = [...FAIL_LEVELS, "warn"] as const;
/** `extends` names a preset, or another config file by a relative path (`./base.yaml`, `../.dflint.json`). */
export const EXTENDS_PATH = /^\.{1,2}[\\/]/;
export const CONFIG_PRESETS = ["recommended", "strict", "hadolint"] as const;
/** Label types of hadolint's `label-schema`. */
export const LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] as const;

export type FailLevel = (typeof FAIL_LEVELS)[number];
export type ConfigPreset = Preset | "hadolint";
export type RuleOptionsConfig = Record<string, unknown>;
/** How one rule is configured: `"error"`, `["error", { ... }]` or `{ severity?, options? }`. */
export type RuleSetting =
  | Severity
  | [Severity]
  | [Severity, RuleOptionsConfig]
  | { severity?: Severity; options?: RuleOptionsConfig };
export type RulesConfig = Record<string, RuleSetting>;

export interface SettingsConfig {
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  shellcheck?: boolean;
  /** Build context folder, relative to the config file's folder. */
  contextDir?: string;
  /** The date rules judge against (YYYY-MM-DD), for reproducible CI runs; default: the current date. */
  today?: string;
}

export interface OverrideConfig {
  /** gitignore-like globs (see glob.ts), relative to the config file's folder. */
  files: string | string[];
  rules?: RulesConfig;
  settings?: SettingsConfig;
}

export interface DflintConfig {
  $schema?: string;
  /** A preset, or (in a file, before loading resolves it) the relative path of a config to extend. */
  extends?: ConfigPreset;
  rules?: RulesConfig;
  /** gitignore-like globs (see glob.ts) of files not to lint, relative to the config file's folder. */
  ignore?: string[];
  overrides?: OverrideConfig[];
  settings?: SettingsConfig;
  failLevel?: FailLevel;
  inlineIgnores?: boolean;
  /** Codes of other tools (`hadolint:DL3007`) whose findings are dropped, even from a rule that also covers other codes. */
  ignoreCodes?: string[];
}

const SETTINGS_KEYS = ["trustedRegistries", "labelSchema", "strictLabels", "shellcheck", "contextDir", "today"] as const;

/** A code of another tool, as rules list it in `related`. */
const CODE_PATTERN = "^(hadolint|buildkit):[A-Za-z0-9]+$";

/** A calendar date, YYYY-MM-DD. */
export const DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

export const CONFIG_KEYS = [
  "$schema",
  "extends",
  "rules",
  "ignore",
  "overrides",
  "settings",
  "failLevel",
  "inlineIgnores",
  "ignoreCodes",
] as const;

type Schema = Record<string, unknown>;

function optionsSchema(rule: RuleDefinition<any, any>): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, spec] of Object.entries(rule.options ?? {}) as [string, RuleDefinition["options"][string]][]) {
    properties[name] = { description: spec.description, default: spec.default, ...spec.schema };
  }
  return { type: "object", properties, additionalProperties: false };
}

/** `severity | [severity, options?] | { severity?, options? }`, as if/then/else so errors stay readable. */
function ruleSettingSchema(options: Schema, description?: string): Schema {
  const severity = { enum: [...SEVERITY_WORDS] };
  return {
    ...(description ? { description } : {}),
    if: { type: "string" },
    then: severity,
    else: {
      if: { type: "array" },
      then: { type: "array", minItems: 1, items: [severity, options], additionalItems: false },
      else: {
        type: "object",
        properties: { severity, options },
        additionalProperties: false,
      },
    },
  };
}

const GENERIC_OPTIONS: Schema = { type: "object" };

function rulesSchema(rules: readonly RuleDefinition<any, any>[]): Schema {
  const properties: Record<string, Schema> = {};
  for (const rule of rules) properties[rule.id] = ruleSettingSchema(optionsSchema(rule), rule.description);
  return {
    type: "object",
    properties,
    // Plugin rules are namespaced `plugin/rule`; their options are the plugin's business.
    patternProperties: { "/": ruleSettingSchema(GENERIC_OPTIONS) },
    additionalProperties: false,
  };
}

function settingsSchema(): Schema {
  return {
    type: "object",
    properties: {
      trustedRegistries: {
        description: "Registries that base images may come from (hadolint DL3026); `*` wildcards allowed",
        type: "array",
        items: { type: "string" },
      },
      labelSchema: {
        description: "Required labels and their value types (hadolint label-schema)",
        type: "object",
        additionalProperties: { enum: [...LABEL_TYPES] },
      },
      strictLabels: { description: "Report labels that are not in labelSchema", type: "boolean" },
      shellcheck: { description: "Run ShellCheck on RUN commands", type: "boolean" },
      contextDir: { description: "Build context folder, relative to this config file's folder", type: "string" },
      today: {
        description: "The date rules judge against (YYYY-MM-DD; from-image-eol's end-of-life dates), for reproducible CI; default: the current date",
        type: "string",
        pattern: DATE_PATTERN,
      },
    },
    additionalProperties: false,
  };
}

/** The JSON Schema (draft-07) of a dflint config file for this set of rules (for editors and docs). */
export function buildConfigSchema(rules: readonly RuleDefinition<any, any>[]): Schema {
  return configSchema(rulesSchema(rules));
}

/**
 * Check data against buildConfigSchema()'s structure, except rule ids and
 * option values (the loader checks those: ids against the rule list, options
 * with each rule's schema compiled by ajv on first use). Errors come in ajv's
 * shape so that describeSchemaErrors() treats both alike.
 *
 * Why by hand: compiling the config schema costs ajv ~30 ms per process even
 * without rules (and ~6 ms more per rule), which would be a large part of a
 * single-file run. A test checks that this and the JSON Schema agree.
 */
export function checkStructure(data: unknown): ErrorObject[] {
  const errors: ErrorObject[] = [];
  const at = (segments: readonly (string | number)[]) =>
    segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  const push = (segments: readonly (string | number)[], keyword: string, params: Record<string, unknown>, message: string) =>
    errors.push({ instancePath: at(segments), schemaPath: "", keyword, params, message });
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  const type = (v: unknown, path: (string | number)[], want: "string" | "boolean" | "object" | "array"): boolean => {
    const ok = want === "object" ? isObject(v) : want === "array" ? Array.isArray(v) : typeof v === want;
    if (!ok) push(path, "type", { type: want }, `must be ${want}`);
    return ok;
  };
  const oneOf = (v: unknown, path: (string | number)[], allowed: readonly string[]) => {
    if (!allowed.includes(v as string)) push(path, "enum", { allowedValues: allowed }, "must be equal to one of the allowed values");
  };
  const keys = (obj: Record<string, unknown>, path: (string | number)[], known: readonly string[]) => {
    for (const k of Object.keys(obj)) {
      if (!known.includes(k)) push(path, "additionalProperties", { additionalProperty: k }, "must NOT have additional properties");
    }
  };
  const strings = (v: unknown, path: (string | number)[]) => {
    if (type(v, path, "array")) (v as unknown[]).forEach((item, i) => type(item, [...path, i], "string"));
  };
  const ruleSetting = (v: unknown, path: (string | number)[]) => {
    if (typeof v === "string") oneOf(v, path, SEVERITY_WORDS);
    else if (Array.isArray(v)) {
      if (v.length < 1) push(path, "minItems", { limit: 1 }, "must NOT have fewer than 1 items");
      if (v.length > 2) push(path, "additionalItems", { limit: 2 }, "must NOT have more than 2 items");
      if (v.length >= 1) oneOf(v[0], [...path, 0], SEVERITY_WORDS);
      if (v.length >= 2) type(v[1], [...path, 1], "object");
    } else if (isObject(v)) {
      keys(v, path, ["severity", "options"]);
      if (v.severity !== undefined) oneOf(v.severity, [...path, "severity"], SEVERITY_WORDS);
      if (v.options !== undefined) type(v.options, [...path, "options"], "object");
    } else push(path, "type", { type: "object" }, "must be object");
  };
  const rules = (v: unknown, path: (string | number)[]) => {
    if (type(v, path, "object")) for (const [id, setting] of Object.entries(v as object)) ruleSetting(setting, [...path, id]);
  };
  const settings = (v: unknown, path: (string | number)[]) => {
    if (!type(v, path, "object")) return;
    const o = v as Record<string, unknown>;
    keys(o, path, SETTINGS_KEYS);
    if (o.trustedRegistries !== undefined) strings(o.trustedRegistries, [...path, "trustedRegistries"]);
    if (o.labelSchema !== undefined && type(o.labelSchema, [...path, "labelSchema"], "object")) {
      for (const [label, t] of Object.entries(o.labelSchema as object)) oneOf(t, [...path, "labelSchema", label], LABEL_TYPES);
    }
    if (o.strictLabels !== undefined) type(o.strictLabels, [...path, "strictLabels"], "boolean");
    if (o.shellcheck !== undefined) type(o.shellcheck, [...path, "shellcheck"], "boolean");
    if (o.contextDir !== undefined) type(o.contextDir, [...path, "contextDir"], "string");
    if (o.today !== undefined && type(o.today, [...path, "today"], "string") && !new RegExp(DATE_PATTERN).test(o.today as string)) {
      push([...path, "today"], "pattern", { pattern: DATE_PATTERN }, `must match pattern "${DATE_PATTERN}"`);
    }
  };

  if (!type(data, [], "object")) return errors;
  const root = data as Record<string, unknown>;
  keys(root, [], CONFIG_KEYS);
  if (root.$schema !== undefined) type(root.$schema, ["$schema"], "string");
  if (root.extends !== undefined && !(typeof root.extends === "string" && EXTENDS_PATH.test(root.extends))) {
    oneOf(root.extends, ["extends"], CONFIG_PRESETS);
  }
  if (root.rules !== undefined) rules(root.rules, ["rules"]);
  if (root.ignore !== undefined) strings(root.ignore, ["ignore"]);
  if (root.overrides !== undefined && type(root.overrides, ["overrides"], "array")) {
    (root.overrides as unknown[]).forEach((o, i) => {
      const path = ["overrides", i];
      if (!type(o, path, "object")) return;
      const entry = o as Record<string, unknown>;
      keys(entry, path, ["files", "rules", "settings"]);
      if (entry.files === undefined) push(path, "required", { missingProperty: "files" }, "must have required property 'files'");
      else if (Array.isArray(entry.files)) {
        if (entry.files.length === 0) push([...path, "files"], "minItems", { limit: 1 }, "must NOT have fewer than 1 items");
        strings(entry.files, [...path, "files"]);
      } else if (typeof entry.files !== "string") {
        push([...path, "files"], "type", { type: ["string", "array"] }, "must be string,array");
      }
      if (entry.rules !== undefined) rules(entry.rules, [...path, "rules"]);
      if (entry.settings !== undefined) settings(entry.settings, [...path, "settings"]);
    });
  }
  if (root.settings !== undefined) settings(root.settings, ["settings"]);
  if (root.failLevel !== undefined) oneOf(root.failLevel, ["failLevel"], FAIL_LEVEL_WORDS);
  if (root.inlineIgnores !== undefined) type(root.inlineIgnores, ["inlineIgnores"], "boolean");
  if (root.ignoreCodes !== undefined && type(root.ignoreCodes, ["ignoreCodes"], "array")) {
    (root.ignoreCodes as unknown[]).forEach((code, i) => {
      if (type(code, ["ignoreCodes", i], "string") && !new RegExp(CODE_PATTERN).test(code as string)) {
        push(["ignoreCodes", i], "pattern", { pattern: CODE_PATTERN }, `must match pattern "${CODE_PATTERN}"`);
      }
    });
  }
  return errors;
}

/** Options schema of one rule (additionalProperties false). */
export function ruleOptionsSchema(rule: RuleDefinition<any, any>): Schema {
  return optionsSchema(rule);
}

function configSchema(rulesProp: Schema): Schema {
  const settings = settingsSchema();
  const globs = { type: "array", items: { type: "string" } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "dflint configuration",
    type: "object",
    properties: {
      $schema: { type: "string" },
      extends: {
        description:
          "Preset to start from: recommended (default), strict, or hadolint (hadolint's defaults); or a config file to build on, by a path relative to this file (./base.yaml)",
        anyOf: [{ enum: [...CONFIG_PRESETS] }, { type: "string", pattern: EXTENDS_PATH.source }],
      },
      rules: rulesProp,
      ignore: { description: "gitignore-like globs of files not to lint, relative to this file; !glob re-includes", ...globs },
      overrides: {
        description: "Rules and settings for the files that match `files` (later entries win)",
        type: "array",
        items: {
          type: "object",
          required: ["files"],
          properties: {
            files: {
              description: "gitignore-like globs, relative to this file; !glob excludes",
              type: ["string", "array"],
              items: { type: "string" },
              minItems: 1,
            },
            rules: rulesProp,
            settings,
          },
          additionalProperties: false,
        },
      },
      settings,
      failLevel: {
        description: "Lowest severity that makes dflint exit with 1; none = never",
        enum: [...FAIL_LEVEL_WORDS],
      },
      inlineIgnores: {
        description: "Honour `# dflint-ignore` and `# hadolint ignore=` comments",
        type: "boolean",
      },
      ignoreCodes: {
        description: "Codes of other tools (hadolint:DL3007, buildkit:UndefinedVar) whose findings are dropped, even from a rule that also covers other codes",
        type: "array",
        items: { type: "string", pattern: CODE_PATTERN },
      },
    },
    additionalProperties: false,
  };
}

// ---------------------------------------------------------------------------
// Readable messages from ajv errors.

const HADOLINT_KEY_HINTS: Record<string, string> = {
  ignored: "rules: { <rule>: off }",
  override: "rules: { <rule>: <severity> }",
  "failure-threshold": "failLevel",
  trustedRegistries: "settings.trustedRegistries",
  "label-schema": "settings.labelSchema",
  "strict-labels": "settings.strictLabels",
  "disable-ignore-pragma": "inlineIgnores: false",
  "no-fail": "failLevel: none",
};


/** The closest candidate, if close enough to be a likely typo. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Is `segments` the path of one rule's setting (`rules/<id>` or `overrides/<n>/rules/<id>`)? */
function isRuleSettingPath(segments: readonly string[]): boolean {
  const n = segments.length;
  return n >= 2 && segments[n - 2] === "rules" && (n === 2 || (n === 4 && segments[0] === "overrides"));
}

/** Path segments as users read them: the tuple form's 0 and 1 become "severity" and "options". */
function readableSegments(segments: readonly string[]): string[] {
  return segments.map((s, i) =>
    (s === "0" || s === "1") && isRuleSettingPath(segments.slice(0, i)) ? (s === "0" ? "severity" : "options") : s,
  );
}

export interface SchemaProblem {
  /** Data path segments (for locating the line in the source). */
  segments: string[];
  /** `rules > from-image-pinned > options > floatingTags`, or "" for the root. */
  path: string;
  message: string;
}

/** Turn ajv's errors into one readable problem each (deduplicated, branch noise removed). */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  rules: readonly RuleDefinition<any, any>[],
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const ruleIds = rules.map((r) => r.id);
  for (const err of errors) {
    if (err.keyword === "if") continue;
    let segments = decodePointer(err.instancePath);
    let message = err.message ?? "is invalid";
    switch (err.keyword) {
      case "additionalProperties": {
        const key = String((err.params as { additionalProperty: string }).additionalProperty);
        const parent = segments[segments.length - 1];
        const owner = segments.slice(0, -1);
        const isRulesMap = segments.length === 1 || (segments.length === 3 && segments[0] === "overrides");
        const isOptions = (parent === "options" || parent === "1") && isRuleSettingPath(owner);
        if (parent === "rules" && isRulesMap) {
          const hint = suggest(key, ruleIds);
          message = `unknown rule '${key}'` + (hint ? ` (did you mean '${hint}'?)` : "");
        } else if (isOptions) {
          const ruleId = segments[segments.length - 2] ?? "";
          const rule = rules.find((r) => r.id === ruleId);
          const known = rule ? Object.keys(rule.options ?? {}) : [];
          const hint = suggest(key, known);
          message =
            `unknown option '${key}'` +
            (hint
              ? ` (did you mean '${hint}'?)`
              : known.length > 0
                ? ` (known: ${known.join(", ")})`
                : ` (rule '${ruleId}' has no options)`);
        } else if (segments.length === 0 && key in HADOLINT_KEY_HINTS) {
          message = `unknown key '${key}': this is a hadolint key; in a dflint config use ${HADOLINT_KEY_HINTS[key]}`;
        } else {
          message = `unknown key '${key}'`;
        }
        segments = [...segments, key];
        break;
      }
      case "enum":
        message = `must be one of: ${(err.params as { allowedValues: unknown[] }).allowedValues.map(String).join(", ")}`;
        break;
      case "type": {
        const t = (err.params as { type: string | string[] }).type;
        const types = Array.isArray(t) ? t : String(t).split(",");
        if (isRuleSettingPath(segments) && types.includes("object")) {
          message = "must be a severity (error, warning, info, off), [severity, options] or { severity, options }";
        } else {
          message = `must be ${types.join(" or ")}`;
        }
        break;
      }
      case "required":
        message = `must have '${(err.params as { missingProperty: string }).missingProperty}'`;
        break;
    }
    const path = readableSegments(
      err.keyword === "additionalProperties" ? segments.slice(0, -1) : segments,
    ).join(" > ");
    const dedupKey = path + "\0" + message;
    if (seen.has(dedupKey)) continue;
    seen.add(dedupKey);
    out.push({ segments, path, message });
  }
  return out;
}
