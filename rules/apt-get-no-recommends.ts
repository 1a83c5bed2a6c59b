import { defineRule } from "../src/engine/types";
import { aptConfigured, aptNoRecommends, aptSimulates, commandHead, insertAfter, packageToolsIn, runPackages } from "../src/model/packages";

export default defineRule({
  id: "apt-get-no-recommends",
  keywords: ["RUN"],
  description: "Install apt packages with --no-install-recommends",
  severity: "info",
  related: ["hadolint:DL3015"],
  messages: {
    recommends: "'apt-get install' also installs every recommended package, which bloats the image; add '--no-install-recommends' and list what you need",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl"],
    invalid: ["FROM debian:12\nRUN apt-get update && apt-get install -y curl"],
  },
  fixable: true,
  differs: "accepts -o APT::Install-Recommends=false and an earlier apt.conf setting (or COPY of apt configuration); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("apt-get")) return; // it reports only `apt-get install`
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      let configured: boolean | undefined;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "apt-get" || pc.sub !== "install" || pc.hasUnknown || aptNoRecommends(pc) || aptSimulates(pc)) continue;
        configured ??= aptConfigured(r.ins, /Install-Recommends\s*"?\s*(0|false|no)/i);
        if (configured) continue;
        // An explicit `-o APT::Install-Recommends=true` would override an added flag: leave that to a human.
        const explicit = pc.command.words.some((w) => /Install-Recommends/i.test(w.value));
        ctx.report({ messageId: "recommends", span: commandHead(pc), fix: explicit ? undefined : insertAfter(r.run, pc.subcommand!.word, " --no-install-recommends") });
      }
    }
  },
});
