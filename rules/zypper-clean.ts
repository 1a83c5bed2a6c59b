import { includeBuilderStagesLikeHadolint } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { commandHead, judgedRunPackages, packageToolsIn, uncleanedInstall } from "../src/model/packages";

const INSTALLS = new Set(["install", "in", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si", "install-new-recommends", "inr"]);

export default defineRule({
  id: "zypper-clean",
  keywords: ["RUN"],
  description: "Run 'zypper clean' in the RUN that installs packages with zypper",
  severity: "warning",
  related: ["hadolint:DL3036"],
  messages: {
    notCleaned: "'zypper {{sub}}' leaves repository metadata and packages in /var/cache/zypp in this layer; end this RUN with '&& zypper clean --all', or use '--mount=type=cache,target=/var/cache/zypp'",
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint,
  },
  examples: {
    valid: [
      "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all",
      "FROM opensuse/leap:15.6 AS build\nRUN zypper -n install gcc\nFROM opensuse/leap:15.6\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    ],
    invalid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl"],
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage), also after update, dist-upgrade and patch (they fill the cache too), and accepts an rm of /var/cache/zypp after the install",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("zypper")) return; // it reports only zypper
    const { model } = ctx;
    const runs = judgedRunPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      const pc = uncleanedInstall(
        model,
        r,
        (pc) => pc.tool === "zypper" && INSTALLS.has(pc.sub ?? ""),
        (pc) => pc.tool === "zypper" && (pc.sub === "clean" || pc.sub === "cc"),
        ["/var/cache/zypp"],
      );
      if (pc) ctx.report({ messageId: "notCleaned", data: { sub: pc.sub! }, span: commandHead(pc) });
    }
  },
});
