// Public surface of the config module.
export { ConfigError, displayPath } from "./errors";
export {
  buildConfigSchema,
  CONFIG_KEYS,
  CONFIG_PRESETS,
  FAIL_LEVELS,
  LABEL_TYPES,
  SEVERITIES,
  type ConfigPreset,
  type DflintConfig,
  type FailLevel,
  type OverrideConfig,
  type RuleSetting,
  type RulesConfig,
  type SettingsConfig,
} from "./schema";
export {
  clearConfigCache,
  DFLINT_CONFIG_NAMES,
  findConfigFile,
  HADOLINT_CONFIG_NAMES,
  isIgnoredFile,
  loadConfigFor,
  matchesGlobs,
  presetSeverity,
  readConfigFile,
  resolveConfig,
  validateConfig,
  type LoadedConfig,
  type LoadOptions,
  type ResolveOptions,
} from "./load";
export {
  convertHadolintConfig,
  HADOLINT_DEFAULT_SEVERITY,
  hadolintCodes,
  hadolintPresetSeverity,
  hadolintToDflintYaml,
  type HadolintConversion,
  type HadolintSeverity,
} from "./hadolint";
export { printConfig } from "./print";
