import { defineRule } from "../src/engine/types";
import { commandHead, insertAfter, packageToolsIn, runPackages, zypperNonInteractive } from "../src/model/packages";

const PROMPTING = new Set(["install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup", "install-new-recommends", "inr", "verify", "ve"]);

export default defineRule({
  id: "zypper-non-interactive",
  keywords: ["RUN"],
  description: "Run zypper non-interactively in RUN",
  severity: "warning",
  related: ["hadolint:DL3034"],
  messages: {
    interactive: "'zypper {{sub}}' asks for confirmation and aborts the build when no terminal answers; add '--non-interactive' after 'zypper' (or '-y' after '{{sub}}')",
  },
  options: {},
  examples: {
    valid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all"],
    invalid: ["FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean --all"],
  },
  fixable: true,
  differs: "also checks update/up, dist-upgrade/dup, install-new-recommends and verify (they prompt too); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("zypper")) return; // it reports only zypper
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc, index } = r.packages[pi]!;
        if (pc.tool !== "zypper" || !pc.sub || !PROMPTING.has(pc.sub) || pc.hasUnknown || zypperNonInteractive(pc)) continue;
        const prev = index > 0 ? r.commands[index - 1] : undefined;
        if (prev && prev.next === "|" && prev.name === "yes") continue;
        ctx.report({ messageId: "interactive", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.toolWord, " --non-interactive") });
      }
    }
  },
});
