import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { StageNameTable } from "../src/model/stage-names";
import type { Stage } from "../src/model/types";

describe("StageNameTable", () => {
  const stage = (index: number, name: string | null) => ({ index, name }) as Stage;

  it("finds the first stage of each name, and nothing for other names", () => {
    const names = Array.from({ length: 300 }, (_, i) => `s${i % 200}`);
    const stages: Stage[] = [];
    const table = new StageNameTable(names.length, stages);
    names.forEach((n, i) => {
      stages.push(stage(i, n));
      table.add(stages[i] as Stage & { name: string });
    });
    for (let k = 0; k < 200; k++) expect(table.get(`s${k}`)).toBe(stages[k]);
    expect(table.get("s200")).toBeUndefined();
    expect(table.get("")).toBeUndefined();
  });

  it("stays right, and its probes short, when its slots run out or names collide (a Map then)", () => {
    // Sized for 1 name (16 slots), given 500: every probe would run on through full slots, as names
    // made to collide in the hash's low bits would make it do (the old table looped for ever here).
    const stages: Stage[] = [];
    const table = new StageNameTable(1, stages);
    for (let i = 0; i < 500; i++) {
      stages.push(stage(i, `n${i % 300}`));
      table.add(stages[i] as Stage & { name: string });
    }
    for (let k = 0; k < 300; k++) expect(table.get(`n${k}`)).toBe(stages[k]);
    expect(table.get("n300")).toBeUndefined();
    // A table that a lookup (not an add) first finds too crowded answers the same.
    const stages2: Stage[] = [];
    const table2 = new StageNameTable(40, stages2);
    for (let i = 0; i < 40; i++) {
      stages2.push(stage(i, `m${i}`));
      table2.add(stages2[i] as Stage & { name: string });
    }
    for (let k = 0; k < 40; k++) expect(table2.get(`m${k}`)).toBe(stages2[k]);
    expect(table2.get("absent")).toBeUndefined();
  });

  it("serves a large file's stageByRef as a Map serves a small file's", () => {
    const block = (i: number) => `FROM alpine:3.20 AS B${i % 5000}\nRUN echo ${i}\nFROM b${(i * 7) % 5000} AS c${i}\nCOPY --from=B${(i * 3) % 5000} /a /b\n`;
    const text = (n: number) => Array.from({ length: n }, (_, i) => block(i)).join("");
    expect(text(6000).length).toBeGreaterThanOrEqual(256 * 1024);
    for (const n of [40, 6000]) {
      const m = buildModel(text(n));
      expect(m.stages).toHaveLength(2 * n);
      m.stages.forEach((s, i) => expect(s.index).toBe(i));
      for (const ref of ["b0", "B3", "c7", "C39", "3", "nope", `b${n}`]) {
        const naive = m.stages.find((s) => s.name === ref.toLowerCase()) ?? (/^\d+$/.test(ref) ? m.stages[Number(ref)] : null) ?? null;
        expect(m.stageByRef(ref)).toBe(naive);
      }
      // Each second stage is built on the first of its name, or on none when that comes later.
      m.stages.forEach((s, i) => {
        if (i % 2 === 1) expect(s.parent).toBe(m.stages.slice(0, i).find((p) => p.name === `b${(((i - 1) / 2) * 7) % 5000}`) ?? null);
      });
    }
  });
});
