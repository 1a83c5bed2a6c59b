import type { FileResult, RuleDefinition } from "../engine/types";

export interface FormatContext {
  rules: ReadonlyMap<string, RuleDefinition<any, any>>;
  color: boolean;
  cwd: string;
  version: string;
  /** base URL for rule docs, e.g. README anchors */
  docsUrl: (ruleId: string) => string;
  /** Terminal columns: stylish wraps messages to fit (undefined: one line per problem). */
  width?: number;
  /** Stylish: show the source lines of each problem with a marker under the range. */
  codeFrame?: boolean;
}

/** Turns lint results into the text of a report. Non-empty output always ends with a newline. */
export interface Formatter {
  (results: FileResult[], ctx: FormatContext): string;
  /** The same text in pieces, made as they are written (a big report need not be held whole in
   * memory, nor the objects it is made from): joined, they equal the formatter's result. */
  chunks?: (results: FileResult[], ctx: FormatContext) => Iterable<string>;
  /** One file's part of the report, on its own (no separator from the file before): made as the
   * file is linted (FileResult.formatted), it lets the file's problems go. Only for formats whose
   * files are formatted apart from each other, and from nothing but the result and `cwd`. */
  fileChunks?: (result: FileResult, cwd: string) => string[];
}
