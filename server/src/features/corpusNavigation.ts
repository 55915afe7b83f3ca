// References, definition and document highlights for actors: the actor under the cursor in this article, its
// mentions here (from the live analysis) and in every other article of the corpus index.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, Article } from '../analysis/types';
import { foldName } from '../analysis/text';
import { toRange } from '../ranges';
import { rangeAt, type CorpusIndex } from '../workspace/corpusIndex';
import { normaliseUri } from '../workspace/corpus';
import { actorAt } from './mentionAt';

/** The corpus-wide key of an actor of an analysed article. */
export const corpusKey = (index: CorpusIndex, actor: Actor): string => index.canonical(foldName(actor.name));

/** Every mention of the actor at `offset`: this article first (as it is now), then the others, latest first. */
export function references(doc: TextDocument, article: Article, offset: number, index: CorpusIndex): Location[] {
  const actor = actorAt(article, offset);
  if (!actor) return [];
  const here = actor.mentions.map((m) => ({ uri: doc.uri, range: toRange(doc, m) }));
  const self = normaliseUri(doc.uri);
  const others = index.occurrences(corpusKey(index, actor))
    .filter((o) => o.article.uri !== self)
    .sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.uri.localeCompare(b.article.uri));
  const out: Location[] = here;
  for (const o of others) {
    for (const a of o.actors) for (let i = 0; i < a.mentions.length / 4; i++) out.push({ uri: o.article.uri, range: rangeAt(a.mentions, i) });
  }
  return out;
}

/** Go to Definition: the first mention of the actor in this article. */
export function definition(doc: TextDocument, article: Article, offset: number): Location | null {
  const actor = actorAt(article, offset);
  return actor ? { uri: doc.uri, range: toRange(doc, actor.mentions[0]) } : null;
}

/** The actor's mentions in this article; the ones that name a speaker are marked as writes. */
export function documentHighlights(doc: TextDocument, article: Article, offset: number): DocumentHighlight[] {
  const actor = actorAt(article, offset);
  if (!actor) return [];
  const speakerAt = new Set(article.quotes.filter((q) => q.speaker === actor.id && q.speakerMention).map((q) => q.speakerMention!.start));
  return actor.mentions.map((m) => ({ range: toRange(doc, m), kind: speakerAt.has(m.start) ? DocumentHighlightKind.Write : DocumentHighlightKind.Text }));
}
