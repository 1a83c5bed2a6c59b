import { defineRule } from "../src/engine/types";
import { packageToolsIn, runPackages } from "../src/model/packages";

// apt subcommands that apt-get has with the same meaning.
const APT_GET = new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "update", "upgrade", "dist-upgrade", "full-upgrade", "clean", "autoclean", "distclean", "build-dep", "source", "download", "satisfy", "changelog"]);
const APT_CACHE = new Set(["search", "show", "showsrc", "policy", "depends", "rdepends"]);

export default defineRule({
  id: "run-no-apt",
  keywords: ["RUN"],
  description: "Use apt-get or apt-cache instead of apt in scripts",
  severity: "warning",
  related: ["hadolint:DL3027"],
  messages: {
    useAptGet: "'apt {{sub}}' is meant for people at a terminal: its output and options may change between releases and it warns that it has no stable CLI; use 'apt-get {{sub}}'",
    useAptCache: "'apt {{sub}}' is meant for people at a terminal and has no stable CLI; use 'apt-cache {{sub}}'",
    useOther: "'apt' is meant for people at a terminal and has no stable CLI; use apt-get, apt-cache or dpkg in a Dockerfile",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl"],
    invalid: ["FROM debian:12\nRUN apt update && apt install -y curl"],
  },
  fixable: true,
  differs: "points at the 'apt' word and offers 'apt-get'/'apt-cache' as an automatic fix when the subcommand has the same meaning there",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("apt")) return; // it reports only apt
    const runs = runPackages(ctx);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 35k RUNs).
    for (let ri = 0; ri < runs.length; ri++) {
      const r = runs[ri]!;
      for (let pi = 0; pi < r.packages.length; pi++) {
        const { pc } = r.packages[pi]!;
        if (pc.tool !== "apt") continue;
        const w = pc.toolWord;
        const sub = pc.sub ?? "";
        // (A span object of its own, not the word: the engine's report reads every rule's span, and a
        // word there was a map its optimized code had not seen.)
        const span = { start: w.start, end: w.end };
        const replace = (name: string) => (r.run.form === "exec" || w.hasExpansion || w.raw !== w.value ? undefined : [{ span: { start: w.start, end: w.end }, text: w.value.replace(/apt$/, name) }]);
        if (APT_GET.has(sub)) ctx.report({ messageId: "useAptGet", data: { sub }, span, fix: replace("apt-get") });
        else if (APT_CACHE.has(sub)) ctx.report({ messageId: "useAptCache", data: { sub }, span, fix: replace("apt-cache") });
        else ctx.report({ messageId: "useOther", span });
      }
    }
  },
});
