import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { commandArgs, runSites, shellAssignedBefore } from "../src/model/commands";
import { referencedNames } from "../src/model/expand";
import { imageMayDefine } from "../src/model/image-env";
import type { Instruction, RunScript, ShellWord, SimpleCommand } from "../src/model/types";

function norm(p: string): string {
  return p.replace(/\/+/g, "/").replace(/\/+$/, "") || "/";
}

/** Commands that only prepare the shell or make the folder: a cd after them still starts the RUN's real work. */
const SETUP = new Set(["", "set", "export", "umask", "shopt", "true", ":", "mkdir", "echo"]);

/** A later `rm` removes the folder (or its glob: `rm -rf /usr/src/app-1.0*`): build-from-source scratch space. */
function removedLater(dir: string, later: SimpleCommand[]): boolean {
  return later.some((c) => c.name === "rm" && commandArgs(c).slice(1).some((a) => a.known && !a.text.startsWith("-") && removes(norm(a.text), dir)));
}

/** An rm operand removes `dir`: the folder itself, a folder above it, or a glob (`/usr/src/app-1.0*`) matching either. */
function removes(target: string, dir: string): boolean {
  if (target === "/") return false;
  // Without a `*` the pattern is the text itself: compared, not compiled (an rm of most RUNs that cd).
  if (!target.includes("*")) {
    for (let d = dir; d !== "" && d !== "/"; d = d.slice(0, d.lastIndexOf("/"))) if (d === target) return true;
    return false;
  }
  const pattern = new RegExp("^" + target.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  for (let d = dir; d !== "" && d !== "/"; d = d.slice(0, d.lastIndexOf("/"))) if (pattern.test(d)) return true;
  return false;
}

/** The target depends on something WORKDIR cannot see: a shell variable of this script or a command substitution. */
function shellOnlyTarget(word: ShellWord, ins: Instruction, script: RunScript, index: number): boolean {
  if (!word.hasExpansion) return false;
  if (/\$\(|`/.test(word.raw)) return true;
  const assigned = shellAssignedBefore(script.commands, index);
  return referencedNames(word.raw).some((n) => assigned.has(n) || (!ins.scope.has(n) && !(ins.stage && imageMayDefine(ins.stage, n))));
}

/** The known folder a cd goes to, if any. */
function cdTarget(cmd: SimpleCommand): string | undefined {
  const w = targetWord(cmd);
  return w ? (w.expanded ?? undefined) : undefined;
}

/** The folder word of a cd (after -L/-P options). */
function targetWord(cmd: SimpleCommand): ShellWord | undefined {
  return cmd.words.slice(1).find((w) => !/^-[LPe@]+$/.test(w.value));
}

/** True when a cd is deliberate scoping rather than a missing WORKDIR. */
function scoped(cmd: SimpleCommand, i: number, ins: Instruction, script: RunScript): boolean {
  const commands = script.commands;
  if (cmd.subshellDepth > 0 || cmd.compound || cmd.substitution) return true;
  const word = targetWord(cmd);
  if (!word) return true; // bare `cd` goes home: a return
  // Nothing runs after it, or the script moves on or back later (`cd /`, `cd ..`, `cd -`, another
  // folder): the author manages the directory. Read in place: most cd commands stop here, and the
  // list of later commands is made only past this point.
  let runsLater = false;
  for (let k = i + 1; k < commands.length; k++) {
    const c = commands[k]!;
    if (c.substitution) continue;
    runsLater = true;
    if (c.name === "cd" && c.subshellDepth === 0 && !c.compound) return true;
  }
  if (!runsLater) return true;
  if (shellOnlyTarget(word, ins, script, i)) return true; // `WORKDIR $SRC` would expand to nothing
  const value = word.expanded ?? word.value;
  if (!value.startsWith("/")) return true; // relative: into something this build made, relative to the current WORKDIR
  const dir = norm(value);
  if (dir === "/" || /^\/(tmp|var\/tmp)(\/|$)/.test(dir)) return true; // a return, or scratch space
  // Into a folder below one an earlier cd of this RUN worked in (`cd /u01 && jar xf p.zip && cd - && cd /u01/27117282`):
  // the material that step unpacked; a WORKDIR before the RUN cannot stand for it.
  if (commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound && cdTarget(c)?.startsWith("/") && dir.startsWith(norm(cdTarget(c)!) + "/"))) return true;
  // Back home after an earlier cd of the same RUN (`cd /usr/src/x && make install && cd /root && rm -rf /usr/src/x`): a return.
  if (dir === "/root" && commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound)) return true;
  if (removedLater(dir, commands.slice(i + 1).filter((c) => !c.substitution))) return true;
  const before = commands.slice(0, i).filter((c) => !c.substitution && c.subshellDepth === 0);
  // After other work, into a folder the RUN made itself (`mkdir -p /usr/src; cd /usr/src`, `tar -xC /opt/pypy`): its own material.
  if (before.some((c) => !SETUP.has(c.name)) && madeFolders(before).some((m) => dir === m || dir.startsWith(m + "/"))) return true;
  return detour(ins);
}

/** Folders made by earlier commands: mkdir operands and tar's -C/--directory target. */
function madeFolders(before: SimpleCommand[]): string[] {
  const out: string[] = [];
  for (const c of before) {
    // Only these two make folders: no args (each word expanded, an object per word) for the others.
    if (c.name !== "mkdir" && c.name !== "tar") continue;
    const args = commandArgs(c);
    if (c.name === "mkdir") for (const a of args.slice(1)) if (a.known && a.text.startsWith("/")) out.push(norm(a.text));
    if (c.name === "tar")
      args.forEach((a, k) => {
        const next = args[k + 1];
        const inline = /^--directory=(.+)$/.exec(a.text)?.[1];
        if (inline && a.known) out.push(norm(inline));
        else if (next?.known && next.text.startsWith("/") && (a.text === "--directory" || /^-[A-Za-z]*C$/.test(a.text))) out.push(norm(next.text));
      });
  }
  return out.filter((d) => d !== "/");
}

/** The stage already works in a WORKDIR that a later instruction relies on: the cd is a detour for this RUN only, WORKDIR would need a second WORKDIR to come back. */
function detour(ins: Instruction): boolean {
  const stage = ins.stage;
  if (!stage) return false;
  let hasWorkdir = false;
  for (let s: typeof stage | null = stage; s && !hasWorkdir; s = s.parent) hasWorkdir = s.instructions.some((x) => x.keyword === "WORKDIR" && (s !== stage || x.index < ins.index));
  if (!hasWorkdir) return false;
  for (const x of stage.instructions) {
    if (x.index <= ins.index) continue;
    if (x.keyword === "WORKDIR") return false;
    if (["RUN", "COPY", "ADD", "CMD", "ENTRYPOINT"].includes(x.keyword)) return true;
  }
  return false;
}

export default defineRule({
  id: "run-no-cd",
  keywords: ["RUN"],
  description: "Use WORKDIR instead of cd to change directory in RUN",
  severity: "warning",
  related: ["hadolint:DL3003"],
  messages: {
    cd: "'cd {{dir}}' changes directory for the rest of this RUN only and hides where commands run; use 'WORKDIR {{dir}}' before the RUN, or wrap the part in a subshell '( cd {{dir}} && ... )'",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nWORKDIR /src\nRUN make", "FROM alpine:3.20\nRUN (cd /src && make)", "FROM alpine:3.20\nRUN <<EOF\ncd /src\nmake\nEOF"],
    invalid: ["FROM alpine:3.20\nRUN cd /src && make"],
  },
  differs:
    "reports at most one cd per RUN, and accepts a cd that is scoped: inside a subshell, loop or conditional, in a heredoc script, as the last command, followed later by another cd (back to '/', '..' or elsewhere), into a relative folder, into /tmp, into a folder named by a shell variable of the script, into a folder the same RUN removes later (also by glob) or made itself after other work (the build-from-source pattern of official images), and a detour from a WORKDIR that later instructions of the stage still use",
  check({ model, report }) {
    if (!commandNames(model).has("cd")) return; // it reports only cd commands
    // The file's RUNs (the list run-pipefail reads too), not a walk of every instruction; a RUN
    // under a Windows shell, left out of it, has no POSIX scripts to read.
    const sites = runSites(model, { onbuild: false });
    for (let k = 0; k < sites.length; k++) {
      const ins = sites[k]!.ins;
      const run = ins.run!;
      const scripts = run.scripts;
      for (let si = 0; si < scripts.length; si++) {
        const script = scripts[si]!;
        if (script.source === "heredoc") continue; // a script file may cd like any shell script
        // An indexed loop, not findIndex with a closure per script: most commands are not cd.
        const commands = script.commands;
        let cmd: SimpleCommand | null = null;
        for (let i = 0; i < commands.length; i++) {
          if (commands[i]!.name === "cd" && !scoped(commands[i]!, i, ins, script)) {
            cmd = commands[i]!;
            break;
          }
        }
        if (cmd === null) continue;
        report({ messageId: "cd", data: { dir: targetWord(cmd)!.value }, span: { start: cmd.start, end: cmd.end } });
        break; // one report per RUN
      }
    }
  },
});
