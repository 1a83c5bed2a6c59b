// The hand-labelled corpus findings of test/precision-labels.tsv (issue 8 audit) and each
// rule's measured precision from its seeded sample rows. `npm run docs` writes the figures
// into src/docs/precision.generated.ts, which `dflint explain` and rules/README.md print.

export const LABELS_FILE = "test/precision-labels.tsv";

/** true: a real finding; false: a false alarm since fixed; open: a false alarm still reported. */
export type LabelKind = "true" | "false" | "open";

export interface PrecisionLabel {
  file: string;
  line: number;
  rule: string;
  label: LabelKind;
  /** `issue` (picked by hand from the issue's patterns) or `sample:<seed>`. */
  origin: string;
  why: string;
}

/** Per rule, over its sample rows: how many findings were read and how many were right. */
export interface MeasuredPrecision {
  sampled: number;
  correct: number;
  /** False alarms of the sample fixed since (no longer reported). */
  fixed: number;
}

export function parsePrecisionLabels(text: string): PrecisionLabel[] {
  const out: PrecisionLabel[] = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) continue;
    const [file, n, rule, label, origin, why] = line.split("\t");
    if (!file || !rule || !origin || !/^[1-9]\d*$/.test(n ?? "") || (label !== "true" && label !== "false" && label !== "open")) {
      throw new Error(`${LABELS_FILE}:${i + 1}: expected file, line, rule, true|false|open, origin, why separated by tabs`);
    }
    out.push({ file, line: Number(n), rule, label, origin, why: why ?? "" });
  }
  return out;
}

export function measurePrecision(labels: readonly PrecisionLabel[]): Record<string, MeasuredPrecision> {
  const out: Record<string, MeasuredPrecision> = {};
  for (const l of labels) {
    if (!l.origin.startsWith("sample:")) continue;
    const m = (out[l.rule] ??= { sampled: 0, correct: 0, fixed: 0 });
    m.sampled++;
    if (l.label === "true") m.correct++;
    if (l.label === "false") m.fixed++;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Adds an empty entry for each rule with no findings on the corpus (`counts`: the corpus snapshot's per-rule counts). */
export function withUnmeasured(measured: Record<string, MeasuredPrecision>, counts: Record<string, number>): Record<string, MeasuredPrecision> {
  const out = { ...measured };
  for (const [rule, n] of Object.entries(counts)) if (n === 0 && !out[rule]) out[rule] = { sampled: 0, correct: 0, fixed: 0 };
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** "7 of 8 sampled corpus findings correct (1 false alarm fixed since)". */
export function precisionText(m: MeasuredPrecision | undefined): string | null {
  if (!m) return null;
  if (m.sampled === 0) return "not measured: no findings on the corpus (it needs a build context, a Compose/Bake invocation or a pattern real files do not have)";
  const open = m.sampled - m.correct - m.fixed;
  const notes: string[] = [];
  if (m.fixed) notes.push(`${m.fixed} false alarm${m.fixed === 1 ? "" : "s"} fixed since`);
  if (open) notes.push(`${open} known false alarm${open === 1 ? "" : "s"} left`);
  return `${m.correct} of ${m.sampled} sampled corpus findings correct${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** The generated module's text (src/docs/precision.generated.ts). */
export function precisionModuleText(measured: Record<string, MeasuredPrecision>): string {
  return [
    `// Generated from ${LABELS_FILE} by \`npm run docs\`; do not edit.`,
    `import type { MeasuredPrecision } from "./precision-labels";`,
    "",
    `export const measuredPrecision: Readonly<Record<string, MeasuredPrecision>> = ${JSON.stringify(measured, null, 2)};`,
    "",
  ].join("\n");
}

export const PRECISION_MODULE = "src/docs/precision.generated.ts";

/** Per-rule problem counts over the corpus (test/corpus-snapshot.test.ts keeps them current). */
export const CORPUS_COUNTS_FILE = "test/__snapshots__/corpus-rule-counts.json";
