import { ignorePackages } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { aptSimulates, runPackages } from "../src/model/packages";

function pinned(pkg: string): boolean {
  return pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
}

export default defineRule({
  id: "apt-get-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apt-get",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3008"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the mirror has that day; pin it as '{{pkg}}=<version>' (see 'apt-cache policy {{pkg}}')",
  },
  options: {
    ignorePackages: ignorePackages(),
  },
  examples: {
    valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8"],
    invalid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl"],
  },
  differs: "off by default (strict preset: warning) because exact apt pins rot when the archive drops old versions; judges packages after ARG/ENV expansion, accepts 'pkg/release' and local .deb files",
  check(ctx) {
    const { options, report } = ctx;
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "apt-get" || pc.sub !== "install" || aptSimulates(pc)) continue;
        for (let ti = 0; ti < pc.operands.length; ti++) {
          const t = pc.operands[ti]!;
          if (t.text === null || pinned(t.text) || t.text.startsWith(".") || options.ignorePackages.includes(t.text)) continue;
          report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
        }
      }
    }
  },
});
