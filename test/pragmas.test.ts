import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { collectSuppressions, suppressesNothing } from "../src/engine/pragmas";
import { defaultSettings } from "./helpers/rule-tester";
import type { ResolvedConfig } from "../src/engine/types";

function lint(code: string, inlineIgnores = true): string[] {
  const config: ResolvedConfig = { rules: {}, settings: defaultSettings, inlineIgnores, source: "test" };
  return lintModel(buildModel(code), rules, config).map((p) => `${p.ruleId}@${p.line}`);
}

describe("suppressions", () => {
  const base = "FROM node\nRUN cd /x && make\nCMD node app.js\n";
  it("reports without pragmas", () => {
    expect(lint(base)).toEqual(expect.arrayContaining(["from-image-pinned@1", "run-no-cd@2", "cmd-exec-form@3"]));
  });
  it("dflint-ignore above an instruction, with a reason", () => {
    const out = lint("FROM node\n# dflint-ignore: run-no-cd, cmd-exec-form -- legacy\nRUN cd /x && make\nCMD node app.js\n");
    expect(out).toContain("from-image-pinned@1");
    expect(out).not.toContain("run-no-cd@3");
    expect(out).toContain("cmd-exec-form@4");
  });
  it("dflint-ignore-file anywhere", () => {
    expect(lint(base + "# dflint-ignore-file: from-image-pinned\n")).not.toContain("from-image-pinned@1");
  });
  it("hadolint ignore and global ignore via related codes", () => {
    expect(lint("# hadolint ignore=DL3006\nFROM node\n")).not.toContain("from-image-pinned@2");
    expect(lint("# hadolint global ignore=DL3003\n" + base)).not.toContain("run-no-cd@3");
  });
  it("BuildKit check directive skip", () => {
    expect(lint("# check=skip=JSONArgsRecommended\n" + base)).not.toContain("cmd-exec-form@4");
    expect(lint("# check=skip=all\n" + base)).not.toContain("cmd-exec-form@4");
  });
  it("inline pragmas can be disabled", () => {
    expect(lint("# hadolint ignore=DL3006\nFROM node\n", false)).toContain("from-image-pinned@2");
  });
  it("a pragma separated by a blank line does not apply", () => {
    expect(lint("FROM node\n# dflint-ignore: run-no-cd\n\nRUN cd /x && make\n")).toContain("run-no-cd@4");
  });
});

describe("per-report related codes", () => {
  it("a hadolint pragma for DL3007 does not hide an untagged image (DL3006)", () => {
    expect(lint("# hadolint ignore=DL3007\nFROM node\n")).toContain("from-image-pinned@2");
    expect(lint("# hadolint ignore=DL3007\nFROM node:latest\n")).not.toContain("from-image-pinned@2");
  });
  it("DL4003 covers a repeated CMD but not a repeated ENTRYPOINT", () => {
    const code = 'FROM alpine:3\nCMD ["a"]\n# hadolint ignore=DL4003\nCMD ["b"]\nENTRYPOINT ["x"]\n# hadolint ignore=DL4003\nENTRYPOINT ["y"]\n';
    const out = lint(code);
    // Reported at the CMD/ENTRYPOINT that has no effect; the ignore comment above the later one applies.
    expect(out.filter((p) => p.startsWith("instruction-once-per-stage@"))).toEqual(["instruction-once-per-stage@5"]);
  });
});

describe("BuildKit check= comments above an instruction", () => {
  it("are found whatever the case of `check`, and apply to that instruction only", () => {
    const code = "FROM node\nCMD node a.js\n# Check=skip=JSONArgsRecommended\nCMD node b.js\n";
    const out = lint(code);
    expect(out).toContain("cmd-exec-form@2");
    expect(out).not.toContain("cmd-exec-form@4");
    // A comment that is not a check directive (the word alone) changes nothing.
    expect(lint(code.replace("# Check=skip=JSONArgsRecommended", "# check the exec form"))).toContain("cmd-exec-form@4");
  });
});

describe("BuildKit check=experimental", () => {
  it("switches on an experimental check that is off by default", () => {
    const code = "# check=experimental=InvalidDefinitionDescription\nFROM alpine:3.20 AS base\n# this is the base\nFROM base AS final\n";
    const withIt = lint(code);
    const without = lint(code.replace(/^# check=.*\n/, "\n"));
    expect(withIt.some((p) => p.startsWith("definition-description-format@"))).toBe(true);
    expect(without.some((p) => p.startsWith("definition-description-format@"))).toBe(false);
  });
  it("a '# check=experimental=' comment above one instruction switches it on for that instruction only", () => {
    const code = "FROM alpine:3.20 AS a\n# check=experimental=InvalidDefinitionDescription\n# this is b\nFROM a AS b\n# this is c\nFROM b AS c\n";
    expect(lint(code).filter((p) => p.startsWith("definition-description-format@"))).toEqual(["definition-description-format@4"]);
    // `experimental=all` too; an invalid option string switches nothing on; a skip list does not apply.
    expect(lint(code.replace("experimental=InvalidDefinitionDescription", "experimental=all"))).toContain("definition-description-format@4");
    expect(lint(code.replace("experimental=InvalidDefinitionDescription", "experimental=InvalidDefinitionDescription;bogus=1")).some((p) => p.startsWith("definition-description-format@"))).toBe(false);
    expect(lint(code.replace("experimental=InvalidDefinitionDescription", "skip=all;experimental=InvalidDefinitionDescription"))).toContain("definition-description-format@4");
  });
});

describe("hadolint pragma grammar (hadolint's Pragma.hs)", () => {
  const body = "FROM alpine:3.22\nMAINTAINER me\nCMD node app.js\n";
  it("blanks around '=' and ',' are allowed", () => {
    const out = lint("# hadolint global ignore = DL4000 , DL3025\n" + body);
    expect(out).not.toContain("maintainer-deprecated@3");
    expect(out).not.toContain("cmd-exec-form@4");
    expect(lint("FROM alpine:3.22\n# hadolint ignore = DL4000\nMAINTAINER me\n")).not.toContain("maintainer-deprecated@3");
  });
  it("a trailing '# comment' is allowed", () => {
    expect(lint("FROM alpine:3.22\n# hadolint ignore=DL4000 # legacy image\nMAINTAINER me\n")).not.toContain("maintainer-deprecated@3");
  });
  it("a token that is not a code makes the whole pragma a plain comment", () => {
    expect(lint("FROM alpine:3.22\n# hadolint ignore=DL4000,dl3025\nMAINTAINER me\n")).toContain("maintainer-deprecated@3");
    expect(lint("FROM alpine:3.22\n# hadolint ignore=DL4000 because\nMAINTAINER me\n")).toContain("maintainer-deprecated@3");
    expect(lint("# hadolint global ignore=DL4000,DL30xx\n" + body)).toContain("maintainer-deprecated@3");
  });
  it("a line pragma covers only the instruction on the very next line", () => {
    const out = lint("FROM alpine:3.22\n# hadolint ignore=DL4000\n# hadolint ignore=DL3025\nMAINTAINER me\n");
    expect(out).toContain("maintainer-deprecated@4");
  });
});

describe("# hadolint stage ignore=", () => {
  const code = [
    "FROM alpine:3.22 AS build",
    "MAINTAINER me",
    "# hadolint stage ignore=DL4000,DL3006",
    "FROM node AS second",
    "MAINTAINER me",
    "RUN true",
    "MAINTAINER me",
    "FROM alpine:3.22",
    "MAINTAINER me",
  ].join("\n");
  it("covers the rest of the stage it precedes, not other stages", () => {
    const out = lint(code);
    expect(out).toContain("maintainer-deprecated@2");
    expect(out).not.toContain("maintainer-deprecated@5");
    expect(out).not.toContain("maintainer-deprecated@7");
    expect(out).toContain("maintainer-deprecated@9");
  });
  it("does not cover a finding on the FROM line itself (as hadolint)", () => {
    expect(lint(code)).toContain("from-image-pinned@4");
  });
  it("placed mid-stage, it applies from two lines below itself", () => {
    const out = lint("FROM alpine:3.22\n# hadolint stage ignore=DL4000\nMAINTAINER me\nMAINTAINER me\n");
    expect(out).toContain("maintainer-deprecated@3");
    expect(out).not.toContain("maintainer-deprecated@4");
  });
  it("is switched off with inline pragmas", () => {
    expect(lint(code, false)).toContain("maintainer-deprecated@5");
  });
});

describe("suppressesNothing (reports skip the lookup)", () => {
  const of = (code: string) => suppressesNothing(collectSuppressions(buildModel(code), true));
  it("holds for a file without pragmas or skips", () => {
    expect(of("FROM alpine:3.20\n# a comment\nRUN true\n")).toBe(true);
    expect(of("FROM alpine:3.20 AS a\nFROM a\n# check the exec form\nCMD node\n")).toBe(true);
  });
  it("fails for every kind of suppression", () => {
    expect(of("# dflint-ignore-file: run-no-cd\nFROM alpine:3.20\n")).toBe(false);
    expect(of("FROM alpine:3.20\n# dflint-ignore: run-no-cd\nRUN cd /x\n")).toBe(false);
    expect(of("FROM alpine:3.20\n# hadolint ignore=DL3003\nRUN cd /x\n")).toBe(false);
    expect(of("# hadolint global ignore=DL3003\nFROM alpine:3.20\n")).toBe(false);
    expect(of("FROM alpine:3.20\n# hadolint stage ignore=DL3003\nRUN cd /x\n")).toBe(false);
    expect(of("# check=skip=JSONArgsRecommended\nFROM alpine:3.20\n")).toBe(false);
    expect(of("# check=skip=all\nFROM alpine:3.20\n")).toBe(false);
    expect(of("FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD node\n")).toBe(false);
  });
  it("sees codes ignored by the config (added after collection)", () => {
    const s = collectSuppressions(buildModel("FROM alpine:3.20\n"), true);
    s.file.add("hadolint:DL3003");
    expect(suppressesNothing(s)).toBe(false);
  });
  it("keeps config ignores working in lintModel", () => {
    const config: ResolvedConfig = { rules: {}, settings: defaultSettings, inlineIgnores: true, source: "test", ignoreCodes: ["run-no-cd"] };
    const out = lintModel(buildModel("FROM node\nRUN cd /x && make\n"), rules, config).map((p) => `${p.ruleId}@${p.line}`);
    expect(out).not.toContain("run-no-cd@2");
    expect(out).toContain("from-image-pinned@1");
  });
});
