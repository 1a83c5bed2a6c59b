import rule from "../rules/apt-lists-removed";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/* /var/lib/apt/lists/*",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists",
    "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/*",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get distclean",
    "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
    "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl",
    "FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
    "FROM debian:12\nRUN apt-get install -y curl",
    "FROM debian:13\nRUN apt-get install --update -y curl && rm -rf /var/lib/apt/lists/*",
    "FROM debian:12 AS Build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    { code: "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12 AS final\nRUN true", target: "final" },
    "FROM debian:12\nARG LISTS=/var/lib/apt/lists\nRUN apt-get update && apt-get install -y curl && rm -rf $LISTS/*",
    "FROM debian:12\nARG CLEAN\nRUN apt-get update && apt-get install -y curl && rm -rf $CLEAN",
    "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF",
    "FROM debian:12\nRUN [\"sh\", \"-c\", \"apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\"]",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -type f -delete",
    // Only rm, find and clean-up scripts are asked whether they remove the lists.
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && /bin/rm -rf /var/lib/apt/lists/*",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && /usr/local/bin/DoCleanUp.sh",
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt dist-clean",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && find /var/lib/apt/lists -type f", errors: [{ messageId: "listsLeft" }] },
    { code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && ls /var/lib/apt/lists | xargs rm -rf", errors: [{ messageId: "listsLeft" }] },
    { code: "FROM debian:13\nRUN apt-get install --update -y curl", errors: [{ messageId: "listsLeft", column: 5, endColumn: 20, message: "'apt-get install --update'" }] },
    { code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl", errors: [{ messageId: "listsLeft", line: 2, column: 5, endColumn: 19 }] },
    { code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/*", errors: [{ messageId: "listsLeft" }] },
    { code: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl", errors: [{ messageId: "listsLeft", column: 36 }] },
    { code: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl", errors: [{ messageId: "listsLeft" }] },
    { code: "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM BASE\nRUN true", errors: [{ messageId: "listsLeft", line: 2 }] },
    { code: "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12 AS final\nRUN true", target: "build", errors: [{ messageId: "listsLeft", line: 2 }] },
    { code: "FROM debian:12 AS build\nRUN apt-get update\nFROM debian:12\nRUN true", options: { includeBuilderStages: true }, errors: [{ messageId: "listsLeft", line: 2 }] },
    { code: "FROM debian:12\nRUN apt-get update \\\r\n && apt-get install -y curl\r\n", errors: [{ messageId: "listsLeft", line: 2, column: 5 }] },
    { code: "FROM debian:12\nRUN <<EOF\napt-get install -y curl\napt update\nEOF", errors: [{ messageId: "listsLeft", line: 4, column: 1, endColumn: 11 }] },
    { code: "FROM debian:12\nRUN [\"sh\", \"-c\", \"apt-get update && apt-get install -y curl\"]", errors: [{ messageId: "listsLeft", line: 2, column: 19 }] },
  ],
});
