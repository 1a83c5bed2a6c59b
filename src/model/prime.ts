// Type feedback for the model build's rare branches, gathered from one small made-up Dockerfile
// before the first real file of a long run.
//
// V8 optimizes a function on the type feedback its code has gathered so far; a branch that never
// ran has none, and the first file that takes it after the function was optimized deoptimizes it
// ("Insufficient type feedback", or "wrong map" for an object shape not met yet). The shell
// parser's rare forms (`[[ ]]`, `;;`, a backtick, `$'...'`, a `${}` in a `${}`), a CRLF comment,
// an escape in a word, an unknown instruction, a windows stage: each deoptimized one of the model's
// functions once or more in a corpus run, and each deoptimization meant running that function
// unoptimized again until V8 compiled it once more. Half the corpus at one thread compiled 20 of the
// model's functions 2 to 4 times; the build itself (buildModelOf, readInstruction, makeInstruction)
// was not compiled again, and ran unoptimized for the rest of the run.
//
// The models of this text (as a one-byte and as a two-byte string) are built, then dropped: they
// change no state that outlives them (the intern table only works for large texts), so the output
// is the same. They cost about as much as a small file's lint, so only runs that lint many files
// ask for them (see src/cli/lint-files.ts).
import { buildModel } from "./build";
import { parsePackageCommand } from "./packages";
import { expandWord } from "./expand";
import { findVarRefs, varRefsInSpan } from "./varrefs";
import type { Scope } from "./types";

/** Lines of every kind the model reads, each rare form at least once. */
const PRIMER_LINES = [
  "# syntax=docker/dockerfile:1",
  "# check=skip=JSONArgsRecommended",
  "ARG BASE=alpine:3.19",
  "ARG VERSION",
  "FROM --platform=$BUILDPLATFORM ${BASE:-alpine} AS build",
  "# a comment\r",
  "ARG TARGETARCH",
  "ENV A=1 B=\"two words\" C='$lit' D=${A:-x}/${B#t} E=\\$esc",
  "ENV LEGACY value with spaces",
  "run echo lower-case keyword",
  "FOO unknown instruction",
  "MAINTAINER someone",
  "LABEL a=b \\",
  "  # comment inside a continuation",
  "",
  "  c=d",
  "WORKDIR /src",
  "COPY --from=build --chown=1:1 --link a b /dst/",
  "COPY --bogus x y",
  'COPY ["a b", "/c"]',
  "ADD --checksum=sha256:0 https://x/y.tgz /z",
  "RUN --mount=type=cache,target=/root/.cache --network=none set -eux; \\",
  "  if [ -f x ]; then a=(1 2) b; elif [[ -n $x && $y == z ]]; then c; else d; fi; \\",
  "  for i in 1 2; do echo \"$i ${i:-0} $(date +%s) `id -u` $((i+1)) \\\" \\$ \\\\\"; done; \\",
  "  for ((i=0; i<3; i++)); do :; done; while read -r l; do :; done < f; until false; do break; done; \\",
  "  case \"$x\" in a|b) echo a ;; c) echo c ;& *) echo b ;;& esac; \\",
  "  f() { echo x; }; function g { :; }; { a; b; } 2>&1 | tee log |& cat; ( cd /x && y ) &>/dev/null; \\",
  "  X=1 cmd $'a\\tb' $\"loc\" 'sq' a\\ b @(x|y) >|o >>o &>>o <>o <<<s 3>&1 <(ls) >(cat) $[1+1] ${a[0]} $@ $? $1 & \\",
  "  (( i++ )); ! true || echo $(echo $(echo `echo n`) \"$(x)\" '$(no)') ${X:+${Y:-${Z}}} ${#X} ${X%%.*} ${X/a/b}",
  "RUN <<EOF",
  "apt-get update && apt-get install -y curl",
  "cat <<X > /f",
  "content",
  "X",
  "EOF",
  "RUN <<-'EOT' bash",
  "\techo heredoc",
  "\techo tabs stripped",
  "\tEOT",
  "RUN cat <<EOF > /x && echo done",
  "body $HOME",
  "EOF",
  "COPY <<EOF /etc/x",
  "content",
  "EOF",
  "RUN [\"sh\", \"-c\", \"echo $HOME && ls\"]",
  "RUN [\"apt-get\", \"install\", \"-y\", \"a\\\"b\", \"\\u0041\"]",
  "CMD []",
  "ENTRYPOINT [\"/bin/sh\", \"-c\"]",
  "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
  "RUN echo $0",
  "RUN [\"echo\", \"exec\"]",
  "RUN 'quoted' a; \"$X\" b",
  "RUN $PKG install -y a && \"apk\" add --no-cache b=1 && sudo pip install c==1 && npm i -g d@1 && yum -y install e",
  "HEALTHCHECK --interval=5s --retries CMD curl -f http://x/ || exit 1",
  "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://x/\"]",
  "HEALTHCHECK CMD curl -f http://x/",
  "ENV Q=\"a\\\"b $Y \\$Z\" \\",
  "  R=${Q:-\"x y\"}",
  "RUN echo $ $/ ${X:-\"a b\"} $(echo \"a\\\"b\" 'c' d\\ e) \\",
  "  && ls -l \\",
  "  /a /b",
  "  ENV S=\"a\\nb $Y\" T=$(echo a\\ b)",
  "COPY a \\",
  "  b \\",
  "  /c/",
  "CMD [\"a\", \\",
  "  \"b\"]",
  "ONBUILD RUN echo onbuild",
  "EXPOSE 80/tcp 443",
  "VOLUME [\"/data\"]",
  "USER 1000:1000",
  "STOPSIGNAL SIGTERM",
  "FROM build",
  "COPY --from=0 /a /b",
  "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win",
  "RUN powershell -Command Write-Host hi",
  "CMD echo done\r",
  "",
];

const PLAIN_SCOPE: Scope = new Map([
  ["PATH", { name: "PATH", value: "/usr/bin", kind: "env" }],
  ["HOME", { name: "HOME", value: undefined, kind: "env" }],
]);

let primed = false;
/** Builds of the primer: one as a one-byte string, one as a two-byte string. (V8 gives a function
 * its feedback only after it has run a while, about eight times its own bytecode; two rounds left
 * the same deoptimizations in a corpus run as eight, whose cost was four times as much.) */
const PRIME_ROUNDS = 2;

/** Builds the models of the primer text, once per thread (later calls do nothing). */
export function primeModel(): void {
  if (primed) return;
  primed = true;
  // The second round's text is two-byte, as a file with a character past Latin-1 is: V8 keeps
  // such a string in another shape, and the first such file deoptimized the code reading the text.
  // (Joined from lines: a flat string, as a file's text is, not a concatenation.)
  const texts = [PRIMER_LINES.join("\n"), [...PRIMER_LINES, "# \u2713", ""].join("\n")];
  for (let k = 0; k < PRIME_ROUNDS; k++) {
    const model = buildModel(texts[k & 1]!, { path: "Dockerfile" });
    // The package commands, which most rules ask of every RUN's commands, the variable
    // references of each instruction, which rules ask of spans of it (their offsets are read from
    // a slice of the text's position map: of several runs for an instruction of several lines),
    // and the spans of JSON arrays' values.
    for (const ins of model.instructions) {
      const run = ins.run ?? ins.onbuild?.run;
      if (run) for (const cmd of run.commands) parsePackageCommand(cmd);
      varRefsInSpan(ins.argsText, { start: ins.start, end: ins.end }, "\\");
      // The source spans of a JSON array's values, read again from its text when asked.
      if (ins.json) void ins.json.spans;
    }
    // Words expanded in a scope of a plain Map (the base image's variables, a rule's own), not the
    // model's scopes.
    expandWord("$PATH:${HOME:-/root} $UNSET", PLAIN_SCOPE);
    findVarRefs("${A:-${B}}$C \\$D '$E' \"$F\" ${G:?m} ${H:+w} ${I#p} ${J%%s} ${K//a/b} ${}", "\\");
  }
}
