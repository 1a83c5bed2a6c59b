import { defineRule } from "../src/engine/types";
import { copiesFromContext, copyParts, isWholeContext } from "../src/model/copy";
import { detectInstall, type DependencyInstall } from "../src/model/installs";
import { manifestsFirstFix } from "../src/model/manifests-first";
import type { Instruction } from "../src/model/types";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}

export default defineRule({
  id: "copy-manifests-first",
  keywords: ["COPY", "ADD"],
  description: "Copy dependency manifests and install before copying the whole build context",
  severity: "warning",
  related: [],
  messages: {
    installAfterCopy:
      "'{{copy}}' comes before '{{install}}' (line {{line}}), so any source edit reinstalls every dependency; copy {{manifests}} first, run the install, then '{{copy}}'",
  },
  differs: "new in dflint (hadolint and BuildKit have no such check); an install under a RUN cache mount is accepted",
  options: {},
  fixable: "suggestion",
  examples: {
    valid: [
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .",
      "FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build",
    ],
    invalid: [
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt",
      'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN ["npm", "ci"]',
    ],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const installedBefore = new Set<string>();
      let wholeCopy: Instruction | null = null;
      const reported = new Set<string>();
      for (const ins of stage.instructions) {
        if (!wholeCopy && copiesFromContext(ins)) {
          const { sources } = copyParts(ins);
          if (sources.some((s) => isWholeContext(s.value))) wholeCopy = ins;
          continue;
        }
        if (!ins.run) continue;
        // A cache mount keeps downloaded packages across builds, so a source edit no longer re-downloads them.
        if (ins.run.mounts.some((m) => m.type === "cache")) continue;
        const installs = ins.run.commands.map(detectInstall).filter((x): x is DependencyInstall => x !== null);
        for (const inst of installs) {
          if (!wholeCopy) {
            installedBefore.add(inst.ecosystem);
            continue;
          }
          if (installedBefore.has(inst.ecosystem) || reported.has(inst.ecosystem)) continue;
          reported.add(inst.ecosystem);
          const copyText = `${wholeCopy.keywordRaw} ${wholeCopy.argsText.text.trim()}`;
          report({
            messageId: "installAfterCopy",
            data: { copy: copyText, install: inst.display, line: ins.line, manifests: list(inst.manifests) },
            span: { start: wholeCopy.start, end: wholeCopy.end },
            fix: manifestsFirstFix(model, stage, wholeCopy, ins, inst) ?? undefined,
          });
        }
      }
    }
  },
});
