import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/analysis/parseArticle';
import { nerModel, tagNames } from '../../src/analysis/actors/ner/tagNames';
import { CAP, NerTokens, SENTENCE_START, nerTokenize, wordsOf } from '../../src/analysis/actors/ner/nerTokens';
import { isGap, type Token } from '../../src/analysis/actors/tokens';
import { lowerCaseWordsOf } from '../../src/analysis/actors/lowerCase';
import type { Actor, Article } from '../../src/analysis/types';

// Our own sentences, written for these tests (none is taken from the seed articles).
const article = (body: string, knownPeople?: string[]) => parseArticle(` date 2024-05-14 ${body}`, { knownPeople });
const named = (a: Article, pattern: RegExp): Actor[] => a.actors.filter((x) => pattern.test(x.name) || x.mentions.some((m) => pattern.test(m.text)));
const one = (a: Article, pattern: RegExp): Actor => {
  const found = named(a, pattern);
  assert.equal(found.length, 1, `one actor for ${pattern}: ${found.map((x) => `${x.name} (${x.kind})`).join(', ')}`);
  return found[0];
};
const lines = (text: string) => {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const l of text.split('\n')) { if (l.trim()) out.push({ start, end: start + l.length }); start += l.length + 1; }
  return out;
};

/** Tokens from..to of a list, as objects (the tests read them one by one). */
const tokenObjects = (T: NerTokens, from = 0, to = T.length) => Array.from({ length: to - from }, (_, k) => ({
  start: T.start[from + k], end: T.end[from + k], text: T.text[from + k], lower: T.lower[from + k], type: T.type[from + k],
  cap: (T.flags[from + k] & CAP) !== 0, sentenceStart: (T.flags[from + k] & SENTENCE_START) !== 0,
  flags: T.flags[from + k], hWord: T.hWord[from + k], hLower: T.hLower[from + k],
}));
type TokenObject = ReturnType<typeof tokenObjects>[number];

/**
 * The words of a line as findActors sees them, written step by step over the tagger's tokens: what nerTokenize adds
 * to its `words` in its own pass, and what wordsOf makes from the tokens afterwards (tagRegions uses both), are
 * checked against it.
 */
function wordTokens(text: string, tokens: readonly TokenObject[]): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The stop after an initial ("M. McCague") does not break the name.
    if (t.type === 1) { const w = out[out.length - 1]; prevEnd = t.text === '.' && w && w.end === t.start && /^\p{Lu}$/u.test(w.text) ? t.end : -1; continue; }
    if (t.type === 2) { prevEnd = t.end; continue; }
    const next = tokens[i + 1];
    // "Reuters’ report": a plural possessive mark right after a word ending in s.
    const possessive = !!next && next.start === t.end && (next.type === 2 ||
      (next.type === 1 && (next.text === '’' || next.text === "'") && t.text.endsWith('s') && !/[\p{L}\p{N}]/u.test(text[next.end] ?? '')));
    out.push({ start: t.start, end: t.end, text: t.text, lower: t.lower, possessive, sentenceStart: t.sentenceStart, cap: t.cap, joined: prevEnd >= 0 && isGap(text, prevEnd, t.start) });
    prevEnd = possessive && next.type === 1 ? next.end : t.end;
    if (possessive && next.type === 1) i++;
  }
  return out;
}

describe('the name tagger', () => {
  it('loads the shipped model and finds a person and a place in a plain sentence', () => {
    assert.ok(nerModel().features > 1000);
    const text = 'Angela Merkel flew to Lisbon on Thursday.';
    const names = tagNames(text, lines(text)).map((n) => `${text.slice(n.start, n.end)}/${n.type}`);
    assert.ok(names.includes('Angela Merkel/PER'), names.join(' '));
    assert.ok(names.includes('Lisbon/LOC'), names.join(' '));
  });

  it('tells organizations from places and people by context', () => {
    const text = 'Shares of Siemens rose after the company said its chief executive, Roland Busch, would visit Munich.';
    const names = tagNames(text, lines(text)).map((n) => `${text.slice(n.start, n.end)}/${n.type}`);
    assert.ok(names.includes('Siemens/ORG') && names.includes('Roland Busch/PER') && names.includes('Munich/LOC'), names.join(' '));
  });

  it('tokenizes words with their possessive apart, and knows each word in lower case in any script', () => {
    const text = "ORBAN’S aide d’Estaing's U.S. AT&T Marki-Zay’s Дмитрий МОСКВА ΣΑΣ ǅa İstanbul Ⓐ iPhone";
    const tokens = tokenObjects(nerTokenize(text, 0, text.length, new NerTokens()));
    assert.deepEqual(tokens.map((t) => t.text), ['ORBAN', '’S', 'aide', 'd’Estaing', "'s", 'U.S.', 'AT&T', 'Marki-Zay', '’s', 'Дмитрий', 'МОСКВА', 'ΣΑΣ', 'ǅa', 'İstanbul', 'Ⓐ', 'iPhone']);
    for (const t of tokens) assert.equal(t.lower, t.text.toLowerCase(), t.text);
    assert.deepEqual(tokens.filter((t) => t.type === 2).map((t) => t.start), [text.indexOf('’S'), text.indexOf("'s"), text.indexOf('’s')]);
  });

  it('makes the same words for findActors while tokenizing and after (wordsOf) as wordTokens makes from the tokens, the same tokens with strings made later, and after another line', () => {
    // Seeded random lines of pieces that matter here: initials and stops, possessives, plural possessive marks, gaps.
    const pieces = ['M', 'J', 'Reuters', 'boss', 'Orbán', 'al-Assad', 'U.S.', '3.5', 'É', '’s', "'s", '’', "'", '.', ',', ' ', ' ', '  ', '\t', '\u00a0', '-', '“', '(', 'x'];
    let seed = 12345;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = rnd(20); n >= 0; n--) text += pieces[rnd(pieces.length)];
      const from = rnd(3);
      const to = Math.max(from, text.length - rnd(3));
      const words: Token[] = [];
      const T = nerTokenize(text, from, to, new NerTokens(1), words);
      const tokens = tokenObjects(T);
      assert.deepEqual(words, wordTokens(text, tokens), JSON.stringify(text));
      assert.deepEqual(wordsOf(text, T, 0, T.length), words, JSON.stringify(text));
      // Tokenized without strings (a large document's way), then given them: the same tokens.
      const D = new NerTokens(1);
      D.deferred = true;
      nerTokenize(text, from, to, D);
      assert.ok(D.text.every((t) => t === ''));
      D.withStrings(text, 0, D.length);
      assert.deepEqual(tokenObjects(D), tokens, `deferred: ${JSON.stringify(text)}`);
      // Appended to the tokens of the text before it (a line never looks at another's tokens).
      const list = nerTokenize(text, 0, from, new NerTokens(1));
      const first = list.length;
      nerTokenize(text, from, to, list);
      assert.deepEqual(tokenObjects(list, first), tokens, JSON.stringify(text));
      assert.deepEqual(wordsOf(text, list, first, list.length), words, JSON.stringify(text));
    }
  });

  it('does not take sentence-opening words, days or months for names', () => {
    const a = article('However, the vote on Tuesday was delayed until March. Meanwhile the markets fell.');
    assert.deepEqual(a.actors.map((x) => x.name), []);
  });
});

describe('actors: one per real-world person, organization or place', () => {
  it('links the full name, the family name and the possessive, without the ’s or the title in the span', () => {
    const a = article('Foreign Minister Annalena Baerbock arrived in Warsaw on Tuesday. Baerbock’s visit was short, and Baerbock said little.');
    const b = one(a, /Baerbock/);
    assert.equal(b.name, 'Annalena Baerbock');
    assert.equal(b.kind, 'person');
    assert.deepEqual([...new Set(b.mentions.map((m) => m.text))], ['Annalena Baerbock', 'Baerbock']);
    assert.equal(b.mentions.length, 3);
    assert.ok(b.roles.some((r) => /Foreign Minister/i.test(r)), b.roles.join('|'));
    assert.equal(one(a, /Warsaw/).kind, 'place');
  });

  it('links spellings with and without diacritics', () => {
    const a = article('President Recep Tayyip Erdoğan met reporters in Ankara. Erdogan said the talks would continue.');
    const e = one(a, /Erdo[gğ]an/);
    assert.equal(e.kind, 'person');
    assert.equal(e.mentions.length, 2);
  });

  it('keeps particles inside names: al-, von der', () => {
    const a = article('Ayman al-Zawahiri was seen in a new video. Analysts said Zawahiri looked frail.\n\nUrsula von der Leyen spoke in Brussels.');
    const z = one(a, /Zawahiri/);
    assert.equal(z.kind, 'person');
    assert.equal(z.mentions.length, 2);
    const u = one(a, /Leyen/);
    assert.equal(u.name, 'Ursula von der Leyen');
    assert.equal(u.kind, 'person');
  });

  it('handles names written family name first', () => {
    const a = article('Japan’s prime minister, Kishida Fumio, met the Chinese premier in Beijing. Kishida told reporters the meeting went well.');
    const k = one(a, /Kishida/);
    assert.equal(k.name, 'Kishida Fumio');
    assert.equal(k.kind, 'person');
    assert.equal(k.mentions.length, 2);
  });

  it('keeps initials and regnal numbers in the name', () => {
    const a = article('Late on Friday, R. Kowalczyk scored twice before Kowalczyk was substituted. Queen Elizabeth I ruled England for 44 years.');
    const k = one(a, /Kowalczyk/);
    assert.equal(k.name, 'R. Kowalczyk');
    assert.equal(k.mentions.length, 2);
    assert.equal(one(a, /Elizabeth/).name, 'Elizabeth I');
  });

  it('gives roles from titles before a name and appositions after it', () => {
    const a = article('Kremlin spokesman Dmitry Peskov declined to comment. Kaja Kallas, a former prime minister of Estonia, said the EU must stay united.');
    assert.ok(one(a, /Peskov/).roles.some((r) => /Kremlin spokesman/i.test(r)));
    assert.ok(one(a, /Kallas/).roles.some((r) => /former prime minister of Estonia/.test(r)), one(a, /Kallas/).roles.join('|'));
    assert.equal(one(a, /Kremlin/).kind, 'organization');
  });

  it('decides the kind of an actor from all its mentions', () => {
    const a = article('Ford said on Monday it would cut jobs in Cologne. Ford shares fell 3 percent, and Ford declined to say more.');
    const f = one(a, /^Ford$/);
    assert.equal(f.kind, 'organization');
  });
});

describe('actors: names cut short after a title', () => {
  it('links "President Vladimir" to the full name the article gives, and hints at the fix', () => {
    const a = article('Russian President Vladimir said on Friday that talks were over.\n\nLater, Vladimir Putin met the governor of Kursk.');
    const v = one(a, /Vladimir/);
    assert.equal(v.name, 'Vladimir Putin');
    const hints = a.problems.filter((p) => p.code === 'actor.truncated');
    assert.equal(hints.length, 1);
    assert.equal(hints[0].severity, 'hint');
    assert.equal(a.text.slice(hints[0].start, hints[0].end), 'Vladimir');
    assert.equal(hints[0].replacement, 'Vladimir Putin');
  });

  it('uses the full names the workspace knows when the article has none', () => {
    const a = article('The talks were led by German Chancellor Olaf and lasted three hours.', ['Olaf Scholz', 'Emmanuel Macron']);
    assert.equal(one(a, /Olaf/).name, 'Olaf Scholz');
    assert.ok(a.problems.some((p) => p.code === 'actor.truncated' && p.replacement === 'Olaf Scholz'));
  });

  it('leaves a family name after a title alone', () => {
    const a = article('Vladimir Putin spoke first. Then President Putin left the room.');
    assert.equal(one(a, /Putin/).mentions.length, 2);
    assert.ok(!a.problems.some((p) => p.code === 'actor.truncated'));
  });
});

describe('words the text also writes in lower case', () => {
  it('counts only whole lower-case words, as the word expression of the text would find them', () => {
    const has = lowerCaseWordsOf("Police said so. the police-station; o'officials; O'brown, Fires burned. Ünal met üNAL's aide.");
    assert.equal(has('Police'), false, 'police-station is one word');
    assert.equal(has('Officials'), false, "o'officials is one word");
    assert.equal(has('Brown'), true, "O'brown: the word starts after the apostrophe");
    assert.equal(has('Fires'), false);
    assert.equal(has('Said'), true);
    assert.equal(has('Aide'), true);
  });

  it('answers as the expression over random texts of letters, marks, joiners and surrogates', () => {
    const EXPRESSION = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}’'-]*/gu;
    const pieces = ['a', 'po', 'lice', 'Police', ' ', "'", '’', '-', '\u0301', 'É', 'é', 'İ', '\u0307', '𐐨', '𐐀', '\ud801', '\udc28', '.', 'ß', 'Σ', 'ς', '\n'];
    let seed = 11;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = 1 + next(30); i > 0; i--) text += pieces[next(pieces.length)];
      const words = new Set(text.match(EXPRESSION) ?? []);
      const has = lowerCaseWordsOf(text);
      for (const w of ['Police', 'Lice', 'Po', 'A', 'Éé', 'İ', '𐐀', 'Σς', ...(text.match(/[\p{L}\p{M}’'-]+/gu) ?? [])]) {
        assert.equal(has(w), words.has(w.toLowerCase()), `${JSON.stringify(text)}: ${JSON.stringify(w)}`);
      }
    }
  });
});

describe('a lone name that opens a sentence before a speech verb', () => {
  const people = (text: string) => parseArticle(` date 2024-05-01 ${text}`).actors.map((a) => [a.name, a.kind]);
  it('is a person ("Merkel said …"), though the tagger does not look at sentence openers', () => {
    assert.deepEqual(people('Merkel said nothing.'), [['Merkel', 'person']]);
  });
  it('but not a common noun: "Police said", "Officials said", nor a word the text also writes in lower case', () => {
    assert.deepEqual(people('Police said nothing. Officials said more.'), []);
    assert.deepEqual(people('The reform came. Reform said little.'), []);
  });
});
