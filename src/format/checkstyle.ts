// Checkstyle XML, read by many CI plugins and review bots.
import type { Formatter } from "./types";
import { displayPath, problemsWithFatal, xmlEscape } from "./util";

export const checkstyle: Formatter = (results, ctx) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    const name = xmlEscape(displayPath(result.path, ctx.cwd));
    const problems = problemsWithFatal(result);
    if (problems.length === 0) {
      out.push(`  <file name="${name}"/>`);
      continue;
    }
    out.push(`  <file name="${name}">`);
    for (const p of problems) {
      out.push(
        `    <error line="${p.line}" column="${p.column}" severity="${p.severity}" message="${xmlEscape(p.message)}" source="${xmlEscape(`dflint.${p.ruleId}`)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n") + "\n";
};
