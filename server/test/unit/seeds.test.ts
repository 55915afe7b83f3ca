import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/analysis/parseArticle';
import type { Article } from '../../src/analysis/types';

const read = (name: string) => readFileSync(`test-fixtures/${name}`, 'utf8');
const actor = (a: Article, name: string) => a.actors.find((x) => x.name === name);
const speakerOf = (a: Article, starts: string) => {
  const q = a.quotes.find((x) => x.text.startsWith(starts));
  assert.ok(q, `quote “${starts}…” not found`);
  return q.speaker ? a.actors.find((x) => x.id === q.speaker)?.name : null;
};

describe('seed 000 (Orban in Moscow)', () => {
  const a = parseArticle(read('000_e4a6795badc6cc55.txt'));

  it('reads the date header', () => {
    assert.deepEqual(a.date, { start: 1, end: 16, value: '2022-02-01' });
  });

  it('makes one actor of "Viktor Orban", "Orban" and "Orban’s", with the role the text gives', () => {
    const orban = actor(a, 'Viktor Orban');
    assert.ok(orban);
    assert.equal(orban.kind, 'person');
    assert.ok(orban.roles.includes('Hungarian prime minister'), orban.roles.join('|'));
    const texts = new Set(orban.mentions.map((m) => m.text));
    assert.deepEqual([...texts].sort(), ['Orban', 'Viktor Orban']);
    // "Orban’s": the mention is the name alone, without the possessive.
    const possessive = a.text.indexOf('Orban’s');
    assert.ok(orban.mentions.some((m) => m.start === possessive && m.end === possessive + 5));
    assert.equal(a.actors.filter((x) => /Orban/.test(x.name)).length, 1);
  });

  it('finds family-name-first and diacritic names, with appositive roles', () => {
    const peter = actor(a, 'Marki-Zay Peter');
    assert.ok(peter?.mentions.some((m) => m.text === 'Peter'));
    assert.ok(peter?.roles.some((r) => r.includes('opposition candidate')));
    const gy = actor(a, 'Márton Gyöngyösi');
    assert.ok(gy?.roles.includes('member of the European Parliament'), gy?.roles.join('|'));
    assert.ok(actor(a, 'Jens Stoltenberg')?.roles.includes('NATO’s Secretary General'));
  });

  it('tells organizations and places apart and skips days and months', () => {
    assert.equal(actor(a, 'NATO')?.kind, 'organization');
    assert.equal(actor(a, 'Kremlin')?.kind, 'organization');
    assert.equal(actor(a, 'Moscow')?.kind, 'place');
    assert.equal(actor(a, 'Kiev')?.kind, 'place');
    for (const notName of ['Tuesday', 'Monday', 'April', 'Hungarian', 'Russian', 'For', 'The']) {
      assert.ok(!a.actors.some((x) => x.name === notName), `${notName} is not an actor`);
    }
  });

  it('attributes each quote to its speaker', () => {
    assert.equal(speakerOf(a, 'This is our 13th meeting'), 'Viktor Orban');
    assert.equal(speakerOf(a, 'That is a rarity'), 'Viktor Orban');
    assert.equal(speakerOf(a, 'the interests of Hungary'), 'Marki-Zay Peter');
    assert.equal(speakerOf(a, 'good call'), 'Jens Stoltenberg');
    assert.equal(speakerOf(a, 'staunch ally'), 'Jens Stoltenberg');
    assert.equal(speakerOf(a, 'In times of peace'), 'Jens Stoltenberg');
    assert.equal(speakerOf(a, 'It is simply treasonous'), 'Márton Gyöngyösi');
  });

  it('classifies quotes and reports the unclosed one at its opening mark', () => {
    assert.equal(a.quotes.find((q) => q.text === 'eastern opening')?.kind, 'term');
    assert.equal(a.quotes.find((q) => q.text === 'eastern opening')?.speaker, null);
    assert.equal(a.quotes.find((q) => q.text.startsWith('good call'))?.kind, 'partial');
    assert.equal(a.quotes.find((q) => q.text.startsWith('In times'))?.kind, 'speech');
    const open = a.quotes.find((q) => !q.closed);
    assert.ok(open?.text.startsWith('Unity for Hungary demands'));
    assert.equal(speakerOf(a, 'Unity for Hungary demands'), 'Marki-Zay Peter');
    const diag = a.problems.find((p) => p.code === 'quote.unclosed');
    assert.equal(diag?.start, a.text.indexOf('“Unity for Hungary'));
    // One bad mark does not shift the pairs after it.
    assert.ok(a.quotes.some((q) => q.text === 'good call' && q.closed));
  });

  it('flags no boilerplate in a clean article', () => {
    assert.deepEqual(a.boilerplate, []);
  });
});

describe('seed 001 (MENAFN)', () => {
  const a = parseArticle(read('001_de26970687602ec1.txt'));

  it('flags the agency tag on the header line and reports no actor inside it', () => {
    assert.deepEqual(a.boilerplate.map((b) => [b.kind, b.text]), [['agency-tag', '(MENAFN)']]);
    assert.ok(!a.actors.some((x) => x.name === 'MENAFN'));
    assert.equal(a.date?.value, '2024-12-15');
  });

  it('links al-Assad and Assad, and reads roles before names', () => {
    const assad = actor(a, 'Bashar al-Assad');
    assert.deepEqual(assad?.mentions.map((m) => m.text), ['Bashar al-Assad', 'Assad']);
    assert.ok(actor(a, 'Dmitry Peskov')?.roles.includes('Kremlin spokesman'));
    assert.ok(actor(a, 'Michael Waltz')?.roles.includes('US Congressman'));
  });

  it('resolves a truncated name when another article knows the full one', () => {
    const alone = parseArticle(a.text);
    assert.ok(alone.actors.some((x) => x.name === 'Vladimir'), 'alone, "Vladimir" stays a lone given name');
    const withKnown = parseArticle(a.text, { knownPeople: ['Vladimir Putin', 'Donald Trump'] });
    const putin = actor(withKnown, 'Vladimir Putin');
    assert.deepEqual([...new Set(putin?.mentions.map((m) => m.text))].sort(), ['Putin', 'Vladimir']);
    assert.ok(putin?.roles.includes('Russian President'));
    assert.ok(!withKnown.actors.some((x) => x.name === 'Vladimir' || x.name === 'Putin'));
  });

  it('attributes a partial quote through an appositive clause', () => {
    assert.equal(speakerOf(a, 'most dangerous weeks'), 'Viktor Orban');
  });
});

describe('seed 002 (no header, page residue)', () => {
  const a = parseArticle(read('002_ecef01a8d0ddbcac.txt'));

  it('reports the missing header at the start', () => {
    assert.equal(a.date, null);
    const d = a.problems.find((p) => p.code === 'date.missing');
    assert.equal(d?.start, 0);
  });

  it('flags the prompt, the teaser block and the whole donation appeal', () => {
    const kinds = a.boilerplate.map((b) => b.kind);
    assert.equal(a.boilerplate[0].text, 'Summarize this content to 2000 words in 6 paragraphs');
    assert.ok(kinds.includes('prompt') && kinds.includes('read-more') && kinds.includes('teaser') && kinds.includes('appeal'));
    const appealFrom = a.text.indexOf('A Message from The Moscow Times:');
    const tailLines = a.lines.filter((l) => l.start >= appealFrom && l.text.trim());
    for (const l of tailLines) assert.ok(a.boilerplate.some((b) => b.start <= l.start && b.end >= l.end), `not flagged: ${l.text}`);
  });

  it('reports no quotes or actor mentions inside boilerplate', () => {
    const appealFrom = a.text.indexOf('A Message from');
    assert.ok(a.quotes.every((q) => q.start < appealFrom));
    assert.ok(a.actors.every((x) => x.mentions.every((m) => m.start < appealFrom && m.start > 52)));
  });

  it('attributes quotes to an organization and to a speaker named inside the sentence', () => {
    assert.equal(speakerOf(a, 'There was a thorough exchange'), 'Kremlin');
    assert.equal(speakerOf(a, 'Viktor Orban expressed interest'), 'Kremlin');
    assert.equal(speakerOf(a, 'destructive'), 'Vladimir Putin');
    assert.equal(speakerOf(a, 'peace mission'), null);
  });

  it('links the acronym EU to the European Union', () => {
    assert.deepEqual(actor(a, 'European Union')?.mentions.map((m) => m.text), ['European Union', 'EU']);
  });
});
