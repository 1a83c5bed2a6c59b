import { ignorePackages } from "../src/engine/shared-options";
import { anyName, commandNames } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import type { Arg } from "../src/model/commands";
import { runSites } from "../src/model/commands";
import { mayBePipCommand, pipInstall, PIP_VALUE_OPTIONS } from "../src/model/pip";

const VERSION_OPS = /(===|==|>=|<=|~=|!=|>|<)/;
const VCS = /^(git|hg|svn|bzr)\+/i;

/** True when a requirement names an exact source: a version specifier, a VCS ref, an archive or a path. */
function isPinned(spec: string): boolean {
  if (VERSION_OPS.test(spec)) return true;
  if (VCS.test(spec)) return /@[^/]+$/.test(spec.replace(/#.*$/, "").replace(/^[^:]+:\/\/[^/]*@/, "x://"));
  if (/\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(spec)) return true;
  return spec === "." || spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("~") || spec.includes("/");
}

export default defineRule({
  id: "pip-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with pip",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3013"],
  messages: {
    unpinned:
      "pip package '{{name}}' is not pinned, so each build may install a different version; pin it ('{{name}}==<version>') or install from a requirements or constraints file",
  },
  options: {
    ignorePackages: ignorePackages("pip, setuptools, wheel"),
  },
  examples: {
    valid: [
      "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3",
      "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt",
    ],
    invalid: ["FROM python:3.12-slim\nRUN pip install --no-cache-dir flask"],
  },
  differs:
    "off by default (pins rot; strict preset: warning); judges ARG/ENV values, accepts local paths, archives, VCS refs and 'name @ url', checks packages listed next to '-r' instead of skipping the command, and honours PIP_CONSTRAINT",
  check({ model, options, report }) {
    if (!anyName(commandNames(model), mayBePipCommand)) return; // no pip in the file
    const ignored = new Set(options.ignorePackages.map((p) => p.toLowerCase()));
    for (const { ins } of runSites(model)) {
      const constrained = ins.scope.get("PIP_CONSTRAINT")?.value;
      if (constrained) continue;
      for (const cmd of ins.run!.commands) {
        const pip = pipInstall(cmd);
        if (!pip) continue;
        if (cmd.assignments.some((a) => a.value.startsWith("PIP_CONSTRAINT="))) continue;
        const args = pip.args;
        if (args.some((a) => a.text === "-c" || a.text.startsWith("--constraint") || /^-c\S/.test(a.text))) continue;
        const pkgs: Arg[] = [];
        for (let i = 0; i < args.length; i++) {
          const t = args[i]!.text;
          if (t === "--") {
            for (let k = i + 1; k < args.length; k++) pkgs.push(args[k]!);
            break;
          }
          if (t.startsWith("-") && t.length > 1) {
            if (!t.includes("=") && PIP_VALUE_OPTIONS.has(t)) i++;
            continue;
          }
          if (args[i + 1]?.text === "@" || t.endsWith("@") || /\s@\s/.test(t)) {
            i += t.endsWith("@") ? 1 : 2; // PEP 508 direct reference: name @ url
            continue;
          }
          pkgs.push(args[i]!);
        }
        for (const p of pkgs) {
          if (!p.known) continue;
          if (isPinned(p.text)) continue;
          const name = p.text.replace(/\[.*$/, "").replace(/;.*$/, "");
          if (!name || ignored.has(name.toLowerCase())) continue;
          report({ messageId: "unpinned", data: { name }, span: { start: p.word.start, end: p.word.end } });
        }
      }
    }
  },
});
