import type { FileResult, RuleDefinition } from "../engine/types";

export interface FormatContext {
  rules: ReadonlyMap<string, RuleDefinition<any, any>>;
  color: boolean;
  cwd: string;
  version: string;
  /** base URL for rule docs, e.g. README anchors */
  docsUrl: (ruleId: string) => string;
}

/** Turns lint results into the text of a report. Non-empty output always ends with a newline. */
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
