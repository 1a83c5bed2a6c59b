import rule from "../rules/useradd-no-log-init";
import { testRule, runRule } from "./helpers/rule-tester";
import { expect, it } from "vitest";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN useradd -u 1000 app",
    "FROM debian:12\nRUN useradd -l -u 1000001 app",
    "FROM debian:12\nRUN useradd --no-log-init --uid 1000001 app",
    "FROM debian:12\nRUN useradd -lu 1000001 app",
    "FROM debian:12\nRUN useradd -m -l -u 1000001 -g app app",
    "FROM debian:12\nARG UID\nRUN useradd -u $UID app",
    "FROM debian:12\nRUN useradd app",
    { code: "FROM debian:12\nRUN useradd -u 70000 app", options: { minUid: 100000 } },
  ],
  invalid: [
    { code: "FROM debian:12\nRUN useradd -u 1000001 app", errors: [{ messageId: "logInit", line: 2, column: 16, endColumn: 23 }], output: "FROM debian:12\nRUN useradd --no-log-init -u 1000001 app" },
    { code: "FROM debian:12\nRUN useradd --uid 1000001 app", errors: [{ messageId: "logInit", line: 2, column: 19 }], output: "FROM debian:12\nRUN useradd --no-log-init --uid 1000001 app" },
    { code: "FROM debian:12\nRUN useradd --uid=1000001 app", errors: [{ messageId: "logInit", line: 2, column: 13 }], output: "FROM debian:12\nRUN useradd --no-log-init --uid=1000001 app" },
    { code: "FROM debian:12\nRUN useradd -mu1000001 app", errors: [{ messageId: "logInit" }], output: "FROM debian:12\nRUN useradd --no-log-init -mu1000001 app" },
    { code: "FROM debian:12\nARG UID=1000001\nRUN groupadd -g $UID app && \\\n    useradd -u $UID -g app app", errors: [{ messageId: "logInit", line: 4, column: 16, message: "1000001" }], output: "FROM debian:12\nARG UID=1000001\nRUN groupadd -g $UID app && \\\n    useradd --no-log-init -u $UID -g app app" },
    { code: "FROM debian:12\nRUN useradd -u 70000 app", options: { minUid: 65536 }, errors: [{ messageId: "logInit" }], output: "FROM debian:12\nRUN useradd --no-log-init -u 70000 app" },
  ],
});

it("useradd-no-log-init fix inserts --no-log-init", () => {
  const code = "FROM debian:12\nRUN useradd -u 1000001 app";
  const [p] = runRule(rule, { code });
  const f = p!.fix!.edits[0]!;
  expect(code.slice(0, f.span.start) + f.text + code.slice(f.span.end)).toBe("FROM debian:12\nRUN useradd --no-log-init -u 1000001 app");
});
