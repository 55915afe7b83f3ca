import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { boilerplateRules } from '../../src/analysis/boilerplate/boilerplateRules';
import { parseArticle } from '../../src/analysis/parseArticle';
import { applyEdits, stripEdits } from '../../src/analysis/edits';

describe('boilerplate rules: each rule’s own examples', () => {
  for (const rule of boilerplateRules) {
    describe(`boilerplate.${rule.id}`, () => {
      for (const example of rule.examples.flagged) {
        it(`flags: ${JSON.stringify(example.slice(0, 60))}`, () => {
          const a = parseArticle(` date 2024-01-01 The story begins here.\n${example}`);
          assert.ok(a.boilerplate.some((b) => b.kind === rule.id), `${rule.id} did not flag it; found ${JSON.stringify(a.boilerplate)}`);
          assert.ok(a.problems.some((p) => p.code === `boilerplate.${rule.id}`));
        });
      }
      for (const example of rule.examples.clean) {
        it(`leaves alone: ${JSON.stringify(example.slice(0, 60))}`, () => {
          const a = parseArticle(` date 2024-01-01 The story begins here.\n${example}`);
          assert.deepEqual(a.boilerplate.filter((b) => b.kind === rule.id), []);
        });
      }
    });
  }

  it('every rule has an id, a description and examples both ways', () => {
    const ids = new Set<string>();
    for (const r of boilerplateRules) {
      assert.match(r.id, /^[a-z][a-z-]*$/);
      assert.ok(!ids.has(r.id));
      ids.add(r.id);
      assert.ok(r.description && r.examples.flagged.length && r.examples.clean.length, r.id);
    }
  });
});

describe('strip everything', () => {
  for (const name of ['000_e4a6795badc6cc55.txt', '001_de26970687602ec1.txt', '002_ecef01a8d0ddbcac.txt']) {
    it(`removes exactly the boilerplate of ${name} and keeps every other character`, () => {
      const text = readFileSync(`test-fixtures/${name}`, 'utf8');
      const a = parseArticle(text);
      const stripped = applyEdits(text, stripEdits(text, a.boilerplate));
      // Walk both texts: what is gone must be boilerplate or the blanks and line breaks around it.
      let i = 0;
      let j = 0;
      const flagged = (k: number) => a.boilerplate.some((b) => k >= b.start && k < b.end);
      while (i < text.length) {
        if (j < stripped.length && text[i] === stripped[j] && !flagged(i)) { i++; j++; continue; }
        assert.ok(flagged(i) || /\s/.test(text[i]), `lost a character of the article at ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
        i++;
      }
      assert.equal(j, stripped.length);
      assert.deepEqual(parseArticle(stripped).boilerplate, [], 'nothing left to strip');
      assert.ok(!/\n\s*\n\s*\n/.test(stripped.replace(/\r/g, '')) || /\n\s*\n\s*\n/.test(text), 'no doubled blank lines left behind');
    });
  }

  it('keeps the body that follows an agency tag on the header line', () => {
    const text = ' date 2024-12-15 (MENAFN) Hungarian Prime Minister Viktor Orban spoke.\n';
    const a = parseArticle(text);
    assert.equal(applyEdits(text, stripEdits(text, a.boilerplate)), ' date 2024-12-15 Hungarian Prime Minister Viktor Orban spoke.\n');
  });

  it('removes a last line without leaving an empty one, and keeps CRLF intact', () => {
    const text = ' date 2024-01-01 Body.\r\nMore body.\r\nRead more';
    const a = parseArticle(text);
    assert.equal(applyEdits(text, stripEdits(text, a.boilerplate)), ' date 2024-01-01 Body.\r\nMore body.');
  });
});
