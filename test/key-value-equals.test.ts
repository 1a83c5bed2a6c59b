import rule from "../rules/key-value-equals";
import { runRule, testRule } from "./helpers/rule-tester";
import { expect, it } from "vitest";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV A=1 B=\"two words\"",
    "FROM alpine:3.20\nLABEL a=b c=\"d e\"",
    // ARG is never checked (ARG a b declares two args).
    "FROM alpine:3.20\nARG a b",
    "FROM alpine:3.20\nONBUILD ENV A 1",
    // Before the first FROM (a parse problem of its own): not in a stage, not checked.
    "ENV A 1\nFROM alpine:3.20",
    "FROM alpine:3.20\nLABEL a=\"b c\" d e\nENV A=1 B 2",
  ],
  invalid: [
    {
      name: "LABEL and ENV of several stages, reported in file order",
      code: "FROM alpine:3.20 AS a\nLABEL m x\nENV A=1\nFROM alpine:3.20\nENV B 2\nONBUILD LABEL n y\nLABEL o z",
      errors: [{ messageId: "legacy", line: 2 }, { messageId: "legacy", line: 5 }, { messageId: "legacy", line: 7 }],
      output: "FROM alpine:3.20 AS a\nLABEL m=x\nENV A=1\nFROM alpine:3.20\nENV B=2\nONBUILD LABEL n y\nLABEL o=z",
    },
    { code: "FROM alpine:3.20\nENV APP_HOME /app", errors: [{ messageId: "legacy", line: 2, column: 5, endColumn: 13 }], output: "FROM alpine:3.20\nENV APP_HOME=/app" },
    { code: "FROM alpine:3.20\nLABEL maintainer \"Jane Doe\"", errors: [{ messageId: "legacy", line: 2, column: 7 }], output: "FROM alpine:3.20\nLABEL maintainer=\"Jane Doe\"" },
    { code: "FROM alpine:3.20\nenv A \\\n  b c", errors: [{ messageId: "legacy", line: 2, column: 5, endLine: 2, endColumn: 6, message: "'env A ...'" }], output: "FROM alpine:3.20\nenv A=\"b c\"" },
  ],
});

it("fixes the one-word and the plain multi-word forms", () => {
  const fix = (code: string) => {
    const [p] = runRule(rule, { code });
    let out = code;
    for (const f of [...(p!.fix?.edits ?? [])].reverse()) out = out.slice(0, f.span.start) + f.text + out.slice(f.span.end);
    return out;
  };
  expect(fix("FROM a:1\nENV A /app")).toBe("FROM a:1\nENV A=/app");
  expect(fix("FROM a:1\nENV A b  c")).toBe('FROM a:1\nENV A="b  c"');
  expect(fix("FROM a:1\nLABEL m \"J D\"")).toBe('FROM a:1\nLABEL m="J D"');
  expect(runRule(rule, { code: "FROM a:1\nENV A 'b' c" })[0]!.fix).toBeUndefined();
});
