import { instructionsOf } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { flagNamed, unquotedFlagValue } from "../src/model/flag";
import type { Instruction, Stage } from "../src/model/types";

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export default defineRule({
  id: "copy-from-stage",
  keywords: ["COPY"],
  description: "Make COPY --from name a stage of this Dockerfile or a tagged image",
  severity: "warning",
  related: ["hadolint:DL3022"],
  messages: {
    untaggedImage: "Image '{{ref}}' in COPY --from has no tag, so it means '{{ref}}:latest' and changes under you; pin a version tag or a digest",
    unknown: "'{{ref}}' is not a stage of this Dockerfile, so COPY --from pulls the image '{{ref}}:latest'{{hint}}",
    badIndex: "There is no stage {{index}}: this Dockerfile has {{count}} stage(s), numbered from 0; name the stage with 'FROM ... AS <name>' and use the name",
    variable: "COPY --from={{ref}} uses a variable, which BuildKit rejects ('variable expansion is not supported for --from'); declare a stage 'FROM ${{name}} AS <name>' and copy from that name",
  },
  options: {},
  examples: {
    valid: [
      "FROM golang:1.23 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app",
      "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/",
      "FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /go/bin /bin",
    ],
    invalid: ["FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app", "FROM alpine:3.20\nCOPY --from=3 /a /a"],
  },
  differs:
    "stage names match case-insensitively and may come later in the file (BuildKit resolves them); an untagged image is reported with a 'did you mean' stage; a variable in --from is reported because BuildKit refuses it",
  check({ model, report }) {
    const check = (ins: Instruction, stage: Stage) => {
      const flag = flagNamed(ins.flags, "from");
      if (!flag || flag.value === null) return;
      const raw = unquotedFlagValue(flag.value);
      const span = flag.valueSpan;
      if (/\$/.test(raw)) {
        if (/containerfile/i.test(model.path)) return; // Podman/Buildah expand variables in --from
        const name = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1] ?? "VAR";
        report({ messageId: "variable", data: { ref: raw, name }, span });
        return;
      }
      if (/^\d+$/.test(raw)) {
        if (Number(raw) >= model.stages.length) report({ messageId: "badIndex", data: { index: raw, count: model.stages.length }, span });
        return;
      }
      if (model.stageByRef(raw) || raw.includes(":") || raw.includes("@")) return;
      if (raw.toLowerCase() === "scratch" || raw.toLowerCase() === "context") return;
      if (model.stages.some((s) => s.nameRaw?.includes("$"))) return; // a stage named by a variable may be meant
      if (/[/.]/.test(raw)) {
        report({ messageId: "untaggedImage", data: { ref: raw }, span });
        return;
      }
      const names = model.stages.map((s) => s.nameRaw).filter((n): n is string => !!n && model.stageByRef(n) !== stage);
      const close = names
        .map((n) => ({ n, d: distance(n.toLowerCase(), raw.toLowerCase()) }))
        .filter((x) => x.d <= Math.max(2, Math.floor(raw.length / 3)))
        .sort((a, b) => a.d - b.d)[0];
      const hint = close ? `; did you mean the stage '${close.n}'?` : "; if you meant an image, give it a tag (or digest), if you meant a stage, check its name";
      report({ messageId: "unknown", data: { ref: raw, hint }, span });
    };
    // The COPYs from the keyword index (ONBUILD triggers are filed there too, with their stage), not
    // a walk of every instruction of every stage (a 10 MB file has 200k); only those with flags.
    // Problems are sorted by position afterwards.
    const copies = instructionsOf(model, "COPY");
    for (let i = 0; i < copies.length; i++) {
      const ins = copies[i]!;
      if (ins.flags.length !== 0 && ins.stage !== null) check(ins, ins.stage);
    }
  },
});
