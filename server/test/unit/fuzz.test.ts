import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArticle } from '../../src/analysis/parseArticle';
import { semanticTokens } from '../../src/features/semanticTokens';
import { documentSymbols } from '../../src/features/documentSymbols';
import { applyEdits, stripEdits } from '../../src/analysis/edits';
import { apply, mutation, random, seedTexts } from '../support/fuzz';

const ROUNDS = 400;

describe('fuzz: mutated articles through the analysis (seed 20261122, 400 rounds)', function () {
  this.timeout(120000);

  it('keeps every invariant', () => {
    const rnd = random(20261122);
    const seeds = seedTexts();
    let text = seeds[0];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 50 === 0) text = seeds[(round / 50) % seeds.length];
      text = apply(text, mutation(text, rnd));
      const where = `round ${round}`;
      const a = parseArticle(text);
      assert.ok(!a.problems.some((p) => p.code === 'analysis.failed'), `${where}: ${a.problems.find((p) => p.code === 'analysis.failed')?.message}`);
      const n = text.length;
      for (const x of a.actors) {
        assert.ok(x.mentions.length > 0, where);
        for (const m of x.mentions) assert.equal(text.slice(m.start, m.end), m.text, where);
      }
      let lastEnd = -1;
      for (const q of a.quotes) {
        assert.ok(q.start >= lastEnd && q.start < q.end && q.end <= n, `${where}: quotes in order, inside the text`);
        lastEnd = q.end;
        assert.equal(text.slice(q.inner.start, q.inner.end), q.text, where);
        assert.ok(q.speaker === null || a.actors.some((x) => x.id === q.speaker), where);
      }
      for (const p of a.problems) assert.ok(p.start >= 0 && p.end <= n && p.start <= p.end, where);
      // What the features make of it stays well-formed too.
      const doc = TextDocument.create('file:///f.txt', 'news-article', 1, text);
      const data = semanticTokens(doc, a).data;
      assert.equal(data.length % 5, 0, where);
      let line = 0;
      let ch = 0;
      let prevEnd = 0;
      for (let i = 0; i < data.length; i += 5) {
        assert.ok(data[i] > 0 || data[i + 1] >= prevEnd - ch || i === 0, `${where}: tokens sorted, not overlapping`);
        line += data[i];
        ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
        prevEnd = ch + data[i + 2];
        assert.ok(data[i + 2] > 0, where);
        assert.ok(line < doc.lineCount, where);
      }
      documentSymbols(doc, a);
      const stripped = applyEdits(text, stripEdits(text, a.boilerplate));
      assert.ok(stripped.length <= text.length, where);
    }
  });
});
