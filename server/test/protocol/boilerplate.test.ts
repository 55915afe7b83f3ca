// Boilerplate over the protocol: fixes, folding, dimming, settings and the exceptions file.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, type PublishedDiagnostics } from '../support/lspClient';

interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
interface CodeAction { title: string; kind: string; edit?: { changes: Record<string, TextEdit[]> }; command?: { command: string; arguments: unknown[] } }
type Diag = PublishedDiagnostics['diagnostics'][number] & { tags?: number[]; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'x', 1, text), edits);
const codes = (d: PublishedDiagnostics) => d.diagnostics.map((x) => String(x.code));

const PAGE = [
  ' date 2024-03-01 The council voted on Tuesday to close the old bridge to lorries from next spring, citing cracks in its piers.',
  '',
  'Advertisement',
  '',
  'Engineers said repairs would take at least two years and cost more than the council had set aside for all roads.',
  '',
  'Sponsored content',
  '',
  'The mayor said the city would look for money from the national government before the end of the year.',
  '',
  'Related stories',
  'Local Team Wins Cup In Extra Time',
  'Contact Us',
  'About Us',
  'Careers',
  'Advertise With Us',
  'Terms of Use',
  'Privacy Policy',
  '',
].join('\n');

describe('boilerplate over the protocol', function () {
  this.timeout(20000);
  const root = mkdtempSync(join(tmpdir(), 'news-ws-'));
  const rootUri = pathToFileURL(root).toString();
  const uri = pathToFileURL(join(root, 'page.txt')).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    client.settings['newsArticle.boilerplate'] = { disabledRules: [], customPatterns: [] };
    const init = await client.initialize(rootUri);
    assert.ok(init.capabilities.foldingRangeProvider);
    assert.deepEqual((init.capabilities.executeCommandProvider as { commands: string[] }).commands, ['newsArticle.boilerplate.addException']);
    await client.open(uri, PAGE);
  });
  after(async () => { assert.equal(await client.shutdown(), 0, client.stderr); });

  it('flags adverts and the page tail, dimmed as unnecessary', async () => {
    const d = await client.diagnosticsFor(uri, (x) => x.diagnostics.length >= 3);
    assert.deepEqual(codes(d), ['boilerplate.advert', 'boilerplate.advert', 'boilerplate.read-more', 'boilerplate.teaser', 'boilerplate.page-residue']);
    assert.ok((d.diagnostics as Diag[]).every((x) => x.tags?.includes(1)), 'DiagnosticTag.Unnecessary');
  });

  it('remove one, remove all of a rule, strip everything: paragraphs stay intact', async () => {
    const d = await client.diagnosticsFor(uri);
    const advert = d.diagnostics[0] as Diag;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: advert.range, context: { diagnostics: [advert] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Remove boilerplate: Advertisement label or slot'), titles.join(' | '));
    assert.ok(titles.includes('Remove all Advertisement label or slot (2)'), titles.join(' | '));
    const one = apply(PAGE, actions.find((a) => a.title.startsWith('Remove boilerplate'))!.edit!.changes[uri]);
    assert.equal(one, PAGE.replace('Advertisement\n\n', ''));
    const all = apply(PAGE, actions.find((a) => a.title.startsWith('Remove all'))!.edit!.changes[uri]);
    assert.equal(all, PAGE.replace('Advertisement\n\n', '').replace('Sponsored content\n\n', ''));
    const strip = apply(PAGE, actions.find((a) => a.title.startsWith('Strip all'))!.edit!.changes[uri]);
    const lines = PAGE.split('\n');
    assert.equal(strip, [lines[0], '', lines[4], '', lines[8]].join('\n') + '\n');
    assert.ok(!/\n\s*\n\s*\n/.test(strip));
  });

  it('folds boilerplate blocks of two lines or more', async () => {
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[10, 17]]);
  });

  it('"Not boilerplate" records the line in the workspace file and the flag goes, also for later documents', async () => {
    const d = await client.diagnosticsFor(uri);
    const advert = d.diagnostics[0] as Diag;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: advert.range, context: { diagnostics: [advert] } });
    const keep = actions.find((a) => a.title.startsWith('Not boilerplate'))!;
    assert.deepEqual(keep.command?.arguments, [uri, ['Advertisement']]);
    await client.request('workspace/executeCommand', { command: keep.command!.command, arguments: keep.command!.arguments });
    const file = join(root, '.news-article', 'boilerplate-exceptions.json');
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { lines: ['Advertisement'] });
    const after = await client.diagnosticsFor(uri, (x) => codes(x).filter((c) => c === 'boilerplate.advert').length === 1);
    assert.equal(after.diagnostics[0].range.start.line, 6, 'only "Sponsored content" is left of the adverts');
    // A second server reads the same file: the exception lasts across sessions.
    const other = new LspClient();
    try {
      await other.initialize(rootUri);
      const uri2 = pathToFileURL(join(root, 'other.txt')).toString();
      await other.open(uri2, ' date 2024-03-02 The talks ended.\n\nAdvertisement\n');
      const d2 = await other.diagnosticsFor(uri2);
      assert.deepEqual(codes(d2), []);
    } finally { await other.shutdown(); }
  });

  it('a hand-edited exceptions file is reread when it changes; a broken one is reported', async () => {
    const file = join(root, '.news-article', 'boilerplate-exceptions.json');
    writeFileSync(file, JSON.stringify({ lines: ['Advertisement', 'Sponsored content'] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    await client.diagnosticsFor(uri, (x) => !codes(x).includes('boilerplate.advert'));
    writeFileSync(file, '{ not json');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    await client.diagnosticsFor(uri, (x) => codes(x).includes('boilerplate.advert'));
    assert.ok(client.messages.some((m) => m.includes('boilerplate-exceptions.json')), client.messages.join('\n'));
    writeFileSync(file, JSON.stringify({ lines: [] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
  });

  it('settings: a disabled rule goes quiet, a custom pattern flags, a bad pattern is reported and ignored', async () => {
    client.settings['newsArticle.boilerplate'] = {
      disabledRules: ['page-residue'],
      customPatterns: [{ pattern: '^The mayor said', id: 'mayor' }, { pattern: '([unclosed', id: 'broken' }],
    };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const d = await client.diagnosticsFor(uri, (x) => codes(x).includes('boilerplate.custom.mayor'));
    assert.deepEqual(codes(d), ['boilerplate.advert', 'boilerplate.advert', 'boilerplate.custom.mayor', 'boilerplate.read-more', 'boilerplate.teaser']);
    assert.ok(client.messages.some((m) => /customPatterns\[1\].*not a valid regular expression/.test(m)), client.messages.join('\n'));
    client.settings['newsArticle.boilerplate'] = { disabledRules: [], customPatterns: [] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(uri, (x) => codes(x).includes('boilerplate.page-residue'));
  });

  it('no workspace folder: the exception lasts for the session, and the server says so', async () => {
    assert.ok(existsSync(root));
    const lone = new LspClient();
    try {
      await lone.initialize(null);
      const u = 'untitled:lone';
      await lone.open(u, ' date 2024-03-02 The talks ended.\n\nAdvertisement\n');
      await lone.diagnosticsFor(u, (x) => codes(x).includes('boilerplate.advert'));
      await lone.request('workspace/executeCommand', { command: 'newsArticle.boilerplate.addException', arguments: [u, ['Advertisement']] });
      await lone.diagnosticsFor(u, (x) => !codes(x).includes('boilerplate.advert'));
      assert.ok(lone.messages.some((m) => /session only/.test(m)));
    } finally { await lone.shutdown(); }
  });
});
