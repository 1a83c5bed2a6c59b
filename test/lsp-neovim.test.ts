// Neovim's built-in LSP client (headless) against `dflint lsp`: an editor we did not write.
// Skips, saying so, when nvim (0.7+) is not installed (.ci/tools installs Debian's neovim).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bin, root } from "./lsp-client";

function nvimVersion(): [number, number] | null {
  const r = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  const m = r.status === 0 ? /NVIM v(\d+)\.(\d+)/.exec(r.stdout) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const version = nvimVersion();
const usable = version !== null && (version[0] > 0 || version[1] >= 7);
if (!usable) console.warn(`skipping the Neovim LSP test: ${version ? `nvim ${version.join(".")} is older than 0.7` : "nvim is not installed (apt-get install neovim)"}`);

describe.skipIf(!usable)("dflint lsp in headless Neovim", () => {
  it("shows the seed's diagnostics, applies the copy-manifests-first fix from a code action, and updates them", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "dflint-nvim-")));
    try {
      const file = path.join(dir, "Dockerfile");
      const seed = fs.readFileSync(path.join(root, "fixtures", "sample", "Dockerfile"), "utf8");
      fs.writeFileSync(file, seed);
      const out = path.join(dir, "result.json");
      const r = spawnSync("nvim", ["--headless", "--clean", "-n", "-i", "NONE", "-c", `luafile ${path.join(__dirname, "lsp-neovim.lua")}`], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, DFLINT_OUT: out, DFLINT_FILE: file, DFLINT_BIN: bin, DFLINT_NODE: process.execPath, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      });
      if (!fs.existsSync(out)) throw new Error(`nvim wrote no result (exit ${r.status}, signal ${r.signal}): ${r.stderr}`);
      const result = JSON.parse(fs.readFileSync(out, "utf8"));
      expect(result.error, r.stderr).toBeUndefined();
      expect(r.status).toBe(0);
      const before = result.before.map((d: { code: string }) => d.code);
      expect(before).toEqual(expect.arrayContaining(["copy-manifests-first", "cmd-exec-form"]));
      expect(result.titles).toEqual(expect.arrayContaining(["Ignore copy-manifests-first on this line (# dflint-ignore)", "Explain rule copy-manifests-first"]));
      expect(result.text).toMatch(/COPY requirements\.txt [^\n]*\n(RUN [^\n]*\n)*RUN pip install[^\n]*-r requirements\.txt\n(.*\n)*COPY \. \./);
      const after = result.after.map((d: { code: string }) => d.code);
      expect(after).not.toContain("copy-manifests-first");
      for (const id of after) expect(before).toContain(id);
      // The buffer was fixed, not the file: the server linted the unsaved text.
      expect(fs.readFileSync(file, "utf8")).toBe(seed);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
