import { ignorePackages } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { runPackages } from "../src/model/packages";

function pinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith(".apk");
}

export default defineRule({
  id: "apk-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apk add",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3018"],
  messages: {
    unpinned: "Package '{{pkg}}' is added without a version, so rebuilds get whatever the index has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}~<major.minor>'",
  },
  options: {
    ignorePackages: ignorePackages(),
  },
  examples: {
    valid: ["FROM alpine:3.20\nRUN apk add --no-cache curl~8"],
    invalid: ["FROM alpine:3.20\nRUN apk add --no-cache curl"],
  },
  differs: "off by default (strict preset: warning) because exact apk pins break when Alpine drops old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "apk" || pc.sub !== "add") continue;
        for (let ti = 0; ti < pc.operands.length; ti++) {
          const t = pc.operands[ti]!;
          if (t.text === null || pinned(t.text) || t.text.startsWith("/") || t.text.startsWith(".") || ctx.options.ignorePackages.includes(t.text)) continue;
          ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
        }
      }
    }
  },
});
