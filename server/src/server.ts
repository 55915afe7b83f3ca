// The language server: wiring only. Every feature is a view of the cached Article (see features/).
import {
  CodeActionKind, createConnection, LSPErrorCodes, MessageType, ShowMessageNotification, type RequestMessage, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleCache, FULL_ANALYSIS_LIMIT } from './articles';
import { actorHover } from './features/hover';
import { documentSymbols } from './features/documentSymbols';
import { legend, semanticTokens } from './features/semanticTokens';
import { SemanticTokensHistory } from './features/semanticTokensDelta';
import { diagnostics } from './features/diagnostics';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { foldingRanges } from './features/foldingRanges';
import { ADD_EXCEPTION_COMMAND, wireBoilerplateSetup } from './boilerplateSetup';
import { quoteList, QUOTES_REQUEST, type QuotesParams, type QuotesResult } from './features/quoteList';
import { sharedHandlers } from './sharedHandlers';
import { Corpus, normaliseUri } from './workspace/corpus';
import { foldName } from './analysis/text';
import { corpusKey, definition, documentHighlights, references } from './features/corpusNavigation';
import { workspaceSymbols } from './features/workspaceSymbols';
import { ACTORS_REQUEST, actorDetail, actorGroups, type ActorsParams, type ActorsResult, type ActorDetail } from './features/actorsTree';
import { knowledgeActions } from './features/knowledgeActions';
import { exportCorpus, EXPORT_REQUEST, type ExportParams } from './workspace/exportCorpus';

/** Diagnostics wait this long after the last keystroke, so a burst of typing is analysed once. */
const DIAGNOSTICS_DELAY_MS = 60;

// A request still waiting in the queue when the client cancels it (the text changed under it) is answered
// "cancelled" at once instead of being computed for a version nobody wants any more.
const connection: Connection = sharedHandlers(createConnection(ProposedFeatures.all, {
  cancelUndispatched: (message) => ({
    jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it ran' },
  }),
}));
const documents = new TextDocuments(TextDocument);
const cache = new ArticleCache(() => analyses++);
const pending = new Map<string, ReturnType<typeof setTimeout>>();
const warnedLarge = new Set<string>();
const tokenHistory = new SemanticTokensHistory();
/** How many times a document was analysed: the benchmark and tests read it to check that bursts are analysed once. */
let analyses = 0;
const openUris = new Set<string>();
const corpus = new Corpus({
  connection,
  analyse: (text) => cache.analyse(text, undefined, false),
  isOpen: (uri) => openUris.has(uri),
  knowledgeChanged: () => { cache.clear(); documents.all().forEach((d) => schedule(d.uri, 0)); },
});
cache.setEnrichment({
  knownPeople: (text) => corpus.index.knownPeopleFor(new Set((text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => foldName(w)))),
  postProcess: (article) => corpus.knowledge.apply(article),
});

/** Runs a handler; a failure is logged and answered with the fallback, so one bad document never kills the server. */
function safely<T>(name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

connection.onInitialize((params) => {
  // Settings and the exceptions file feed the boilerplate rules; new ones re-publish every open article.
  wireBoilerplateSetup({
    connection,
    apply: (options) => { cache.setBoilerplateOptions(options); documents.all().forEach((d) => schedule(d.uri, 0)); },
  }, params);
  corpus.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  return {
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    documentSymbolProvider: { label: 'Quotes' },
    semanticTokensProvider: { legend, full: { delta: true } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    foldingRangeProvider: true,
    executeCommandProvider: { commands: [ADD_EXCEPTION_COMMAND] },
    referencesProvider: true,
    definitionProvider: true,
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  },
  serverInfo: { name: 'news-article-language-server', version: '0.1.0' },
  };
});

function publish(uri: string): void {
  pending.delete(uri);
  const doc = documents.get(uri);
  if (!doc) return;
  safely('diagnostics', undefined, () => {
    if (doc.getText().length > FULL_ANALYSIS_LIMIT && !warnedLarge.has(uri)) {
      warnedLarge.add(uri);
      // A notification, not a request: a client that does not answer message requests must not take the server down.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `${decodeURIComponent(uri.split('/').pop() ?? uri)} is larger than ${FULL_ANALYSIS_LIMIT / 1e6} MB: only its date header and boilerplate are analysed (no actors or quotes).`,
      });
    }
    const article = cache.get(doc);
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics(doc, article) });
    if (doc.getText().length <= FULL_ANALYSIS_LIMIT) corpus.updateOpen(uri, article);
  });
}

function schedule(uri: string, delay: number): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => publish(uri), delay));
}

documents.onDidOpen((e) => { openUris.add(normaliseUri(e.document.uri)); schedule(e.document.uri, 0); });
documents.onDidChangeContent((e) => schedule(e.document.uri, DIAGNOSTICS_DELAY_MS));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  tokenHistory.forget(e.document.uri);
  warnedLarge.delete(e.document.uri);
  openUris.delete(normaliseUri(e.document.uri));
  corpus.closed(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((p) => safely('hover', null, () => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return null;
  const self = normaliseUri(doc.uri);
  return actorHover(doc, cache.get(doc), doc.offsetAt(p.position), (actor) => {
    const entry = corpus.knowledge.entryOf(actor.name);
    const elsewhere = corpus.index.occurrences(corpusKey(corpus.index, actor)).filter((o) => o.article.uri !== self).map((o) => ({ uri: o.article.uri, date: o.article.date }));
    return { elsewhere, description: entry?.description, links: entry?.links };
  });
}));
connection.onReferences((p) => safely('references', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? references(doc, cache.get(doc), doc.offsetAt(p.position), corpus.index) : [];
}));
connection.onDefinition((p) => safely('definition', null, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? definition(doc, cache.get(doc), doc.offsetAt(p.position)) : null;
}));
connection.onDocumentHighlight((p) => safely('documentHighlight', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? documentHighlights(doc, cache.get(doc), doc.offsetAt(p.position)) : [];
}));
connection.onWorkspaceSymbol((p) => safely('workspaceSymbol', [], () => workspaceSymbols(corpus.index, p.query)));
connection.onRequest(ACTORS_REQUEST, (p: ActorsParams) => safely<ActorsResult | ActorDetail>('actors', { articles: 0, indexing: false, groups: [] }, () => (p?.key ? actorDetail(corpus.index, p.key) : actorGroups(corpus.index, corpus.indexing))));
connection.onRequest(EXPORT_REQUEST, (p: ExportParams) => exportCorpus(p, {
  files: corpus.diskFiles(),
  openText: (uri) => documents.all().find((d) => normaliseUri(d.uri) === uri)?.getText(),
  analyse: (text) => cache.analyse(text),
}));
connection.onInitialized(() => {
  void corpus.scan();
  try {
    connection.workspace.onDidChangeWorkspaceFolders(() => void connection.workspace.getWorkspaceFolders().then((folders) => {
      corpus.setFolders((folders ?? []).map((f) => f.uri));
      void corpus.scan();
    }));
  } catch { /* the client does not report folder changes */ }
});
connection.onDidChangeWatchedFiles((p) => safely('watchedFiles', undefined, () => corpus.filesChanged(p.changes)));
connection.onDidChangeConfiguration(() => corpus.settingsChanged());
connection.onDocumentSymbol((p) => safely('documentSymbol', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? documentSymbols(doc, cache.get(doc)) : [];
}));
connection.languages.semanticTokens.on((p) => safely('semanticTokens', { data: [] }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? tokenHistory.full(doc.uri, semanticTokens(doc, cache.get(doc))) : { data: [] };
}));
connection.languages.semanticTokens.onDelta((p) => safely('semanticTokens/delta', { edits: [] }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? tokenHistory.delta(doc.uri, p.previousResultId, semanticTokens(doc, cache.get(doc))) : { edits: [] };
}));
connection.onRequest('newsArticle/stats', () => ({
  analyses, documents: documents.all().length, articles: corpus.index.size, indexing: corpus.indexing, lastScanMs: corpus.lastScan.ms,
  rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed,
}));
connection.onCodeAction((p) => safely('codeAction', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? [...codeActions(doc, cache.get(doc), p), ...knowledgeActions(doc, cache.get(doc), p, corpus.knowledgeFileFor(doc.uri))] : [];
}));

connection.onFoldingRanges((p) => safely('foldingRanges', [], () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? foldingRanges(doc, cache.get(doc)) : [];
}));
connection.onRequest(QUOTES_REQUEST, (p: QuotesParams) => safely<QuotesResult>('quotes', { quotes: [], actorAt: null }, () => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? quoteList(doc, cache.get(doc), p.position) : { quotes: [], actorAt: null };
}));

documents.listen(connection);
connection.listen();
