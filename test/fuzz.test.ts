// Seeded fuzz of the linter core (test/helpers/fuzz.ts): no exception, no internal-error, positions
// inside the file, and a per-input time bound. The long run is `npm run fuzz -- --n 100000`.
import { describe, expect, it } from "vitest";
import { corpusTexts, fuzz } from "./helpers/fuzz";

describe("fuzz", () => {
  it("lints 2,000 mutated and generated inputs without an exception, internal error or stray position", () => {
    const corpus = corpusTexts(400);
    if (!corpus.length) console.warn("fuzz: ../shared/corpus is absent; only grammar-generated inputs are used");
    // Generous bound: the machine is shared; the 200 ms figure is checked by the long run.
    const stats = fuzz(2000, 20261205, 2000, corpus);
    expect(stats.failures.map((f) => `${f.reason}\n--- input ---\n${JSON.stringify(f.input).slice(0, 400)}`)).toEqual([]);
    // Only an input that is slow twice in a row counts: one pause of a busy machine is not a hang.
    expect(stats.slow.filter((s) => s.retryMs > 2000).map((s) => `${s.bytes} B: ${s.ms} ms, then ${s.retryMs} ms: ${JSON.stringify(s.input).slice(0, 200)}`)).toEqual([]);
    expect(stats.inputs).toBe(2000);
  });
});
