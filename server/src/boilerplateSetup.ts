// The user's say over boilerplate: settings (`newsArticle.boilerplate.*`) and the exceptions file
// (`.news-article/boilerplate-exceptions.json` in a workspace folder). Reads them with node fs and the LSP
// connection, and hands the analysis plain options; analysis/ itself never touches files or settings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver';
import { compileCustomPatterns } from './analysis/boilerplate/customPatterns';
import { boilerplateRules } from './analysis/boilerplate/boilerplateRules';
import type { BoilerplateOptions } from './analysis/boilerplate/findBoilerplate';

/** The server command the "Not boilerplate" quick fix runs: arguments (documentUri, lineTexts[]). */
export const ADD_EXCEPTION_COMMAND = 'newsArticle.boilerplate.addException';
export const EXCEPTIONS_FILE = join('.news-article', 'boilerplate-exceptions.json');

export interface BoilerplateSettings {
  options: BoilerplateOptions;
  /** Messages for the user about settings that could not be used. */
  errors: string[];
}

/** Validates the `newsArticle.boilerplate` settings section; never throws. */
export function readSettings(section: unknown): BoilerplateSettings {
  const s = (section && typeof section === 'object' ? section : {}) as { disabledRules?: unknown; customPatterns?: unknown };
  const custom = compileCustomPatterns(s.customPatterns);
  const errors: string[] = [];
  let disabledRules: string[] = [];
  if (Array.isArray(s.disabledRules)) {
    disabledRules = s.disabledRules.filter((r): r is string => typeof r === 'string');
    const known = new Set([...boilerplateRules.map((r) => r.id), ...custom.rules.map((r) => r.id)]);
    const unknown = disabledRules.filter((r) => !known.has(r));
    if (unknown.length) errors.push(`newsArticle.boilerplate.disabledRules: no rule ${unknown.map((u) => `"${u}"`).join(', ')}; the rules are ${[...known].join(', ')}.`);
  } else if (s.disabledRules !== undefined && s.disabledRules !== null) {
    errors.push('newsArticle.boilerplate.disabledRules must be a list of rule ids, e.g. ["page-residue"].');
  }
  errors.push(...custom.errors);
  return { options: { disabledRules, customRules: custom.rules }, errors };
}

/** The exceptions of every workspace folder: exact (trimmed) line texts that are not boilerplate. */
export class ExceptionsStore {
  private lines: string[] = [];
  /** Exceptions recorded when there is no workspace folder to hold the file: kept for this session only. */
  private readonly session: string[] = [];

  private folders: string[] = [];

  folderUris(): string[] {
    return this.folders.map((f) => pathToFileURL(f).toString());
  }

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => { try { return [fileURLToPath(u)]; } catch { return []; } });
  }

  /** Rereads the files; returns a message per file that could not be read. */
  load(): string[] {
    const errors: string[] = [];
    const all = new Set<string>(this.session);
    for (const folder of this.folders) {
      const file = join(folder, EXCEPTIONS_FILE);
      let raw: string;
      try { raw = readFileSync(file, 'utf8'); } catch { continue; } // no file: no exceptions
      try {
        for (const l of parseExceptions(raw)) all.add(l);
      } catch (e) {
        errors.push(`${file}: ${(e as Error).message}; its exceptions are ignored until it is fixed.`);
      }
    }
    this.lines = [...all];
    return errors;
  }

  get all(): string[] {
    return this.lines;
  }

  /** Records lines in the file of the folder that holds the document (or the first folder). Returns where. */
  add(documentUri: string, lines: string[]): string | null {
    const texts = lines.map((l) => l.trim()).filter(Boolean);
    if (!texts.length) return null;
    let docPath = '';
    try { docPath = fileURLToPath(documentUri); } catch { /* not a file */ }
    const folder = this.folders.filter((f) => docPath.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
    if (!folder) {
      this.session.push(...texts);
      this.load();
      return null;
    }
    const file = join(folder, EXCEPTIONS_FILE);
    let existing: string[] = [];
    try { existing = parseExceptions(readFileSync(file, 'utf8')); } catch { /* new or unreadable: start afresh */ }
    const merged = [...new Set([...existing, ...texts])];
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ lines: merged }, null, 2) + '\n');
    this.load();
    return pathToFileURL(file).toString();
  }
}

function parseExceptions(raw: string): string[] {
  const v = JSON.parse(raw) as unknown;
  const lines = Array.isArray(v) ? v : (v as { lines?: unknown })?.lines;
  if (!Array.isArray(lines)) throw new Error('expected { "lines": ["…"] }');
  return lines.filter((l): l is string => typeof l === 'string').map((l) => l.trim()).filter(Boolean);
}

/** What the wiring needs from the server: small, so server.ts stays wiring only. */
interface Host {
  connection: Connection;
  /** Hands new options to the cache and re-publishes every open article. */
  apply(options: BoilerplateOptions): void;
}

/**
 * Keeps the analysis options in step with the settings and the exceptions files: reads them once the client is
 * ready, again when either changes, and records "Not boilerplate" exceptions. A bad setting is reported once per
 * distinct message (window/showMessage) and otherwise ignored.
 */
export function wireBoilerplateSetup(host: Host, initialize: InitializeParams): void {
  const { connection } = host;
  const store = new ExceptionsStore();
  store.setFolders(initialize.workspaceFolders?.map((f) => f.uri) ?? (initialize.rootUri ? [initialize.rootUri] : []));
  const canAsk = !!initialize.capabilities.workspace?.configuration;
  let settings: BoilerplateSettings = { options: {}, errors: [] };
  const reported = new Set<string>();
  // A notification, not a request: nothing waits for the user to close it.
  const tell = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message: `News Article: ${message}` });
  const report = (messages: string[]) => {
    for (const m of messages) {
      if (reported.has(m)) continue;
      reported.add(m);
      tell(MessageType.Warning, m);
    }
  };
  const apply = () => host.apply({ ...settings.options, exceptions: store.all });
  const refreshSettings = async () => {
    let section: unknown;
    try {
      section = canAsk ? await connection.workspace.getConfiguration({ section: 'newsArticle.boilerplate' }) : undefined;
    } catch (e) {
      connection.console.error(`reading settings failed: ${(e as Error)?.message ?? String(e)}`);
    }
    settings = readSettings(section);
    report(settings.errors);
    apply();
  };
  const refreshExceptions = () => {
    report(store.load());
    apply();
  };

  connection.onInitialized(() => {
    report(store.load());
    void refreshSettings();
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const now = new Set(store.folderUris());
        e.removed.forEach((f) => now.delete(f.uri));
        e.added.forEach((f) => now.add(f.uri));
        store.setFolders([...now]);
        refreshExceptions();
      });
    } catch { /* the client does not report folder changes */ }
  });
  connection.onDidChangeConfiguration(() => void refreshSettings());
  connection.onDidChangeWatchedFiles((p) => { if (p.changes.some((c) => c.uri.endsWith('boilerplate-exceptions.json'))) refreshExceptions(); });
  connection.onExecuteCommand((p) => {
    if (p.command !== ADD_EXCEPTION_COMMAND) return;
    const [uri, lines] = (p.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string' || !Array.isArray(lines)) return;
    try {
      const file = store.add(uri, lines.filter((l): l is string => typeof l === 'string'));
      if (!file) tell(MessageType.Info, 'no workspace folder is open, so this exception lasts for this session only.');
    } catch (e) {
      tell(MessageType.Error, `could not record the exception: ${(e as Error)?.message ?? String(e)}`);
    }
    apply();
  });
}
