// Layer facts for rules, computed once per file through the rule context's
// FactsProvider. The static facts need no build context; the build context is
// opened lazily (and at most once per folder and ignore file per process).
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { FactsProvider, Settings } from "../engine/types";
import type { Model } from "../model/types";
import { entryExistsForOneLint, forgetListings } from "../fs/listing";
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

const opened = new Map<string, BuildContext | null>();

/** Drops opened build contexts and folder listings (a long-running server sees file changes). */
export function forgetBuildContexts(): void {
  opened.clear();
  forgetListings();
}

/** Whether a path exists, from folder listings checked for changes once per linted file. */
export function existsCheck(ctx: Pick<RuleView, "facts">): (file: string) => boolean {
  return ctx.facts.get("fs:exists", entryExistsForOneLint);
}

/** The build context of the file (settings.contextDir), or null when there is none or it cannot be read. */
export function buildContextOf(ctx: RuleView): BuildContext | null {
  const dir = ctx.settings.contextDir;
  if (!dir) return null;
  return ctx.facts.get("layers:context", () => {
    const dockerfile = isAbsolute(ctx.model.path) ? ctx.model.path : resolve(ctx.model.path);
    const exists = existsCheck(ctx);
    const df = exists(dockerfile) ? dockerfile : null;
    const key = `${resolve(dir)}\0${df && exists(df + ".dockerignore") ? df : ""}`;
    if (opened.has(key)) return opened.get(key)!;
    let c: BuildContext | null = null;
    try {
      if (statSync(dir).isDirectory()) c = openBuildContext(dir, df);
    } catch {
      c = null;
    }
    opened.set(key, c);
    return c;
  });
}
