import type { ResolvedConfig } from "../engine/types";

/**
 * The effective config of one file as JSON text (for `--print-config`): the
 * ResolvedConfig shape with a fixed key order, `failLevel` null when the
 * config leaves it to the command line, rules in the order they were given.
 * No trailing newline.
 */
export function printConfig(resolved: ResolvedConfig): string {
  const { settings } = resolved;
  const out = {
    source: resolved.source,
    failLevel: resolved.failLevel ?? null,
    inlineIgnores: resolved.inlineIgnores,
    settings: {
      contextDir: settings.contextDir,
      trustedRegistries: settings.trustedRegistries,
      labelSchema: settings.labelSchema,
      strictLabels: settings.strictLabels,
      shellcheck: settings.shellcheck,
    },
    rules: Object.fromEntries(
      Object.entries(resolved.rules).map(([id, r]) => [id, { severity: r.severity, options: r.options }]),
    ),
  };
  return JSON.stringify(out, null, 2);
}
