import { instructionsOf } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { copiesFromContext, copyParts, isWholeContext } from "../src/model/copy";
import { installsAfterWholeCopy, manifestsFirstFix } from "../src/model/manifests-first";
import { perStage } from "../src/model/per-stage";
import type { Instruction, Model } from "../src/model/types";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}

/**
 * Could installsAfterWholeCopy find anything? Only after a COPY/ADD of the whole context with a
 * RUN later in its stage (most files have none): answered from the keyword index, without
 * reading any RUN's commands.
 */
function mayFlag(model: Model): boolean {
  const runs = instructionsOf(model, "RUN");
  if (runs.length === 0) return false;
  const all = model.instructions;
  // The last RUN of each stage (ONBUILD RUNs, also in the index, are not the stage's own), by
  // stage index, -1 for none: a Map keyed by stage left 1.6 MB of outgrown tables on a 10 MB file,
  // dead large objects no GC frees while a big file is linted (src/runtime/big-file-gc.ts).
  const lastRun = perStage(model, -1);
  let any = false;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    if (r.stage && all[r.index] === r) {
      lastRun[r.stage.index] = r.index;
      any = true;
    }
  }
  if (!any) return false;
  return wholeCopyBeforeRun(instructionsOf(model, "COPY"), all, lastRun) || wholeCopyBeforeRun(instructionsOf(model, "ADD"), all, lastRun);
}

function wholeCopyBeforeRun(copies: readonly Instruction[], all: readonly Instruction[], lastRun: readonly number[]): boolean {
  for (let i = 0; i < copies.length; i++) {
    const ins = copies[i]!;
    if (!ins.stage || all[ins.index] !== ins || !(lastRun[ins.stage.index]! > ins.index) || !copiesFromContext(ins)) continue;
    const sources = copyParts(ins).sources;
    for (let k = 0; k < sources.length; k++) if (isWholeContext(sources[k]!.value)) return true;
  }
  return false;
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
  differs: "new in dflint (hadolint and BuildKit have no such check); an install under a RUN cache mount is accepted, and Go in GOPATH mode (GO111MODULE=off; golang images of Go 1.10 and older; Go 1.11/1.12 inside $GOPATH/src) downloads nothing",
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
    if (!mayFlag(model)) return;
    for (const { stage, copy, run, install } of installsAfterWholeCopy(model)) {
      const copyText = `${copy.keywordRaw} ${copy.argsText.text.trim()}`;
      report({
        messageId: "installAfterCopy",
        data: { copy: copyText, install: install.display, line: run.line, manifests: list(install.manifests) },
        span: { start: copy.start, end: copy.end },
        fix: manifestsFirstFix(model, stage, copy, run, install) ?? undefined,
      });
    }
  },
});
