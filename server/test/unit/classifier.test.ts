import * as assert from 'node:assert/strict';
import { classifyLines, classOf } from '../../src/analysis/boilerplate/classifyLines';
import { lineFeatures } from '../../src/analysis/boilerplate/lineFeatures';
import { compileCustomPatterns } from '../../src/analysis/boilerplate/customPatterns';
import { parseArticle } from '../../src/analysis/parseArticle';

const PROSE = [
  'The council voted on Tuesday to close the old bridge to lorries from next spring, citing cracks found in its piers.',
  'Engineers said repairs would take at least two years and cost more than the council had set aside for all roads.',
  'The mayor said the city would ask the national government for money before the end of the year, and hoped for an answer.',
];
const MENU = ['Home', 'World', 'Business', 'Sport', 'Weather', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const run = (texts: string[]) => classifyLines({ texts, known: texts.map(() => false), kept: texts.map(() => false) });

describe('the residue classifier', () => {
  it('judges lines alone: prose, residue, doubtful', () => {
    assert.equal(classOf(lineFeatures(PROSE[0])), 'good');
    assert.equal(classOf(lineFeatures('Privacy Policy')), 'bad');
    assert.equal(classOf(lineFeatures('Follow @example on Twitter for more')), 'bad');
    assert.equal(classOf(lineFeatures('He left.')), 'short');
  });

  it('flags menus before and after the article, not the article', () => {
    const texts = [...MENU, ...PROSE, ...MENU];
    assert.deepEqual(run(texts), [...MENU.map(() => true), ...PROSE.map(() => false), ...MENU.map(() => true)]);
  });

  it('keeps short lines between content: a list inside the article stays', () => {
    const texts = [PROSE[0], 'Quarter-final draw', 'Arsenal v Chelsea', 'Leeds v Hull', PROSE[1], PROSE[2]];
    assert.deepEqual(run(texts), texts.map(() => false));
  });

  it('keeps a results table or ranking that follows the text, but not a dated byline or counters', () => {
    const table = ['WESTERN DIVISION', 'TEXAS 76 58 .567 -', 'SEATTLE 70 64 .522 6', 'OAKLAND 65 72 .474 12', '1. Anna Berg (Sweden) 35.888', '2. Olga Roy (France) 36.170'];
    assert.deepEqual(run([...PROSE, ...table]), [...PROSE, ...table].map(() => false));
    assert.equal(lineFeatures('TEXAS 76 58 .567 -').tableRow, true);
    assert.equal(lineFeatures('By Jan Roe, Mar 5, 2019 10:30').tableRow, false);
    assert.equal(lineFeatures('12 comments 3 shares').tableRow, false);
  });

  it('keeps the headline just above the text, and leaves a page with no prose alone', () => {
    assert.deepEqual(run(['Bridge Closed To Lorries', ...PROSE]), [false, false, false, false]);
    assert.deepEqual(run(MENU), MENU.map(() => false));
  });

  it('a line the user kept is never flagged', () => {
    const texts = [...PROSE, 'Contact Us'];
    const flagged = classifyLines({ texts, known: texts.map(() => false), kept: texts.map((t) => t === 'Contact Us') });
    assert.deepEqual(flagged, texts.map(() => false));
  });

  it('is silent on a clean article with blank lines between paragraphs', () => {
    const a = parseArticle(`Bridge Closed To Lorries\n\n${PROSE.join('\n\n')}\n`);
    assert.deepEqual(a.boilerplate, []);
  });
});

describe('options: custom patterns, disabled rules, exceptions', () => {
  const text = ` date 2024-01-01 ${PROSE[0]}\n\nSponsored by Acme\n\nAdvertisement\n\n${PROSE[1]}\n`;

  it('a custom pattern flags whole lines under custom.<id>', () => {
    const { rules, errors } = compileCustomPatterns([{ pattern: '^sponsored by ', id: 'sponsor' }]);
    assert.deepEqual(errors, []);
    const a = parseArticle(text, { boilerplate: { customRules: rules } });
    assert.deepEqual(a.boilerplate.map((b) => [b.kind, b.text]), [['custom.sponsor', 'Sponsored by Acme'], ['advert', 'Advertisement']]);
    assert.ok(a.problems.some((p) => p.code === 'boilerplate.custom.sponsor'));
  });

  it('bad patterns become messages, never exceptions', () => {
    const { rules, errors } = compileCustomPatterns(['(unclosed', '.*', { id: 'x' }, { pattern: 'a', id: 'bad id!' }, 'ok$']);
    assert.equal(rules.length, 1);
    assert.equal(errors.length, 4);
    assert.match(errors[0], /\[0\].*not a valid regular expression/);
    assert.match(errors[1], /matches an empty line/);
    assert.deepEqual(compileCustomPatterns('nope').errors.length, 1);
  });

  it('disabled rules and exceptions are honoured', () => {
    assert.deepEqual(parseArticle(text, { boilerplate: { disabledRules: ['advert'] } }).boilerplate, []);
    assert.deepEqual(parseArticle(text, { boilerplate: { exceptions: ['  Advertisement '] } }).boilerplate, []);
  });
});
