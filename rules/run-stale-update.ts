import { defineRule } from "../src/engine/types";
import { isIndexUpdate, isPackageInstall } from "../src/layers/estimate";
import type { Instruction, SimpleCommand } from "../src/model/types";

const FAMILY: Record<string, string> = { "apt-get": "apt", apt: "apt", aptitude: "apt", apk: "apk", yum: "rpm", dnf: "rpm", microdnf: "rpm", zypper: "zypper" };

function installCmd(family: string): string {
  return family === "apt" ? "apt-get install" : family === "apk" ? "apk add" : family === "zypper" ? "zypper install" : "dnf install";
}

export default defineRule({
  id: "run-stale-update",
  keywords: ["RUN"],
  description: "Update the package index in the same RUN as the install that uses it",
  severity: "warning",
  related: [],
  messages: {
    staleUpdate:
      "'{{update}}' runs alone in its layer, which stays cached forever, so the later '{{install}}' (line {{line}}) can run against an old index and fail or install stale versions; run '{{update}} && {{install}} ...' in one RUN",
  },
  options: {},
  examples: {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "FROM alpine:3.20\nRUN apk update && apk add curl",
    ],
    invalid: ["FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl"],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      // Instructions of this stage and of stages built FROM it (they inherit the layer).
      const chain = (s: typeof stage): Instruction[] => [
        ...s.instructions,
        ...model.stages.filter((c) => c.parent === s && c !== s).flatMap(chain),
      ];
      const later = chain(stage);
      stage.instructions.forEach((ins) => {
        const run = ins.run;
        if (!run || run.windowsShell) return;
        const updates = run.commands.filter(isIndexUpdate);
        if (!updates.length || run.commands.some(isPackageInstall)) return;
        for (const upd of updates) {
          const family = FAMILY[upd.name];
          const next = later.slice(later.indexOf(ins) + 1).find((x) =>
            x.run?.commands.some((c: SimpleCommand) => isPackageInstall(c) && FAMILY[c.name] === family),
          );
          if (!next) continue;
          const update = upd.words.map((w) => w.value).join(" ");
          report({
            messageId: "staleUpdate",
            data: { update, install: installCmd(family!), line: next.line },
            span: { start: upd.start, end: upd.end },
          });
        }
      });
    }
  },
});
