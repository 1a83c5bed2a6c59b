import { defineRule } from "../src/engine/types";
import { commandArgs, runSites } from "../src/model/commands";

const SH = new Set(["/bin/sh", "/usr/bin/sh"]);
const VALUE_FLAGS = new Set(["-S", "--suffix"]);

export default defineRule({
  id: "run-no-sh-symlink",
  description: "Change the shell of RUN with SHELL, not by replacing /bin/sh with a symlink",
  severity: "warning",
  related: ["hadolint:DL4005"],
  messages: {
    symlink:
      "'{{command}}' replaces /bin/sh for every later step and for the scripts of the image's packages; set the shell of RUN with 'SHELL [\"{{shell}}\", \"-c\"]' instead",
  },
  options: {},
  examples: {
    valid: ['FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo $BASH_VERSION', "FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh"],
    invalid: ["FROM debian:12\nRUN ln -sf /bin/bash /bin/sh"],
  },
  differs: "flags only a link whose name is /bin/sh (or /usr/bin/sh), not every ln that mentions /bin/sh (e.g. as the link target)",
  check({ model, report }) {
    for (const { ins } of runSites(model)) {
      for (const cmd of ins.run!.commands) {
        if (cmd.name !== "ln") continue;
        const args = commandArgs(cmd).slice(1);
        const pos: typeof args = [];
        let targetDir = false;
        for (let i = 0; i < args.length; i++) {
          const t = args[i]!.text;
          if (t === "--") {
            pos.push(...args.slice(i + 1));
            break;
          }
          if (t.startsWith("-") && t.length > 1) {
            const cluster = /^-[A-Za-z]+$/.test(t) ? t.slice(1) : "";
            if (cluster.includes("t") || t.startsWith("--target-directory")) targetDir = true;
            if (VALUE_FLAGS.has(t) || (cluster && /[tS]$/.test(cluster))) i++;
            continue;
          }
          pos.push(args[i]!);
        }
        if (targetDir || pos.length < 2) continue;
        const dest = pos[pos.length - 1]!;
        if (!dest.known || !SH.has(dest.text.replace(/\/+$/, ""))) continue;
        const source = pos[0]!.text;
        const shell = /^\//.test(source) ? source : "/bin/bash";
        report({
          messageId: "symlink",
          data: { command: `ln ${args.map((a) => a.text).join(" ")}`, shell },
          span: { start: cmd.start, end: cmd.end },
        });
      }
    }
  },
});
