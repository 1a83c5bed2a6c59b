import { instructionsOf } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { pairKeys, parseKeyValues } from "../src/model/keyvalue";
import type { Instruction, Model } from "../src/model/types";
import { expandedWord } from "../src/model/shipped";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

// Made once (as literals in labelKeyProblem each call made a new RegExp object of each).
const UPPER = /[A-Z]/;
const LOWER_FIRST = /^[a-z]/;
const ALNUM_LAST = /[a-z0-9]$/;
const OTHER_CHAR = /[^a-z0-9._/-]/;
const DOUBLED = /\.\.|--/;

/** Why a label key breaks Docker's key format, or null when it is fine. */
export function labelKeyProblem(key: string): string | null {
  for (let i = 0; i < RESERVED.length; i++) if (key.startsWith(RESERVED[i]!)) return `the '${RESERVED[i]}' namespace is reserved for Docker`;
  if (UPPER.test(key)) return "it has upper-case letters";
  if (!LOWER_FIRST.test(key)) return "it must start with a lower-case letter";
  if (!ALNUM_LAST.test(key)) return "it must end with a letter or digit";
  if (OTHER_CHAR.test(key)) return "it may only contain a-z, 0-9, '.', '-', '_' and '/'";
  if (DOUBLED.test(key)) return "it has a doubled '.' or '-'";
  return null;
}

/** Does a key of the LABEL (after expansion; unknown ones skipped) break the format? */
function anyKeyProblem(model: Model, ins: Instruction): boolean {
  const keys = pairKeys(ins, false);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!.includes("$") ? expandedWord(model, ins, keys[i]!) : keys[i]!;
    if (key && labelKeyProblem(key) !== null) return true;
  }
  return false;
}

export default defineRule({
  id: "label-key-format",
  keywords: ["LABEL"],
  description: "Write label keys in lower-case reverse-DNS form",
  severity: "info",
  related: ["hadolint:DL3048"],
  messages: {
    badKey: "Label key '{{key}}' is not in Docker's recommended format because {{why}}; use lower-case reverse-DNS such as 'org.opencontainers.image.title' or 'com.example.team'",
  },
  options: {},
  examples: {
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title="app" maintainer="me"'],
    invalid: ['FROM alpine:3.20\nLABEL Version="1.0"', 'FROM alpine:3.20\nLABEL com.docker.thing="x"'],
  },
  differs: "label keys made of ARG/ENV variables are judged after expansion and skipped when unknown",
  check({ model, report }) {
    // The LABELs from the keyword index (the file's own: not ONBUILD triggers), not every instruction.
    const list = instructionsOf(model, "LABEL");
    const all = model.instructions;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (all[ins.index] !== ins) continue;
      // The keys first (most are fine): the pairs, with their spans, only for a LABEL it reports on.
      if (!anyKeyProblem(model, ins)) continue;
      for (const kv of parseKeyValues(ins, false)) {
        const key = kv.key.includes("$") ? expandedWord(model, ins, kv.key) : kv.key;
        if (!key) continue;
        const why = labelKeyProblem(key);
        if (!why) continue;
        report({ messageId: "badKey", data: { key, why }, span: kv.keySpan });
      }
    }
  },
});
