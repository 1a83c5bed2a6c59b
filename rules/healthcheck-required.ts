import { defineRule } from "../src/engine/types";
import { shippedChain, isDevContainer } from "../src/model/shipped";
import { shippedCommand } from "../src/model/purpose";

export default defineRule({
  id: "healthcheck-required",
  description: "Define a HEALTHCHECK for the shipped image",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3057"],
  messages: {
    missing: "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)",
  },
  options: {},
  examples: {
    valid: ['FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', "FROM golang:1.23 AS build\nFROM alpine:3.20\nHEALTHCHECK NONE"],
    invalid: ["FROM nginx:1.27\nCOPY site /usr/share/nginx/html"],
  },
  differs:
    "dev container Dockerfiles (.devcontainer/) are skipped, and so are base images, whose command is a shell or an interpreter's REPL (python3, irb, php -a, jshell) or who set none and build on an operating system or language image, and build tool images (CMD [\"mvn\"], CMD [\"gradle\"]): they run no service to probe; only the build target (with the stages it inherits from) is judged; hadolint reports builder stages too",
  check({ model, report }) {
    if (isDevContainer(model.path)) return;
    const chain = shippedChain(model);
    if (!chain.length) return;
    if (chain.some((s) => s.instructions.some((i) => i.keyword === "HEALTHCHECK"))) return;
    if (chain[0]!.from.keyword !== "FROM") return; // a fragment: its base may have one
    // A base image whose command is a shell or REPL, or a build tool image, has no service to probe.
    const purpose = shippedCommand(model).purpose;
    if (purpose === "base" || purpose === "build-tool") return;
    report({ messageId: "missing", span: chain[0]!.from.keywordSpan });
  },
});
