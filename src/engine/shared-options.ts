// Options that several rules offer with the same meaning: one definition, so their
// descriptions, defaults and schemas (and the generated docs) cannot drift apart.
import type { OptionSpec } from "./types";

/** For the cache-cleanup rules: builder stages are thrown away, so their caches cost nothing by default. */
export const includeBuilderStages: OptionSpec<boolean> = {
  description: "Also check stages that do not end up in the built image (used only through COPY --from)",
  default: false,
  schema: { type: "boolean" },
};

/**
 * The same, for rules whose hadolint code checks every stage (DL3019, DL3032, DL3036, DL3040, DL3042;
 * DL3009 does not): the hadolint preset includes builder stages.
 */
export const includeBuilderStagesLikeHadolint: OptionSpec<boolean> = { ...includeBuilderStages, hadolint: true };

/** For the version-pinning rules. */
export function ignorePackages(example?: string): OptionSpec<string[]> {
  return {
    description: example ? `Package names that may stay unpinned (e.g. ${example})` : "Package names that may stay unpinned",
    default: [],
    schema: { type: "array", items: { type: "string" } },
  };
}
