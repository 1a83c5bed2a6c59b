// parseCli on a long command line (src/cli/args.ts parseMany) gives what parseArgs gives on all of it.
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { LINT_OPTIONS, parseCli, splitBuildFileFlags } from "../src/cli/args";

/** parseArgs on the whole command line, as parseCli did for every length: values and operands, or the error. */
function direct(argv: string[]): unknown {
  try {
    const r = parseArgs({ args: splitBuildFileFlags(argv), options: LINT_OPTIONS, allowPositionals: true, strict: true });
    return { values: { ...r.values }, positionals: r.positionals };
  } catch (err) {
    return { error: (err as Error).message.replace(/\. To specify a positional argument.*$/s, "") };
  }
}

function viaCli(argv: string[]): unknown {
  try {
    const r = parseCli(argv);
    return { values: { ...r.values }, positionals: r.positionals };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const PIECES = [
  ["a/Dockerfile"], ["b/Dockerfile.dev"], ["-"], ["--"], ["-f", "json"], ["--format", "sarif"], ["--format=compact"], ["-fjson"],
  ["-q"], ["-qf", "json"], ["--quiet"], ["--build-arg", "A=1"], ["--build-arg=B"], ["-c", "-weird-config"], ["--rule", "x=off"],
  ["--compose=compose.yaml"], ["--bake"], ["--fail-level", "none"], ["--max-warnings", "3"], ["-o"], ["--no-such-flag"], ["-z"],
  ["--target", "--quiet"], ["c/Containerfile"], ["--fix-dry-run"],
];

/** A deterministic pseudo-random sequence (xorshift). */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe("parseCli on many arguments", () => {
  it("gives parseArgs's values, operands in order, and errors", () => {
    const next = rng(12345);
    for (let round = 0; round < 400; round++) {
      const argv: string[] = [];
      const length = 64 + Math.floor(next() * 80);
      while (argv.length < length) {
        // Mostly operands, as a long command line is.
        if (next() < 0.85) argv.push(`files/f${argv.length}/Dockerfile`);
        else argv.push(...PIECES[Math.floor(next() * PIECES.length)]!);
      }
      expect(viaCli(argv), argv.join(" ")).toStrictEqual(direct(argv));
    }
  });

  it("keeps every operand of a plain list, in order", () => {
    const files = Array.from({ length: 500 }, (_, i) => `files/${i}/Dockerfile`);
    const r = parseCli(["--fail-level", "none", ...files.slice(0, 250), "-f", "json", ...files.slice(250)]);
    expect(r.positionals).toStrictEqual(files);
    expect(r.values.format).toBe("json");
    expect(r.values["fail-level"]).toBe("none");
  });
});
