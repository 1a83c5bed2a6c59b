// dflint finds instructions with its own scanner (fast); dockerfile-ast is the
// reference it must agree with on every corpus file: same keywords on the same lines.
import fs from "node:fs";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";

const corpus = path.resolve(__dirname, "..", "..", "shared", "corpus");
const manifest = path.join(corpus, "MANIFEST.tsv");
const present = fs.existsSync(manifest);
if (!present) console.warn(`lexer parity test skipped: ${manifest} not found`);

function reference(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return DockerfileParser.parse(body)
    .getInstructions()
    .map((i) => `${i.getRange().start.line + 1} ${i.getKeyword()}`);
}

function ours(text: string): string[] {
  return buildModel(text).instructions.map((i) => `${i.line} ${i.keyword}`);
}

describe("instruction scanner agrees with dockerfile-ast", () => {
  it.each([
    ["continuations and comments", "FROM a\nRUN x \\\n# c\n  y\nCMD z\n"],
    ["escape directive", "# escape=`\nFROM a\nRUN x `\n  y\n"],
    ["heredoc", "FROM a\nRUN <<EOF\nFROM not-an-instruction\nEOF\nCMD z\n"],
    ["CRLF", "FROM a\r\nRUN x \\\r\n  y\r\n"],
    ["indented", "  FROM a\n\t RUN b\n"],
  ])("%s", (_name, text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  it.skipIf(!present)("on every corpus file", () => {
    const files = fs.readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]!);
    // Where dockerfile-ast is wrong and dflint follows BuildKit: `5<<FILE1` is a
    // heredoc for file descriptor 5 (BuildKit's `^(\d*)<<(-?)([^<]*)$`).
    // And a line ending in `\\` does not continue (BuildKit's `([^\\])\\[ \t]*$`).
    const knownDeviations = new Set([
      "files/containers__buildah/tests__bud__heredoc__Containerfile",
      ...["7.0", "8.0", "8.2", "8.3"].map((v) => `files/docker-library__mongo/${v}__windows__nanoserver-ltsc2022__Dockerfile`),
    ]);
    const mismatches: string[] = [];
    for (const f of files) {
      if (knownDeviations.has(f)) continue;
      const text = fs.readFileSync(path.join(corpus, f), "utf8");
      const a = ours(text);
      const b = reference(text);
      if (a.join("|") !== b.join("|")) {
        const i = a.findIndex((x, k) => x !== b[k]);
        mismatches.push(`${f}: ours ${a[i] ?? "(end)"} vs dockerfile-ast ${b[i] ?? "(end)"}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
