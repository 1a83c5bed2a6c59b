import { defineRule } from "../src/engine/types";
import { expandedArgs, shippedChain, isDevContainer } from "../src/model/shipped";
import type { Instruction } from "../src/model/types";

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
  options: {},
  examples: {
    valid: ["FROM node:22-slim\nUSER 1000:1000", "FROM node:22-slim\nUSER node\nRUN npm ci\nUSER 1000"],
    invalid: ["FROM node:22-slim\nUSER node"],
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; off by default, info in the strict preset (hadolint: info, widely disabled); only the USER in effect for the shipped image is judged, after ARG/ENV expansion",
  check({ model, report }) {
    if (isDevContainer(model.path)) return;
    let last: Instruction | null = null;
    for (const stage of shippedChain(model)) {
      last = [...stage.instructions].reverse().find((i) => i.keyword === "USER" && i.args.length) ?? null;
      if (last) break;
    }
    if (!last || last.stage?.windows) return;
    const value = expandedArgs(model, last);
    if (value === null) return;
    const [user, group] = value.trim().split(":");
    if (!user || /^\d+$/.test(user)) return;
    report({
      messageId: "named",
      data: { user: value.trim(), group: group === undefined ? "" : ":10001" },
      span: { start: last.args[0]!.start, end: last.args[last.args.length - 1]!.end },
    });
  },
});
