// Output formatters: exact shapes, escaping, GitHub annotation limits, SARIF schema validity and
// line-independent fingerprints. Fixtures are written by hand, independent of the rules.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import type { ActiveSeverity, FileResult, Problem, RuleDefinition } from "../src/engine/types";
import { fingerprint, fingerprintAll } from "../src/format/fingerprint";
import { formatterNames, formatters, getFormatter } from "../src/format/index";
import type { FormatContext } from "../src/format/types";
import { displayPath } from "../src/format/util";

const CWD = "/repo";

function rule(id: string, severity: RuleDefinition["severity"], extra: Partial<RuleDefinition> = {}): RuleDefinition {
  return {
    id,
    description: `Description of ${id}`,
    severity,
    related: [],
    messages: { m: "message" },
    options: {},
    examples: { valid: [], invalid: [] },
    check() {},
    ...extra,
  };
}

const RULES: RuleDefinition[] = [
  rule("from-image-pinned", "warning", {
    description: "Pin every base image to a version tag or a digest",
    related: ["hadolint:DL3006", "hadolint:DL3007"],
    examples: { valid: ["FROM node:22-alpine"], invalid: ["FROM node", "FROM node:latest # ``` fence"] },
    differs: "judges the image after ARG expansion",
  }),
  rule("run-no-cd", "error", { related: ["hadolint:DL3003"] }),
  rule("label-schema", "info"),
  rule("strict-only", "off"),
];

function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return {
    rules: new Map(RULES.map((r) => [r.id, r])),
    color: false,
    cwd: CWD,
    version: "1.2.3",
    docsUrl: (id) => `https://example.test/dflint/README.md#${id}`,
    ...over,
  };
}

function prob(
  ruleId: string,
  severity: ActiveSeverity,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  message: string,
  related: string[] = [],
): Problem {
  return { ruleId, related, severity, message, messageId: "m", line, column, endLine, endColumn, span: { start: 0, end: 0 } };
}

const SOURCE_A = ["FROM node", "WORKDIR /app", "RUN cd /tmp && \\", "    make", "LABEL a=b", ""].join("\n");

/** Problems deliberately out of order. */
function fileA(): FileResult {
  return {
    path: `${CWD}/Dockerfile`,
    source: SOURCE_A,
    problems: [
      prob("run-no-cd", "error", 3, 5, 4, 9, "Use WORKDIR instead of 'cd'", ["hadolint:DL3003"]),
      prob("from-image-pinned", "warning", 1, 6, 1, 10, "Base image 'node' has no tag", ["hadolint:DL3006"]),
      prob("label-schema", "info", 5, 7, 5, 10, "Label 'a' is not in the schema"),
    ],
  };
}

function fileB(): FileResult {
  return {
    path: "services/api/Dockerfile",
    source: "FROM alpine:3.20\nRUN echo $HOME\n",
    problems: [
      prob("shellcheck/SC2086", "info", 2, 10, 2, 15, "Double quote to prevent globbing and word splitting"),
      prob("internal-error", "error", 1, 1, 1, 1, "Rule 'x' crashed: boom"),
    ],
  };
}

const clean: FileResult = { path: "clean.Dockerfile", source: "FROM scratch\n", problems: [] };
const fatal: FileResult = { path: "broken/Dockerfile", problems: [], fatal: "broken/Dockerfile: could not be read: EACCES" };

function all(): FileResult[] {
  return [fileA(), fileB(), clean, fatal];
}

const ESC = "\u001b";

describe("displayPath", () => {
  it("shows a path relative to cwd in normal form, whether given relative or absolute", () => {
    const cwd = "/work/project";
    expect(displayPath("svc/Dockerfile", cwd)).toBe("svc/Dockerfile");
    expect(displayPath("/work/project/svc/Dockerfile", cwd)).toBe("svc/Dockerfile");
    expect(displayPath("./svc//api/../Dockerfile", cwd)).toBe("svc/Dockerfile");
    expect(displayPath("svc/./Dockerfile", cwd)).toBe("svc/Dockerfile");
    expect(displayPath("../other/Dockerfile", cwd)).toBe("../other/Dockerfile");
    expect(displayPath(".devcontainer/Dockerfile", cwd)).toBe(".devcontainer/Dockerfile");
    expect(displayPath("/elsewhere/Dockerfile", cwd)).toBe("../../elsewhere/Dockerfile");
    expect(displayPath("<stdin>", cwd)).toBe("<stdin>");
  });
});

describe("registry", () => {
  it("lists every format and looks names up safely", () => {
    expect(formatterNames).toEqual(["stylish", "compact", "json", "sarif", "github", "gitlab", "checkstyle", "junit", "rdjson"]);
    for (const name of formatterNames) expect(getFormatter(name)).toBe(formatters[name]);
    expect(getFormatter("nope")).toBeUndefined();
    expect(getFormatter("constructor")).toBeUndefined();
    expect(getFormatter("toString")).toBeUndefined();
  });

  it("never emits colour codes or raw escape characters in machine formats, even with color on", () => {
    const results = all();
    results[0]!.problems.push(prob("run-no-cd", "error", 2, 1, 2, 2, `evil ${ESC}[31mred${ESC}[0m`));
    for (const name of ["json", "compact", "sarif", "github", "gitlab", "checkstyle", "junit", "rdjson"]) {
      const out = getFormatter(name)!(results, ctx({ color: true }));
      // JSON formats keep the message but escape the character; the others replace or drop it.
      expect(out.includes(ESC), name).toBe(false);
    }
  });

  it("handles an empty result list", () => {
    const c = ctx();
    expect(formatters.stylish!([], c)).toBe("");
    expect(formatters.compact!([], c)).toBe("");
    expect(formatters.github!([], c)).toBe("");
    expect(JSON.parse(formatters.json!([], c))).toEqual({ version: 1, files: [] });
    expect(JSON.parse(formatters.gitlab!([], c))).toEqual([]);
    expect(JSON.parse(formatters.sarif!([], c)).runs[0].results).toEqual([]);
    expect(formatters.checkstyle!([], c)).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
    expect(formatters.junit!([], c)).toContain('<testsuites name="dflint" tests="0" failures="0" errors="0" time="0">');
  });
});

describe("json", () => {
  it("has the documented shape, file order and problem order", () => {
    const out = formatters.json!(all(), ctx());
    expect(out.endsWith("\n")).toBe(true);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["version", "files"]);
    expect(report.version).toBe(1);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["Dockerfile", "services/api/Dockerfile", "clean.Dockerfile", "broken/Dockerfile"]);
    const a = report.files[0];
    expect(Object.keys(a)).toEqual(["path", "problems"]);
    expect(a.problems).toEqual([
      { ruleId: "from-image-pinned", related: ["hadolint:DL3006"], severity: "warning", message: "Base image 'node' has no tag", line: 1, column: 6, endLine: 1, endColumn: 10 },
      { ruleId: "run-no-cd", related: ["hadolint:DL3003"], severity: "error", message: "Use WORKDIR instead of 'cd'", line: 3, column: 5, endLine: 4, endColumn: 9 },
      { ruleId: "label-schema", related: [], severity: "info", message: "Label 'a' is not in the schema", line: 5, column: 7, endLine: 5, endColumn: 10 },
    ]);
    for (const p of a.problems) {
      expect(Object.keys(p)).toEqual(["ruleId", "related", "severity", "message", "line", "column", "endLine", "endColumn"]);
    }
    expect(report.files[1].problems.map((p: Problem) => p.ruleId)).toEqual(["internal-error", "shellcheck/SC2086"]);
    expect(report.files[2]).toEqual({ path: "clean.Dockerfile", problems: [] });
    expect(report.files[3]).toEqual({ path: "broken/Dockerfile", problems: [], error: "broken/Dockerfile: could not be read: EACCES" });
  });

  it("shows each file's path relative to cwd and normalised, in the results' order", () => {
    const results: FileResult[] = ["./a//Dockerfile", "b/./c/Dockerfile", "/repo/d/Dockerfile", "e/Dockerfile"].map((path) => ({ path, problems: [] }));
    const report = JSON.parse(formatters.json!(results, ctx()));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["a/Dockerfile", "b/c/Dockerfile", "d/Dockerfile", "e/Dockerfile"]);
  });

  it("does not reorder the caller's problems", () => {
    const a = fileA();
    formatters.json!([a], ctx());
    expect(a.problems.map((p) => p.line)).toEqual([3, 1, 5]);
  });

  it("writes a file formatted as it was linted (fileChunks) as it would have written it at the end", () => {
    const results = [...all(), { path: "/repo/x/./Dockerfile", problems: [], fixed: 1 }];
    const expected = formatters.json!(results, ctx());
    // Every other file formatted early: its problems are gone, its part of the report stays.
    const mixed = all().concat({ path: "/repo/x/./Dockerfile", problems: [], fixed: 1 }).map((r, i): FileResult => {
      if (i % 2) return r;
      const chunks = [...formatters.json!.fileChunks!(r, CWD)];
      expect(chunks[0]).not.toMatch(/^,/);
      return { ...r, problems: [], formatted: { chunks, counts: { error: 0, warning: 0, info: 0 } } };
    });
    expect(formatters.json!(mixed, ctx())).toBe(expected);
    expect([...formatters.json!.chunks!(mixed, ctx())].join("")).toBe(expected);
  });

  it("writes in pieces the same text as JSON.stringify of the whole report", () => {
    const many: FileResult = {
      path: "/repo/many/Dockerfile",
      problems: Array.from({ length: 2500 }, (_, i) => prob("run-no-cd", "error", i + 1, 1, i + 1, 3, "Use WORKDIR \"here\" \u2028")),
      fixed: 2,
    };
    const results = [...all(), many, { path: "/repo/empty", problems: [] }];
    const pieces = [...formatters.json!.chunks!(results, ctx())];
    // Small files' pieces are joined (up to 32 kB), the big file's problems come in several.
    expect(pieces.length).toBeGreaterThan(results.length);
    const out = pieces.join("");
    expect(out).toBe(formatters.json!(results, ctx()));
    expect(out).toBe(JSON.stringify(JSON.parse(out)) + "\n");
    expect(JSON.parse(out).files[4]).toMatchObject({ path: "many/Dockerfile", fixed: 2 });
    expect(JSON.parse(out).files[4].problems).toHaveLength(2500);
    // A file's problems come in pieces of tens of kB, however many there are (under 64 KB each).
    expect(pieces.filter((p) => p.length > 30000).length).toBeGreaterThan(4);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65536);
  });
});

describe("compact", () => {
  it("prints one gcc-style line per problem", () => {
    expect(formatters.compact!(all(), ctx())).toBe(
      [
        "Dockerfile:1:6: warning: Base image 'node' has no tag [from-image-pinned]",
        "Dockerfile:3:5: error: Use WORKDIR instead of 'cd' [run-no-cd]",
        "Dockerfile:5:7: info: Label 'a' is not in the schema [label-schema]",
        "services/api/Dockerfile:1:1: error: Rule 'x' crashed: boom [internal-error]",
        "services/api/Dockerfile:2:10: info: Double quote to prevent globbing and word splitting [shellcheck/SC2086]",
        "broken/Dockerfile:1:1: error: broken/Dockerfile: could not be read: EACCES [fatal]",
        "",
      ].join("\n"),
    );
  });

  it("keeps every problem on one line", () => {
    const r: FileResult = { path: "Dockerfile", problems: [prob("run-no-cd", "error", 1, 1, 1, 2, "a\nb\r\nc")] };
    expect(formatters.compact!([r], ctx())).toBe("Dockerfile:1:1: error: a b c [run-no-cd]\n");
  });
});

describe("stylish", () => {
  it("groups by file, aligns columns and ends with a summary", () => {
    const out = formatters.stylish!(all(), ctx());
    expect(out).toBe(
      [
        "",
        "Dockerfile",
        "  1:6  warning  Base image 'node' has no tag    from-image-pinned",
        "  3:5  error    Use WORKDIR instead of 'cd'     run-no-cd",
        "  5:7  info     Label 'a' is not in the schema  label-schema",
        "",
        "services/api/Dockerfile",
        "  1:1   error  Rule 'x' crashed: boom                               internal-error",
        "  2:10  info   Double quote to prevent globbing and word splitting  shellcheck/SC2086",
        "",
        "broken/Dockerfile",
        "  1:1  error  broken/Dockerfile: could not be read: EACCES",
        "",
        "\u2716 6 problems (3 errors, 1 warning, 2 info)",
        "",
      ].join("\n"),
    );
    expect(out.includes(ESC)).toBe(false);
  });

  it("right-aligns line numbers", () => {
    const r: FileResult = {
      path: "Dockerfile",
      problems: [prob("run-no-cd", "error", 12, 3, 12, 4, "x"), prob("run-no-cd", "error", 9, 10, 9, 11, "y")],
    };
    expect(formatters.stylish!([r], ctx()).split("\n").slice(2, 4)).toEqual(["   9:10  error  y  run-no-cd", "  12:3   error  x  run-no-cd"]);
  });

  it("prints nothing when there is no problem", () => {
    expect(formatters.stylish!([clean, { ...clean, path: "other" }], ctx())).toBe("");
  });

  it("uses singular forms", () => {
    const r: FileResult = { path: "Dockerfile", problems: [prob("run-no-cd", "error", 1, 1, 1, 2, "x")] };
    expect(formatters.stylish!([r], ctx())).toContain("\u2716 1 problem (1 error, 0 warnings, 0 info)");
  });

  it("colours only when asked, and never passes escape sequences from messages through", () => {
    const r: FileResult = { path: "Dockerfile", problems: [prob("run-no-cd", "error", 1, 1, 1, 2, `bad ${ESC}]0;title\u0007 text`)] };
    const plain = formatters.stylish!([r], ctx({ color: false }));
    expect(plain.includes(ESC)).toBe(false);
    expect(plain.includes("\u0007")).toBe(false);
    const coloured = formatters.stylish!([r], ctx({ color: true }));
    expect(coloured.includes(ESC)).toBe(true);
    // Removing SGR codes gives back the plain report.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });
});

describe("github", () => {
  it("escapes data and properties as @actions/core does", () => {
    const r: FileResult = {
      path: `${CWD}/we,ird:1%.Dockerfile`,
      problems: [prob("run-no-cd", "error", 2, 3, 2, 8, "100% wrong\r\n::error::injected")],
    };
    expect(formatters.github!([r], ctx())).toBe(
      "::error file=we%2Cird%3A1%25.Dockerfile,line=2,endLine=2,col=3,endColumn=8,title=dflint run-no-cd::100%25 wrong%0D%0A::error::injected\n",
    );
  });

  it("maps levels, drops columns on multi-line problems and puts errors first", () => {
    const out = formatters.github!(all(), ctx());
    expect(out).toBe(
      [
        "::error file=Dockerfile,line=3,endLine=4,title=dflint run-no-cd::Use WORKDIR instead of 'cd'",
        "::error file=broken/Dockerfile,line=1,endLine=1,col=1,endColumn=1,title=dflint fatal::broken/Dockerfile: could not be read: EACCES",
        "::error file=services/api/Dockerfile,line=1,endLine=1,col=1,endColumn=1,title=dflint internal-error::Rule 'x' crashed: boom",
        "::warning file=Dockerfile,line=1,endLine=1,col=6,endColumn=10,title=dflint from-image-pinned::Base image 'node' has no tag",
        "::notice file=Dockerfile,line=5,endLine=5,col=7,endColumn=10,title=dflint label-schema::Label 'a' is not in the schema",
        "::notice file=services/api/Dockerfile,line=2,endLine=2,col=10,endColumn=15,title=dflint shellcheck/SC2086::Double quote to prevent globbing and word splitting",
        "",
      ].join("\n"),
    );
  });

  it("keeps to 10 annotations per level and says how many were left out", () => {
    const problems: Problem[] = [];
    for (let i = 25; i >= 1; i--) problems.push(prob("run-no-cd", "error", i, 1, i, 2, `error ${i}`));
    for (let i = 1; i <= 3; i++) problems.push(prob("from-image-pinned", "warning", 100 + i, 1, 100 + i, 2, `warning ${i}`));
    const lines = formatters.github!([{ path: "b/Dockerfile", problems }], ctx()).trimEnd().split("\n");
    const errors = lines.filter((l) => l.startsWith("::error "));
    expect(errors).toHaveLength(10);
    expect(errors.map((l) => /line=(\d+),/.exec(l)![1])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(3);
    expect(lines.slice(0, 10)).toEqual(errors);
    expect(lines).toHaveLength(14);
    expect(lines[13]).toMatch(/^::notice::dflint: 15 more problems were not annotated .*--format stylish/);
    expect(lines[13]).toContain("job summary");
    expect(lines[13]).toContain("SARIF");
  });

  it("counts the summary notice in the notice budget and orders by file", () => {
    const results: FileResult[] = [
      { path: "z/Dockerfile", problems: Array.from({ length: 6 }, (_, i) => prob("label-schema", "info", i + 1, 1, i + 1, 2, `z${i}`)) },
      { path: "a/Dockerfile", problems: Array.from({ length: 6 }, (_, i) => prob("label-schema", "info", i + 1, 1, i + 1, 2, `a${i}`)) },
    ];
    const lines = formatters.github!(results, ctx()).trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.startsWith("::notice"))).toBe(true);
    expect(lines.slice(0, 6).every((l) => l.includes("file=a/Dockerfile"))).toBe(true);
    expect(lines[8]).toContain("::z2");
    expect(lines[9]).toMatch(/^::notice::dflint: 3 more problems were not annotated/);
  });

  it("emits exactly 10 notices without a summary when nothing is dropped", () => {
    const r: FileResult = { path: "Dockerfile", problems: Array.from({ length: 10 }, (_, i) => prob("label-schema", "info", i + 1, 1, i + 1, 2, `n${i}`)) };
    const lines = formatters.github!([r], ctx()).trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines.some((l) => l.startsWith("::notice::"))).toBe(false);
  });

  it("uses the singular for one dropped problem", () => {
    const r: FileResult = { path: "Dockerfile", problems: Array.from({ length: 11 }, (_, i) => prob("run-no-cd", "error", i + 1, 1, i + 1, 2, `e${i}`)) };
    const lines = formatters.github!([r], ctx()).trimEnd().split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^::notice::dflint: 1 more problem was not annotated/);
  });
});

describe("gitlab", () => {
  it("writes Code Quality issues with unique, line-independent fingerprints", () => {
    const issues = JSON.parse(formatters.gitlab!(all(), ctx()));
    expect(issues).toHaveLength(6);
    expect(issues[0]).toEqual({
      description: "Base image 'node' has no tag",
      check_name: "from-image-pinned",
      fingerprint: fingerprintAll(fileA(), CWD)[1],
      severity: "minor",
      location: { path: "Dockerfile", lines: { begin: 1, end: 1 } },
    });
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(["minor", "major", "info", "major", "info", "major"]);
    expect(issues[1].location.lines).toEqual({ begin: 3, end: 4 });
    expect(issues[5]).toMatchObject({ check_name: "fatal", location: { path: "broken/Dockerfile", lines: { begin: 1, end: 1 } } });
    const fps = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
    for (const i of issues) expect(Object.keys(i)).toEqual(["description", "check_name", "fingerprint", "severity", "location"]);
  });

  it("keeps fingerprints unique when the same file is listed twice", () => {
    const issues = JSON.parse(formatters.gitlab!([fileA(), fileA()], ctx()));
    const fps = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(fps).size).toBe(6);
  });
});

describe("checkstyle", () => {
  it("writes escaped checkstyle XML", () => {
    const r: FileResult = {
      path: "a&b/<x>.Dockerfile",
      problems: [prob("run-no-cd", "error", 2, 4, 2, 5, `Don't "cd" & <go>\u0000\u0008 away\nnow`)],
    };
    expect(formatters.checkstyle!([r, clean, fatal], ctx())).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="a&amp;b/&lt;x&gt;.Dockerfile">',
        '    <error line="2" column="4" severity="error" message="Don&apos;t &quot;cd&quot; &amp; &lt;go&gt; away&#10;now" source="dflint.run-no-cd"/>',
        "  </file>",
        '  <file name="clean.Dockerfile"/>',
        '  <file name="broken/Dockerfile">',
        '    <error line="1" column="1" severity="error" message="broken/Dockerfile: could not be read: EACCES" source="dflint.fatal"/>',
        "  </file>",
        "</checkstyle>",
        "",
      ].join("\n"),
    );
  });
});

describe("junit", () => {
  it("writes one suite per file with a failing case per problem", () => {
    const out = formatters.junit!(all(), ctx());
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="dflint" tests="7" failures="5" errors="1" time="0">\n')).toBe(true);
    expect(out).toContain('<testsuite name="Dockerfile" tests="3" failures="3" errors="0" skipped="0" time="0">');
    expect(out).toContain('<testcase name="from-image-pinned at 1:6" classname="Dockerfile" file="Dockerfile" line="1" time="0">');
    expect(out).toContain(
      '<failure message="Base image &apos;node&apos; has no tag" type="warning">warning: Base image &apos;node&apos; has no tag (from-image-pinned) at Dockerfile:1:6</failure>',
    );
    expect(out).toContain(
      '<testsuite name="clean.Dockerfile" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase name="dflint" classname="clean.Dockerfile" file="clean.Dockerfile" time="0"/>\n  </testsuite>',
    );
    expect(out).toContain('<testsuite name="broken/Dockerfile" tests="1" failures="0" errors="1" skipped="0" time="0">');
    expect(out).toContain('<error message="broken/Dockerfile: could not be read: EACCES" type="error">');
    expect(out.endsWith("</testsuites>\n")).toBe(true);
    // Balanced tags.
    for (const tag of ["testsuite", "testcase", "failure", "error"]) {
      const open = out.match(new RegExp(`<${tag}[ >](?![^>]*/>)`, "g"))?.length ?? 0;
      const close = out.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
      expect(open, tag).toBe(close);
    }
  });

  it("escapes XML special and invalid characters", () => {
    const r: FileResult = { path: 'q"uote.Dockerfile', problems: [prob("run-no-cd", "error", 1, 1, 1, 2, "a<b>&c\u001fd")] };
    const out = formatters.junit!([r], ctx());
    expect(out).toContain('classname="q&quot;uote.Dockerfile"');
    expect(out).toContain('message="a&lt;b&gt;&amp;cd"');
    expect(out).not.toContain("\u001f");
  });
});

// ---------------------------------------------------------------------------------------------
// SARIF

const require = createRequire(import.meta.url);

/** The SARIF 2.1.0 JSON schema shipped by @microsoft/jest-sarif (draft-04, 2.1.0-rtm.5). */
function loadSarifSchema(): Record<string, unknown> {
  const file = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const schema = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  // Ajv 8 has no draft-04 meta-schema. This schema uses no keyword whose meaning changed after
  // draft-04 (no exclusiveMinimum/Maximum, no `dependencies`), so only the draft-04 `id` and
  // `$schema` need to go for Ajv to read it with draft-07 semantics.
  delete schema.$schema;
  delete schema.id;
  let text = JSON.stringify(schema);
  expect(text).not.toMatch(/"exclusiveM(in|ax)imum"|"dependencies"/);
  // rtm.5 has a broken `language` pattern (a stray `]`); use the one of the final 2.1.0 schema.
  const broken = JSON.stringify("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
  expect(text.split(broken)).toHaveLength(3);
  text = text.split(broken).join(JSON.stringify("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"));
  return JSON.parse(text) as Record<string, unknown>;
}

function sarifValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s));
  ajv.addFormat("uri-reference", (s: string) => /^[^\s<>"{}|\\^`]*$/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(loadSarifSchema());
}

describe("sarif", () => {
  const weird: FileResult = {
    path: "dir with space/we,ird:1%.Dockerfile",
    source: "FROM x\n",
    problems: [prob("from-image-pinned", "warning", 1, 6, 1, 7, "Base image 'x' has no tag")],
  };
  const results = (): FileResult[] => [...all(), weird];
  const log = () => JSON.parse(formatters.sarif!(results(), ctx()));

  it("is valid against the SARIF 2.1.0 JSON schema", () => {
    const validate = sarifValidator();
    const ok = validate(log());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema rejects a wrong document (so the check above means something).
    const bad = log();
    bad.runs[0].results[0].level = "fatal";
    delete bad.runs[0].tool.driver.name;
    expect(validate(bad)).toBe(false);
  });

  it("describes the tool and every rule that fired", () => {
    const doc = log();
    expect(doc.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(doc.version).toBe("2.1.0");
    expect(doc.runs).toHaveLength(1);
    const driver = doc.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "dflint", version: "1.2.3", semanticVersion: "1.2.3", informationUri: "https://example.test/dflint/README.md" });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "fatal",
      "from-image-pinned",
      "internal-error",
      "label-schema",
      "run-no-cd",
      "shellcheck/SC2086",
    ]);
    const pinned = driver.rules[1];
    expect(pinned).toMatchObject({
      id: "from-image-pinned",
      name: "FromImagePinned",
      shortDescription: { text: "Pin every base image to a version tag or a digest" },
      helpUri: "https://example.test/dflint/README.md#from-image-pinned",
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["dockerfile", "hadolint:DL3006", "hadolint:DL3007"] },
    });
    expect(pinned.fullDescription.text).toContain("Difference from hadolint/BuildKit: judges the image after ARG expansion.");
    expect(pinned.help.text).toContain("    FROM node:latest");
    expect(pinned.help.markdown).toContain("```dockerfile\nFROM node:22-alpine\n```");
    // An example containing ``` gets a longer fence.
    expect(pinned.help.markdown).toContain("````dockerfile\nFROM node:latest # ``` fence\n````");
    expect(pinned.help.markdown).toContain("[Documentation](https://example.test/dflint/README.md#from-image-pinned)");
    const byId = Object.fromEntries(driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId["run-no-cd"].defaultConfiguration).toEqual({ level: "error" });
    expect(byId["label-schema"].defaultConfiguration).toEqual({ level: "note" });
    expect(byId["shellcheck/SC2086"]).toMatchObject({ name: "ShellcheckSC2086", helpUri: "https://www.shellcheck.net/wiki/SC2086" });
    expect(byId["internal-error"].helpUri).toBeUndefined();
    expect(byId["internal-error"].defaultConfiguration).toEqual({ level: "error" });
    expect(byId["internal-error"].name).toBe("InternalError");
    expect(byId.fatal.name).toBe("FatalCheck");
    for (const r of driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.fullDescription.text.length).toBeGreaterThan(0);
      expect(r.help.text.length).toBeGreaterThan(0);
      expect(r.helpUri).not.toBe("");
    }
  });

  it("writes results with rule index, level, relative URI, region and fingerprint", () => {
    const doc = log();
    const run = doc.runs[0];
    const rules = run.tool.driver.rules;
    expect(run.results).toHaveLength(7);
    for (const r of run.results) {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(Object.keys(r.partialFingerprints)).toEqual(["dflintFingerprint/v1"]);
      expect(r.partialFingerprints["dflintFingerprint/v1"]).toMatch(/^[0-9a-f]{64}$/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]).toEqual({
      ruleId: "from-image-pinned",
      ruleIndex: 1,
      level: "warning",
      message: { text: "Base image 'node' has no tag" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "Dockerfile", uriBaseId: "%SRCROOT%" },
            region: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 10 },
          },
        },
      ],
      partialFingerprints: { "dflintFingerprint/v1": fingerprintAll(fileA(), CWD)[1] },
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(["warning", "error", "note", "error", "note", "error", "warning"]);
    expect(run.results[5].ruleId).toBe("fatal");
    expect(run.results[6].locations[0].physicalLocation.artifactLocation.uri).toBe("dir%20with%20space/we%2Cird%3A1%25.Dockerfile");
  });

  it("works without a usable docs URL or semantic version", () => {
    const doc = JSON.parse(formatters.sarif!(results(), ctx({ docsUrl: () => "", version: "dev" })));
    const driver = doc.runs[0].tool.driver;
    expect(driver.version).toBe("dev");
    expect(driver.semanticVersion).toBeUndefined();
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.find((r: { id: string }) => r.id === "from-image-pinned").helpUri).toBeUndefined();
    const validate = sarifValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("derives the tool's informationUri from per-rule doc pages", () => {
    const doc = JSON.parse(formatters.sarif!(all(), ctx({ docsUrl: (id) => `https://example.test/docs/rules/${id}.md` })));
    expect(doc.runs[0].tool.driver.informationUri).toBe("https://example.test/docs/rules/");
  });

  it("marks rules that are off by default as not enabled", () => {
    const r: FileResult = { path: "Dockerfile", problems: [prob("strict-only", "warning", 1, 1, 1, 2, "x")] };
    const doc = JSON.parse(formatters.sarif!([r], ctx()));
    expect(doc.runs[0].tool.driver.rules[0].defaultConfiguration).toEqual({ enabled: false });
    expect(doc.runs[0].results[0].level).toBe("warning");
  });

  // The SARIF Multitool is the reference validator (schema plus SARIF and GitHub ingestion rules).
  // It is a 100 MB native download, so it is not a dependency: point SARIF_MULTITOOL at its
  // executable (`Sarif.Multitool` from @microsoft/sarif-multitool-linux) to run this test.
  const multitool = [process.env.SARIF_MULTITOOL, join(process.cwd(), "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")].find(
    (p): p is string => !!p && existsSync(p),
  );
  it.skipIf(!multitool)(
    multitool ? "passes `Sarif.Multitool validate` (SARIF and GitHub rules) without errors or warnings" : "SARIF Multitool validation (skipped: set SARIF_MULTITOOL to Sarif.Multitool)",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "dflint-sarif-"));
      try {
        const input = join(dir, "report.sarif");
        const output = join(dir, "validation.sarif");
        writeFileSync(input, formatters.sarif!(results(), ctx()));
        execFileSync(multitool!, ["validate", input, "-o", output, "--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh"], { stdio: "pipe" });
        const validation = JSON.parse(readFileSync(output, "utf8"));
        const findings = validation.runs[0].results as { ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }[];
        // Notes are style advice; errors and warnings are not acceptable.
        const serious = findings.filter((f) => (f.level ?? "warning") !== "note");
        expect(serious).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Fingerprints

describe("fingerprints", () => {
  const src = "FROM node\nRUN cd /app\nRUN cd /app\n";
  const at = (line: number) => prob("run-no-cd", "error", line, 5, line, 7, "Use WORKDIR");
  const result = (source: string, lines: number[]): FileResult => ({ path: "Dockerfile", source, problems: lines.map(at) });

  it("do not change when lines are inserted above", () => {
    const before = fingerprintAll(result(src, [2, 3]));
    const after = fingerprintAll(result("# header\n\n\n" + src, [5, 6]));
    expect(after).toEqual(before);
  });

  it("ignore whitespace changes inside the spanned lines", () => {
    const a = fingerprintAll(result("FROM node\nRUN cd /app\n", [2]));
    const b = fingerprintAll(result("FROM node\nRUN   cd\t/app   \n", [2]));
    expect(b).toEqual(a);
  });

  it("are distinct for identical problems and follow position order, not array order", () => {
    const sorted = fingerprintAll(result(src, [2, 3]));
    expect(sorted[0]).not.toBe(sorted[1]);
    const reversed = fingerprintAll(result(src, [3, 2]));
    expect(reversed).toEqual([sorted[1], sorted[0]]);
  });

  it("depend on rule id, path and text", () => {
    const base = result(src, [2]);
    const fp = fingerprintAll(base)[0];
    expect(fingerprintAll({ ...base, path: "other/Dockerfile" })[0]).not.toBe(fp);
    expect(fingerprintAll({ ...base, problems: [{ ...at(2), ruleId: "other-rule" }] })[0]).not.toBe(fp);
    expect(fingerprintAll({ ...base, source: "FROM node\nRUN cd /srv\n" })[0]).not.toBe(fp);
    // The message is not part of it when the source is known.
    expect(fingerprintAll({ ...base, problems: [{ ...at(2), message: "reworded" }] })[0]).toBe(fp);
  });

  it("cover every line of a multi-line problem", () => {
    const p = prob("run-no-cd", "error", 1, 1, 2, 4, "x");
    const a = fingerprint(p, "Dockerfile", "RUN a \\\n  && b\n");
    const b = fingerprint(p, "Dockerfile", "RUN a \\\n  && c\n");
    expect(a).not.toBe(b);
    // A span ending at column 1 of the next line does not include that line.
    const q = prob("run-no-cd", "error", 1, 1, 2, 1, "x");
    expect(fingerprint(q, "Dockerfile", "RUN a\nX\n")).toBe(fingerprint(q, "Dockerfile", "RUN a\nY\n"));
  });

  it("fall back to the message without source text", () => {
    const p = at(2);
    expect(fingerprint(p, "Dockerfile", undefined)).toBe(fingerprint({ ...p, line: 40, endLine: 40 }, "Dockerfile", undefined));
    expect(fingerprint(p, "Dockerfile", undefined)).not.toBe(fingerprint({ ...p, message: "other" }, "Dockerfile", undefined));
    const noSource = fingerprintAll({ path: "Dockerfile", problems: [p, at(3)] });
    expect(noSource[0]).not.toBe(noSource[1]);
  });

  it("use the path relative to cwd with / separators", () => {
    const abs: FileResult = { path: "/repo/sub/Dockerfile", source: src, problems: [at(2)] };
    const rel: FileResult = { path: "./sub/Dockerfile", source: src, problems: [at(2)] };
    expect(fingerprintAll(abs, "/repo")).toEqual(fingerprintAll(rel, "/repo"));
    expect(fingerprintAll(abs, "/repo")[0]).toBe(fingerprint(at(2), "sub/Dockerfile", src, 0));
  });
});

// ---------------------------------------------------------------------------------------------
// Fix data: JSON `fix`, SARIF `fixes[]`, rdjson suggestions

describe("fixes in machine formats", () => {
  // "FROM é\nENV A b\n": the fix inserts "=" after A (offset 12) and is written for line 2, column 6.
  const source = "FROM \u00e9\nENV A b\nLABEL \u00e9=x\n";
  const withFix = (): FileResult => {
    const safe = prob("from-image-pinned", "warning", 2, 1, 2, 8, "legacy ENV");
    safe.fix = { kind: "safe", edits: [{ span: { start: 12, end: 13 }, text: "=" }] };
    const suggestion = prob("label-schema", "info", 3, 7, 3, 10, "label");
    // Replace the "é" of line 3 (offset 21) and insert a line before line 1.
    suggestion.fix = { kind: "suggestion", edits: [{ span: { start: 0, end: 0 }, text: "# x\n" }, { span: { start: 21, end: 22 }, text: "e" }] };
    return { path: `${CWD}/Dockerfile`, source, problems: [safe, suggestion, prob("run-no-cd", "error", 1, 1, 1, 2, "no fix")] };
  };

  it("json: a problem's fix in line/column form, absent without one", () => {
    const out = JSON.parse(formatters.json!([withFix()], ctx()));
    const [p1, p2, p3] = out.files[0].problems;
    expect(p1.ruleId).toBe("run-no-cd");
    expect(p1.fix).toBeUndefined();
    expect(p2.fix).toEqual({ kind: "safe", edits: [{ line: 2, column: 6, endLine: 2, endColumn: 7, text: "=" }] });
    expect(p3.fix).toEqual({
      kind: "suggestion",
      edits: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, text: "# x\n" },
        { line: 3, column: 7, endLine: 3, endColumn: 8, text: "e" },
      ],
    });
    expect(out.version).toBe(1);
  });

  it("sarif: results carry fixes[] with replacements, and the log stays schema-valid", () => {
    const doc = JSON.parse(formatters.sarif!([withFix()], ctx()));
    const byRule = new Map(doc.runs[0].results.map((r: { ruleId: string }) => [r.ruleId, r]));
    expect((byRule.get("run-no-cd") as { fixes?: unknown }).fixes).toBeUndefined();
    expect((byRule.get("from-image-pinned") as { fixes: unknown }).fixes).toEqual([
      {
        description: { text: "Safe fix (dflint --fix)" },
        artifactChanges: [
          {
            artifactLocation: { uri: "Dockerfile", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 7 }, insertedContent: { text: "=" } }],
          },
        ],
      },
    ]);
    const validate = sarifValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rdjson: reviewdog diagnostics with UTF-8 byte columns and suggestions", () => {
    const doc = JSON.parse(formatters.rdjson!([withFix(), fatal], ctx()));
    expect(doc.source.name).toBe("dflint");
    const [d1, d2, d3, d4] = doc.diagnostics;
    expect(d1).toEqual({
      message: "no fix",
      location: { path: "Dockerfile", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
      severity: "ERROR",
      code: { value: "run-no-cd", url: "https://example.test/dflint/README.md#run-no-cd" },
    });
    expect(d2.suggestions).toEqual([{ range: { start: { line: 2, column: 6 }, end: { line: 2, column: 7 } }, text: "=" }]);
    // "LABEL é=x": é is 2 bytes in UTF-8, so the UTF-16 column 8 after it is byte column 9.
    expect(d3.location.range).toEqual({ start: { line: 3, column: 7 }, end: { line: 3, column: 11 } });
    expect(d3.suggestions[1]).toEqual({ range: { start: { line: 3, column: 7 }, end: { line: 3, column: 9 } }, text: "e" });
    expect(d3.severity).toBe("INFO");
    expect(d4).toMatchObject({ severity: "ERROR", message: fatal.fatal, location: { path: "broken/Dockerfile" } });
    expect(d4.code).toBeUndefined();
  });
});
