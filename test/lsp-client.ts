// A real LSP client for tests: the JSON-RPC/protocol layer that vscode-languageclient is built on,
// driving the built `bin/dflint.js lsp` over stdio.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";

export const root = path.resolve(__dirname, "..");
export const bin = path.join(root, "bin", "dflint.js");

export const CAPABILITIES: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } } },
    hover: { contentFormat: ["markdown", "plaintext"] },
  },
  workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

type Waiter = { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class LspSession {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  stderr = "";
  private readonly docs = new Map<string, TextDocument>();
  private waiters: Waiter[] = [];

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr!.on("data", (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onNotification("window/showMessage", (m: ShowMessageParams) => void this.messages.push(m));
    // Dynamic registration of file watchers: accept it, as editors do.
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.listen();
  }

  static async start(cwd: string, initializationOptions?: unknown, capabilities = CAPABILITIES): Promise<LspSession> {
    const s = new LspSession(cwd);
    const init = await s.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(cwd),
      workspaceFolders: [{ uri: fileUri(cwd), name: "ws" }],
      capabilities,
      initializationOptions,
    });
    if (!init.capabilities.codeActionProvider) throw new Error("server offers no code actions");
    await s.connection.sendNotification(InitializedNotification.type, {});
    return s;
  }

  /** Resolves with the first publishDiagnostics for `uri` that passes `test` (already received or next). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find((p) => p.uri === uri && test(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Diagnostics for exactly this version of the buffer. */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version, timeoutMs);
  }

  async open(uri: string, text: string, languageId = "dockerfile"): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  document(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d;
  }

  /** Replaces the buffer's text (a full-text change) and returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const old = this.document(uri);
    const doc = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ text }],
    });
    return doc.version;
  }

  /** Applies a code action's workspace edit to the buffer, as an editor does, and sends the change. */
  async apply(edit: WorkspaceEdit): Promise<{ uri: string; version: number; text: string }> {
    let uri: string;
    let edits: TextEdit[];
    if (edit.documentChanges) {
      const change = edit.documentChanges[0] as { textDocument: { uri: string; version: number | null }; edits: TextEdit[] };
      uri = change.textDocument.uri;
      if (change.textDocument.version !== null && change.textDocument.version !== this.document(uri).version) throw new Error("edit for a stale version");
      edits = change.edits;
    } else {
      [uri, edits] = Object.entries(edit.changes ?? {})[0]!;
    }
    const text = TextDocument.applyEdits(this.document(uri), edits);
    const version = await this.change(uri, text);
    return { uri, version, text };
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

export function ruleIds(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}
