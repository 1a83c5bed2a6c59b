// A large build's stages are StageRecords (src/model/stage-record.ts: name, span, platform and parent
// read from the FROM and its image, three flags in one number), its scopes' chained bindings are the
// scopes themselves (src/model/scope.ts), and an image keeps its word (src/model/image.ts): all read
// as a small file's plain stages, bindings and images do.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { StageRecord } from "../src/model/stage-record";
import { workdirAt, workdirBefore } from "../src/model/workdir";
import type { Model, Scope, Span, Stage } from "../src/model/types";

const TEXT = `ARG BASE=debian
ARG TAG
FROM --platform=$BUILDPLATFORM \${BASE}:12-slim AS Build
ARG VERSION=1.2
ENV APP_HOME=/opt/app PATH=/opt/app/bin:$PATH
WORKDIR /src
WORKDIR sub
SHELL ["powershell", "-Command"]
RUN echo $VERSION
FROM build AS second
ENV APP_HOME=/elsewhere
COPY --from=Build /a /b
WORKDIR $UNKNOWN
FROM mcr.microsoft.com/windows/servercore:ltsc2022@sha256:abc
RUN --mount=type=cache,from=second,target=/x echo hi
FROM scratch AS "quoted"
FROM registry.example.com:5000/team/app:\${TAG}
`;

const span = (s: Span | null) => (s === null ? null : [s.start, s.end]);
const bindings = (scope: Scope) => [...scope.entries()].map(([k, b]) => [k, b.name, b.value, b.kind, b.declaredBy?.index ?? null]);

function view(m: Model) {
  return {
    stages: m.stages.map((s: Stage) => ({
      index: s.index,
      name: s.name,
      nameRaw: s.nameRaw,
      nameSpan: span(s.nameSpan),
      from: s.from.index,
      platform: s.platform === null ? null : [s.platform.name, s.platform.value, s.platform === s.from.flags[0]],
      parent: s.parent?.index ?? null,
      instructions: s.instructions.map((i) => i.index),
      dependsOn: s.dependsOn.map((d) => d.index),
      reachable: s.reachable,
      isLast: s.isLast,
      windows: s.windows,
      image: [s.image.raw, span(s.image.span), s.image.expanded, s.image.unresolved, s.image.registry, s.image.path, s.image.tag, s.image.digest, span(s.image.tagSpan), s.image.isScratch, s.image.stage?.index ?? null],
    })),
    scopes: m.instructions.map((ins) => [bindings(ins.scope), ins.scope.size, ins.scope.get("APP_HOME")?.value, ins.scope.has("VERSION"), ins.scope.get("NOPE")]),
    workdirs: m.instructions.map((ins) => (ins.stage ? [workdirAt(m, ins.stage, ins), workdirBefore(m, ins.stage, ins)] : null)),
  };
}

describe("a large build's stages, scopes and images", () => {
  it("read as a small file's", () => {
    const small = buildModel(TEXT, { target: "second" });
    const large = buildModel(TEXT + "# " + "x".repeat(300_000) + "\n", { target: "second" });
    expect(large.stages.every((s) => s instanceof StageRecord)).toBe(true);
    expect(small.stages.some((s) => s instanceof StageRecord)).toBe(false);
    expect(view(large)).toEqual(view(small));
    // What the model says of them (so the comparison compares something).
    const [build, second, win, quoted, last] = large.stages;
    expect([build!.name, build!.nameRaw, second!.parent, win!.windows, quoted!.nameRaw, last!.isLast]).toEqual(["build", "Build", build, true, "quoted", true]);
    expect(build!.platform!.value).toBe("$BUILDPLATFORM");
    expect([build!.reachable, second!.reachable, win!.reachable]).toEqual([true, true, false]);
    expect(build!.image.tagSpan).toEqual({ start: TEXT.indexOf("12-slim"), end: TEXT.indexOf("12-slim") + 7 });
    expect(large.instructions[8]!.scope.get("VERSION")).toMatchObject({ name: "VERSION", value: "1.2", kind: "arg", declaredBy: large.instructions[3] });
    expect(view(large).workdirs[8]).toEqual(["/src/sub", "/src/sub"]);
  });

  it("keep what the build writes to a stage's flags", () => {
    const large = buildModel("FROM a AS x\nFROM b\n" + "# " + "x".repeat(300_000) + "\n");
    const s = large.stages[0]!;
    expect([s.reachable, s.isLast, s.windows]).toEqual([false, false, false]);
    s.windows = true;
    s.reachable = true;
    expect([s.reachable, s.isLast, s.windows]).toEqual([true, false, true]);
    s.reachable = false;
    expect([s.reachable, s.isLast, s.windows, s.nameRaw]).toEqual([false, false, true, "x"]);
    expect(large.stages[1]!.isLast).toBe(true);
    expect(large.stages[1]!.nameSpan).toBeNull();
    // A fragment's one stage (no FROM) is a plain object, its image unresolved, as a small file's.
    const fragment = (pad: string) => buildModel("RUN echo hi\nCOPY --platform=x a b\n" + pad).stages[0]!;
    for (const f of [fragment(""), fragment("# " + "x".repeat(300_000) + "\n")]) {
      expect(f).not.toBeInstanceOf(StageRecord);
      expect([f.platform, f.nameRaw, f.image.unresolved, f.image.isScratch, f.image.raw]).toEqual([null, null, true, false, ""]);
    }
  });
});
