import { defineRule } from "../src/engine/types";
import { PLATFORM_ARGS } from "../src/model/build";
import { expandWord } from "../src/model/expand";
import { parseKeyValues } from "../src/model/keyvalue";
import { imageReferenceProblem } from "../src/model/reference";
import { findVarRefs } from "../src/model/varrefs";
import type { Stage, VarBinding } from "../src/model/types";

/** Does a FROM's image word hold a `$`? (A loop: asked of every file, no closure made for it.) */
function anyVariableInFrom(stages: readonly Stage[]): boolean {
  for (let i = 0; i < stages.length; i++) {
    const from = stages[i]!.from;
    if (from.keyword === "FROM" && from.args.length > 0 && from.args[0]!.raw.includes("$")) return true;
  }
  return false;
}

/** The automatic platform ARGs as bindings, made once (read only: a file's scope map holds them). */
const PLATFORM_BINDINGS: readonly VarBinding[] = PLATFORM_ARGS.map((name) => ({ name, value: undefined, kind: "builtin" }));

export default defineRule({
  id: "from-arg-default-valid",
  description: "Give ARGs used in FROM defaults that make a valid image reference",
  severity: "warning",
  related: ["buildkit:InvalidDefaultArgInFrom"],
  messages: {
    empty: "With the ARG defaults, '{{raw}}' expands to an empty image name, so the build fails unless --build-arg sets {{names}}; give {{names}} a default value",
    invalid:
      "With the ARG defaults, '{{raw}}' expands to '{{value}}', which is not a valid image reference ({{reason}}); give {{names}} a default value that makes it valid",
  },
  options: {
    reportRequiredArgs: {
      description:
        "Also report FROM lines that use an ARG with no default or an empty one (`ARG BASE` + `FROM $BASE`), i.e. that require --build-arg, as BuildKit does",
      default: false as boolean,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["ARG TAG=3.20\nFROM alpine:${TAG}", "ARG VARIANT\nFROM alpine${VARIANT}"],
    invalid: ["ARG IMAGE=alpine:\nFROM ${IMAGE}", "ARG BASE=Alpine:3.20\nFROM ${BASE}"],
  },
  differs: "unlike BuildKit, an ARG declared without a default or with an empty one is taken as a required --build-arg and not reported (option reportRequiredArgs); judges only FROM lines that use variables, with defaults only (as BuildKit), and stays silent when a value depends on the platform",
  check({ model, options, report }) {
    // Only a FROM image with a variable in it can be judged (most files have none).
    if (!anyVariableInFrom(model.stages)) return;
    const escape = model.directives.escape;
    // Global ARGs with their defaults only (no --build-arg), as BuildKit's check does.
    const scope = new Map<string, VarBinding>();
    for (let i = 0; i < PLATFORM_BINDINGS.length; i++) scope.set(PLATFORM_BINDINGS[i]!.name, PLATFORM_BINDINGS[i]!);
    const noDefault = new Set<string>();
    // Indexed loops: this runs cold for each file with a variable in a FROM, where a for-of made
    // an iterator result per step.
    const globalArgs = model.globalArgs;
    for (let gi = 0; gi < globalArgs.length; gi++) {
      const pairs = parseKeyValues(globalArgs[gi]!.args, true);
      for (let pi = 0; pi < pairs.length; pi++) {
        const kv = pairs[pi]!;
        if (!kv.key) continue;
        let value: string | undefined = "";
        if (kv.value === null) noDefault.add(kv.key);
        else {
          noDefault.delete(kv.key);
          const r = expandWord(kv.value, scope, escape);
          value = r.unresolved ? undefined : r.value;
        }
        scope.set(kv.key, { name: kv.key, value, kind: "arg" });
      }
    }
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      if (stage.from.keyword !== "FROM") continue; // a fragment file has no FROM
      const word = stage.from.args[0];
      if (!word || !word.raw.includes("$")) continue;
      const refs = findVarRefs(word.raw, escape);
      if (!refs.length) continue;
      const r = expandWord(word.raw, scope, escape);
      if (r.unresolved) continue;
      if (model.stageByRef(r.value)) continue;
      const problem = imageReferenceProblem(r.value);
      if (!problem) continue;
      const referenced = [...new Set(refs.map((x) => x.name))];
      // `ARG BASE` or `ARG BASE=` means "pass --build-arg": a deliberate design.
      if (!options.reportRequiredArgs && referenced.some((n) => noDefault.has(n) || scope.get(n)?.value === "")) continue;
      const blank = referenced.filter((n) => noDefault.has(n) || scope.get(n)?.value === "");
      const names = (blank.length ? blank : referenced).map((n) => `ARG ${n}`).join(", ");
      const span = { start: word.start, end: word.end };
      if (r.value === "") report({ messageId: "empty", data: { raw: word.raw, names }, span });
      else report({ messageId: "invalid", data: { raw: word.raw, value: r.value, reason: problem, names }, span });
    }
  },
});
