import { defineRule } from "../src/engine/types";

const PRAGMAS: { re: RegExp; reason: RegExp }[] = [
  { re: /^dflint-ignore:/, reason: /\s--\s*\S/ },
  { re: /^hadolint\s+ignore=/, reason: /ignore=[A-Za-z0-9,\s]+#\s*\S/ },
];

export default defineRule({
  id: "inline-ignore-disallowed",
  description: "Do not silence rules with inline ignore comments",
  severity: "off",
  related: ["hadolint:DL1001"],
  messages: {
    inline: "Inline ignore comment '{{text}}'; fix the problem, or disable the rule in the configuration where it is reviewed",
    noReason: "Inline ignore comment '{{text}}' gives no reason; add one after ' -- ' (dflint) or ' # ' (hadolint)",
  },
  options: {
    allowWithReason: {
      description: "Accept an ignore comment that states a reason (`# dflint-ignore: id -- reason`, `# hadolint ignore=DL3008 # reason`)",
      default: false as boolean,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["# dflint-ignore-file: from-image-pinned\nFROM node:22"],
    invalid: ["FROM node:22\n# hadolint ignore=DL3008\nRUN apt-get install -y curl", "FROM node:22\n# dflint-ignore: run-no-cd\nRUN cd /app"],
  },
  differs: "covers dflint's own per-instruction pragma and BuildKit's per-instruction '# check=skip=' comment as well as hadolint's, and can require a reason instead of forbidding them",
  check({ model, options, report }) {
    const directive = model.directives.spans["check"];
    for (const c of model.comments) {
      let matched = PRAGMAS.find((p) => p.re.test(c.text));
      let hasReason = matched ? matched.reason.test(c.text) : false;
      if (!matched && /^check\s*=\s*\S*skip=/.test(c.text) && !(directive && directive.start <= c.span.start && c.span.start < directive.end)) {
        matched = PRAGMAS[0];
        hasReason = /\s\/\/\s*\S/.test(c.text);
      }
      if (!matched) continue;
      if (options.allowWithReason && hasReason) continue;
      report({ messageId: options.allowWithReason ? "noReason" : "inline", data: { text: `# ${c.text}` }, span: c.span });
    }
  },
});
