import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import rule from "../rules/run-shellcheck";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { configFor, runRule } from "./helpers/rule-tester";

const available = spawnSync("shellcheck", ["--version"], { encoding: "utf8" }).status === 0;
if (!available) console.warn("run-shellcheck tests skipped: 'shellcheck' is not on PATH (apt-get install shellcheck)");

const on = { shellcheck: true };
const show = (code: string, settings = on, options?: Record<string, unknown>) =>
  runRule(rule, { code, settings, options }).map((p) => `${p.ruleId} ${p.severity} ${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`);

describe("run-shellcheck", () => {
  it("does nothing unless settings.shellcheck is on", () => {
    expect(runRule(rule, { code: "FROM debian:12\nRUN echo $1" })).toEqual([]);
  });

  it("never crashes when shellcheck is missing", () => {
    const path = process.env["PATH"];
    process.env["PATH"] = "/nonexistent";
    try {
      const problems = runRule(rule, { code: "FROM debian:12\nRUN echo $1", settings: on });
      expect(problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      process.env["PATH"] = path;
    }
  });

  describe.skipIf(!available)("with shellcheck installed", () => {
    it("reports findings as shellcheck/SCxxxx at the exact word", () => {
      const out = show("FROM debian:12\nRUN echo $1");
      expect(out).toEqual([expect.stringMatching(/^shellcheck\/SC2086 info 2:10-2:12 SC2086: /)]);
    });

    it("maps positions across line continuations", () => {
      const out = show("FROM debian:12\nRUN apt-get update && \\\n    cp $SRC /x");
      expect(out).toEqual([expect.stringMatching(/^shellcheck\/SC2086 info 3:8-3:12 /)]);
    });

    it("maps positions inside heredoc scripts and uses their shebang", () => {
      const out = show("FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -e\nif [[ -n $x ]]; then echo \"$x\"; fi\nrm $f\nEOF");
      // bash dialect from the shebang: no SC3010 for [[ ]]
      expect(out).toEqual([
        expect.stringMatching(/^shellcheck\/SC2086 info 6:4-6:6 /),
        expect.stringMatching(/^shellcheck\/SC2154 warning 6:4-6:6 /),
      ]);
    });

    it("checks POSIX sh by default and bash under SHELL bash", () => {
      expect(show("FROM debian:12\nRUN if [[ -f /x ]]; then echo y; fi").join("\n")).toMatch(/SC3010/);
      expect(show('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN if [[ -f /x ]]; then echo y; fi')).toEqual([]);
      expect(show('FROM debian:12 AS b\nSHELL ["/bin/bash", "-c"]\nFROM b\nRUN if [[ -f /x ]]; then echo y; fi')).toEqual([]);
    });

    it("knows ARG and ENV names", () => {
      expect(show("FROM debian:12\nARG version\nENV home=/x\nRUN echo \"$version\" \"$home\"")).toEqual([]);
      expect(show("FROM debian:12\nRUN echo \"$version\"").join("\n")).toMatch(/SC2154/);
    });

    it("checks exec-form sh -c and skips plain exec form and Windows shells", () => {
      expect(show('FROM debian:12\nRUN ["sh", "-c", "echo $1"]')).toEqual([expect.stringMatching(/^shellcheck\/SC2086 info 2:24-2:26 /)]);
      expect(show('FROM debian:12\nRUN ["echo", "$1"]')).toEqual([]);
      expect(show("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo $1")).toEqual([]);
      expect(show('FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN echo $1')).toEqual([]);
      expect(show('FROM debian:12\nSHELL ["/bin/zsh", "-c"]\nRUN echo $1')).toEqual([]);
    });

    it("honours exclude, minLevel and ignore pragmas", () => {
      expect(show("FROM debian:12\nRUN echo $1", on, { exclude: ["SC2086"] })).toEqual([]);
      expect(show("FROM debian:12\nRUN echo $1", on, { minLevel: "warning" })).toEqual([]);
      expect(show("FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $1")).toEqual([]);
      expect(show("FROM debian:12\n# dflint-ignore: shellcheck/SC2086\nRUN echo $1")).toEqual([]);
      expect(show("FROM debian:12\n# dflint-ignore: run-shellcheck\nRUN echo $1")).toEqual([]);
    });

    it("batches all RUNs of a file into one ShellCheck call", () => {
      const out = show("FROM debian:12\nRUN echo $1\nRUN <<EOF\necho $2\nEOF\nONBUILD RUN echo $3");
      expect(out.map((l) => l.split(" ")[2])).toEqual(["2:10-2:12", "4:6-4:8", "6:18-6:20"]);
    });

    it("keeps ShellCheck's level below the rule's severity", () => {
      const problems = runRule(rule, { code: "FROM debian:12\nRUN echo \"$version\"", settings: on });
      expect(problems[0]!.severity).toBe("warning");
    });

    it("caps ShellCheck's level at the rule's severity", () => {
      const code = "FROM debian:12\nRUN echo \"$version\"";
      const config = configFor(rule, { code, settings: on });
      config.rules[rule.id]!.severity = "info";
      const problems = lintModel(buildModel(code), [rule], config);
      expect(problems.map((p) => `${p.ruleId} ${p.severity}`)).toEqual(["shellcheck/SC2154 info"]);
    });
  });
});
