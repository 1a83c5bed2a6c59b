import { defineRule } from "../src/engine/types";
import { globsToRegExps, shippedChain, isDevContainer } from "../src/model/shipped";
import { shippedCommand } from "../src/model/purpose";

export const DEFAULT_ROOTLESS_IMAGES = [
  "gcr.io/distroless/*:*nonroot*",
  "cgr.dev/chainguard/*",
  "mcr.microsoft.com/dotnet/*:*chiseled*",
  "docker.io/bitnami/*",
  "docker.io/nginxinc/nginx-unprivileged*",
  "docker.io/jenkins/jenkins*",
  "docker.io/library/docker:*rootless*",
];

/** Forms of an image reference a pattern may match: as written, and fully qualified. */
function referenceForms(expanded: string, registry: string | null, path: string, tag: string | null): string[] {
  const tagged = tag === null ? ":latest" : `:${tag}`;
  const forms = [expanded, `${expanded.split("@")[0]!.replace(/:[^/:]*$/, "")}${tagged}`];
  if (!registry) {
    const p = path.includes("/") ? path : `library/${path}`;
    forms.push(`docker.io/${p}${tagged}`, `docker.io/${p}`);
  } else forms.push(`${registry}/${path}${tagged}`, `${registry}/${path}`);
  return forms;
}

export default defineRule({
  id: "user-not-root",
  description: "Switch the shipped image to a non-root USER",
  severity: "off",
  strict: "warning",
  related: [],
  messages: {
    neverSet: "No USER is set in the final stage or the stages it builds on, so the container runs as root unless base image '{{image}}' sets an unprivileged user; add 'USER <name or uid>' near the end, or list the image in the rule's 'rootlessImages' option",
  },
  options: {
    rootlessImages: {
      description:
        "Base images that already run as an unprivileged user (`*` matches anything; matched against the reference as written and as `registry/path:tag`, Docker Hub images as `docker.io/library/name:tag`)",
      default: DEFAULT_ROOTLESS_IMAGES as string[],
      schema: { type: "array", items: { type: "string" } },
    },
  },
  examples: {
    valid: [
      "FROM node:22-slim\nUSER node\nCMD [\"node\", \"server.js\"]",
      "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT [\"/app\"]",
    ],
    invalid: ["FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]"],
  },
  differs:
    "dev container Dockerfiles (.devcontainer/) are skipped; new: hadolint's DL3002 only sees an explicit 'USER root'; this rule reports a shipped image that never leaves root (opt-in, on in the strict preset), skipping base images known to run unprivileged, images that install gosu/su-exec/setpriv to drop root in their entrypoint, base images (a shell or REPL command, or none of their own: root by design, images built on them set the USER), build tool images (CMD [\"mvn\"] or [\"gradle\"], root by design to write to any mounted workspace) and init systems (systemd, s6-overlay's /init), which start as root",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    const chain = shippedChain(model);
    if (!chain.length) return;
    if (chain.some((s) => s.instructions.some((i) => i.keyword === "USER"))) return;
    // Entrypoints that drop privileges at start-up (docker-library's gosu/su-exec pattern).
    const dropsPrivileges = chain.some((s) =>
      s.instructions.some(
        (i) =>
          (i.run?.commands ?? []).some((c) => c.words.some((w) => /(^|[\/\s])(gosu|su-exec|setpriv)(\s|$|[-_.])/.test(w.expanded ?? w.value))) ||
          ((i.keyword === "COPY" || i.keyword === "ADD") && /\b(gosu|su-exec)\b/.test(i.argsText.text)),
      ),
    );
    if (dropsPrivileges) return;
    // A base image whose command is a shell or REPL is root by design (images built on it set their USER),
    // so is a build tool image (it writes to whatever workspace is mounted); an init system has to start as root.
    const purpose = shippedCommand(model).purpose;
    if (purpose === "base" || purpose === "build-tool" || purpose === "init") return;
    const root = chain[chain.length - 1]!;
    const img = root.image;
    if (!img.expanded || img.unresolved || img.stage) return;
    if (root.windows) return; // Windows images use ContainerUser/ContainerAdministrator, not root
    if (!img.isScratch) {
      const forms = referenceForms(img.expanded, img.registry, img.path, img.tag);
      const patterns = globsToRegExps(options.rootlessImages);
      if (forms.some((f) => patterns.some((p) => p.test(f)))) return;
    }
    const target = chain[0]!;
    if (target.from.keyword !== "FROM") return; // a fragment: its base image is unknown
    report({ messageId: "neverSet", data: { image: img.expanded }, span: { start: target.from.keywordSpan.start, end: target.from.keywordSpan.end } });
  },
});
