import * as assert from 'node:assert/strict';
import type { Actor } from '../../src/analysis/types';
import { makeContext } from '../../src/analysis/quotes/speakerContext';

/** Actors whose mentions start at the given places (ends one further), in that order. */
function actorsAt(starts: number[][]): Actor[] {
  return starts.map((s, i) => ({ id: `a${i}`, name: `A${i}`, kind: 'person', roles: [], mentions: s.map((start) => ({ start, end: start + 1, text: 'x' })) }));
}

/** The mentions by start, equal starts in the order of the actors and their mentions (what a stable sort gives). */
function expected(actors: Actor[]): string[] {
  const all = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, id: a.id })));
  return all.sort((x, y) => x.start - y.start).map((m) => `${m.start}:${m.id}`);
}

describe('speaker context', () => {
  for (const [label, base] of [['near starts', 0], ['starts too far for exact keys', 2 ** 50]] as const) {
    it(`orders many mentions by start, equal starts kept in order (${label})`, () => {
      // Seven actors, 20 mentions each, out of order and at starts that repeat across actors and within one.
      const starts = Array.from({ length: 7 }, (_, a) => Array.from({ length: 20 }, (_, k) => base + ((k * 7 + a * 3) % 15)));
      const actors = actorsAt(starts);
      const ctx = makeContext('', [], actors);
      assert.deepEqual(ctx.mentions.map((m) => `${m.start}:${m.actor.id}`), expected(actors));
    });
  }
});
