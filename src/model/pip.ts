// Recognises pip install commands (pip, pip3.12, python -m pip, pipx) for the
// pip rules.
import { commandArgs, type Arg } from "./commands";
import type { ShellWord, SimpleCommand } from "./types";

export interface PipInstall {
  tool: "pip" | "pipx";
  /** Tokens after `install`. */
  args: Arg[];
  command: SimpleCommand;
  /** The `install` word. */
  installWord: ShellWord;
}

/** pip options that take the next word as their value (hadolint's list plus pip's other valued options). */
export const PIP_VALUE_OPTIONS = new Set([
  "--abi", "-b", "--build", "-e", "--editable", "--extra-index-url", "-f", "--find-links", "-i", "--index-url",
  "--implementation", "--no-binary", "--only-binary", "--platform", "--prefix", "--progress-bar", "--proxy",
  "--python", "--python-version", "--root", "--root-user-action", "--src", "-t", "--target", "--trusted-host",
  "--upgrade-strategy", "-r", "--requirement", "-c", "--constraint", "--cache-dir", "--timeout", "--retries",
  "--log", "--report", "--config-settings", "-C", "--global-option", "--install-option", "--exists-action",
  "--cert", "--client-cert", "--use-feature", "--use-deprecated", "--keyring-provider", "--index", "--pip-args",
  "--spec", "--suffix", "--python", "--group",
]);

/** Can a command of this name be a pip install (pip, pip3, pipx, python3 -m pip...)? */
export function mayBePipCommand(name: string): boolean {
  // Every such name starts with 'p': the pip rules ask this of every command name of every file.
  // (The length first: charCodeAt past the end of '', a command without a name, deoptimized this.)
  if (name.length === 0 || name.charCodeAt(0) !== 112) return false;
  return /^pip\d*(\.\d+)?$/.test(name) || name === "pipx" || /^python\d*(\.\d+)?$/.test(name);
}

/** The pip install in `cmd`, or null. */
export function pipInstall(cmd: SimpleCommand): PipInstall | null {
  const name = cmd.name;
  // Most commands are none of these: no argument list for them (rules ask of every command).
  if (!mayBePipCommand(name)) return null;
  const pip = /^pip\d*(\.\d+)?$/.test(name);
  const args = commandArgs(cmd);
  let at = -1;
  let tool: PipInstall["tool"] = "pip";
  if (pip) at = 1;
  else if (name === "pipx") {
    at = 1;
    tool = "pipx";
  } else {
    const m = args.findIndex((a) => a.text === "-m");
    if (m !== -1 && args[m + 1]?.text === "pip") at = m + 2;
  }
  if (at === -1) return null;
  // Global options may come before the subcommand (`pip --no-cache-dir install x`).
  let i = at;
  while (i < args.length && args[i]!.text.startsWith("-")) i += PIP_VALUE_OPTIONS.has(args[i]!.text) ? 2 : 1;
  if (args[i]?.text !== "install") return null;
  return { tool, args: [...args.slice(at, i), ...args.slice(i + 1)], command: cmd, installWord: args[i]!.word };
}
