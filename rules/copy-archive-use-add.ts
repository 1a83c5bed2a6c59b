import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { baseName, isTarName } from "../src/model/archives";
import { copiesFromContext, copyParts, type PathArg } from "../src/model/copy";
import { expandedWord } from "../src/model/shipped";
import type { Instruction, ShellWord, SimpleCommand } from "../src/model/types";

/** tar options after which ADD can no longer do the same job. */
const TAR_BLOCKERS = /^--(strip-components|exclude|wildcards|to-stdout|transform|xform|no-same-owner|same-owner|owner|group|keep-old-files|skip-old-files|occurrence|newer|after-date|anchored|files-from)\b|^-[A-Za-z]*[OT]/;

function wordText(w: ShellWord): string | null {
  return w.expanded ?? (w.hasExpansion ? null : w.value);
}

/** The archive a `tar` command extracts, or null when it does not extract one whole archive. */
function tarExtracts(cmd: SimpleCommand): string | null {
  const args = cmd.words.slice(1).map(wordText);
  if (args.some((a) => a === null)) return null;
  const words = args as string[];
  let extract = false;
  let file: string | null = null;
  const operands: string[] = [];
  // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (TAR_BLOCKERS.test(w)) return null;
    if (w === "--extract" || w === "--get") extract = true;
    else if (w.startsWith("--file=")) file = w.slice(7);
    else if (w === "--file" || w === "-C" || w === "--directory") {
      if (w === "--file") file = words[i + 1] ?? null;
      i++;
    } else if (/^--directory=/.test(w)) continue;
    else if (/^-[A-Za-z]+$/.test(w) || (i === 0 && /^[A-Za-z]+$/.test(w) && w.includes("x"))) {
      if (w.includes("x")) extract = true;
      const f = w.indexOf("f");
      if (f !== -1 && f === w.length - 1) {
        file = words[i + 1] ?? null;
        i++;
      } else if (f !== -1) return null; // -fx... : unusual order, do not guess
    } else if (w.startsWith("-")) continue;
    else operands.push(w);
  }
  if (!extract || !file || operands.length) return null; // extracting selected members only
  return file;
}

// Pre-check on a COPY's text: every tar name (isTarName) holds '.t', unless a variable, quote or escape
// spells it; a COPY without any of them records nothing (most COPYs), so it is not parsed.
const MAY_NAME_TAR = /[$"'\\`]|\.t/;

export default defineRule({
  id: "copy-archive-use-add",
  keywords: ["COPY"],
  description: "Use ADD to unpack a local tar archive instead of COPY and tar",
  severity: "info",
  related: ["hadolint:DL3010"],
  messages: {
    useAdd: "'{{file}}' is copied and then unpacked with tar on line {{line}}, which keeps the archive in a layer; 'ADD {{file}} <dir>/' unpacks local tar archives in one step",
  },
  options: {},
  examples: {
    valid: [
      "FROM debian:12\nADD app.tar.gz /opt/app/",
      "FROM debian:12\nCOPY node.tar.xz /tmp/\nRUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1",
    ],
    invalid: ["FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz"],
  },
  differs:
    "only tar extraction of a whole archive counts (ADD cannot unzip, gunzip a non-tar file, strip path components or pick members, so those are not reported), and extraction through ARG/ENV variables is resolved",
  check({ model, report }) {
    if (!commandNames(model).has("tar")) return; // it reports archives a tar command unpacks
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const copied = new Map<string, { ins: Instruction; src: PathArg }>();
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (ins.keyword === "COPY" && copiesFromContext(ins)) {
          if (!MAY_NAME_TAR.test(ins.argsText.text)) continue;
          const { sources, dest } = copyParts(ins);
          for (let k = 0; k < sources.length; k++) {
            const src = sources[k]!;
            if (src.heredoc) continue;
            const v = ins.json ? src.value : expandedWord(model, ins, src.raw);
            if (v === null || !isTarName(v) || /[*?[]/.test(v)) continue;
            copied.set(baseName(v), { ins, src });
            if (dest && sources.length === 1) {
              const d = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
              if (d && !d.endsWith("/") && isTarName(d)) copied.set(baseName(d), { ins, src });
            }
          }
          continue;
        }
        if (!ins.run || ins.run.windowsShell || !copied.size) continue;
        for (let ci = 0; ci < ins.run.commands.length; ci++) {
          const cmd = ins.run.commands[ci]!;
          if (cmd.name !== "tar") continue;
          const file = tarExtracts(cmd);
          if (!file) continue;
          const hit = copied.get(baseName(file));
          if (!hit) continue;
          copied.delete(baseName(file));
          report({ messageId: "useAdd", data: { file: hit.src.value, line: model.lines.position(cmd.start).line }, span: { start: hit.src.start, end: hit.src.end } });
        }
      }
    }
  },
});
