// Lints one editor buffer (saved or not, file or untitled) with the config that applies to it.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { rules } from "../../rules/index";
import { ConfigError } from "../config/errors";
import { clearConfigCache, isIgnoredFile, resolveConfig } from "../config/load";
import { lintText } from "../engine/linter";
import { forgetBuildContexts } from "../layers/facts";
import type { Preset, Problem, ResolvedConfig } from "../engine/types";
import { fatalProblem, problemsWithFatal } from "../format/util";
import { ConfigWatch } from "./config-watch";

export interface LinterOptions {
  /** Where config discovery starts for buffers without a file (untitled): the workspace folder. */
  root: string;
  /** A fixed config file (initializationOptions.configPath), like `--config`. */
  configPath?: string;
  preset?: Preset;
}

/** One lint of one buffer version: problems with offsets into `doc`'s text (after `bom`). */
export interface LintedDocument {
  doc: TextDocument;
  problems: Problem[];
  /** 1 when the buffer starts with a BOM: problem spans index the text after it. */
  bom: number;
}

/** The file behind a `file:` URI; null for untitled buffers and other schemes. */
export function documentPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Pseudo rule id of a broken config file's diagnostic. */
export const CONFIG_ERROR = "config-error";

/** How long a build context read from disk (and its folder listings) is trusted. */
export const CONTEXT_FRESH_MS = 2000;

export class DocumentLinter {
  private readonly watch: ConfigWatch;
  private contextReadAt = -Infinity;

  constructor(private readonly options: LinterOptions) {
    this.watch = new ConfigWatch(options.configPath);
  }

  /** Folder whose config applies to the buffer. */
  configDir(uri: string): string {
    const path = documentPath(uri);
    return path ? dirname(path) : this.options.root;
  }

  /** True (and caches dropped) when a config file for one of these buffers changed since last seen. */
  configChanged(uris: Iterable<string>): boolean {
    const changed = this.watch.changed([...uris].map((u) => this.configDir(u)));
    if (changed) clearConfigCache();
    return changed;
  }

  forgetConfigs(): void {
    clearConfigCache();
    this.contextReadAt = -Infinity;
  }

  lint(uri: string, version: number, text: string): LintedDocument {
    this.configChanged([uri]);
    const doc = TextDocument.create(uri, "dockerfile", version, text);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { doc, bom, problems: this.problems(uri, text) };
  }

  /** The problems of `text` as the buffer `uri`, with the config that applies to it. */
  problems(uri: string, text: string): Problem[] {
    const path = documentPath(uri);
    let config: ResolvedConfig;
    try {
      config = resolveConfig(path, { rules, configPath: this.options.configPath, preset: this.options.preset, cwd: this.options.root });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // A broken config shows on the first line instead of a lint with rules the user turned off.
      return [{ ...fatalProblem(`dflint config: ${err.message}`), ruleId: CONFIG_ERROR }];
    }
    // The config's `ignore` list also keeps the editor quiet about those files.
    if (path !== null && isIgnoredFile(path, config)) return [];
    // Files of the build context may have changed since the last lint: read it again, but at most every
    // CONTEXT_FRESH_MS, not on each keystroke (a walk of a large context costs more than the lint).
    const now = performance.now();
    if (now - this.contextReadAt >= CONTEXT_FRESH_MS) {
      forgetBuildContexts();
      this.contextReadAt = now;
    }
    // (A copy: the LSP side types its lists as Problem[]; one document, not a hot path.)
    return [...problemsWithFatal(lintText(text, { path: path ?? uri, config, rules }))];
  }
}
