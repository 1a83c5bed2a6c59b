// Finding, reading, validating and resolving config files.
//
// * Discovery: the nearest `.dflint.json` / `.dflint.yaml` / `.dflint.yml`
//   walking up from the Dockerfile's folder (in that order within a folder);
//   only when there is none anywhere up to the root, the nearest
//   `.hadolint.yaml` / `.hadolint.yml`. The nearest file wins outright: configs
//   in parent folders are not merged.
// * Globs (`ignore`, `overrides[].files`) are gitignore-like patterns relative
//   to the config file's folder (see glob.ts): `Dockerfile.dev` matches at any
//   depth, `/Dockerfile` and `docker/*.Dockerfile` are anchored, `vendor/`
//   matches everything below, `!pattern` excludes again, last match wins.
//   Files outside the config file's folder never match.
// * Resolution order for one file: preset (`options.preset` from the command
//   line if given, else the file's `extends`, else recommended) -> top-level
//   `rules` -> each matching `overrides` entry in order -> `cliRuleOverrides`.
//   A severity-only setting keeps the options set so far; options are merged
//   key by key over the rule's defaults (arrays are replaced, not
//   concatenated). Settings are merged key by key the same way.

import { readTextFile } from "../fs/read";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import { loadAjv } from "../runtime/vendor";
import type { OptionSpec, Preset, ResolvedConfig, RuleDefinition, Settings, Severity } from "../engine/types";
import { ConfigError, displayPath } from "./errors";
import { convertHadolintConfig, hadolintPresetSeverity, isHadolintConfig } from "./hadolint";
import { compileGlobs } from "./glob";
import { clearNearestCache, nearest } from "./find";
import { type Locator, parseConfigText } from "./parse";
import {
  checkStructure,
  CONFIG_KEYS,
  type ConfigPreset,
  type DflintConfig,
  describeSchemaErrors,
  EXTENDS_PATH,
  ruleOptionsSchema,
  type RuleSetting,
  type RulesConfig,
  type SettingsConfig,
} from "./schema";

export { ConfigError } from "./errors";

export { DFLINT_CONFIG_NAMES, HADOLINT_CONFIG_NAMES } from "./find";

type Rules = readonly RuleDefinition<any, any>[];

/** A config file, read, converted (if hadolint's) and validated. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: the base of `ignore` and `overrides[].files` patterns and of `settings.contextDir`. */
  dir: string;
  kind: "dflint" | "hadolint";
  config: DflintConfig;
  /** Remarks from the hadolint conversion (codes no rule covers, partial ignores...). */
  notes: string[];
}

// ---------------------------------------------------------------------------
// Caches (one process lints many files sharing few configs).

let fileCache = new WeakMap<Rules, Map<string, LoadedConfig | ConfigError>>();
let resolvedRulesCache = new WeakMap<Rules, Map<string, ResolvedConfig["rules"]>>();
const matcherCache = new Map<string, (relPath: string) => boolean>();

/** Forget every cached lookup, file and resolution (for watch modes, editors and tests). */
export function clearConfigCache(): void {
  clearNearestCache();
  fileCache = new WeakMap();
  resolvedRulesCache = new WeakMap();
}

function perRules<V>(map: WeakMap<Rules, Map<string, V>>, rules: Rules): Map<string, V> {
  let m = map.get(rules);
  if (!m) {
    m = new Map();
    map.set(rules, m);
  }
  return m;
}

// ---------------------------------------------------------------------------
// Discovery.

/**
 * The config file for files in `startDir`: the nearest dflint config walking up
 * to the filesystem root, else the nearest hadolint config, else null.
 */
export function findConfigFile(startDir: string): string | null {
  const found = nearest(resolve(startDir));
  return found.dflint ?? found.hadolint;
}

// ---------------------------------------------------------------------------
// Reading and validating.

let ajvInstance: Ajv | undefined;
const optionValidators = new WeakMap<RuleDefinition<any, any>, ValidateFunction>();
const ruleIndexes = new WeakMap<Rules, Map<string, RuleDefinition<any, any>>>();

function ajv(): Ajv {
  // validateSchema: false skips compiling the draft-07 meta-schema (~30 ms per
  // process); tests check buildConfigSchema() (with the option schemas) against it.
  ajvInstance ??= new (loadAjv())({ allErrors: true, strict: false, allowUnionTypes: true, validateSchema: false });
  return ajvInstance;
}

function optionValidator(rule: RuleDefinition<any, any>): ValidateFunction {
  let v = optionValidators.get(rule);
  if (!v) {
    try {
      v = ajv().compile(ruleOptionsSchema(rule));
    } catch (e) {
      throw new Error(`dflint: rule '${rule.id}' has an invalid options schema: ${(e as Error).message}`);
    }
    optionValidators.set(rule, v);
  }
  return v;
}

function ruleIndex(rules: Rules): Map<string, RuleDefinition<any, any>> {
  let m = ruleIndexes.get(rules);
  if (!m) {
    m = new Map(rules.map((r) => [r.id, r]));
    ruleIndexes.set(rules, m);
  }
  return m;
}

function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Rule ids and options of one `rules` map (its shape was checked by the structure schema). */
function checkRules(map: unknown, at: (string | number)[], rules: Rules, errors: ErrorObject[]): void {
  if (!isPlainObject(map)) return;
  const index = ruleIndex(rules);
  for (const [id, setting] of Object.entries(map)) {
    const rule = index.get(id);
    if (!rule) {
      if (id.includes("/")) continue; // plugin rule: its plugin's business
      errors.push({
        instancePath: pointer(at),
        schemaPath: "#/additionalProperties",
        keyword: "additionalProperties",
        params: { additionalProperty: id },
        message: "must NOT have additional properties",
      });
      continue;
    }
    let options: unknown;
    let slot: string;
    if (Array.isArray(setting)) [options, slot] = [setting[1], "1"];
    else if (isPlainObject(setting)) [options, slot] = [setting.options, "options"];
    else continue;
    if (!isPlainObject(options)) continue;
    const validate = optionValidator(rule);
    if (validate(options)) continue;
    const base = pointer([...at, id, slot]);
    for (const e of validate.errors ?? []) errors.push({ ...e, instancePath: base + e.instancePath });
  }
}

/** `warn` is accepted for `warning` (ESLint's word); resolution only sees dflint's severities. */
function normalizeWords(config: DflintConfig): DflintConfig {
  const fix = (rules: RulesConfig | undefined) => {
    if (!rules) return;
    for (const [id, setting] of Object.entries(rules)) {
      if ((setting as string) === "warn") rules[id] = "warning";
      else if (Array.isArray(setting) && (setting[0] as string) === "warn") setting[0] = "warning";
      else if (isPlainObject(setting) && (setting.severity as string) === "warn") setting.severity = "warning";
    }
  };
  fix(config.rules);
  for (const o of config.overrides ?? []) fix(o.rules);
  if ((config.failLevel as string) === "warn") config.failLevel = "warning";
  return config;
}

/** Validate config data; throws ConfigError listing every problem with its path (and line when known). */
export function validateConfig(data: unknown, rules: Rules, file: string, locate?: Locator): DflintConfig {
  const errors = checkStructure(data);
  if (isPlainObject(data)) {
    checkRules(data.rules, ["rules"], rules, errors);
    if (Array.isArray(data.overrides)) {
      data.overrides.forEach((o, i) => {
        if (isPlainObject(o)) checkRules(o.rules, ["overrides", i, "rules"], rules, errors);
      });
    }
  }
  if (errors.length === 0) return normalizeWords(data as DflintConfig);
  const problems = describeSchemaErrors(errors, rules);
  const lines = problems.map((p) => ({
    line: locate?.(p.segments),
    text: `${file}: ${p.path ? p.path + ": " : ""}${p.message}`,
  }));
  lines.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  throw new ConfigError(lines.map((l) => l.text + (l.line !== undefined ? ` (line ${l.line})` : "")).join("\n"), file);
}

/**
 * Read, parse (JSON for `.json`, YAML otherwise), convert (hadolint configs:
 * `.hadolint.yaml`/`.yml`, or a file not named `.dflint.*` whose keys are
 * hadolint's and none dflint's) and validate one config file. Cached by path
 * for each rule set, failures included.
 */
export function readConfigFile(path: string, rules: Rules): LoadedConfig {
  const abs = resolve(path);
  const cache = perRules(fileCache, rules);
  const hit = cache.get(abs);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  try {
    const loaded = deepFreeze(loadFile(abs, rules, []));
    cache.set(abs, loaded);
    return loaded;
  } catch (e) {
    // A broken file is reported once per Dockerfile, without parsing it again.
    if (e instanceof ConfigError) cache.set(abs, e);
    throw e;
  }
}

function loadFile(abs: string, rules: Rules, chain: readonly string[]): LoadedConfig {

  const file = displayPath(abs);
  let text: string;
  try {
    text = readTextFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${file}: cannot read config file${code === "ENOENT" ? ": no such file" : `: ${(e as Error).message}`}`,
      file,
    );
  }
  const { data: rawData, locate } = parseConfigText(text, file, abs);
  const data = rawData === null || rawData === undefined ? {} : rawData;

  let loaded: LoadedConfig;
  // By name; or, for a file given with --config under another name, by its keys.
  const name = basename(abs);
  const hadolint =
    /^\.?hadolint\.ya?ml$/i.test(name) || (!/^\.dflint\./i.test(name) && isHadolintConfig(data, CONFIG_KEYS));
  if (hadolint) {
    const { config, notes } = convertHadolintConfig(data, rules, file, locate);
    loaded = { path: abs, dir: dirname(abs), kind: "hadolint", config: validateConfig(config, rules, file), notes };
  } else if (isPlainObject(data) && typeof data.extends === "string" && EXTENDS_PATH.test(data.extends)) {
    const basePath = resolve(dirname(abs), data.extends);
    if (chain.includes(basePath) || basePath === abs) {
      throw new ConfigError(`${file}: extends '${data.extends}' leads back to ${displayPath(basePath)} (a cycle)`, file);
    }
    const base = loadFile(basePath, rules, [...chain, abs]);
    const own = validateConfig({ ...data, extends: undefined }, rules, file, locate);
    loaded = { path: abs, dir: dirname(abs), kind: "dflint", config: extendConfig(base.config, own), notes: base.notes };
  } else {
    loaded = {
      path: abs,
      dir: dirname(abs),
      kind: "dflint",
      config: validateConfig(data, rules, file, locate),
      notes: [],
    };
  }
  return loaded;
}

/**
 * `extends: ./base.yaml`: the base's settings first, this file's over them (rule by rule, setting by
 * setting); `ignore` and `overrides` are joined, the base's first. Globs are read relative to the
 * file that is in use (the extending one), as if the base's lines were written in it.
 */
function extendConfig(base: DflintConfig, own: DflintConfig): DflintConfig {
  const out: DflintConfig = { ...base, ...own };
  delete out.$schema;
  out.extends = own.extends ?? base.extends;
  if (base.rules || own.rules) out.rules = { ...base.rules, ...own.rules };
  if (base.settings || own.settings) out.settings = { ...base.settings, ...own.settings };
  if (base.ignore || own.ignore) out.ignore = [...(base.ignore ?? []), ...(own.ignore ?? [])];
  if (base.overrides || own.overrides) out.overrides = [...(base.overrides ?? []), ...(own.overrides ?? [])];
  for (const k of Object.keys(out) as (keyof DflintConfig)[]) if (out[k] === undefined) delete out[k];
  return out;
}

export interface LoadOptions {
  rules: Rules;
  /** `--config`: use this file and skip discovery; `false`: use no config file at all. */
  configPath?: string | false;
  /** Where discovery starts when there is no file path (stdin); default: the working folder. */
  cwd?: string;
}

/** The config file that applies to `filePath` (null: stdin), or null when there is none. */
export function loadConfigFor(filePath: string | null, options: LoadOptions): LoadedConfig | null {
  if (options.configPath === false) return null;
  if (options.configPath !== undefined) return readConfigFile(resolve(options.cwd ?? ".", options.configPath), options.rules);
  const start = filePath === null ? resolve(options.cwd ?? ".") : dirname(resolve(options.cwd ?? ".", filePath));
  const found = findConfigFile(start);
  return found === null ? null : readConfigFile(found, options.rules);
}

// ---------------------------------------------------------------------------
// Globs.

function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/** `filePath` relative to the config folder, or null when it lies outside. */
function relativeToConfig(filePath: string, dir: string): string | null {
  const rel = relative(dir, resolve(filePath));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return null;
  return toPosix(rel);
}

function matcher(patterns: readonly string[]): (relPath: string) => boolean {
  const cacheKey = patterns.join("\n");
  let m = matcherCache.get(cacheKey);
  if (!m) {
    m = compileGlobs(patterns);
    matcherCache.set(cacheKey, m);
  }
  return m;
}

/** Does `filePath` match the `patterns` (see glob.ts) relative to `dir`? */
export function matchesGlobs(filePath: string, patterns: string | readonly string[], dir: string): boolean {
  const rel = relativeToConfig(filePath, dir);
  if (rel === null) return false;
  return matcher(typeof patterns === "string" ? [patterns] : patterns)(rel);
}

/** The config file each ResolvedConfig came from (for isIgnoredFile). */
const loadedOf = new WeakMap<ResolvedConfig, LoadedConfig>();

/**
 * Is `filePath` excluded by the `ignore` patterns of its config? Accepts the
 * config file itself or a ResolvedConfig returned by resolveConfig.
 */
export function isIgnoredFile(filePath: string, config: LoadedConfig | ResolvedConfig | null): boolean {
  if (!config) return false;
  const loaded = "kind" in config ? config : loadedOf.get(config);
  const patterns = loaded?.config.ignore;
  if (!loaded || !patterns || patterns.length === 0) return false;
  return matchesGlobs(filePath, patterns, loaded.dir);
}

// ---------------------------------------------------------------------------
// Resolution.

export interface ResolveOptions extends LoadOptions {
  /** `--preset`: wins over the config file's `extends`. Leave undefined when the user gave none. */
  preset?: Preset;
  /** `--rule` settings, applied after everything else (validated like a config's `rules`). */
  cliRuleOverrides?: RulesConfig;
  /** `--context`: build context folder; default `settings.contextDir`, else the Dockerfile's folder. */
  contextDir?: string | null;
}

/** A rule's severity in a preset. */
export function presetSeverity(rule: RuleDefinition<any, any>, preset: ConfigPreset): Severity {
  switch (preset) {
    case "strict":
      return rule.strict ?? rule.severity;
    case "hadolint":
      return hadolintPresetSeverity(rule);
    default:
      return rule.severity;
  }
}

type RuleEntry = { severity: Severity; options: Record<string, unknown> };

function applySetting(entry: RuleEntry | undefined, setting: RuleSetting): RuleEntry {
  const current: RuleEntry = entry ?? { severity: "off", options: {} };
  let severity: Severity | undefined;
  let options: Record<string, unknown> | undefined;
  if (typeof setting === "string") severity = setting;
  else if (Array.isArray(setting)) [severity, options] = setting;
  else ({ severity, options } = setting);
  return {
    severity: severity ?? current.severity,
    options: options ? { ...current.options, ...options } : current.options,
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function resolveRules(rules: Rules, preset: ConfigPreset, layers: readonly (RulesConfig | undefined)[]): ResolvedConfig["rules"] {
  const out: Record<string, RuleEntry> = {};
  for (const rule of rules) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.options ?? {}) as [string, OptionSpec][]) {
      options[name] = structuredClone(preset === "hadolint" && spec.hadolint !== undefined ? spec.hadolint : spec.default);
    }
    out[rule.id] = { severity: presetSeverity(rule, preset), options };
  }
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer)) out[id] = applySetting(out[id], setting);
  }
  // Shared by every file with the same config: frozen so that no rule can change it for the others.
  return deepFreeze(out);
}

const DEFAULT_SETTINGS: Omit<Settings, "contextDir"> = deepFreeze({
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  shellcheck: false,
});

function mergeSettings(target: SettingsConfig, layer: SettingsConfig | undefined): SettingsConfig {
  return layer ? { ...target, ...layer } : target;
}

const cliValidated = new WeakMap<object, true>();

/**
 * The effective configuration for one Dockerfile (`filePath` null: stdin
 * without a name). Throws ConfigError for a broken config file or `--rule`.
 */
export function resolveConfig(filePath: string | null, options: ResolveOptions): ResolvedConfig {
  const { rules, cliRuleOverrides } = options;
  const loaded = loadConfigFor(filePath, options);
  const config: DflintConfig = loaded?.config ?? {};

  if (cliRuleOverrides && !cliValidated.has(cliRuleOverrides)) {
    validateConfig({ rules: cliRuleOverrides }, rules, "command line");
    cliValidated.set(cliRuleOverrides, true);
  }

  const matched: number[] = [];
  if (loaded && filePath !== null && config.overrides) {
    config.overrides.forEach((o, i) => {
      if (matchesGlobs(resolve(options.cwd ?? ".", filePath), o.files, loaded.dir)) matched.push(i);
    });
  }

  const preset: ConfigPreset = options.preset ?? config.extends ?? "recommended";
  const cacheKey = [
    loaded?.path ?? "",
    preset,
    matched.join(","),
    cliRuleOverrides ? JSON.stringify(cliRuleOverrides) : "",
  ].join("\0");
  const cache = perRules(resolvedRulesCache, rules);
  let resolvedRules = cache.get(cacheKey);
  if (!resolvedRules) {
    resolvedRules = resolveRules(rules, preset, [
      config.rules,
      ...matched.map((i) => config.overrides![i]!.rules),
      cliRuleOverrides,
    ]);
    cache.set(cacheKey, resolvedRules);
  }

  let settingsConfig: SettingsConfig = mergeSettings({}, config.settings);
  for (const i of matched) settingsConfig = mergeSettings(settingsConfig, config.overrides![i]!.settings);
  const { contextDir: configContext, ...rest } = settingsConfig;
  let contextDir: string | null;
  if (options.contextDir !== undefined) contextDir = options.contextDir === null ? null : resolve(options.contextDir);
  else if (configContext !== undefined && loaded) contextDir = resolve(loaded.dir, configContext);
  else contextDir = filePath === null ? null : dirname(resolve(options.cwd ?? ".", filePath));

  // A fresh settings object per file (callers may adjust it); lists copied out of the frozen config.
  const merged = { ...DEFAULT_SETTINGS, ...rest };
  const settings: Settings = {
    contextDir,
    trustedRegistries: [...merged.trustedRegistries],
    labelSchema: { ...merged.labelSchema },
    strictLabels: merged.strictLabels,
    shellcheck: merged.shellcheck,
  };
  if (merged.today !== undefined) settings.today = merged.today;
  const resolved: ResolvedConfig = {
    rules: resolvedRules,
    settings,
    inlineIgnores: config.inlineIgnores ?? true,
    source: loaded?.path ?? "default",
  };
  if (config.failLevel !== undefined) resolved.failLevel = config.failLevel;
  if (config.ignoreCodes?.length) resolved.ignoreCodes = config.ignoreCodes;
  if (loaded) loadedOf.set(resolved, loaded);
  return resolved;
}
