import { defineRule } from "../src/engine/types";
import { parseKeyValues } from "../src/model/keyvalue";
import type { Instruction, Model } from "../src/model/types";

export default defineRule({
  id: "definition-description-format",
  description: "Start the comment above a named stage or an ARG with its name",
  severity: "off",
  related: ["buildkit:InvalidDefinitionDescription"],
  messages: {
    format: "The comment describing this {{keyword}} should start with its name: '# {{key}} <description>'",
  },
  options: {},
  examples: {
    valid: ["# build compiles the app\nFROM golang:1.23 AS build", "# VERSION of the app to build\nARG VERSION=1.0\nFROM alpine:3.20"],
    invalid: ["# compiles the app\nFROM golang:1.23 AS build", "# version of the app\nARG VERSION=1.0\nFROM alpine:3.20"],
  },
  differs:
    "experimental in BuildKit and off by default here too (switched on for the file by `# check=experimental=InvalidDefinitionDescription` or `all`, or for one instruction by such a comment above it, as in BuildKit); the last comment line collected since the previous instruction is judged (blank lines do not separate, an empty '#' does, as in BuildKit); as in BuildKit, a tool comment there (a `# check=` or `# hadolint ignore=` line) is taken for the description, since BuildKit's outline shows it as one",
  check({ model, report }) {
    let prevEnd = 0;
    for (const ins of model.instructions) {
      const comments = descriptionComments(model, prevEnd, ins);
      prevEnd = ins.endLine;
      if (!comments.length) continue;
      let keys: string[] = [];
      if (ins.keyword === "FROM") {
        const stage = ins.stage;
        if (stage?.from === ins && stage.name) keys = [stage.name];
      } else if (ins.keyword === "ARG") {
        keys = parseKeyValues(ins.args, true).map((kv) => kv.key).filter(Boolean);
      }
      if (!keys.length) continue;
      const last = comments[comments.length - 1]!;
      const first = last.text.split(" ")[0]!;
      if (keys.includes(first)) continue;
      report({
        messageId: "format",
        data: { keyword: ins.keyword, key: keys.length > 1 ? "<arg_key>" : keys[0]! },
        span: { start: ins.start, end: ins.args.length ? ins.args[ins.args.length - 1]!.end : ins.keywordSpan.end }, // BuildKit reports the instruction
      });
    }
  },
});

/** Comments BuildKit attaches to `ins`: since the previous instruction, an empty `#` clearing them. */
function descriptionComments(model: Model, afterLine: number, ins: Instruction): Model["comments"] {
  const directiveStarts = new Set(Object.values(model.directives.spans).map((s) => s.start));
  let out: Model["comments"] = [];
  for (const c of model.comments) {
    if (c.line <= afterLine) continue;
    if (c.line >= ins.line) break;
    if (directiveStarts.has(c.span.start)) continue;
    if (c.text === "") {
      out = [];
      continue;
    }
    out.push(c);
  }
  return out;
}
