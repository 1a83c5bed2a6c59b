import { instructionsOf } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { parseKeyValues } from "../src/model/keyvalue";
import { withBinding } from "../src/model/scope";
import { varRefsInSpan } from "../src/model/varrefs";
import type { KeyValue } from "../src/model/keyvalue";
import type { Instruction, Model } from "../src/model/types";

/**
 * Whether a later pair's value holds the name of an earlier pair's key: a reference to a name
 * is spelled in the value, so without one no pair can refer to a name set by an earlier pair
 * (most ENVs with several pairs, like `APP=/app PATH=/app/bin:$PATH`).
 */
function mayReferToEarlierKey(pairs: readonly KeyValue[]): boolean {
  for (let ki = 1; ki < pairs.length; ki++) {
    const value = pairs[ki]!.value;
    if (value === null || !value.includes("$")) continue;
    for (let kj = 0; kj < ki; kj++) if (value.includes(pairs[kj]!.key)) return true;
  }
  return false;
}

/** ONBUILD triggers, which the keyword index files under their own keyword (null when none). */
function onbuildTriggers(model: Model): Set<Instruction> | null {
  const onbuilds = instructionsOf(model, "ONBUILD");
  if (onbuilds.length === 0) return null;
  const triggers = new Set<Instruction>();
  for (let i = 0; i < onbuilds.length; i++) if (onbuilds[i]!.onbuild) triggers.add(onbuilds[i]!.onbuild!);
  return triggers;
}

export default defineRule({
  id: "env-same-instruction-ref",
  keywords: ["ENV"],
  description: "Do not use a variable in the same ENV instruction that defines it",
  severity: "error",
  related: ["hadolint:DL3044"],
  messages: {
    sameEnv: "'{{name}}' is defined in this same ENV, but ENV values are expanded before any of its keys are set, so '{{name}}' here is {{old}}; split it into two ENV instructions",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nENV APP=/app\nENV PATH=$APP/bin:$PATH", "FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8"],
    invalid: ["FROM alpine:3.20\nENV APP=/app PATH=$APP/bin:$PATH"],
  },
  differs: "also reported when the variable had a different earlier value, since the new one is not used; legacy 'ENV key value' has one pair and never triggers",
  check({ model, report }) {
    // The keyword index, not every instruction of every stage (a 10 MB file has 200k instructions).
    // It also holds ONBUILD triggers and ENVs before the first FROM, which are not checked.
    const envs = instructionsOf(model, "ENV");
    const triggers = onbuildTriggers(model);
    for (let ii = 0; ii < envs.length; ii++) {
      const ins = envs[ii]!;
      if (ins.stage === null || triggers?.has(ins)) continue;
      // One pair (one word, or the legacy `KEY value` form) cannot refer to another: skip the parse.
      if (ins.args.length < 2 || !ins.args[0]!.raw.includes("=")) continue;
      // A value without '$' refers to nothing: it expands the same before and after the ENV.
      if (!ins.argsText.text.includes("$")) continue;
      const pairs = parseKeyValues(ins, false);
      if (pairs.length < 2 || !mayReferToEarlierKey(pairs)) continue;
      const defined = new Map<string, string | null>();
      let after = ins.scope;
      const extendsItself = new Set<string>();
      for (let ki = 0; ki < pairs.length; ki++) {
        const kv = pairs[ki]!;
        if (kv.value !== null && !kv.legacy) {
          const r = model.expand(kv.value, ins.scope);
          // No harm when the value comes out the same with the new definitions (e.g. `${A:-same}`).
          const r2 = model.expand(kv.value, after);
          if (!r.unresolved && !r2.unresolved && r.value === r2.value) {
            defined.set(kv.key, r.value);
            after = withBinding(after, kv.key, { name: kv.key, value: r.value, kind: "env" });
            continue;
          }
          for (const name of new Set(r.names)) {
            // Only names set by an EARLIER pair: `PATH=/x:$PATH` alone extends the old value, as meant,
            // but in `PATH=/a:$PATH PATH=/b:$PATH` the second pair drops /a.
            if (!defined.has(name)) continue;
            const before = ins.scope.get(name);
            const newValue = defined.get(name);
            if (before && !extendsItself.has(name) && (before.value === undefined || before.value === newValue)) continue;
            const old = !before ? "empty" : before.value === undefined ? "its value from before this ENV" : `still '${before.value}'`;
            // Point at the reference itself inside the value.
            const ref = kv.valueSpan ? varRefsInSpan(ins.argsText, kv.valueSpan, model.directives.escape).find((x) => x.name === name) : undefined;
            // (The reference's span as a span object, not the reference: the engine's report reads every
            // rule's span, and a reference there was a map its optimized code had not seen.)
            report({ messageId: "sameEnv", data: { name, old }, span: ref ? { start: ref.start, end: ref.end } : (kv.valueSpan ?? kv.keySpan) });
          }
        }
        const v = kv.value === null ? null : model.expand(kv.value, ins.scope);
        if (v?.names.includes(kv.key)) extendsItself.add(kv.key);
        defined.set(kv.key, v && !v.unresolved ? v.value : null);
        after = withBinding(after, kv.key, { name: kv.key, value: v && !v.unresolved ? v.value : undefined, kind: "env" });
      }
    }
  },
});
