// One line per problem, gcc style: `path:line:col: severity: message [rule-id]`.
import type { Formatter } from "./types";
import { displayPath, problemsWithFatal, singleLine } from "./util";

export const compact: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = singleLine(displayPath(result.path, ctx.cwd));
    for (const p of problemsWithFatal(result)) {
      lines.push(`${path}:${p.line}:${p.column}: ${p.severity}: ${singleLine(p.message)} [${singleLine(p.ruleId)}]`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
