import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { defaultConfig } from "../src/config/defaults";
import { hasConfigFile } from "../src/config/find";
import { resolveConfig } from "../src/config/load";

describe("default config without a config file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-defaults-"));
  const file = path.join(dir, "Dockerfile");
  it.each(["recommended", "strict"] as const)("equals resolveConfig for the %s preset", (preset) => {
    expect(hasConfigFile(dir)).toBe(false);
    const a = defaultConfig(rules, preset);
    a.settings.contextDir = dir;
    const b = resolveConfig(file, { rules, preset });
    expect(JSON.parse(JSON.stringify(a.rules))).toEqual(JSON.parse(JSON.stringify(b.rules)));
    expect(a.settings).toEqual(b.settings);
    expect(a.inlineIgnores).toBe(b.inlineIgnores);
    expect(b.failLevel).toBeUndefined();
  });
});
