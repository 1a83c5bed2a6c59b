import rule from "../rules/apk-no-cache";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl",
    "FROM alpine:3.20\nRUN apk --no-cache add curl",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && apk del .build-deps",
    "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl",
    "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk/ apk add curl",
    "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*",
    "FROM alpine:3.20\nARG APK_FLAGS\nRUN apk add $APK_FLAGS curl",
    "FROM alpine:3.20\nARG APK_FLAGS=--no-cache\nRUN apk add $APK_FLAGS curl",
    "FROM alpine:3.20\nRUN apk del curl",
    // A variable that names no package tool, or one with no known value.
    "FROM alpine:3.20\nARG PM=echo\nRUN $PM add curl",
    "FROM alpine:3.20\nARG PM\nRUN $PM add curl",
    "FROM alpine:3.20\nRUN apkx add curl",
    "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /usr/bin/gcc /usr/bin/",
    "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUN apk add curl", errors: [{ messageId: "noCache", line: 2, column: 5, endColumn: 12 }], output: "FROM alpine:3.20\nRUN apk add --no-cache curl" },
    { code: "FROM alpine:3.20\nRUN apk -U add curl", errors: [{ messageId: "noCache", column: 5, endColumn: 15 }], output: "FROM alpine:3.20\nRUN apk -U add --no-cache curl" },
    { code: "FROM alpine:3.20\nRUN apk add curl && apk add --no-cache wget", errors: [{ messageId: "noCache", column: 5 }], output: "FROM alpine:3.20\nRUN apk add --no-cache curl && apk add --no-cache wget" },
    { code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl", errors: [{ messageId: "noCache", column: 32 }], output: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl" },
    { code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl", errors: [{ messageId: "noCache" }], output: "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add --no-cache curl" },
    { code: "FROM alpine:3.20\nRUN set -x \\\n && apk add \\\n    curl", errors: [{ messageId: "noCache", line: 3, column: 5 }], output: "FROM alpine:3.20\nRUN set -x \\\n && apk add --no-cache \\\n    curl" },
    { code: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF", errors: [{ messageId: "noCache", line: 4, column: 1 }], output: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF" },
    { code: "FROM alpine:3.20\nRUN [\"apk\", \"add\", \"curl\"]", errors: [{ messageId: "noCache", line: 2 }] },
    // The tool named by a path, behind a wrapper, or only once a variable is expanded (the command's name alone does not say).
    { code: "FROM alpine:3.20\nRUN /sbin/apk add curl", errors: [{ messageId: "noCache", line: 2 }], output: "FROM alpine:3.20\nRUN /sbin/apk add --no-cache curl" },
    { code: "FROM alpine:3.20\nRUN sudo -u root apk add curl", errors: [{ messageId: "noCache", line: 2 }], output: "FROM alpine:3.20\nRUN sudo -u root apk add --no-cache curl" },
    { code: "FROM alpine:3.20\nARG PM=apk\nRUN $PM add curl", errors: [{ messageId: "noCache", line: 3 }], output: "FROM alpine:3.20\nARG PM=apk\nRUN $PM add --no-cache curl" },
    { code: "FROM alpine:3.20\nARG PM=/sbin/apk\nRUN \"${PM}\" add curl", errors: [{ messageId: "noCache", line: 3 }], output: "FROM alpine:3.20\nARG PM=/sbin/apk\nRUN \"${PM}\" add --no-cache curl" },
    { code: "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20", options: { includeBuilderStages: true }, errors: [{ messageId: "noCache", line: 2 }], output: "FROM alpine:3.20 AS build\nRUN apk add --no-cache gcc\nFROM alpine:3.20" },
  ],
});
