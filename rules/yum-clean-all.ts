import { includeBuilderStagesLikeHadolint } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { commandHead, judgedRunPackages, packageToolsIn, RPM_CACHES, RPM_INSTALLS, rpmAction, uncleanedInstall } from "../src/model/packages";

export default defineRule({
  id: "yum-clean-all",
  keywords: ["RUN"],
  description: "Run 'yum clean all' in the RUN that installs packages with yum",
  severity: "warning",
  related: ["hadolint:DL3032"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the yum cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'",
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint,
  },
  examples: {
    valid: [
      "FROM centos:7\nRUN yum install -y httpd && yum clean all",
      "FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    ],
    invalid: ["FROM centos:7\nRUN yum install -y httpd"],
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("yum")) return; // it reports only yum installs
    const { model } = ctx;
    const runs = judgedRunPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      const pc = uncleanedInstall(
        model,
        r,
        (pc) => pc.tool === "yum" && RPM_INSTALLS.has(rpmAction(pc) ?? ""),
        (pc) => (pc.tool === "yum" || pc.tool === "dnf" || pc.tool === "microdnf") && pc.sub === "clean",
        RPM_CACHES,
      );
      if (!pc) continue;
      const cache = pc.tool === "yum" ? "/var/cache/yum" : pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc)!, cache }, span: commandHead(pc) });
    }
  },
});
