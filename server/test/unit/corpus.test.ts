import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/analysis/parseArticle';
import { matchGlob } from '../../src/workspace/glob';
import { Knowledge, parseKnowledge, withEntry } from '../../src/workspace/knowledge';
import { CorpusIndex, summarise } from '../../src/workspace/corpusIndex';
import { toBrat } from '../../src/workspace/exportCorpus';

describe('corpus building blocks', () => {
  it('globs match as the settings mean them', () => {
    assert.ok(matchGlob('*.txt', 'a/b/c.txt'));
    assert.ok(matchGlob('drafts/**', 'drafts/x/y.txt'));
    assert.ok(!matchGlob('drafts/**', 'final/drafts.txt'));
    assert.ok(matchGlob('**/old/*.txt', 'a/old/b.txt'));
    assert.ok(matchGlob('{a,b}/*.txt', 'b/x.txt') && !matchGlob('{a,b}/*.txt', 'c/x.txt'));
  });

  it('the knowledge file: a JSON error is positioned, a bad entry is reported and skipped', () => {
    const bad = parseKnowledge('{ "actors": [ { "name": "X", } ] }');
    assert.equal(bad.entries.length, 0);
    assert.ok(bad.problems[0].start > 0 && bad.problems[0].start < 34, JSON.stringify(bad.problems));
    const partly = parseKnowledge(JSON.stringify({ actors: [{ aliases: ['y'] }, { name: 'Jane Roe', kind: 'robot' }] }));
    assert.deepEqual(partly.entries.map((e) => [e.name, e.kind]), [['Jane Roe', undefined]]);
    assert.equal(partly.problems.length, 2);
  });

  it('an alias is recognised as the entry\'s actor, and a longer known name absorbs the shorter mention', () => {
    const k = new Knowledge(parseKnowledge(JSON.stringify({ actors: [
      { name: 'Viktor Orban', aliases: ['veteran premier'], kind: 'person' },
      { name: 'Global Energy Monitor', aliases: ['GEM-watch'], kind: 'organization' },
    ] })).entries);
    const text = ' date 2023-01-01 Reporters met Orban on Monday. The veteran premier said “No,” and GEM-watch disagreed.';
    const a = k.apply(parseArticle(text));
    const orban = a.actors.find((x) => x.name === 'Viktor Orban');
    assert.deepEqual(orban?.mentions.map((m) => m.text), ['Orban', 'veteran premier']);
    const gem = a.actors.find((x) => x.name === 'Global Energy Monitor');
    assert.equal(gem?.kind, 'organization');
    assert.deepEqual(gem?.mentions.map((m) => m.text), ['GEM-watch']);
    assert.ok(!a.actors.some((x) => x.mentions.some((m) => m.text === 'GEM')));
    assert.ok(a.quotes.every((q) => !q.speaker || a.actors.some((x) => x.id === q.speaker)));
  });

  it('withEntry adds an actor once', () => {
    const a = parseArticle(' date 2023-01-01 Jens Stoltenberg met Stoltenberg’s staff.').actors[0];
    const once = withEntry(null, a)!;
    assert.deepEqual(JSON.parse(once).actors[0].name, 'Jens Stoltenberg');
    assert.equal(withEntry(once, a), null);
    assert.equal(withEntry('{ not json', a), null);
  });

  it('the index joins "Orbán" and "Orban" and a lone surname to the one full name', () => {
    const index = new CorpusIndex();
    index.set(summarise('file:///a.txt', parseArticle(' date 2022-01-01 Hungarian prime minister Viktor Orban met reporters.')));
    index.set(summarise('file:///b.txt', parseArticle(' date 2022-01-02 Orbán said nothing.')));
    const occ = index.occurrences(index.canonical('viktor orban'));
    assert.deepEqual(occ.map((o) => o.article.uri).sort(), ['file:///a.txt', 'file:///b.txt']);
    index.remove('file:///a.txt');
    assert.equal(index.canonical('orban'), 'orban', 'without the full name, the surname stands alone');
  });

  it('brat: T-lines whose offsets cut the surface out of the text, in code points', () => {
    const text = ' date 2022-01-01 😀 Viktor Orban said “We stay.”';
    const ann = toBrat(parseArticle(text));
    const cps = [...text];
    for (const line of ann.trim().split('\n').filter((l) => l.startsWith('T'))) {
      const [, spec, surface] = line.split('\t');
      const [, s, e] = spec.split(' ');
      assert.equal(cps.slice(Number(s), Number(e)).join(''), surface);
    }
    assert.match(ann, /QUOTE/);
  });
});
