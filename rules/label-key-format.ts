import { defineRule } from "../src/engine/types";
import { parseKeyValues } from "../src/model/keyvalue";
import { expandedWord } from "../src/model/shipped";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

/** Why a label key breaks Docker's key format, or null when it is fine. */
export function labelKeyProblem(key: string): string | null {
  if (RESERVED.some((r) => key.startsWith(r))) return `the '${RESERVED.find((r) => key.startsWith(r))}' namespace is reserved for Docker`;
  if (/[A-Z]/.test(key)) return "it has upper-case letters";
  if (!/^[a-z]/.test(key)) return "it must start with a lower-case letter";
  if (!/[a-z0-9]$/.test(key)) return "it must end with a letter or digit";
  if (/[^a-z0-9._/-]/.test(key)) return "it may only contain a-z, 0-9, '.', '-', '_' and '/'";
  if (/\.\.|--/.test(key)) return "it has a doubled '.' or '-'";
  return null;
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
    for (const ins of model.instructions) {
      if (ins.keyword !== "LABEL") continue;
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
