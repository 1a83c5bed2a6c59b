import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "from-as-casing",
  description: "Write the AS keyword of FROM in the same case as FROM",
  severity: "info",
  strict: "warning",
  related: ["buildkit:FromAsCasing"],
  messages: {
    mismatch: "'{{as}}' does not match the case of '{{from}}'; write '{{expected}}'",
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build", "from golang:1.23 as build"],
    invalid: ["FROM golang:1.23 as build", "from golang:1.23 AS build"],
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); like BuildKit, a mixed-case keyword (`From`) is left to instruction-casing-consistent",
  fixable: true,
  check({ model, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const ins = stage.from;
      if (ins.keyword !== "FROM") continue; // a fragment file has no FROM
      if (ins.args.length < 3) continue;
      const kw = ins.keywordRaw;
      const lower = kw === kw.toLowerCase();
      const upper = kw === kw.toUpperCase();
      if (!lower && !upper) continue;
      const as = ins.args[1]!;
      const expected = lower ? as.raw.toLowerCase() : as.raw.toUpperCase();
      if (as.raw === expected) continue;
      report({
        messageId: "mismatch",
        data: { as: as.raw, from: kw, expected },
        span: { start: as.start, end: as.end },
        fix: [{ span: { start: as.start, end: as.end }, text: expected }],
      });
    }
  },
});
