import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

const SEEDS = ['000_e4a6795badc6cc55.txt', '001_de26970687602ec1.txt', '002_ecef01a8d0ddbcac.txt'];
const uriOf = (name: string) => `file:///fixtures/${name}`;
const textOf = (name: string) => readFileSync(`test-fixtures/${name}`, 'utf8');

interface Hover { contents: { kind: string; value: string } }
interface DocSymbol { name: string; detail?: string; kind: number; children?: DocSymbol[] }
interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
interface CodeAction { title: string; kind: string; edit?: { changes: Record<string, TextEdit[]> } }

function positionOf(text: string, needle: string, nth = 0, shift = 1) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  return TextDocument.create('x', 'x', 1, text).positionAt(at + shift);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 1, text), edits);
}

describe('the language server over stdio', function () {
  this.timeout(20000);
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider && init.capabilities.documentSymbolProvider && init.capabilities.codeActionProvider);
    for (const s of SEEDS) await client.open(uriOf(s), textOf(s));
  });
  after(async () => {
    const code = await client.shutdown();
    assert.equal(code, 0, `server exit code; stderr: ${client.stderr}`);
  });

  it('publishes the diagnostics the articles call for', async () => {
    const d0 = await client.diagnosticsFor(uriOf(SEEDS[0]));
    assert.deepEqual(d0.diagnostics.map((d) => d.code), ['quote.unclosed']);
    const d1 = await client.diagnosticsFor(uriOf(SEEDS[1]));
    assert.deepEqual(d1.diagnostics.filter((d) => d.severity !== 4).map((d) => d.code), ['boilerplate.agency-tag']);
    const d2 = await client.diagnosticsFor(uriOf(SEEDS[2]));
    const codes = d2.diagnostics.map((d) => String(d.code));
    assert.equal(codes[0], 'date.missing');
    assert.ok(codes.includes('boilerplate.prompt') && codes.includes('boilerplate.appeal') && codes.includes('boilerplate.read-more'));
    assert.ok(d2.diagnostics.every((d) => d.message.length > 10));
  });

  it('hover on "Orban" shows the actor card: name, kind, role, mentions, quotes', async () => {
    const text = textOf(SEEDS[0]);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(text, 'Orban’s') });
    const card = hover.contents.value;
    assert.match(card, /^\*\*Viktor Orban\*\* · person/);
    assert.match(card, /Hungarian prime minister/);
    assert.match(card, /Mentioned 7 times as “Viktor Orban”, “Orban”/);
    assert.match(card, /This is our 13th meeting/);
    assert.match(card, /Also in 2 other articles \(2024-12-15\); latest:/);
    const link = /\[Show quotes\]\(command:newsArticle\.showQuotesByActor\?([^)]+)\)/.exec(card);
    assert.ok(link, 'the card links to "Show quotes"');
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [uriOf(SEEDS[0]), 'viktor-orban']);
  });

  it('newsArticle/quotes lists the quotations in order, with speakers, and the actor at the cursor', async () => {
    const text = textOf(SEEDS[0]);
    const doc = TextDocument.create('x', 'x', 1, text);
    interface Item { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string; kind: string; speaker: { id: string; name: string } | null }
    const r = await client.request<{ quotes: Item[]; actorAt: { id: string; name: string } | null }>('newsArticle/quotes',
      { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(text, 'Stoltenberg') });
    assert.equal(r.actorAt?.name, 'Jens Stoltenberg');
    const offsets = r.quotes.map((q) => doc.offsetAt(q.range.start));
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
    for (const q of r.quotes) assert.ok(text.slice(doc.offsetAt(q.range.start), doc.offsetAt(q.range.end)).includes(q.text));
    assert.equal(r.quotes.filter((q) => q.speaker?.name === 'Jens Stoltenberg').length, 3);
    const inQuote = await client.request<{ actorAt: { name: string } | null }>('newsArticle/quotes',
      { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(text, 'This is our 13th meeting') });
    assert.equal(inQuote.actorAt?.name, 'Viktor Orban', 'inside a quotation, the actor is its speaker');
    const none = await client.request<{ quotes: Item[] }>('newsArticle/quotes', { textDocument: { uri: 'file:///not/open.txt' } });
    assert.deepEqual(none.quotes, []);
  });

  it('hover over a word that is no actor answers nothing', async () => {
    const text = textOf(SEEDS[0]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(text, 'despite') });
    assert.equal(hover, null);
  });

  it('hover on a country shows what the data package knows', async () => {
    const text = textOf(SEEDS[0]);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(text, 'Hungary’s') });
    assert.match(hover.contents.value, /\*\*Hungary\*\* · place/);
    assert.match(hover.contents.value, /capital Budapest/);
  });

  it('the outline lists the date, then quotes grouped under their speakers', async () => {
    const symbols = await client.request<DocSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(SEEDS[0]) } });
    assert.equal(symbols[0].name, 'date 2022-02-01');
    const orban = symbols.find((s) => s.name === 'Viktor Orban');
    assert.equal(orban?.detail, '2 quotes');
    assert.deepEqual(orban?.children?.map((c) => c.name), ['“This is our 13th meeting,”', '“That is a rarity. Practically all …”']);
    assert.equal(symbols.find((s) => s.name === 'Jens Stoltenberg')?.children?.length, 3);
    assert.deepEqual(symbols.find((s) => s.name === '(no speaker)')?.children?.map((c) => c.name), ['“eastern opening”']);
  });

  it('semantic tokens mark actors, speakers, quotes and the date without overlaps', async () => {
    const legend = ['person', 'organization', 'place', 'quote', 'dateHeader', 'cue'];
    const text = textOf(SEEDS[0]);
    const doc = TextDocument.create('x', 'x', 1, text);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(SEEDS[0]) } });
    assert.equal(data.length % 5, 0);
    const tokens: Array<{ text: string; type: string; mods: number; offset: number }> = [];
    let line = 0;
    let ch = 0;
    let lastEnd = -1;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      const offset = doc.offsetAt({ line, character: ch });
      assert.ok(offset >= lastEnd, 'sorted and not overlapping');
      lastEnd = offset + data[i + 2];
      tokens.push({ text: text.slice(offset, offset + data[i + 2]), type: legend[data[i + 3]], mods: data[i + 4], offset });
    }
    assert.deepEqual(tokens[0], { text: 'date 2022-02-01', type: 'dateHeader', mods: 0, offset: 1 });
    assert.ok(tokens.some((t) => t.text === 'Viktor Orban' && t.type === 'person'));
    assert.ok(tokens.some((t) => t.text === 'Kremlin' && t.type === 'organization'));
    assert.ok(tokens.some((t) => t.text === 'Moscow' && t.type === 'place'));
    assert.ok(tokens.some((t) => t.text === '“This is our 13th meeting,”' && t.type === 'quote'));
    assert.ok(tokens.some((t) => t.text === 'said' && t.type === 'cue'));
    assert.ok(tokens.some((t) => t.text === 'Orban' && t.type === 'person' && t.mods === 1), 'the speaker is marked');
  });

  it('boilerplate is one dimmed token per line, typed and marked "boilerplate", and nothing else is', async () => {
    const text = textOf(SEEDS[2]);
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(SEEDS[2]) } });
    const lines = text.split('\n');
    let line = 0;
    let ch = 0;
    const marked: string[] = [];
    const other: string[] = [];
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      const word = lines[line].slice(ch, ch + data[i + 2]);
      if (data[i + 3] === 6 && data[i + 4] === 2) marked.push(word); else other.push(word);
    }
    assert.ok(marked.includes('Summarize this content to 2000 words in 6 paragraphs'));
    assert.ok(marked.includes('Read more') && marked.includes('×') && marked.includes('Dear readers,'));
    assert.ok(!marked.some((w) => w.startsWith('Russian President')), 'article text is not dimmed');
    assert.ok(other.includes('Vladimir Putin') && !other.includes('undesirable'), 'no actor or quote tokens inside boilerplate');
  });

  it('quick fixes remove one boilerplate span, or all of it', async () => {
    const uri = uriOf(SEEDS[2]);
    const text = textOf(SEEDS[2]);
    const published = await client.diagnosticsFor(uri);
    const readMore = published.diagnostics.find((d) => d.code === 'boilerplate.read-more')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: readMore.range, context: { diagnostics: [readMore] },
    });
    const one = actions.find((a) => a.title.startsWith('Remove boilerplate'))!;
    const after = apply(text, one.edit!.changes[uri]);
    assert.equal(after, text.replace('Read more\n', ''));
    const all = actions.find((a) => a.title.startsWith('Strip all boilerplate'))!;
    const stripped = apply(text, all.edit!.changes[uri]);
    assert.ok(stripped.startsWith('Russian President Vladimir Putin on Wednesday'));
    // The article has no final line break, so neither has the stripped text.
    assert.ok(stripped.endsWith('almost three years after Moscow ordered troops into Ukraine.'));
    assert.ok(!/Read more|Dear readers|Remind me|×/.test(stripped));
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.newsArticle'] },
    });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.newsArticle');
    assert.equal(apply(text, fixAll[0].edit!.changes[uri]), stripped);
  });

  it('a name cut short after a title gets a hint, and the quick fix writes the full name', async () => {
    const uri = 'file:///fixtures/truncated.txt';
    const text = ' date 2024-03-05 Chancellor Gerhard Lindqvist flew to Oslo on Monday.\n\n' +
      'Talks with Norwegian Chancellor Gerhard went on late into the night, officials said.\n';
    await client.open(uri, text, 1);
    const published = await client.diagnosticsFor(uri, (d) => d.version === 1);
    const hints = published.diagnostics.filter((d) => d.code === 'actor.truncated');
    assert.equal(hints.length, 1, JSON.stringify(published.diagnostics));
    assert.equal(hints[0].severity, 4, 'a hint, not a warning');
    assert.deepEqual(hints[0].range.start, positionOf(text, 'Gerhard went', 0, 0));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: hints[0].range, context: { diagnostics: hints },
    });
    const fix = actions.find((a) => a.title.includes('Gerhard Lindqvist'));
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(apply(text, fix.edit!.changes[uri]), text.replace('Chancellor Gerhard went', 'Chancellor Gerhard Lindqvist went'));
  });

  it('diagnostics follow unsaved edits, and a fix from an older version is not offered', async () => {
    const uri = 'file:///fixtures/editing.txt';
    await client.open(uri, ' date 2024-01-01 The talks ended.\n', 1);
    const first = await client.diagnosticsFor(uri, (d) => d.version === 1);
    assert.deepEqual(first.diagnostics, []);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Read more\n' }],
    });
    const second = await client.diagnosticsFor(uri, (d) => d.version === 2);
    assert.deepEqual(second.diagnostics.map((d) => d.code), ['boilerplate.read-more']);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } }, text: 'Now: ' }],
    });
    await client.diagnosticsFor(uri, (d) => d.version === 3);
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: second.diagnostics[0].range, context: { diagnostics: second.diagnostics },
    });
    assert.ok(!stale.some((a) => a.title.startsWith('Remove boilerplate')), 'a removal computed for version 2 must not apply to version 3');
  });

  it('odd documents get answers, not a dead server', async () => {
    const uri = 'file:///fixtures/odd.txt';
    await client.open(uri, '\u0000\u0001“'.repeat(2000) + '\r\n'.repeat(3000), 1);
    await client.diagnosticsFor(uri);
    const symbols = await client.request<DocSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(SEEDS[0]) }, position: positionOf(textOf(SEEDS[0]), 'Putin') });
    assert.match(hover!.contents.value, /Vladimir Putin/);
  });
});
