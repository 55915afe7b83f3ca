import type { Actor, Article, Mention } from '../analysis/types';

/** The actor mention that covers `offset` (its end included, as a cursor right after a name still means it). */
export function mentionAt(article: Article, offset: number): { actor: Actor; mention: Mention } | undefined {
  for (const actor of article.actors) {
    const mention = actor.mentions.find((m) => offset >= m.start && offset <= m.end);
    if (mention) return { actor, mention };
  }
  return undefined;
}

/** The actor mentioned at `offset`. */
export const actorAt = (article: Article, offset: number): Actor | undefined => mentionAt(article, offset)?.actor;
