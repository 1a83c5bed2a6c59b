import rule from "../rules/run-cleanup-later-layer";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
    "FROM alpine:3.20\nRUN wget -O /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz",
    { name: "cleaned in its own RUN, removed again later", code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*" },
    { name: "cache mount", code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*" },
    {
      name: "a later RUN that updates, installs and cleans its own lists",
      code: "FROM ubuntu:22.04\nRUN apt -y update && apt -y install git\nRUN apt-get -q update && apt-get -q install -y curl && rm -rf /var/lib/apt/lists/*",
    },
    { name: "small copied file", code: "FROM python:3.12-slim\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt" },
    { name: "apk --no-cache", code: "FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN rm -rf /var/cache/apk/*" },
    { name: "local ADD archive is unpacked", code: "FROM alpine:3.20\nADD app.tar.gz /opt/\nRUN rm -f /opt/app.tar.gz" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*",
      errors: [{ messageId: "laterCleanup", line: 3, column: 12, endColumn: 32, message: "line 2" }],
    },
    {
      code: "FROM alpine:3.20\nCOPY big.tar.gz /tmp/\nRUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz",
      errors: [{ messageId: "laterCleanup", line: 3, message: "'big.tar.gz' (COPY)" }],
    },
    {
      name: "relative to WORKDIR, curl download",
      code: "FROM alpine:3.20\nWORKDIR /tmp\nRUN curl -fsSL -o tool.zip https://example.com/tool.zip\nRUN unzip tool.zip -d /opt && rm tool.zip",
      errors: [{ messageId: "laterCleanup", line: 4, message: "a download" }],
    },
  ],
});
