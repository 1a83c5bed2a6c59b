// The published config schema (rules/dflint.schema.json): what editors use to complete and check
// `.dflint.yaml` / `.dflint.json` through `$schema` (and what SchemaStore can list).
import type { RuleDefinition } from "../engine/types";
import { buildConfigSchema } from "../config/schema";
import { REPO_URL } from "../cli/meta";

export const SCHEMA_FILE = "rules/dflint.schema.json";
/** Where the committed file is served from: the `$schema` value to write in a config. */
export const SCHEMA_URL = `${REPO_URL.replace("https://github.com/", "https://raw.githubusercontent.com/")}/main/${SCHEMA_FILE}`;

type Schema = Record<string, any>;

/** The config schema with the `rules` map written once (a definition both places refer to). */
export function schemaFileText(rules: readonly RuleDefinition<any, any>[]): string {
  const { $schema, ...rest } = buildConfigSchema(rules) as Schema;
  const props = rest.properties as Schema;
  const rulesSchema = props.rules;
  const ref = { $ref: "#/definitions/rules" };
  props.rules = ref;
  props.overrides.items.properties.rules = ref;
  return JSON.stringify({ $schema, $id: SCHEMA_URL, ...rest, definitions: { rules: rulesSchema } }, null, 2) + "\n";
}
