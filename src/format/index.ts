// Registry of output formats, by the name given to `--format`.
import { checkstyle } from "./checkstyle";
import { compact } from "./compact";
import { github } from "./github";
import { gitlab } from "./gitlab";
import { json } from "./json";
import { junit } from "./junit";
import { rdjson } from "./rdjson";
import { sarif } from "./sarif";
import { stylish } from "./stylish";
import type { Formatter } from "./types";

export type { FormatContext, Formatter } from "./types";
export { fingerprint, fingerprintAll } from "./fingerprint";

export const formatters: Record<string, Formatter> = {
  stylish,
  compact,
  json,
  sarif,
  github,
  gitlab,
  checkstyle,
  junit,
  rdjson,
};

export const formatterNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter | undefined {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
}
