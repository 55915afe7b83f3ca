// The data of the Explorer's Actors view (custom request newsArticle/actors): actors grouped by kind, and for one
// actor its articles and quotations. The client only draws it.
import type { ActorKind } from '../analysis/types';
import { kindOf, rangeAt, type CorpusIndex, type Range4 } from '../workspace/corpusIndex';
import { fileName } from './workspaceSymbols';

export const ACTORS_REQUEST = 'newsArticle/actors';
const MAX_ACTORS_PER_KIND = 2000;
const MAX_QUOTES = 200;

export interface ActorsParams { key?: string }
export interface ActorRow { key: string; name: string; kind: ActorKind; articles: number; mentions: number; quotes: number }
export interface ActorsResult {
  articles: number;
  indexing: boolean;
  groups: Array<{ kind: ActorKind; count: number; actors: ActorRow[] }>;
}
export interface ActorDetail {
  key: string;
  articles: Array<{ uri: string; label: string; date: string | null; mentions: number; range: Range4 }>;
  quotes: Array<{ uri: string; text: string; date: string | null; range: Range4 }>;
}

let cached: { generation: number; rows: ActorRow[] } | null = null;

export function actorGroups(index: CorpusIndex, indexing: boolean): ActorsResult {
  if (!cached || cached.generation !== index.generation) {
    const rows = [...index.actorTable().values()].map((r) => ({ key: r.key, name: r.name, kind: kindOf(r.kinds), articles: r.articles.size, mentions: r.mentions, quotes: r.quotes }));
    rows.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name));
    cached = { generation: index.generation, rows };
  }
  const groups = (['person', 'organization', 'place'] as ActorKind[]).map((kind) => {
    const all = cached!.rows.filter((r) => r.kind === kind);
    return { kind, count: all.length, actors: all.slice(0, MAX_ACTORS_PER_KIND) };
  });
  return { articles: index.size, indexing, groups };
}

export function actorDetail(index: CorpusIndex, key: string): ActorDetail {
  const occ = index.occurrences(key).sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.uri.localeCompare(b.article.uri));
  const detail: ActorDetail = { key, articles: [], quotes: [] };
  for (const { article, actors } of occ) {
    const mentions = actors.reduce((n, a) => n + a.mentions.length / 4, 0);
    const first = actors.map((a) => rangeAt(a.mentions, 0)).sort((x, y) => x.start.line - y.start.line || x.start.character - y.start.character)[0];
    detail.articles.push({ uri: article.uri, label: fileName(article.uri), date: article.date, mentions, range: first });
    const ids = new Set(actors.map((a) => article.actors.indexOf(a)));
    article.quotes.forEach((q, i) => {
      if (detail.quotes.length < MAX_QUOTES && ids.has(q.speaker)) detail.quotes.push({ uri: article.uri, text: q.snippet, date: article.date, range: rangeAt(article.quoteRanges, i) });
    });
  }
  return detail;
}
