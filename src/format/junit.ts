// JUnit XML: one <testsuite> per file, one failing <testcase> per problem, or one passing
// <testcase> for a clean file. A file that could not be read or parsed gets an <error>.
import type { Formatter } from "./types";
import { FATAL_RULE_ID, displayPath, problemsWithFatal, xmlEscape } from "./util";

export const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const path = displayPath(result.path, ctx.cwd);
    const file = xmlEscape(path);
    const problems = problemsWithFatal(result);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (problems.length === 0) {
      cases.push(`    <testcase name="dflint" classname="${file}" file="${file}" time="0"/>`);
    }
    for (const p of problems) {
      const isFatal = p.ruleId === FATAL_RULE_ID;
      const tag = isFatal ? "error" : "failure";
      if (isFatal) suiteErrors++;
      else suiteFailures++;
      const name = xmlEscape(`${p.ruleId} at ${p.line}:${p.column}`);
      const body = xmlEscape(`${p.severity}: ${p.message} (${p.ruleId}) at ${path}:${p.line}:${p.column}`);
      cases.push(
        `    <testcase name="${name}" classname="${file}" file="${file}" line="${p.line}" time="0">`,
        `      <${tag} message="${xmlEscape(p.message)}" type="${p.severity}">${body}</${tag}>`,
        "    </testcase>",
      );
    }
    const count = Math.max(1, problems.length);
    tests += count;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${file}" tests="${count}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">`,
      ...cases,
      "  </testsuite>",
    );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="dflint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};
