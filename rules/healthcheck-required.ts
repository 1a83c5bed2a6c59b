import { defineRule } from "../src/engine/types";
import { shippedChain, isDevContainer } from "../src/model/shipped";
import { shippedCommand } from "../src/model/purpose";
import type { Stage } from "../src/model/types";

/** The stage or one it is built on (FROM <stage>) has a HEALTHCHECK (NONE counts). */
function hasHealthcheck(stage: Stage): boolean {
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    if (s.instructions.some((i) => i.keyword === "HEALTHCHECK")) return true;
  }
  return false;
}

export default defineRule({
  id: "healthcheck-required",
  description: "Define a HEALTHCHECK for the shipped image",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3057"],
  messages: {
    missing: "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)",
    missingInStage: "This stage has no HEALTHCHECK; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)",
  },
  options: {
    skipBaseImages: {
      description: "Skip base images (their command a shell or an interpreter's REPL, or none of their own on an operating system or language image) and build tool images, which run no service to probe; false judges them too, as hadolint's DL3057",
      default: true,
      hadolint: false,
      schema: { type: "boolean" },
    },
    everyStage: {
      description: "Judge every stage, builder stages included, unless a stage built on it has a HEALTHCHECK, as hadolint's DL3057; by default only the build target (with the stages it is built on)",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ['FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', "FROM golang:1.23 AS build\nFROM alpine:3.20\nHEALTHCHECK NONE"],
    invalid: ["FROM nginx:1.27\nCOPY site /usr/share/nginx/html", { code: "FROM alpine:3.20\nRUN apk add --no-cache curl", options: { skipBaseImages: false } }],
  },
  differs:
    "dev container Dockerfiles (.devcontainer/) are skipped, and so are base images, whose command is a shell or an interpreter's REPL (python3, irb, php -a, jshell) or who set none and build on an operating system or language image, and build tool images (CMD [\"mvn\"], CMD [\"gradle\"]): they run no service to probe; only the build target (with the stages it inherits from) is judged; hadolint reports builder stages and base images too, and so does the hadolint preset (options everyStage, skipBaseImages)",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    const chain = shippedChain(model);
    if (!chain.length) return;
    if (options.everyStage) {
      for (const stage of model.stages) {
        if (chain.includes(stage) || hasHealthcheck(stage) || stage.from.keyword !== "FROM") continue;
        if (model.stages.some((t) => t.parent === stage && hasHealthcheck(t))) continue;
        report({ messageId: "missingInStage", span: stage.from.keywordSpan });
      }
    }
    if (hasHealthcheck(chain[0]!)) return;
    if (chain[0]!.from.keyword !== "FROM") return; // a fragment: its base may have one
    if (options.skipBaseImages) {
      // A base image whose command is a shell or REPL, or a build tool image, has no service to probe.
      const purpose = shippedCommand(model).purpose;
      if (purpose === "base" || purpose === "build-tool") return;
    }
    report({ messageId: "missing", span: chain[0]!.from.keywordSpan });
  },
});
