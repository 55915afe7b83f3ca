import { parseArticle } from './parseArticle';

/**
 * Full names of people (two words or more) in a set of articles, so that a lone "Vladimir" after "Russian President"
 * in one article can be resolved with the help of another that names "Vladimir Putin".
 */
export function collectKnownPeople(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const actor of parseArticle(text).actors) {
      if (actor.kind === 'person' && actor.name.split(/\s+/).length >= 2) names.add(actor.name);
    }
  }
  return [...names];
}
