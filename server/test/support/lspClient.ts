// A minimal LSP client over the real server process (stdio), for protocol tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string | number; message: string; range: { start: { line: number; character: number } }; data?: unknown; severity?: number }>;
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly proc: ChildProcess;
  private readonly diagnostics = new Map<string, PublishedDiagnostics>();
  private readonly waiters: Array<{ check: () => boolean; resolve: () => void }> = [];
  stderr = '';
  messages: string[] = [];
  /** What the client answers to workspace/configuration, by section. */
  settings: Record<string, unknown> = {};
  /** Work-done progress the server reported ($/progress values, in order). */
  progress: Array<{ kind: string; message?: string; title?: string }> = [];

  constructor(serverPath = join(process.cwd(), 'server', 'out', 'server.js')) {
    this.proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.diagnostics.set(p.uri, p);
      this.poke();
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => { this.messages.push(p.message); this.poke(); });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => this.settings[i.section ?? ''] ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onUnhandledProgress((p) => { this.progress.push(p.value as { kind: string }); this.poke(); });
    this.connection.listen();
  }

  private poke(): void {
    for (const w of [...this.waiters]) if (w.check()) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(); }
  }

  async initialize(rootUri: string | null = null, extraCapabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid, rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true }, ...extraCapabilities },
    });
    await this.connection.sendNotification('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version, text } });
  }

  request<T>(method: string, params: object): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Resolves with the diagnostics published for `uri` once `accept` takes them (waits for the event, no sleeping). */
  diagnosticsFor(uri: string, accept: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const check = () => { const d = this.diagnostics.get(uri); return !!d && accept(d); };
      if (check()) return resolve(this.diagnostics.get(uri)!);
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))?.slice(0, 300)}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => { clearTimeout(timer); resolve(this.diagnostics.get(uri)!); } });
    });
  }

  /** Resolves once `check` holds, re-tested whenever a message arrives from the server. */
  until(check: () => boolean, what: string, timeoutMs = 30000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** The server's process id (the benchmark reads its memory). */
  get pid(): number | undefined {
    return this.proc.pid;
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => { this.proc.kill(); r(null); }, 3000))]);
    this.connection.dispose();
    return code;
  }
}
