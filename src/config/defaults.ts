// The configuration a file gets when no config file applies: each rule at its
// preset severity with default options. Equal to resolveConfig() without a
// config file (test/config-defaults.test.ts), without loading YAML or ajv.
import type { Preset, ResolvedConfig, RuleDefinition } from "../engine/types";

const cache = new Map<string, ResolvedConfig["rules"]>();

export function defaultConfig(rules: readonly RuleDefinition<any, any>[], preset: Preset = "recommended"): ResolvedConfig {
  let resolved = cache.get(preset);
  if (!resolved) {
    resolved = {};
    for (const rule of rules) {
      const options: Record<string, unknown> = {};
      for (const [name, spec] of Object.entries(rule.options ?? {}) as [string, { default: unknown }][]) options[name] = structuredClone(spec.default);
      resolved[rule.id] = { severity: preset === "strict" ? (rule.strict ?? rule.severity) : rule.severity, options };
    }
    cache.set(preset, resolved);
  }
  return {
    rules: resolved,
    settings: { contextDir: null, trustedRegistries: [], labelSchema: {}, strictLabels: false, shellcheck: false },
    inlineIgnores: true,
    source: "default",
  };
}
