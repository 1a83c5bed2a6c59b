// hadolint parity for the instruction-level DL codes: each case is a small
// Dockerfile and the `line code` pairs hadolint 2.15 reports for the codes under
// test (its documented semantics, see /work/shared/reference/hadolint.md), run
// through the real CLI with a `.hadolint.yaml` present (hadolint-config mode): the converted
// config extends the `hadolint` preset, whose rule options give hadolint's behaviour where it
// differs from BuildKit's or from dflint's defaults (each option's `hadolint` value).
// A case with `dflint` is a documented deliberate difference (the rule's
// `differs` field): `expect` keeps hadolint's answer, `dflint` what we report.
import { beforeAll, describe, expect, it } from "vitest";
import { expected, type ParityCase, paritySummary, runParity } from "./helpers/parity";

const CODES = [
  "DL1001", "DL3000", "DL3002", "DL3006", "DL3007", "DL3010", "DL3011", "DL3012",
  "DL3020", "DL3021", "DL3022", "DL3023", "DL3024", "DL3025", "DL3026", "DL3029",
  "DL3043", "DL3044", "DL3045", "DL3048", "DL3049", "DL3050", "DL3051", "DL3052",
  "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3061", "DL3063",
  "DL3064", "DL3065", "DL3066", "DL3067", "DL4000", "DL4003", "DL4004",
];

const SHA = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const F = "FROM alpine:3.19\n";

const CASES: ParityCase[] = [
  // DL1001: off by default; on with an override
  { name: "DL1001 off by default", dockerfile: `${F}# hadolint ignore=DL3018\nRUN apk add curl\n`, expect: [] },
  { name: "DL1001 inline ignore", config: "override:\n  warning: [DL1001]\n", dockerfile: `${F}# hadolint ignore=DL3018\nRUN apk add curl\n`, expect: ["2 DL1001"] },
  { name: "DL1001 global ignore does not count", config: "override:\n  warning: [DL1001]\n", dockerfile: `# hadolint global ignore=DL3018\n${F}RUN apk add curl\n`, expect: [] },

  // DL3000
  { name: "DL3000 relative", dockerfile: `${F}WORKDIR app\n`, expect: ["2 DL3000"] },
  { name: "DL3000 absolute, variable, quoted", dockerfile: `${F}WORKDIR /app\nWORKDIR $HOME/x\nWORKDIR "/srv"\n`, expect: [] },
  { name: "DL3000 quoted relative", dockerfile: `${F}WORKDIR "app"\n`, expect: ["2 DL3000"] },
  { name: "DL3000 drive letter", dockerfile: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n", expect: [] },
  {
    name: "DL3000 relative after absolute",
    dockerfile: `${F}WORKDIR /app\nWORKDIR sub\n`,
    expect: ["3 DL3000"],
  },

  // DL3002
  { name: "DL3002 last USER root", dockerfile: `${F}USER root\n`, expect: ["2 DL3002", "2 DL3066"] },
  {
    name: "DL3002 root then app",
    dockerfile: `${F}USER root\nRUN id\nUSER app\n`,
    expect: ["2 DL3066", "4 DL3066"],
  },
  { name: "DL3002 0:0", dockerfile: `${F}USER 0:0\n`, expect: ["2 DL3002"] },
  { name: "DL3002 root:root", dockerfile: `${F}USER root:root\n`, expect: ["2 DL3002", "2 DL3066"] },
  { name: "DL3002 no USER", dockerfile: `${F}RUN id\n`, expect: [] },
  {
    name: "DL3002 builder stage",
    dockerfile: "FROM alpine:3.19 AS build\nUSER root\nRUN id\nFROM alpine:3.19\nUSER app\n",
    expect: ["2 DL3002", "2 DL3066", "5 DL3066"],
  },

  // DL3006 / DL3007
  { name: "DL3006 untagged", dockerfile: "FROM ubuntu\n", expect: ["1 DL3006"] },
  { name: "DL3006 registry with port", dockerfile: "FROM localhost:5000/app\n", expect: ["1 DL3006"] },
  { name: "DL3006 scratch, digest, variable", dockerfile: `FROM scratch\nFROM ubuntu@${SHA}\nARG IMG=ubuntu:22.04\nFROM $IMG\n`, expect: [] },
  { name: "DL3006 earlier alias", dockerfile: "FROM ubuntu:22.04 AS base\nFROM base\n", expect: [] },
  { name: "DL3006 later alias", dockerfile: "FROM base\nFROM ubuntu:22.04 AS base\n", expect: ["1 DL3006"] },
  { name: "DL3007 latest", dockerfile: "FROM ubuntu:latest\n", expect: ["1 DL3007"] },
  { name: "DL3007 latest with digest", dockerfile: `FROM ubuntu:latest@${SHA}\n`, expect: [] },
  { name: "DL3007 other tag", dockerfile: "FROM ubuntu:22.04 AS b\nFROM b\n", expect: [] },
  { name: "DL3007 ignored in .hadolint.yaml, DL3006 still reported", config: "ignored: [DL3007]\n", dockerfile: "FROM ubuntu:latest\nFROM ubuntu\n", expect: ["2 DL3006"] },
  { name: "DL3006 ignored in .hadolint.yaml, DL3007 still reported", config: "ignored: [DL3006]\n", dockerfile: "FROM ubuntu:latest\nFROM ubuntu\n", expect: ["1 DL3007"] },

  // DL3010
  { name: "DL3010 copy then tar", dockerfile: `${F}COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n`, expect: ["2 DL3010"] },
  { name: "DL3010 copy without extract", dockerfile: `${F}COPY app.tar.gz /tmp/\n`, expect: [] },
  { name: "DL3010 extract in another stage", dockerfile: `${F}COPY app.tar.gz /tmp/\nFROM alpine:3.19\nRUN tar -xf /tmp/app.tar.gz\n`, expect: [] },
  { name: "DL3010 copy --from then tar", dockerfile: `FROM alpine:3.19 AS b\nFROM alpine:3.19\nCOPY --from=b /app.tar /tmp/\nRUN tar -xf /tmp/app.tar\n`, expect: [] },

  // DL3011
  { name: "DL3011 port too big", dockerfile: `${F}EXPOSE 80 65536\n`, expect: ["2 DL3011"] },
  { name: "DL3011 range end too big", dockerfile: `${F}EXPOSE 8000-70000/tcp\n`, expect: ["2 DL3011"] },
  { name: "DL3011 valid ports", dockerfile: `${F}ARG P=80\nEXPOSE 65535/udp 80 \${P}\n`, expect: [] },

  // DL3012 / DL4003 / DL4004
  { name: "DL3012 two healthchecks", dockerfile: `${F}HEALTHCHECK CMD ["true"]\nHEALTHCHECK NONE\n`, expect: ["3 DL3012"] },
  { name: "DL3012 one per stage", dockerfile: `${F}HEALTHCHECK NONE\nFROM alpine:3.19\nHEALTHCHECK NONE\n`, expect: [] },
  { name: "DL3012 three", dockerfile: `${F}HEALTHCHECK NONE\nHEALTHCHECK NONE\nHEALTHCHECK NONE\n`, expect: ["3 DL3012", "4 DL3012"] },
  { name: "DL4003 two CMD", dockerfile: `${F}CMD ["a"]\nCMD ["b"]\n`, expect: ["3 DL4003"] },
  { name: "DL4003 CMD per stage", dockerfile: `${F}CMD ["a"]\nFROM alpine:3.19\nCMD ["b"]\n`, expect: [] },
  { name: "DL4004 two ENTRYPOINT", dockerfile: `${F}ENTRYPOINT ["a"]\nCMD ["x"]\nENTRYPOINT ["b"]\n`, expect: ["4 DL4004"] },
  { name: "DL4004 one", dockerfile: `${F}ENTRYPOINT ["a"]\nCMD ["x"]\n`, expect: [] },

  // DL3020
  { name: "DL3020 local file", dockerfile: `${F}ADD app.py /app/\n`, expect: ["2 DL3020"] },
  { name: "DL3020 archive and URL", dockerfile: `${F}ADD rootfs.tar.xz /\nADD https://example.com/a.txt /tmp/\nADD "b.tgz" /opt/\n`, expect: [] },
  { name: "DL3020 flags, several sources", dockerfile: `${F}ADD --chown=1:1 a.txt b.txt /dir/\n`, expect: ["2 DL3020"] },
  { name: "DL3020 zip", dockerfile: `${F}ADD app.zip /tmp/\n`, expect: ["2 DL3020"] },

  // DL3021
  { name: "DL3021 multi-source no slash", dockerfile: `${F}COPY a.txt b.txt /dir\n`, expect: ["2 DL3021"] },
  { name: "DL3021 slash", dockerfile: `${F}COPY a.txt b.txt /dir/\n`, expect: [] },
  { name: "DL3021 json form", dockerfile: `${F}COPY ["a.txt", "b.txt", "/dir"]\n`, expect: ["2 DL3021"] },
  { name: "DL3021 ADD not checked", dockerfile: `${F}ADD a.tar b.tar /dir\n`, expect: [] },

  // DL3022 / DL3023
  { name: "DL3022 unknown stage", dockerfile: `${F}COPY --from=builder /a /a\n`, expect: ["2 DL3022"] },
  { name: "DL3022 earlier stage, index, image", dockerfile: `FROM alpine:3.19 AS builder\nFROM alpine:3.19\nCOPY --from=builder /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n`, expect: [] },
  { name: "DL3022 untagged image", dockerfile: `${F}COPY --from=busybox /bin/busybox /bin/\n`, expect: ["2 DL3022"] },
  { name: "DL3022 index too big", dockerfile: `FROM alpine:3.19\nFROM alpine:3.19\nCOPY --from=2 /a /a\n`, expect: ["3 DL3022"] },
  { name: "DL3023 own stage", dockerfile: `FROM alpine:3.19 AS build\nCOPY --from=build /a /b\n`, expect: ["2 DL3023"] },
  { name: "DL3023 other stage", dockerfile: `FROM alpine:3.19 AS build\nFROM alpine:3.19 AS run\nCOPY --from=build /a /b\n`, expect: [] },

  // DL3024
  { name: "DL3024 duplicate", dockerfile: `FROM alpine:3.19 AS x\nFROM alpine:3.19 AS x\n`, expect: ["2 DL3024"] },
  { name: "DL3024 distinct", dockerfile: `FROM alpine:3.19 AS x\nFROM alpine:3.19 AS y\n`, expect: [] },
  {
    name: "DL3024 case differs",
    dockerfile: `FROM alpine:3.19 AS x\nFROM alpine:3.19 AS X\n`,
    expect: [],
  },

  // DL3025
  { name: "DL3025 shell-form CMD", dockerfile: `${F}CMD python app.py\n`, expect: ["2 DL3025"] },
  {
    name: "DL3025 ENTRYPOINT shell and HEALTHCHECK CMD",
    dockerfile: `${F}ENTRYPOINT /run.sh\nHEALTHCHECK CMD curl -f http://localhost/\n`,
    expect: ["2 DL3025", "3 DL3025"],
  },
  { name: "DL3025 exec form", dockerfile: `${F}ENTRYPOINT ["/run.sh"]\nCMD ["a"]\nHEALTHCHECK CMD ["true"]\n`, expect: [] },
  { name: "DL3025 single quotes", dockerfile: `${F}CMD ['a']\n`, expect: ["2 DL3025"] },

  // DL3026
  { name: "DL3026 untrusted", config: "trustedRegistries:\n  - docker.io\n", dockerfile: "FROM gcr.io/distroless/static:nonroot\n", expect: ["1 DL3026"] },
  { name: "DL3026 docker hub default", config: "trustedRegistries:\n  - docker.io\n", dockerfile: "FROM ubuntu:22.04 AS b\nFROM b\nFROM scratch\n", expect: [] },
  { name: "DL3026 COPY --from image", config: "trustedRegistries:\n  - docker.io\n", dockerfile: `${F}COPY --from=quay.io/x/y:1 /a /a\n`, expect: ["2 DL3026"] },
  { name: "DL3026 wildcard", config: "trustedRegistries:\n  - '*.example.com'\n", dockerfile: "FROM registry.example.com/x:1\nFROM ubuntu:22.04\n", expect: ["2 DL3026"] },
  { name: "DL3026 off without list", dockerfile: "FROM gcr.io/x/y:1\n", expect: [] },

  // DL3029 / DL3065
  { name: "DL3029 constant platform", dockerfile: "FROM --platform=linux/amd64 alpine:3.19\n", expect: ["1 DL3029"] },
  { name: "DL3029 BUILDPLATFORM", dockerfile: "FROM --platform=$BUILDPLATFORM alpine:3.19\n", expect: [] },
  {
    name: "DL3029 other variable",
    dockerfile: "ARG P=linux/arm64\nFROM --platform=$P alpine:3.19\n",
    expect: ["2 DL3029"],
  },
  { name: "DL3065 TARGETPLATFORM", dockerfile: "FROM --platform=$TARGETPLATFORM alpine:3.19\n", expect: ["1 DL3065"] },
  { name: "DL3065 braces", dockerfile: "FROM --platform=${TARGETPLATFORM} alpine:3.19\n", expect: ["1 DL3065"] },
  { name: "DL3065 BUILDPLATFORM", dockerfile: "FROM --platform=${BUILDPLATFORM} alpine:3.19\n", expect: [] },

  // DL3043
  { name: "DL3043 ONBUILD ONBUILD", dockerfile: `${F}ONBUILD ONBUILD RUN id\n`, expect: ["2 DL3043"] },
  { name: "DL3043 ONBUILD FROM / MAINTAINER", dockerfile: `${F}ONBUILD FROM alpine:3.19\nONBUILD MAINTAINER me\n`, expect: ["2 DL3043", "3 DL3043"] },
  { name: "DL3043 ONBUILD RUN", dockerfile: `${F}ONBUILD RUN id\nONBUILD COPY . /app\n`, expect: [] },

  // DL3044
  { name: "DL3044 same ENV", dockerfile: `${F}ENV A=1 B=$A\n`, expect: ["2 DL3044"] },
  { name: "DL3044 braces", dockerfile: `${F}ENV A=1 B=\${A}/x\n`, expect: ["2 DL3044"] },
  { name: "DL3044 separate ENV, self-ref", dockerfile: `${F}ENV A=1\nENV B=$A PATH=/x:$PATH\n`, expect: [] },
  { name: "DL3044 other name prefix", dockerfile: `${F}ENV A=1 B=$AB\n`, expect: [] },
  { name: "DL3044 same name twice", dockerfile: `${F}ENV A=1 A=\${A}2\n`, expect: ["2 DL3044"] },
  { name: "DL3044 PATH extended twice", dockerfile: `${F}ENV PATH=/a:\${PATH} PATH=/b:\${PATH}\n`, expect: ["2 DL3044"] },

  // DL3045
  { name: "DL3045 relative no WORKDIR", dockerfile: `${F}COPY a.txt app/\n`, expect: ["2 DL3045"] },
  { name: "DL3045 dot no WORKDIR", dockerfile: `${F}COPY a.txt .\n`, expect: ["2 DL3045"] },
  { name: "DL3045 with WORKDIR", dockerfile: `${F}WORKDIR /app\nCOPY a.txt app/\nCOPY b.txt /b/\n`, expect: [] },
  { name: "DL3045 inherited WORKDIR", dockerfile: `FROM alpine:3.19 AS base\nWORKDIR /app\nFROM base\nCOPY a.txt .\n`, expect: [] },
  { name: "DL3045 WORKDIR in other stage", dockerfile: `FROM alpine:3.19 AS base\nWORKDIR /app\nFROM alpine:3.19\nCOPY a.txt app/\n`, expect: ["4 DL3045"] },

  // DL3048
  { name: "DL3048 upper case", dockerfile: `${F}LABEL Maintainer=me\n`, expect: ["2 DL3048"] },
  { name: "DL3048 reserved, double dot", dockerfile: `${F}LABEL com.docker.x=y\nLABEL a..b=c\n`, expect: ["2 DL3048", "3 DL3048"] },
  { name: "DL3048 good keys", dockerfile: `${F}LABEL org.opencontainers.image.title=x version=1 a-b/c=d\n`, expect: [] },

  // DL3049..DL3058 (label-schema)
  { name: "DL3049 missing", config: "label-schema:\n  maintainer: text\n", dockerfile: `${F}RUN id\n`, expect: ["1 DL3049"] },
  { name: "DL3049 present", config: "label-schema:\n  maintainer: text\n", dockerfile: `${F}LABEL maintainer=me\n`, expect: [] },
  { name: "DL3049 inherited", config: "label-schema:\n  maintainer: text\n", dockerfile: `FROM alpine:3.19 AS base\nLABEL maintainer=me\nFROM base\nRUN id\n`, expect: [] },
  {
    name: "DL3049 builder not used",
    config: "label-schema:\n  maintainer: text\n",
    dockerfile: `FROM alpine:3.19 AS build\nRUN id\nFROM alpine:3.19\nLABEL maintainer=me\n`,
    expect: ["1 DL3049"],
  },
  { name: "DL3050 strict labels", config: "label-schema:\n  maintainer: text\nstrict-labels: true\n", dockerfile: `${F}LABEL maintainer=me other=x\n`, expect: ["2 DL3050"] },
  { name: "DL3050 not strict", config: "label-schema:\n  maintainer: text\n", dockerfile: `${F}LABEL maintainer=me other=x\n`, expect: [] },
  { name: "DL3051 empty", config: "label-schema:\n  maintainer: text\n", dockerfile: `${F}LABEL maintainer=""\n`, expect: ["2 DL3051"] },
  { name: "DL3052 url", config: "label-schema:\n  url: url\n", dockerfile: `${F}LABEL url=example.com\n`, expect: ["2 DL3052"] },
  { name: "DL3052 good url", config: "label-schema:\n  url: url\n", dockerfile: `${F}LABEL url=https://example.com/x\n`, expect: [] },
  { name: "DL3053 date only", config: "label-schema:\n  created: rfc3339\n", dockerfile: `${F}LABEL created=2024-01-01\n`, expect: ["2 DL3053"] },
  { name: "DL3053 good", config: "label-schema:\n  created: rfc3339\n", dockerfile: `${F}LABEL created=2024-01-01T10:00:00Z\n`, expect: [] },
  {
    name: "DL3054 unknown licence id",
    config: "label-schema:\n  license: spdx\n",
    dockerfile: `${F}LABEL license=NotALicense\n`,
    expect: ["2 DL3054"],
  },
  { name: "DL3054 deprecated licence id", config: "label-schema:\n  license: spdx\n", dockerfile: `${F}LABEL license=GPL-2.0\n`, expect: [] },
  { name: "DL3054 expression", config: "label-schema:\n  license: spdx\n", dockerfile: `${F}LABEL license="MIT OR Apache-2.0"\n`, expect: ["2 DL3054"] },
  { name: "DL3054 good spdx", config: "label-schema:\n  license: spdx\n", dockerfile: `${F}LABEL license=MIT\n`, expect: [] },
  { name: "DL3055 upper hex", config: "label-schema:\n  rev: hash\n", dockerfile: `${F}LABEL rev=ABC1234\n`, expect: ["2 DL3055"] },
  { name: "DL3055 good hashes", config: "label-schema:\n  rev: hash\n  full: hash\n", dockerfile: `${F}LABEL rev=abc1234 full=0123456789abcdef0123456789abcdef01234567\n`, expect: [] },
  {
    name: "DL3055 eight chars",
    config: "label-schema:\n  rev: hash\n",
    dockerfile: `${F}LABEL rev=abc12345\n`,
    expect: ["2 DL3055"],
  },
  { name: "DL3056 v prefix", config: "label-schema:\n  version: semver\n", dockerfile: `${F}LABEL version=v1.2.3\n`, expect: ["2 DL3056"] },
  { name: "DL3056 two parts", config: "label-schema:\n  version: semver\n", dockerfile: `${F}LABEL version=1.2\n`, expect: ["2 DL3056"] },
  { name: "DL3056 good", config: "label-schema:\n  version: semver\n", dockerfile: `${F}LABEL version=1.2.3-rc.1+b5\n`, expect: [] },
  { name: "DL3058 bad email", config: "label-schema:\n  maintainer: email\n", dockerfile: `${F}LABEL maintainer=not-an-email\n`, expect: ["2 DL3058"] },
  { name: "DL3058 good email", config: "label-schema:\n  maintainer: email\n", dockerfile: `${F}LABEL maintainer=dev@example.com\n`, expect: [] },

  // DL3057 (off by default)
  { name: "DL3057 off by default", dockerfile: `${F}RUN id\n`, expect: [] },
  { name: "DL3057 enabled, missing", config: "override:\n  warning: [DL3057]\n", dockerfile: `${F}EXPOSE 80\nRUN id\n`, expect: ["1 DL3057"] },
  {
    name: "DL3057 enabled, base image",
    config: "override:\n  warning: [DL3057]\n",
    dockerfile: `${F}RUN id\n`,
    expect: ["1 DL3057"],
  },
  { name: "DL3057 enabled, present", config: "override:\n  warning: [DL3057]\n", dockerfile: `${F}HEALTHCHECK NONE\n`, expect: [] },

  // DL3061
  { name: "DL3061 RUN before FROM", dockerfile: `RUN id\n${F}`, expect: ["1 DL3061"] },
  { name: "DL3061 ARG before FROM", dockerfile: `# syntax=docker/dockerfile:1\nARG V=3.19\nFROM alpine:$V\n`, expect: [] },
  { name: "DL3061 two before FROM", dockerfile: `LABEL a=b\nENV c=d\n${F}`, expect: ["1 DL3061", "2 DL3061"] },

  // DL3063
  { name: "DL3063 scratch alias", dockerfile: "FROM alpine:3.19 AS scratch\n", expect: ["1 DL3063"] },
  { name: "DL3063 context alias", dockerfile: "FROM alpine:3.19 AS context\n", expect: ["1 DL3063"] },
  { name: "DL3063 scratchpad", dockerfile: "FROM alpine:3.19 AS scratchpad\nFROM scratch\n", expect: [] },

  // DL3064
  { name: "DL3064 well-known ENV", dockerfile: `${F}ENV GITHUB_TOKEN=abc\n`, expect: ["2 DL3064"] },
  { name: "DL3064 ARG password", dockerfile: `${F}ARG DB_PASSWORD\n`, expect: ["2 DL3064"] },
  { name: "DL3064 AWS_ACCESS_KEY_ID", dockerfile: `${F}ARG AWS_ACCESS_KEY_ID\n`, expect: ["2 DL3064"] },
  {
    name: "DL3064 global ARG",
    dockerfile: `ARG API_TOKEN\n${F}`,
    expect: ["1 DL3064"],
  },
  // DL3064.hs checks every ARG wherever it stands, so the global one is reported too (as in "DL3064 global ARG").
  { name: "DL3064 global ARG declared again in a stage", dockerfile: `ARG API_TOKEN\n${F}ARG API_TOKEN\n`, expect: ["1 DL3064", "3 DL3064"] },
  { name: "DL3064 harmless", dockerfile: `${F}ENV APP_HOME=/app\nARG VERSION=1\n`, expect: [] },
  {
    name: "DL3064 username",
    dockerfile: `${F}ARG USERNAME=app\n`,
    expect: ["2 DL3064"],
  },

  // DL3066
  { name: "DL3066 named user", dockerfile: `${F}USER app\n`, expect: ["2 DL3066"] },
  { name: "DL3066 numeric, ARG", dockerfile: `${F}USER 1000:1000\nARG UID=1000\nUSER $UID\n`, expect: [] },
  {
    name: "DL3066 ENV does not count",
    dockerfile: `${F}ENV UID=1000\nUSER $UID\n`,
    expect: ["3 DL3066"],
  },
  { name: "DL3066 root", dockerfile: `${F}USER root\n`, expect: ["2 DL3002", "2 DL3066"] },

  // DL3067
  { name: "DL3067 whole filesystem", dockerfile: `FROM alpine:3.19 AS build\nFROM alpine:3.19\nCOPY --from=build / /\n`, expect: ["3 DL3067"] },
  { name: "DL3067 subdir", dockerfile: `FROM alpine:3.19 AS build\nFROM alpine:3.19\nCOPY --from=build /app /app\n`, expect: [] },
  { name: "DL3067 no --from", dockerfile: `${F}COPY / /\n`, expect: [] },

  // DL4000
  { name: "DL4000 MAINTAINER", dockerfile: `${F}MAINTAINER me <me@example.com>\n`, expect: ["2 DL4000"] },
  { name: "DL4000 LABEL instead", dockerfile: `${F}LABEL org.opencontainers.image.authors=me\n`, expect: [] },
  { name: "DL4000 lower case", dockerfile: `${F}maintainer me\n`, expect: ["2 DL4000"] },

  // Pragmas (hadolint's Pragma.hs)
  { name: "pragma stage ignore", dockerfile: `${F}MAINTAINER a\n# hadolint stage ignore=DL4000\nFROM alpine:3.19\nMAINTAINER b\nFROM alpine:3.19\nMAINTAINER c\n`, expect: ["2 DL4000", "7 DL4000"] },
  { name: "pragma stage ignore, finding on the FROM line", dockerfile: `# hadolint stage ignore=DL3006\nFROM ubuntu\n`, expect: ["2 DL3006"] },
  { name: "pragma blanks around = and ,", dockerfile: `# hadolint global ignore = DL4000 , DL3025\n${F}MAINTAINER a\nCMD x\n`, expect: [] },
  { name: "pragma with a non-code token is a plain comment", dockerfile: `${F}# hadolint ignore=DL4000,foo\nMAINTAINER a\n`, expect: ["3 DL4000"] },
  { name: "pragma with a trailing comment", dockerfile: `${F}# hadolint ignore=DL4000 # legacy\nMAINTAINER a\n`, expect: [] },
];

describe("hadolint parity (instruction-level codes)", () => {
  let results: Awaited<ReturnType<typeof runParity>>;
  beforeAll(async () => {
    results = await runParity(CASES, "hadolint", CODES);
  }, 120_000);

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    if (process.env.PARITY_DEBUG && JSON.stringify(results.get(c)) !== JSON.stringify(expected(c))) console.log(`MISMATCH ${c.name}: got ${JSON.stringify(results.get(c))} want ${JSON.stringify(expected(c))}`);
    if (c.dflint) expect(c.reason, "a deliberate difference needs a reason").toBeTruthy();
    if (c.follows) expect(c.dflint, "'follows' marks a documented difference").toBeDefined();
    expect(results.get(c)).toEqual(expected(c));
  });

  it("reports the exact-match rate against the tool's documented behaviour", () => {
    const { exact, line } = paritySummary("hadolint parity (instructions)", CASES, results);
    console.log(line);
    expect(exact).toBeGreaterThan(0);
  });
});
