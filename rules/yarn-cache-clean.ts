import { shippedStages } from "../src/model/shipped";
import { commandNames } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { cacheMountTargets, commandArgs, runSites } from "../src/model/commands";
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

function cleansAfter(cmds: readonly SimpleCommand[], from: number, cacheDir: string | null): boolean {
  for (let i = from + 1; i < cmds.length; i++) {
    const c = cmds[i]!;
    const words = c.words.map((w) => w.expanded ?? w.value);
    if (c.name === "yarn" && words[1] === "cache" && words[2] === "clean") return true;
    if (c.name === "rm" && words.slice(1).some((w) => YARN_CACHE.test(w) || /yarn\s+cache\s+dir/.test(w) || (cacheDir !== null && w.replace(/\/\*?$/, "") === cacheDir.replace(/\/$/, ""))))
      return true;
  }
  return false;
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
      cmds.forEach((cmd, i) => {
        if (!isYarnInstall(cmd)) return;
        targets ??= cacheMountTargets(ins); // (only for a RUN that installs: most RUNs do not)
        const args = commandArgs(cmd).map((a) => a.text);
        const ci = args.findIndex((a) => a === "--cache-folder" || a.startsWith("--cache-folder="));
        const cacheDir =
          ci !== -1 ? (args[ci]!.includes("=") ? args[ci]!.slice(15) : args[ci + 1] ?? null) : ins.scope.get("YARN_CACHE_FOLDER")?.value ?? null;
        const mounted = targets.some((t) => YARN_CACHE.test(t) || (cacheDir !== null && cacheDir.replace(/\/$/, "").startsWith(t.replace(/\/$/, ""))));
        if (mounted || cleansAfter(cmds, i, cacheDir)) return;
        report({ messageId: "clean", span: { start: cmd.start, end: cmd.end } });
      });
    }
  },
});
