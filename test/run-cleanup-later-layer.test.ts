import rule from "../rules/run-cleanup-later-layer";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
    "FROM alpine:3.20\nRUN wget -O /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz",
    { name: "cleaned in its own RUN, removed again later", code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*" },
    { name: "a bind mount that takes writes", code: "FROM debian:12\nRUN --mount=type=bind,target=/var/lib/apt/lists,rw apt-get update\nRUN rm -rf /var/lib/apt/lists/*" },
    { name: "cache mount", code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*" },
    {
      name: "a later RUN that updates, installs and cleans its own lists",
      code: "FROM ubuntu:22.04\nRUN apt -y update && apt -y install git\nRUN apt-get -q update && apt-get -q install -y curl && rm -rf /var/lib/apt/lists/*",
    },
    { name: "small copied file", code: "FROM python:3.12-slim\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt" },
    { name: "apk --no-cache", code: "FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN rm -rf /var/cache/apk/*" },
    { name: "local ADD archive is unpacked", code: "FROM alpine:3.20\nADD app.tar.gz /opt/\nRUN rm -f /opt/app.tar.gz" },
    // The COPY pre-check (no archive extension, variable, quote or escape in the text) skips this COPY.
    { name: "copied file without an archive name", code: "FROM alpine:3.20\nCOPY app.conf /tmp/\nRUN rm /tmp/app.conf" },
    // Nothing created before the rm: the rm is skipped without resolving its paths.
    { name: "rm with nothing created earlier", code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/*\nRUN apk add --no-cache curl" },
    { name: "a normal path that only shares a prefix", code: "FROM alpine:3.20\nRUN curl -o /tmp/tool.zip https://example.com/t.zip\nRUN rm /tmp/tool.zip.sig /tmp/tool" },
    { name: "an URL word holding a variable is not an option", code: "FROM alpine:3.20\nARG V=-O\nRUN wget https://example.com/${V} /tmp/t.tgz\nRUN rm /tmp/t.tgz" },
    { name: "creation after the rm", code: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\nRUN apt-get update" },
    // An unknown WORKDIR: the paths of later COPYs and RUNs in the stage are unknown, so none is followed.
    { name: "after a WORKDIR of an unset ARG", code: "FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\nCOPY big.tar.gz /tmp/\nRUN curl -o /tmp/t.zip https://example.com/t.zip\nRUN rm /tmp/big.tar.gz /tmp/t.zip" },
    // COPY to '.': the file is /app/tool.tar.gz, not the whole working directory.
    { name: "an rm of another file beside a COPY to '.'", code: "FROM alpine:3.20\nWORKDIR /app\nCOPY tool.tar.gz .\nRUN rm /app/other.log" },
  ],
  invalid: [
    {
      name: "a read-only bind mount does not take the files",
      code: "FROM debian:12\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "laterCleanup", line: 3 }],
    },
    {
      name: "archive name from a variable passes the COPY pre-check",
      code: "FROM alpine:3.20\nARG PKG=tool.tar.gz\nCOPY $PKG /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz",
      errors: [{ messageId: "laterCleanup", line: 4, message: "'/tmp/tool.tar.gz' (COPY)" }],
    },
    {
      name: "quoted archive name passes the COPY pre-check",
      code: "FROM alpine:3.20\nCOPY [\"tool.zip\", \"/tmp/\"]\nRUN rm /tmp/tool.zip",
      errors: [{ messageId: "laterCleanup", line: 3, message: "'/tmp/tool.zip' (COPY)" }],
    },
    {
      name: "paths that need normalizing still match (trailing '/', '//', '.' and '..' segments)",
      code: "FROM alpine:3.20\nWORKDIR /opt/app/\nRUN curl -o ./dl//tool.zip https://example.com/t.zip\nRUN rm ../app/dl/./tool.zip",
      errors: [{ messageId: "laterCleanup", line: 4, message: "a download" }],
    },
    {
      name: "a first rm with nothing created does not hide a later one",
      code: "FROM debian:12\nRUN rm -rf /tmp/x\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "laterCleanup", line: 4 }],
    },
    {
      name: "a RUN without mounts still removes its own files",
      code: "FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "laterCleanup", line: 4, message: "line 3" }],
    },
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "laterCleanup", line: 3, column: 12, endColumn: 32, message: "line 2" }],
    },
    {
      code: "FROM alpine:3.20\nCOPY big.tar.gz /tmp/\nRUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz",
      errors: [{ messageId: "laterCleanup", line: 3, message: "'/tmp/big.tar.gz' (COPY)" }],
    },
    {
      name: "a COPY to '.' lands in the working directory under its own name",
      code: "FROM alpine:3.20\nWORKDIR /app\nCOPY --from=build /src/bundle.tar.gz .\nRUN tar xzf bundle.tar.gz && rm bundle.tar.gz",
      errors: [{ messageId: "laterCleanup", line: 4, message: "deletes '/app/bundle.tar.gz' (COPY) created by line 3" }],
    },
    {
      name: "a COPY to a folder named without '/' is named by the file removed in it",
      code: "FROM alpine:3.20\nENV WDT=/u01/wdt\nCOPY weblogic-deploy.zip ${WDT}\nRUN cd /u01/wdt && unzip weblogic-deploy.zip && rm weblogic-deploy.zip",
      errors: [{ messageId: "laterCleanup", line: 4, message: "deletes '/u01/wdt/weblogic-deploy.zip' (COPY) created by line 3" }],
    },
    {
      name: "an ADD of a URL to a file name is named by that file, not the URL's",
      code: "FROM debian:12\nADD https://example.com/pwsh-7.4.0-1.deb_amd64.deb /tmp/powershell.deb\nRUN dpkg -i /tmp/powershell.deb\nRUN rm /tmp/powershell.deb",
      errors: [{ messageId: "laterCleanup", line: 4, message: "deletes '/tmp/powershell.deb' (ADD) created by line 2" }],
    },
    {
      name: "relative to WORKDIR, curl download",
      code: "FROM alpine:3.20\nWORKDIR /tmp\nRUN curl -fsSL -o tool.zip https://example.com/tool.zip\nRUN unzip tool.zip -d /opt && rm tool.zip",
      errors: [{ messageId: "laterCleanup", line: 4, message: "a download" }],
    },
    // Option words are expanded only when their unexpanded first character can make a `-`.
    {
      name: "wget's output option from a variable",
      code: "FROM alpine:3.20\nARG OUT=-O\nRUN wget $OUT /tmp/t.tgz https://example.com/t.tgz\nRUN rm /tmp/t.tgz",
      errors: [{ messageId: "laterCleanup", line: 4, message: "a download" }],
    },
    {
      name: "curl's --output= and -o from a variable",
      code: "FROM alpine:3.20\nARG O=-o\nRUN curl --output=/tmp/a.zip https://example.com/a && curl \"$O\" /tmp/b.zip https://example.com/b\nRUN rm /tmp/b.zip /tmp/a.zip",
      errors: [
        { messageId: "laterCleanup", line: 4, column: 8 },
        { messageId: "laterCleanup", line: 4, column: 19 },
      ],
    },
  ],
});
