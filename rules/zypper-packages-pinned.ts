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
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "zypper" || (pc.sub !== "install" && pc.sub !== "in")) continue;
        if (pc.options.some((o) => (o.name === "-t" || o.name === "--type") && o.value !== "package")) continue;
        for (let ti = 0; ti < pc.operands.length; ti++) {
          const t = pc.operands[ti]!;
          if (t.text === null || pinned(t.text) || /^(pattern|product|patch|srcpackage):/.test(t.text) || ctx.options.ignorePackages.includes(t.text)) continue;
          ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
        }
      }
    }
  },
});
