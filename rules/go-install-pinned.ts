import { defineRule } from "../src/engine/types";
import { commandNames } from "../src/engine/dispatch";
import { commandArgs, runSites, type Arg } from "../src/model/commands";
import { workdirAt } from "../src/model/workdir";
import type { Instruction, Model, Stage } from "../src/model/types";

const VALUE_FLAGS = new Set([
  "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-o", "-mod", "-modfile", "-p", "-pkgdir", "-buildmode",
  "-compiler", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-C", "-exec", "-covermode", "-coverpkg",
]);

const EXACT = /^(v\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?|[0-9a-f]{12,40})$/;

/** A tag that names a release (`v0.11.2`, `1.4`) or a commit: a checkout of it pins the source. */
const PINNED_REF = /^(tags\/)?v?\d+(\.\d+)+([-+.][0-9A-Za-z.+-]*)?$|^[0-9a-f]{7,40}$/;

function joinDir(dir: string | null, to: string): string | null {
  if (to.startsWith("/")) return to.replace(/\/+$/, "") || "/";
  return dir === null ? null : `${dir.replace(/\/$/, "")}/${to}`.replace(/\/\.?$/, "");
}

function inStageOrDescendant(ins: Instruction, stage: Stage): boolean {
  for (let s = ins.stage; s; s = s.parent) if (s === stage) return true;
  return false;
}

/**
 * Folders where a later `git checkout <release or commit>` (or `git reset --hard`) runs, after the command
 * `after` of RUN `from`: in that RUN, later RUNs of its stage and the stages built FROM it. The folder comes
 * from WORKDIR, `cd` in the same RUN and `git -C`. A GOPATH-mode `go get` clones into $GOPATH/src/<package>,
 * so such a checkout there pins what was fetched.
 */
function pinnedCheckoutDirs(model: Model, from: Instruction, after: number): string[] {
  const dirs: string[] = [];
  const stage = from.stage;
  if (!stage) return dirs;
  for (const { ins } of runSites(model, { onbuild: false })) {
    if (ins.index < from.index || !inStageOrDescendant(ins, stage)) continue;
    let dir = workdirAt(model, ins.stage!, ins);
    ins.run!.commands.forEach((cmd, i) => {
      const args = commandArgs(cmd);
      if (cmd.name === "cd") dir = args[1]?.known ? joinDir(dir, args[1].text) : null;
      if (cmd.name !== "git" || (ins === from && i <= after)) return;
      let at = dir;
      let j = 1;
      for (; j < args.length && args[j]!.text.startsWith("-"); j++) if (args[j]!.text === "-C") at = args[++j]?.known ? joinDir(at, args[j]!.text) : null;
      const sub = args[j]?.text;
      if (sub !== "checkout" && sub !== "reset") return;
      const ref = args.slice(j + 1).find((a) => !a.text.startsWith("-"));
      if (at && ref?.known && PINNED_REF.test(ref.text)) dirs.push(at);
    });
  }
  return dirs;
}

/** A checkout folder is the package's GOPATH source folder or a module root above it. */
function checkedOutIn(dirs: readonly string[], spec: string): boolean {
  return dirs.some((d) => {
    const src = d.lastIndexOf("/src/");
    if (src < 0) return false;
    const pkg = d.slice(src + 5);
    return spec === pkg || spec.startsWith(pkg + "/");
  });
}

function isLocal(spec: string): boolean {
  return spec.startsWith(".") || spec.startsWith("/") || spec.endsWith(".go") || spec === "all" || spec === "std" || spec === "cmd";
}

export default defineRule({
  id: "go-install-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of Go tools installed with go install, go get and go run",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3062"],
  messages: {
    floating: "'{{spec}}' resolves '@{{version}}' to whatever is newest when the image is built; pin an exact version ('@v1.2.3') or a commit",
    unpinned: "'go get {{spec}}' without a version fetches the newest release; write '{{spec}}@v<version>'",
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0", "FROM golang:1.23\nWORKDIR /src\nRUN go install ./cmd/app"],
    invalid: ["FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest"],
  },
  differs:
    "off by default (pins rot; strict preset: warning); 'go install pkg' and 'go run main.go' without a version are accepted (the module's go.mod pins them), version prefixes and branches such as '@v1' or '@main' count as floating, and 'go get pkg@none' (a removal) is accepted, and so is a GOPATH-mode 'go get pkg' whose source is then checked out at a release tag or commit ('git checkout v1.2.3' in $GOPATH/src/pkg, by WORKDIR, cd or git -C, in that RUN or a later one)",
  check({ model, report }) {
    if (!commandNames(model).has("go")) return; // none of its commands in the file
    for (const { ins } of runSites(model)) {
      ins.run!.commands.forEach((cmd, index) => {
        if (cmd.name !== "go") return;
        const args = commandArgs(cmd).slice(1);
        const sub = args[0]?.text;
        if (sub !== "install" && sub !== "get" && sub !== "run") return;
        const specs: Arg[] = [];
        for (let j = 1; j < args.length; j++) {
          const t = args[j]!.text;
          if (t === "--") break;
          if (t.startsWith("-")) {
            if (!t.includes("=") && VALUE_FLAGS.has(t.replace(/^--/, "-"))) j++;
            continue;
          }
          specs.push(args[j]!);
          if (sub === "run") break; // the rest are the program's arguments
        }
        for (const s of specs) {
          if (!s.known || isLocal(s.text) || s.text === "tool") continue;
          const at = s.text.lastIndexOf("@");
          if (at === -1) {
            if (sub === "get" && !checkedOutIn(pinnedCheckoutDirs(model, ins, index), s.text))
              report({ messageId: "unpinned", data: { spec: s.text }, span: { start: s.word.start, end: s.word.end } });
            continue;
          }
          const version = s.text.slice(at + 1);
          if (version === "none" || EXACT.test(version)) continue;
          report({ messageId: "floating", data: { spec: s.text, version }, span: { start: s.word.start, end: s.word.end } });
        }
      });
    }
  },
});
