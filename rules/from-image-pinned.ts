import { defineRule } from "../src/engine/types";

export default defineRule({
  id: "from-image-pinned",
  description: "Pin every base image to a version tag or a digest",
  severity: "warning",
  related: ["hadolint:DL3006", "hadolint:DL3007"],
  messages: {
    untagged: "Base image '{{image}}' has no tag, so it means ':latest' and changes under you; pin a version such as '{{image}}:<version>'",
    floating: "Tag '{{tag}}' of '{{image}}' moves with every release; pin a version tag or a digest",
    noDigest: "Base image '{{image}}' is not pinned by digest; add '@sha256:...'",
  },
  options: {
    floatingTags: {
      description: "Tags that do not pin a version",
      default: ["latest"] as string[],
      schema: { type: "array", items: { type: "string" } },
    },
    requireDigest: {
      description: "Require an `@sha256:` digest on every base image",
      default: false as boolean,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM node:22-alpine", "ARG PY=3.12\nFROM python:${PY}", "FROM golang:1.23 AS build\nFROM build", "FROM scratch"],
    invalid: ["FROM node", "FROM node:latest", "ARG BASE=alpine\nFROM ${BASE}"],
  },
  differs: "judges the image after ARG expansion and stays silent when the value cannot be known",
  check({ model, options, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      const name = (img.registry ? img.registry + "/" : "") + img.path;
      if (img.digest) continue;
      if (img.tag === null) {
        report({ messageId: "untagged", data: { image: name }, span: img.span, related: ["hadolint:DL3006"] });
        continue;
      }
      if (options.floatingTags.includes(img.tag)) {
        report({ messageId: "floating", data: { tag: img.tag, image: name }, span: img.tagSpan, related: img.tag === "latest" ? ["hadolint:DL3007"] : [] });
        continue;
      }
      if (options.requireDigest) report({ messageId: "noDigest", data: { image: img.expanded }, span: img.span });
    }
  },
});
