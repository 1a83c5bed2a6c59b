// Parsing config text (JSON or YAML) into plain data, with a way back from a
// data path to a source line for error messages.

import { parseDocument, type Document } from "yaml";
import { ConfigError } from "./errors";

/** Locates the line of a data path in the source, when known. */
export type Locator = (segments: readonly (string | number)[]) => number | undefined;

export interface ParsedText {
  data: unknown;
  locate: Locator;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function locator(doc: Document.Parsed | null, text: string): Locator {
  return (segments) => {
    if (!doc) return undefined;
    // The deepest node that exists on the path (an unknown key's value, or its parent).
    for (let n = segments.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n).map(key), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lineAt(text, range[0]);
    }
    return undefined;
  };
}

/** Array indices arrive as strings from JSON pointers; YAML sequences want numbers. */
function key(segment: string | number): string | number {
  return typeof segment === "string" && /^\d+$/.test(segment) ? Number(segment) : segment;
}

function yamlErrorMessage(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** Parse YAML, throwing ConfigError naming file, line and column on syntax errors. */
export function parseYamlText(text: string, file: string): ParsedText {
  text = text.replace(/^\uFEFF/, "");
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    const where = pos ? `:${pos.line}:${pos.col}` : "";
    throw new ConfigError(`${file}${where}: YAML syntax error: ${yamlErrorMessage(err.message)}`, file);
  }
  let data: unknown;
  try {
    // toJS expands aliases and refuses an alias bomb ("excessive alias count").
    data = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (e) {
    throw new ConfigError(`${file}: YAML error: ${yamlErrorMessage((e as Error).message)}`, file);
  }
  rejectNonFinite(data, file);
  return { data, locate: locator(doc, text) };
}

/**
 * JSON's 1e400 and YAML's .inf parse as Infinity, which JSON Schema's `number` accepts but no
 * option means: refuse any number that is not finite, naming where it is.
 */
function rejectNonFinite(data: unknown, file: string): void {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new ConfigError(`${file}: ${path.length ? path.join(" > ") : "the config"}: must be a finite number, not ${value}`, file);
    }
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
}

/** Parse JSON strictly, throwing ConfigError naming file and line on syntax errors. */
export function parseJsonText(text: string, file: string): ParsedText {
  text = text.replace(/^\uFEFF/, "");
  let doc: Document.Parsed | null | undefined;
  const yamlDoc = () => {
    if (doc === undefined) {
      try {
        const d = parseDocument(text, { prettyErrors: true });
        doc = d.errors.length === 0 ? d : null;
      } catch {
        doc = null;
      }
    }
    return doc;
  };
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    let where = "";
    const at = /at position (\d+)/.exec(message);
    const lc = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (at) where = `:${lineAt(text, Number(at[1]))}`;
    else {
      // V8 does not always say where; YAML (a superset of JSON) usually can.
      const d = parseDocument(text, { prettyErrors: true });
      const pos = d.errors[0]?.linePos?.[0];
      if (pos) where = `:${pos.line}:${pos.col}`;
    }
    const clean = message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/, "");
    throw new ConfigError(`${file}${where}: JSON syntax error: ${clean}`, file);
  }
  rejectNonFinite(data, file);
  return {
    data,
    locate: (segments) => locator(yamlDoc() ?? null, text)(segments),
  };
}

/** JSON for `.json` files, YAML for everything else. */
export function parseConfigText(text: string, file: string, path: string): ParsedText {
  return /\.json$/i.test(path) ? parseJsonText(text, file) : parseYamlText(text, file);
}
