import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { runPackages } from "../src/model/packages";
import type { RuleContext } from "../src/engine/types";

/** A rule context of `text`'s model with its own facts (what runPackages reads). */
function contextOf(text: string): RuleContext<any, any> {
  const model = buildModel(text);
  const facts = new Map<string, unknown>();
  return { model, options: {}, facts: { get: (k: string, make: () => unknown) => (facts.has(k) ? facts.get(k) : (facts.set(k, make()), facts.get(k))) } } as unknown as RuleContext<any, any>;
}

describe("runPackages", () => {
  const block = (i: number) =>
    `FROM debian:12 AS s${i}\nRUN apt-get update && echo ${i} && apt-get install -y curl && rm -rf /x\nRUN echo no packages\nONBUILD RUN apk add --no-cache git\nCOPY a /b\n`;
  const view = (ctx: RuleContext<any, any>) =>
    runPackages(ctx).map((r) => ({
      ins: r.ins.start,
      outer: r.outer.start,
      run: r.run === r.ins.run,
      stage: r.stage?.index ?? null,
      // The RUN's own commands (a large build's RUN of one command makes a new list of it at each
      // read: the same commands, not the same list).
      commands: r.commands.length === r.ins.run!.commands.length && r.commands.every((c, i) => c === r.ins.run!.commands[i]),
      packages: r.packages.map((p) => [p.index, p.pc.tool, p.pc.sub, p.pc === r.commands[p.index]!.packageCommand]),
    }));

  it("answers a file of many instructions (its lists made on each read) as a small file's", () => {
    const small = contextOf(Array.from({ length: 3 }, (_, i) => block(i)).join(""));
    const large = contextOf(Array.from({ length: 4000 }, (_, i) => block(i)).join(""));
    expect(large.model.instructions.length).toBeGreaterThanOrEqual(16_384);
    const a = view(small);
    const b = view(large);
    expect(a).toHaveLength(6);
    expect(a[0]!.packages).toEqual([[0, "apt-get", "update", true], [2, "apt-get", "install", true]]);
    expect(a[1]!.packages).toEqual([[0, "apk", "add", true]]);
    expect(a[1]!.outer).not.toBe(a[1]!.ins);
    // The same answers, shifted by each block's length.
    const shift = (v: typeof a, k: number) => v.map((r) => ({ ...r, ins: r.ins - k, outer: r.outer - k }));
    expect(shift(b.slice(0, 6), 0)).toEqual(shift(a, 0));
    expect(b).toHaveLength(8000);
    // A list read twice in a row is the same list; read again after another record's, an equal one.
    const [r0, r1] = runPackages(large);
    const first = r0!.packages;
    expect(r0!.packages).toBe(first);
    expect(r1!.packages).not.toBe(first);
    expect(r0!.packages).toEqual(first);
  });
});
