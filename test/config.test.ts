import { rules as builtinRules } from "../rules/index";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { OptionSpecs, RuleDefinition, Severity } from "../src/engine/types";
import {
  buildConfigSchema,
  clearConfigCache,
  ConfigError,
  convertHadolintConfig,
  findConfigFile,
  hadolintPresetSeverity,
  hadolintToDflintYaml,
  isIgnoredFile,
  loadConfigFor,
  printConfig,
  readConfigFile,
  resolveConfig,
  validateConfig,
} from "../src/config/index";
import { compileGlobs } from "../src/config/glob";
import { checkStructure } from "../src/config/schema";

// ---------------------------------------------------------------------------
// Fixtures

function fakeRule(r: {
  id: string;
  severity: Severity;
  strict?: Severity;
  related?: string[];
  options?: OptionSpecs;
}): RuleDefinition<any, any> {
  return {
    id: r.id,
    description: `Fake rule ${r.id}`,
    severity: r.severity,
    ...(r.strict ? { strict: r.strict } : {}),
    related: r.related ?? [],
    messages: { m: "message" },
    options: r.options ?? {},
    examples: { valid: [], invalid: [] },
    check() {},
  };
}

const rules: readonly RuleDefinition<any, any>[] = [
  fakeRule({
    id: "from-image-pinned",
    severity: "warning",
    related: ["hadolint:DL3006", "hadolint:DL3007"],
    options: {
      floatingTags: { description: "Tags that move", default: ["latest"], schema: { type: "array", items: { type: "string" } } },
      requireDigest: { description: "Require a digest", default: false, schema: { type: "boolean" } },
    },
  }),
  fakeRule({ id: "run-no-cd", severity: "warning", related: ["hadolint:DL3003"] }),
  fakeRule({ id: "user-not-root", severity: "off", strict: "error" }),
  fakeRule({ id: "copy-manifests-first", severity: "info", strict: "warning" }),
  fakeRule({ id: "workdir-absolute", severity: "error", related: ["hadolint:DL3000", "buildkit:WorkdirRelativePath"] }),
  fakeRule({ id: "label-key-format", severity: "off", related: ["hadolint:DL3048"] }),
  fakeRule({ id: "healthcheck-present", severity: "off", related: ["hadolint:DL3057"] }),
  fakeRule({ id: "apt-pinned", severity: "warning", related: ["hadolint:DL3008"] }),
  fakeRule({ id: "apt-pinned-exact", severity: "off", related: ["hadolint:DL3008"] }),
  fakeRule({ id: "run-apt-lists-cleaned", severity: "info", related: ["hadolint:DL3009"] }),
];

const roots: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "dflint-config-"));
  roots.push(d);
  return d;
}
function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

beforeEach(() => clearConfigCache());
afterAll(() => {
  for (const d of roots) rmSync(d, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------

describe("findConfigFile", () => {
  it("finds the nearest dflint config walking up", () => {
    const root = tempDir();
    const top = write(join(root, ".dflint.json"), "{}");
    const mid = write(join(root, "a", ".dflint.yaml"), "");
    mkdirSync(join(root, "a", "b", "c"), { recursive: true });
    mkdirSync(join(root, "x"), { recursive: true });
    expect(findConfigFile(join(root, "a", "b", "c"))).toBe(mid);
    expect(findConfigFile(join(root, "a"))).toBe(mid);
    expect(findConfigFile(join(root, "x"))).toBe(top);
    expect(findConfigFile(root)).toBe(top);
  });

  it("prefers .dflint.json, then .dflint.yaml, then .dflint.yml within one folder", () => {
    const root = tempDir();
    write(join(root, ".dflint.yml"), "");
    expect(findConfigFile(root)).toBe(join(root, ".dflint.yml"));
    clearConfigCache();
    write(join(root, ".dflint.yaml"), "");
    expect(findConfigFile(root)).toBe(join(root, ".dflint.yaml"));
    clearConfigCache();
    write(join(root, ".dflint.json"), "{}");
    expect(findConfigFile(root)).toBe(join(root, ".dflint.json"));
  });

  it("falls back to the nearest .hadolint.yaml/.yml only when no dflint config exists anywhere", () => {
    const root = tempDir();
    const outer = write(join(root, ".hadolint.yml"), "");
    const inner = write(join(root, "a", ".hadolint.yaml"), "");
    mkdirSync(join(root, "a", "b"), { recursive: true });
    expect(findConfigFile(join(root, "a", "b"))).toBe(inner);
    expect(findConfigFile(root)).toBe(outer);
    clearConfigCache();
    // A dflint config further up beats a nearer hadolint config.
    const dflint = write(join(root, ".dflint.yaml"), "");
    expect(findConfigFile(join(root, "a", "b"))).toBe(dflint);
  });

  it("returns null when there is no config at all", () => {
    const root = tempDir();
    mkdirSync(join(root, "a"), { recursive: true });
    // Assumes no stray config in the temp folder's parents.
    expect(findConfigFile(join(root, "a"))).toBeNull();
    expect(resolveConfig(join(root, "a", "Dockerfile"), { rules }).source).toBe("default");
  });
});

describe("readConfigFile", () => {
  it("reads JSON, YAML and YML alike", () => {
    const root = tempDir();
    const json = write(join(root, "j", ".dflint.json"), '{ "extends": "strict", "rules": { "run-no-cd": ["error"] } }');
    const yaml = write(join(root, "y", ".dflint.yaml"), "extends: strict\nrules:\n  run-no-cd: [error]\n");
    const yml = write(join(root, "z", ".dflint.yml"), "# comment\nextends: strict\nrules: { run-no-cd: [error] }\n");
    const expected = { extends: "strict", rules: { "run-no-cd": ["error"] } };
    for (const p of [json, yaml, yml]) {
      const loaded = readConfigFile(p, rules);
      expect(loaded.kind).toBe("dflint");
      expect(loaded.config).toEqual(expected);
      expect(loaded.dir).toBe(dirname(p));
    }
  });

  it("treats an empty file as an empty config", () => {
    const root = tempDir();
    expect(readConfigFile(write(join(root, ".dflint.yaml"), ""), rules).config).toEqual({});
    expect(readConfigFile(write(join(root, ".dflint.json"), "  \n"), rules).config).toEqual({});
  });

  it("caches parsed files by path", () => {
    const root = tempDir();
    const p = write(join(root, ".dflint.yaml"), "rules: { run-no-cd: off }\n");
    const a = readConfigFile(p, rules);
    write(p, "rules: { run-no-cd: error }\n");
    expect(readConfigFile(p, rules)).toBe(a);
    clearConfigCache();
    expect(readConfigFile(p, rules).config.rules).toEqual({ "run-no-cd": "error" });
  });

  it("names the file and line of a YAML syntax error", () => {
    const root = tempDir();
    const p = write(join(root, ".dflint.yaml"), "rules:\n  run-no-cd: error\n  from-image-pinned: [error\n  x: 1\n");
    const err = configError(() => readConfigFile(p, rules));
    expect(err.message).toMatch(/\.dflint\.yaml:4:\d+: YAML syntax error: /);
    expect(err.message.split("\n")).toHaveLength(1);
  });

  it("names the file and line of a JSON syntax error", () => {
    const root = tempDir();
    const p = write(join(root, ".dflint.json"), '{\n  "rules": {\n    "run-no-cd": "off"\n    "x": 1\n  }\n}\n');
    const err = configError(() => readConfigFile(p, rules));
    expect(err.message).toMatch(/\.dflint\.json:4(:\d+)?: JSON syntax error: /);
  });

  it("reports a missing --config file", () => {
    const root = tempDir();
    const err = configError(() => resolveConfig(join(root, "Dockerfile"), { rules, configPath: join(root, "nope.yaml") }));
    expect(err.message).toContain("nope.yaml: cannot read config file: no such file");
  });
});

describe("validation messages", () => {
  it("names the exact path of a wrong option type", () => {
    const root = tempDir();
    const p = write(
      join(root, ".dflint.json"),
      JSON.stringify({ rules: { "from-image-pinned": ["error", { floatingTags: "latest" }] } }, null, 2),
    );
    const err = configError(() => readConfigFile(p, rules));
    expect(err.message).toContain(".dflint.json: rules > from-image-pinned > options > floatingTags: must be array");
    expect(err.message).toContain("(line 6)");
  });

  it("uses the same path for the object form and inside overrides, and lists every problem", () => {
    const root = tempDir();
    const p = write(
      join(root, ".dflint.yaml"),
      [
        "rules:",
        "  from-image-pinned:",
        "    options: { requireDigest: yes }",
        "overrides:",
        "  - files: '*.dev'",
        "    rules:",
        "      from-image-pinned: [warning, { floatingTags: [1] }]",
        "",
      ].join("\n"),
    );
    const lines = configError(() => readConfigFile(p, rules)).message.split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/\.dflint\.yaml: rules > from-image-pinned > options > requireDigest: must be boolean \(line 3\)$/),
      expect.stringMatching(
        /\.dflint\.yaml: overrides > 0 > rules > from-image-pinned > options > floatingTags > 0: must be string \(line 7\)$/,
      ),
    ]);
  });

  it("rejects unknown rule ids, with a suggestion", () => {
    const root = tempDir();
    const p = write(join(root, ".dflint.yaml"), "rules:\n  run-no-cd: off\n  run-no-cdd: error\n  zzz: off\n");
    const msg = configError(() => readConfigFile(p, rules)).message;
    expect(msg).toContain("rules: unknown rule 'run-no-cdd' (did you mean 'run-no-cd'?) (line 3)");
    expect(msg).toContain("rules: unknown rule 'zzz'");
  });

  it("allows plugin rule ids (with a slash) and passes their settings through", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "rules:\n  acme/no-latest: [error, { anything: 1 }]\n");
    const resolved = resolveConfig(join(root, "Dockerfile"), { rules });
    expect(resolved.rules["acme/no-latest"]).toEqual({ severity: "error", options: { anything: 1 } });
  });

  it("rejects unknown options, bad severities, bad shapes and unknown keys", () => {
    const root = tempDir();
    const p = write(
      join(root, ".dflint.yaml"),
      [
        "extends: dflint:recommended",
        "rules:",
        "  run-no-cd: { severity: loud, options: { x: 1 } }",
        "  from-image-pinned: [error, { floatingTag: [] }]",
        "  workdir-absolute: 2",
        "  user-not-root: [error, {}, 3]",
        "failLevel: style",
        "settings: { labelSchema: { maintainer: name }, colour: true }",
        "ignored: [DL3006]",
        "overrides:",
        "  - rules: {}",
        "",
      ].join("\n"),
    );
    const msg = configError(() => readConfigFile(p, rules)).message;
    expect(msg).toContain("extends: must be one of: recommended, strict, hadolint (line 1)");
    expect(msg).toContain("rules > run-no-cd > severity: must be one of: error, warning, info, off, warn (line 3)");
    expect(msg).toContain("rules > run-no-cd > options: unknown option 'x' (rule 'run-no-cd' has no options)");
    expect(msg).toContain("rules > from-image-pinned > options: unknown option 'floatingTag' (did you mean 'floatingTags'?)");
    expect(msg).toContain("rules > workdir-absolute: must be a severity (error, warning, info, off), [severity, options] or { severity, options } (line 5)");
    expect(msg).toContain("rules > user-not-root: must NOT have more than 2 items");
    expect(msg).toContain("failLevel: must be one of: error, warning, info, none");
    expect(msg).toContain("settings > labelSchema > maintainer: must be one of: text, url, semver, hash, rfc3339, spdx, email");
    expect(msg).toContain("settings: unknown key 'colour'");
    expect(msg).toContain("unknown key 'ignored': this is a hadolint key");
    expect(msg).toContain("overrides > 0: must have 'files'");
  });

  it("validates --rule overrides from the command line", () => {
    const root = tempDir();
    const err = configError(() =>
      resolveConfig(join(root, "Dockerfile"), { rules, configPath: false, cliRuleOverrides: { "no-such": "off" } }),
    );
    expect(err.message).toBe("command line: rules: unknown rule 'no-such'");
  });
});

describe("resolveConfig", () => {
  it("starts from the recommended or strict preset", () => {
    const root = tempDir();
    const file = join(root, "Dockerfile");
    const rec = resolveConfig(file, { rules, configPath: false });
    expect(rec.source).toBe("default");
    expect(rec.rules["user-not-root"]!.severity).toBe("off");
    expect(rec.rules["copy-manifests-first"]!.severity).toBe("info");
    expect(rec.rules["run-no-cd"]!.severity).toBe("warning");
    expect(rec.rules["from-image-pinned"]!.options).toEqual({ floatingTags: ["latest"], requireDigest: false });
    expect(rec.inlineIgnores).toBe(true);
    expect(rec.failLevel).toBeUndefined();
    expect(rec.settings).toEqual({
      contextDir: root,
      trustedRegistries: [],
      labelSchema: {},
      strictLabels: false,
      shellcheck: false,
    });

    const strict = resolveConfig(file, { rules, configPath: false, preset: "strict" });
    expect(strict.rules["user-not-root"]!.severity).toBe("error");
    expect(strict.rules["copy-manifests-first"]!.severity).toBe("warning");
    expect(strict.rules["run-no-cd"]!.severity).toBe("warning");
  });

  it("applies extends, then rules; a --preset wins over extends", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "extends: strict\nrules:\n  user-not-root: info\n  run-no-cd: [off]\n");
    const file = join(root, "Dockerfile");
    const r = resolveConfig(file, { rules });
    expect(r.rules["copy-manifests-first"]!.severity).toBe("warning");
    expect(r.rules["user-not-root"]!.severity).toBe("info");
    expect(r.rules["run-no-cd"]!.severity).toBe("off");
    const cli = resolveConfig(file, { rules, preset: "recommended" });
    expect(cli.rules["copy-manifests-first"]!.severity).toBe("info");
    expect(cli.rules["user-not-root"]!.severity).toBe("info");
  });

  it("applies overrides whose files match, in order, relative to the config folder", () => {
    const root = tempDir();
    write(
      join(root, ".dflint.yaml"),
      [
        "rules:",
        "  from-image-pinned: [error, { floatingTags: [latest, edge] }]",
        "settings: { trustedRegistries: [docker.io] }",
        "overrides:",
        "  - files: '*.dev.Dockerfile'",
        "    rules: { run-no-cd: off, from-image-pinned: warning }",
        "  - files: ['services/api/**', '!services/api/legacy/']",
        "    rules:",
        "      from-image-pinned: { options: { requireDigest: true } }",
        "    settings: { trustedRegistries: [ghcr.io], contextDir: services }",
        "  - files: /Dockerfile",
        "    rules: { user-not-root: error }",
        "",
      ].join("\n"),
    );
    const at = (rel: string) => resolveConfig(join(root, rel), { rules });

    const plain = at("docker/Dockerfile");
    expect(plain.rules["run-no-cd"]!.severity).toBe("warning");
    expect(plain.rules["user-not-root"]!.severity).toBe("off");
    expect(plain.rules["from-image-pinned"]).toEqual({
      severity: "error",
      options: { floatingTags: ["latest", "edge"], requireDigest: false },
    });
    expect(plain.settings.contextDir).toBe(join(root, "docker"));
    expect(plain.settings.trustedRegistries).toEqual(["docker.io"]);

    // A pattern without a slash matches at any depth.
    const dev = at("deep/er/app.dev.Dockerfile");
    expect(dev.rules["run-no-cd"]!.severity).toBe("off");
    // A severity-only setting keeps the options given earlier.
    expect(dev.rules["from-image-pinned"]).toEqual({
      severity: "warning",
      options: { floatingTags: ["latest", "edge"], requireDigest: false },
    });

    const api = at("services/api/app.dev.Dockerfile");
    expect(api.rules["run-no-cd"]!.severity).toBe("off");
    expect(api.rules["from-image-pinned"]).toEqual({
      severity: "warning",
      options: { floatingTags: ["latest", "edge"], requireDigest: true },
    });
    expect(api.settings.trustedRegistries).toEqual(["ghcr.io"]);
    expect(api.settings.contextDir).toBe(join(root, "services"));

    expect(at("services/api/legacy/Dockerfile").rules["from-image-pinned"]!.options.requireDigest).toBe(false);

    // Anchored pattern: only the Dockerfile next to the config.
    expect(at("Dockerfile").rules["user-not-root"]!.severity).toBe("error");
    expect(at("sub/Dockerfile").rules["user-not-root"]!.severity).toBe("off");
  });

  it("does not match overrides for files outside the config folder (--config elsewhere)", () => {
    const root = tempDir();
    const cfg = write(join(root, "conf", "dflint.yaml"), "overrides:\n  - files: Dockerfile\n    rules: { run-no-cd: off }\n");
    expect(resolveConfig(join(root, "conf", "Dockerfile"), { rules, configPath: cfg }).rules["run-no-cd"]!.severity).toBe("off");
    expect(resolveConfig(join(root, "app", "Dockerfile"), { rules, configPath: cfg }).rules["run-no-cd"]!.severity).toBe("warning");
  });

  it("applies command-line rule settings last", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "overrides:\n  - files: Dockerfile\n    rules: { run-no-cd: off }\n");
    const r = resolveConfig(join(root, "Dockerfile"), {
      rules,
      cliRuleOverrides: { "run-no-cd": "info", "from-image-pinned": { options: { requireDigest: true } } },
    });
    expect(r.rules["run-no-cd"]!.severity).toBe("info");
    expect(r.rules["from-image-pinned"]).toEqual({ severity: "warning", options: { floatingTags: ["latest"], requireDigest: true } });
  });

  it("reads failLevel, inlineIgnores and settings; supports stdin (no path) and --context", () => {
    const root = tempDir();
    write(
      join(root, ".dflint.json"),
      JSON.stringify({
        failLevel: "error",
        inlineIgnores: false,
        settings: { labelSchema: { maintainer: "email" }, strictLabels: true, shellcheck: true },
      }),
    );
    const r = resolveConfig(null, { rules, cwd: root });
    expect(r.source).toBe(join(root, ".dflint.json"));
    expect(r.failLevel).toBe("error");
    expect(r.inlineIgnores).toBe(false);
    expect(r.settings).toMatchObject({ contextDir: null, labelSchema: { maintainer: "email" }, strictLabels: true, shellcheck: true });
    expect(resolveConfig(join(root, "Dockerfile"), { rules, contextDir: join(root, "ctx") }).settings.contextDir).toBe(join(root, "ctx"));
  });

  it("shares frozen rule settings between files, but gives each file its own settings object", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "settings: { trustedRegistries: [docker.io] }\n");
    const a = resolveConfig(join(root, "a", "Dockerfile"), { rules });
    const b = resolveConfig(join(root, "b", "Dockerfile"), { rules });
    expect(a.rules).toBe(b.rules);
    expect(() => {
      (a.rules["from-image-pinned"]!.options.floatingTags as string[]).push("x");
    }).toThrow();
    a.settings.trustedRegistries.push("ghcr.io");
    a.settings.shellcheck = true;
    expect(b.settings.trustedRegistries).toEqual(["docker.io"]);
    expect(b.settings.shellcheck).toBe(false);
  });
});

describe("globs", () => {
  const cases: [string[], string, boolean][] = [
    [["Dockerfile.dev"], "Dockerfile.dev", true],
    [["Dockerfile.dev"], "a/b/Dockerfile.dev", true],
    [["Dockerfile.dev"], "a/Dockerfile.dev.bak", false],
    [["/Dockerfile"], "Dockerfile", true],
    [["/Dockerfile"], "a/Dockerfile", false],
    [["*.Dockerfile"], "x/api.Dockerfile", true],
    [["*.Dockerfile"], "x/Dockerfile", false],
    [["docker/*.Dockerfile"], "docker/api.Dockerfile", true],
    [["docker/*.Dockerfile"], "docker/sub/api.Dockerfile", false],
    [["docker/*.Dockerfile"], "x/docker/api.Dockerfile", false],
    [["docker/**/*.Dockerfile"], "docker/api.Dockerfile", true],
    [["docker/**/*.Dockerfile"], "docker/a/b/api.Dockerfile", true],
    [["**/Dockerfile"], "Dockerfile", true],
    [["**/Dockerfile"], "a/b/Dockerfile", true],
    [["vendor/"], "vendor/x/Dockerfile", true],
    [["vendor/"], "vendor", false],
    [["vendor"], "a/vendor/Dockerfile", true],
    [["services/**"], "services/a/Dockerfile", true],
    [["services/**", "!services/legacy/"], "services/legacy/Dockerfile", false],
    [["services/**", "!services/legacy/", "services/legacy/keep"], "services/legacy/keep", true],
    [["Dockerfile.{dev,test}"], "a/Dockerfile.test", true],
    [["Dockerfile.{dev,test}"], "a/Dockerfile.prod", false],
    [["Dockerfile.[0-9]"], "Dockerfile.7", true],
    [["Dockerfile.[!0-9]"], "Dockerfile.7", false],
    [["Docker?ile"], "Dockerfile", true],
    [["dockerfile"], "Dockerfile", false],
    [["*"], ".hidden/Dockerfile", true],
    [["./app/Dockerfile"], "app/Dockerfile", true],
    [["a+b(c).Dockerfile"], "a+b(c).Dockerfile", true],
    [[""], "Dockerfile", false],
    // Any text is a pattern: a reversed range matches nothing (it threw "Range out of order",
    // stopping the whole run), an unclosed bracket is a literal, a negated class never matches "/".
    [["Dockerfile.[z-a]"], "Dockerfile.z", false],
    [["x[.txt{a,[b-a]}"], "x[.txta", false],
    [["Dockerfile.["], "Dockerfile.[", true],
    [["a[!x]b"], "a/b", false],
    [["Dockerfile.[[:digit:]]"], "Dockerfile.7", true],
  ];
  it.each(cases)("%j matches %s: %s", (patterns, path, expected) => {
    expect(compileGlobs(patterns)(path)).toBe(expected);
  });
});

describe("isIgnoredFile", () => {
  it("matches the ignore globs relative to the config folder", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "ignore: ['vendor/', '*.generated.Dockerfile', '!keep.generated.Dockerfile']\n");
    const loaded = loadConfigFor(join(root, "Dockerfile"), { rules });
    expect(loaded).not.toBeNull();
    expect(isIgnoredFile(join(root, "vendor", "x", "Dockerfile"), loaded)).toBe(true);
    expect(isIgnoredFile(join(root, "a", "b.generated.Dockerfile"), loaded)).toBe(true);
    expect(isIgnoredFile(join(root, "keep.generated.Dockerfile"), loaded)).toBe(false);
    expect(isIgnoredFile(join(root, "Dockerfile"), loaded)).toBe(false);
    expect(isIgnoredFile(join(dirname(root), "vendor", "Dockerfile"), loaded)).toBe(false);
    expect(isIgnoredFile(join(root, "Dockerfile"), null)).toBe(false);
    // A ResolvedConfig works too.
    const file = join(root, "vendor", "Dockerfile");
    expect(isIgnoredFile(file, resolveConfig(file, { rules }))).toBe(true);
    expect(isIgnoredFile(file, resolveConfig(file, { rules, configPath: false }))).toBe(false);
  });
});

describe("hadolint configs", () => {
  it("has hadolint's default severities per code, most severe code wins, rules without codes off", () => {
    const byId = Object.fromEntries(rules.map((r) => [r.id, hadolintPresetSeverity(r)]));
    expect(byId).toEqual({
      "from-image-pinned": "warning",
      "run-no-cd": "warning",
      "user-not-root": "off",
      "copy-manifests-first": "off",
      "workdir-absolute": "error",
      "label-key-format": "info", // style
      "healthcheck-present": "off", // DL3057 is off by default
      "apt-pinned": "warning",
      "apt-pinned-exact": "warning",
      "run-apt-lists-cleaned": "info",
    });
  });

  it("falls back to .hadolint.yaml and maps every key", () => {
    const root = tempDir();
    write(
      join(root, ".hadolint.yaml"),
      [
        "ignored:",
        "  - DL3003",
        "  - dl3008",
        "override:",
        "  error: [DL3009]",
        "  info: [DL3000]",
        "  warning: [DL3057]",
        "failure-threshold: warning",
        "trustedRegistries:",
        "  - docker.io",
        "  - my-company.com:5000",
        "label-schema:",
        "  author: text",
        "  version: semver",
        "strict-labels: true",
        "disable-ignore-pragma: true",
        "no-color: true",
        "",
      ].join("\n"),
    );
    const file = join(root, "app", "Dockerfile");
    const loaded = loadConfigFor(file, { rules })!;
    expect(loaded.kind).toBe("hadolint");
    const r = resolveConfig(file, { rules });
    expect(r.source).toBe(join(root, ".hadolint.yaml"));
    const sev = (id: string) => r.rules[id]!.severity;
    expect(sev("run-no-cd")).toBe("off"); // ignored
    expect(sev("apt-pinned")).toBe("off"); // a shared code turns off every rule it maps to
    expect(sev("apt-pinned-exact")).toBe("off");
    expect(sev("run-apt-lists-cleaned")).toBe("error"); // override error
    expect(sev("workdir-absolute")).toBe("info"); // override info
    expect(sev("healthcheck-present")).toBe("warning"); // switched on by override
    expect(sev("from-image-pinned")).toBe("warning"); // hadolint default
    expect(sev("label-key-format")).toBe("info"); // style -> info
    expect(sev("user-not-root")).toBe("off"); // no hadolint code
    expect(sev("copy-manifests-first")).toBe("off");
    expect(r.failLevel).toBe("warning");
    expect(r.inlineIgnores).toBe(false);
    expect(r.settings.trustedRegistries).toEqual(["docker.io", "my-company.com:5000"]);
    expect(r.settings.labelSchema).toEqual({ author: "text", version: "semver" });
    expect(r.settings.strictLabels).toBe(true);
    expect(loaded.notes.join("\n")).toContain("'no-color' is an output option");
  });

  it("keeps a rule on while any of its codes is still on", () => {
    const one = convertHadolintConfig({ ignored: ["DL3006"] }, rules);
    expect(one.config.rules?.["from-image-pinned"]).toBeUndefined(); // still warning, as in the preset
    expect(one.notes.join("\n")).toContain("DL3006 ignored: rule 'from-image-pinned' also covers DL3007, so it stays on");
    expect(one.config.ignoreCodes).toEqual(["hadolint:DL3006"]); // its DL3006 findings alone are dropped
    const both = convertHadolintConfig({ ignored: ["DL3006", "DL3007"] }, rules);
    expect(both.config.rules?.["from-image-pinned"]).toBe("off");
    const raised = convertHadolintConfig({ override: { error: ["DL3007"], style: ["DL3007"] } }, rules);
    expect(raised.config.rules?.["from-image-pinned"]).toBe("error"); // error > style when listed twice
    const shellcheck = convertHadolintConfig({ ignored: ["SC2086"] }, rules);
    expect(shellcheck.config.ignoreCodes).toEqual(["hadolint:SC2086"]); // run-shellcheck relays SC codes
    expect(shellcheck.notes.join("\n")).not.toContain("SC2086");
    const unknown = convertHadolintConfig({ ignored: ["DL9999"] }, rules);
    expect(unknown.notes).toContain("no dflint rule covers DL9999; its ignore has no effect");
  });

  it("maps failure-threshold and no-fail", () => {
    const level = (data: unknown) => convertHadolintConfig(data, rules).config.failLevel;
    expect(level({})).toBe("info"); // hadolint's default
    expect(level({ "failure-threshold": "error" })).toBe("error");
    expect(level({ "failure-threshold": "warning" })).toBe("warning");
    expect(level({ "failure-threshold": "info" })).toBe("info");
    expect(level({ "failure-threshold": "style" })).toBe("info");
    // hadolint fails on any finding with ignore/none.
    expect(level({ "failure-threshold": "none" })).toBe("info");
    expect(level({ "failure-threshold": "ignore" })).toBe("info");
    expect(level({ "failure-threshold": "error", "no-fail": true })).toBe("none");
  });

  it("rejects values hadolint would not accept, naming key and line", () => {
    const root = tempDir();
    const p = write(join(root, ".hadolint.yaml"), "ignored: [DL3006]\nfailure-threshold: loud\n");
    expect(configError(() => readConfigFile(p, rules)).message).toMatch(
      /\.hadolint\.yaml: failure-threshold: must be one of: error, warning, info, style, ignore, none \(line 2\)$/,
    );
    const q = write(join(root, "b", ".hadolint.yaml"), "label-schema:\n  author: name\n");
    expect(configError(() => readConfigFile(q, rules)).message).toContain("label-schema > author: must be one of: text");
    const s = write(join(root, "c", ".hadolint.yml"), "strict-labels: yes\n");
    expect(configError(() => readConfigFile(s, rules)).message).toContain("strict-labels: must be true or false");
  });

  it("recognises a hadolint config by its keys under any name", () => {
    const root = tempDir();
    const p = write(join(root, "lint.yaml"), "ignored: [DL3003]\n");
    const loaded = readConfigFile(p, rules);
    expect(loaded.kind).toBe("hadolint");
    expect(loaded.config.extends).toBe("hadolint");
    expect(loaded.config.rules).toEqual({ "run-no-cd": "off" });
  });

  it("does not read a .dflint.* file as a hadolint config, but hints at the dflint keys", () => {
    const root = tempDir();
    const p = write(join(root, ".dflint.yml"), "ignored: [DL3003]\nno-fail: true\n");
    const msg = configError(() => readConfigFile(p, rules)).message;
    expect(msg).toContain("unknown key 'ignored': this is a hadolint key; in a dflint config use rules: { <rule>: off } (line 1)");
    expect(msg).toContain("unknown key 'no-fail': this is a hadolint key; in a dflint config use failLevel: none (line 2)");
  });

  it("converts to a commented .dflint.yaml that loads to the same config", () => {
    const text = [
      "ignored: [DL3006, DL3008, SC2086]",
      "override:",
      "  error: [DL3007]",
      "failure-threshold: style",
      "trustedRegistries: [docker.io]",
      "label-schema: { author: text }",
      "disable-ignore-pragma: true",
      "",
    ].join("\n");
    const out = hadolintToDflintYaml(text, rules);
    expect(out).toContain("extends: hadolint");
    expect(out).toMatch(/from-image-pinned: error # hadolint DL3006 ignored, DL3007 overridden to error/);
    expect(out).toMatch(/apt-pinned: off # hadolint DL3008 ignored/);
    expect(out).toContain("failLevel: info # hadolint failure-threshold: style");
    expect(out).toMatch(/ignoreCodes:\n\s+- hadolint:DL3006\n\s+- hadolint:DL3008\n\s+- hadolint:SC2086/);
    expect(out).toContain("#   user-not-root");
    const data = parseYaml(out);
    const expected = convertHadolintConfig(parseYaml(text), rules).config;
    expect(data).toEqual(expected);
    expect(validateConfig(data, rules, "converted")).toEqual(expected);
    const root = tempDir();
    const p = write(join(root, ".dflint.yaml"), out);
    expect(readConfigFile(p, rules).kind).toBe("dflint");
  });
});

describe("hadolint configs: parity details", () => {
  it("ShellCheck stays available under a .hadolint.yaml (hadolint always runs it)", () => {
    const root = tempDir();
    write(join(root, ".hadolint.yaml"), "ignored: [DL3003]\n");
    const r = resolveConfig(join(root, "Dockerfile"), { rules: builtinRules });
    expect(r.rules["run-shellcheck"]!.severity).toBe("error");
    expect(r.ignoreCodes).toEqual(["hadolint:DL3003"]);
  });

  it("settings.today and ignoreCodes are validated", () => {
    const root = tempDir();
    const bad = write(join(root, ".dflint.yaml"), "settings: { today: 2026-13-01 }\n");
    expect(configError(() => readConfigFile(bad, rules)).message).toContain("settings > today");
    const root2 = tempDir();
    const bad2 = write(join(root2, ".dflint.yaml"), "ignoreCodes: [DL3007]\n");
    expect(configError(() => readConfigFile(bad2, rules)).message).toContain("ignoreCodes > 0");
    const root3 = tempDir();
    write(join(root3, ".dflint.yaml"), "settings: { today: '2026-12-05' }\nignoreCodes: [hadolint:DL3007]\n");
    const r = resolveConfig(join(root3, "Dockerfile"), { rules });
    expect(r.settings.today).toBe("2026-12-05");
    expect(r.ignoreCodes).toEqual(["hadolint:DL3007"]);
  });
});

describe("printConfig", () => {
  it("prints the effective config as JSON", () => {
    const root = tempDir();
    write(join(root, ".dflint.yaml"), "rules: { run-no-cd: error }\n");
    const resolved = resolveConfig(join(root, "Dockerfile"), { rules });
    const text = printConfig(resolved);
    expect(text.endsWith("\n")).toBe(false);
    const printed = JSON.parse(text);
    expect(Object.keys(printed)).toEqual(["source", "failLevel", "inlineIgnores", "settings", "rules"]);
    expect(printed.source).toBe(join(root, ".dflint.yaml"));
    expect(printed.failLevel).toBeNull();
    expect(printed.rules["run-no-cd"]).toEqual({ severity: "error", options: {} });
    expect(printed.rules["from-image-pinned"]).toEqual({
      severity: "warning",
      options: { floatingTags: ["latest"], requireDigest: false },
    });
    expect(Object.keys(printed.rules)).toEqual(rules.map((r) => r.id));
    expect(printed.settings.contextDir).toBe(root);
  });
});

describe("JSON Schema", () => {
  const samples: unknown[] = [
    {},
    { extends: "strict", rules: { "run-no-cd": "off", "acme/x": ["error", { a: 1 }] } },
    { rules: { "from-image-pinned": { severity: "error", options: { floatingTags: ["edge"] } } }, failLevel: "none" },
    { overrides: [{ files: "a", rules: { "run-no-cd": ["info"] }, settings: { contextDir: ".." } }], ignore: ["x/"] },
    { settings: { labelSchema: { a: "url" }, trustedRegistries: ["docker.io"], strictLabels: true, shellcheck: false } },
    [],
    { extends: "hadolint:recommended" },
    { rules: { "run-no-cd": 1 } },
    { rules: { "run-no-cd": [] } },
    { rules: { "run-no-cd": ["error", {}, {}] } },
    { rules: { "run-no-cd": { level: "error" } } },
    { rules: { "from-image-pinned": ["error", { requireDigest: "yes" }] } },
    { rules: { "from-image-pinned": ["error", { nope: true }] } },
    { rules: { "no-such-rule": "off" } },
    { overrides: [{ rules: {} }] },
    { overrides: [{ files: [] }] },
    { overrides: [{ files: 3 }] },
    { settings: { labelSchema: { a: "uri" } } },
    { settings: { other: 1 } },
    { inlineIgnores: "no" },
    { ignored: ["DL3006"] },
  ];

  it("is a valid draft-07 schema", () => {
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    expect(ajv.validateSchema(buildConfigSchema(rules))).toBe(true);
  });

  it("accepts and rejects exactly what the loader accepts and rejects, at the same paths", () => {
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(buildConfigSchema(rules));
    for (const sample of samples) {
      const schemaOk = validate(sample);
      let loaderOk = true;
      try {
        validateConfig(sample, rules, "sample");
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        loaderOk = false;
      }
      expect({ sample, ok: loaderOk }).toEqual({ sample, ok: schemaOk });
      if (!schemaOk) {
        // Same data paths (ignoring if/then/else noise) in both.
        const paths = (errs: { instancePath: string; keyword: string }[]) =>
          [...new Set(errs.filter((e) => e.keyword !== "if").map((e) => e.instancePath))].sort();
        const structural = checkStructure(sample).map((e) => e.instancePath);
        const schemaPaths = paths(validate.errors ?? []);
        for (const p of structural) expect(schemaPaths).toContain(p);
      }
    }
  });
});
