import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { runSites, wordTexts } from "../src/model/commands";
import type { SimpleCommand } from "../src/model/types";

/** `sudo -u builder makepkg`: root running one command as a less privileged user, which USER cannot do mid-RUN. */
function dropsPrivileges(argv: string[]): boolean {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    let user: string | undefined;
    if (a === "-u" || a === "--user") user = argv[i + 1];
    else if (a.startsWith("--user=")) user = a.slice(7);
    else if (/^-u./.test(a)) user = a.slice(2);
    else if (!a.startsWith("-")) return false;
    if (user !== undefined) return user !== "root" && user !== "#0" && user !== "0";
  }
  return false;
}

/** A command that asks who runs the script (`id -u`, `whoami`, `$EUID`/`$UID` in a test). */
function checksUser(cmd: SimpleCommand): boolean {
  if (cmd.name === "id" || cmd.name === "whoami") return true;
  return (cmd.name === "[" || cmd.name === "[[" || cmd.name === "test") && cmd.words.some((w) => /\$\{?(EUID|UID)\b|id -u|whoami/.test(w.raw));
}

/** sudo inside a conditional after a user check (`if [ "$(id -u)" -ne 0 ]; then sudo ...; fi`): the script works for root and non-root alike. */
function guarded(commands: readonly SimpleCommand[], index: number): boolean {
  return commands[index]!.compound && commands.slice(0, index).some(checksUser);
}

export default defineRule({
  id: "run-no-sudo",
  keywords: ["RUN"],
  description: "Do not use sudo in RUN; switch users with USER",
  severity: "error",
  related: ["hadolint:DL3004"],
  messages: {
    sudo: "'sudo' in a RUN hides which user the step runs as and needs sudo installed and configured in the image; run the step under 'USER root' and switch back with 'USER <name>' afterwards",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nUSER root\nRUN apt-get update\nUSER app"],
    invalid: ["FROM debian:12\nUSER app\nRUN sudo apt-get update"],
  },
  differs: "accepts sudo inside a conditional after a user check (`if [ \"$(id -u)\" -ne 0 ]; then sudo ...; fi`) and 'sudo -u <user>' that drops root privileges for one command (e.g. makepkg, which refuses to run as root); one report per RUN, at the first sudo",
  check({ model, report }) {
    if (!commandNames(model).has("sudo")) return; // none of its commands in the file
    for (const { ins } of runSites(model)) {
      // One report per RUN, at the first sudo: the fix (USER root) covers them all.
      const commands = ins.run!.commands;
      const cmd = commands.find((c, i) => c.name === "sudo" && !dropsPrivileges(wordTexts(c)) && !guarded(commands, i));
      if (!cmd) continue;
      const w = cmd.words[0]!;
      report({ messageId: "sudo", span: { start: w.start, end: w.end } });
    }
  },
});
