import { defineRule } from "../src/engine/types";
import { commandNames, commandsNamed } from "../src/engine/dispatch";
import { commandArgs, type Arg } from "../src/model/commands";

const VALUE_OPTIONS = new Set([
  "-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-p", "--http-proxy", "--platform",
  "-P", "--trust-policy", "-g", "--file", "--build-root", "--target-rbconfig", "--config-file",
]);

export default defineRule({
  id: "gem-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of gems installed with gem install",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3028"],
  messages: {
    unpinned: "gem '{{name}}' is not pinned, so each build may install a different version; add '-v <version>' or write '{{name}}:<version>'",
  },
  options: {},
  examples: {
    valid: ["FROM ruby:3.3\nRUN gem install bundler -v 2.5.22", "FROM ruby:3.3\nRUN gem install --no-document bundler:2.5.22"],
    invalid: ["FROM ruby:3.3\nRUN gem install --no-document bundler"],
  },
  differs: "off by default (pins rot; strict preset: warning); knows which gem options take a value, so 'gem install --no-document rails' is checked (hadolint skips the word after any option)",
  check({ model, report }) {
    if (!commandNames(model).has("gem")) return; // none of its commands in the file
    // The gem commands from commandsNamed, not a walk of every command of every RUN.
    const found = commandsNamed(model, "gem");
    for (let n = 0; n < found.length; n++) {
      const cmd = found[n]!.commands[found[n]!.index]!;
      const args = commandArgs(cmd).slice(1);
      if (args[0]?.text !== "install" && args[0]?.text !== "i") continue;
      const rest = args.slice(1);
      const before = rest.findIndex((a) => a.text === "--");
      const opts = before === -1 ? rest : rest.slice(0, before);
      if (opts.some((a) => a.text === "-v" || a.text === "--version" || a.text.startsWith("--version=") || /^-v\S/.test(a.text))) continue;
      if (opts.some((a) => !a.known && a.text.startsWith("$"))) continue;
      const gems: Arg[] = [];
      for (let j = 0; j < opts.length; j++) {
        const t = opts[j]!.text;
        if (t.startsWith("-")) {
          if (!t.includes("=") && VALUE_OPTIONS.has(t)) j++;
          continue;
        }
        gems.push(opts[j]!);
      }
      for (const g of gems) {
        if (!g.known || g.text.includes(":") || /\.gem$/.test(g.text) || g.text.includes("/")) continue;
        report({ messageId: "unpinned", data: { name: g.text }, span: { start: g.word.start, end: g.word.end } });
      }
    }
  },
});
