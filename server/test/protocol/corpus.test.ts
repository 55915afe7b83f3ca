import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

// The corpus view: a workspace folder of the seed articles plus our own, indexed by the server in the background.
interface Pos { line: number; character: number }
interface Location { uri: string; range: { start: Pos; end: Pos } }
interface SymbolInformation { name: string; kind: number; location: Location; containerName?: string }

const SEEDS = ['000_e4a6795badc6cc55.txt', '001_de26970687602ec1.txt', '002_ecef01a8d0ddbcac.txt'];
const OWN = ' date 2023-05-10 On Monday, Orbán spoke in Budapest.\n\nThe veteran premier said “We will not give in to Brussels,” before he left.\n';
const KNOWLEDGE = { actors: [{ name: 'Viktor Orban', aliases: ['veteran premier'], kind: 'person', description: 'Prime Minister of Hungary since 2010.', links: ['https://example.org/orban'] }] };

function positionOf(text: string, needle: string): Pos {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in text`);
  return TextDocument.create('x', 'x', 1, text).positionAt(at + 1);
}

describe('the corpus index over a workspace folder', function () {
  this.timeout(60000);
  let client: LspClient;
  let root: string;
  const uri = (rel: string) => pathToFileURL(join(root, rel)).href;
  const changed: number[] = [];
  let toldChanged: () => void = () => undefined;
  const actorsChanged = new Promise<void>((r) => (toldChanged = r));

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const s of SEEDS) copyFileSync(join('test-fixtures', s), join(root, s));
    mkdirSync(join(root, 'extra'));
    writeFileSync(join(root, 'extra', 'orban-2023.txt'), OWN);
    writeFileSync(join(root, 'notes.txt'), 'Viktor Orban notes, not an article.\n');
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0, 1, 2]));
    for (const dir of ['node_modules/pkg', 'drafts']) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'skip.txt'), ' date 2020-01-01 Viktor Orban in a folder the index skips.\n');
    }
    writeFileSync(join(root, 'news-actors.json'), JSON.stringify(KNOWLEDGE, null, 2));
    client = new LspClient();
    client.settings = { newsArticle: { files: ['002_*.txt'], exclude: ['drafts/**'] } };
    client.connection.onNotification('newsArticle/actorsChanged', (p: { generation: number }) => { changed.push(p.generation); toldChanged(); });
    const init = await client.initialize(pathToFileURL(root).href, { window: { workDoneProgress: true } });
    assert.ok(init.capabilities.referencesProvider && init.capabilities.workspaceSymbolProvider && init.capabilities.definitionProvider && init.capabilities.documentHighlightProvider);
    await client.until(() => client.progress.some((p) => p.kind === 'end'), 'the end of indexing');
  });
  after(async () => {
    const code = await client.shutdown();
    rmSync(root, { recursive: true, force: true });
    assert.equal(code, 0, `server exit code; stderr: ${client.stderr}`);
  });

  it('reports indexing as work-done progress with a count of articles', async () => {
    assert.equal(client.progress[0].kind, 'begin');
    assert.match(client.progress[0].title ?? '', /Indexing news articles/);
    const counts = client.progress.filter((p) => p.kind === 'report').map((p) => p.message ?? '');
    assert.ok(counts.some((m) => /^\d+\/\d+ articles$/.test(m)), `a "n/N articles" report: ${JSON.stringify(counts)}`);
    const stats = await client.request<{ articles: number; indexing: boolean; rss: number }>('newsArticle/stats', {});
    assert.equal(stats.articles, 4, 'three seeds (002 by newsArticle.files) and ours; not notes, binary, node_modules or drafts');
    assert.equal(stats.indexing, false);
    assert.ok(stats.rss > 0);
  });

  it('every progress it opens it also closes, when scans overlap (start-up and a settings change arrive together)', async () => {
    const ended = () => client.progress.filter((p) => p.kind === 'end').length;
    const before = ended();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => ended() >= before + 1, 'indexing after the settings changes to end');
    for (let i = 0; (await client.request<{ indexing: boolean }>('newsArticle/stats', {})).indexing; i++) {
      assert.ok(i < 300, 'the index never became idle');
      await new Promise((r) => setTimeout(r, 50)); // polling the server's own state; not a timing assertion
    }
    const begun = client.progress.filter((p) => p.kind === 'begin').length;
    await client.until(() => ended() === begun, `every begun progress to end (begun ${begun})`);
  });

  it('workspace symbols find an actor in every article, and quotations by their words', async () => {
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'orban' });
    const files = new Set(syms.map((s) => s.location.uri));
    for (const f of [...SEEDS, 'extra/orban-2023.txt']) assert.ok(files.has(uri(f)), `${f} in ${[...files].join(', ')}`);
    assert.ok(![...files].some((f) => /skip|notes|binary/.test(f)));
    assert.ok(syms.some((s) => s.containerName?.includes('(2022-02-01)')));
    const quotes = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'give in to brussels' });
    assert.equal(quotes.length, 1);
    assert.match(quotes[0].name, /We will not give in to Brussels/);
    assert.match(quotes[0].containerName ?? '', /Viktor Orban · orban-2023\.txt \(2023-05-10\)/);
    const all = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.ok(all.length > 10 && all.length <= 200);
  });

  it('Find All References lists the mentions in every article, "Orbán" and the knowledge alias included', async () => {
    const text = readFileSync(join(root, SEEDS[0]), 'utf8');
    await client.open(uri(SEEDS[0]), text);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri(SEEDS[0]) }, position: positionOf(text, 'Orban’s'), context: { includeDeclaration: true } });
    const byFile = new Map<string, number>();
    for (const r of refs) byFile.set(r.uri, (byFile.get(r.uri) ?? 0) + 1);
    assert.equal(refs[0].uri, uri(SEEDS[0]), 'this article first');
    assert.equal(byFile.get(uri(SEEDS[0])), 7);
    assert.ok((byFile.get(uri(SEEDS[1])) ?? 0) >= 7, JSON.stringify([...byFile]));
    assert.ok((byFile.get(uri(SEEDS[2])) ?? 0) >= 4);
    const own = refs.filter((r) => r.uri === uri('extra/orban-2023.txt')).map((r) => r.range.start);
    assert.deepEqual(own, [{ line: 0, character: 28 }, { line: 2, character: 4 }], '"Orbán" and "veteran premier"');
  });

  it('the hover card lists the other articles (count, dates, latest) and the knowledge file\'s description and links', async () => {
    const text = readFileSync(join(root, SEEDS[0]), 'utf8');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(SEEDS[0]) }, position: positionOf(text, 'Orban’s') });
    const card = hover.contents.value;
    assert.match(card, /Also in 3 other articles \(2023-05-10 – 2024-12-15\); latest:/);
    assert.match(card, /- 001\\_de26970687602ec1\.txt \(2024-12-15\)\n- orban-2023\.txt \(2023-05-10\)\n- 002\\_ecef01a8d0ddbcac\.txt/);
    assert.match(card, /Prime Minister of Hungary since 2010\./);
    assert.match(card, /\(https:\/\/example\.org\/orban\)/);
  });

  it('Go to Definition jumps to the first mention; document highlights mark the actor here', async () => {
    const text = readFileSync(join(root, SEEDS[0]), 'utf8');
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri: uri(SEEDS[0]) }, position: positionOf(text, 'Orban’s') });
    assert.deepEqual(def.range.start, positionOf(text, 'Viktor Orban') && TextDocument.create('x', 'x', 1, text).positionAt(text.indexOf('Viktor Orban')));
    const marks = await client.request<Array<{ kind: number }>>('textDocument/documentHighlight', { textDocument: { uri: uri(SEEDS[0]) }, position: positionOf(text, 'Orban’s') });
    assert.equal(marks.length, 7);
    assert.ok(marks.some((m) => m.kind === 3), 'a mention naming a speaker is marked as a write');
  });

  it('newsArticle/actors groups actors by kind, and lists an actor\'s articles and quotes', async () => {
    const groups = await client.request<{ articles: number; groups: Array<{ kind: string; count: number; actors: Array<{ key: string; name: string; articles: number }> }> }>('newsArticle/actors', {});
    assert.deepEqual(groups.groups.map((g) => g.kind), ['person', 'organization', 'place']);
    const orban = groups.groups[0].actors.find((a) => a.name === 'Viktor Orban');
    assert.equal(orban?.articles, 4);
    assert.equal(groups.groups[0].actors.filter((a) => /orb[aá]n/i.test(a.name)).length, 1, 'one entry for Orban across articles');
    const detail = await client.request<{ articles: Array<{ uri: string; date: string }>; quotes: Array<{ text: string }> }>('newsArticle/actors', { key: orban!.key });
    assert.equal(detail.articles.length, 4);
    assert.equal(detail.articles[0].date, '2024-12-15', 'latest first');
    assert.ok(detail.quotes.some((q) => /This is our 13th meeting/.test(q.text)));
  });

  it('follows files created, changed and deleted on disk (workspace/didChangeWatchedFiles)', async () => {
    const file = join(root, 'extra', 'new.txt');
    writeFileSync(file, ' date 2025-01-02 Jens Stoltenberg met Viktor Orban and Olaf Zwiebelkuchen in Oslo.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('extra/new.txt'), type: 1 }] });
    const find = (q: string) => client.request<SymbolInformation[]>('workspace/symbol', { query: q });
    const waitFor = async (q: string, present: boolean) => {
      for (let i = 0; i < 400; i++) {
        if ((await find(q)).some((s) => s.location.uri === uri('extra/new.txt')) === present) return;
        await new Promise((r) => setImmediate(r));
      }
      assert.fail(`${q} ${present ? 'never appeared' : 'never went'}`);
    };
    await waitFor('zwiebelkuchen', true);
    writeFileSync(file, ' date 2025-01-02 Jens Stoltenberg met Viktor Orban and Olaf Zwiebelbrot in Oslo.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('extra/new.txt'), type: 2 }] });
    await waitFor('zwiebelbrot', true);
    await waitFor('zwiebelkuchen', false);
    rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('extra/new.txt'), type: 3 }] });
    await waitFor('zwiebelbrot', false);
    await actorsChanged; // the client is told that the actors changed (the Actors view refreshes)
    assert.ok(changed.length > 0);
  });

  it('an open document overrides the disk until it is closed', async () => {
    const u = uri('extra/orban-2023.txt');
    await client.open(u, OWN.replace('Budapest', 'Szeged and met Ursula Flintenweib'), 1);
    await client.diagnosticsFor(u);
    assert.ok((await client.request<SymbolInformation[]>('workspace/symbol', { query: 'flintenweib' })).length === 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    for (let i = 0; i < 400 && (await client.request<SymbolInformation[]>('workspace/symbol', { query: 'flintenweib' })).length; i++) await new Promise((r) => setImmediate(r));
    assert.equal((await client.request<SymbolInformation[]>('workspace/symbol', { query: 'flintenweib' })).length, 0);
  });

  it('offers "Add to knowledge file" on an actor, as an edit of news-actors.json', async () => {
    const text = readFileSync(join(root, SEEDS[0]), 'utf8');
    const at = positionOf(text, 'Stoltenberg');
    const actions = await client.request<Array<{ title: string; edit?: { documentChanges: Array<{ textDocument?: { uri: string }; edits?: Array<{ newText: string }> }> } }>>('textDocument/codeAction',
      { textDocument: { uri: uri(SEEDS[0]) }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const add = actions.find((a) => /Add “Jens Stoltenberg” to the knowledge file/.test(a.title));
    assert.ok(add?.edit, JSON.stringify(actions.map((a) => a.title)));
    const change = add.edit.documentChanges.find((c) => c.textDocument)!;
    assert.equal(change.textDocument!.uri, uri('news-actors.json'));
    const written = JSON.parse(change.edits![0].newText) as typeof KNOWLEDGE;
    assert.deepEqual(written.actors.map((a) => a.name), ['Viktor Orban', 'Jens Stoltenberg']);
    const onOrban = await client.request<Array<{ title: string }>>('textDocument/codeAction',
      { textDocument: { uri: uri(SEEDS[0]) }, range: { start: positionOf(text, 'Orban’s'), end: positionOf(text, 'Orban’s') }, context: { diagnostics: [] } });
    assert.ok(!onOrban.some((a) => /knowledge file/.test(a.title)), 'already in the file');
  });

  it('exports the corpus as JSON Lines and as brat standoff, never into the articles', async () => {
    const out = mkdtempSync(join(tmpdir(), 'corpus-out-'));
    try {
      const r = await client.request<{ articles: number }>('newsArticle/exportCorpus', { format: 'jsonl', output: pathToFileURL(join(out, 'all.jsonl')).href });
      assert.equal(r.articles, 4);
      const lines = readFileSync(join(out, 'all.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; actors: Array<{ name: string }>; quotes: unknown[] });
      assert.deepEqual(lines.map((l) => l.file), [...SEEDS, 'extra/orban-2023.txt']);
      assert.ok(lines[0].actors.some((a) => a.name === 'Viktor Orban') && lines[0].quotes.length > 3);
      const brat = await client.request<{ articles: number }>('newsArticle/exportCorpus', { format: 'brat', output: pathToFileURL(join(out, 'brat')).href });
      assert.equal(brat.articles, 4);
      const ann = readFileSync(join(out, 'brat', SEEDS[0].replace('.txt', '.ann')), 'utf8');
      const copy = readFileSync(join(out, 'brat', SEEDS[0]), 'utf8');
      assert.equal(copy, readFileSync(join(root, SEEDS[0]), 'utf8'));
      for (const line of ann.trim().split('\n').filter((l) => l.startsWith('T'))) {
        const [, spec, surface] = line.split('\t');
        const [type, ...offsets] = spec.split(/[ ;]/);
        assert.ok(['PER', 'ORG', 'LOC', 'QUOTE'].includes(type));
        if (type !== 'QUOTE') assert.equal(copy.slice(Number(offsets[0]), Number(offsets[1])), surface);
      }
      assert.match(ann, /\tPER \d+ \d+\tViktor Orban\n/);
      assert.match(ann, /\tQUOTE \d+ \d+\t“This is our 13th meeting,”/);
      await assert.rejects(client.request('newsArticle/exportCorpus', { format: 'brat', output: pathToFileURL(root).href }), /holds articles/);
      assert.ok(!existsSync(join(root, SEEDS[0].replace('.txt', '.ann'))));
      assert.deepEqual(readdirSync(join(out, 'brat')).sort().slice(0, 2), ['000_e4a6795badc6cc55.ann', '000_e4a6795badc6cc55.txt']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('an invalid knowledge file gets a diagnostic (knowledge.invalid) and the server carries on', async () => {
    const file = join(root, 'news-actors.json');
    writeFileSync(file, '{ "actors": [ { "name": "Viktor Orban", } ] }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('news-actors.json'), type: 2 }] });
    const d = await client.diagnosticsFor(uri('news-actors.json'), (p) => p.diagnostics.length > 0);
    assert.equal(d.diagnostics[0].code, 'knowledge.invalid');
    assert.match(d.diagnostics[0].message, /not valid JSON/);
    assert.equal(d.diagnostics[0].range.start.line, 0);
    // Without the alias, "veteran premier" is no mention any more; the rest still works.
    writeFileSync(file, JSON.stringify(KNOWLEDGE));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('news-actors.json'), type: 2 }] });
    await client.diagnosticsFor(uri('news-actors.json'), (p) => p.diagnostics.length === 0);
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'orban' });
    assert.ok(syms.length >= 4);
  });
});
