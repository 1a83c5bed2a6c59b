// copyParts: the sources and destination of a COPY or ADD, shell or JSON form.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { copyParts } from "../src/model/copy";

const partsOf = (src: string, i = 1) => {
  const p = copyParts(buildModel(src).instructions[i]!);
  const show = (a: { start: number; end: number; value: string; raw: string; heredoc?: boolean }) => [a.start, a.end, a.value, a.raw, a.heredoc === true];
  return { sources: p.sources.map(show), dest: p.dest && show(p.dest) };
};

describe("copyParts", () => {
  it("splits a shell-form COPY into its sources and destination (its words: no heredoc among them)", () => {
    expect(partsOf('FROM a\nCOPY --chown=1 "x y" b /d/\n')).toEqual({
      sources: [[22, 27, "x y", '"x y"', false], [28, 29, "b", "b", false]],
      dest: [30, 33, "/d/", "/d/", false],
    });
    expect(partsOf("FROM a\nCOPY /d\n")).toEqual({ sources: [], dest: [12, 14, "/d", "/d", false] });
    expect(partsOf("FROM a\nCOPY\n")).toEqual({ sources: [], dest: null });
  });

  it("marks heredoc sources", () => {
    expect(partsOf("FROM a\nCOPY <<EOF /d\nhi\nEOF\n")).toEqual({ sources: [[12, 17, "<<EOF", "<<EOF", true]], dest: [18, 20, "/d", "/d", false] });
    expect(partsOf("FROM a\nCOPY <<EOF\nhi\nEOF\n")).toEqual({ sources: [[12, 17, "<<EOF", "<<EOF", true]], dest: null });
  });

  it("reads the JSON form", () => {
    expect(partsOf('FROM a\nCOPY ["a b", "/d"]\n')).toEqual({ sources: [[13, 18, "a b", "a b", false]], dest: [20, 24, "/d", "/d", false] });
    // A JSON string is no heredoc marker, and its text is its value (escapes resolved).
    expect(partsOf('FROM a\nCOPY ["<<EOF", "x\\"y", "/d"]\n')).toEqual({
      sources: [[13, 20, "<<EOF", "<<EOF", false], [22, 28, 'x"y', 'x"y', false]],
      dest: [30, 34, "/d", "/d", false],
    });
  });
});

describe("copyParts of a large file", () => {
  // A file of 256 kB and more is built as a large one (src/model/intern.ts).
  const copies = (n: number) => "FROM a\n" + Array.from({ length: n }, (_, i) => (i % 2 ? `COPY ["a${i}", "/b"]` : `ADD --chown=1 s${i} t /d/`)).join("\n") + "\n";
  const show = (p: ReturnType<typeof copyParts>) => ({ sources: p.sources.map((s) => [s.start, s.end, s.value, s.raw]), dest: p.dest && [p.dest.start, p.dest.end, p.dest.value, p.dest.raw] });

  it("finds a COPY's or ADD's parts again on each read (not kept), the same as a small file's", () => {
    const large = buildModel(copies(20_000));
    expect(copies(20_000).length).toBeGreaterThan(256 * 1024);
    const small = buildModel(copies(4));
    for (const i of [1, 2]) {
      const ins = large.instructions[i]!;
      const first = copyParts(ins);
      expect(copyParts(ins)).not.toBe(first);
      expect(show(copyParts(ins))).toEqual(show(first));
      expect(show(first)).toEqual(show(copyParts(small.instructions[i]!)));
    }
    // FROM a\nADD --chown=1 s0 t /d/\nCOPY ["a1", "/b"]: the JSON form's parts where they are.
    expect(show(copyParts(large.instructions[2]!))).toEqual({ sources: [[36, 40, "a1", "a1"]], dest: [42, 46, "/b", "/b"] });
  });

  it("keeps a small file's parts: one object on each read", () => {
    const ins = buildModel(copies(4)).instructions[2]!;
    expect(copyParts(ins)).toBe(copyParts(ins));
  });
});
