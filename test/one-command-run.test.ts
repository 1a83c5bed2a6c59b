// A large build's RUN of one command keeps the command alone (src/model/run-record.ts): its
// `commands` is a new list of it at each read (a class of its own), and reads as a small file's RUN does.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { OneCommandRunRecord, RunRecord } from "../src/model/run-record";
import type { Model } from "../src/model/types";

const view = (m: Model) =>
  m.instructions
    .filter((ins) => ins.run)
    .slice(0, 4)
    .map((ins) => ins.run!.commands.map((c) => [c.name, c.start, c.end, c.words.map((w) => w.raw), c.assignments.length, c.next, c.pipeline]));

describe("a large build's RUN of one command", () => {
  it("reads as a small file's: the same commands, a list at each read, its script's the same", () => {
    const lines = ["RUN echo 1", "RUN A=1 make all", "RUN apt-get update && apt-get install -y curl", "RUN cat x | grep y"];
    const small = buildModel(`FROM alpine:3.20\n${lines.join("\n")}\n`);
    const large = buildModel(`FROM alpine:3.20\n${lines.join("\n")}\n${"RUN echo padding-padding-padding\n".repeat(9_000)}`);
    expect(view(large)).toEqual(view(small));
    const run = large.instructions[1]!.run!;
    expect(run.commands).toHaveLength(1);
    expect(run.commands).toEqual(run.commands);
    expect(run.commands).not.toBe(run.commands);
    expect(run.scripts[0]!.commands).toEqual(run.commands);
    // A RUN of several commands keeps its list: the same one at each read.
    const several = large.instructions[3]!.run!;
    expect(several.commands).toBe(several.commands);
    // Only large builds meet the second class: every small file's RUNs are RunRecords, whose
    // commands are a field (no getter call in each file's code).
    expect(small.instructions[1]!.run).toBeInstanceOf(RunRecord);
    expect(run).toBeInstanceOf(OneCommandRunRecord);
    expect(several).toBeInstanceOf(RunRecord);
    expect(Object.getOwnPropertyDescriptor(small.instructions[1]!.run!, "commands")?.value).toBe(small.instructions[1]!.run!.commands);
  });
});
