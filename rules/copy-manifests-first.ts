import { defineRule } from "../src/engine/types";
import { installsAfterWholeCopy, manifestsFirstFix } from "../src/model/manifests-first";

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
