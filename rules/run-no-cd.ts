import { defineRule } from "../src/engine/types";

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
  differs: "accepts cd inside a subshell, inside loops and conditionals, in a heredoc script, and as the last command (where it changes nothing)",
  check({ model, report }) {
    for (const ins of model.instructions) {
      const run = ins.run;
      if (!run) continue;
      for (const script of run.scripts) {
        if (script.source === "heredoc") continue; // a script file may cd like any shell script
        script.commands.forEach((cmd, i) => {
          if (cmd.name !== "cd" || cmd.subshellDepth > 0 || cmd.compound) return;
          if (i === script.commands.length - 1) return; // nothing runs after it
          const dir = cmd.words[1]?.value ?? "~";
          report({ messageId: "cd", data: { dir }, span: { start: cmd.start, end: cmd.end } });
        });
      }
    }
  },
});
