import { instructionsOf } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { parseKeyValues } from "../src/model/keyvalue";
import type { Instruction } from "../src/model/types";

/** BuildKit's secret words, matched as `_`-separated words of the name (plus a few spellings). */
const SECRET_WORDS = new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "pwd", "passphrase", "secret", "token", "privatekey"]);
/** Words that make a secret-looking name harmless (a file path, a version, a public key or a setting about secrets). */
const ALLOW_WORDS = new Set([
  "public", "file", "files", "path", "dir", "version", "url", "uri", "host", "id", "ids", "name", "sock", "socket", "type",
  "method", "mode", "enabled", "enable", "disabled", "required", "length", "len", "size", "algorithm", "alg", "format", "server", "servers",
  "keyserver", "keyring", "config", "cfg", "conf", "fingerprint", "fingerprints", "gpg", "pgp", "gnupg", "expiry", "expires", "ttl", "timeout", "header", "endpoint", "provider", "plugin", "backend",
]);
/** hadolint's substrings that are not already secret words (`api_key` etc. are). */
const SECRET_SUBSTRINGS = ["password", "secret", "private_key", "privatekey", "apikey", "api_key", "client_key", "access_token", "auth_token"];

/**
 * Splits a name into lower-case words at `_`, `-`, `.` and camelCase boundaries: what
 * `name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_.-]+/).filter(Boolean)` gives,
 * read by character codes (the global replace with a pattern took the runtime's slow path for
 * every key that holds a secret fragment). A boundary is a lower-case letter or digit followed by an
 * upper-case letter (the upper-case letter of one boundary cannot start another).
 */
function words(name: string): string[] {
  let split = "";
  let from = 0;
  for (let i = 0; i + 1 < name.length; i++) {
    if (isLowerOrDigit(name.charCodeAt(i)) && isUpper(name.charCodeAt(i + 1))) {
      split += name.slice(from, i + 1) + "_";
      from = i + 1;
    }
  }
  const lower = (from === 0 ? name : split + name.slice(from)).toLowerCase();
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 95;
    if (c !== 95 && c !== 46 && c !== 45) continue; // `_`, `.`, `-`
    if (i > start) out.push(lower.slice(start, i));
    start = i + 1;
  }
  return out;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Credential names both BuildKit (the word KEY) and hadolint (its list) report, although a word of them (ID) is allowed. */
const KNOWN_SECRET_NAMES = new Set(["AWS_ACCESS_KEY_ID"]);

/** Every secret word, substring and known name above holds one of these: a name without any is no secret. */
const SECRET_HINT = /key|auth|credential|pass|pwd|pword|secret|token/;

/** Quotes and escape characters: removed from keys when they are read, so one could split a fragment. */
const QUOTE_OR_ESCAPE = /["'\\`]/;
const QUOTES_AND_ESCAPES = /["'\\`]/g;

/** SECRET_HINT in any case: Unicode case folding matches every character whose lower case is an
 * ASCII letter of it (the Kelvin sign is a `k`), so it finds all that SECRET_HINT finds in a
 * lower-cased name, without a lower-cased copy of the text. */
const SECRET_HINT_ANY_CASE = /key|auth|credential|pass|pwd|pword|secret|token/iu;

/** Does the text hold a secret fragment or one of the extra substrings, in any case? */
function hasHint(text: string, extraSubstrings: readonly string[]): boolean {
  if (SECRET_HINT_ANY_CASE.test(text)) return true;
  if (extraSubstrings.length === 0) return false;
  const lower = text.toLowerCase();
  for (let i = 0; i < extraSubstrings.length; i++) {
    const s = extraSubstrings[i]!;
    if (s !== "" && lower.includes(s.toLowerCase())) return true;
  }
  return false;
}

/**
 * Could a key of an ARG/ENV with this argument text look secret? looksSecret says no to a name
 * holding no fragment, and every key is the text's own characters less some quotes and escapes:
 * a text without a fragment (once those are dropped) has no such key, and is not parsed.
 */
function mayNameSecret(text: string, extraSubstrings: readonly string[]): boolean {
  if (hasHint(text, extraSubstrings)) return true;
  return QUOTE_OR_ESCAPE.test(text) && hasHint(text.replace(QUOTES_AND_ESCAPES, ""), extraSubstrings);
}

/** The text pre-check holds for extra substrings of printable ASCII without quotes or escapes
 * (their lower case is the same in a name and in the text around it). */
function quickCheckHolds(extraSubstrings: readonly string[]): boolean {
  // (The default option is an empty list: no closure made for it per file.)
  return extraSubstrings.length === 0 || extraSubstrings.every((s) => /^[ -~]*$/.test(s) && !QUOTE_OR_ESCAPE.test(s));
}

// The upper-cased allowedNames per option list (a config's options serve all its files): a Set
// and an array per file before.
const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function allowedSet(allowedNames: readonly string[]): ReadonlySet<string> {
  let set = allowedSets.get(allowedNames);
  if (!set) allowedSets.set(allowedNames, (set = new Set(allowedNames.map((n) => n.toUpperCase()))));
  return set;
}

export function looksSecret(name: string, extraAllowed: ReadonlySet<string> = new Set(), extraSubstrings: readonly string[] = []): boolean {
  // Most names (PATH, NODE_VERSION, ...) are settled here, without splitting them into words.
  if (!SECRET_HINT.test(name.toLowerCase()) && !extraSubstrings.some((s) => s !== "" && name.toLowerCase().includes(s.toLowerCase()))) return false;
  const upper = name.toUpperCase();
  if (extraAllowed.has(upper)) return false;
  if (KNOWN_SECRET_NAMES.has(upper)) return true;
  const ws = words(name);
  if (ws.some((w) => ALLOW_WORDS.has(w))) return false;
  // .NET configuration paths (`Section__0__Key`) use Key/Auth as ordinary setting names.
  const dotnet = name.includes("__");
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (SECRET_WORDS.has(w) && !(dotnet && (w === "key" || w === "auth"))) return true;
  }
  const lower = name.toLowerCase();
  return SECRET_SUBSTRINGS.some((s) => lower.includes(s)) || extraSubstrings.some((s) => s !== "" && lower.includes(s.toLowerCase()));
}

/** A value that is a key fingerprint or key id list (hex), i.e. public by nature. */
function isFingerprintList(value: string | null): boolean {
  return value !== null && /^[0-9A-Fa-f]{8,}(\s+[0-9A-Fa-f]{8,})*$/.test(value.trim());
}

/** A file path or file name: the secret lives in that file, not in the variable. */
function isPathLike(value: string | null): boolean {
  if (value === null) return false;
  const v = value.trim();
  return /^(\/|\.\.?\/|~\/)\S*$/.test(v) || /^[\w.-]+\.(sh|txt|json|ya?ml|pass|pem|key|crt|cert|conf|cfg|properties|xml|env|ini|p12|jks)$/i.test(v);
}

/** Booleans and small numbers are settings, never secrets (`ENV BASIC_AUTH=false`). */
function isSetting(value: string | null): boolean {
  return value !== null && /^(true|false|yes|no|on|off|enabled?|disabled?|none|\d{1,5})$/i.test(value.trim());
}

/** The value is only references to variables whose names say they are public (`$NGINX_GPG_FINGERPRINT`, `${KEY_URL}`). */
function namesPublicValue(value: string): boolean {
  const m = /^(?:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\s*)+$/.exec(value.trim());
  if (!m) return false;
  const names = [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((x) => x[1]!);
  return names.length > 0 && names.every((n) => words(n).some((w) => ALLOW_WORDS.has(w)));
}

export default defineRule({
  id: "arg-env-no-secret",
  keywords: ["ARG", "ENV"],
  description: "Do not pass secrets through ARG or ENV",
  severity: "warning",
  related: ["hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv"],
  messages: {
    secret: "{{keyword}} '{{name}}' looks like a secret; ARG and ENV values are stored in the image history and metadata. Pass it with 'RUN --mount=type=secret,id={{id}}' instead",
  },
  options: {
    allowedNames: {
      description: "Variable names that look secret but are not (matched case-insensitively)",
      default: [] as string[],
      schema: { type: "array", items: { type: "string" } },
    },
    extraSecretSubstrings: {
      description: "Further parts of a name that make it look secret, matched case-insensitively anywhere in the name (the hadolint preset adds hadolint's 'username' and 'private')",
      default: [] as string[],
      hadolint: ["username", "private"],
      schema: { type: "array", items: { type: "string" } },
    },
    checkGlobalArgs: {
      description: "Also check the global ARGs before the first FROM, as hadolint does; by default, as BuildKit, only ARGs inside a stage are checked",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D", "FROM node:22\nARG NPM_TOKEN_FILE=/run/secrets/npm"],
    invalid: ["FROM node:22\nARG NPM_TOKEN\nRUN npm ci", "FROM postgres:16\nENV POSTGRES_PASSWORD=changeme"],
  },
  differs:
    "union of BuildKit's word match and hadolint's list, matched on whole words of the name (so TOKENIZERS_PARALLELISM or KEYRING are not secrets), with public-key fingerprints (docker-library's GPG_KEY, also when the value is a variable named as one), ENV set to an empty value (also after expansion) or copying only variables the file does not declare, and names ending in _FILE/_PATH/_URL/_VERSION allowed; hadolint's bare 'username' and 'private' substrings are not taken as secrets (ARG USERNAME=vscode names a user; option extraSecretSubstrings); global ARGs before the first FROM are not checked, as in BuildKit (hadolint checks them, and so does the hadolint preset: option checkGlobalArgs): they reach no image unless a stage declares them again, and that ARG is reported",
  check({ model, options, report }) {
    const allowed = allowedSet(options.allowedNames);
    const quick = quickCheckHolds(options.extraSecretSubstrings);
    const visit = (ins: Instruction) => {
      if (ins.keyword !== "ARG" && ins.keyword !== "ENV") return;
      // Most ARG/ENV name nothing secret-looking: decided from the text, without reading the pairs.
      if (quick && !mayNameSecret(ins.argsText.text, options.extraSecretSubstrings)) return;
      for (const kv of parseKeyValues(ins, ins.keyword === "ARG")) {
        if (!kv.key || !looksSecret(kv.key, allowed, options.extraSecretSubstrings)) continue;
        if (ins.keyword === "ENV" && kv.value !== null && kv.plain === "") continue; // `ENV API_KEY=`: declared empty, nothing stored
        if (kv.value !== null && namesPublicValue(kv.value)) continue;
        const r = kv.value === null ? null : model.expand(kv.value, ins.scope);
        const value = r && !r.unresolved ? r.value : kv.plain;
        // ENV that expands to nothing (`${DB_PASSWORD:-}` with no such ARG), or that only copies variables no ARG/ENV of this
        // file declares (another stage's ARG, the base image's own variable): it stores no value this build supplies.
        if (ins.keyword === "ENV" && r && (r.unresolved ? r.names.length > 0 && r.names.every((n) => r.undefinedNames.includes(n)) : r.value === "")) continue;
        if ([kv.plain, value].some((v) => isFingerprintList(v) || isSetting(v) || isPathLike(v))) continue;
        report({ messageId: "secret", data: { keyword: ins.keyword, name: kv.key, id: kv.key.toLowerCase().replace(/_/g, "-") }, span: kv.keySpan });
      }
    };
    // Only the ARG and ENV instructions, from the keyword index (ONBUILD triggers are filed there
    // too), not a visit of every instruction. Problems are sorted by position afterwards.
    const all = model.instructions;
    const visitAll = (list: readonly Instruction[]) => {
      for (let i = 0; i < list.length; i++) {
        const ins = list[i]!;
        // An ONBUILD trigger is not one of the model's own instructions: always checked. A global
        // ARG reaches no image unless a stage declares it again (that ARG is reported), as BuildKit judges.
        if (all[ins.index] !== ins || ins.stage || options.checkGlobalArgs) visit(ins);
      }
    };
    visitAll(instructionsOf(model, "ARG"));
    visitAll(instructionsOf(model, "ENV"));
  },
});
