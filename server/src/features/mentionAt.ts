import { sortByStart } from '../analysis/text';
import type { Actor, Article, Mention } from '../analysis/types';

interface MentionIndex {
  /** Every mention, sorted by start; `actors[i]` is the actor of `mentions[i]`. */
  mentions: Mention[];
  actors: Actor[];
}

/** Built on the first lookup in an article (a model is never changed once made) and dropped with it. */
const indexes = new WeakMap<Article, MentionIndex>();

function indexOf(article: Article): MentionIndex {
  let index = indexes.get(article);
  if (!index) {
    const all: Array<{ start: number; mention: Mention; actor: Actor }> = [];
    for (const actor of article.actors) for (const mention of actor.mentions) all.push({ start: mention.start, mention, actor });
    sortByStart(all);
    index = { mentions: all.map((x) => x.mention), actors: all.map((x) => x.actor) };
    indexes.set(article, index);
  }
  return index;
}

/** The actor mention that covers `offset` (its end included, as a cursor right after a name still means it). */
export function mentionAt(article: Article, offset: number): { actor: Actor; mention: Mention } | undefined {
  const { mentions, actors } = indexOf(article);
  // The last mention that starts at or before offset, then a few before it (a cursor between two names touches both).
  let lo = 0;
  let hi = mentions.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start <= offset) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = last; i >= 0 && i >= last - 8; i--) {
    if (offset <= mentions[i].end) return { actor: actors[i], mention: mentions[i] };
  }
  return undefined;
}

/** The actor mentioned at `offset`. */
export const actorAt = (article: Article, offset: number): Actor | undefined => mentionAt(article, offset)?.actor;
