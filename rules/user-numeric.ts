import { defineRule } from "../src/engine/types";
import { expandedArgs, shippedChain, isDevContainer } from "../src/model/shipped";
import { findVarRefs } from "../src/model/varrefs";
import type { Instruction, Model } from "../src/model/types";

/** The USER instructions judged: the one the shipped image runs as, or (everyUser) all of them. */
function judgedUsers(model: Model, everyUser: boolean): Instruction[] {
  if (everyUser) return model.instructions.filter((i) => i.stage && i.keyword === "USER" && i.args.length);
  for (const stage of shippedChain(model)) {
    const last = [...stage.instructions].reverse().find((i) => i.keyword === "USER" && i.args.length);
    if (last) return [last];
  }
  return [];
}

/**
 * The USER value to judge, or null when it cannot be judged. By default ARG and ENV values are
 * expanded; with argVariablesOnly (hadolint's DL3066) a value naming an ARG declared before is
 * accepted and anything else is judged as written.
 */
function userValue(model: Model, ins: Instruction, argVariablesOnly: boolean): string | null {
  if (!argVariablesOnly) return expandedArgs(model, ins);
  const text = ins.args.map((a) => a.raw).join(" ");
  const refs = findVarRefs(text, model.directives.escape);
  if (refs.some((r) => ins.scope.get(r.name)?.kind === "arg")) return null;
  return text;
}

export default defineRule({
  id: "user-numeric",
  keywords: ["USER"],
  description: "Set the final USER as a numeric UID",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3066"],
  messages: {
    named: "USER '{{user}}' is a name; Kubernetes 'runAsNonRoot' can only verify a numeric UID, so write the UID (for example 'USER 10001{{group}}')",
  },
  options: {
    everyUser: {
      description: "Judge every USER in every stage, as hadolint's DL3066; by default only the USER the shipped image runs as",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
    argVariablesOnly: {
      description: "Accept a USER that names a build argument and judge any other variable as written (hadolint's DL3066: `ENV UID=1000` then `USER $UID` is reported); by default ARG and ENV values are expanded and the result judged",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM node:22-slim\nUSER 1000:1000", "FROM node:22-slim\nUSER node\nRUN npm ci\nUSER 1000"],
    invalid: ["FROM node:22-slim\nUSER node"],
  },
  differs:
    "dev container Dockerfiles (.devcontainer/) are skipped; off by default, info in the strict preset (hadolint: info, widely disabled); only the USER in effect for the shipped image is judged, after ARG/ENV expansion (the hadolint preset judges every USER and expands only build arguments, as hadolint: options everyUser, argVariablesOnly)",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    for (const ins of judgedUsers(model, options.everyUser)) {
      if (ins.stage?.windows) continue;
      const value = userValue(model, ins, options.argVariablesOnly);
      if (value === null) continue;
      const [user, group] = value.trim().split(":");
      if (!user || /^\d+$/.test(user)) continue;
      report({
        messageId: "named",
        data: { user: value.trim(), group: group === undefined ? "" : ":10001" },
        span: { start: ins.args[0]!.start, end: ins.args[ins.args.length - 1]!.end },
      });
    }
  },
});
