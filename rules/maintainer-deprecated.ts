import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "maintainer-deprecated",
  keywords: ["MAINTAINER"],
  description: "Replace the deprecated MAINTAINER instruction with a LABEL",
  severity: "warning",
  related: ["hadolint:DL4000", "buildkit:MaintainerDeprecated"],
  fixable: true,
  messages: {
    deprecated: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors={{value}}",
  },
  options: {},
  examples: {
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"'],
    invalid: ["FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>"],
  },
  differs: "warning like BuildKit (hadolint: error), since the image still builds; fixed by rewriting it as the OCI authors LABEL",
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== "MAINTAINER") continue;
      const text = ins.args.map((a) => a.value).join(" ");
      const backtick = model.directives.escape === "`";
      const value = backtick ? `"${text}"` : JSON.stringify(text).replace(/\$/g, "\\$");
      const fixable = ins.args.length > 0 && !(backtick && /["`$]/.test(text));
      const end = ins.args.length ? ins.args[ins.args.length - 1]!.end : ins.keywordSpan.end;
      const label = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "label" : "LABEL";
      report({
        messageId: "deprecated",
        data: { value },
        span: ins.keywordSpan,
        fix: fixable ? [{ span: { start: ins.keywordSpan.start, end }, text: `${label} org.opencontainers.image.authors=${value}` }] : undefined,
      });
    }
  },
});
