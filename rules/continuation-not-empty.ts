import { defineRule } from "../src/engine/types";
import { KNOWN_INSTRUCTIONS } from "../src/model/build";
import { emptyContinuationOf } from "../src/model/empty-continuation";
import type { TextEdit } from "../src/engine/types";
import type { Instruction } from "../src/model/types";
import { trimEndOf } from "../src/model/paths";

export default defineRule({
  id: "continuation-not-empty",
  description: "Do not leave empty lines inside a line continuation",
  severity: "warning",
  related: ["buildkit:NoEmptyContinuation"],
  messages: {
    empty: "Line {{blank}} is empty inside a line continuation; BuildKit skips it (it will become an error), so remove it",
    joinsInstruction:
      "Line {{blank}} is empty, but it does not end the instruction: the '\\' continuation goes on, so '{{keyword}}' on line {{next}} becomes part of this {{this}}; remove the trailing '\\' before the empty line",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl \\\n    git"],
    invalid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl \\\n\n    git"],
  },
  differs: "reports at the first empty line (BuildKit: at the instruction's last line), and also tells when the empty line makes BuildKit swallow the next instruction into this one",
  fixable: true,
  check({ model, report }) {
    const { lines } = model;
    const visit = (ins: Instruction) => {
      const ec = emptyContinuationOf(ins);
      if (!ec) return;
      const headerEnd = ins.argsText.map.at(ins.argsText.text.length) ?? ins.keywordSpan.end;
      const lastLine = Math.max(lines.position(Math.max(ins.keywordSpan.end, headerEnd - 1)).line, lines.position(ec.start).line);
      // Walk the physical lines as BuildKit's parser does: a line continues only
      // when it ends in the escape character not preceded by another one.
      const esc = model.directives.escape === "`" ? "`" : "\\\\";
      const continues = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`);
      const blanks: number[] = [];
      for (let l = ins.line; l <= lastLine; l++) {
        const t = lines.lineText(l).replace(/\r$/, "");
        if (l > ins.line && /^[ \t]*$/.test(t)) {
          blanks.push(l);
          continue;
        }
        if (l > ins.line && /^[ \t]*#/.test(t)) continue;
        if (!continues.test(t)) break;
      }
      if (!blanks.length) return; // the model joined lines BuildKit does not join
      const firstBlank = blanks[0] ?? lines.position(ec.start).line;
      // Does an instruction keyword start a line after an empty one?
      let joined: { line: number; keyword: string } | null = null;
      for (let bi = 0; bi < blanks.length; bi++) {
        const b = blanks[bi]!;
        for (let l = b + 1; l <= lastLine; l++) {
          const t = lines.lineText(l);
          if (/^[ \t\r]*(#.*)?$/.test(t)) continue;
          const w = /^[ \t]*([A-Za-z]+)(?=[ \t\r]|$)/.exec(t)?.[1];
          if (w && KNOWN_INSTRUCTIONS.has(w.toUpperCase()) && (w === w.toUpperCase() || w === ins.keywordRaw)) joined = { line: l, keyword: w };
          break;
        }
        if (joined) break;
      }
      // Point at the empty line itself (BuildKit points at the instruction's last line, which may be far below it).
      const blankStart = lines.lineStart(firstBlank);
      const span = { start: blankStart, end: blankStart + trimEndOf(lines.lineText(firstBlank), "\r").length };
      if (joined) {
        report({
          messageId: "joinsInstruction",
          data: { blank: firstBlank, keyword: joined.keyword, next: joined.line, this: ins.keywordRaw },
          span,
        });
        return;
      }
      const fix: TextEdit[] = [];
      if (blanks.length && blanks[blanks.length - 1]! < lastLine) {
        for (const b of blanks) fix.push({ span: { start: lines.lineStart(b), end: lines.lineStart(b + 1) }, text: "" });
      }
      report({ messageId: "empty", data: { blank: firstBlank }, span, ...(fix.length ? { fix } : {}) });
    };
    // An indexed loop: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    const all = model.instructions;
    for (let i = 0; i < all.length; i++) visit(all[i]);
  },
});
