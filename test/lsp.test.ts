// `dflint lsp` driven by a real LSP client (the protocol layer of vscode-languageclient) over stdio.
// Needs the bundle: `npm run bundle` first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, Hover, Range } from "vscode-languageserver-protocol";
import { rules } from "../rules/index";
import { bin, fileUri, LspSession, root, ruleIds } from "./lsp-client";

const SEED = fs.readFileSync(path.join(root, "fixtures", "sample", "Dockerfile"), "utf8");

function tmpdir(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "dflint-lsp-")));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

async function actionsAt(s: LspSession, uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
  return (await s.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
}

function find(diagnostics: Diagnostic[], ruleId: string): Diagnostic {
  const d = diagnostics.find((x) => x.code === ruleId);
  if (!d) throw new Error(`no ${ruleId} in ${ruleIds(diagnostics).join(", ")}`);
  return d;
}

describe("dflint lsp with a real client", () => {
  let dir: string;
  let s: LspSession;

  beforeAll(async () => {
    dir = tmpdir({ "app/Dockerfile": SEED, "quiet/.dflint.json": JSON.stringify({ rules: { "cmd-exec-form": "off" } }) });
    s = await LspSession.start(dir);
  });

  afterAll(async () => {
    expect(await s.close()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("publishes the seed Dockerfile's problems on open, at the right ranges", async () => {
    const uri = fileUri(path.join(dir, "app", "Dockerfile"));
    await s.open(uri, SEED);
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    expect(ruleIds(diagnostics)).toEqual(expect.arrayContaining(["run-redundant-mkdir", "copy-manifests-first", "cmd-exec-form"]));
    const copy = find(diagnostics, "copy-manifests-first");
    expect(copy.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 8 } });
    expect(copy.source).toBe("dflint");
    expect(copy.severity).toBe(2);
    expect(copy.codeDescription?.href).toMatch(/#copy-manifests-first$/);
  });

  // The rule's fix lands separately (issue 10, item 3); until the rule says it is fixable this cannot run.
  const copyFixable = Boolean(rules.find((r) => r.id === "copy-manifests-first")?.fixable);
  it.skipIf(!copyFixable)("applies the copy-manifests-first fix from a code action and publishes the updated diagnostics", async () => {
    const uri = fileUri(path.join(dir, "app", "seed.Dockerfile"));
    await s.open(uri, SEED);
    const before = (await s.diagnosticsFor(uri, 1)).diagnostics;
    const copy = find(before, "copy-manifests-first");
    const actions = await actionsAt(s, uri, copy.range, [copy]);
    const fix = actions.find((a) => a.title.includes("copy-manifests-first") && a.edit && !a.title.startsWith("Ignore"));
    expect(fix, actions.map((a) => a.title).join("; ")).toBeDefined();
    expect(fix!.kind).toBe("quickfix");
    expect(fix!.diagnostics?.[0]?.code).toBe("copy-manifests-first");
    const applied = await s.apply(fix!.edit!);
    expect(applied.text).toMatch(/COPY requirements\.txt [^\n]*\n(RUN [^\n]*\n)*RUN pip install[^\n]*-r requirements\.txt\n(.*\n)*COPY \. \./);
    const after = (await s.diagnosticsFor(uri, applied.version)).diagnostics;
    expect(ruleIds(after)).not.toContain("copy-manifests-first");
    // Nothing new: every rule still reported was reported before the fix.
    for (const id of ruleIds(after)) expect(ruleIds(before)).toContain(id);
  });

  it("applies a safe fix, and fix-all applies every safe fix in the buffer's CRLF line breaks", async () => {
    const uri = fileUri(path.join(dir, "app", "fixes.Dockerfile"));
    const text = SEED.replace(/\n/g, "\r\n");
    await s.open(uri, text);
    const before = (await s.diagnosticsFor(uri, 1)).diagnostics;
    const cmd = find(before, "cmd-exec-form");
    const quick = (await actionsAt(s, uri, cmd.range, [cmd])).find((a) => a.title === "Fix cmd-exec-form")!;
    expect(quick.isPreferred).toBe(true);
    const one = await s.apply(quick.edit!);
    expect(one.text).toBe(text.replace("CMD python app.py", 'CMD ["python", "app.py"]'));
    expect(ruleIds((await s.diagnosticsFor(uri, one.version)).diagnostics)).not.toContain("cmd-exec-form");

    const [all] = await s.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: lineRange(0),
      context: { diagnostics: [], only: ["source.fixAll"] },
    }) as CodeAction[];
    expect(all!.kind).toBe("source.fixAll.dflint");
    const fixed = await s.apply(all!.edit!);
    expect(fixed.text).toContain("RUN pip install --no-cache-dir -r requirements.txt\r\n");
    expect(fixed.text.replace(/\r\n/g, "")).not.toContain("\n");
    const after = (await s.diagnosticsFor(uri, fixed.version)).diagnostics;
    expect(ruleIds(after)).not.toContain("pip-no-cache-dir");
    const again = await s.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: lineRange(0), context: { diagnostics: [], only: ["source.fixAll"] } });
    expect(again).toEqual([]);
  });

  it("lints the unsaved buffer, not the file on disk, after a debounced change", async () => {
    const uri = fileUri(path.join(dir, "app", "Dockerfile"));
    const version = await s.change(uri, SEED.replace("CMD python app.py", 'CMD ["python", "app.py"]'));
    const { diagnostics } = await s.diagnosticsFor(uri, version);
    expect(ruleIds(diagnostics)).not.toContain("cmd-exec-form");
    expect(ruleIds(diagnostics)).toContain("copy-manifests-first");
    expect(fs.readFileSync(path.join(dir, "app", "Dockerfile"), "utf8")).toBe(SEED);
  });

  it("lints untitled buffers with the workspace folder's config", async () => {
    const uri = "untitled:Untitled-1";
    await s.open(uri, "FROM alpine:3.20\nRUN apk add curl\n");
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    const apk = find(diagnostics, "apk-no-cache");
    expect(apk.range.start.line).toBe(1);
  });

  it("honours the nearest config file", async () => {
    const uri = fileUri(path.join(dir, "quiet", "Dockerfile"));
    await s.open(uri, SEED);
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    expect(ruleIds(diagnostics)).toContain("copy-manifests-first");
    expect(ruleIds(diagnostics)).not.toContain("cmd-exec-form");
  });

  it("offers ignore-on-this-line, which appends to an existing pragma and silences the problem", async () => {
    const uri = fileUri(path.join(dir, "app", "pragma.Dockerfile"));
    const text = "FROM python:3.12-slim\n# dflint-ignore: user-not-root -- a reason\nRUN mkdir /app\nWORKDIR /app\n";
    await s.open(uri, text);
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    const mkdir = find(diagnostics, "run-redundant-mkdir");
    const actions = await actionsAt(s, uri, mkdir.range, [mkdir]);
    const ignore = actions.find((a) => a.title.startsWith("Ignore run-redundant-mkdir"))!;
    expect(ignore.kind).toBe("quickfix");
    const applied = await s.apply(ignore.edit!);
    expect(applied.text).toBe("FROM python:3.12-slim\n# dflint-ignore: user-not-root, run-redundant-mkdir -- a reason\nRUN mkdir /app\nWORKDIR /app\n");
    const after = await s.diagnosticsFor(uri, applied.version);
    expect(ruleIds(after.diagnostics)).not.toContain("run-redundant-mkdir");
  });

  it("puts a new pragma above a continued instruction, indented and with the file's CRLF line ends, after a BOM", async () => {
    const uri = fileUri(path.join(dir, "app", "crlf.Dockerfile"));
    const text = "\uFEFFFROM alpine:3.20\r\n  RUN apk update && \\\r\n    apk add curl\r\n";
    await s.open(uri, text);
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    const apk = find(diagnostics, "apk-no-cache");
    // The BOM takes one UTF-16 unit on the first line only; 'apk add' is on the third line.
    expect(apk.range.start.line).toBe(2);
    const actions = await actionsAt(s, uri, apk.range);
    const ignore = actions.find((a) => a.title.startsWith("Ignore apk-no-cache"))!;
    const applied = await s.apply(ignore.edit!);
    expect(applied.text).toBe("\uFEFFFROM alpine:3.20\r\n  # dflint-ignore: apk-no-cache\r\n  RUN apk update && \\\r\n    apk add curl\r\n");
    const after = await s.diagnosticsFor(uri, applied.version);
    expect(ruleIds(after.diagnostics)).not.toContain("apk-no-cache");
  });

  it("puts the pragma for a CMD that has no effect above the later CMD, whose ignore comments apply", async () => {
    const uri = fileUri(path.join(dir, "app", "twice.Dockerfile"));
    await s.open(uri, 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n');
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    const twice = find(diagnostics, "instruction-once-per-stage");
    expect(twice.range.start.line).toBe(1);
    const actions = await actionsAt(s, uri, twice.range, [twice]);
    const ignore = actions.find((a) => a.title.startsWith("Ignore instruction-once-per-stage"))!;
    const applied = await s.apply(ignore.edit!);
    expect(applied.text).toBe('FROM alpine:3.20\nCMD ["a"]\n# dflint-ignore: instruction-once-per-stage\nCMD ["b"]\n');
    const after = await s.diagnosticsFor(uri, applied.version);
    expect(ruleIds(after.diagnostics)).not.toContain("instruction-once-per-stage");
  });

  it("explains a rule through a code action's command", async () => {
    const uri = fileUri(path.join(dir, "app", "Dockerfile"));
    const actions = await actionsAt(s, uri, lineRange(1));
    const explain = actions.find((a) => a.title === "Explain rule run-redundant-mkdir")!;
    expect(explain.command?.command).toBe("dflint.explainRule");
    const before = s.messages.length;
    const text = await s.connection.sendRequest("workspace/executeCommand", { command: explain.command!.command, arguments: explain.command!.arguments });
    expect(text).toMatch(/^run-redundant-mkdir: /);
    await expect.poll(() => s.messages.length).toBe(before + 1);
    expect(s.messages.at(-1)!.message).toBe(text);
  });

  it("shows the rule's docs on hover over a problem, and nothing elsewhere", async () => {
    const uri = fileUri(path.join(dir, "app", "Dockerfile"));
    const hover = (await s.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 3, character: 2 } })) as Hover;
    const value = (hover.contents as { kind: string; value: string }).value;
    expect((hover.contents as { kind: string }).kind).toBe("markdown");
    expect(value).toContain("**copy-manifests-first** (warning)");
    expect(value).toContain("Copy dependency manifests and install before copying the whole build context");
    const blank = await s.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 5, character: 2 } });
    expect(blank).toBeNull();
  });

  it("escapes Markdown from the Dockerfile in hover text", async () => {
    const uri = fileUri(path.join(dir, "app", "md.Dockerfile"));
    await s.open(uri, "FROM [x](http://evil)<b>:latest\n");
    const { diagnostics } = await s.diagnosticsFor(uri, 1);
    expect(diagnostics.length).toBeGreaterThan(0);
    const hover = (await s.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: diagnostics[0]!.range.start })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).not.toContain("[x](http://evil)");
    expect(value).not.toContain("<b>");
  });

  it("clears a closed buffer's diagnostics", async () => {
    const uri = "untitled:Untitled-1";
    await s.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await s.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
  });
});

describe("dflint lsp config reload", () => {
  it("re-lints open buffers when their config changes, is broken, or goes", async () => {
    const dir = tmpdir({ Dockerfile: SEED });
    const s = await LspSession.start(dir);
    try {
      const uri = fileUri(path.join(dir, "Dockerfile"));
      await s.open(uri, SEED);
      expect(ruleIds((await s.diagnosticsFor(uri, 1)).diagnostics)).toContain("cmd-exec-form");
      const config = path.join(dir, ".dflint.json");
      const notify = () => s.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(config), type: 2 }] });

      fs.writeFileSync(config, JSON.stringify({ rules: { "cmd-exec-form": "off" } }));
      await notify();
      await s.diagnostics(uri, (p) => !ruleIds(p.diagnostics).includes("cmd-exec-form"));

      fs.writeFileSync(config, '{ "rules": { "no-such-rule": "error" } }');
      await notify();
      const broken = await s.diagnostics(uri, (p) => ruleIds(p.diagnostics).includes("config-error"));
      expect(broken.diagnostics).toHaveLength(1);
      expect(broken.diagnostics[0]!.message).toContain("no-such-rule");
      expect(broken.diagnostics[0]!.range.start).toEqual({ line: 0, character: 0 });

      // No notification this time: the server's own poll notices the config is gone.
      fs.rmSync(config);
      const back = await s.diagnostics(uri, (p) => ruleIds(p.diagnostics).includes("cmd-exec-form"), 8000);
      expect(ruleIds(back.diagnostics)).not.toContain("config-error");
    } finally {
      expect(await s.close()).toBe(0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("dflint lsp debounce", () => {
  it("lints once after a burst of changes, for the last version only", async () => {
    const dir = tmpdir();
    const s = await LspSession.start(dir, { debounceMs: 300 });
    try {
      const uri = fileUri(path.join(dir, "Dockerfile"));
      await s.open(uri, "FROM alpine:3.20\n");
      await s.diagnosticsFor(uri, 1);
      let text = "FROM alpine:3.20\n";
      let version = 1;
      for (const line of ["RUN apk add a", "RUN apk add b", "RUN apk add c", "RUN apk add d"]) {
        text += line + "\n";
        version = await s.change(uri, text);
      }
      const last = await s.diagnosticsFor(uri, version);
      expect(last.diagnostics.filter((d) => d.code === "apk-no-cache")).toHaveLength(4);
      const forUri = s.published.filter((p) => p.uri === uri).map((p) => p.version);
      expect(forUri).toEqual([1, version]);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("dflint lsp command line", () => {
  it("rejects transports it does not speak with exit code 2", () => {
    const r = spawnSync(process.execPath, [bin, "lsp", "--socket=7000"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--socket=7000'");
    expect(r.stdout).toBe("");
  });

  it("prints its help", () => {
    const r = spawnSync(process.execPath, [bin, "lsp", "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("initializationOptions");
  });
});
