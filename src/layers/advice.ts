// Advice with a measured saving (`dflint layers --history N`): for each
// dependency install that comes after its stage's whole-context COPY (what
// copy-manifests-first reports) and that the rule's fix can reorder, the same
// commits are replayed against the reordered Dockerfile, and the install's
// rebuilds that the reorder would have kept cached are counted. The fix is
// offered as the lint command that applies it and as its diff.
import { applyFixes } from "../engine/fix";
import { unifiedDiff } from "../format/diff";
import { buildModel } from "../model/build";
import { installsAfterWholeCopy, manifestsFirstFix } from "../model/manifests-first";
import type { Model } from "../model/types";
import { estimateLayers, type LayerFacts } from "./estimate";
import type { HistoryResult } from "./history";
import { computeImpact } from "./impact";

export interface ReorderAdvice {
  rule: "copy-manifests-first";
  /** "move": the install moves above the whole copy; "fetch": a dependency download is inserted there (the build stays). */
  kind: "move" | "fetch";
  copy: { line: number; text: string };
  install: { line: number; text: string; command: string; manifests: string[] };
  /** What the reordered file runs before the whole copy ("npm ci", "go mod download"). */
  runsFirst: string;
  /** Commits replayed. */
  commits: number;
  /** Commits in which the install step rebuilt. */
  reinstalls: number;
  /** Of those, the ones in which the reordered file keeps its install (or download) step cached. */
  avoided: number;
  /** Reinstalls in commits that edited the Dockerfile: counted as not avoided (that edit is not replayed on the reordered file). */
  dockerfileCommits: number;
  /** The lint commands that show and apply the fix. */
  previewCommand: string;
  fixCommand: string;
  /** The fix as a unified diff. */
  diff: string;
}

export interface AdviceOptions {
  /** The Dockerfile as the user named it (for the commands and the diff). */
  displayPath: string;
  buildArgs?: ReadonlyMap<string, string>;
  target?: string;
  platform?: string;
}

/** A path as one shell word: bare when it is plainly safe, else single-quoted. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function reorderAdvice(model: Model, facts: LayerFacts, history: HistoryResult, options: AdviceOptions): ReorderAdvice[] {
  const out: ReorderAdvice[] = [];
  for (const found of installsAfterWholeCopy(model)) {
    const sf = facts.stages.find((s) => s.stage === found.stage);
    const installStep = sf?.built ? sf.steps.find((st) => st.instruction === found.run) : undefined;
    if (!installStep) continue;
    const fix = manifestsFirstFix(model, found.stage, found.copy, found.run, found.install);
    if (!fix) continue;
    const reordered = applyFixes(model.text, [fix]).text;
    const reFacts = estimateLayers(buildModel(reordered, { path: model.path, buildArgs: options.buildArgs, target: options.target }), {
      context: facts.context,
      platform: options.platform,
    });
    // The fix inserts the manifest COPY lines and then the RUN (moved, or the download) where the whole copy was.
    const at = Math.min(...fix.edits.map((e) => e.span.start));
    const firstRun = reFacts.stages.flatMap((s) => s.steps).find((st) => st.keyword === "RUN" && st.instruction.start >= at);
    if (!firstRun) continue;
    let reinstalls = 0;
    let avoided = 0;
    let dockerfileCommits = 0;
    history.replays.forEach((r) => {
      if (!r.rebuilt.has(installStep)) return;
      reinstalls++;
      if (r.dockerfileEdited) {
        dockerfileCommits++;
        return;
      }
      if (computeImpact(reFacts, { changed: r.changed }).get(firstRun)?.rebuild === false) avoided++;
    });
    // Nothing to gain (every reinstall came with a manifest or Dockerfile change): no advice.
    if (!avoided) continue;
    const file = shellWord(options.displayPath);
    out.push({
      rule: "copy-manifests-first",
      kind: fix.edits.length === 1 ? "fetch" : "move",
      copy: { line: found.copy.line, text: oneLine(`${found.copy.keywordRaw} ${found.copy.argsText.text}`) },
      install: { line: found.run.line, text: oneLine(`${found.run.keywordRaw} ${found.run.argsText.text}`), command: found.install.display, manifests: found.install.manifests },
      runsFirst: oneLine(firstRun.instruction.argsText.text),
      commits: history.commits.length,
      reinstalls,
      avoided,
      dockerfileCommits,
      previewCommand: `dflint --fix-dry-run --fix-suggestions --fix-rule copy-manifests-first ${file}`,
      fixCommand: `dflint --fix --fix-suggestions --fix-rule copy-manifests-first ${file}`,
      diff: unifiedDiff(options.displayPath, model.text, reordered),
    });
  }
  return out;
}

/** The advice in one sentence (plain text; the caller escapes it for its sink). */
export function adviceSentence(a: ReorderAdvice): string {
  const manifests = a.install.manifests.length <= 1 ? a.install.manifests.join("") : `${a.install.manifests.slice(0, -1).join(", ")} and ${a.install.manifests[a.install.manifests.length - 1]}`;
  const change =
    a.kind === "move"
      ? `copying ${manifests} and running '${a.install.command}' before '${a.copy.text}' (line ${a.copy.line})`
      : `copying ${manifests} and running '${a.runsFirst}' before '${a.copy.text}' (line ${a.copy.line})`;
  const what = a.kind === "move" ? "reinstalls" : "dependency downloads";
  const n = a.dockerfileCommits;
  const edits = n ? ` (${n} commit${n === 1 ? " that edited the Dockerfile counts" : "s that edited the Dockerfile count"} as not avoided)` : "";
  return `${change} would have avoided ${a.avoided} of the ${a.reinstalls} ${what} of line ${a.install.line} in the last ${a.commits} commits${edits}`;
}
