import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { copyParts } from "../src/model/copy";
import { splitImage } from "../src/model/image";
import { globsToRegExps } from "../src/model/shipped";
import { flagNamed } from "../src/model/flag";
import type { Stage } from "../src/model/types";

const ROOT = /^\/+\.?$|^\/+\*$/;
// Pre-check on a COPY's text: a ROOT word stands alone (between spaces, quotes, brackets or commas),
// unless an escape spells it; a COPY without one (most) is not parsed.
const MAY_HOLD_ROOT = /[\\`]|(?:^|[\s"'[,])\/+[.*]?(?:$|[\s"'\],])/;

export default defineRule({
  id: "copy-from-root",
  keywords: ["COPY"],
  description: "Do not copy a whole filesystem with COPY --from",
  severity: "warning",
  related: ["hadolint:DL3067"],
  messages: {
    wholeFs: "COPY --from={{ref}} {{src}} {{dest}} copies the entire filesystem of '{{ref}}' over this one, including /etc, /proc mount points and package databases; copy only the directories you need",
  },
  options: {
    bundleImages: {
      description: "Images made to be copied whole with 'COPY --from=<image> / /' (a few files on an empty base), matched by repository path, `*` as wildcard",
      default: ["tonistiigi/xx", "docker.io/tonistiigi/xx", "gloursdocker/docker"] as string[],
      schema: { type: "array", items: { type: "string" } },
    },
  },
  examples: {
    valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/ /usr/local/bin/", "FROM alpine:3.20 AS rootfs\nFROM scratch\nCOPY --from=rootfs / /"],
    invalid: ["FROM debian:12 AS base\nFROM alpine:3.20\nCOPY --from=base / /"],
  },
  differs: "a copy into 'FROM scratch' (building a root filesystem on purpose), or from a scratch-based stage or a bundle image such as tonistiigi/xx (made to be copied whole), is not reported",
  check({ model, options, report }) {
    const isBundle = (ref: string) => {
      const bundles = globsToRegExps(options.bundleImages);
      const { registry, path } = splitImage(ref);
      return [path, registry ? `${registry}/${path}` : path].some((f) => bundles.some((b) => b.test(f)));
    };
    /** The copied stage or image is only a bundle of files (scratch-based or a known bundle image). */
    const copiesBundle = (ref: string): boolean => {
      let st: Stage | null = model.stageByRef(ref);
      if (!st) return isBundle(ref);
      while (st.parent) st = st.parent;
      return st.image.isScratch || (!st.image.unresolved && isBundle(st.image.expanded));
    };
    // From the keyword index: only the stages' COPY instructions with flags (problems are sorted by position afterwards).
    const copies = instructionsOf(model, "COPY");
    for (let i = 0; i < copies.length; i++) {
      const ins = copies[i]!;
      if (ins.flags.length === 0 || !isStageInstruction(model, ins)) continue;
      // Assembling a rootfs into an empty image is the intended use.
      let root = ins.stage!;
      while (root.parent) root = root.parent;
      if (root.image.isScratch) continue;
      const flag = flagNamed(ins.flags, "from");
      if (!flag?.value || !MAY_HOLD_ROOT.test(ins.argsText.text)) continue;
      const { sources, dest } = copyParts(ins);
      if (!dest || !ROOT.test(dest.value)) continue;
      const src = sources.find((s) => ROOT.test(s.value));
      if (!src || copiesBundle(flag.value)) continue;
      report({ messageId: "wholeFs", data: { ref: flag.value, src: src.value, dest: dest.value }, span: { start: src.start, end: dest.end } });
    }
  },
});
