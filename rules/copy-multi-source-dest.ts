import { defineRule } from "../src/engine/types";
import { copyParts } from "../src/model/copy";
import { expandedWord } from "../src/model/shipped";

export default defineRule({
  id: "copy-multi-source-dest",
  keywords: ["COPY", "ADD"],
  description: "End the destination with / when copying several sources",
  severity: "error",
  related: ["hadolint:DL3021"],
  fixable: true,
  messages: {
    notDir: "{{keyword}} with {{count}} sources needs a directory destination ending in '/', but '{{dest}}' does not end in '/'; write '{{dest}}/'",
  },
  options: {
    checkAdd: {
      description: "Also check ADD (its destination must be a directory just as COPY's); false checks COPY only, as hadolint's DL3021",
      default: true,
      hadolint: false,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM node:22\nCOPY package.json package-lock.json /app/", "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ."],
    invalid: ["FROM node:22\nCOPY package.json package-lock.json /app"],
  },
  differs: "checks ADD too (option checkAdd; off in the hadolint preset), accepts '.' (BuildKit treats it as the working directory) and judges the destination after ARG/ENV expansion",
  check({ model, options, report }) {
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (ins.keyword !== "COPY" && (ins.keyword !== "ADD" || !options.checkAdd)) continue;
        const { sources, dest } = copyParts(ins);
        if (sources.length < 2 || !dest) continue;
        const value = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
        if (value === null || value === "") continue;
        if (/[/\\]$/.test(value) || /(^|[/\\])\.\.?$/.test(value)) continue;
        const plain = !ins.json && dest.raw === dest.value;
        report({
          messageId: "notDir",
          data: { keyword: ins.keyword, count: sources.length, dest: value },
          span: { start: dest.start, end: dest.end },
          fix: plain ? [{ span: { start: dest.end, end: dest.end }, text: stage.windows && value.includes("\\") ? "\\" : "/" }] : undefined,
        });
      }
    }
  },
});
