import { defineRule } from "../src/engine/types";

const FORBIDDEN = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default defineRule({
  id: "onbuild-valid-instruction",
  keywords: ["ONBUILD"],
  description: "Do not wrap ONBUILD, FROM or MAINTAINER in ONBUILD",
  severity: "error",
  related: ["hadolint:DL3043"],
  messages: {
    forbidden: "ONBUILD {{keyword}} is not allowed: Docker rejects it when the image is used as a base; remove it or use a plain instruction",
  },
  options: {},
  examples: {
    valid: ["FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm ci"],
    invalid: ["FROM node:22\nONBUILD FROM alpine:3.20", "FROM node:22\nONBUILD ONBUILD RUN true"],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const inner = ins.keyword === "ONBUILD" ? ins.onbuild : null;
      if (!inner || !FORBIDDEN.has(inner.keyword)) continue;
      report({ messageId: "forbidden", data: { keyword: inner.keyword }, span: inner.keywordSpan });
    }
  },
});
