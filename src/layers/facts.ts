// Layer facts for rules, computed once per file through the rule context's
// FactsProvider. The static facts need no build context; the build context is
// opened lazily (and at most once per folder and ignore file per process).
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { FactsProvider, Settings } from "../engine/types";
import type { Model } from "../model/types";
import { entryExistsForOneLint, folderOf, forgetListings, holdsNoIgnoreFileForOneLint } from "../fs/listing";
import { absolutePath, forgetResolvedPaths } from "../fs/paths";
import { openBuildContext, type BuildContext } from "./context";
import { estimateLayers, type LayerFacts } from "./estimate";

interface RuleView {
  model: Model;
  facts: FactsProvider;
  settings: Settings;
}

/** Per-step facts without the build context (selections uncounted). */
export function layerFacts(ctx: RuleView): LayerFacts {
  return ctx.facts.get("layers", () => estimateLayers(ctx.model, { context: null }));
}

// Opened contexts by resolved folder, then by the Dockerfile whose own ignore file they use ("" for
// none): nested maps, so a lookup for each linted file builds no key string.
const opened = new Map<string, Map<string, BuildContext | null>>();
// Absolute context folders resolved once each (the CLI gives every file the same few folders).
const resolvedDirs = new Map<string, string>();

/** Drops opened build contexts and folder listings (a long-running server sees file changes). */
export function forgetBuildContexts(): void {
  opened.clear();
  resolvedDirs.clear();
  forgetListings();
  forgetResolvedPaths();
}

/** `resolve(dir)`, kept for absolute folders (a relative one depends on the working directory). */
export function resolvedContextDir(dir: string): string {
  if (!isAbsolute(dir)) return resolve(dir);
  let r = resolvedDirs.get(dir);
  if (r === undefined) resolvedDirs.set(dir, (r = resolve(dir)));
  return r;
}

/** Whether a path exists, from folder listings checked for changes once per linted file. */
export function existsCheck(ctx: Pick<RuleView, "facts">): (file: string) => boolean {
  return ctx.facts.get("fs:exists", entryExistsForOneLint);
}

/** Whether an absolute folder is listed with no `*.dockerignore` name in it (src/fs/listing.ts). */
export function noIgnoreFileCheck(ctx: Pick<RuleView, "facts">): (dir: string) => boolean {
  return ctx.facts.get("fs:no-ignore-file", holdsNoIgnoreFileForOneLint);
}

/** The linted Dockerfile's absolute path (a relative one resolved against the working directory). */
export function dockerfilePath(ctx: Pick<RuleView, "model" | "facts">): string {
  return ctx.facts.get("fs:dockerfile", () => absolutePath(ctx.model.path));
}

/** dockerfilePath() when that file exists (a file linted from stdin or an editor buffer may not), else null. */
export function dockerfileOnDisk(ctx: Pick<RuleView, "model" | "facts">): string | null {
  return ctx.facts.get("fs:dockerfile-on-disk", () => {
    const path = dockerfilePath(ctx);
    return existsCheck(ctx)(path) ? path : null;
  });
}

/** The build context of the file (settings.contextDir), or null when there is none or it cannot be read. */
export function buildContextOf(ctx: RuleView): BuildContext | null {
  const dir = ctx.settings.contextDir;
  if (!dir) return null;
  return ctx.facts.get("layers:context", () => {
    const exists = existsCheck(ctx);
    const df = dockerfileOnDisk(ctx);
    // The Dockerfile's own ignore file keys the contexts opened for one folder. No lookup of it in a
    // folder listed without any *.dockerignore name (the corpus's): that answer is kept with the
    // listing, and copy-source-not-ignored asks it of the same folder.
    const own = df && !noIgnoreFileCheck(ctx)(folderOf(df)) && exists(df + ".dockerignore") ? df : "";
    const resolved = resolvedContextDir(dir);
    let byDockerfile = opened.get(resolved);
    if (!byDockerfile) opened.set(resolved, (byDockerfile = new Map()));
    const known = byDockerfile.get(own);
    if (known !== undefined) return known;
    let c: BuildContext | null = null;
    try {
      if (statSync(dir).isDirectory()) c = openBuildContext(dir, df);
    } catch {
      c = null;
    }
    byDockerfile.set(own, c);
    return c;
  });
}
