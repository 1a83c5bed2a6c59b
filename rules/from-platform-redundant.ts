import { defineRule } from "../src/engine/types";

const TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?[-=?][^}]*)?\})$/;

export default defineRule({
  id: "from-platform-redundant",
  description: "Drop FROM --platform=$TARGETPLATFORM, which is the default",
  severity: "warning",
  related: ["hadolint:DL3065", "buildkit:RedundantTargetPlatform"],
  fixable: true,
  messages: {
    redundant: "--platform={{value}} is redundant: a stage is built for the target platform by default; remove the flag",
  },
  options: {},
  examples: {
    valid: ["FROM --platform=$BUILDPLATFORM golang:1.23 AS build", "FROM alpine:3.20"],
    invalid: ["FROM --platform=$TARGETPLATFORM alpine:3.20", "FROM --platform=${TARGETPLATFORM} alpine:3.20"],
  },
  check({ model, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const value = flag.value.replace(/^"(.*)"$/, "$1");
      if (!TARGET_PLATFORM.test(value)) continue;
      const ins = stage.from;
      if (ins.keyword !== "FROM") continue; // a fragment file has no FROM
      const next = ins.flags.find((f) => f.start > flag.start)?.start ?? ins.args[0]?.start;
      report({
        messageId: "redundant",
        data: { value: flag.value },
        span: { start: flag.start, end: flag.end },
        fix: next !== undefined && /^[ \t]+$/.test(model.text.slice(flag.end, next)) ? [{ span: { start: flag.start, end: next }, text: "" }] : undefined,
      });
    }
  },
});
