import { ignorePackages } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { runPackages } from "../src/model/packages";

function pinned(pkg: string): boolean {
  return /[=<>]/.test(pkg) || pkg.endsWith(".rpm") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.includes("://");
}

export default defineRule({
  id: "zypper-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with zypper",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3037"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}>=<version>'",
  },
  options: {
    ignorePackages: ignorePackages(),
  },
  examples: {
    valid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive install 'curl>=8' && zypper clean --all"],
    invalid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all"],
  },
  differs: "off by default (strict preset: warning) because exact pins rot; judges packages after ARG/ENV expansion and skips patterns and products (-t pattern)",
  check(ctx) {
    for (const r of runPackages(ctx)) {
      for (const { pc } of r.packages) {
        if (pc.tool !== "zypper" || (pc.sub !== "install" && pc.sub !== "in")) continue;
        if (pc.options.some((o) => (o.name === "-t" || o.name === "--type") && o.value !== "package")) continue;
        for (const t of pc.operands) {
          if (t.text === null || pinned(t.text) || /^(pattern|product|patch|srcpackage):/.test(t.text) || ctx.options.ignorePackages.includes(t.text)) continue;
          ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
        }
      }
    }
  },
});
