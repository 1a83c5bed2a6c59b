import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { pairKeys, parseKeyValues, type KeyValue } from "../src/model/keyvalue";
import { shippedChain } from "../src/model/shipped";
import type { Instruction, Span, Stage } from "../src/model/types";
// The SPDX licence list (current and deprecated ids), as hadolint's DL3054 checks against Cabal's copy of it.
import licenseIds from "spdx-license-ids/index.json";
import deprecatedLicenseIds from "spdx-license-ids/deprecated.json";

const SPDX_LICENSES: ReadonlySet<string> = new Set([...licenseIds, ...deprecatedLicenseIds]);

const SPDX_ID = /^(?:LicenseRef-|DocumentRef-[A-Za-z0-9.-]+:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]*\+?$/;

function isSpdxId(v: string): boolean {
  return SPDX_ID.test(v) && !/^(AND|OR|WITH)$/i.test(v);
}

/** SPDX license expression: ids joined by AND/OR, WITH exceptions, parentheses. */
function isSpdxExpression(v: string): boolean {
  const tokens = v.replace(/[()]/g, " $& ").trim().split(/\s+/);
  let depth = 0;
  let expectOperand = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === "(") {
      if (!expectOperand) return false;
      depth++;
    } else if (t === ")") {
      if (expectOperand || --depth < 0) return false;
    } else if (t === "AND" || t === "OR" || t === "and" || t === "or") {
      if (expectOperand) return false;
      expectOperand = true;
    } else if (t === "WITH" || t === "with") {
      if (expectOperand || !tokens[i + 1] || !isSpdxId(tokens[i + 1]!)) return false;
      i++;
    } else {
      if (!expectOperand || !isSpdxId(t)) return false;
      expectOperand = false;
    }
  }
  return depth === 0 && !expectOperand;
}

const VALIDATORS: Record<string, { test: (v: string) => boolean; what: string }> = {
  url: { test: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(v), what: "an absolute URL with a scheme, such as 'https://example.com/repo'" },
  rfc3339: {
    test: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v),
    what: "an RFC 3339 timestamp such as '2024-05-01T12:00:00Z'",
  },
  spdx: { test: (v) => SPDX_LICENSES.has(v), what: "a licence identifier from the SPDX list such as 'MIT' or 'Apache-2.0'" },
  spdxExpression: { test: isSpdxExpression, what: "an SPDX license expression such as 'MIT' or 'Apache-2.0 OR MIT'" },
  // hadolint's definition: a short (7) or full (40) lower-case SHA-1.
  hash: { test: (v) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(v), what: "a lower-case git commit hash (7 or 40 hex characters)" },
  semver: {
    test: (v) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
    what: "a semantic version such as '1.2.3' (no leading 'v')",
  },
  email: {
    test: (v) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(v.trim()),
    what: "an e-mail address such as 'team@example.com'",
  },
};

/** Types the OCI image spec gives its pre-defined annotations. */
const OCI_TYPES: Record<string, string> = {
  "org.opencontainers.image.created": "rfc3339",
  "org.opencontainers.image.url": "url",
  "org.opencontainers.image.source": "url",
  "org.opencontainers.image.documentation": "url",
  "org.opencontainers.image.licenses": "spdxExpression",
};

/** hadolint's code for a bad value of each schema type (`text` has none). */
const TYPE_CODES: Record<string, string> = {
  url: "hadolint:DL3052",
  rfc3339: "hadolint:DL3053",
  spdx: "hadolint:DL3054",
  hash: "hadolint:DL3055",
  semver: "hadolint:DL3056",
  email: "hadolint:DL3058",
};

/** The value as written, or the key when the value is empty (`KEY=`). */
function valueOrKeySpan(kv: KeyValue): Span {
  return kv.valueSpan && kv.valueSpan.end > kv.valueSpan.start ? kv.valueSpan : kv.keySpan;
}

/** Does one of `keys` get a type (the lookup the check makes for each label)? */
function anyTypedKey(keys: readonly string[], schema: Record<string, string>, ociLabels: boolean): boolean {
  for (let i = 0; i < keys.length; i++) if (schema[keys[i]!] ?? (ociLabels ? OCI_TYPES[keys[i]!] : undefined)) return true;
  return false;
}

export default defineRule({
  id: "label-schema",
  description: "Give labels the types set in settings.labelSchema and the OCI annotation spec",
  severity: "warning",
  related: ["hadolint:DL3049", "hadolint:DL3050", "hadolint:DL3051", "hadolint:DL3052", "hadolint:DL3053", "hadolint:DL3054", "hadolint:DL3055", "hadolint:DL3056", "hadolint:DL3058"],
  messages: {
    missing: "The shipped image has no label '{{key}}', which settings.labelSchema requires; add LABEL {{key}}=<{{type}}>",
    superfluous: "Label '{{key}}' is not in settings.labelSchema and strictLabels is on; remove it or add it to the schema",
    empty: "Label '{{key}}' is empty; give it a value or remove it",
    badValue: "Label '{{key}}' is '{{value}}', which is not {{what}}",
  },
  options: {
    ociLabels: {
      description: "Check the values of the OCI pre-defined annotation labels (created, url, source, documentation, licenses) even when they are not in the schema",
      default: true as boolean,
      schema: { type: "boolean" },
    },
    everyStage: {
      description: "Require the schema's labels in every stage, as hadolint's DL3049, except a stage that has them from the stage it is built on, or that another stage copies from or builds on with the label; by default only the shipped image must have them",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.licenses="MIT OR Apache-2.0"', "FROM alpine:3.20\nARG CREATED\nLABEL org.opencontainers.image.created=$CREATED"],
    invalid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/me/app"'],
  },
  differs:
    "one rule for hadolint's label-schema codes (missing and superfluous labels are warnings here, info in hadolint); required labels are looked for only in the shipped image (target and its FROM-<stage> ancestors; the hadolint preset looks in every stage, option everyStage); values are judged after ARG/ENV expansion; the OCI pre-defined labels are checked without a schema (licenses as an SPDX expression); a hash is 7 or 40 lower-case hex characters, as in hadolint; an spdx value must be an id of the SPDX licence list (current or deprecated), as in hadolint",
  check({ model, settings, options, report }) {
    const schema = settings.labelSchema ?? {};
    const keys = Object.keys(schema);
    // The LABELs from the keyword index, not a walk of every instruction; a file without any and
    // without a schema (most) has nothing to judge.
    const labelled = instructionsOf(model, "LABEL");
    if (labelled.length === 0 && keys.length === 0) return;
    const labels: { ins: Instruction; kv: KeyValue }[] = [];
    // Without a schema or strictLabels (the defaults) only a key with a type (an OCI label) can be
    // reported: a LABEL without one is passed over on its keys, its pairs not parsed.
    const everyLabel = keys.length > 0 || settings.strictLabels;
    for (let ii = 0; ii < labelled.length; ii++) {
      const ins = labelled[ii]!;
      // The stages' own LABELs, in file order (the index also files ONBUILD LABEL triggers).
      if (!isStageInstruction(model, ins)) continue;
      if (!everyLabel && !anyTypedKey(pairKeys(ins, false), schema, options.ociLabels)) continue;
      for (const kv of parseKeyValues(ins, false)) labels.push({ ins, kv });
    }
    for (let ii = 0; ii < labels.length; ii++) {
      const { ins, kv } = labels[ii]!;
      const key = kv.key;
      const type = schema[key] ?? (options.ociLabels ? OCI_TYPES[key] : undefined);
      if (settings.strictLabels && !(key in schema)) {
        report({ messageId: "superfluous", data: { key }, related: ["hadolint:DL3050"], span: kv.keySpan });
        continue;
      }
      if (!type || kv.value === null) continue;
      const r = model.expand(kv.value, ins.scope);
      if (r.unresolved || r.undefinedNames.length) continue;
      const value = r.value;
      if (value.trim() === "") {
        if (key in schema) report({ messageId: "empty", data: { key }, span: valueOrKeySpan(kv), related: ["hadolint:DL3051"] });
        continue;
      }
      const v = VALIDATORS[type];
      if (!v || v.test(value)) continue;
      const code = key in schema ? TYPE_CODES[type] : undefined;
      report({ messageId: "badValue", data: { key, value, what: v.what }, span: valueOrKeySpan(kv), related: code ? [code] : [] });
    }
    if (!keys.length) return;
    const own = new Map<Stage, Set<string>>();
    for (let ii = 0; ii < labels.length; ii++) {
      const { ins, kv } = labels[ii]!;
      if (!own.has(ins.stage!)) own.set(ins.stage!, new Set());
      own.get(ins.stage!)!.add(kv.key);
    }
    /** The stage or one it is built on (FROM <stage>) sets the label. */
    const has = (stage: Stage, key: string): boolean => {
      for (let s: Stage | null = stage, n = 0; s && n <= model.stages.length; s = s.parent, n++) if (own.get(s)?.has(key)) return true;
      return false;
    };
    const missing = (stage: Stage, key: string) =>
      report({ messageId: "missing", data: { key, type: schema[key]! }, span: stage.from.keywordSpan, related: ["hadolint:DL3049"] });
    if (options.everyStage) {
      for (let si = 0; si < model.stages.length; si++) {
        const stage = model.stages[si]!;
        for (let ki = 0; ki < keys.length; ki++) {
          const key = keys[ki]!;
          if (has(stage, key)) continue;
          // A stage only copied from, or built on by a stage that sets the label itself, is not judged alone.
          if (model.stages.some((t) => t.dependsOn.includes(stage) || (t.parent === stage && own.get(t)?.has(key)))) continue;
          missing(stage, key);
        }
      }
      return;
    }
    const chain = shippedChain(model);
    if (!chain.length) return;
    for (const key of keys) if (!chain.some((s) => own.get(s)?.has(key))) missing(chain[0]!, key);
  },
});
