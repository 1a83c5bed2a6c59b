// Generated from test/precision-labels.tsv by `npm run docs`; do not edit.
import type { MeasuredPrecision } from "./precision-labels";

export const measuredPrecision: Readonly<Record<string, MeasuredPrecision>> = {
  "add-remote-unpinned": {
    "sampled": 12,
    "correct": 11,
    "fixed": 1
  },
  "add-use-copy": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "apk-no-cache": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "apk-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "apt-get-assume-yes": {
    "sampled": 6,
    "correct": 6,
    "fixed": 0
  },
  "apt-get-no-recommends": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "apt-get-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "apt-lists-removed": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "arg-env-no-secret": {
    "sampled": 12,
    "correct": 9,
    "fixed": 3
  },
  "arg-volatile-early": {
    "sampled": 5,
    "correct": 5,
    "fixed": 0
  },
  "build-arg-required-unset": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "build-arg-undeclared": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "build-target-missing": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "cmd-exec-form": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "context-secret-baked": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "continuation-not-empty": {
    "sampled": 9,
    "correct": 9,
    "fixed": 0
  },
  "copy-archive-use-add": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "copy-context-unignored": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "copy-from-root": {
    "sampled": 2,
    "correct": 2,
    "fixed": 0
  },
  "copy-from-self": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "copy-from-stage": {
    "sampled": 10,
    "correct": 10,
    "fixed": 0
  },
  "copy-manifests-first": {
    "sampled": 12,
    "correct": 11,
    "fixed": 1
  },
  "copy-multi-source-dest": {
    "sampled": 1,
    "correct": 1,
    "fixed": 0
  },
  "copy-relative-dest": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "copy-source-not-ignored": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "definition-description-format": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "dnf-assume-yes": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "dnf-clean-all": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "dnf-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "dockerignore-pattern-unused": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "download-tool-consistent": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "env-same-instruction-ref": {
    "sampled": 9,
    "correct": 8,
    "fixed": 0
  },
  "expose-format-valid": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "expose-port-range": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "expose-proto-lowercase": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "from-arg-default-valid": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "from-arg-defined": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "from-as-casing": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "from-image-eol": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "from-image-pinned": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "from-platform-constant": {
    "sampled": 1,
    "correct": 1,
    "fixed": 0
  },
  "from-platform-redundant": {
    "sampled": 10,
    "correct": 10,
    "fixed": 0
  },
  "gem-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "go-install-pinned": {
    "sampled": 3,
    "correct": 2,
    "fixed": 1
  },
  "healthcheck-required": {
    "sampled": 7,
    "correct": 4,
    "fixed": 3
  },
  "image-trusted-registry": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "inline-ignore-disallowed": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "instruction-casing-consistent": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "instruction-once-per-stage": {
    "sampled": 4,
    "correct": 4,
    "fixed": 0
  },
  "key-value-equals": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "label-key-format": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "label-schema": {
    "sampled": 2,
    "correct": 2,
    "fixed": 0
  },
  "maintainer-deprecated": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "npm-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "onbuild-valid-instruction": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "pip-no-cache-dir": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "pip-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "run-cleanup-later-layer": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "run-consolidate": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "run-no-apt": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "run-no-cd": {
    "sampled": 12,
    "correct": 9,
    "fixed": 3
  },
  "run-no-runtime-commands": {
    "sampled": 1,
    "correct": 0,
    "fixed": 1
  },
  "run-no-sh-symlink": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "run-no-sudo": {
    "sampled": 7,
    "correct": 7,
    "fixed": 0
  },
  "run-pipefail": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "run-redundant-mkdir": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "run-shellcheck": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "run-stale-update": {
    "sampled": 12,
    "correct": 12,
    "fixed": 0
  },
  "stage-name-casing": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "stage-name-reserved": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "stage-name-unique": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "syntax-valid": {
    "sampled": 6,
    "correct": 6,
    "fixed": 0
  },
  "user-last-not-root": {
    "sampled": 12,
    "correct": 7,
    "fixed": 5
  },
  "user-not-root": {
    "sampled": 7,
    "correct": 3,
    "fixed": 4
  },
  "user-numeric": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "useradd-no-log-init": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "var-defined": {
    "sampled": 4,
    "correct": 4,
    "fixed": 0
  },
  "wget-progress": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "workdir-absolute": {
    "sampled": 7,
    "correct": 7,
    "fixed": 0
  },
  "yarn-cache-clean": {
    "sampled": 2,
    "correct": 2,
    "fixed": 0
  },
  "yum-assume-yes": {
    "sampled": 1,
    "correct": 1,
    "fixed": 0
  },
  "yum-clean-all": {
    "sampled": 12,
    "correct": 11,
    "fixed": 0
  },
  "yum-packages-pinned": {
    "sampled": 3,
    "correct": 3,
    "fixed": 0
  },
  "zypper-clean": {
    "sampled": 2,
    "correct": 2,
    "fixed": 0
  },
  "zypper-no-dist-upgrade": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "zypper-non-interactive": {
    "sampled": 0,
    "correct": 0,
    "fixed": 0
  },
  "zypper-packages-pinned": {
    "sampled": 2,
    "correct": 2,
    "fixed": 0
  }
};
