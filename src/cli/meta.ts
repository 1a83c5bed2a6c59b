declare const __DFLINT_VERSION__: string | undefined;

/** Set by the bundler from package.json; "dev" when running from source (tests). */
export const VERSION: string = typeof __DFLINT_VERSION__ === "string" ? __DFLINT_VERSION__ : "0.0.0-dev";

export const REPO_URL = "https://github.com/dflint/dflint";

/** Where a rule's documentation lives: its section of the generated reference, rules/README.md. */
export function docsUrl(ruleId: string): string {
  return `${REPO_URL}/blob/main/rules/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}
