// BuildKit parity for all its build checks: each case is a small Dockerfile and
// the `line check` pairs `docker build --check` reports (BuildKit's code, see
// /work/shared/reference/buildkit-checks.md), run through the real CLI with the
// default config. A case with `dflint` is a documented deliberate difference (the
// rule's `differs` field): `expect` keeps BuildKit's answer, `dflint` ours.
import { beforeAll, describe, expect, it } from "vitest";
import { expected, type ParityCase, paritySummary, runParity } from "./helpers/parity";

const CODES = [
  "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing", "DuplicateStageName",
  "ReservedStageName", "JSONArgsRecommended", "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath",
  "UndefinedVar", "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "InvalidBaseImagePlatform",
  "RedundantTargetPlatform", "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed",
  "CopyIgnoredFile", "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat",
];

const F = "FROM alpine:3.19\n";

const CASES: ParityCase[] = [
  // StageNameCasing
  { name: "StageNameCasing upper", dockerfile: "FROM alpine:3.19 AS Builder\n", expect: ["1 StageNameCasing"] },
  { name: "StageNameCasing lower", dockerfile: "FROM alpine:3.19 AS builder\nFROM builder\n", expect: [] },
  { name: "StageNameCasing reference only", dockerfile: "FROM alpine:3.19 AS builder\nFROM alpine:3.19\nCOPY --from=Builder /a /a\n", expect: [] },

  // FromAsCasing
  { name: "FromAsCasing upper/lower", dockerfile: "FROM alpine:3.19 as base\n", expect: ["1 FromAsCasing"] },
  { name: "FromAsCasing lower/upper", dockerfile: "from alpine:3.19 AS base\n", expect: ["1 FromAsCasing"] },
  { name: "FromAsCasing As", dockerfile: "FROM alpine:3.19 As base\n", expect: ["1 FromAsCasing"] },
  { name: "FromAsCasing matching (casing tie goes upper)", dockerfile: "FROM alpine:3.19 AS a\nfrom alpine:3.19 as b\n", expect: ["2 ConsistentInstructionCasing"] },

  // NoEmptyContinuation
  {
    name: "NoEmptyContinuation empty line",
    dockerfile: `${F}RUN echo a && \\\n\n    echo b\n`,
    expect: ["4 NoEmptyContinuation"],
    dflint: ["3 NoEmptyContinuation"],
    reason: "continuation-not-empty differs: reported at the empty line itself",
  },
  { name: "NoEmptyContinuation comment line", dockerfile: `${F}RUN echo a && \\\n# note\n    echo b\n`, expect: [] },
  {
    name: "NoEmptyContinuation whitespace line",
    dockerfile: `${F}RUN apk add \\\n    curl \\\n   \n    git\n`,
    expect: ["5 NoEmptyContinuation"],
    dflint: ["4 NoEmptyContinuation"],
    reason: "continuation-not-empty differs: reported at the empty line itself",
  },

  // ConsistentInstructionCasing
  { name: "ConsistentInstructionCasing minority lower", dockerfile: "FROM alpine:3.19\nRUN id\nrun id\nCMD [\"a\"]\n", expect: ["3 ConsistentInstructionCasing"] },
  { name: "ConsistentInstructionCasing majority lower", dockerfile: "from alpine:3.19\nrun id\nRUN id\n", expect: ["3 ConsistentInstructionCasing"] },
  { name: "ConsistentInstructionCasing mixed", dockerfile: "FROM alpine:3.19\nRun id\n", expect: ["2 ConsistentInstructionCasing"] },
  { name: "ConsistentInstructionCasing tie and global ARG", dockerfile: "arg V=3.19\nFROM alpine:$V\nrun id\n", expect: ["3 ConsistentInstructionCasing"] },

  // DuplicateStageName
  { name: "DuplicateStageName", dockerfile: "FROM alpine:3.19 AS a\nFROM alpine:3.19 AS a\n", expect: ["2 DuplicateStageName"] },
  { name: "DuplicateStageName case-insensitive", dockerfile: "FROM alpine:3.19 AS a\nFROM alpine:3.19 AS A\n", expect: ["2 DuplicateStageName", "2 StageNameCasing"] },
  { name: "DuplicateStageName distinct", dockerfile: "FROM alpine:3.19 AS a\nFROM alpine:3.19 AS b\nFROM alpine:3.19\n", expect: [] },

  // ReservedStageName
  { name: "ReservedStageName scratch", dockerfile: "FROM alpine:3.19 AS scratch\n", expect: ["1 ReservedStageName"] },
  { name: "ReservedStageName Context", dockerfile: "FROM alpine:3.19 AS Context\n", expect: ["1 ReservedStageName", "1 StageNameCasing"] },
  { name: "ReservedStageName scratchpad", dockerfile: "FROM scratch AS scratchpad\n", expect: [] },

  // JSONArgsRecommended
  { name: "JSONArgsRecommended CMD", dockerfile: `${F}CMD echo hi\n`, expect: ["2 JSONArgsRecommended"] },
  { name: "JSONArgsRecommended ENTRYPOINT", dockerfile: `${F}ENTRYPOINT ['/run.sh']\n`, expect: ["2 JSONArgsRecommended"] },
  { name: "JSONArgsRecommended SHELL before", dockerfile: `${F}SHELL ["/bin/ash", "-c"]\nCMD echo hi\nHEALTHCHECK CMD true\n`, expect: [] },
  { name: "JSONArgsRecommended SHELL after", dockerfile: `${F}CMD echo hi\nSHELL ["/bin/ash", "-c"]\n`, expect: ["2 JSONArgsRecommended"] },
  { name: "JSONArgsRecommended parent SHELL", dockerfile: `FROM alpine:3.19 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD echo hi\n`, expect: [] },

  // MaintainerDeprecated
  { name: "MaintainerDeprecated", dockerfile: `${F}MAINTAINER me\n`, expect: ["2 MaintainerDeprecated"] },
  { name: "MaintainerDeprecated lower, builder stage", dockerfile: `FROM alpine:3.19 AS b\nmaintainer me\nFROM alpine:3.19\n`, expect: ["2 MaintainerDeprecated", "2 ConsistentInstructionCasing"] },
  { name: "MaintainerDeprecated skipped", dockerfile: `${F}# check=skip=MaintainerDeprecated\nMAINTAINER me\n`, expect: [] },
  { name: "MaintainerDeprecated skipped with a reason", dockerfile: `${F}# check=skip=MaintainerDeprecated // kept for old tooling\nMAINTAINER me\n`, expect: [] },
  { name: "per-instruction skip=all", dockerfile: `${F}# check=skip=all\nMAINTAINER me\nMAINTAINER you\n`, expect: ["4 MaintainerDeprecated"] },
  { name: "per-instruction skip across a blank line", dockerfile: `${F}# check=skip=MaintainerDeprecated\n\nMAINTAINER me\n`, expect: [] },
  { name: "BUILDKIT_DOCKERFILE_CHECK replaces # check=", dockerfile: `# check=skip=MaintainerDeprecated\n${F}MAINTAINER me\nENV k v\n`, buildArgs: { BUILDKIT_DOCKERFILE_CHECK: "skip=LegacyKeyValueFormat" }, expect: ["3 MaintainerDeprecated"] },

  // UndefinedArgInFrom
  { name: "UndefinedArgInFrom", dockerfile: "FROM alpine:${VERSION}\n", expect: ["1 UndefinedArgInFrom"] },
  { name: "UndefinedArgInFrom declared", dockerfile: "ARG VERSION=3.19\nFROM alpine:${VERSION}\nFROM --platform=$BUILDPLATFORM alpine:3.19\n", expect: [] },
  { name: "UndefinedArgInFrom stage ARG does not count", dockerfile: "FROM alpine:3.19\nARG TAG=3.19\nFROM alpine:${TAG:-3.19}\n", expect: ["3 UndefinedArgInFrom"] },
  { name: "UndefinedArgInFrom platform", dockerfile: "FROM --platform=$PLATFORM alpine:3.19\n", expect: ["1 UndefinedArgInFrom"] },

  // WorkdirRelativePath
  { name: "WorkdirRelativePath", dockerfile: `${F}WORKDIR app\n`, expect: ["2 WorkdirRelativePath"] },
  { name: "WorkdirRelativePath after absolute", dockerfile: `${F}WORKDIR /app\nWORKDIR sub\n`, expect: [] },
  { name: "WorkdirRelativePath inherited", dockerfile: `FROM alpine:3.19 AS base\nWORKDIR /app\nFROM base\nWORKDIR sub\n`, expect: [] },
  { name: "WorkdirRelativePath expanded", dockerfile: `${F}ENV D=/srv\nWORKDIR $D\n`, expect: [] },

  // UndefinedVar
  { name: "UndefinedVar on scratch", dockerfile: "FROM scratch\nCOPY $foo .\nARG foo=bar\n", expect: ["2 UndefinedVar"] },
  { name: "UndefinedVar global ARG not redeclared", dockerfile: "ARG VERSION=1\nFROM alpine:3.19\nLABEL v=$VERSION\n", expect: ["3 UndefinedVar"] },
  { name: "UndefinedVar declared", dockerfile: "ARG VERSION=1\nFROM alpine:3.19\nARG VERSION\nENV V=$VERSION\nLABEL v=$V\nRUN echo $UNSET\n", expect: [] },
  { name: "UndefinedVar same ENV", dockerfile: "FROM scratch\nENV A=1 B=$A\n", expect: ["2 UndefinedVar"] },
  { name: "UndefinedVar same name twice in one ENV", dockerfile: `${F}ENV A=1 A=\${A}2\n`, expect: ["2 UndefinedVar"] },
  { name: "UndefinedVar PATH twice in one ENV", dockerfile: `${F}ENV PATH=/a:\${PATH} PATH=/b:\${PATH}\n`, expect: [] },
  { name: "UndefinedVar typo one swap away", dockerfile: `${F}ENV PATH=/opt/bin:$PAHT\n`, expect: ["2 UndefinedVar"] },

  // MultipleInstructionsDisallowed (reported at the earlier instruction)
  {
    name: "MultipleInstructionsDisallowed CMD",
    dockerfile: `${F}CMD ["a"]\nCMD ["b"]\n`,
    expect: ["2 MultipleInstructionsDisallowed"],
  },
  {
    name: "MultipleInstructionsDisallowed HEALTHCHECK NONE",
    dockerfile: `${F}HEALTHCHECK NONE\nENTRYPOINT ["a"]\nHEALTHCHECK CMD ["true"]\n`,
    expect: ["2 MultipleInstructionsDisallowed"],
  },
  { name: "MultipleInstructionsDisallowed per stage", dockerfile: `${F}CMD ["a"]\nFROM alpine:3.19\nCMD ["b"]\nENTRYPOINT ["c"]\n`, expect: [] },

  // LegacyKeyValueFormat
  { name: "LegacyKeyValueFormat ENV (key is a secret word)", dockerfile: `${F}ENV key value\n`, expect: ["2 LegacyKeyValueFormat", "2 SecretsUsedInArgOrEnv"] },
  { name: "LegacyKeyValueFormat LABEL", dockerfile: `${F}LABEL key value=x\n`, expect: ["2 LegacyKeyValueFormat"] },
  { name: "LegacyKeyValueFormat ARG not checked", dockerfile: `${F}ARG a b\nENV k=v\nLABEL k=v\n`, expect: [] },

  // RedundantTargetPlatform
  { name: "RedundantTargetPlatform", dockerfile: "FROM --platform=$TARGETPLATFORM alpine:3.19\n", expect: ["1 RedundantTargetPlatform"] },
  { name: "RedundantTargetPlatform braces", dockerfile: "FROM --platform=${TARGETPLATFORM} alpine:3.19\n", expect: ["1 RedundantTargetPlatform"] },
  { name: "RedundantTargetPlatform two vars", dockerfile: "FROM --platform=$TARGETOS/$TARGETARCH alpine:3.19\n", expect: [] },

  // SecretsUsedInArgOrEnv
  { name: "SecretsUsedInArgOrEnv ENV", dockerfile: `${F}ENV DB_PASSWORD=x\n`, expect: ["2 SecretsUsedInArgOrEnv"] },
  { name: "SecretsUsedInArgOrEnv stage ARG", dockerfile: `${F}ARG GITHUB_TOKEN\n`, expect: ["2 SecretsUsedInArgOrEnv"] },
  { name: "SecretsUsedInArgOrEnv AWS_ACCESS_KEY_ID", dockerfile: `${F}ARG AWS_ACCESS_KEY_ID\n`, expect: ["2 SecretsUsedInArgOrEnv"] },
  { name: "SecretsUsedInArgOrEnv public/version", dockerfile: `${F}ENV PUBLIC_KEY=x\nARG TOKEN_VERSION=1\nENV MONKEY=1\n`, expect: [] },
  { name: "SecretsUsedInArgOrEnv global ARG", dockerfile: "ARG API_TOKEN\nFROM alpine:3.19\n", expect: [] },
  { name: "SecretsUsedInArgOrEnv global ARG declared again in a stage", dockerfile: "ARG API_TOKEN\nFROM alpine:3.19\nARG API_TOKEN\n", expect: ["3 SecretsUsedInArgOrEnv"] },

  // InvalidDefaultArgInFrom
  { name: "InvalidDefaultArgInFrom empty tag", dockerfile: "ARG VERSION\nFROM busybox:$VERSION\n", expect: ["2 InvalidDefaultArgInFrom"], dflint: [], reason: "from-arg-default-valid differs: an ARG without default is taken as a required --build-arg" },
  { name: "InvalidDefaultArgInFrom upper case", dockerfile: "ARG IMG=Alpine\nFROM ${IMG}:3.19\n", expect: ["2 InvalidDefaultArgInFrom"] },
  { name: "InvalidDefaultArgInFrom valid", dockerfile: "ARG V=3.19\nARG X\nFROM alpine:$V\nFROM alpine${X}\n", expect: [] },
  { name: "UndefinedArgInFrom ARG inside a stage", dockerfile: "FROM alpine:3.19\nARG X\nFROM alpine${X}\n", expect: ["3 UndefinedArgInFrom"] },

  // FromPlatformFlagConstDisallowed
  { name: "FromPlatformFlagConstDisallowed", dockerfile: "FROM --platform=linux/amd64 alpine:3.19\n", expect: ["1 FromPlatformFlagConstDisallowed"] },
  { name: "FromPlatformFlagConstDisallowed stage name has arch", dockerfile: "FROM --platform=linux/arm64 alpine:3.19 AS build-arm64\n", expect: [] },
  { name: "FromPlatformFlagConstDisallowed variable", dockerfile: "FROM --platform=$BUILDPLATFORM alpine:3.19\n", expect: [] },

  // CopyIgnoredFile
  { name: "CopyIgnoredFile", dockerfile: `${F}COPY secret.txt /x\n`, files: { ".dockerignore": "secret.txt\n", "secret.txt": "x" }, expect: ["2 CopyIgnoredFile"] },
  { name: "CopyIgnoredFile ADD dir", dockerfile: `${F}ADD build/out.txt /x\n`, files: { ".dockerignore": "build\n" }, expect: ["2 CopyIgnoredFile"] },
  { name: "CopyIgnoredFile not ignored", dockerfile: `${F}COPY app.txt /x\nCOPY --from=alpine:3.19 /secret.txt /y\n`, files: { ".dockerignore": "secret.txt\n", "app.txt": "x" }, expect: [] },

  // InvalidDefinitionDescription (experimental)
  {
    name: "InvalidDefinitionDescription enabled",
    dockerfile: "# check=experimental=InvalidDefinitionDescription\n\n# this is the base\nFROM alpine:3.19 AS base\n",
    expect: ["4 InvalidDefinitionDescription"],
  },
  { name: "InvalidDefinitionDescription good", dockerfile: "# check=experimental=InvalidDefinitionDescription\n\n# base the base stage\nFROM alpine:3.19 AS base\n", expect: [] },
  { name: "InvalidDefinitionDescription off by default", dockerfile: "# this is the base\nFROM alpine:3.19 AS base\n", expect: [] },
  // A `# check=experimental=` comment above one instruction switches the check on for it alone (WithMergedConfigFromComments).
  {
    name: "InvalidDefinitionDescription per instruction",
    dockerfile: "FROM alpine:3.19 AS a\n# check=experimental=InvalidDefinitionDescription\n# this is b\nFROM alpine:3.19 AS b\n# not c\nFROM alpine:3.19 AS c\n",
    expect: ["4 InvalidDefinitionDescription"],
  },
  {
    name: "InvalidDefinitionDescription per instruction, ARG",
    dockerfile: "FROM alpine:3.19\n# check=experimental=all\n# version of the app\nARG VERSION=1\n# the second one\nARG VERSION2=1\n",
    expect: ["4 InvalidDefinitionDescription"],
  },
  {
    name: "InvalidDefinitionDescription per instruction, good description",
    dockerfile: "FROM alpine:3.19 AS a\n# check=experimental=InvalidDefinitionDescription\n# b the second stage\nFROM alpine:3.19 AS b\n",
    expect: [],
  },
  {
    name: "InvalidDefinitionDescription per instruction, the check comment alone",
    dockerfile: "FROM alpine:3.19 AS a\n# check=experimental=InvalidDefinitionDescription\nFROM alpine:3.19 AS b\n",
    expect: ["3 InvalidDefinitionDescription"],
  },

  // ExposeProtoCasing / ExposeInvalidFormat
  { name: "ExposeProtoCasing", dockerfile: `${F}EXPOSE 80/TcP\n`, expect: ["2 ExposeProtoCasing"] },
  { name: "ExposeProtoCasing fine", dockerfile: `${F}EXPOSE 80/tcp 53/udp 3000-3005\n`, expect: [] },
  { name: "ExposeInvalidFormat host port", dockerfile: `${F}EXPOSE 8080:80\n`, expect: ["2 ExposeInvalidFormat"] },
  { name: "ExposeInvalidFormat ip", dockerfile: `${F}EXPOSE 127.0.0.1:80:80/tcp\n`, expect: ["2 ExposeInvalidFormat"] },
  { name: "ExposeInvalidFormat leading colon", dockerfile: `${F}EXPOSE :80\n`, expect: [] },
];

describe("BuildKit parity (build checks)", () => {
  let results: Awaited<ReturnType<typeof runParity>>;
  beforeAll(async () => {
    results = await runParity(CASES, "buildkit", CODES);
  }, 120_000);

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    if (process.env.PARITY_DEBUG && JSON.stringify(results.get(c)) !== JSON.stringify(expected(c))) console.log(`MISMATCH ${c.name}: got ${JSON.stringify(results.get(c))} want ${JSON.stringify(expected(c))}`);
    if (c.dflint) expect(c.reason, "a deliberate difference needs a reason").toBeTruthy();
    if (c.follows) expect(c.dflint, "'follows' marks a documented difference").toBeDefined();
    expect(results.get(c)).toEqual(expected(c));
  });

  it("reports the exact-match rate against the tool's documented behaviour", () => {
    const { exact, line } = paritySummary("BuildKit parity", CASES, results);
    console.log(line);
    expect(exact).toBeGreaterThan(0);
  });
});
