import { defineRule } from "../src/engine/types";
import { packageToolsIn, runPackages } from "../src/model/packages";
import type { Stage } from "../src/model/types";

function baseImage(stage: Stage | null): string {
  const seen = new Set<Stage>();
  let s = stage;
  while (s && s.parent && !seen.has(s)) {
    seen.add(s);
    s = s.parent;
  }
  return s ? s.image.expanded.toLowerCase() : "";
}

export default defineRule({
  id: "zypper-no-dist-upgrade",
  keywords: ["RUN"],
  description: "Do not run zypper dist-upgrade in an image build",
  severity: "warning",
  related: ["hadolint:DL3035"],
  messages: {
    distUpgrade: "'zypper {{sub}}' may move the image to a new distribution release and makes builds unrepeatable; use a newer base image, or 'zypper update' / 'zypper patch'",
  },
  options: {},
  examples: {
    valid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch && zypper clean --all", "FROM opensuse/tumbleweed\nRUN zypper --non-interactive dup && zypper clean --all"],
    invalid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade && zypper clean --all"],
  },
  differs: "points at the subcommand and accepts it on openSUSE Tumbleweed, where 'zypper dup' is the documented way to update",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("zypper")) return; // it reports only zypper
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "zypper" || (pc.sub !== "dist-upgrade" && pc.sub !== "dup")) continue;
        if (baseImage(r.stage).includes("tumbleweed")) continue;
        ctx.report({ messageId: "distUpgrade", data: { sub: pc.sub }, span: pc.subcommand!.word });
      }
    }
  },
});
