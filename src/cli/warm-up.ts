// Type-feedback warm-up of a long run. V8 compiles a hot function with TurboFan from the type
// feedback its code gathered so far; a branch that never ran has none, and the first file that
// runs it (a `[[ ]]` test, a `case`, an unknown instruction...) throws the compiled code away, and
// V8 compiles the function again later. Each thread of a long run lints these samples once, early
// (results dropped), so the rare forms have run before TurboFan compiles the code that reads them.
// To find what is missing: `node --trace-deopt` on a readable bundle (DFLINT_BUNDLE_READABLE=1)
// over the corpus at one thread; a deopt after the warm-up names the code and the line, and the
// form that reaches it goes in a sample. (Fixing the cause where it is, one object shape or one
// array kind, is better where it can be done: see the flags, expandWord's state, and the spans of
// run-no-apt and env-same-instruction-ref.)

/** After this many files of a thread's run (V8 gives a function feedback after a few calls). */
export const WARM_UP_AT = 8;
/**
 * Only runs of this many files or more. Linting the samples cold costs about 80M instructions,
 * paid back as the run goes on (seeded callgrind, one thread, the first files of half the corpus,
 * without -> with a warm-up): 64 files 1,471,855,793 -> 1,552,464,787 (+5.5 %, the samples of
 * 4ddba6c), 512 files 2,932,586,527 -> 2,903,154,616 (-1.0 %, those of bb9947f), half the corpus
 * -13.6 %. From 200 files a run has two threads, each linting half the files and each warming
 * up: 1024 files give each thread at least 512.
 */
export const WARM_UP_MIN_FILES = 1024;

export const WARM_UP_SAMPLES: readonly string[] = [
  `# syntax=docker/dockerfile:1
# check=error=true
# A sample of rare forms.
ARG BASE=alpine:3.19
ARG VERSION
ARG SCRIPT="\\
    export X=1 \\
    && echo \\"$(echo \\$X)\\" \\
"
ARG LIST="\\
a \\
b \\
"
FROM \${BASE} AS build
LABEL maintainer="someone@example.com" org.opencontainers.image.version=$VERSION
ENV A=1 B="two words" \\
    C=\${VERSION:-dev}
ENV D E
ENV E='single $A' F=a\\ b G="\\$H"
LABEL a='x y' b="q\\"r"
ENV J="a\\c" H="a \\"b\\" \\\\c \\$d" I=\${A:-$B}
COPY <<EOF /data.txt
A line
EOF
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=bind,from=src,source=/x,target=/y \\
    set -eux; \\
    if [[ -n "$A" && $B == t* || -f /etc/x ]]; then echo \`uname -m\` $'a\\tb' $"c" \${#A} \${A%%/*} $((1 + 2)) $[3]; fi; \\
    case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;;& *) arch="$(dpkg --print-architecture)" ;; esac; \\
    f() { echo "\${1:-x}" >&2; }; function g { f "$@"; }; \\
    echo "\${A:-"x"}" "\${A:-$B}" $(echo a\\ b) "$(echo "\\$x")" "\`date\`" $ $/ '$A' "$(echo 'q' "r\\"")" && cd; \\
    "$JAVA_HOME/bin/java" -version && ./install-$A.sh x\\ $(echo b); \\
    arr=(a b "c d"); for x in "\${arr[@]}"; do echo $x 2>/dev/null; done; \\
    while read -r line; do echo "$line"; done < <(cat /etc/os-release) && cat <<-EOF > /tmp/x
\thello $A
\tEOF
RUN <<EOT bash
cat <<X > /tmp/z
text
X
cd "$A/x" && rm -rf "$A/y"
if true; then
  echo y
fi
( (echo z) )
A=1 B=2 env
echo "
\tmulti-line" > /tmp/y
apt-get update && apt-get install -y --no-install-recommends curl=7.* && rm -rf /var/lib/apt/lists/*
EOT
RUN ["sh", "-c", "echo \\"a\\" && apt-get install -y $P"]
RUN ["apt-get", "install", "-y", "vim"]
RUN ["/bin/echo", "x"]
RUN <<EOF
#!/usr/bin/env python3
print(1)
EOF
RUN zypper ref && zypper install --no-confirm vim && yum makecache
COPY --chown=1:1 $A $UNSET_X c d e f g h /dst/
RUN <<EOF
#!/bin/sh
echo "
\tline" > /tmp/w
EOF
ENV K="$A \\
  b \\
  $B \\
  \${C}"
INVALID thing
COPY --from=build --chown=1000:1000 ["a b", "/c/"]
COPY --chown root . /app
COPY --unknown=1 a /b/
ADD --chown a
COPY ["a", \\
  "/b/"]
ADD --keep-git-dir=true https://example.com/x.tar.gz /tmp/
HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]
HEALTHCHECK CMD curl -sf http://localhost/ || exit 1
ONBUILD RUN echo hi
EXPOSE 80/tcp 443
VOLUME ["/data", \\
  "/logs"]
STOPSIGNAL SIGTERM
USER
USER 1000:1000
WORKDIR app
CMD ["node" "server.js"]
ENTRYPOINT exec node
ENTRYPOINT []
FROM build
RUN pip install --no-cache-dir -r requirements.txt; npm ci; cd /app && make
MAINTAINER someone
from build
run echo lower
`,
  '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\n# A comment\r\nSHELL ["powershell", "-Command"]\r\nRUN Write-Host hi; `\r\n    echo there\r\n',
];
