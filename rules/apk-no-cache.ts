import { includeBuilderStagesLikeHadolint } from "../src/engine/shared-options";
import { defineRule } from "../src/engine/types";
import { cacheMountCovers, commandHead, hasOption, insertAfter, judgedRunPackages, packageToolsIn, removesDir } from "../src/model/packages";

const CACHE = "/var/cache/apk";
const NO_CACHE = ["--no-cache"];

export default defineRule({
  id: "apk-no-cache",
  keywords: ["RUN"],
  description: "Use apk add --no-cache so the package index does not stay in the image",
  severity: "info",
  related: ["hadolint:DL3019"],
  messages: {
    noCache: "'apk add' keeps the downloaded package index in /var/cache/apk in this layer; use 'apk add --no-cache', or '--mount=type=cache,target=/var/cache/apk'",
  },
  options: {
    includeBuilderStages: includeBuilderStagesLikeHadolint,
  },
  examples: {
    valid: [
      "FROM alpine:3.20\nRUN apk add --no-cache curl",
      "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl",
      "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    ],
    invalid: ["FROM alpine:3.20\nRUN apk add curl"],
  },
  fixable: true,
  differs: "checks the stages that ship (the target and the stages it is built FROM; hadolint, and the hadolint preset through includeBuilderStages, check every stage); also accepts 'rm -rf /var/cache/apk/*' later in the same RUN",
  check(ctx) {
    const tools = packageToolsIn(ctx);
    if (!tools.has("apk")) return; // it reports only `apk add`
    const { model } = ctx;
    const runs = judgedRunPackages(ctx);
    // An indexed loop: in cold code a for-of makes an iterator result per step.
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!;
      r.packages.forEach(({ pc, index }) => {
        if (pc.tool !== "apk" || pc.sub !== "add" || pc.hasUnknown || hasOption(pc, NO_CACHE)) return;
        if (cacheMountCovers(model, r.ins, r.run.mounts, [CACHE])) return;
        if (r.commands.slice(index + 1).some((c) => removesDir(c, [CACHE]))) return;
        ctx.report({ messageId: "noCache", span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand!.word, " --no-cache") });
      });
    }
  },
});
