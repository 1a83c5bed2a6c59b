import rule from "../rules/run-stale-update";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
    "FROM alpine:3.20\nRUN apk update && apk add curl",
    { name: "update with no later install", code: "FROM debian:12\nRUN apt-get update\nCMD [\"bash\"]" },
    { name: "other package manager later", code: "FROM debian:12\nRUN apt-get update\nRUN apk add curl" },
    { name: "update + upgrade in one RUN", code: "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\nRUN apt-get install -y curl" },
  ],
  invalid: [
    // Options before the subcommand, and dnf's short 'in': the same parsed commands as the package rules.
    { code: "FROM debian:12\nRUN apt-get update\nRUN apt-get -t bookworm-backports install -y curl", errors: [{ messageId: "staleUpdate", line: 2 }] },
    { code: "FROM fedora:40\nRUN dnf makecache\nRUN dnf -y in curl", errors: [{ messageId: "staleUpdate", line: 2 }] },
    {
      code: "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl",
      errors: [{ messageId: "staleUpdate", line: 2, column: 5, endColumn: 19, message: "(line 3)" }],
    },
    {
      name: "install in a stage built FROM it",
      code: "FROM alpine:3.20 AS base\nRUN apk update\nFROM base\nRUN apk add curl",
      errors: [{ messageId: "staleUpdate", line: 2, message: "apk add" }],
    },
    {
      name: "continuation",
      code: "FROM debian:12\nRUN set -eux; \\\n    apt-get -q update\nRUN apt-get install -y curl",
      errors: [{ messageId: "staleUpdate", line: 3, column: 5 }],
    },
  ],
});
