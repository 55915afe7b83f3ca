import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, QuoteKind } from '../analysis/types';
import { toRange } from '../ranges';
import { actorAt } from './mentionAt';

/** The custom request behind "Next quote", "Previous quote" and "Show quotes by this actor". */
export const QUOTES_REQUEST = 'newsArticle/quotes';

export interface QuotesParams {
  textDocument: { uri: string };
  /** When given, the answer says which actor stands there (a mention, or the speaker of a quote around it). */
  position?: Position;
}

export interface QuoteItem {
  range: Range;
  text: string;
  kind: QuoteKind;
  closed: boolean;
  speaker: { id: string; name: string; kind: string } | null;
}

export interface QuotesResult {
  quotes: QuoteItem[];
  actorAt: { id: string; name: string; kind: string } | null;
}

/** Every quotation in document order, with its range and speaker; and the actor at `position`, if any. */
export function quoteList(doc: TextDocument, article: Article, position?: Position): QuotesResult {
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  const brief = (id: string | null) => {
    const a = id ? byId.get(id) : undefined;
    return a ? { id: a.id, name: a.name, kind: a.kind } : null;
  };
  const quotes = article.quotes.map((q) => ({
    range: toRange(doc, q), text: q.text, kind: q.kind, closed: q.closed, speaker: brief(q.speaker),
  }));
  let here: QuotesResult['actorAt'] = null;
  if (position) {
    const offset = doc.offsetAt(position);
    const actor = actorAt(article, offset);
    here = actor ? brief(actor.id) : brief(article.quotes.find((q) => offset >= q.start && offset <= q.end)?.speaker ?? null);
  }
  return { quotes, actorAt: here };
}
