// The language server: wiring only. Every feature is a view of the cached Article (see features/).
import {
  CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleCache, FULL_ANALYSIS_LIMIT } from './articles';
import { actorHover } from './features/hover';
import { documentSymbols } from './features/documentSymbols';
import { legend, semanticTokens } from './features/semanticTokens';
import { diagnostics } from './features/diagnostics';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { quoteList, QUOTES_REQUEST, type QuotesParams, type QuotesResult } from './features/quoteList';

/** Diagnostics wait this long after the last keystroke, so a burst of typing is analysed once. */
const DIAGNOSTICS_DELAY_MS = 60;

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new ArticleCache();
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const warnedLarge = new Set<string>();

/** Runs a handler; a failure is logged and answered with the fallback, so one bad document never kills the server. */
function safely<T>(name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    documentSymbolProvider: { label: 'Quotes' },
    semanticTokensProvider: { legend, full: true },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  },
  serverInfo: { name: 'news-article-language-server', version: '0.1.0' },
}));

function publish(uri: string): void {
  pending.delete(uri);
  const doc = documents.get(uri);
  if (!doc) return;
  safely('diagnostics', undefined, () => {
    if (doc.getText().length > FULL_ANALYSIS_LIMIT && !warnedLarge.has(uri)) {
      warnedLarge.add(uri);
      void connection.window.showInformationMessage(
        `${decodeURIComponent(uri.split('/').pop() ?? uri)} is larger than ${FULL_ANALYSIS_LIMIT / 1e6} MB: only its date header and boilerplate are analysed (no actors or quotes).`);
    }
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics(doc, cache.get(doc)) });
  });
}

function schedule(uri: string, delay: number): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => publish(uri), delay));
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri, DIAGNOSTICS_DELAY_MS));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  warnedLarge.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((p) => safely('hover', null, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? actorHover(doc, cache.get(doc), doc.offsetAt(p.position), cache.others(doc.uri)) : null;
}));
connection.onDocumentSymbol((p) => safely('documentSymbol', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? documentSymbols(doc, cache.get(doc)) : [];
}));
connection.languages.semanticTokens.on((p) => safely('semanticTokens', { data: [] }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? semanticTokens(doc, cache.get(doc)) : { data: [] };
}));
connection.onCodeAction((p) => safely('codeAction', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? codeActions(doc, cache.get(doc), p) : [];
}));

connection.onRequest(QUOTES_REQUEST, (p: QuotesParams) => safely<QuotesResult>('quotes', { quotes: [], actorAt: null }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? quoteList(doc, cache.get(doc), p.position) : { quotes: [], actorAt: null };
}));

documents.listen(connection);
connection.listen();
