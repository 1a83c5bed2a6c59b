// The build-context guard section of `dflint layers` (stylish and Markdown):
// what each shipped COPY/ADD writes into the image, the secret-looking and big
// files among it (path and kind, never content) and unused .dockerignore
// patterns. Every name comes from the context or the Dockerfile: escaped.
import { markdownCode, markdownText, terminalText } from "../format/escape";
import { formatBytes } from "./render";
import { secretEntries, type GuardReport } from "./guard";

/** Names listed in full up to this many; then "and N more". */
const LISTED = 8;

function files(n: number): string {
  return `${n} file${n === 1 ? "" : "s"}`;
}

function some<T>(items: T[], show: (x: T) => string, n = LISTED): string {
  const head = items.slice(0, n).map(show).join(", ");
  return items.length > n ? `${head} and ${items.length - n} more` : head;
}

function patternText(p: { pattern: string; negate: boolean }): string {
  return (p.negate ? "!" : "") + p.pattern;
}

function ignoreName(g: GuardReport): string {
  return g.ignoreFile ?? ".dockerignore";
}

export interface Paint {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
}

/** Stylish lines; empty when the shipped stages copy nothing from the context and no pattern is unused. */
export function guardLines(g: GuardReport, c: Paint): string[] {
  if (!g.steps.length && !g.unusedPatterns.length) return [];
  const t = terminalText;
  const out = ["", c.bold("build context written into the image") + c.dim(` (shipped stages, after ${t(ignoreName(g))})`)];
  for (const s of g.steps) {
    let what = `${files(s.files.length)}, ${formatBytes(s.bytes)}`;
    // A short list is worth showing whole: which file lands where.
    if (s.files.length && s.files.length <= 3) what += ": " + s.files.map((f) => `${t(f.path)} → ${t(f.dest)}`).join(", ");
    out.push(`  ${c.dim(`line ${s.line}`)}  ${t(s.instruction.length > 60 ? s.instruction.slice(0, 59) + "…" : s.instruction)}  ${what}`);
    const secrets = secretEntries(s.secrets);
    if (secrets.length) out.push("    " + c.red("secret-looking: ") + some(secrets, (x) => `${t(x.path)} (${t(x.kind)})`) + c.dim(`  → add to ${t(ignoreName(g))}`));
    if (s.big.length) out.push("    " + c.yellow(`big (≥ ${formatBytes(g.bigFile)}): `) + some(s.big, (f) => `${t(f.path)} (${formatBytes(f.size)})`));
    if (s.unpacked.length) out.push("    " + c.dim("archives ADD unpacks (their contents reach the image): ") + some(s.unpacked, t));
  }
  if (g.unusedPatterns.length) {
    out.push(`  ${t(ignoreName(g))} patterns that match nothing in the context: ` + some(g.unusedPatterns, (p) => `${t(patternText(p))} ${c.dim(`(line ${p.line})`)}`));
  }
  return out;
}

/** Markdown block: one row per shipped COPY/ADD, then unused patterns. */
export function guardMarkdown(g: GuardReport): string[] {
  if (!g.steps.length && !g.unusedPatterns.length) return [];
  const out = ["", `**Build context written into the image** (shipped stages, after ${markdownCode(ignoreName(g))})`];
  if (g.steps.length) {
    out.push("", "| Line | Step | Files | Secret-looking | Big |", "|--:|---|--:|---|---|");
    for (const s of g.steps) {
      const secrets = some(secretEntries(s.secrets), (x) => `${markdownCode(x.path)} (${markdownText(x.kind)})`, 5) || "-";
      const big = some(s.big, (f) => `${markdownCode(f.path)} (${formatBytes(f.size)})`, 5) || "-";
      const step = markdownCode(s.instruction.length > 60 ? s.instruction.slice(0, 59) + "…" : s.instruction);
      out.push(`| ${s.line} | ${step} | ${s.files.length} (${formatBytes(s.bytes)}) | ${secrets} | ${big} |`);
    }
  }
  if (g.unusedPatterns.length) {
    out.push("", `Patterns in ${markdownCode(ignoreName(g))} that match nothing: ${some(g.unusedPatterns, (p) => `${markdownCode(patternText(p))} (line ${p.line})`)}.`);
  }
  return out;
}
