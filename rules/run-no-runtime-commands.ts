import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { runSites } from "../src/model/commands";

const COMMANDS: Record<string, string> = {
  ssh: "a build cannot answer an interactive session; fetch with git/curl using a '--mount=type=ssh' or '--mount=type=secret' instead",
  vim: "an editor waits for input that a build never gives; edit files with sed or COPY a prepared file",
  shutdown: "there is no system to shut down in a build container; remove it",
  service: "services started in a build stop when the step ends and do not run in the container; start them from CMD/ENTRYPOINT",
  ps: "processes listed in a build do not exist in the running container; remove it",
  free: "memory of the build host says nothing about the running container; remove it",
  top: "an interactive monitor waits forever in a build; remove it",
  kill: "processes of a build step end with the step; remove it",
  mount: "a build step cannot keep mounts; use 'RUN --mount=...' or a VOLUME",
};
const COMMAND_NAMES = Object.keys(COMMANDS);

export default defineRule({
  id: "run-no-runtime-commands",
  keywords: ["RUN"],
  description: "Do not run interactive or system commands that make no sense in a build step",
  severity: "info",
  related: ["hadolint:DL3001"],
  messages: {
    runtime: "'{{name}}' in a RUN: {{why}}",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts", "FROM debian:12\nRUN mount"],
    invalid: ["FROM debian:12\nRUN service nginx start"],
  },
  differs:
    "accepts a service started, used and stopped inside the same RUN (e.g. 'service postgresql start && psql -f init.sql'), and a kill of a process the same RUN started; 'mount' with no operands only lists mounts and is accepted",
  check({ model, report }) {
    const names = commandNames(model);
    if (!COMMAND_NAMES.some((name) => names.has(name))) return; // none of its commands in the file
    for (const { ins } of runSites(model)) {
      const cmds = ins.run!.commands;
      // A RUN that starts a service or background job and then uses it is doing build-time set-up.
      const started = cmds.some((c, i) => (c.name === "service" && i < cmds.length - 1) || c.next === "&");
      for (const cmd of cmds) {
        const why = Object.hasOwn(COMMANDS, cmd.name) ? COMMANDS[cmd.name] : undefined;
        if (!why) continue;
        if (started && (cmd.name === "service" || cmd.name === "kill")) continue;
        if (cmd.name === "mount" && cmd.words.slice(1).every((w) => /^-[lv]+$/.test(w.value))) continue; // only lists the mounts
        const w = cmd.words[0]!;
        report({ messageId: "runtime", data: { name: cmd.name, why }, span: { start: w.start, end: w.end } });
      }
    }
  },
});
