import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { isArchiveName, isRemoteSource } from "../src/model/archives";
import { copyParts } from "../src/model/copy";
import { expandedWord } from "../src/model/shipped";

const ADD_ONLY_FLAGS = new Set(["checksum", "keep-git-dir", "unpack"]);

export default defineRule({
  id: "add-use-copy",
  keywords: ["ADD"],
  description: "Use COPY instead of ADD for local files",
  severity: "warning",
  related: ["hadolint:DL3020"],
  fixable: true,
  messages: {
    useCopy: "ADD of local files does the same as COPY but may also unpack archives and fetch URLs by surprise; use COPY",
  },
  options: {},
  examples: {
    valid: [
      "FROM alpine:3.20\nCOPY app.py /app/",
      "FROM alpine:3.20\nADD rootfs.tar.gz /",
      "FROM alpine:3.20\nADD https://example.com/tool.zip /tmp/",
      "FROM alpine:3.20\nADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.0 /src",
    ],
    invalid: ["FROM alpine:3.20\nADD app.py /app/", "FROM alpine:3.20\nADD --chown=app . /app"],
  },
  differs: "warning, not error (ADD of a local file builds fine); sources are judged after ARG/ENV expansion and unknown values are skipped; fixed by renaming ADD to COPY",
  check({ model, report }) {
    // The ADDs from the keyword index (the stages' own: not an ONBUILD trigger), not a for-of over
    // every instruction of every stage, which in cold code made an iterator result per step.
    const adds = instructionsOf(model, "ADD");
    for (let i = 0; i < adds.length; i++) {
      const ins = adds[i]!;
      if (!isStageInstruction(model, ins)) continue;
      if (ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name))) continue;
      const { sources } = copyParts(ins);
      if (!sources.length) continue;
      let local = true;
      for (const src of sources) {
        if (src.heredoc) continue;
        const value = ins.json ? src.value : expandedWord(model, ins, src.raw);
        if (value === null || isRemoteSource(value) || isArchiveName(value)) {
          local = false;
          break;
        }
      }
      if (!local) continue;
      const text = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "copy" : "COPY";
      report({ messageId: "useCopy", span: ins.keywordSpan, fix: [{ span: ins.keywordSpan, text }] });
    }
  },
});
