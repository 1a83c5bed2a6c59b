import { relative } from "node:path";
import { defineRule } from "../src/engine/types";
import { bakedFiles, contextHasSecretOrBig, DEFAULT_BIG_FILE } from "../src/layers/baked";
import { anyCopyFromContext, stagesCopyFromContext } from "../src/layers/context-copies";
import { shippedChain } from "../src/model/shipped";
import { buildContextOf } from "../src/layers/facts";
import { secretEntries } from "../src/layers/guard";
import { formatBytes } from "../src/layers/render";

/** Lists a few names and says how many more there are. */
function few(items: string[], n = 4): string {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} and ${items.length - n} more`;
}

export default defineRule({
  id: "context-secret-baked",
  keywords: ["COPY", "ADD"],
  description: "Keep secret-looking and very large build-context files out of the shipped image",
  severity: "warning",
  related: [],
  messages: {
    secret:
      "'{{copy}}' writes {{what}} from the build context into the image, where anyone who pulls it can read them; add {{entries}} to {{ignoreFile}} (or copy only what the app needs)",
    big: "'{{copy}}' writes {{what}} into the image; if the app does not need them, add them to {{ignoreFile}}",
  },
  options: {
    bigFileSize: {
      description: "Size in bytes from which a context file written into the image is reported as big (0 turns it off)",
      default: DEFAULT_BIG_FILE,
      schema: { type: "integer", minimum: 0 },
    },
  },
  examples: {
    valid: [
      {
        code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .",
        context: { "app.py": "print(1)\n", ".env": "SECRET_KEY=x\n", ".dockerignore": ".env\n" },
      },
    ],
    invalid: [
      {
        code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .",
        context: { "app.py": "print(1)\n", ".env": "SECRET_KEY=x\n" },
      },
    ],
  },
  differs:
    "reads the real build context (after .dockerignore) and only the shipped stages (the target and its FROM-stage ancestors); names decide, and .pem/.npmrc/.pypirc/credential JSON files are reported only when their first 8 kB hold a key or token; values are never printed",
  check(ctx) {
    const { model, report, options } = ctx;
    // Most files copy nothing from the context into the shipped stages: no context walk for them.
    // The keyword index answers first for the files with no COPY or ADD from the context at all.
    if (!anyCopyFromContext(model) || !stagesCopyFromContext(shippedChain(model))) return;
    const context = buildContextOf(ctx);
    if (!context) return;
    const bigFile = options.bigFileSize > 0 ? options.bigFileSize : Number.POSITIVE_INFINITY;
    if (!contextHasSecretOrBig(context, bigFile)) return;
    const baked = bakedFiles(model, context, { bigFile });
    const ignoreFile = context.ignoreFile ? relative(context.dir, context.ignoreFile) || ".dockerignore" : ".dockerignore";
    for (const step of baked.steps) {
      const ins = step.instruction;
      const copy = `${ins.keywordRaw} ${ins.argsText.text.trim()}`.replace(/\s+/g, " ");
      const span = { start: ins.start, end: ins.end };
      if (step.secrets.length) {
        // One entry per file, `.git` as one (".git (12 files: history and remotes)"); a secret's value never appears.
        const listed = secretEntries(step.secrets);
        const entries = [...new Set(listed.map((s) => s.path))];
        report({ messageId: "secret", data: { copy, what: few(listed.map((s) => `${s.path} (${s.kind})`)), entries: few(entries.map((e) => `'${e}'`)), ignoreFile }, span });
      }
      if (step.big.length) {
        const what = few(step.big.map((f) => `${f.path} (${formatBytes(f.size)})`));
        report({ messageId: "big", data: { copy, what, ignoreFile }, span });
      }
    }
  },
});
