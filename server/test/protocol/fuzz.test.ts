import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';
import { mutation, random, seedTexts } from '../support/fuzz';

describe('fuzz: random edits against the live server (seed 7, 150 edits)', function () {
  this.timeout(120000);

  it('answers every request with well-formed results while the text is mangled', async () => {
    const client = new LspClient();
    await client.initialize();
    const uri = 'file:///fuzz/live.txt';
    const rnd = random(7);
    let doc = TextDocument.create(uri, 'news-article', 1, seedTexts()[1]);
    await client.open(uri, doc.getText(), 1);
    for (let version = 2; version <= 151; version++) {
      const m = mutation(doc.getText(), rnd);
      const range = { start: doc.positionAt(m.start), end: doc.positionAt(m.end) };
      doc = TextDocument.update(doc, [{ range, text: m.text }], version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: m.text }] });
      if (version % 10 !== 0) continue;
      const at = doc.positionAt(Math.floor(rnd() * doc.getText().length));
      const [hover, symbols, tokens] = await Promise.all([
        client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: at }),
        client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }),
        client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } }),
      ]);
      void hover;
      assert.ok(Array.isArray(symbols));
      assert.equal(tokens.data.length % 5, 0);
      let line = 0;
      for (let i = 0; i < tokens.data.length; i += 5) line += tokens.data[i];
      assert.ok(line < doc.lineCount, `version ${version}: tokens inside the document`);
      const published = await client.diagnosticsFor(uri, (d) => d.version === version);
      for (const d of published.diagnostics) assert.ok(d.range.start.line < doc.lineCount, `version ${version}: diagnostic inside the document`);
    }
    // The document the server updated edit by edit (re-analysing only what changed) reads the same as a fresh copy.
    const last = await client.diagnosticsFor(uri, (d) => d.version === 151);
    const fresh = 'file:///fuzz/fresh.txt';
    await client.open(fresh, doc.getText(), 1);
    const again = await client.diagnosticsFor(fresh, (d) => d.version === 1);
    assert.deepEqual(last.diagnostics, again.diagnostics, 'incremental and fresh analyses give the same diagnostics');
    const symbolsOf = (u: string) => client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    assert.deepEqual(await symbolsOf(uri), await symbolsOf(fresh), 'and the same outline');
    assert.doesNotMatch(client.stderr, /failed:/, 'no handler failed');
    assert.equal(await client.shutdown(), 0);
  });
});
