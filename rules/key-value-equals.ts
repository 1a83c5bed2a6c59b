import { defineRule, type ReportDescriptor, type TextEdit } from "../src/engine/types";
import { indexInLogical } from "../src/model/logical";
import { instructionsOf } from "../src/engine/dispatch";
import type { Instruction } from "../src/model/types";

export default defineRule({
  id: "key-value-equals",
  keywords: ["ENV", "LABEL"],
  description: "Write ENV and LABEL as key=value pairs, not the legacy 'key value' form",
  severity: "info",
  strict: "warning",
  related: ["buildkit:LegacyKeyValueFormat"],
  messages: {
    legacy: "'{{keyword}} {{key}} ...' uses the legacy space-separated form, which is deprecated and sets only one variable with everything after the name; write '{{keyword}} {{key}}=...'",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nENV APP_HOME=/app\nLABEL org.opencontainers.image.title=\"demo\""],
    invalid: ["FROM alpine:3.20\nENV APP_HOME /app", "FROM alpine:3.20\nLABEL maintainer \"Jane Doe\""],
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset): the legacy form still works and is everywhere in older Dockerfiles; BuildKit documents ARG too, but its code never checks ARG (`ARG a b` declares two args), and neither does dflint",
  fixable: true,
  check({ model, report }) {
    const escape = model.directives.escape;
    const all = model.instructions;
    const visit = (list: readonly Instruction[]) => {
      for (let i = 0; i < list.length; i++) {
        const ins = list[i]!;
        // Only the legacy form (`KEY value`, no '=' in the first word) is reported: decided from
        // the words, before anything else. Global and ONBUILD ones (also in the index) are skipped.
        const args = ins.args;
        if (args.length < 2 || args[0]!.raw.includes("=") || !ins.stage || all[ins.index] !== ins) continue;
        report(legacyProblem(ins, escape));
      }
    };
    // From the keyword index: only the file's ENV and LABEL instructions (problems are sorted by position later).
    visit(instructionsOf(model, "ENV"));
    visit(instructionsOf(model, "LABEL"));
  },
});

/** The report for an ENV/LABEL in the legacy form: parseKeyValues' one legacy pair is the first
 * word as key (its span) and the rest as value, so the pair is not parsed. */
function legacyProblem(ins: Instruction, escape: string): ReportDescriptor<"legacy"> {
  const keyWord = ins.args[0]!;
  const last = ins.args[ins.args.length - 1]!;
  // On the key, whose '=' is missing.
  const span = { start: keyWord.start, end: keyWord.end };
  // The value BuildKit sets: the rest of the logical line after the name.
  const t = ins.argsText;
  const rest = t.text.slice(indexInLogical(t, ins.args[1]!.start), indexInLogical(t, last.end)).trimEnd();
  let fix: TextEdit[] | undefined;
  if (ins.args.length === 2) {
    fix = [{ span: { start: keyWord.end, end: ins.args[1]!.start }, text: "=" }];
  } else if (!/["'`\\]/.test(rest) && !rest.includes(escape)) {
    fix = [{ span: { start: keyWord.end, end: last.end }, text: `="${rest}"` }];
  }
  const data = { keyword: ins.keywordRaw, key: keyWord.raw };
  // Two literals, not `...(fix ? { fix } : {})`: a spread copies through the runtime (the rule's ~2,800 corpus reports).
  return fix ? { messageId: "legacy", data, span, fix } : { messageId: "legacy", data, span };
}
