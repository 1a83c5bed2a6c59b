import { includeBuilderStagesLikeHadolint } from "../src/engine/shared-options";
import { anyName, commandNames } from "../src/engine/dispatch";
import { shippedStages } from "../src/model/shipped";
import { defineRule } from "../src/engine/types";
import { cacheMountTargets, runSites, wordTexts } from "../src/model/commands";
import { mayBePipCommand, pipInstall } from "../src/model/pip";
import type { Instruction, SimpleCommand } from "../src/model/types";
import { trimEndOf } from "../src/model/paths";

const PIP_CACHE = /(^|\/)\.cache\/pip(\/|$)/;

/**
 * pip reads PIP_NO_CACHE_DIR as a boolean but turns the cache off for every value it accepts,
 * false ones too (kept for backwards compatibility): `PIP_NO_CACHE_DIR=0` disables the cache.
 */
function disablesCache(v: string | undefined): boolean {
  return v !== undefined && /^(1|0|true|false|yes|no|on|off|y|n|t|f)$/i.test(v.trim());
}

function normalise(p: string): string {
  return trimEndOf(p.replace(/^~(?=\/|$)/, "/root").replace(/^\$HOME(?=\/|$)/, "/root"), "/");
}

/** `path` is `dir` or inside it. */
function within(path: string, dir: string): boolean {
  const p = normalise(path);
  const d = normalise(dir);
  return d.length > 0 && (p === d || p.startsWith(d + "/"));
}

/**
 * What a RUN's commands remove: the index of the last command that purges pip's cache whatever
 * folder it uses (`pip cache purge`, `rm -rf /root/.cache`), and the last index at which each
 * path is removed. Made once per RUN, at its first pip install that needs it: a scan of the later
 * commands after each install made a RUN of 20,000 `pip install` take 8.4 s (quadratic).
 */
interface Removals {
  lastPurge: number;
  removedAt: Map<string, number>;
}

function removalsIn(cmds: readonly SimpleCommand[]): Removals {
  let lastPurge = -1;
  const removedAt = new Map<string, number>();
  for (let i = 0; i < cmds.length; i++) {
    const c = cmds[i]!;
    if (c.name !== "rm" && !/^pip\d*(\.\d+)?$/.test(c.name)) continue;
    const words = wordTexts(c);
    if (c.name !== "rm") {
      if (words[1] === "cache" && (words[2] === "purge" || words[2] === "remove")) lastPurge = i;
      continue;
    }
    for (let k = 1; k < words.length; k++) {
      const p = normalise(words[k]!.replace(/\/\*$/, ""));
      if (PIP_CACHE.test(p + "/") || p === "/root/.cache") lastPurge = i;
      if (p.length > 0) removedAt.set(p, i);
    }
  }
  return { lastPurge, removedAt };
}

/**
 * The pip cache folder is removed after command `from` of the RUN: purged, or `cacheDir` or a
 * folder above it removed (see `within`: its path or one of its parents, by whole segments).
 */
function purgedAfter(removals: Removals, from: number, cacheDir: string | null): boolean {
  if (removals.lastPurge > from) return true;
  if (cacheDir === null) return false;
  for (let d = normalise(cacheDir); d.length > 0; ) {
    const at = removals.removedAt.get(d);
    if (at !== undefined && at > from) return true;
    const slash = d.lastIndexOf("/");
    if (slash <= 0) break;
    d = d.slice(0, slash);
  }
  return false;
}

function cacheWaived(ins: Instruction, cacheDir: string | null): boolean {
  for (const t of cacheMountTargets(ins)) {
    const target = normalise(t);
    if (PIP_CACHE.test(target) || PIP_CACHE.test(target + "/") || target === "/root/.cache") return true;
    if (cacheDir !== null && within(cacheDir, target)) return true;
  }
  return false;
}

export default defineRule({
  id: "pip-no-cache-dir",
  keywords: ["RUN"],
  description: "Install pip packages with --no-cache-dir so the download cache does not ship in the image",
  severity: "warning",
  related: ["hadolint:DL3042"],
  messages: {
    noCacheDir:
      "'{{command}}' keeps pip's download cache in the image layer; add '--no-cache-dir' (or set 'ENV PIP_NO_CACHE_DIR=1', or use 'RUN --mount=type=cache,target=/root/.cache/pip')",
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint,
  },
  examples: {
    valid: [
      "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3",
      "FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3",
      "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3",
    ],
    invalid: ["FROM python:3.12-slim\nRUN pip install flask==3.0.3"],
  },
  differs:
    "checks only stages that ship (not builder stages read through COPY --from; the hadolint preset checks them, option includeBuilderStages); also accepts PIP_CACHE_DIR/--cache-dir on a cache mount, and a later 'rm -rf ~/.cache/pip' or 'pip cache purge' in the same RUN; any PIP_NO_CACHE_DIR value pip accepts turns the cache off, 0 and false too (as pip does)",
  fixable: true,
  check({ model, options, report }) {
    if (!anyName(commandNames(model), mayBePipCommand)) return; // no pip in the file
    const shipping = shippedStages(model);
    for (const { ins, onbuild } of runSites(model)) {
      if (!options.includeBuilderStages && !onbuild && ins.stage && !shipping.has(ins.stage)) continue;
      if (disablesCache(ins.scope.get("PIP_NO_CACHE_DIR")?.value)) continue;
      const envCacheDir = ins.scope.get("PIP_CACHE_DIR")?.value ?? null;
      const cmds = ins.run!.commands;
      let exported = false;
      let removals: Removals | null = null;
      cmds.forEach((cmd, i) => {
        // Only `export PIP_NO_CACHE_DIR=...` (its assignments or words) switches the cache off for later commands.
        if (cmd.name === "export") {
          for (const w of [...cmd.assignments, ...cmd.words.slice(1)]) {
            const v = w.expanded ?? w.value;
            if (v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17))) exported = true;
          }
        }
        if (exported) return;
        const pip = pipInstall(cmd);
        if (!pip || pip.tool !== "pip") return;
        const texts = pip.args.map((a) => a.text);
        if (texts.some((t) => t === "--no-cache-dir" || t.startsWith("--no-cache-dir="))) return;
        if (cmd.assignments.some((a) => {
          const v = a.expanded ?? a.value;
          return v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17));
        })) return;
        if (pip.args.some((a) => !a.known && a.text.startsWith("$"))) return; // options may hide in an unknown variable
        const ci = texts.findIndex((t) => t === "--cache-dir" || t.startsWith("--cache-dir="));
        const cacheDir = ci === -1 ? envCacheDir : texts[ci]!.includes("=") ? texts[ci]!.slice(12) : texts[ci + 1] ?? null;
        if (cacheWaived(ins, cacheDir) || purgedAfter((removals ??= removalsIn(cmds)), i, cacheDir)) return;
        const at = pip.installWord;
        report({
          messageId: "noCacheDir",
          data: { command: cmd.words.slice(0, cmd.words.indexOf(at) + 1).map((w) => w.value).join(" ") },
          span: { start: cmd.words[0]!.start, end: at.end },
          fix: [{ span: { start: at.end, end: at.end }, text: " --no-cache-dir" }],
        });
      });
    }
  },
});
