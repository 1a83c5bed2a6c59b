// The published config schema (rules/dflint.schema.json) is generated from the rules and committed;
// it must stay current and agree with what the CLI accepts.
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { rules } from "../rules/index";
import { SCHEMA_FILE, SCHEMA_URL, schemaFileText } from "../src/docs/schema-file";
import { dflint, root, tmpdir } from "./helpers/cli";

const committed = fs.readFileSync(path.join(root, SCHEMA_FILE), "utf8");

describe("published config schema", () => {
  it("is current (run `npm run docs`)", () => {
    expect(committed).toBe(schemaFileText(rules));
    expect(JSON.parse(committed).$id).toBe(SCHEMA_URL);
  });

  it("accepts and rejects the same configs as the CLI", () => {
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(JSON.parse(committed));
    const configs: [string, boolean][] = [
      [`$schema: ${SCHEMA_URL}\nextends: strict\nrules:\n  run-no-cd: warn\n  from-image-pinned: [error, { floatingTags: [latest, lts] }]\n`, true],
      ["extends: ./base.yaml\nfailLevel: warn\n", true],
      ["overrides:\n  - files: [legacy/**]\n    rules: { cmd-exec-form: off }\n", true],
      ["rules:\n  run-no-cd: loud\n", false],
      ["rules:\n  no-such-rule: error\n", false],
      ["rules:\n  from-image-pinned: [error, { floatingTags: 3 }]\n", false],
      ["extends: base\n", false],
      ["failLevel: style\n", false],
    ];
    for (const [text, ok] of configs) {
      expect(validate(parseYaml(text)), text).toBe(ok);
      const dir = tmpdir({ Dockerfile: 'FROM alpine:3.20\nUSER nobody\nCMD ["true"]\n', ".dflint.yaml": text, "base.yaml": "rules: {}\n" });
      const r = dflint(["Dockerfile"], { cwd: dir });
      expect(r.code === 2, `${text}\n${r.stderr}`).toBe(!ok);
    }
  });
});
