// Options that several rules offer with the same meaning: one definition, so their
// descriptions, defaults and schemas (and the generated docs) cannot drift apart.
import type { OptionSpec } from "./types";

/** For the cache-cleanup rules: builder stages are thrown away, so their caches cost nothing by default. */
export const includeBuilderStages: OptionSpec<boolean> = {
  description: "Also check stages that do not end up in the built image (used only through COPY --from)",
  default: false,
  schema: { type: "boolean" },
};

/** For the version-pinning rules. */
export function ignorePackages(example?: string): OptionSpec<string[]> {
  return {
    description: example ? `Package names that may stay unpinned (e.g. ${example})` : "Package names that may stay unpinned",
    default: [],
    schema: { type: "array", items: { type: "string" } },
  };
}
