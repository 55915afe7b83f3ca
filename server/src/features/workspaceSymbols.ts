// Workspace symbols: actors and quotations across the corpus, matched on every word of the query, capped so that
// a large corpus never freezes the picker.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { ActorKind } from '../analysis/types';
import { foldName } from '../analysis/text';
import { rangeAt, type CorpusIndex, type IndexedArticle } from '../workspace/corpusIndex';

export const MAX_WORKSPACE_SYMBOLS = 200;

const KIND: Record<ActorKind, SymbolKind> = { person: SymbolKind.Variable, organization: SymbolKind.Class, place: SymbolKind.Namespace };

export const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
const container = (a: IndexedArticle) => `${fileName(a.uri)}${a.date ? ` (${a.date})` : ''}`;

export function workspaceSymbols(index: CorpusIndex, query: string, limit = MAX_WORKSPACE_SYMBOLS): SymbolInformation[] {
  const words = foldName(query).split(/\s+/).filter(Boolean);
  const matches = (folded: string) => words.every((w) => folded.includes(w));
  const actors: SymbolInformation[] = [];
  const quotes: SymbolInformation[] = [];
  // Newest articles first: what a reader most likely looks for.
  const articles = [...index.all()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const article of articles) {
    for (const a of article.actors) {
      if (actors.length < limit && matches(a.key)) actors.push({ name: a.name, kind: KIND[a.kind], location: { uri: article.uri, range: rangeAt(a.mentions, 0) }, containerName: container(article) });
    }
    if (quotes.length < limit && words.length) {
      article.quotes.forEach((q, i) => {
        if (quotes.length < limit && matches(q.snippet.toLowerCase())) {
          const speaker = q.speaker >= 0 ? article.actors[q.speaker]?.name : undefined;
          quotes.push({ name: `“${q.snippet}”`, kind: SymbolKind.String, location: { uri: article.uri, range: rangeAt(article.quoteRanges, i) }, containerName: `${speaker ? speaker + ' · ' : ''}${container(article)}` });
        }
      });
    }
    if (actors.length >= limit && (quotes.length >= limit || !words.length)) break;
  }
  return [...actors, ...quotes].slice(0, limit);
}
