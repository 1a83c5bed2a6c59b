import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { commandNames, commandsNamed } from "../src/engine/dispatch";
import { commandArgs } from "../src/model/commands";
import { trimEndOf } from "../src/model/paths";
import type { SimpleCommand } from "../src/model/types";

const SH = new Set(["/bin/sh", "/usr/bin/sh"]);
const VALUE_FLAGS = new Set(["-S", "--suffix"]);

/** Index of the first command of `cmds` that removes /bin/sh (rm, mv or unlink of it), or -1. */
function firstShRemoval(cmds: readonly SimpleCommand[]): number {
  for (let i = 0; i < cmds.length; i++) {
    const c = cmds[i]!;
    if ((c.name === "rm" || c.name === "mv" || c.name === "unlink") && c.words.slice(1).some((w) => SH.has(trimEndOf(w.expanded ?? w.value, "/")))) return i;
  }
  return -1;
}

/**
 * Reports the ln command `cmds[k]` when it replaces /bin/sh. `shRemovedAt`: firstShRemoval of
 * `cmds`, found once per RUN (a scan of the earlier commands for each ln made a RUN of 20,000
 * `ln -sf /bin/bash /bin/sh` take 3.6 s, quadratic).
 */
function checkLn(cmds: readonly SimpleCommand[], k: number, shRemovedAt: () => number, report: (d: ReportDescriptor<"symlink">) => void): void {
  const cmd = cmds[k]!;
  const args = commandArgs(cmd).slice(1);
  const pos: typeof args = [];
  let targetDir = false;
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === "--") {
      for (let k = i + 1; k < args.length; k++) pos.push(args[k]!);
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
  if (targetDir || pos.length < 2) return;
  const dest = pos[pos.length - 1]!;
  if (!dest.known || !SH.has(trimEndOf(dest.text, "/"))) return;
  // Without -f (or an earlier rm of /bin/sh) ln fails when /bin/sh exists: it only creates a missing
  // /bin/sh (a busybox or scratch image), which SHELL cannot do.
  const force = args.some((a) => a.text === "--force" || a.text.startsWith("--backup") || /^-[A-Za-z]*[fb]/.test(a.text) && !a.text.startsWith("--"));
  if (!force) {
    const removedAt = shRemovedAt();
    if (removedAt === -1 || removedAt >= k) return;
  }
  const source = pos[0]!.text;
  const shell = /^\//.test(source) ? source : "/bin/bash";
  report({
    messageId: "symlink",
    data: { command: `ln ${args.map((a) => a.text).join(" ")}`, shell },
    span: { start: cmd.start, end: cmd.end },
  });
}

export default defineRule({
  id: "run-no-sh-symlink",
  keywords: ["RUN"],
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
  differs:
    "flags only a link that replaces /bin/sh (or /usr/bin/sh): 'ln -f' or after 'rm /bin/sh'; not an ln that merely mentions /bin/sh as its target, nor one that creates a missing /bin/sh in a shell-less image",
  check({ model, report }) {
    if (!commandNames(model).has("ln")) return; // none of its commands in the file
    // The ln commands found by commandsNamed; the work for one is in checkLn (a file with ln has many
    // other commands, and the check, compiled with that work inlined, was a large compile).
    const found = commandsNamed(model, "ln");
    let cmds: readonly SimpleCommand[] | null = null;
    let removedAt: number | undefined;
    const shRemovedAt = () => (removedAt ??= firstShRemoval(cmds!));
    for (let i = 0; i < found.length; i++) {
      // firstShRemoval once per RUN, for its first ln that asks.
      if (found[i]!.commands !== cmds) (cmds = found[i]!.commands), (removedAt = undefined);
      checkLn(cmds, found[i]!.index, shRemovedAt, report);
    }
  },
});
