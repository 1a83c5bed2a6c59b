import { isAbsolute, relative } from "node:path";

/**
 * A broken or unreadable config file (or a bad `--rule` value). The message is
 * ready to print as is; the CLI maps this class to exit code 2.
 */
export class ConfigError extends Error {
  /** The config file at fault, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(message);
    this.name = "ConfigError";
    this.file = file;
  }
}

/** A path as shown in messages: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) return rel;
  return path;
}
