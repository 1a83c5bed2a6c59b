// `dflint lsp`: a language server over stdio. A thin adapter: buffers are linted with lintText and
// the nearest config, problems become diagnostics, fixes and pragmas become code actions.
// Loaded only by this subcommand, so plain lint start-up never loads vscode-languageserver.
import { format } from "node:util";
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { rules } from "../../rules/index";
import type { Io } from "../cli/main";
import { UsageError } from "../cli/args";
import { explainRule } from "../cli/explain";
import { VERSION } from "../cli/meta";
import type { Preset } from "../engine/types";
import { codeActions, EXPLAIN_COMMAND, FIX_ALL_KIND } from "./actions";
import { DFLINT_CONFIG_NAMES, HADOLINT_CONFIG_NAMES } from "../config/find";
import { toDiagnostics } from "./convert";
import { hoverAt } from "./hover";
import { DocumentLinter, documentPath, type LintedDocument } from "./lint-document";
import { resolve } from "node:path";

export const LSP_HELP = `Usage: dflint lsp [--stdio]

Runs dflint as a language server speaking LSP over stdin/stdout: diagnostics
as you type (also in unsaved and untitled buffers), fixes, "ignore on this
line" and "explain rule" code actions, and rule docs on hover.

initializationOptions (all optional):
  configPath   config file to use instead of the nearest one
  preset       recommended | strict
  debounceMs   within a burst of changes, wait this long after the last one
               before linting (default 30; a change after a pause is linted at once)
`;

/** Settings a client may pass in initializationOptions. */
export interface ServerOptions {
  configPath?: string;
  preset?: Preset;
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 30;
const CONFIG_POLL_MS = 2000;

/** Takes what is well-formed from the client's initializationOptions and ignores the rest. */
export function readServerOptions(raw: unknown): ServerOptions {
  const o = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: ServerOptions = { debounceMs: DEFAULT_DEBOUNCE_MS };
  if (typeof o.configPath === "string" && o.configPath) out.configPath = o.configPath;
  if (o.preset === "recommended" || o.preset === "strict") out.preset = o.preset;
  if (typeof o.debounceMs === "number" && Number.isFinite(o.debounceMs) && o.debounceMs >= 0) out.debounceMs = Math.min(o.debounceMs, 5000);
  return out;
}

function workspaceRoot(params: InitializeParams, cwd: string): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return (uri && documentPath(uri)) ?? params.rootPath ?? cwd;
}

export function startServer(connection: Connection, cwd: string): void {
  const documents = new TextDocuments(TextDocument);
  const latest = new Map<string, LintedDocument>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** When each buffer last changed (performance.now()): a change after a quiet spell is linted at once. */
  const changedAt = new Map<string, number>();
  let linter = new DocumentLinter({ root: cwd });
  let options = readServerOptions(undefined);
  let capabilities: ClientCapabilities = {};

  const lintNow = (uri: string): LintedDocument | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    try {
      const linted = linter.lint(uri, doc.version, doc.getText());
      latest.set(uri, linted);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(linted) });
      return linted;
    } catch (err) {
      connection.console.error(`dflint: could not lint ${uri}: ${(err as Error)?.message ?? String(err)}`);
      return undefined;
    }
  };

  /** The lint of the buffer's current version (linting now if the debounced lint is still pending). */
  const current = (uri: string): LintedDocument | undefined => {
    const doc = documents.get(uri);
    const known = latest.get(uri);
    if (doc && known && known.doc.version === doc.version) return known;
    clearTimeout(timers.get(uri));
    return lintNow(uri);
  };

  // Debounce only bursts: a change that comes debounceMs or more after the one before (and finds no
  // lint pending) is linted on the next turn of the event loop, so typing gets diagnostics without a
  // wait; changes that come faster than that (a paste, key repeat) wait for a pause of debounceMs.
  const schedule = (uri: string) => {
    const now = performance.now();
    const pending = timers.has(uri);
    const idle = !pending && now - (changedAt.get(uri) ?? -Infinity) >= options.debounceMs;
    changedAt.set(uri, now);
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(
        () => {
          timers.delete(uri);
          const doc = documents.get(uri);
          if (doc && latest.get(uri)?.doc.version !== doc.version) lintNow(uri);
        },
        idle ? 0 : options.debounceMs,
      ),
    );
  };

  const relintAll = () => {
    for (const uri of documents.keys()) lintNow(uri);
  };

  connection.onInitialize((params) => {
    options = readServerOptions(params.initializationOptions);
    capabilities = params.capabilities;
    const root = workspaceRoot(params, cwd);
    linter = new DocumentLinter({ root, configPath: options.configPath && resolve(root, options.configPath), preset: options.preset });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [EXPLAIN_COMMAND] },
      },
      serverInfo: { name: "dflint", version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const names = [...DFLINT_CONFIG_NAMES, ...HADOLINT_CONFIG_NAMES].join(",");
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${names}}` }] });
    }
    // Clients that watch no files (Neovim on Linux) still see config edits within a poll.
    setInterval(() => {
      if (linter.configChanged(documents.keys())) relintAll();
    }, CONFIG_POLL_MS).unref();
  });

  connection.onDidChangeWatchedFiles(() => {
    linter.forgetConfigs();
    relintAll();
  });

  documents.onDidOpen((e) => {
    // Opening counts as a change: edits that follow at once (a client's formatting on open) form a burst.
    changedAt.set(e.document.uri, performance.now());
    lintNow(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (latest.get(e.document.uri)?.doc.version !== e.document.version) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    latest.delete(uri);
    changedAt.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const linted = current(params.textDocument.uri);
    if (!linted) return [];
    const documentChanges = Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);
    const uri = params.textDocument.uri;
    return codeActions(linted, params.range, { documentChanges, only: params.context.only }, (text) => linter.problems(uri, text));
  });

  connection.onHover((params) => {
    const linted = current(params.textDocument.uri);
    return linted ? hoverAt(linted, linted.doc.offsetAt(params.position)) : null;
  });

  connection.onExecuteCommand((params) => {
    if (params.command !== EXPLAIN_COMMAND) return null;
    const id = params.arguments?.[0];
    const text = typeof id === "string" ? explainRule(id, rules) : null;
    if (text === null) {
      const message = `dflint: unknown rule ${JSON.stringify(String(id)).slice(0, 200)}`;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
      return null;
    }
    // A plain notification: window.showInformationMessage would be a request that clients may not answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text });
    return text;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
}

export async function lspCommand(args: string[], io: Io): Promise<number> {
  for (const a of args) {
    if (a === "--help" || a === "-h") {
      io.stdout(LSP_HELP);
      return 0;
    }
    // Clients often pass --stdio; it is the only transport.
    if (a !== "--stdio") throw new UsageError(`dflint lsp: unknown option '${a}' (it speaks LSP over stdio)`);
  }
  // stdout carries protocol messages only: any stray console output goes to stderr instead.
  const toStderr = (...a: unknown[]) => void process.stderr.write(format(...a) + "\n");
  console.log = console.info = console.debug = console.warn = toStderr;
  const connection = createConnection(process.stdin, process.stdout);
  // A request the client refuses must not end the session for every buffer.
  process.on("unhandledRejection", (err) => connection.console.error(`dflint: ${(err as Error)?.message ?? String(err)}`));
  startServer(connection, io.cwd);
  connection.listen();
  // The connection ends the process: on `exit`, or when the client closes stdin.
  return new Promise<number>(() => {});
}
