import { defineRule } from "../src/engine/types";
import { commandNames, commandsNamed } from "../src/engine/dispatch";
import { commandArgs, type Arg } from "../src/model/commands";

const INSTALL = new Set(["install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"]);
const VALUE_OPTIONS = new Set([
  "--loglevel", "--registry", "--prefix", "--cache", "--userconfig", "--tag", "-w", "--workspace", "--omit", "--include",
  "--install-strategy", "--before", "--os", "--cpu", "--libc", "--script-shell", "-C",
]);

/** "ok", "floating" (a dist-tag such as latest) or "unpinned". */
function judge(spec: string): "ok" | "floating" | "unpinned" {
  if (/^(git|git\+ssh|git\+https?|git\+file|github|gitlab|bitbucket|gist):/i.test(spec) || /^[\w.-]+\/[\w.-]+#/.test(spec))
    return spec.includes("#") ? "ok" : "unpinned";
  if (/\.(tar|tar\.gz|tgz)$/i.test(spec)) return "ok";
  if (/^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:|https?:)/.test(spec)) return "ok";
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at === -1) return "unpinned";
  const version = spec.slice(at + 1);
  if (version === "" || /^(latest|next|canary|beta|alpha|rc|nightly|lts|\*|x)$/i.test(version)) return "floating";
  return "ok";
}

export default defineRule({
  id: "npm-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with npm install <package>",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3016"],
  messages: {
    unpinned: "npm package '{{name}}' is not pinned, so each build may install a different version; write '{{name}}@<version>'",
    floating: "npm package '{{spec}}' follows a moving dist-tag; pin a version ('{{name}}@<version>')",
  },
  options: {},
  examples: {
    valid: ["FROM node:22-alpine\nRUN npm install -g pnpm@9.12.0", "FROM node:22-alpine\nCOPY package*.json ./\nRUN npm ci"],
    invalid: ["FROM node:22-alpine\nRUN npm install -g pnpm"],
  },
  differs: "off by default (pins rot; strict preset: warning); judges ARG/ENV values, recognises npm's install aliases, and treats dist-tags such as '@latest' as unpinned",
  check({ model, report }) {
    if (!commandNames(model).has("npm")) return; // none of its commands in the file
    // The npm commands from commandsNamed, not a walk of every command of every RUN.
    const found = commandsNamed(model, "npm");
    for (let n = 0; n < found.length; n++) {
      const cmd = found[n]!.commands[found[n]!.index]!;
      const args = commandArgs(cmd).slice(1);
      let i = 0;
      while (i < args.length && args[i]!.text.startsWith("-")) i += VALUE_OPTIONS.has(args[i]!.text) ? 2 : 1;
      if (!args[i] || !INSTALL.has(args[i]!.text)) continue;
      const pkgs: Arg[] = [];
      for (let j = i + 1; j < args.length; j++) {
        const t = args[j]!.text;
        if (t === "--") {
          for (let k = j + 1; k < args.length; k++) pkgs.push(args[k]!);
          break;
        }
        if (t.startsWith("-")) {
          if (!t.includes("=") && VALUE_OPTIONS.has(t)) j++;
          continue;
        }
        pkgs.push(args[j]!);
      }
      for (const p of pkgs) {
        if (!p.known) continue;
        const verdict = judge(p.text);
        if (verdict === "ok") continue;
        const at = p.text.indexOf("@", p.text.startsWith("@") ? 1 : 0);
        const name = at === -1 ? p.text : p.text.slice(0, at);
        report({ messageId: verdict, data: { name, spec: p.text }, span: { start: p.word.start, end: p.word.end } });
      }
    }
  },
});
