import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/analysis/parseArticle';

/** The speaker name and kind of each quote of a one-article text. */
function quotes(body: string): Array<[string, string | null, string]> {
  const a = parseArticle(` date 2024-05-01 ${body}`);
  return a.quotes.map((q) => [q.text, q.speaker ? a.actors.find((x) => x.id === q.speaker)!.name : null, q.kind]);
}

describe('quote attribution patterns', () => {
  it('“…,” said NAME', () => {
    assert.deepEqual(quotes('“We will win this fight,” said Angela Merkel.'), [['We will win this fight,', 'Angela Merkel', 'speech']]);
  });
  it('“…,” NAME said, through an appositive', () => {
    assert.deepEqual(quotes('“We will win this fight,” Angela Merkel, the German chancellor, said on Monday.'),
      [['We will win this fight,', 'Angela Merkel', 'speech']]);
  });
  it('NAME said: “…”', () => {
    assert.deepEqual(quotes('Emmanuel Macron said: “Europe must stand together now.”'), [['Europe must stand together now.', 'Emmanuel Macron', 'speech']]);
  });
  it('an organization as speaker', () => {
    assert.deepEqual(quotes('“The talks were constructive,” the Kremlin said in a statement.'), [['The talks were constructive,', 'Kremlin', 'speech']]);
  });
  it('a pronoun resolves to the last person named', () => {
    const q = quotes('Olaf Scholz met reporters in Berlin.\n\n“We are ready for a deal,” he added.');
    assert.deepEqual(q, [['We are ready for a deal,', 'Olaf Scholz', 'speech']]);
  });
  it('a role resolves to the actor who holds it', () => {
    const q = quotes('Finance minister Christian Lindner spoke first.\n\n“The budget holds,” the minister said.');
    assert.deepEqual(q, [['The budget holds,', 'Christian Lindner', 'speech']]);
  });
  it('according to NAME', () => {
    const q = quotes('The plan is “dead on arrival”, according to Nancy Pelosi.');
    assert.deepEqual(q, [['dead on arrival', 'Nancy Pelosi', 'partial']]);
  });
  it('a split quote keeps one speaker for both halves', () => {
    const q = quotes('“This is not over,” said Boris Johnson. “We will be back.”');
    assert.deepEqual(q.map((x) => x[1]), ['Boris Johnson', 'Boris Johnson']);
  });
  it('a colon introduction in the paragraph before', () => {
    const q = quotes('Joe Biden told reporters:\n\n“We are not going anywhere.”');
    assert.deepEqual(q, [['We are not going anywhere.', 'Joe Biden', 'speech']]);
  });
  it('a scare quote with no speaker is a term', () => {
    assert.deepEqual(quotes('The so-called “eastern opening” policy continued.'), [['eastern opening', null, 'term']]);
  });
  it('a multi-paragraph quotation is one quote', () => {
    const q = quotes('Angela Merkel said:\n\n“First paragraph of the speech goes on.\n\n“Second paragraph ends it,” she said.');
    assert.equal(q.length, 1);
    assert.equal(q[0][1], 'Angela Merkel');
    assert.ok(q[0][0].includes('Second paragraph ends it'));
  });
  it('apostrophes are not quotes: Orban’s, ’90s, rock ’n’ roll', () => {
    assert.deepEqual(quotes('Orban’s party loved the ’90s and rock ’n’ roll.'), []);
  });
  it('straight double quotes and guillemets', () => {
    assert.deepEqual(quotes('"We are ready," said Olaf Scholz. « Nous sommes prêts », said Emmanuel Macron.').map((x) => x[1]),
      ['Olaf Scholz', 'Emmanuel Macron']);
  });
});
