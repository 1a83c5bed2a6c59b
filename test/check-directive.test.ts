// BuildKit's `# check=` directive applied to dflint rules through their `related` codes.
import { describe, expect, it } from "vitest";
import fromAsCasing from "../rules/from-as-casing";
import definitionDescriptionFormat from "../rules/definition-description-format";
import fromImagePinned from "../rules/from-image-pinned";
import instructionCasingConsistent from "../rules/instruction-casing-consistent";
import keyValueEquals from "../rules/key-value-equals";
import stageNameCasing from "../rules/stage-name-casing";
import varDefined from "../rules/var-defined";
import { lintModel } from "../src/engine/linter";
import type { ResolvedConfig, RuleDefinition } from "../src/engine/types";
import { buildModel } from "../src/model/build";
import { defaultSettings } from "./helpers/rule-tester";

const rules: RuleDefinition<any, any>[] = [fromAsCasing, fromImagePinned, keyValueEquals, stageNameCasing, varDefined, instructionCasingConsistent];
const config: ResolvedConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity === "off" ? "warning" : r.severity, options: {} }])),
  settings: defaultSettings,
  inlineIgnores: true,
  source: "test",
};

const body = "ARG V=1\nFROM node AS Build\nENV A 1\nLABEL v=$V\n";
const lint = (code: string, buildArgs: Record<string, string> = {}) =>
  lintModel(buildModel(code, { buildArgs }), rules, config).map((p) => `${p.line} ${p.ruleId} ${p.severity}`);
const ids = (code: string, buildArgs: Record<string, string> = {}) => lint(code, buildArgs).map((s) => `${s.split(" ")[0]} ${s.split(" ")[1]}`);

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

  it("an invalid directive applies nothing (BuildKit fails the build on it)", () => {
    expect(ids("# check=skip=StageNameCasing;bogus\n" + body)).toContain("3 stage-name-casing");
    expect(ids("# check=error=maybe\n" + body)).toContain("3 stage-name-casing");
  });

  it("only the text before the first space is read", () => {
    expect(ids("# check=skip=StageNameCasing this is why\n" + body)).not.toContain("3 stage-name-casing");
  });
});

describe("BUILDKIT_DOCKERFILE_CHECK build arg", () => {
  it("replaces the file's # check= directive instead of merging with it", () => {
    const code = "# check=skip=StageNameCasing\n" + body;
    expect(ids(code)).not.toContain("3 stage-name-casing");
    const out = ids(code, { BUILDKIT_DOCKERFILE_CHECK: "skip=UndefinedVar" });
    expect(out).toContain("3 stage-name-casing");
    expect(out).not.toContain("5 var-defined");
  });

  it("skip=all with the file's error=true: nothing reported, nothing turned into an error", () => {
    expect(lint("# check=error=true\n" + body, { BUILDKIT_DOCKERFILE_CHECK: "skip=all" })).toEqual(["3 from-image-pinned warning"]);
  });

  it("error=true from the build arg", () => {
    expect(lint(body, { BUILDKIT_DOCKERFILE_CHECK: "skip=ConsistentInstructionCasing;error=true" })).toContain("4 var-defined error");
  });

  it("an empty value clears the file's directive", () => {
    expect(ids("# check=skip=StageNameCasing\n" + body, { BUILDKIT_DOCKERFILE_CHECK: "" })).toContain("3 stage-name-casing");
  });

  it("per-instruction comments still merge on top of it", () => {
    const code = "ARG V=1\nFROM alpine:3.22\n# check=skip=UndefinedVar\nLABEL v=$V\nLABEL w=$V\n";
    expect(ids(code, { BUILDKIT_DOCKERFILE_CHECK: "error=true" })).toEqual(["5 var-defined"]);
  });
});

describe("per-instruction # check= comments (BuildKit's WithMergedConfigFromComments)", () => {
  const two = "ARG V=1\nFROM alpine:3.22\n";
  it("skip=Name // reason: the text after the first space is a free comment", () => {
    expect(ids(`${two}# check=skip=UndefinedVar // the value comes from the CI\nLABEL v=$V\nLABEL w=$V\n`)).toEqual(["5 var-defined"]);
  });

  it("skip=all above one instruction", () => {
    expect(ids(`${two}# check=skip=all\nENV A 1\nENV B 2\n`)).toEqual(["5 key-value-equals"]);
  });

  it("blank lines do not detach the comment; an empty # line does", () => {
    expect(ids(`${two}# check=skip=UndefinedVar\n\nLABEL v=$V\n`)).toEqual([]);
    expect(ids(`${two}# check=skip=UndefinedVar\n#\nLABEL v=$V\n`)).toEqual(["5 var-defined"]);
  });

  it("the first check comment wins, and an invalid one ends the search", () => {
    expect(ids(`${two}# check=skip=UndefinedVar\n# check=skip=LegacyKeyValueFormat\nLABEL v=$V\n`)).toEqual([]);
    expect(ids(`${two}# check=skip=LegacyKeyValueFormat\n# check=skip=UndefinedVar\nLABEL v=$V\n`)).toEqual(["5 var-defined"]);
    expect(ids(`${two}# check=nonsense\n# check=skip=UndefinedVar\nLABEL v=$V\n`)).toEqual(["5 var-defined"]);
  });

  it("the directive name is case-insensitive and may have blanks around '='", () => {
    expect(ids(`${two}# CHECK = skip=UndefinedVar\nLABEL v=$V\n`)).toEqual([]);
  });

  it("file-level checks (ConsistentInstructionCasing) ignore per-instruction comments", () => {
    expect(ids("FROM alpine:3.22\nRUN id\n# check=skip=ConsistentInstructionCasing\nrun id\n")).toEqual(["4 instruction-casing-consistent"]);
    expect(ids("# check=skip=ConsistentInstructionCasing\nFROM alpine:3.22\nRUN id\nrun id\n")).toEqual([]);
  });

  it("skip lists do not apply to experimental checks", () => {
    const rulesWithExp = [...rules, definitionDescriptionFormat];
    const code = "# check=skip=all;experimental=InvalidDefinitionDescription\n\n# this is the base\nFROM alpine:3.22 AS base\n";
    const cfg: ResolvedConfig = { ...config, rules: { ...config.rules, [definitionDescriptionFormat.id]: { severity: "off", options: {} } } };
    const out = lintModel(buildModel(code), rulesWithExp, cfg).map((p) => `${p.line} ${p.ruleId}`);
    expect(out).toEqual(["4 definition-description-format"]);
  });
});
