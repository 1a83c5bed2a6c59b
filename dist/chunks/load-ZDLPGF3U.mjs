import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  clearConfigCache,
  findConfigFile,
  isIgnoredFile,
  loadConfigFor,
  matchesGlobs,
  presetSeverity,
  readConfigFile,
  resolveConfig,
  validateConfig
} from "./chunk-JQCEAM5C.mjs";
import "./chunk-64E4ATAC.mjs";
import {
  ConfigError,
  DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES
} from "./chunk-3S4MVKBT.mjs";
import "./chunk-I6IVLMHE.mjs";
import "./chunk-JVUEFOX2.mjs";
import "./chunk-RPNVUWFB.mjs";
import "./chunk-NWQXURYX.mjs";
export {
  ConfigError,
  DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES,
  clearConfigCache,
  findConfigFile,
  isIgnoredFile,
  loadConfigFor,
  matchesGlobs,
  presetSeverity,
  readConfigFile,
  resolveConfig,
  validateConfig
};
