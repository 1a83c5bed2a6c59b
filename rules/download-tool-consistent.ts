import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { runSites } from "../src/model/commands";
import type { SimpleCommand, Stage } from "../src/model/types";

export default defineRule({
  id: "download-tool-consistent",
  keywords: ["RUN"],
  description: "Use either wget or curl in a stage, not both",
  severity: "warning",
  related: ["hadolint:DL4001"],
  messages: {
    both: "This stage downloads with both '{{other}}' (line {{line}}) and '{{tool}}'; use '{{other}}' here too so the image needs only one download tool",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN curl -fsSLo /a.tgz https://example.com/a.tgz\nRUN curl -fsSL https://example.com/b.sh | sh"],
    invalid: ["FROM debian:12\nRUN curl -fsSLo /a.tgz https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz"],
  },
  differs: "reports only the calls of the tool used less often in the stage, or on a tie the one brought in last (hadolint reports every RUN calling either once both were seen)",
  check({ model, report }) {
    const names = commandNames(model);
    if (!names.has("curl") || !names.has("wget")) return; // a stage can use both only if the file does
    const byStage = new Map<Stage, { curl: SimpleCommand[]; wget: SimpleCommand[] }>();
    for (const { ins } of runSites(model, { onbuild: false })) {
      if (!ins.stage) continue;
      let entry = byStage.get(ins.stage);
      if (!entry) byStage.set(ins.stage, (entry = { curl: [], wget: [] }));
      for (const cmd of ins.run!.commands) {
        if (cmd.name === "curl" || cmd.name === "wget") entry[cmd.name].push(cmd);
      }
    }
    for (const { curl, wget } of byStage.values()) {
      if (!curl.length || !wget.length) continue;
      // The tool used less often is the odd one out; on a tie, the one brought in
      // last (where hadolint reports too: the RUN after which both were seen).
      const wgetMinor = wget.length < curl.length || (wget.length === curl.length && wget[0]!.start > curl[0]!.start);
      const [minor, major, tool, other] = wgetMinor ? [wget, curl, "wget", "curl"] : [curl, wget, "curl", "wget"];
      const line = model.lines.position(major[0]!.start).line;
      for (const cmd of minor) {
        const w = cmd.words[0]!;
        report({ messageId: "both", data: { tool, other, line }, span: { start: w.start, end: w.end } });
      }
    }
  },
});
