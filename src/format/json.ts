// Versioned machine-readable report: {"version": 1, "files": [...]}.
import type { FileResult, Problem } from "../engine/types";
import type { FormatContext, Formatter } from "./types";
import { displayPath, sortedProblems } from "./util";
import { fixPositions, type PositionedFix } from "./fix-data";

export const JSON_FORMAT_VERSION = 1;

export interface JsonProblem {
  ruleId: string;
  related: string[];
  severity: Problem["severity"];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Present when the problem can be fixed: edits on the file as linted, applied together. */
  fix?: PositionedFix;
}

export interface JsonFile {
  path: string;
  problems: JsonProblem[];
  /** Present when the file could not be read or parsed. */
  error?: string;
  /** With --fix: how many problems were fixed (the file and positions are those after fixing). */
  fixed?: number;
}

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFile[];
}

/**
 * A file's problems are yielded once this many characters of them are stringified: pieces stay
 * under 64 KB, which the CLI writes as strings, out of V8's large-object space. Pieces of 1,000
 * problems (about 280 kB each on a 10 MB file) raised its peak RSS by about 8 MB while formatting.
 */
const PIECE_CHARS = 32 * 1024;

/**
 * Each result's path as shown. Found before the generator's loop, not in it: inlined there, the
 * branch of displayPath for a path it normalises (rare in a corpus) deoptimized the generator when
 * it first ran, and V8 compiled the generator again. Results formatted early need none.
 */
function displayPaths(results: readonly FileResult[], cwd: string): string[] {
  const out: string[] = [];
  for (let f = 0; f < results.length; f++) out.push(results[f]!.formatted ? "" : displayPath(results[f]!.path, cwd));
  return out;
}

/** A problem as the report has it. */
function jsonProblem(p: Problem, fix: PositionedFix | undefined): JsonProblem {
  const out: JsonProblem = {
    ruleId: p.ruleId,
    related: p.related,
    severity: p.severity,
    message: p.message,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
  };
  if (fix) out.fix = fix;
  return out;
}

/**
 * One file's part of the report as one JSON.stringify of its JsonFile, or as jsonFileChunks's
 * pieces when that text is PIECE_CHARS or longer (few files): a call per file instead of one per
 * problem, and no generator to step through. With the CLI's per-file outcome made as one object
 * literal (src/cli/lint-files.ts), half the corpus at one thread took 1.4 % fewer instructions
 * (callgrind, 8.015G -> 7.905G).
 */
function jsonFilePieces(r: FileResult, path: string): string[] {
  const fixOf = fixPositions(r);
  const problems = sortedProblems(r.problems);
  const out: JsonProblem[] = [];
  for (let i = 0; i < problems.length; i++) out.push(jsonProblem(problems[i]!, fixOf(problems[i]!)));
  // JSON.stringify leaves out the keys whose value is undefined, as jsonFileChunks does.
  const file: JsonFile = { path, problems: out, error: r.fatal, fixed: r.fixed };
  const text = JSON.stringify(file);
  return text.length < PIECE_CHARS ? [text] : [...jsonFileChunks(r, path)];
}

/**
 * One file's part of the report, as JSON.stringify would write its JsonFile, in pieces of about
 * 32 kB of text. A file of 100k problems made a 30 MB string at once, from a copy of every problem
 * (and the CLI wrote it as one buffer more).
 */
function* jsonFileChunks(r: FileResult, path: string): Generator<string> {
  const fixOf = fixPositions(r);
  // The head opens the first piece and the tail closes the last: a file of few problems is one
  // piece (one string to keep, or to send from a worker, instead of three).
  let open = `{"path":${JSON.stringify(path)},"problems":[`;
  let piece: string[] = [];
  let pieceChars = 0;
  for (const p of sortedProblems(r.problems)) {
    const text = JSON.stringify(jsonProblem(p, fixOf(p)));
    piece.push(text);
    pieceChars += text.length + 1;
    if (pieceChars < PIECE_CHARS) continue;
    yield open + piece.join(",");
    open = ",";
    piece = [];
    pieceChars = 0;
  }
  // Optional keys in JsonFile's order, as JSON.stringify leaves out the absent ones.
  let tail = "]";
  if (r.fatal !== undefined) tail += `,"error":${JSON.stringify(r.fatal)}`;
  if (r.fixed !== undefined) tail += `,"fixed":${JSON.stringify(r.fixed)}`;
  yield (piece.length ? open + piece.join(",") : open === "," ? "" : open) + tail + "}";
}

/**
 * The report in pieces: each file's from jsonFileChunks, or as formatted when it was linted
 * (FileResult.formatted). Pieces are joined here up to PIECE_CHARS before they are yielded: a yield
 * per file (most pieces are a few bytes) made this generator hot enough for V8 to optimize it, a
 * compile that cost more than the steps it saved.
 */
function* jsonChunks(results: FileResult[], ctx: FormatContext): Generator<string> {
  const paths = displayPaths(results, ctx.cwd);
  let batch = `{"version":${JSON_FORMAT_VERSION},"files":[`;
  for (let f = 0; f < results.length; f++) {
    const r = results[f]!;
    let comma = f ? "," : "";
    for (const piece of r.formatted?.chunks ?? jsonFileChunks(r, paths[f]!)) {
      const text = comma + piece;
      comma = "";
      if (batch.length + text.length < PIECE_CHARS) {
        batch += text;
        continue;
      }
      if (batch) yield batch;
      batch = text;
    }
  }
  yield batch + "]}\n";
}

export const json: Formatter = Object.assign((results: FileResult[], ctx: FormatContext) => [...jsonChunks(results, ctx)].join(""), {
  chunks: jsonChunks,
  fileChunks: (r: FileResult, cwd: string) => jsonFilePieces(r, displayPath(r.path, cwd)),
});
