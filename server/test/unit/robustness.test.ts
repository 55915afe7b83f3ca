import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/analysis/parseArticle';
import type { Article } from '../../src/analysis/types';
import { isBlank, isSpaceCode, splitLines } from '../../src/analysis/text';

/** Every span of the model lies inside the text and says what the text says. */
function checkSpans(a: Article): void {
  const n = a.text.length;
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.end <= n && s.start <= s.end;
  for (const x of a.actors) for (const m of x.mentions) {
    assert.ok(inside(m));
    assert.equal(a.text.slice(m.start, m.end), m.text);
  }
  for (const q of a.quotes) {
    assert.ok(inside(q) && inside(q.inner));
    assert.equal(a.text.slice(q.inner.start, q.inner.end), q.text);
    assert.ok(q.speaker === null || a.actors.some((x) => x.id === q.speaker));
  }
  for (const b of a.boilerplate) assert.equal(a.text.slice(b.start, b.end), b.text);
  for (const p of a.problems) assert.ok(inside(p));
}

describe('bad and odd input', () => {
  it('an empty text: no header, nothing else, no crash', () => {
    const a = parseArticle('');
    assert.equal(a.date, null);
    assert.deepEqual(a.problems.map((p) => p.code), ['date.missing']);
    checkSpans(a);
  });

  it('a BOM before the header: the header is still read, offsets count the BOM', () => {
    const a = parseArticle('\ufeff date 2024-01-02 Body text.');
    assert.deepEqual(a.date, { start: 2, end: 17, value: '2024-01-02' });
  });

  it('CRLF line ends: spans never include the carriage return', () => {
    const text = ' date 2024-01-02 “Hello there, my friends,” said Angela Merkel.\r\n\r\nRead more\r\n';
    const a = parseArticle(text);
    checkSpans(a);
    const b = a.boilerplate.find((x) => x.kind === 'read-more');
    assert.equal(b?.text, 'Read more');
    assert.equal(a.quotes[0].speaker, 'angela-merkel');
  });

  it('a malformed header is an error, not a missing one', () => {
    for (const text of [' date 2024-13-45 Body', 'date 24/1/2 Body', ' date']) {
      const a = parseArticle(text);
      assert.equal(a.date, null, text);
      assert.deepEqual(a.problems.filter((p) => p.code.startsWith('date.')).map((p) => p.code), ['date.invalid'], text);
    }
  });

  it('unbalanced quotation marks recover at the paragraph end', () => {
    const text = ' date 2024-01-02 He said “this never closes.\n\n“Fine,” said John Smith.\n\nShe called it a “deal” and left.';
    const a = parseArticle(text);
    checkSpans(a);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.closed]), [['this never closes.', false], ['Fine,', true], ['deal', true]]);
  });

  it('binary-looking and control-character text does not throw', () => {
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    checkSpans(parseArticle(junk));
    checkSpans(parseArticle('\u0000\u0000 date 2024-01-01 “ “ “ ” ” ”'));
    checkSpans(parseArticle('“'.repeat(10000)));
  });

  it('a long single line is analysed', function () {
    this.timeout(30000); // correctness, not speed: npm run bench measures time
    const line = 'Angela Merkel met Emmanuel Macron in Paris. '.repeat(5000);
    const a = parseArticle(` date 2024-01-02 ${line}`);
    assert.equal(a.actors.find((x) => x.name === 'Angela Merkel')?.mentions.length, 5000);
  });
});

describe('line and white-space scanning by character code', () => {
  it('splits lines at LF, CRLF and lone CR exactly as a regular expression does, and knows \\s for every character', () => {
    let seed = 5;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const bits = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', ' ', '\u00a0', '\ufeff', '\u2028'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = next(12); i > 0; i--) text += bits[next(bits.length)];
      const lines = splitLines(text);
      assert.deepEqual(lines.map((l) => l.text), text.split(/\r\n|\r|\n/), JSON.stringify(text));
      for (const l of lines) {
        assert.equal(text.slice(l.start, l.end), l.text);
        assert.equal(isBlank(l.text), /^\s*$/.test(l.text), JSON.stringify(l.text));
      }
    }
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });
});
