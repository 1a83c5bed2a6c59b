import { commandNames } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { instructionLines } from "../src/model/edits";
import type { Instruction } from "../src/model/types";
import { trimEndOf } from "../src/model/paths";

function normalise(p: string): string {
  const s = trimEndOf(p, "/").replace(/\/+/g, "/");
  return s === "" ? "/" : s;
}

export default defineRule({
  id: "run-redundant-mkdir",
  keywords: ["WORKDIR"],
  description: "Drop `RUN mkdir` for a directory that a later WORKDIR creates anyway",
  severity: "info",
  related: [],
  messages: {
    redundant: "'{{command}}' is not needed: 'WORKDIR {{dir}}' on line {{line}} creates the directory; remove this RUN and save a layer",
  },
  options: {},
  fixable: true,
  examples: {
    valid: ["FROM alpine:3.20\nWORKDIR /app", "FROM alpine:3.20\nRUN mkdir -m 700 /app\nWORKDIR /app", "FROM alpine:3.20\nRUN mkdir /data\nWORKDIR /app"],
    invalid: ["FROM alpine:3.20\nRUN mkdir /app\nWORKDIR /app", "FROM alpine:3.20\nRUN mkdir -p /app/src\nWORKDIR /app/src"],
  },
  check({ model, report }) {
    // It reports a RUN of only mkdir commands (that a later WORKDIR makes redundant): a file without
    // an mkdir command has none, and its instructions are not walked (200k in a 10 MB file).
    if (!commandNames(model).has("mkdir")) return;
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const list = stage.instructions;
      list.forEach((ins, i) => {
        const run = ins.run;
        if (!run || run.form !== "shell" || run.commands.length === 0) return;
        if (!run.commands.every((c) => c.name === "mkdir" && c.subshellDepth === 0 && !c.compound)) return;
        const dirs: string[] = [];
        for (const c of run.commands) {
          for (const w of c.words.slice(1)) {
            const v = w.expanded;
            if (v === null) return;
            if (v === "-p" || v === "--parents" || v === "-v" || v === "--verbose") continue;
            if (v.startsWith("-")) return; // -m/--mode and others change what WORKDIR would do
            dirs.push(normalise(v));
          }
        }
        if (!dirs.length) return;
        let match: { ins: Instruction; dir: string } | null = null;
        const later = list.slice(i + 1).filter((x) => x.keyword === "WORKDIR" && x.args.length);
        for (const dir of dirs) {
          const w = later.find((x) => {
            const r = model.expand(x.args.map((a) => a.raw).join(" "), x.scope);
            if (r.unresolved) return false;
            const target = normalise(r.value);
            return target === dir || target.startsWith(dir + "/");
          });
          if (!w) return;
          match ??= { ins: w, dir: normalise(model.expand(w.args.map((a) => a.raw).join(" "), w.scope).value) };
        }
        if (!match) return;
        // Removing the RUN is safe when nothing runs between it and the WORKDIR (which then creates the
        // directory); a RUN in between might use the directory, so there the removal is only suggested.
        const lines = instructionLines(model, ins);
        const between = list.slice(i + 1, list.indexOf(match.ins));
        const kind = between.some((x) => x.keyword === "RUN" || x.keyword === "USER") ? "suggestion" : "safe";
        report({
          ...(lines ? { fix: { kind, edits: [{ span: lines, text: "" }] } } : {}),
          messageId: "redundant",
          data: { command: ins.argsText.text.trim(), dir: match.dir, line: match.ins.line },
          span: { start: ins.start, end: ins.end },
        });
      });
    }
  },
});
