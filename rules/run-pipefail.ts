import { defineRule } from "../src/engine/types";
import { runSites } from "../src/model/commands";
import type { RunScript, SimpleCommand } from "../src/model/types";

// Commands whose failure a pipe cannot hide (they cannot fail on their own); `yes` even dies of SIGPIPE by design.
const SAFE_SOURCES = new Set(["echo", "printf", "yes", "true", ":"]);

/** argv turns on pipefail: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`. */
function setsPipefail(argv: readonly string[]): boolean {
  for (let i = 0; i + 1 < argv.length; i++) {
    if (/^-[A-Za-z]*o$/.test(argv[i]!) && argv[i + 1] === "pipefail") return true;
  }
  return false;
}

function words(cmd: SimpleCommand): string[] {
  return cmd.words.map((w) => w.expanded ?? w.value);
}

/** Index of the first `set -o pipefail` at the top level of the script, or -1. */
function inlineSetAt(script: RunScript): number {
  return script.commands.findIndex((c) => c.name === "set" && c.subshellDepth === 0 && !c.compound && setsPipefail(words(c)));
}

export default defineRule({
  id: "run-pipefail",
  description: "Make RUN fail when any command of a pipe fails",
  severity: "warning",
  related: ["hadolint:DL4006"],
  messages: {
    pipefail:
      "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; put 'SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]' before this RUN, or start the RUN with 'set -o pipefail &&' (bash, zsh, ksh, BusyBox sh; not Debian's dash)",
    pipefailScript:
      "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; add 'set -o pipefail' at the top of the script",
  },
  options: {},
  examples: {
    valid: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg',
      "FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://example.com/a.tgz | tar xz",
      'FROM debian:12\nRUN echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list',
    ],
    invalid: ["FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz"],
  },
  differs:
    "accepts 'set -o pipefail' earlier in the same RUN or script (a shell without pipefail, such as dash before 0.5.13, then fails the build loudly instead of hiding an error), a SHELL inherited through FROM <stage>, shells such as 'sh -o pipefail', and pipes fed only by echo/printf/yes; checks heredoc scripts by their shebang",
  check({ model, report }) {
    for (const { ins } of runSites(model, { onbuild: false })) {
      const run = ins.run!;
      // What starts the scripts: the SHELL (shell form), the exec argv, or a shell command before a heredoc.
      const shellArgv = run.form === "exec" ? (ins.json?.values ?? []) : run.shell;
      const shellOn = setsPipefail(shellArgv);
      const header = run.scripts.find((s) => s.source === "shell");
      const headerCmd = header?.commands[0];
      let reported = false;
      for (const script of run.scripts) {
        if (reported) break;
        let on = false;
        let messageId: "pipefail" | "pipefailScript" = "pipefail";
        if (script.source === "heredoc") {
          messageId = "pipefailScript";
          const shebang = /^#!.*$/m.exec(script.text.text.split("\n", 1)[0] ?? "");
          if (shebang) on = /\bpipefail\b/.test(shebang[0]);
          else if (headerCmd) on = setsPipefail(words(headerCmd));
          else on = shellOn;
        } else on = shellOn;
        if (on) continue;
        const setAt = inlineSetAt(script);
        const cmds = script.commands;
        for (let i = 0; i < cmds.length; i++) {
          const c = cmds[i]!;
          if (c.next !== "|") continue;
          if (setAt !== -1 && setAt < i) break;
          const members = cmds.filter((x) => x.pipeline === c.pipeline);
          const risky = members.slice(0, -1).find((x) => !SAFE_SOURCES.has(x.name));
          i = cmds.indexOf(members[members.length - 1]!);
          if (!risky) continue;
          const last = members[members.length - 1]!;
          const pipeline = members.map((m) => m.words.map((w) => w.value).join(" ")).join(" | ");
          report({
            messageId,
            data: { pipeline: pipeline.length > 80 ? pipeline.slice(0, 77) + "..." : pipeline, first: risky.words[0]?.value ?? risky.name },
            span: { start: members[0]!.start, end: last.end },
          });
          reported = true;
          break;
        }
      }
    }
  },
});
