import { ignorePackages } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { rpmAction, rpmPinned, runPackages } from "../src/model/packages";

export default defineRule({
  id: "yum-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with yum",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3033"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}-<version>'",
    moduleStream: "Module '{{pkg}}' is installed without a stream; pin it as '{{pkg}}:<stream>'",
  },
  options: {
    ignorePackages: ignorePackages(),
  },
  examples: {
    valid: ["FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all"],
    invalid: ["FROM centos:7\nRUN yum install -y httpd && yum clean all"],
  },
  differs: "off by default (strict preset: warning) because exact pins rot when repositories drop old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (!(pc.tool === "yum")) continue;
        const action = rpmAction(pc);
        const module = action === "module install";
        if (action !== "install" && action !== "in" && !module) continue;
        for (const t of pc.operands.slice(module ? 1 : 0)) {
          if (t.text === null || ctx.options.ignorePackages.includes(t.text)) continue;
          if (module ? t.text.includes(":") || t.text.startsWith("/") : rpmPinned(t.text)) continue;
          ctx.report({ messageId: module ? "moduleStream" : "unpinned", data: { pkg: t.text }, span: t.word });
        }
      }
    }
  },
});
