import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "stage-name-casing",
  description: "Write stage names in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:StageNameCasing"],
  messages: {
    notLowercase: "Stage name '{{name}}' is not lowercase; BuildKit lowercases stage names, so write '{{lower}}'",
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app"],
    invalid: ["FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=Build /app /app"],
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: true,
  check({ model, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      // BuildKit checks only the `FROM image AS name` form (exactly three words).
      if (stage.from.args.length !== 3 || !stage.nameRaw || !stage.nameSpan) continue;
      if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(stage.nameRaw)) continue; // not a valid name at all
      const lower = stage.nameRaw.toLowerCase();
      if (lower === stage.nameRaw) continue;
      report({
        messageId: "notLowercase",
        data: { name: stage.nameRaw, lower },
        span: stage.nameSpan,
        fix: [{ span: stage.nameSpan, text: lower }],
      });
    }
  },
});
