// Seeded fuzz of the linter core (test/helpers/fuzz.ts): no exception, no internal-error, positions
// inside the file, and a per-input time bound. The long run is `npm run fuzz -- --n 100000`.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config/defaults";
import { lintText } from "../src/engine/linter";
import { rules } from "../rules";
import { corpusTexts, fuzz, generate, mutate, prng } from "./helpers/fuzz";

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

describe("fuzz: a large file's model and problems", () => {
  it("give what a small file's give: 300 inputs, each also padded to 256 kB+ by one comment line", () => {
    // From 256 kB of text the model is built lean (src/model/intern.ts: texts read again from the
    // source, one-command RUNs in a class of their own, stage names in a table, problems that find
    // their positions when read). The same input with a comment line of 300 kB after it must lint
    // to the same problems before that line as with a short one (a span running into the comment,
    // as a continuation or heredoc to the end of the file would, is left out).
    const config = defaultConfig(rules, "strict");
    config.settings.contextDir = null;
    const view = (text: string, padLine: number): string => {
      const res = lintText(text, { path: "Dockerfile", config, rules });
      if (res.fatal) return `fatal: ${res.fatal}`;
      return res.problems
        .filter((p) => p.endLine < padLine)
        .map((p) => `${p.ruleId} ${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.severity} ${p.message}`)
        .join("\n");
    };
    const corpus = corpusTexts(200);
    const r = prng(20261207);
    const longComment = "# " + "x".repeat(300_000) + "\n";
    const mismatches: string[] = [];
    for (let i = 0; i < 300; i++) {
      const x = corpus.length && r() < 0.7 ? mutate(r, corpus[Math.floor(r() * corpus.length)]!) : generate(r);
      const base = x.endsWith("\n") ? x : x + "\n";
      const padLine = base.split("\n").length;
      const small = view(base + "# x\n", padLine);
      if (view(base + longComment, padLine) !== small) mismatches.push(JSON.stringify(base).slice(0, 300));
    }
    expect(mismatches).toEqual([]);
  });
});
