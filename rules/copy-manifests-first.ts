import { defineRule } from "../src/engine/types";
import { copiesFromContext, copyParts, isWholeContext } from "../src/model/copy";
import { detectInstall, type DependencyInstall, isManifestSource } from "../src/model/installs";
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
  differs: "new in dflint (hadolint and BuildKit have no such check); an install under a RUN cache mount is accepted, and Go in GOPATH mode (GO111MODULE=off) downloads nothing",
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
      /** Every manifest source copied from the context before the whole copy. */
      const manifestsCopied: string[] = [];
      let wholeCopy: Instruction | null = null;
      const reported = new Set<string>();
      for (const ins of stage.instructions) {
        if (!wholeCopy && copiesFromContext(ins)) {
          const { sources } = copyParts(ins);
          if (sources.some((s) => isWholeContext(s.value))) wholeCopy = ins;
          else manifestsCopied.push(...sources.map((s) => s.value));
          continue;
        }
        if (!ins.run) continue;
        // A cache mount keeps downloaded packages across builds, so a source edit no longer re-downloads them.
        if (ins.run.mounts.some((m) => m.type === "cache")) continue;
        const installs = ins.run.commands.map((c) => detectInstall(c, ins.scope)).filter((x): x is DependencyInstall => x !== null);
        for (const inst of installs) {
          if (!wholeCopy) {
            // A build before any manifest is copied (`go build -a std`) installed nothing of the project's.
            if (!inst.build || manifestsCopied.some((m) => isManifestSource(m, inst.manifests))) installedBefore.add(inst.ecosystem);
            continue;
          }
          if (installedBefore.has(inst.ecosystem) || reported.has(inst.ecosystem)) continue;
          reported.add(inst.ecosystem);
          // Name the step that downloads (`nuget restore`, `go get -d`) rather than a later build of the same RUN.
          const named = (inst.build && installs.find((x) => x.ecosystem === inst.ecosystem && !x.build)) || inst;
          const copyText = `${wholeCopy.keywordRaw} ${wholeCopy.argsText.text.trim()}`;
          report({
            messageId: "installAfterCopy",
            data: { copy: copyText, install: named.display, line: ins.line, manifests: list(named.manifests) },
            span: { start: wholeCopy.start, end: wholeCopy.end },
            fix: manifestsFirstFix(model, stage, wholeCopy, ins, named) ?? undefined,
          });
        }
      }
    }
  },
});
