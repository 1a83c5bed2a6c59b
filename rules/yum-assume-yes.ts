import { defineRule } from "../src/engine/types";
import { commandHead, insertAfter, packageToolsIn, RPM_PROMPTS, rpmAction, rpmActionEnd, rpmAssumesYes, runPackages } from "../src/model/packages";

export default defineRule({
  id: "yum-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to yum commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3030"],
  messages: {
    missingYes: "'yum {{action}}' asks 'Is this ok [y/N]' and aborts the build when no terminal answers; add '-y'",
  },
  options: {},
  examples: {
    valid: ["FROM centos:7\nRUN yum install -y httpd && yum clean all"],
    invalid: ["FROM centos:7\nRUN yum install httpd && yum clean all"],
  },
  fixable: true,
  differs: "also checks remove/update/upgrade and group/module actions (they prompt too), accepts --setopt=assumeyes=1; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("yum")) return; // it reports only yum
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc, index } = r.packages[pi]!;
        if (pc.tool !== "yum") continue;
        const action = rpmAction(pc);
        if (!action || !RPM_PROMPTS.has(action) || pc.hasUnknown || rpmAssumesYes(pc)) continue;
        const prev = index > 0 ? r.commands[index - 1] : undefined;
        if (prev && prev.next === "|" && prev.name === "yes") continue;
        ctx.report({ messageId: "missingYes", data: { action }, span: commandHead(pc), fix: insertAfter(r.run, rpmActionEnd(pc), " -y") });
      }
    }
  },
});
