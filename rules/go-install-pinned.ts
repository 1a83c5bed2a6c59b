import { defineRule } from "../src/engine/types";
import { commandArgs, runSites, type Arg } from "../src/model/commands";

const VALUE_FLAGS = new Set([
  "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-o", "-mod", "-modfile", "-p", "-pkgdir", "-buildmode",
  "-compiler", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-C", "-exec", "-covermode", "-coverpkg",
]);

const EXACT = /^(v\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?|[0-9a-f]{12,40})$/;

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
    "off by default (pins rot; strict preset: warning); 'go install pkg' and 'go run main.go' without a version are accepted (the module's go.mod pins them), version prefixes and branches such as '@v1' or '@main' count as floating, and 'go get pkg@none' (a removal) is accepted",
  check({ model, report }) {
    for (const { ins } of runSites(model)) {
      for (const cmd of ins.run!.commands) {
        if (cmd.name !== "go") continue;
        const args = commandArgs(cmd).slice(1);
        const sub = args[0]?.text;
        if (sub !== "install" && sub !== "get" && sub !== "run") continue;
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
            if (sub === "get") report({ messageId: "unpinned", data: { spec: s.text }, span: { start: s.word.start, end: s.word.end } });
            continue;
          }
          const version = s.text.slice(at + 1);
          if (version === "none" || EXACT.test(version)) continue;
          report({ messageId: "floating", data: { spec: s.text, version }, span: { start: s.word.start, end: s.word.end } });
        }
      }
    }
  },
});
