import { defineRule } from "../src/engine/types";
import { aptAssumesYes, aptConfigured, aptSimulates, commandHead, insertAfter, packageToolsIn, runPackages } from "../src/model/packages";

// Subcommands that ask "Do you want to continue? [Y/n]" and abort without a terminal.
const PROMPTING = new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "satisfy"]);

export default defineRule({
  id: "apt-get-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to apt-get commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3014"],
  messages: {
    missingYes: "'apt-get {{sub}}' without '-y' stops at 'Do you want to continue? [Y/n]' whenever it must change more than the packages named (new dependencies, removals), and with no terminal to answer it the step fails; add '-y' (DEBIAN_FRONTEND=noninteractive does not answer this prompt)",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl", "FROM debian:12\nRUN apt-get -qq update && apt-get -qq install --no-install-recommends curl"],
    invalid: ["FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl"],
  },
  fixable: true,
  differs: "also checks remove/purge/upgrade/dist-upgrade (they prompt too), accepts -qq, -o APT::Get::Assume-Yes=true, 'yes |' and an earlier apt.conf setting; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("apt-get")) return; // it reports only apt-get
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      let configured: boolean | undefined;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc, index } = r.packages[pi]!;
        if (pc.tool !== "apt-get" || !pc.sub || !PROMPTING.has(pc.sub) || pc.hasUnknown || aptAssumesYes(pc) || aptSimulates(pc)) continue;
        const prev = index > 0 ? r.commands[index - 1] : undefined;
        if (prev && prev.next === "|" && prev.name === "yes") continue;
        configured ??= aptConfigured(r.ins, /Assume-Yes\s*"?\s*(1|true|yes)/i);
        if (configured) continue;
        ctx.report({ messageId: "missingYes", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand!.word, " -y") });
      }
    }
  },
});
