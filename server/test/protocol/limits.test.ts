import * as assert from 'node:assert/strict';
import { LspClient } from '../support/lspClient';

describe('large and hostile documents over the live server', function () {
  this.timeout(120000);
  let client: LspClient;
  before(async () => { client = new LspClient(); await client.initialize(); });
  after(async () => { assert.equal(await client.shutdown(), 0, client.stderr); });

  const hostile: Array<[string, string]> = [
    ['NUL bytes and control characters', ' date 2024-01-01 ' + '\u0000\u0001\u0002 Angela Merkel “said” \u0007'.repeat(2000)],
    ['a 1 MB single line', ' date 2024-01-01 ' + 'Olaf Scholz told “reporters” in Berlin that talks go on. '.repeat(18000)],
    ['100,000 tiny lines', 'x\n'.repeat(100000)],
    ['deeply unbalanced quotation marks', '“ “ “ ‘ « „ " '.repeat(20000) + '\n”'.repeat(5000)],
    ['lone surrogates and replacement characters', ' date 2024-01-01 \ud800\udc00\ud800 \ufffd\ufffd Ángela “Mérkel”'.repeat(3000)],
  ];
  for (const [what, text] of hostile) {
    it(`${what}: diagnostics, symbols and tokens are answered`, async () => {
      const uri = `file:///hostile/${what.replace(/\W+/g, '-')}.txt`;
      await client.open(uri, text, 1);
      const published = await client.diagnosticsFor(uri, (d) => d.version === 1, 60000);
      assert.ok(published.diagnostics.length <= 1001, `at most 1000 findings and one note, not ${published.diagnostics.length}`);
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.equal(tokens.data.length % 5, 0);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }

  it('above the size limit: says so once, keeps the cheap features', async () => {
    const uri = 'file:///hostile/huge.txt';
    const text = ' date 2024-01-01 Read more about it.\n' + 'Angela Merkel met “friends” in Berlin.\n'.repeat(140000) + 'Read more\n';
    assert.ok(text.length > 5_000_000);
    await client.open(uri, text, 1);
    const d = await client.diagnosticsFor(uri, (x) => x.version === 1, 60000);
    assert.ok(d.diagnostics.some((x) => x.code === 'boilerplate.read-more'), 'boilerplate still flagged');
    assert.equal(client.messages.filter((m) => /larger than 5 MB/.test(m)).length, 1);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1, 'only the date header: no quotations are analysed above the limit');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }],
    });
    await client.diagnosticsFor(uri, (x) => x.version === 2, 60000);
    assert.equal(client.messages.filter((m) => /larger than 5 MB/.test(m)).length, 1, 'the message is not repeated on every edit');
  });

  it('a burst of keystrokes is analysed once, and diagnostics come for the last version', async () => {
    const uri = 'file:///hostile/typing.txt';
    await client.open(uri, ' date 2024-01-01 Angela Merkel spoke.\n', 1);
    await client.diagnosticsFor(uri, (x) => x.version === 1);
    const before = (await client.request<{ analyses: number }>('newsArticle/stats', {})).analyses;
    for (let v = 2; v <= 21; v++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 1, character: v - 2 }, end: { line: 1, character: v - 2 } }, text: 'a' }],
      });
    }
    const d = await client.diagnosticsFor(uri, (x) => x.version === 21);
    assert.equal(d.version, 21);
    const after = (await client.request<{ analyses: number }>('newsArticle/stats', {})).analyses;
    assert.ok(after - before <= 2, `20 keystrokes caused ${after - before} analyses`);
  });
});

describe('cancellation', function () {
  this.timeout(120000);

  it('a request cancelled while it waits behind a long one is answered "cancelled" without being computed', async () => {
    const client = new LspClient();
    await client.initialize();
    const uri = 'file:///hostile/cancel.txt';
    const text = ' date 2024-01-01 ' + 'Olaf Scholz told “reporters” in Berlin that talks go on.\n'.repeat(20000);
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, (d) => d.version === 1, 60000);
    // A new version makes the next request analyse the whole text again; the hover queued behind it is cancelled.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } }, text: 'x' }],
    });
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
    const source = new CancellationTokenSource();
    const long = client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const stale = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } }, source.token);
    source.cancel();
    const outcome = await stale.then(() => 'answered', (e: { code?: number }) => e.code);
    assert.equal(outcome, -32800, 'RequestCancelled');
    assert.ok(Array.isArray(await long));
    assert.equal(await client.shutdown(), 0);
  });
});
