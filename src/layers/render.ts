// Renders a layer analysis: a table per stage (stylish), the JSON contract,
// or a compact Markdown block for a pull-request summary.
import pc from "picocolors";
import type { JsonStep, LayerAnalysis } from "./report";
import { markdownCode, markdownCodeBlock, markdownText, terminalText } from "../format/escape";
import type { BlastRadius, StepFacts, StepInputs } from "./estimate";
import { guardLines, guardMarkdown } from "./render-guard";
import { adviceSentence } from "./advice";

export type LayerFormat = "stylish" | "json" | "markdown";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

function truncate(s: string, n: number): string {
  const one = terminalText(s).replace(/\s+/g, " ");
  return one.length <= n ? one : one.slice(0, n - 1) + "…";
}

/** Inputs in a few words. */
export function shortInputs(inp: StepInputs): string {
  const parts: string[] = [];
  if (inp.image) parts.push(`image ${inp.image}`);
  if (inp.stages?.length) parts.push(`stage ${inp.stages.join(",")}`);
  if (inp.files) {
    const f = inp.files;
    if (f.count !== null && !inp.stages?.length) parts.push(`${f.count} file${f.count === 1 ? "" : "s"}, ${formatBytes(f.bytes ?? 0)}`);
    if (f.ignored?.length) parts.push(`ignored: ${f.ignored.join(",")}`);
    if (f.missing?.length) parts.push(`missing: ${f.missing.join(",")}`);
  }
  if (inp.urls?.length) parts.push(inp.urls.length === 1 ? `url ${inp.urls[0]}` : `${inp.urls.length} urls`);
  if (inp.mounts?.length) parts.push(inp.mounts.map((m) => `${m.type}${m.key === "definition" && m.type !== "tmpfs" ? "(no key)" : ""}`).join(",") + " mount");
  const explicit = inp.buildArgs?.filter((a) => a.use === "explicit") ?? [];
  const implicit = inp.buildArgs?.filter((a) => a.use === "implicit") ?? [];
  if (explicit.length) parts.push("args " + explicit.map((a) => a.name).join(","));
  if (implicit.length) parts.push("env " + implicit.map((a) => a.name).join(","));
  return parts.join("; ");
}

/** What re-runs when the step misses, in words: "3 steps, stage api; maybe web". */
export function shortBlast(b: BlastRadius, createsLayer: boolean, keyword: string): string {
  if (b.steps === 0 && !b.stages.length) return createsLayer || keyword === "FROM" ? "0 steps" : "-";
  let s = `${b.steps} step${b.steps === 1 ? "" : "s"}`;
  if (b.stages.length) s += `, stage${b.stages.length === 1 ? "" : "s"} ${b.stages.join(",")}`;
  if (b.maybeStages.length) s += `; maybe stage${b.maybeStages.length === 1 ? "" : "s"} ${b.maybeStages.join(",")}`;
  return s;
}

/** Layer steps of an analysis that rebuild (true) and may rebuild ("maybe"): the counts the summaries print. */
export function rebuildCounts(a: LayerAnalysis): { rebuild: number; maybe: number } {
  let rebuild = 0;
  let maybe = 0;
  for (const stage of a.file.stages) {
    stage.steps.forEach((st, i) => {
      if (!countedRow(stage, i)) return;
      if (st.rebuild === true) rebuild++;
      else if (st.rebuild === "maybe") maybe++;
    });
  }
  return { rebuild, maybe };
}

/** The steps the Markdown table shows and the counts add up: the FROM (first step) and the layer steps of built stages. */
function countedRow(stage: LayerAnalysis["file"]["stages"][number], i: number): boolean {
  return stage.built && (i === 0 || stage.steps[i]!.createsLayer);
}

/**
 * A step's reason, shortened for a table cell: "follows line 9: ..." becomes "after line 9", or
 * for a "maybe", what it hinges on ("only if line 9 re-runs").
 */
function shortReason(reason: string, rebuild: JsonStep["rebuild"]): string {
  const follows = /^follows line (\d+):/.exec(reason);
  if (follows) return rebuild === "maybe" ? `only if line ${follows[1]} re-runs` : `after line ${follows[1]}`;
  const copied = /^stage (.+) is rebuilt; hits if the copied files come out identical$/.exec(reason);
  return copied ? `stage ${copied[1]} rebuilt; cached if the copied files are identical` : reason;
}

const LEGEND = [
  "KIND: layer = RUN, COPY, ADD or WORKDIR (own cache key and layer); meta = image config or variables only.",
  "VOLATILITY: how often the step's inputs change (stable < stale-prone < manifests < source < remote < per-build).",
  "IF IT MISSES: layer steps that re-run when this step misses; stages built FROM it re-run too; \"maybe\": stages that copy from it re-run unless the copied files come out identical.",
];

function bar(ratio: number, width = 10): string {
  const full = Math.round(ratio * width);
  return "█".repeat(full) + "░".repeat(width - full);
}

function pct(n: number, d: number): string {
  return d === 0 ? "0%" : `${Math.round((100 * n) / d)}%`;
}

export function renderLayers(analyses: LayerAnalysis[], format: LayerFormat, color = false): string {
  if (format === "json") return JSON.stringify({ version: 1, files: analyses.map((a) => a.file) }, null, 2) + "\n";
  if (format === "markdown") return analyses.map(renderMarkdown).join("\n");
  return analyses.map((a) => renderStylish(a, color)).join("\n");
}

/** `service 'api' (compose.yaml:3)` for a report made with --compose/--bake. */
function buildLabel(b: NonNullable<LayerAnalysis["file"]["build"]>): string {
  return terminalText(`${b.kind === "compose" ? "service" : "target"} '${b.name}' (${b.file}:${b.line})`);
}

function renderStylish(a: LayerAnalysis, color: boolean): string {
  const c = pc.createColors(color);
  const volColor: Record<string, (s: string) => string> = {
    stable: c.green, manifests: c.cyan, source: c.yellow, "per-build": c.red, remote: c.magenta, "stale-prone": c.yellow,
  };
  const out: string[] = [];
  const f = a.file;
  const t = terminalText;
  out.push(c.underline(t(f.path)) + (f.build ? c.bold(`  ${buildLabel(f.build)}`) : "") + c.dim(`  target: ${t(f.target ?? "-")}  context: ${t(a.facts.context?.dir ?? "-")}`));
  if (a.changed.length) out.push(c.dim(`changed: ${t(a.changed.slice(0, 8).join(", "))}${a.changed.length > 8 ? ` +${a.changed.length - 8}` : ""}`));
  if (a.history) out.push(c.dim(`history: ${a.history.commits.length} commits replayed in ${Math.round(a.history.ms)} ms`));
  const steps = new Map<number, StepFacts>();
  for (const sf of a.facts.stages) for (const st of sf.steps) steps.set(st.instruction.index, st);
  for (const [si, stage] of f.stages.entries()) {
    const sf = a.facts.stages[si]!;
    out.push("");
    const title = `stage ${stage.index}${stage.name ? ` "${t(stage.name)}"` : ""}`;
    out.push(c.bold(title) + (stage.built ? "" : c.dim("  (not built for this target)")));
    const rows = stage.steps.map((st, i) => {
      const facts = sf.steps[i]!;
      const counts = st.createsLayer || facts.keyword === "FROM";
      let mark = "";
      if (st.rebuild !== undefined) mark = !counts ? "-" : st.rebuild === true ? "REBUILD" : st.rebuild === "maybe" ? "maybe" : "cached";
      if (st.rebuilds !== undefined && st.commits) mark = counts ? `${st.rebuilds}/${st.commits} ${bar(st.rebuilds / st.commits, 6)}` : "-";
      const why = a.impact && counts && st.rebuild !== false && st.rebuild !== undefined ? t(truncate(shortReason(st.reason, st.rebuild), 60)) : "";
      return {
        line: String(st.line),
        ins: truncate(st.instruction, 44),
        layer: st.createsLayer ? "layer" : "meta",
        inputs: truncate(shortInputs(st.inputs), 40),
        vol: st.volatility,
        mark,
        blast: stage.built ? t(shortBlast(facts.blast, st.createsLayer, facts.keyword)) : "-",
        why,
        rebuild: counts ? st.rebuild : false,
      };
    });
    const head = { line: "LINE", ins: "INSTRUCTION", layer: "KIND", inputs: "INPUTS", vol: "VOLATILITY", mark: a.impact || a.history ? (a.history ? "REBUILT" : "REBUILD") : "", blast: "IF IT MISSES", why: a.impact && !a.history ? "WHY" : "" };
    const w = (k: keyof typeof head) => Math.max(head[k].length, ...rows.map((r) => r[k].length));
    const widths = { line: w("line"), ins: w("ins"), layer: w("layer"), inputs: w("inputs"), vol: w("vol"), mark: w("mark"), blast: w("blast"), why: w("why") };
    const fmt = (r: typeof head, paint = (s: string, _k: string) => s) =>
      "  " + [
        paint(r.line.padStart(widths.line), "line"),
        paint(r.ins.padEnd(widths.ins), "ins"),
        paint(r.layer.padEnd(widths.layer), "layer"),
        paint(r.inputs.padEnd(widths.inputs), "inputs"),
        paint(r.vol.padEnd(widths.vol), "vol"),
        ...(head.mark ? [paint(r.mark.padEnd(widths.mark), "mark")] : []),
        paint(head.why ? r.blast.padEnd(widths.blast) : r.blast, "blast"),
        ...(head.why ? [paint(r.why, "why")] : []),
      ].join("  ").trimEnd();
    out.push(c.dim(fmt(head)));
    for (const r of rows) {
      out.push(fmt(r, (s, k) => {
        if (!stage.built) return c.dim(s);
        if (k === "vol") return (volColor[r.vol] ?? ((x: string) => x))(s);
        if (k === "mark") return r.rebuild === true ? c.red(s) : r.rebuild === "maybe" ? c.yellow(s) : c.green(s);
        if (k === "line" || k === "layer") return c.dim(s);
        return s;
      }));
    }
  }
  if (a.impact) {
    const first = [...a.impact.entries()].find(([, v]) => v.rebuild === true);
    out.push("");
    if (first) {
      const { rebuild: n, maybe } = rebuildCounts(a);
      out.push(`first miss: line ${first[0].line} (${t(first[1].reason)}); ${n} layer step${n === 1 ? "" : "s"} rebuild${maybe ? `, ${maybe} maybe (they re-run only if the files they copy from a rebuilt stage change)` : ""}`);
    } else out.push("nothing rebuilds: every step hits the cache");
  }
  for (const adv of f.advice ?? []) {
    out.push("", c.bold("advice: ") + t(adviceSentence(adv)) + c.dim(` (${adv.rule})`));
    out.push(`  see the change: ${t(adv.previewCommand)}`, `  apply it:       ${t(adv.fixCommand)}`);
  }
  out.push(...guardLines(f.guard, c));
  out.push("", ...LEGEND.map((l) => c.dim(l)));
  return out.join("\n") + "\n";
}

/** Text for a Markdown table cell: one line, no pipes or backticks that would break the table. */
function cell(s: string): string {
  return markdownText(truncate(s, 80));
}

function renderMarkdown(a: LayerAnalysis): string {
  const f = a.file;
  const out: string[] = [];
  const of = f.build ? `, ${f.build.kind === "compose" ? "service" : "Bake target"} ${markdownCode(f.build.name)}` : "";
  out.push(`#### Layers of ${markdownCode(f.path)}${of}${f.target ? ` (target ${markdownCode(f.target)})` : ""}`);
  if (a.history) out.push(`Rebuild rate over the last ${a.history.commits.length} commits.`);
  else if (a.impact) {
    const { rebuild: n, maybe } = rebuildCounts(a);
    out.push(n || maybe ? `This change rebuilds ${n} step${n === 1 ? "" : "s"}${maybe ? ` and maybe ${maybe} more (only if files copied from a rebuilt stage change)` : ""}.` : "This change rebuilds nothing.");
  }
  out.push("");
  const hasMark = a.impact || a.history;
  const withWhy = !!a.impact && !a.history;
  out.push(`| Stage | Line | Step | Volatility |${hasMark ? (a.history ? " Rebuilt |" : " Rebuild |") : ""}${withWhy ? " Why |" : ""}`);
  out.push(`|---|--:|---|---|${hasMark ? "---|" : ""}${withWhy ? "---|" : ""}`);
  for (const stage of f.stages) {
    if (!stage.built) continue;
    for (const [i, st] of stage.steps.entries()) {
      if (!countedRow(stage, i)) continue;
      const code = markdownCode(truncate(st.instruction, 60));
      let mark = "";
      if (a.history && st.commits) mark = ` \`${bar(st.rebuilds! / st.commits)}\` ${pct(st.rebuilds!, st.commits)} |`;
      else if (a.impact) mark = ` ${st.rebuild === true ? "🔁 rebuild" : st.rebuild === "maybe" ? "❔ maybe" : "✅ cached"} |`;
      const why = withWhy ? ` ${st.rebuild === true || st.rebuild === "maybe" ? cell(shortReason(st.reason, st.rebuild)) : ""} |` : "";
      out.push(`| ${stage.name === null ? stage.index : markdownText(stage.name)} | ${st.line} | ${code} | ${st.volatility} |${mark}${why}`);
    }
  }
  const skipped = f.stages.filter((s) => !s.built);
  if (skipped.length) out.push("", `_Not built for this target: ${skipped.map((s) => (s.name === null ? s.index : markdownText(s.name))).join(", ")}._`);
  for (const adv of f.advice ?? []) {
    out.push("", `**Advice** (${markdownCode(adv.rule)}): ${markdownText(adviceSentence(adv))}. Apply it with ${markdownCode(adv.fixCommand)}:`, "", markdownCodeBlock(adv.diff, "diff"));
  }
  out.push(...guardMarkdown(f.guard));
  return out.join("\n") + "\n";
}
