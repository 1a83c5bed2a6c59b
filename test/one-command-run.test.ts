// A large build's RUN of one command keeps the command alone (src/model/run-record.ts): its
// `commands` is a new list of it at each read (a class of its own), and reads as a small file's RUN does.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { CommandRecord, CompactCommandRecord } from "../src/model/command-record";
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
    // Its command, with no assignment and one to three words, is a CompactCommandRecord (its words a
    // new list at each read); one with an assignment or more words stays a CommandRecord.
    expect(run.commands[0]).toBeInstanceOf(CompactCommandRecord);
    expect(run.commands[0]!.words).not.toBe(run.commands[0]!.words);
    expect(run.commands[0]!.words.map((w) => w.raw)).toEqual(["echo", "1"]);
    expect(small.instructions[1]!.run!.commands[0]).toBeInstanceOf(CommandRecord);
    expect(large.instructions[2]!.run!.commands[0]).toBeInstanceOf(CommandRecord);
    expect(large.instructions[2]!.run!.commands[0]!.assignments.map((w) => w.raw)).toEqual(["A=1"]);
    const install = buildModel(`FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN apk update\n${"RUN echo padding-padding-padding\n".repeat(9_000)}`);
    expect(install.instructions[1]!.run!.commands[0]).toBeInstanceOf(CommandRecord);
    const update = install.instructions[2]!.run!.commands[0]!;
    expect(update).toBeInstanceOf(CompactCommandRecord);
    expect([update.name, update.next, update.pipeline, update.subshellDepth, update.compound, update.substitution, update.assignments.length]).toEqual(["apk", null, 0, 0, false, false, 0]);
  });

  it("keeps the short commands of its RUNs of several commands compact too, read as a small file's", () => {
    const lines = [
      "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
      "RUN set -eux; cd /app; A=1 make all | tee log; (echo x); echo $(date) > /tmp/d",
      "RUN <<EOF\nset -e\necho building > /tmp/out\ncp a b c d\nEOF",
      "RUN <<A <<B\necho one\nA\necho two three four five\nB",
      "RUN bash <<EOF\nls -la /x\nEOF",
      'RUN ["sh", "-c", "echo a && ls -l /b"]',
    ];
    const small = buildModel(`FROM alpine:3.20\n${lines.join("\n")}\n`);
    const large = buildModel(`FROM alpine:3.20\n${lines.join("\n")}\n${"RUN echo padding-padding-padding\n".repeat(9_000)}`);
    const all = (m: Model) =>
      m.instructions.slice(1, 1 + lines.length).map((ins) => ins.run!.commands.map((c) => [c.name, c.start, c.end, c.words.map((w) => [w.raw, w.value, w.start, w.end]), c.assignments.map((w) => w.raw), c.next, c.pipeline, c.subshellDepth, c.compound, c.substitution]));
    expect(all(large)).toEqual(all(small));
    // Up to three words and no assignment: compact in the large build (shell form and heredocs; an
    // exec-form script, rare, keeps its records); never in the small one.
    for (let i = 1; i <= lines.length; i++) {
      const exec = large.instructions[i]!.run!.form === "exec";
      for (const c of large.instructions[i]!.run!.commands) expect(c instanceof CompactCommandRecord).toBe(!exec && c.assignments.length === 0 && c.words.length <= 3);
      for (const c of small.instructions[i]!.run!.commands) expect(c).toBeInstanceOf(CommandRecord);
    }
    // The scripts hold the same commands as the RUN's list.
    const heredocs = large.instructions[4]!.run!;
    expect(heredocs.scripts.flatMap((s) => s.commands)).toEqual(heredocs.commands);
    expect(heredocs.commands.map((c) => c.constructor.name)).toEqual(["CompactCommandRecord", "CommandRecord"]);
  });
});
