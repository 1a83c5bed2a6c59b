import rule from "../rules/label-schema";
import { describe, expect, it } from "vitest";
import { runRule, testRule } from "./helpers/rule-tester";

const labelSchema = {
  "org.opencontainers.image.url": "url",
  "org.opencontainers.image.created": "rfc3339",
  "org.opencontainers.image.licenses": "spdx",
  "org.opencontainers.image.revision": "hash",
  "org.opencontainers.image.version": "semver",
  "org.opencontainers.image.authors": "email",
  "org.opencontainers.image.title": "text",
};
const full =
  'FROM alpine:3.20\nLABEL org.opencontainers.image.url="https://example.com" org.opencontainers.image.created="2024-05-01T12:00:00+02:00" \\\n  org.opencontainers.image.licenses="MIT" org.opencontainers.image.revision="abc1234" org.opencontainers.image.version="1.2.3-rc.1+b5" \\\n  org.opencontainers.image.authors="Team <team@example.com>" org.opencontainers.image.title="x"';

testRule(rule, {
  valid: [
    'FROM a:1\nLABEL foo="bar"',
    'FROM a:1\nLABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0"',
    "FROM a:1\nARG DATE\nLABEL org.opencontainers.image.created=$DATE",
    'FROM a:1\nARG DATE=""\nLABEL org.opencontainers.image.created=$DATE',
    { code: 'FROM a:1\nLABEL org.opencontainers.image.source="github.com/x"', options: { ociLabels: false } },
    { code: full, settings: { labelSchema } },
    { code: full, settings: { labelSchema, strictLabels: true } },
    { code: 'FROM a:1 AS b\nLABEL x="1"\nFROM b\nRUN true', settings: { labelSchema: { x: "text" } } },
  ],
  invalid: [
    { code: 'FROM a:1\nLABEL org.opencontainers.image.source="github.com/x"', errors: [{ messageId: "badValue", line: 2, column: 39, endColumn: 53, message: "absolute URL" }] },
    { code: 'FROM a:1\nLABEL org.opencontainers.image.licenses="Apache License 2.0"', errors: [{ messageId: "badValue", message: "SPDX license expression" }] },
    { code: 'FROM a:1\nLABEL org.opencontainers.image.created="2024-05-01"', errors: [{ messageId: "badValue" }] },
    { code: 'FROM a:1\nLABEL x="1"', settings: { labelSchema: { y: "text" } }, errors: [{ messageId: "missing", line: 1, column: 1, message: "'y'" }] },
    { code: 'FROM a:1\nLABEL x="1"', settings: { labelSchema: { y: "text" }, strictLabels: true }, errors: [{ messageId: "missing" }, { messageId: "superfluous", line: 2, column: 7, endColumn: 8 }] },
    { code: 'FROM a:1\nLABEL y=""', settings: { labelSchema: { y: "text" } }, errors: [{ messageId: "empty", line: 2, column: 9 }] },
    { code: 'FROM a:1\nLABEL v="v1.2.3" h="ABC1234" l="MIT OR GPL-2.0" e="nobody" c="yesterday"', settings: { labelSchema: { v: "semver", h: "hash", l: "spdx", e: "email", c: "rfc3339" } },
      errors: [{ messageId: "badValue" }, { messageId: "badValue" }, { messageId: "badValue" }, { messageId: "badValue" }, { messageId: "badValue" }] },
    { code: 'FROM a:1 AS b\nLABEL x="1"\nFROM alpine:3.20\nCOPY --from=b /x /x', settings: { labelSchema: { x: "text" } }, errors: [{ messageId: "missing", line: 3 }] },
    { code: 'FROM a:1\nARG U=example.com\nLABEL u="$U"', settings: { labelSchema: { u: "url" } }, errors: [{ messageId: "badValue", line: 3, message: "'example.com'" }] },
    // spdx: an id of the SPDX licence list (hadolint's DL3054), not only an id-shaped word; a hash is 7 or 40 hex characters.
    {
      code: 'FROM a:1\nLABEL a="NotALicense" b="MIT" c="GPL-2.0" d="LicenseRef-mine" e="mit" h1="abc12345" h2="abc1234"',
      settings: { labelSchema: { a: "spdx", b: "spdx", c: "spdx", d: "spdx", e: "spdx", h1: "hash", h2: "hash" } },
      errors: [
        { messageId: "badValue", line: 2, column: 9, endColumn: 22, message: "'NotALicense'" },
        { messageId: "badValue", message: "'LicenseRef-mine'" },
        { messageId: "badValue", message: "'mit'" },
        { messageId: "badValue", message: "'abc12345'" },
      ],
    },
  ],
});

describe("label-schema related codes", () => {
  it("names the one hadolint code each report stands for", () => {
    // a bad OCI label outside the schema (strictLabels off) stands for no hadolint code
    const oci = runRule(rule, { code: 'FROM a:1\nLABEL org.opencontainers.image.source="github.com/x"' });
    expect(oci.map((p) => p.related)).toEqual([[]]);
    const code = 'FROM a:1\nLABEL v="v1.2.3" h="ABC1234" e="nobody" c="2024-05-01" u="x.com" l="MIT OR X" t="" s="1"\nLABEL org.opencontainers.image.source="github.com/x"';
    const schema = { v: "semver", h: "hash", e: "email", c: "rfc3339", u: "url", l: "spdx", t: "text", m: "text" } as const;
    const problems = runRule(rule, { code, settings: { labelSchema: { ...schema }, strictLabels: true } });
    expect(problems.map((p) => `${p.messageId} ${(p.related ?? []).join(",")}`).sort()).toEqual(
      [
        "badValue hadolint:DL3052",
        "badValue hadolint:DL3053",
        "badValue hadolint:DL3054",
        "badValue hadolint:DL3055",
        "badValue hadolint:DL3056",
        "badValue hadolint:DL3058",
        "empty hadolint:DL3051",
        "missing hadolint:DL3049",
        "superfluous hadolint:DL3050",
        "superfluous hadolint:DL3050", // s, and the OCI label outside the schema
      ].sort(),
    );
  });
});

// everyStage (the hadolint preset): every stage needs the labels, as hadolint's DL3049, unless another stage
// copies from it or builds on it with the label.
testRule(rule, {
  valid: [
    { code: "FROM alpine:3 AS build\nRUN id\nFROM alpine:3\nLABEL maintainer=me", settings: { labelSchema: { maintainer: "text" } } },
    { code: "FROM alpine:3 AS build\nRUN id\nFROM alpine:3\nCOPY --from=build /a /a\nLABEL maintainer=me", options: { everyStage: true }, settings: { labelSchema: { maintainer: "text" } } },
    { code: "FROM alpine:3 AS base\nLABEL maintainer=me\nFROM base\nRUN id", options: { everyStage: true }, settings: { labelSchema: { maintainer: "text" } } },
  ],
  invalid: [
    {
      code: "FROM alpine:3 AS build\nRUN id\nFROM alpine:3\nLABEL maintainer=me",
      options: { everyStage: true },
      settings: { labelSchema: { maintainer: "text" } },
      errors: [{ messageId: "missing", line: 1 }],
    },
  ],
});
