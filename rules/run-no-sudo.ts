import { defineRule } from "../src/engine/types";
import { runSites } from "../src/model/commands";

export default defineRule({
  id: "run-no-sudo",
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
  check({ model, report }) {
    for (const { ins } of runSites(model)) {
      for (const cmd of ins.run!.commands) {
        if (cmd.name !== "sudo") continue;
        const w = cmd.words[0]!;
        report({ messageId: "sudo", span: { start: w.start, end: w.end } });
      }
    }
  },
});
