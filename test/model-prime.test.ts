import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { primeModel } from "../src/model/prime";
import type { Model } from "../src/model/types";

// What a model says about its file, in plain data (the model itself links stages and instructions
// both ways).
function summary(m: Model): unknown {
  return {
    instructions: m.instructions.map((ins) => ({
      keyword: ins.keyword,
      span: [ins.start, ins.end, ins.line, ins.endLine],
      flags: ins.flags.map((f) => [f.name, f.value, f.spaced]),
      stage: ins.stage?.index ?? null,
      commands: ins.run?.commands.map((c) => [c.name, c.start, c.end, c.words.map((w) => [w.start, w.end, w.value, w.expanded])]) ?? null,
      json: ins.json?.values ?? null,
      heredocs: ins.heredocs.map((h) => [h.name, h.body]),
    })),
    stages: m.stages.map((s) => [s.name, s.image.expanded, s.dependsOn.map((d) => d.index), s.reachable, s.windows]),
    comments: m.comments.map((c) => [c.text, c.line]),
    problems: m.parseProblems.map((p) => [p.messageId, p.span.start, p.span.end]),
    globals: [...m.globalScope.keys()],
  };
}

const FILE = [
  "# syntax=docker/dockerfile:1",
  "ARG BASE=alpine",
  "FROM ${BASE} AS build",
  "ENV A=1 B=\"x y\"",
  "RUN --mount=type=cache,target=/c apk add --no-cache curl && echo $(date) `id` ${A:-z} \\",
  "  && for i in 1 2; do echo $i; done",
  "RUN <<EOF",
  "echo heredoc",
  "EOF",
  "COPY --from=build --chown 1 /a /b",
  "FOO bar",
  "FROM build",
  "CMD [\"sh\", \"-c\", \"echo $HOME\"]",
  "",
].join("\n");

describe("primeModel", () => {
  it("leaves the model of a file built after it as it was before", () => {
    const before = summary(buildModel(FILE));
    primeModel();
    primeModel(); // a second call does nothing
    expect(summary(buildModel(FILE))).toEqual(before);
    // and the summary is not trivially empty
    expect((before as { instructions: unknown[] }).instructions).toHaveLength(9);
  });
});
