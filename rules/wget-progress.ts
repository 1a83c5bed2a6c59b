import { defineRule, type ReportDescriptor } from "../src/engine/types";
import type { SimpleCommand } from "../src/model/types";
import { commandNames, commandsNamed } from "../src/engine/dispatch";
import { commandArgs, hasOption } from "../src/model/commands";

// wget short options that take a value (the rest of a cluster is that value).
const VALUE_SHORT = "oaeiBOPTtwQUlADIXRY";

/** Reports the wget command `cmd` when it prints a progress bar. */
function checkWget(cmd: SimpleCommand, report: (d: ReportDescriptor<"progress">) => void): void {
  const args = commandArgs(cmd).slice(1);
  // A bare `wget` is never reported (the checks below all pass over it). Skipped here: `texts`
  // from an empty `args` is an array of another map, which deoptimized this check (a recompile).
  if (args.length === 0) return;
  if (args.some((a) => !a.known && a.text.startsWith("$"))) return; // options may hide in an unknown variable
  // A loop, not `.map`: `.map` in optimized code makes an array of another (holey) map, on which
  // the reads below, compiled with the builtin's arrays, deoptimized.
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) texts.push(args[i]!.text);
  if (texts.some((t) => t === "-nv" || t === "-V" || t === "-h" || t === "--version" || t === "--help")) return;
  if (hasOption(texts, "q", ["--quiet", "--progress", "--no-verbose", "--output-file", "--append-output"], VALUE_SHORT)) return;
  if (hasOption(texts, "o", [], VALUE_SHORT) || hasOption(texts, "a", [], VALUE_SHORT)) return;
  const w = cmd.words[0]!;
  report({ messageId: "progress", span: { start: w.start, end: w.end } });
}

export default defineRule({
  id: "wget-progress",
  keywords: ["RUN"],
  description: "Limit wget's progress output in RUN",
  severity: "info",
  related: ["hadolint:DL3047"],
  messages: {
    progress:
      "'wget' without a progress option prints a progress line for every few kilobytes into the build log; add '--progress=dot:giga' (GNU wget) or '-q' (BusyBox wget)",
  },
  options: {},
  examples: {
    valid: ["FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a.tgz", "FROM alpine:3.20\nRUN wget -qO- https://example.com/a.sh | sh"],
    invalid: ["FROM debian:12\nRUN wget https://example.com/a.tgz"],
  },
  differs: "understands option clusters such as '-qO-' and '-nv', and skips wget calls that print only their version or help",
  check({ model, report }) {
    if (!commandNames(model).has("wget")) return; // none of its commands in the file
    const found = commandsNamed(model, "wget");
    for (let i = 0; i < found.length; i++) checkWget(found[i]!.commands[found[i]!.index]!, report);
  },
});
