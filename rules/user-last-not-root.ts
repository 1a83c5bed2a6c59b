import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { expandedArgs, shippedChain, isDevContainer } from "../src/model/shipped";
import { shippedCommand } from "../src/model/purpose";
import { findVarRefs } from "../src/model/varrefs";
import type { Instruction, Model, Stage } from "../src/model/types";

/** True when a USER value names root (`root`, `0`, `root:grp`, `0:0`). */
export function isRootUser(value: string): boolean {
  const user = value.trim().split(":")[0]!.trim();
  return user === "root" || /^0+$/.test(user);
}

/** The last USER of a stage's own instructions. */
function lastUser(stage: Stage): Instruction | null {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const ins = stage.instructions[i]!;
    if (ins.keyword === "USER" && ins.args.length) return ins;
  }
  return null;
}

/** everyStage: each stage outside the shipped chain whose own last USER is root (hadolint judges every stage alone). */
function reportOtherStages(model: Model, chain: readonly Stage[], report: (d: ReportDescriptor<"rootInStage">) => void): void {
  for (const stage of model.stages) {
    if (chain.includes(stage)) continue;
    const last = lastUser(stage);
    const value = last && expandedArgs(model, last);
    if (!last || value === null || !isRootUser(value)) continue;
    report({ messageId: "rootInStage", data: { user: value.trim() }, span: { start: last.args[0]!.start, end: last.args[last.args.length - 1]!.end } });
  }
}

export default defineRule({
  id: "user-last-not-root",
  keywords: ["USER"],
  description: "Do not leave root as the last USER of the shipped image",
  // info by default: in the precision audit half of the sampled corpus findings were a deliberate root
  // (build-tool images such as gradle that end with USER root on purpose), which is a choice, not a mistake.
  severity: "info",
  strict: "warning",
  related: ["hadolint:DL3002"],
  messages: {
    rootInStage: "The last USER of this stage is '{{user}}', so a build of this stage (--target, or a stage built FROM it) runs as root; switch to an unprivileged user after the steps that need root",
    root: "The image runs as root because the last USER is '{{user}}'; switch to an unprivileged user (for example 'USER app' or 'USER 10001') after the steps that need root",
  },
  options: {
    everyStage: {
      description: "Also judge the last USER of every other stage, builder stages included, as hadolint's DL3002; by default only the stages the shipped image is built from",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: [
      "FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER nobody",
      "FROM golang:1.23 AS build\nUSER root\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER 10001",
    ],
    invalid: ["FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl", "FROM alpine:3.20\nARG U=root\nUSER ${U}\nRUN make install"],
  },
  differs:
    "dev container Dockerfiles (.devcontainer/) are skipped; hadolint checks every stage; dflint checks only the build target and the stages it inherits from (FROM <stage>), where the last USER decides who the container runs as, and judges USER after ARG/ENV expansion; a root USER that no RUN follows is root chosen for the runtime when its value is a build argument (the builder picks it), or, except for a service (EXPOSE or a HEALTHCHECK), when it switches back from another user or comes before the image's own CMD/ENTRYPOINT (the gradle and trivy images); these are not reported, and an init system (systemd, s6-overlay's /init) is never reported; the hadolint preset also judges every other stage's last USER (option everyStage)",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    const chain = shippedChain(model);
    if (options.everyStage) reportOtherStages(model, chain, report);
    // The last USER executed in the shipped chain decides the image's user.
    let last: Instruction | null = null;
    for (const stage of chain) {
      last = lastUser(stage);
      if (last) break;
    }
    if (!last) return;
    const value = expandedArgs(model, last);
    if (value === null || !isRootUser(value)) return;
    const purpose = shippedCommand(model).purpose;
    if (purpose === "init") return; // systemd and other init systems have to start as root
    // Root chosen for the runtime, not left over from build steps: no RUN follows the root USER, and
    // - the user is a build argument (`ARG USER=root` ... `USER ${USER}`, Oracle's RAC images): the builder picks it;
    // - or, unless something marks a service, the file switches back to root after running as another user
    //   (the gradle images) or sets root for the command it starts (cloud-builders' trivy: USER root, ENTRYPOINT ["trivy"]).
    const after = chain.flatMap((s) => s.instructions).filter((i) => i.index > last!.index);
    if (!after.some((i) => i.keyword === "RUN")) {
      const byBuildArg = findVarRefs(last.argsText.text, model.directives.escape).some((r) => last!.scope.get(r.name)?.kind === "arg");
      const before = chain.flatMap((s) => s.instructions).filter((i) => i.index < last!.index);
      const switchesBack = before.some((i) => i.keyword === "USER" && i.args.length && !isRootUser(expandedArgs(model, i) ?? "root"));
      const setsCommand = after.some((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT");
      if (byBuildArg || (purpose !== "service" && (switchesBack || setsCommand))) return;
    }
    report({
      messageId: "root",
      data: { user: value.trim() },
      span: { start: last.args[0]!.start, end: last.args[last.args.length - 1]!.end },
    });
  },
});
