// Layer report for the job summary on pull requests: which steps of which Dockerfile the PR's
// changes make rebuild (src/layers: analyzeLayers with `since` = the PR's merge base, rendered by
// the layer report's own Markdown renderer). Dockerfiles for which nothing rebuilds are left out.
import { analyzeLayers, type LayerAnalysis } from "../layers/report";
import { renderLayers } from "../layers/render";
import { markdownText } from "../format/escape";

export interface LayerSectionInput {
  workspace: string;
  /** Merge-base commit of the pull request. */
  base: string;
  /** Every Dockerfile matched by the `files` input (workspace-relative). */
  dockerfiles: string[];
  /** Every path the PR changed (repository-relative, `/`); an empty list means nothing to report. */
  changed: string[];
  maxBytes?: number;
  maxFiles?: number;
}

const MAX_BYTES = 128 * 1024;
const MAX_FILES = 20;

export function layerSection(input: LayerSectionInput): string | null {
  if (input.changed.length === 0 || input.dockerfiles.length === 0) return null;
  const maxBytes = input.maxBytes ?? MAX_BYTES;
  const maxFiles = input.maxFiles ?? MAX_FILES;
  const affected: LayerAnalysis[] = [];
  const failed: string[] = [];
  for (const df of input.dockerfiles) {
    try {
      const a = analyzeLayers(df, { cwd: input.workspace, since: input.base });
      const rebuilds = a.impact && [...a.impact.values()].some((v) => v.rebuild !== false);
      if (rebuilds) affected.push(a);
    } catch (err) {
      failed.push(`${df} (${(err as Error).message.split("\n")[0]})`);
    }
  }
  if (affected.length === 0 && failed.length === 0) return null;
  let out = "### Layers this pull request rebuilds\n\n";
  if (affected.length === 0) out += "No step of any Dockerfile rebuilds because of this pull request.\n\n";
  let shown = 0;
  for (const a of affected) {
    if (shown >= maxFiles) break;
    const md = renderLayers([a], "markdown") + "\n";
    if (Buffer.byteLength(out) + Buffer.byteLength(md) > maxBytes) break;
    out += md;
    shown++;
  }
  if (shown < affected.length) out += `_${affected.length - shown} more Dockerfile(s) with rebuilt steps not shown (summary size limit)._\n\n`;
  if (failed.length) out += `_Layer analysis failed for: ${failed.slice(0, 10).map(markdownText).join("; ")}._\n\n`;
  return out;
}
