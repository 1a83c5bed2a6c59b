import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  exampleCode,
  suggest
} from "./chunk-3S4MVKBT.mjs";

// src/cli/meta.ts
var VERSION = "0.1.0", REPO_URL = "https://github.com/dflint/dflint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/rules/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}

// src/docs/precision-labels.ts
function precisionText(m) {
  if (!m) return null;
  if (m.sampled === 0) return "not measured: no findings on the corpus (it needs a build context, a Compose/Bake invocation or a pattern real files do not have)";
  let open = m.sampled - m.correct - m.fixed, notes = [];
  return m.fixed && notes.push(`${m.fixed} false alarm${m.fixed === 1 ? "" : "s"} fixed since`), open && notes.push(`${open} known false alarm${open === 1 ? "" : "s"} left`), `${m.correct} of ${m.sampled} sampled corpus findings correct${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

// src/docs/precision.generated.ts
var measuredPrecision = {
  "add-remote-unpinned": {
    sampled: 12,
    correct: 11,
    fixed: 1
  },
  "add-use-copy": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "apk-no-cache": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "apk-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "apt-get-assume-yes": {
    sampled: 6,
    correct: 6,
    fixed: 0
  },
  "apt-get-no-recommends": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "apt-get-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "apt-lists-removed": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "arg-env-no-secret": {
    sampled: 12,
    correct: 9,
    fixed: 3
  },
  "arg-volatile-early": {
    sampled: 5,
    correct: 5,
    fixed: 0
  },
  "build-arg-required-unset": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "build-arg-undeclared": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "build-target-missing": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "cmd-exec-form": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "context-secret-baked": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "continuation-not-empty": {
    sampled: 9,
    correct: 9,
    fixed: 0
  },
  "copy-archive-use-add": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "copy-context-unignored": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "copy-from-root": {
    sampled: 2,
    correct: 2,
    fixed: 0
  },
  "copy-from-self": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "copy-from-stage": {
    sampled: 10,
    correct: 10,
    fixed: 0
  },
  "copy-manifests-first": {
    sampled: 12,
    correct: 11,
    fixed: 1
  },
  "copy-multi-source-dest": {
    sampled: 1,
    correct: 1,
    fixed: 0
  },
  "copy-relative-dest": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "copy-source-not-ignored": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "definition-description-format": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "dnf-assume-yes": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "dnf-clean-all": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "dnf-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "dockerignore-pattern-unused": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "download-tool-consistent": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "env-same-instruction-ref": {
    sampled: 9,
    correct: 8,
    fixed: 0
  },
  "expose-format-valid": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "expose-port-range": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "expose-proto-lowercase": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "from-arg-default-valid": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "from-arg-defined": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "from-as-casing": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "from-image-eol": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "from-image-pinned": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "from-platform-constant": {
    sampled: 1,
    correct: 1,
    fixed: 0
  },
  "from-platform-redundant": {
    sampled: 10,
    correct: 10,
    fixed: 0
  },
  "gem-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "go-install-pinned": {
    sampled: 3,
    correct: 2,
    fixed: 0
  },
  "healthcheck-required": {
    sampled: 3,
    correct: 0,
    fixed: 0
  },
  "image-trusted-registry": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "inline-ignore-disallowed": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "instruction-casing-consistent": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "instruction-once-per-stage": {
    sampled: 4,
    correct: 4,
    fixed: 0
  },
  "key-value-equals": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "label-key-format": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "label-schema": {
    sampled: 2,
    correct: 2,
    fixed: 0
  },
  "maintainer-deprecated": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "npm-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "onbuild-valid-instruction": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "pip-no-cache-dir": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "pip-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "run-cleanup-later-layer": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "run-consolidate": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "run-no-apt": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "run-no-cd": {
    sampled: 12,
    correct: 9,
    fixed: 3
  },
  "run-no-runtime-commands": {
    sampled: 1,
    correct: 0,
    fixed: 1
  },
  "run-no-sh-symlink": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "run-no-sudo": {
    sampled: 7,
    correct: 7,
    fixed: 0
  },
  "run-pipefail": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "run-redundant-mkdir": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "run-shellcheck": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "run-stale-update": {
    sampled: 12,
    correct: 12,
    fixed: 0
  },
  "stage-name-casing": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "stage-name-reserved": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "stage-name-unique": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "syntax-valid": {
    sampled: 6,
    correct: 6,
    fixed: 0
  },
  "user-last-not-root": {
    sampled: 8,
    correct: 4,
    fixed: 0
  },
  "user-not-root": {
    sampled: 3,
    correct: 1,
    fixed: 0
  },
  "user-numeric": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "useradd-no-log-init": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "var-defined": {
    sampled: 4,
    correct: 4,
    fixed: 0
  },
  "wget-progress": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "workdir-absolute": {
    sampled: 7,
    correct: 7,
    fixed: 0
  },
  "yarn-cache-clean": {
    sampled: 2,
    correct: 2,
    fixed: 0
  },
  "yum-assume-yes": {
    sampled: 1,
    correct: 1,
    fixed: 0
  },
  "yum-clean-all": {
    sampled: 12,
    correct: 11,
    fixed: 0
  },
  "yum-packages-pinned": {
    sampled: 3,
    correct: 3,
    fixed: 0
  },
  "zypper-clean": {
    sampled: 2,
    correct: 2,
    fixed: 0
  },
  "zypper-no-dist-upgrade": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "zypper-non-interactive": {
    sampled: 0,
    correct: 0,
    fixed: 0
  },
  "zypper-packages-pinned": {
    sampled: 2,
    correct: 2,
    fixed: 0
  }
};

// src/cli/explain.ts
function explainRule(id, rules) {
  let rule = rules.find((r) => r.id === id) ?? rules.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  let lines = [];
  lines.push(`${rule.id}: ${rule.description}`, ""), lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`);
  let precision = precisionText(measuredPrecision[rule.id]);
  precision && lines.push(`Measured precision: ${precision}`), rule.related.length && lines.push(`Related: ${rule.related.join(", ")}`), rule.fixable && lines.push(rule.fixable === "suggestion" ? "Fixable: yes, as a suggestion (applied with --fix --fix-suggestions)" : "Fixable: yes (--fix)"), rule.differs && lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
  let opts = Object.entries(rule.options);
  if (opts.length) {
    lines.push("", "Options:");
    for (let [k, o] of opts) lines.push(`  ${k}: ${o.description} (default: ${JSON.stringify(o.default)})`);
  }
  lines.push("", "Problems it reports:");
  for (let m of Object.values(rule.messages)) lines.push(`  - ${m}`);
  let block = (title, items) => {
    if (items.length) {
      lines.push("", title);
      for (let ex of items) {
        lines.push("  ---");
        for (let l of ex.split(`
`)) lines.push(`  ${l}`);
      }
    }
  };
  return block("Reported:", rule.examples.invalid.map(exampleCode)), block("Fine:", rule.examples.valid.map(exampleCode)), lines.join(`
`) + `
`;
}
function suggestRule(id, rules) {
  let byId = suggest(id, rules.map((r) => r.id));
  if (byId) return byId;
  let words = id.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2), best;
  for (let r of rules) {
    let score = words.filter((w) => r.id.includes(w) || r.id.includes(w.replace(/s$/, ""))).length;
    score > 0 && (!best || score > best.score) && (best = { id: r.id, score });
  }
  return best && best.score >= Math.max(1, words.length - 1) ? best.id : void 0;
}
function listRules(rules, format) {
  let sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  if (format === "json") {
    let list = sorted.map((r) => ({
      id: r.id,
      description: r.description,
      severity: r.severity,
      strictSeverity: r.strict ?? r.severity,
      related: r.related,
      fixable: !!r.fixable
    }));
    return JSON.stringify(list, null, 2) + `
`;
  }
  let severity = (r) => r.strict && r.strict !== r.severity ? `${r.severity} (strict: ${r.strict})` : r.severity, wId = Math.max(...sorted.map((r) => r.id.length)), wSev = Math.max(...sorted.map((r) => severity(r).length)), lines = sorted.map((r) => {
    let related = r.related.map((c) => c.slice(c.indexOf(":") + 1)).join(",");
    return `${r.id.padEnd(wId)}  ${severity(r).padEnd(wSev)}  ${r.fixable ? "fix" : "   "}  ${related}`.trimEnd();
  });
  return [`${"rule".padEnd(wId)}  ${"default".padEnd(wSev)}  fix  related`, ...lines, "", "'dflint explain <rule>' describes one rule.", ""].join(`
`);
}

export {
  VERSION,
  REPO_URL,
  docsUrl,
  explainRule,
  suggestRule,
  listRules
};
