import type { Mention } from '../types';
import { countryOfDemonym, lookupName } from './gazetteer';
import { ADJECTIVES, ROLE_CONNECTORS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon';

const WORD_CHAR = /[\p{L}\p{M}.’'-]/u;

/** The word that ends, followed by blanks, right before `pos` (not before `limit`), scanning backwards. */
function wordBefore(text: string, limit: number, pos: number): { word: string; start: number } | null {
  let i = pos;
  while (i > limit && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
  if (i === pos) return null;
  const end = i;
  while (i > limit && WORD_CHAR.test(text[i - 1])) i--;
  return i < end ? { word: text.slice(i, end), start: i } : null;
}

/** Is this word one that may qualify a title on its left ("Hungarian", "NATO’s", "Kremlin", "US")? */
function qualifiesTitle(word: string): boolean {
  const bare = word.replace(/[’']s$/, '');
  return ADJECTIVES.has(bare) || !!countryOfDemonym(bare) || !!lookupName(bare) || /[’']s$/.test(word) && /^\p{Lu}/u.test(word) || /^\p{Lu}{2,}$/u.test(bare);
}

/** The title written just before a name: "Hungarian prime minister", "NATO’s Secretary General". */
export function roleBefore(text: string, start: number): string | null {
  const windowStart = Math.max(0, start - 200);
  const lineStart = windowStart + text.slice(windowStart, start).lastIndexOf('\n') + 1;
  let pos = start;
  let first = -1; // where the accepted phrase begins
  let sawTitle = false;
  let pending = -1; // start of connector words not yet confirmed by a title word to their left
  for (let guard = 0; guard < 14; guard++) {
    const m = wordBefore(text, lineStart, pos);
    if (!m) break;
    const word = m.word;
    const wStart = m.start;
    const lw = word.toLowerCase();
    if (TITLE_WORDS.has(lw) || (/-elect$/.test(lw) && TITLE_WORDS.has(lw.replace(/-elect$/, '')))) {
      sawTitle = true;
      first = wStart;
      pending = -1;
    } else if (!sawTitle) {
      break; // the word next to the name must be a title
    } else if (TITLE_MODIFIERS.has(lw) || qualifiesTitle(word)) {
      first = wStart;
      pending = -1;
    } else if (ROLE_CONNECTORS.has(lw)) {
      if (pending < 0) pending = wStart;
    } else break;
    pos = wStart;
  }
  if (!sawTitle || first < 0) return null;
  const phrase = text.slice(first, start).trim();
  return phrase.replace(/^(?:the|of|for|to|and)\s+/i, '') || null;
}

const APPOSITION = /^,[ \t]+(?:a|an|the)[ \t]+([^,.;:!?\n“”"]{3,90}?)(?=[,.;:!?]|$)/u;

/** An apposition after a name: "Márton Gyöngyösi, a member of the European Parliament," → "member of the European Parliament". */
export function roleAfter(text: string, end: number): string | null {
  const m = APPOSITION.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = m[1].split(/\s+/).slice(0, 4).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  return words.some((w) => TITLE_WORDS.has(w)) ? m[1].trim() : null;
}

/** All roles the text gives a person, in order of appearance, without repeats. */
export function findRoles(text: string, mentions: readonly Mention[]): string[] {
  const roles: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    for (const r of [roleBefore(text, m.start), roleAfter(text, m.end + (/^[’']s/.test(text.slice(m.end, m.end + 2)) ? 2 : 0))]) {
      if (r && !seen.has(r.toLowerCase())) { seen.add(r.toLowerCase()); roles.push(r); }
    }
  }
  return roles;
}
