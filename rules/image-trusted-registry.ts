import { defineRule } from "../src/engine/types";
import { flagNamed } from "../src/model/flag";
import { splitImage } from "../src/model/image";
import { globToRegExp } from "../src/model/shipped";
import type { Span } from "../src/model/types";

const DOCKER_HUB = ["docker.io", "index.docker.io", "registry-1.docker.io", "hub.docker.com"];

export default defineRule({
  id: "image-trusted-registry",
  description: "Pull images only from the registries listed in settings.trustedRegistries",
  severity: "error",
  related: ["hadolint:DL3026"],
  messages: {
    untrusted: "Image '{{image}}' comes from registry '{{registry}}', which is not in trustedRegistries ({{allowed}}); use an image from a trusted registry",
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build\nFROM build", { code: "FROM ghcr.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io"] } }],
    invalid: [{ code: "FROM quay.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io", "docker.io"] } }],
  },
  differs: "judges FROM, COPY --from and RUN --mount from= images after ARG expansion (hadolint skips 'FROM ${IMAGE}'); does nothing until trustedRegistries is set",
  check({ model, settings, report }) {
    const allowed = settings.trustedRegistries;
    if (!allowed.length) return;
    const patterns = allowed.map(globToRegExp);
    const judge = (ref: string, span: Span) => {
      if (!ref || ref.toLowerCase() === "scratch") return;
      const { registry } = splitImage(ref);
      const reg = (registry ?? "docker.io").toLowerCase();
      const forms = DOCKER_HUB.includes(reg) ? DOCKER_HUB : [reg];
      if (forms.some((f) => patterns.some((p) => p.test(f)))) return;
      report({ messageId: "untrusted", data: { image: ref, registry: reg, allowed: allowed.join(", ") }, span });
    };
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const img = stage.image;
      if (img.expanded && !img.unresolved && !img.stage) judge(img.expanded, img.span);
      for (const ins of stage.instructions) {
        const refs: { ref: string; span: Span }[] = [];
        const from = ins.keyword === "COPY" ? flagNamed(ins.flags, "from") : undefined;
        if (from?.value) refs.push({ ref: from.value, span: from.valueSpan });
        for (const m of ins.run?.mounts ?? []) if (m.options["from"]) refs.push({ ref: m.options["from"], span: m.span });
        for (const { ref, span } of refs) {
          const r = model.expand(ref, ins.scope);
          if (r.unresolved || r.undefinedNames.length || /^\d+$/.test(r.value) || model.stageByRef(r.value)) continue;
          judge(r.value, span);
        }
      }
    }
  },
});
