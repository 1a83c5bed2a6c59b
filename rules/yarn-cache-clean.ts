import { shippedStages } from "../src/model/shipped";
import { commandNames } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { cacheMountTargets, commandArgs, runSites, wordTexts } from "../src/model/commands";
import type { SimpleCommand } from "../src/model/types";

const YARN_CACHE = /(^|\/)(\.cache\/yarn|\.yarn\/berry\/cache|\.yarn-cache|yarn-cache)(\/|$)/;
// Options only Yarn 2+ (berry) knows: its project cache may be needed at runtime (Plug'n'Play), so cleaning is not advised.
const BERRY_OPTIONS = new Set(["--immutable", "--immutable-cache", "--check-cache", "--mode", "--refresh-lockfile"]);

function isYarnInstall(cmd: SimpleCommand): boolean {
  if (cmd.name !== "yarn") return false;
  const args = commandArgs(cmd).slice(1).map((a) => a.text);
  const sub = args.find((a) => !a.startsWith("-"));
  if (sub !== undefined && sub !== "install") return false;
  if (args.some((a) => /^(-v|-V|-h|--version|--help)$/.test(a))) return false;
  return !args.some((a) => BERRY_OPTIONS.has(a.split("=")[0]!));
}

/**
 * What a RUN does to yarn's cache, found once per RUN at its first install that needs it: the
 * index of the last command that cleans it whatever folder it uses (`yarn cache clean`, an `rm`
 * of a yarn cache path or of `$(yarn cache dir)`), and the last index at which each path is
 * removed. A scan of the later commands after each install made a RUN of 20,000 `yarn install`
 * take 4.6 s (quadratic).
 */
interface Cleans {
  lastClean: number;
  removedAt: Map<string, number>;
}

function cleansIn(cmds: readonly SimpleCommand[]): Cleans {
  let lastClean = -1;
  const removedAt = new Map<string, number>();
  for (let i = 0; i < cmds.length; i++) {
    const c = cmds[i]!;
    if (c.name !== "yarn" && c.name !== "rm") continue;
    const words = wordTexts(c);
    if (c.name === "yarn") {
      if (words[1] === "cache" && words[2] === "clean") lastClean = i;
      continue;
    }
    for (let k = 1; k < words.length; k++) {
      const w = words[k]!;
      if (YARN_CACHE.test(w) || /yarn\s+cache\s+dir/.test(w)) lastClean = i;
      removedAt.set(w.replace(/\/\*?$/, ""), i);
    }
  }
  return { lastClean, removedAt };
}

/** The cache is cleaned after command `from`: by a clean, or by an `rm` of `cacheDir` itself. */
function cleansAfter(cleans: Cleans, from: number, cacheDir: string | null): boolean {
  if (cleans.lastClean > from) return true;
  if (cacheDir === null) return false;
  const at = cleans.removedAt.get(cacheDir.replace(/\/$/, ""));
  return at !== undefined && at > from;
}

export default defineRule({
  id: "yarn-cache-clean",
  keywords: ["RUN"],
  description: "Clean the yarn cache in the RUN that runs yarn install",
  severity: "info",
  related: ["hadolint:DL3060"],
  messages: {
    clean:
      "'yarn install' leaves yarn's package cache in the image layer; end the same RUN with '&& yarn cache clean', or use 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn'",
  },
  options: {},
  examples: {
    valid: ["FROM node:22-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean"],
    invalid: ["FROM node:22-alpine\nRUN yarn install --frozen-lockfile"],
  },
  differs:
    "checks only stages that ship (not builder stages read through COPY --from); accepts 'rm -rf' of the cache folder and a cache mount on YARN_CACHE_FOLDER; skips Yarn 2+ installs ('--immutable'), whose project cache Plug'n'Play may need",
  check({ model, report }) {
    if (!commandNames(model).has("yarn")) return; // none of its commands in the file
    const shipping = shippedStages(model);
    for (const { ins, onbuild } of runSites(model)) {
      if (!onbuild && ins.stage && !shipping.has(ins.stage)) continue;
      const cmds = ins.run!.commands;
      let targets: string[] | undefined;
      let cleans: Cleans | undefined;
      cmds.forEach((cmd, i) => {
        if (!isYarnInstall(cmd)) return;
        targets ??= cacheMountTargets(ins); // (only for a RUN that installs: most RUNs do not)
        const args = commandArgs(cmd).map((a) => a.text);
        const ci = args.findIndex((a) => a === "--cache-folder" || a.startsWith("--cache-folder="));
        const cacheDir =
          ci !== -1 ? (args[ci]!.includes("=") ? args[ci]!.slice(15) : args[ci + 1] ?? null) : ins.scope.get("YARN_CACHE_FOLDER")?.value ?? null;
        const mounted = targets.some((t) => YARN_CACHE.test(t) || (cacheDir !== null && cacheDir.replace(/\/$/, "").startsWith(t.replace(/\/$/, ""))));
        if (mounted || cleansAfter((cleans ??= cleansIn(cmds)), i, cacheDir)) return;
        report({ messageId: "clean", span: { start: cmd.start, end: cmd.end } });
      });
    }
  },
});
