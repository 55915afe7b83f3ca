// The language server: wiring only. Every feature is a view of the cached Article (see features/).
import {
  CodeActionKind, createConnection, LSPErrorCodes, MessageType, ShowMessageNotification, type RequestMessage, type SemanticTokens, type SemanticTokensDelta, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from './analysis/types';
import { ArticleCache, capitalisedWords, DIAGNOSTICS_DELAY_MS, FULL_ANALYSIS_LIMIT } from './articles';
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
import { corpusKey, definition, documentHighlights, references } from './features/corpusNavigation';
import { workspaceSymbols } from './features/workspaceSymbols';
import { ACTORS_REQUEST, actorDetail, actorGroups, type ActorsParams, type ActorsResult, type ActorDetail } from './features/actorsTree';
import { knowledgeActions } from './features/knowledgeActions';
import { exportCorpus, EXPORT_REQUEST, type ExportParams } from './workspace/exportCorpus';


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
  knownPeople: (text, memo) => (corpus.index.size ? corpus.index.knownPeopleFor(capitalisedWords(text, memo)) : []),
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
    // The message is written on the next turn of the event loop: the corpus index is brought up to date after it, so
    // the diagnostics do not wait for it (and only if the document is still open at this version by then).
    if (doc.getText().length <= FULL_ANALYSIS_LIMIT) {
      setImmediate(() => { if (documents.get(uri)?.version === doc.version) safely('index update', undefined, () => corpus.updateOpen(uri, article)); });
    }
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

/**
 * Runs a feature on the cached analysis of an open document, safely; the fallback when the document is not open.
 * Every per-document handler below goes through here.
 */
function withArticle<T>(name: string, fallback: T, uri: string, run: (doc: TextDocument, article: Article) => T): T {
  return safely(name, fallback, () => {
    const doc = documents.get(uri);
    return doc ? run(doc, cache.get(doc)) : fallback;
  });
}

connection.onHover((p) => withArticle('hover', null, p.textDocument.uri, (doc, article) => {
  const self = normaliseUri(doc.uri);
  return actorHover(doc, article, doc.offsetAt(p.position), (actor) => {
    const entry = corpus.knowledge.entryOf(actor.name);
    const elsewhere = corpus.index.occurrences(corpusKey(corpus.index, actor)).filter((o) => o.article.uri !== self).map((o) => ({ uri: o.article.uri, date: o.article.date }));
    return { elsewhere, description: entry?.description, links: entry?.links };
  });
}));
connection.onReferences((p) => withArticle('references', [], p.textDocument.uri, (doc, article) => references(doc, article, doc.offsetAt(p.position), corpus.index)));
connection.onDefinition((p) => withArticle('definition', null, p.textDocument.uri, (doc, article) => definition(doc, article, doc.offsetAt(p.position))));
connection.onDocumentHighlight((p) => withArticle('documentHighlight', [], p.textDocument.uri, (doc, article) => documentHighlights(doc, article, doc.offsetAt(p.position))));
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
connection.onDocumentSymbol((p) => withArticle('documentSymbol', [], p.textDocument.uri, documentSymbols));
connection.languages.semanticTokens.on((p) => withArticle('semanticTokens', { data: [] }, p.textDocument.uri,
  (doc, article) => tokenHistory.full(doc.uri, semanticTokens(doc, article))));
connection.languages.semanticTokens.onDelta((p) => withArticle<SemanticTokens | SemanticTokensDelta>('semanticTokens/delta', { edits: [] }, p.textDocument.uri,
  (doc, article) => tokenHistory.delta(doc.uri, p.previousResultId, semanticTokens(doc, article))));
connection.onRequest('newsArticle/stats', () => ({
  analyses, lastAnalysis: cache.lastAnalysis, documents: documents.all().length, articles: corpus.index.size, indexing: corpus.indexing, lastScanMs: corpus.lastScan.ms,
  rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed,
}));
connection.onCodeAction((p) => withArticle('codeAction', [], p.textDocument.uri,
  (doc, article) => [...codeActions(doc, article, p), ...knowledgeActions(doc, article, p, corpus.knowledgeFileFor(doc.uri))]));

connection.onFoldingRanges((p) => withArticle('foldingRanges', [], p.textDocument.uri, foldingRanges));
connection.onRequest(QUOTES_REQUEST, (p: QuotesParams) => withArticle<QuotesResult>('quotes', { quotes: [], actorAt: null }, p.textDocument.uri,
  (doc, article) => quoteList(doc, article, p.position)));

documents.listen(connection);
connection.listen();
