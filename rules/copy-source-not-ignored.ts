import { basename, dirname } from "node:path";
import { defineRule } from "../src/engine/types";
import { copiesFromContext, copyParts } from "../src/model/copy";
import { anyCopyFromContext } from "../src/layers/context-copies";
import { contextRelative, findDockerIgnore, parseDockerIgnore, type DockerIgnore } from "../src/layers/dockerignore";
import type { BuildContext } from "../src/layers/context";
import { buildContextOf, dockerfileOnDisk, existsCheck, noIgnoreFileCheck, resolvedContextDir } from "../src/layers/facts";
import { resolvedPath } from "../src/fs/paths";
import type { Instruction } from "../src/model/types";

interface IgnoreFacts {
  ignore: DockerIgnore;
  file: string;
  context: () => BuildContext | null;
}

const EXAMPLE_CONTEXT = { ".dockerignore": "dist\n*.log\nsecrets/\n", "app.log": "x\n", "src/index.js": "\n", "dist/app.js": "\n" };

const WILDCARD = /(^|[^\\])[*?[]/;

export default defineRule({
  id: "copy-source-not-ignored",
  keywords: ["COPY", "ADD"],
  description: "Do not COPY or ADD files that .dockerignore leaves out of the build context",
  severity: "warning",
  related: ["buildkit:CopyIgnoredFile"],
  messages: {
    ignored:
      "{{keyword}} source '{{source}}' is excluded by {{file}} ('{{pattern}}' on line {{line}}), so it is not in the build context and the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring it",
    allIgnored:
      "Every file that {{keyword}} source '{{source}}' matches is excluded by {{file}}, so the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring those files",
  },
  options: {},
  examples: {
    // Linted with a build context whose .dockerignore lists dist, *.log and secrets/.
    valid: [{ code: "FROM node:22-alpine\nCOPY src/ /app/src/\nCOPY . /app", context: EXAMPLE_CONTEXT }],
    invalid: [
      { code: "FROM node:22-alpine\nCOPY dist/ /app/dist/", context: EXAMPLE_CONTEXT },
      { code: "FROM node:22-alpine\nCOPY *.log /var/log/app/", context: EXAMPLE_CONTEXT },
    ],
  },
  differs:
    "BuildKit gives up when .dockerignore has '!' exceptions and matches wildcard sources as literal text; dflint resolves exceptions and wildcards against the files in the context",
  check(ctx) {
    const { model, settings, facts, report } = ctx;
    if (!settings.contextDir) return;
    const contextDir = settings.contextDir;
    // Most files copy nothing from the context: skip the .dockerignore lookup (file-system calls) for them.
    if (!anyCopyFromContext(model)) return;
    const info = facts.get<IgnoreFacts | null>("copy-source-not-ignored:ignore", () => {
      // Existence from cached folder listings: most files have no ignore file to find.
      const exists = existsCheck(ctx);
      const dir = resolvedContextDir(contextDir);
      if (!exists(dir)) return null;
      const df = dockerfileOnDisk(ctx);
      // Neither the context folder nor the Dockerfile's holds a `*.dockerignore` name (every folder of
      // the corpus): findDockerIgnore's candidates all lie in those two, so none exists.
      const noIgnoreFile = noIgnoreFileCheck(ctx);
      if (noIgnoreFile(dir) && (df === null || noIgnoreFile(dirname(resolvedPath(df))))) return null;
      const found = findDockerIgnore(contextDir, df, exists);
      if (!found) return null;
      let opened: BuildContext | null | undefined;
      return {
        ignore: parseDockerIgnore(found.text),
        file: basename(found.path),
        context: () => (opened === undefined ? (opened = buildContextOf(ctx)) : opened),
      };
    });
    if (!info || info.ignore.patterns.length === 0) return;
    const { ignore } = info;

    const visit = (ins: Instruction) => {
      if (!copiesFromContext(ins)) return;
      const { sources } = copyParts(ins);
      for (const src of sources) {
        if (src.heredoc) continue;
        if (ins.keyword === "ADD" && /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i.test(src.value)) continue;
        const r = model.expand(ins.json ? JSON.stringify(src.value).slice(1, -1) : src.raw, ins.scope);
        if (r.unresolved || r.value === "") continue;
        const rel = contextRelative(r.value);
        const data = { keyword: ins.keywordRaw.toUpperCase(), source: rel, file: info.file };
        const span = { start: src.start, end: src.end };
        if (rel === ".") {
          // BuildKit: the root is reported only when a plain `*`-like pattern drops every entry.
          if (!ignore.hasExceptions && ignore.patterns.some((p) => !p.negate && ["*", "**", "**/*"].includes(p.pattern))) {
            const p = lastMatching(ignore, (one) => ["*", "**", "**/*"].includes(one.pattern));
            report({ messageId: "ignored", data: { ...data, pattern: p?.pattern ?? "*", line: p?.line ?? 1 }, span });
          }
          continue;
        }
        if (WILDCARD.test(rel)) {
          const ctx = info.context();
          if (ctx) {
            const exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value!);
            const parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false");
            const sel = ctx.select([rel], { exclude, parents });
            if (sel.ignoredMatches.length) report({ messageId: "allIgnored", data, span });
            continue;
          }
          if (ignore.hasExceptions) continue;
        }
        const ignored = ignore.hasExceptions ? (info.context()?.isIgnored(rel) ?? false) : ignore.matchesOrParentMatches(rel);
        if (!ignored) continue;
        const p = lastMatching(ignore, (one) => parseDockerIgnore(one.pattern).matchesOrParentMatches(rel));
        if (!p) {
          report({ messageId: "allIgnored", data, span });
          continue;
        }
        report({ messageId: "ignored", data: { ...data, pattern: p.pattern, line: p.line }, span });
      }
    };
    // Indexed loops, the lengths read once: this check stays in baseline code, where for-of made an
    // iterator result per step and every property read is a call.
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      for (let ii = 0, list = stages[si]!.instructions, count = list.length; ii < count; ii++) visit(list[ii]!);
    }
  },
});

function lastMatching(ignore: DockerIgnore, test: (p: { pattern: string; line: number }) => boolean): { pattern: string; line: number } | null {
  for (let i = ignore.patterns.length - 1; i >= 0; i--) {
    const p = ignore.patterns[i]!;
    if (!p.negate && test(p)) return p;
  }
  return null;
}
