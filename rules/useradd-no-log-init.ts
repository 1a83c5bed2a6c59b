import { defineRule } from "../src/engine/types";
import { commandNames, commandsNamed } from "../src/engine/dispatch";
import { commandArgs, hasOption, type Arg } from "../src/model/commands";

// useradd options that take a value as the next word.
const VALUE_SHORT = "bcdefgGkKpRPsuU";

export default defineRule({
  id: "useradd-no-log-init",
  keywords: ["RUN"],
  description: "Pass --no-log-init to useradd when the UID is large",
  severity: "warning",
  related: ["hadolint:DL3046"],
  messages: {
    logInit:
      "'useradd' with UID {{uid}} without '-l'/'--no-log-init' writes a sparse /var/log/lastlog and faillog sized by the UID, which the image layer stores at full size; add '--no-log-init'",
  },
  options: {
    minUid: {
      description: "Smallest UID that is reported (lastlog grows with the UID)",
      default: 100000,
      schema: { type: "integer", minimum: 0 },
    },
  },
  examples: {
    valid: ["FROM debian:12\nRUN useradd --no-log-init -u 1000001 app", "FROM debian:12\nRUN useradd -u 1000 app"],
    invalid: ["FROM debian:12\nRUN useradd -u 1000001 app"],
  },
  differs: "also measures the UID in '--uid N', '--uid=N' and '-uN' forms and judges ARG/ENV values; numeric threshold (option minUid) instead of 'more than 5 characters'",
  fixable: true,
  check({ model, options, report }) {
    if (!commandNames(model).has("useradd")) return; // none of its commands in the file
    // The useradd commands from commandsNamed, not a walk of every command of every RUN.
    const found = commandsNamed(model, "useradd");
    for (let n = 0; n < found.length; n++) {
      const cmd = found[n]!.commands[found[n]!.index]!;
      const args = commandArgs(cmd).slice(1);
      const texts = args.map((a) => a.text);
      if (hasOption(texts, "l", ["--no-log-init"], VALUE_SHORT)) continue;
      let uid: Arg | null = null;
      let uidText = "";
      for (let i = 0; i < args.length && !uid; i++) {
        const t = texts[i]!;
        if (t === "--") break;
        if (t === "--uid" || t === "-u") {
          if (args[i + 1]) {
            uid = args[i + 1]!;
            uidText = uid.text;
          }
        } else if (t.startsWith("--uid=")) {
          uid = args[i]!;
          uidText = t.slice(6);
        } else if (/^-[A-Za-z]+/.test(t) && !t.startsWith("--")) {
          // cluster like -ou1000001 or -mu (value in next word)
          for (let j = 1; j < t.length; j++) {
            const c = t[j]!;
            if (c === "u") {
              uid = j + 1 < t.length ? args[i]! : args[i + 1] ?? null;
              uidText = j + 1 < t.length ? t.slice(j + 1) : args[i + 1]?.text ?? "";
              break;
            }
            if (VALUE_SHORT.includes(c)) break;
          }
        }
      }
      if (!uid || !uid.known || !/^\d+$/.test(uidText)) continue;
      if (Number(uidText) < options.minUid) continue;
      const name = cmd.words[0]!;
      report({
        messageId: "logInit",
        data: { uid: uidText },
        span: { start: uid.word.start, end: uid.word.end },
        fix: [{ span: { start: name.end, end: name.end }, text: " --no-log-init" }],
      });
    }
  },
});
