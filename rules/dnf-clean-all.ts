import { includeBuilderStagesLikeHadolint } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { commandHead, judgedRunPackages, packageToolsIn, RPM_CACHES, RPM_INSTALLS, rpmAction, uncleanedInstall } from "../src/model/packages";

export default defineRule({
  id: "dnf-clean-all",
  keywords: ["RUN"],
  description: "Run 'dnf clean all' in the RUN that installs packages with dnf",
  severity: "warning",
  related: ["hadolint:DL3040"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the dnf cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'",
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint,
  },
  examples: {
    valid: [
      "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
      "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM fedora:40\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    ],
    invalid: ["FROM fedora:40\nRUN dnf install -y httpd"],
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); covers dnf and microdnf; accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("dnf") && !tools.has("microdnf")) return; // it reports only dnf and microdnf installs
    const { model } = ctx;
    const runs = judgedRunPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      const pc = uncleanedInstall(
        model,
        r,
        (pc) => (pc.tool === "dnf" || pc.tool === "microdnf") && RPM_INSTALLS.has(rpmAction(pc) ?? ""),
        (pc) => (pc.tool === "yum" || pc.tool === "dnf" || pc.tool === "microdnf") && pc.sub === "clean",
        RPM_CACHES,
      );
      if (!pc) continue;
      const cache = pc.tool === "yum" ? "/var/cache/yum" : pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc)!, cache }, span: commandHead(pc) });
    }
  },
});
