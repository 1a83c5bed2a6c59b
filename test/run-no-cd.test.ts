import rule from "../rules/run-no-cd";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3\nWORKDIR /src\nRUN make",
    "FROM alpine:3\nRUN (cd /src && make)",
    "FROM alpine:3\nRUN make && (cd docs && make html) && make install",
    "FROM alpine:3\nRUN <<EOF\ncd /src\nmake\nEOF",
    "FROM alpine:3\nRUN for d in a b; do cd $d && make; done",
    "FROM alpine:3\nRUN make && cd /",
    'FROM alpine:3\nRUN ["sh", "-c", "(cd /x && make)"]',
    "FROM alpine:3\nRUN echo cd /tmp",
    "FROM alpine:3\nRUN bash <<EOF\ncd /src\nmake\nEOF",
    "FROM alpine:3\nRUN mkdir -p /usr/src/python && cd /usr/src/python && ./configure && make install && cd / && rm -rf /usr/src/python",
    "FROM alpine:3\nENV SRC=/usr/src/app\nRUN cd $SRC/build && make && rm -rf \"$SRC\"",
    'FROM alpine:3\nRUN dir="$(mktemp -d)" && cd "$dir" && make && rm -rf "$dir"',
    "FROM alpine:3\nRUN cd /tmp && curl -O https://x/y.tgz && tar xzf y.tgz",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN cd C:\\ ; dir",
    // Build from source, scoped by a later cd back or elsewhere (official images).
    "FROM alpine:3\nRUN cd /usr/src && tar -xf app.tgz && cd App-1.0 && make install && cd / && rm -rf /usr/src/App-1.0*",
    "FROM alpine:3\nRUN cd /usr/src/php && make && cd .. && docker-php-source delete",
    "FROM alpine:3\nRUN cd /root && make install && cd && rm -rf /root/.cache",
    // Into what an earlier step of the RUN unpacked below the folder it worked in.
    "FROM oraclelinux:8\nRUN cd /u01 && jar xf /u01/p.zip && cd - && \\\n    cd /u01/27117282 && opatch apply -silent && rm /u01/p.zip",
    // The last of several cds returns home before cleaning up (docker-perl): the script manages its folders.
    "FROM debian:12\nWORKDIR /usr/src/perl\nRUN make install && cd /usr/src && tar -xzf cpanm.tgz && cd cpanm-1.7 && perl bin/cpanm . && cd /root && rm -fr /usr/src/perl /usr/src/cpanm-1.7*",
    // A later rm of the folder by glob.
    "FROM alpine:3\nRUN cd /usr/src/App-1.0 && make install && rm -rf /usr/src/App-1.0*",
    // Relative: into something the build made, relative to the WORKDIR.
    "FROM alpine:3\nWORKDIR /usr/src/busybox\nRUN set -eux; cd rootfs; ls",
    // A shell variable of the script: `WORKDIR $SRC` would expand to nothing.
    'FROM alpine:3\nRUN SRC=/usr/local/src/otp; mkdir -p "$SRC"; cd "$SRC"; make',
    'FROM alpine:3\nRUN export SRC=/usr/local/src/otp; cd "$SRC"; make',
    // Mid-script, into a folder the RUN made itself.
    "FROM alpine:3\nRUN apk add gnupg; mkdir -p /usr/src; cd /usr/src; curl -o php.tar.xz https://x",
    "FROM debian:12\nRUN apt-get update; mkdir /opt/pypy; tar -xjC /opt/pypy -f p.tbz; cd /opt/pypy/lib/pypy3.11; pypy3 build.py",
    // A detour from the stage's WORKDIR that later instructions still use.
    'FROM php:8\nWORKDIR /var/www/html\nRUN set -eux; cd "${PHP_INI_DIR%/php}"; cp a b\nCMD ["php-fpm"]',
    "FROM alpine:3\nRUN cd -P /usr/src/x && make && cd /",
  ],
  invalid: [
    { code: "FROM alpine:3\nRUN cd /src && make", errors: [{ messageId: "cd", line: 2, column: 5, endColumn: 12 }] },
    { code: "FROM alpine:3\nRUN apk add git \\\n && cd /opt \\\n && git clone x", errors: [{ messageId: "cd", line: 3, column: 5, endColumn: 12 }] },
    { code: 'FROM alpine:3\nRUN ["sh", "-c", "cd /src && make"]', errors: [{ messageId: "cd", line: 2 }] },
    // One report per RUN: the cd that is not scoped by a later one.
    { code: "FROM alpine:3\nRUN cd /a; make; cd /b; make", errors: [{ messageId: "cd", column: 18 }] },
    { code: "FROM alpine:3\nRUN set -eux; mkdir -p /app; cd /app; make", errors: [{ messageId: "cd", line: 2, column: 30 }] },
    { code: "FROM alpine:3\nENV SRC=/usr/src/app\nRUN cd $SRC && make", errors: [{ messageId: "cd", line: 3 }] },
    // A WORKDIR set earlier, but nothing after the RUN uses it: a WORKDIR is a drop-in.
    { code: "FROM alpine:3\nWORKDIR /x\nRUN cd /src && make", errors: [{ messageId: "cd", line: 3 }] },
    { code: "FROM alpine:3\nRUN cd /app && make && rm -rf /app/build", errors: [{ messageId: "cd", line: 2 }] },
    { code: "FROM alpine:3\nRUN cd /usr/src/app && make && rm -rf /", errors: [{ messageId: "cd", line: 2 }] },
    // /root is a return only after an earlier cd.
    { code: "FROM alpine:3\nRUN cd /root && make", errors: [{ messageId: "cd", line: 2 }] },
  ],
});
