import { defineRule } from "../src/engine/types";
import type { SimpleCommand } from "../src/model/types";

function norm(p: string): string {
  return p.replace(/\/+$/, "") || "/";
}

/** The directory is removed later in the same script (build-from-source: cd in, build, clean up). */
function removedLater(dir: string, raw: string, later: SimpleCommand[]): boolean {
  return later.some(
    (c) =>
      c.name === "rm" &&
      c.words.slice(1).some((w) => {
        if (w.raw === raw) return true;
        const v = w.expanded;
        if (v === null || v.startsWith("-") || norm(v) === "/") return false;
        const target = norm(v);
        return dir === target || dir.startsWith(target + "/");
      }),
  );
}

// Moving back (`cd /`, `cd -`, `cd ..`, bare `cd`) only undoes an earlier cd.
const RETURNS = new Set(["/", "-", "..", "~", "$HOME"]);

export default defineRule({
  id: "run-no-cd",
  description: "Use WORKDIR instead of cd to change directory in RUN",
  severity: "warning",
  related: ["hadolint:DL3003"],
  messages: {
    cd: "'cd {{dir}}' changes directory for the rest of this RUN only and hides where commands run; use 'WORKDIR {{dir}}' before the RUN, or wrap the part in a subshell '( cd {{dir}} && ... )'",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nWORKDIR /src\nRUN make", "FROM alpine:3.20\nRUN (cd /src && make)", "FROM alpine:3.20\nRUN <<EOF\ncd /src\nmake\nEOF"],
    invalid: ["FROM alpine:3.20\nRUN cd /src && make"],
  },
  differs:
    "accepts cd inside a subshell, inside loops and conditionals, in a heredoc script, as the last command, back to '/' or '..', into /tmp, and into a directory the same RUN removes later (the build-from-source pattern of official images)",
  check({ model, report }) {
    for (const ins of model.instructions) {
      const run = ins.run;
      if (!run) continue;
      for (const script of run.scripts) {
        if (script.source === "heredoc") continue; // a script file may cd like any shell script
        script.commands.forEach((cmd, i) => {
          if (cmd.name !== "cd" || cmd.subshellDepth > 0 || cmd.compound) return;
          if (i === script.commands.length - 1) return; // nothing runs after it
          const word = cmd.words[1];
          if (!word || RETURNS.has(word.value)) return;
          const dir = word.expanded === null ? null : norm(word.expanded);
          if (removedLater(dir ?? "\0", word.raw, script.commands.slice(i + 1))) return;
          if (dir !== null && /^\/(tmp|var\/tmp)(\/|$)/.test(dir)) return; // scratch space, gone with the layer's cleanup
          report({ messageId: "cd", data: { dir: word.value }, span: { start: cmd.start, end: cmd.end } });
        });
      }
    }
  },
});
