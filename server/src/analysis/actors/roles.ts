import type { Mention } from '../types';
import { countryOfDemonym, lookupName } from './gazetteer';
import { ADJECTIVES, ROLE_CONNECTORS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon';

const WORD_CHAR = /[\p{L}\p{M}.’'-]/u;
const isWordChar = (c: number, ch: string): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 45 || c === 39 || (c > 127 && WORD_CHAR.test(ch));
const isBlankChar = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** The word that ends, followed by blanks, right at `pos` (scanning back no further than `from`). */
function wordEndingAt(text: string, from: number, pos: number): { word: string; start: number } | null {
  let j = pos;
  while (j > from && isBlankChar(text.charCodeAt(j - 1))) j--;
  if (j === pos) return null;
  let k = j;
  while (k > from && isWordChar(text.charCodeAt(k - 1), text[k - 1])) k--;
  return k === j ? null : { word: text.slice(k, j), start: k };
}

/** Is this word one that may qualify a title on its left ("Hungarian", "NATO’s", "Kremlin", "US")? */
function qualifiesTitle(word: string): boolean {
  const bare = word.replace(/[’']s$/, '');
  return ADJECTIVES.has(bare) || !!countryOfDemonym(bare) || !!lookupName(bare) || /[’']s$/.test(word) && /^\p{Lu}/u.test(word) || /^\p{Lu}{2,}$/u.test(bare);
}

/** The title written just before a name: "Hungarian prime minister", "NATO’s Secretary General". */
export function roleBefore(text: string, start: number): string | null {
  // The phrase stays on the name's line: a line break is neither blank nor part of a word, so the scan stops there
  // by itself and only the window's start has to bound it.
  const bound = Math.max(0, start - 200);
  let pos = start;
  let first = -1; // where the accepted phrase begins
  let sawTitle = false;
  let pending = -1; // start of connector words not yet confirmed by a title word to their left
  for (let guard = 0; guard < 14; guard++) {
    const m = wordEndingAt(text, bound, pos);
    if (!m) break;
    const word = m.word;
    const wStart = m.start;
    const lw = word.toLowerCase();
    if (TITLE_WORDS.has(lw) || (lw.endsWith('-elect') && TITLE_WORDS.has(lw.slice(0, -6)))) {
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
  if (text.charCodeAt(end) !== 44) return null; // most names are not followed by a comma: no slice, no regex
  const m = APPOSITION.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = m[1].split(/\s+/).slice(0, 4).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  return words.some((w) => TITLE_WORDS.has(w)) ? m[1].trim() : null;
}

/** All roles the text gives a person, in order of appearance, without repeats. */
export function findRoles(text: string, mentions: readonly Mention[]): string[] {
  const roles: string[] = [];
  const seen = new Set<string>();
  const note = (r: string | null): void => {
    if (!r) return;
    const key = r.toLowerCase();
    if (!seen.has(key)) { seen.add(key); roles.push(r); }
  };
  for (const m of mentions) {
    note(roleBefore(text, m.start));
    // After a possessive ("Orbán’s, a …") the apposition starts past the ’s.
    const c = text.charCodeAt(m.end);
    const possessive = (c === 0x2019 || c === 39) && text.charCodeAt(m.end + 1) === 115;
    note(roleAfter(text, m.end + (possessive ? 2 : 0)));
  }
  return roles;
}
