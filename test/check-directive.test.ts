// BuildKit's `# check=` directive applied to dflint rules through their `related` codes.
import { describe, expect, it } from "vitest";
import fromAsCasing from "../rules/from-as-casing";
import fromImagePinned from "../rules/from-image-pinned";
import keyValueEquals from "../rules/key-value-equals";
import stageNameCasing from "../rules/stage-name-casing";
import varDefined from "../rules/var-defined";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig, RuleDefinition } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings } from "./helpers/rule-tester";

const rules: RuleDefinition<any, any>[] = [fromAsCasing, fromImagePinned, keyValueEquals, stageNameCasing, varDefined];
const config: ResolvedConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity === "off" ? "warning" : r.severity, options: {} }])),
  settings: defaultSettings,
  inlineIgnores: true,
  source: "test",
};

const body = "ARG V=1\nFROM node AS Build\nENV A 1\nLABEL v=$V\n";
const lint = (code: string) => lintModel(buildModel(code), rules, config).map((p) => `${p.line} ${p.ruleId} ${p.severity}`);

describe("# check= directive", () => {
  it("reports everything without a directive", () => {
    expect(lint(body)).toEqual([
      "2 from-image-pinned warning",
      "2 stage-name-casing info",
      "3 key-value-equals info",
      "4 var-defined warning",
    ]);
  });

  it("skip=<Rule> silences the rule that covers that BuildKit check", () => {
    expect(lint("# check=skip=StageNameCasing\n" + body).map((s) => s.split(" ")[1])).toEqual(["from-image-pinned", "key-value-equals", "var-defined"]);
  });

  it("skip=<A>,<B> takes a list", () => {
    expect(lint("# check=skip=LegacyKeyValueFormat,UndefinedVar\n" + body).map((s) => s.split(" ")[1])).toEqual([
      "from-image-pinned",
      "stage-name-casing",
    ]);
  });

  it("skip=all silences every BuildKit check but not dflint's own rules", () => {
    expect(lint("# check=skip=all\n" + body)).toEqual(["3 from-image-pinned warning"]);
  });

  it("error=true turns BuildKit checks into errors", () => {
    expect(lint("# check=error=true\n" + body)).toEqual([
      "3 from-image-pinned warning",
      "3 stage-name-casing error",
      "4 key-value-equals error",
      "5 var-defined error",
    ]);
  });

  it("skip and error combine", () => {
    expect(lint("# check=skip=StageNameCasing;error=true\n" + body)).toEqual(["3 from-image-pinned warning", "4 key-value-equals error", "5 var-defined error"]);
  });

  it("a # check=skip comment above an instruction silences it for that instruction only", () => {
    const code = "ARG V=1\nFROM alpine:3.20\n# check=skip=UndefinedVar\nLABEL v=$V\nLABEL w=$V\n";
    expect(lint(code)).toEqual(["5 var-defined warning"]);
  });

  it("a # check comment that is not in the leading block does not apply to the file", () => {
    expect(lint("FROM alpine:3.20 as build\n# check=skip=FromAsCasing\nRUN true\n")).toEqual(["1 from-as-casing info"]);
  });
});
