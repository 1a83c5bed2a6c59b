import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

// src/config/errors.ts
import { isAbsolute, relative } from "node:path";
var ConfigError = class extends Error {
  /** The config file at fault, when there is one. */
  file;
  constructor(message, file) {
    super(message), this.name = "ConfigError", this.file = file;
  }
};
function displayPath(path) {
  let rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

// src/config/find.ts
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var DFLINT_CONFIG_NAMES = [".dflint.json", ".dflint.yaml", ".dflint.yml"], HADOLINT_CONFIG_NAMES = [".hadolint.yaml", ".hadolint.yml"], nearestCache = /* @__PURE__ */ new Map();
function clearNearestCache() {
  nearestCache = /* @__PURE__ */ new Map();
}
function isFile(path) {
  try {
    return statSync(path, { throwIfNoEntry: !1 })?.isFile() ?? !1;
  } catch {
    return !1;
  }
}
function nearest(dir) {
  let cached = nearestCache.get(dir);
  if (cached) return cached;
  let own = (names) => {
    for (let name of names) {
      let p = join(dir, name);
      if (isFile(p)) return p;
    }
    return null;
  }, dflint = own(DFLINT_CONFIG_NAMES), hadolint = own(HADOLINT_CONFIG_NAMES), result;
  if (dflint && hadolint)
    result = { dflint, hadolint };
  else {
    let parent = dirname(dir), up = parent === dir ? { dflint: null, hadolint: null } : nearest(parent);
    result = { dflint: dflint ?? up.dflint, hadolint: hadolint ?? up.hadolint };
  }
  return nearestCache.set(dir, result), result;
}
function hasConfigFile(dir) {
  let found = nearest(resolve(dir));
  return found.dflint !== null || found.hadolint !== null;
}

// src/engine/types.ts
var SEVERITY_RANK = { off: 0, info: 1, warning: 2, error: 3 };
function exampleCode(e) {
  return typeof e == "string" ? e : e.code;
}

// src/model/names.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1)), diag = up;
    }
  }
  return prev[b.length];
}
function buildkitSuggest(value, options, caseSensitive = !0) {
  let v = caseSensitive ? value : value.toLowerCase(), best, min = 3;
  for (let opt of options) {
    let o = caseSensitive ? opt : opt.toLowerCase();
    if (o === v) return;
    let d = levenshtein(v, o);
    d < min && (min = d, best = opt);
  }
  return best;
}
function likelyTypo(value, options) {
  let best, bestD = 1 / 0;
  for (let opt of options) {
    if (opt === value) return;
    if (opt.toLowerCase() === value.toLowerCase()) return opt;
    if (value.length < 4 || opt.length < 4) continue;
    let d = levenshtein(value, opt), limit = Math.min(value.length, opt.length) >= 8 ? 2 : 1;
    d <= limit && d < bestD && (bestD = d, best = opt);
  }
  return best;
}

export {
  SEVERITY_RANK,
  exampleCode,
  levenshtein,
  buildkitSuggest,
  likelyTypo,
  ConfigError,
  displayPath,
  DFLINT_CONFIG_NAMES,
  HADOLINT_CONFIG_NAMES,
  clearNearestCache,
  nearest,
  hasConfigFile
};
