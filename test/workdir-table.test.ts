import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { workdirAt, workdirBefore } from "../src/model/workdir";
import type { Instruction, Model, Stage } from "../src/model/types";

/** The working directory before `at`, walking its stage and the stages it is built on. */
function naive(model: Model, stage: Stage, at: Instruction): { resolved: string; known: string | null } {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.parent && s.parent.index < s.index ? s.parent : null) chain.unshift(s);
  let wd = { resolved: "/", known: null as string | null };
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (ins === at) return wd;
      if (ins.keyword !== "WORKDIR") continue;
      const v = model.expand(ins.argsText.text.trim(), ins.scope).value;
      const known = v.startsWith("/") ? v.replace(/\/+$/, "") || "/" : wd.known === null ? null : `${wd.known.replace(/\/$/, "")}/${v}`.replace(/\/\.?\/?$/, "");
      wd = { resolved: posix.resolve(wd.resolved, v), known };
    }
  }
  return wd;
}

describe("the working directory of each instruction", () => {
  it("is the last WORKDIR's before it, in its stage or the stages it is built on", () => {
    const text = [
      "ARG BASE=alpine:3.20",
      "FROM $BASE AS a",
      "RUN true",
      "WORKDIR /app",
      "COPY x .",
      "WORKDIR src",
      "FROM a AS b",
      "COPY y .",
      "WORKDIR rel",
      "FROM alpine:3.20 AS c",
      "WORKDIR tmp",
      "COPY z .",
      "WORKDIR /abs/",
      "FROM b",
      "WORKDIR /last",
      "FROM c",
      "COPY w .",
      "",
    ].join("\n");
    const m = buildModel(text);
    const seen: string[] = [];
    for (const stage of m.stages) {
      for (const ins of stage.instructions) {
        const want = naive(m, stage, ins);
        expect([workdirBefore(m, stage, ins), workdirAt(m, stage, ins)]).toEqual([want.resolved, want.known]);
        seen.push(want.resolved);
      }
    }
    expect(seen).toEqual(["/", "/", "/", "/app", "/app", "/app/src", "/app/src", "/app/src", "/", "/", "/tmp", "/tmp", "/app/src/rel", "/app/src/rel", "/abs", "/abs"]);
  });
});
