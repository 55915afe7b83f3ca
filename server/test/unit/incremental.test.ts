import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/analysis/parseArticle';
import { AnalysisMemo } from '../../src/analysis/memo';
import { wordsLater } from '../../src/analysis/actors/ner/tagNames';
import { apply, mutation, random, seedTexts, type Mutation } from '../support/fuzz';

/** The model as a string, for comparing two analyses of the same text. */
const model = (text: string, memo?: AnalysisMemo): string => JSON.stringify(parseArticle(text, { memo }));

/** Names that make the tagger's document memory matter: the same word as a name, in lower case, in capitals. */
const NAMES = ['Merkel', 'Viktor Orban', 'Orban', 'Brown', 'brown', 'BROWN', 'Apple', 'apple', 'Jordan', 'Paris Hilton', 'Hilton', 'the White House'];

/** Edits a person makes: typing a word a character at a time, capitalising a word, joining/splitting/duplicating lines. */
function edits(text: string, rnd: () => number): Mutation[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.35) {
    // Typing a name (or a word that is one elsewhere) character by character.
    const word = (rnd() < 0.5 ? ' ' : '') + pick(NAMES) + (rnd() < 0.3 ? ' said' : '');
    return [...word].map((ch, i) => ({ start: at + i, end: at + i, text: ch }));
  }
  if (r < 0.5) {
    // Backspacing a few characters.
    const n = 1 + Math.floor(rnd() * 6);
    return Array.from({ length: n }, (_, i) => ({ start: Math.max(0, at - i - 1), end: Math.max(0, at - i), text: '' }));
  }
  if (r < 0.6) {
    // Capitalising (or lower-casing) the first letter of the word at the cursor.
    const m = /\p{L}/u.exec(text.slice(at));
    if (!m) return [];
    const i = at + m.index;
    const ch = text[i];
    return [{ start: i, end: i + 1, text: ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase() }];
  }
  if (r < 0.7) {
    // Duplicating a line elsewhere (the same text in two places), or removing a line break.
    const lines = text.split('\n');
    if (rnd() < 0.5) return [{ start: at, end: at, text: `\n${pick(lines)}\n` }];
    const nl = text.indexOf('\n', at);
    return nl < 0 ? [] : [{ start: nl, end: nl + 1, text: ' ' }];
  }
  return [mutation(text, rnd)];
}

describe('incremental re-analysis', function () {
  this.timeout(120000);

  // A longer run for speed work on the memo: INCREMENTAL_SEED=101 INCREMENTAL_EDITS=5000 npm run test:unit
  const seed = Number(process.env.INCREMENTAL_SEED ?? 8);
  const total = Number(process.env.INCREMENTAL_EDITS ?? 600);
  it(`gives the same model as a full analysis after every edit of random edit sequences (seed ${seed}, ${total} edits)`, () => {
    const rnd = random(seed);
    const seeds = seedTexts();
    let checked = 0;
    for (let sequence = 0; checked < total; sequence++) {
      let text = sequence % 4 === 3 ? seeds.join('\n\n') : seeds[sequence % 3];
      const memo = new AnalysisMemo();
      parseArticle(text, { memo });
      while (checked < (sequence + 1) * 50) {
        for (const e of edits(text, rnd)) {
          text = apply(text, e);
          checked++;
          const incremental = model(text, memo);
          const full = model(text);
          if (incremental !== full) {
            assert.fail(`sequence ${sequence}, edit ${checked} (${JSON.stringify(e)}): the incremental model differs from a full analysis\n` +
              `incremental: ${incremental.slice(0, 400)}\nfull:        ${full.slice(0, 400)}`);
          }
        }
      }
    }
    assert.ok(checked >= total);
  });

  it('re-analyses only the line an edit touched', () => {
    const text = seedTexts().join('\n\n');
    const memo = new AnalysisMemo();
    parseArticle(text, { memo });
    const lines = memo.linesAnalysed;
    assert.ok(lines > 15, `the first analysis computes every line (${lines})`);
    // A character typed into a word in the middle of the text: one line is new, every other is reused.
    const at = text.indexOf(' the ', Math.floor(text.length / 2)) + 3;
    const typed = text.slice(0, at) + 'y' + text.slice(at);
    parseArticle(typed, { memo });
    assert.equal(memo.linesAnalysed, 1, 'one line analysed again');
    assert.ok(memo.linesReused >= lines - 1, `the others reused (${memo.linesReused} of ${lines})`);
    // The same text again: nothing to compute.
    parseArticle(typed, { memo });
    assert.equal(memo.linesAnalysed, 0);
  });

  it('keeps only what the last analysis used', () => {
    const memo = new AnalysisMemo();
    parseArticle(' date 2024-01-01\nAngela Merkel said so.\n', { memo });
    parseArticle(' date 2024-01-01\nSomething else entirely.\n', { memo });
    parseArticle(' date 2024-01-01\nAngela Merkel said so.\n', { memo });
    assert.equal(memo.linesReused, 0, 'a line two analyses old is forgotten');
  });
});

describe('the words of a large document, made region by region', function () {
  this.timeout(60000);
  /** The model with findActors' words made while tokenizing (from = Infinity) or at each region's visit (from = 0). */
  const modelWith = (text: string, from: number): string => {
    const saved = wordsLater.from;
    wordsLater.from = from;
    try {
      return model(text);
    } finally {
      wordsLater.from = saved;
    }
  };

  it('give the same model as words made while tokenizing, for mutated articles and a document above the bound', () => {
    const rnd = random(31);
    const seeds = seedTexts();
    const texts = [...seeds];
    for (let i = 0; i < 60; i++) {
      let text = seeds[i % seeds.length];
      for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) text = apply(text, mutation(text, rnd));
      texts.push(text);
    }
    // Past the bound, so that the default takes the other way than from = Infinity.
    let large = '';
    for (let i = 0; large.length <= wordsLater.from; i++) large += `${seeds[i % seeds.length]}\n\n`;
    texts.push(large);
    for (const text of texts) {
      const whileTokenizing = modelWith(text, Infinity);
      assert.equal(modelWith(text, 0), whileTokenizing, JSON.stringify(text.slice(0, 80)));
      assert.equal(model(text), whileTokenizing);
    }
  });
});
