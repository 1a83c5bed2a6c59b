import { includeBuilderStages } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { aptUpdates, cacheMountCovers, commandHead, judgedRunPackages, packageToolsIn, parsePackageCommand, removesDir, type RunPackages } from "../src/model/packages";

const LISTS = "/var/lib/apt/lists";
const LIST_DIRS = [LISTS];

/**
 * Could removesDir say yes to a command of this name? It answers false for every command but
 * rm, find and names holding "clean" (a clean-up script), after tokenizing all its words.
 */
function mayRemove(name: string): boolean {
  return name === "rm" || name === "find" || CLEAN.test(name);
}

/** Made once (a literal in mayRemove was a new RegExp object per command). */
const CLEAN = /clean/i;

/** Does a command after the `from`-th remove the lists (rm, find -delete, a clean-up script, apt-get distclean)? */
function cleanedAfter(commands: RunPackages["commands"], from: number): boolean {
  for (let i = from + 1; i < commands.length; i++) {
    const cmd = commands[i]!;
    if (mayRemove(cmd.name) && removesDir(cmd, LIST_DIRS)) return true;
    // The command's own parse (kept on it), not a search of the RUN's package commands with a closure per command.
    const pc = parsePackageCommand(cmd);
    if (pc && (pc.tool === "apt-get" || pc.tool === "apt") && (pc.sub === "distclean" || pc.sub === "dist-clean")) return true;
  }
  return false;
}

export default defineRule({
  id: "apt-lists-removed",
  keywords: ["RUN"],
  description: "Remove /var/lib/apt/lists in the RUN that ran apt-get update",
  severity: "info",
  related: ["hadolint:DL3009"],
  messages: {
    listsLeft: "'{{command}}' downloads package lists that stay in this layer (tens of MB); end this RUN with 'rm -rf /var/lib/apt/lists/*', or use '--mount=type=cache,target=/var/lib/apt/lists'",
  },
  options: {
    includeBuilderStages,
  },
  examples: {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl",
      "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM debian:12\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    ],
    invalid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl"],
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM, also with --target), needs the rm to remove /var/lib/apt/lists after the last update (any 'rm -rf' does not count), accepts 'apt-get distclean' and a cache or tmpfs mount on /var/lib/apt[/lists]",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("apt-get") && !tools.has("apt") && !tools.has("aptitude")) return; // only apt-get, apt and aptitude update the lists
    const { model } = ctx;
    for (const r of judgedRunPackages(ctx)) {
      let last: (typeof r.packages)[number] | undefined;
      for (const p of r.packages) {
        if (aptUpdates(p.pc)) last = p;
      }
      if (!last) continue;
      if (cacheMountCovers(model, r.ins, r.run.mounts, [LISTS])) continue;
      if (cleanedAfter(r.commands, last.index)) continue;
      const pc = last.pc;
      ctx.report({ messageId: "listsLeft", data: { command: pc.sub === "update" ? `${pc.tool} update` : `${pc.tool} ${pc.sub} --update` }, span: commandHead(pc) });
    }
  },
});
