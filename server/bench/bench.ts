// npm run bench: figures, not a test. Medians of several runs; nothing here asserts a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleTexts, corpusOf, files } from './files';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArticle } from '../src/analysis/parseArticle';
import { AnalysisMemo } from '../src/analysis/memo';
import { DIAGNOSTICS_DELAY_MS as DEBOUNCE_MS } from '../src/articles';
import { LspClient } from '../test/support/lspClient';

const BBC = join(process.cwd(), '..', 'shared', 'data', 'bbc-news');
const quick = process.argv.includes('--quick');
const rows: Array<[string, string, string]> = [];
const row = (what: string, figure: string, note = '') => { rows.push([what, figure, note]); console.log(`  ${what.padEnd(58)} ${figure.padStart(14)}  ${note}`); };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))]; };
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

const bbcFiles = (): string[] => files(BBC, (n) => n.endsWith('.txt'));

function time(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); xs.push(performance.now() - t); }
  return median(xs);
}

async function analysisFigures(texts: string[]): Promise<void> {
  console.log('\nAnalysis (parseArticle, in process)');
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (const t of texts) parseArticle(t); // warm-up: one whole pass, so the runs measure optimised code
  // The machine's speed drifts (a shared host): runs are medians, with the spread shown, and the comparison with
  // compromise alternates the two on the same articles, so both see the same conditions.
  // Each run starts from a collected heap (node --expose-gc), so that it does not pay for garbage made before it.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const timed = (group: string[], analyse: (text: string) => unknown): number => {
    const t = performance.now();
    for (const x of group) analyse(x);
    return performance.now() - t;
  };
  const runs = quick ? 1 : 7;
  const passes: number[] = [];
  for (let r = 0; r < runs; r++) { collect(); passes.push(timed(texts, parseArticle)); }
  const mbs = (x: number) => bytes / 1e6 / (x / 1000);
  const oursMBs = mbs(median(passes));
  row(`throughput on ${texts.length} BBC articles (${(bytes / 1e6).toFixed(2)} MB)`, `${oursMBs.toFixed(2)} MB/s`,
    `median of ${runs}${runs > 1 ? `; runs from ${mbs(Math.max(...passes)).toFixed(2)} to ${mbs(Math.min(...passes)).toFixed(2)} MB/s` : ''}`);
  // compromise, the JavaScript NLP library, on the same text (every article): people, places, organizations. The
  // two take turns on groups of 20 articles, so a drift of the machine's speed touches both alike. Right after
  // compromise, our first pass over a group runs cold (its tables out of the processor's caches); the throughput
  // ratio takes our second pass over the group, as steady as the throughput above, and the first is shown too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  const peerTexts = quick ? texts.slice(0, 100) : texts;
  const peerBytes = peerTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // The heap is collected before each round, not before each group: a collection walks the whole heap and moves
  // it, and whatever runs next starts cold.
  const theirs = (x: string) => { const d = nlp(x); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); };
  theirs(peerTexts[0]); // compromise's first call builds its lexicon: part of no run
  const rounds = quick ? 1 : 3;
  const steady: number[] = [];
  const cold: number[] = [];
  const theirRuns: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let them = 0, oursCold = 0, ours = 0;
    collect();
    for (let g = 0; g < peerTexts.length; g += 20) {
      const group = peerTexts.slice(g, g + 20);
      them += timed(group, theirs);
      oursCold += timed(group, parseArticle);
      ours += timed(group, parseArticle);
    }
    steady.push(them / ours);
    cold.push(them / oursCold);
    theirRuns.push(them);
  }
  const list = (xs: number[]) => `${xs.length > 1 ? `median of ${xs.length}: ` : ''}${xs.map((x) => x.toFixed(0)).join(', ')}`;
  row(`compromise 14 (people/places/organizations), ${peerTexts.length} articles`, `${(peerBytes / 1e6 / (median(theirRuns) / 1000)).toFixed(3)} MB/s`,
    `median of ${theirRuns.length}`);
  row('ratio (ours / compromise), in turn on the same articles', `${median(steady).toFixed(0)}×`, list(steady));
  row('  the same, ours timed cold (first pass after compromise)', `${median(cold).toFixed(0)}×`, list(cold));
  const all = texts.join('\n\n');
  for (const [label, size] of [['5 KB', 5e3], ['100 KB', 1e5], ['1 MB', 1e6], ['10 MB', 1e7]] as const) {
    const doc = corpusOf(texts, size);
    const runs = size >= 1e7 ? (quick ? 1 : 3) : quick ? 3 : 9;
    row(`full analysis of a ${label} document`, ms(time(() => parseArticle(doc, { lite: false }), runs)), `median of ${runs}`);
  }
  // What the server does on a keystroke: the document's memo keeps the lines the edit did not touch.
  for (const [label, size] of [['100 KB', 1e5], ['1 MB', 1e6]] as const) {
    let doc = corpusOf(texts, size);
    const memo = new AnalysisMemo();
    parseArticle(doc, { memo });
    let at = Math.floor(doc.length / 2);
    const xs: number[] = [];
    for (const ch of 'the reporters said'.slice(0, quick ? 6 : 18)) {
      doc = doc.slice(0, at) + ch + doc.slice(at);
      at++;
      const t = performance.now();
      parseArticle(doc, { memo });
      xs.push(performance.now() - t);
    }
    row(`re-analysis after a keystroke, ${label} document`, ms(median(xs)), `median of ${xs.length}; ${memo.linesReused} lines reused, ${memo.linesAnalysed} analysed`);
  }
  void all;
}

async function lspFigures(texts: string[]): Promise<void> {
  console.log('\nLanguage server over stdio (real process)');
  const client = new LspClient();
  await client.initialize();
  for (const [label, size] of [['5 KB', 5e3], ['100 KB', 1e5], ['1 MB', 1e6]] as const) {
    const uri = `file:///bench/${label.replace(' ', '')}.txt`;
    const text = corpusOf(texts, size);
    let version = 1;
    await client.open(uri, text, version);
    await client.diagnosticsFor(uri, (d) => d.version === version, 60000);
    const doc = TextDocument.create(uri, 'news-article', 1, text);
    const article = parseArticle(text);
    const spots = article.actors.flatMap((a) => a.mentions).slice(0, 200).map((m) => doc.positionAt(m.start + 1));
    const hover: number[] = [];
    for (let i = 0; i < (quick ? 20 : 100); i++) {
      const t = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: spots[i % spots.length] });
      hover.push(performance.now() - t);
    }
    row(`hover, ${label}`, `p50 ${ms(median(hover))}`, `p95 ${ms(pct(hover, 95))}`);
    const sym: number[] = [];
    for (let i = 0; i < 10; i++) { const t = performance.now(); await client.request('textDocument/documentSymbol', { textDocument: { uri } }); sym.push(performance.now() - t); }
    row(`documentSymbol, ${label}`, `p50 ${ms(median(sym))}`);
    const full: number[] = [];
    let resultId = '';
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const r = await client.request<{ resultId: string; data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      full.push(performance.now() - t);
      resultId = r.resultId;
    }
    row(`semantic tokens (full), ${label}`, `p50 ${ms(median(full))}`);
    // Typing: bursts of single-character edits, then the diagnostics for the last one and a semantic-token delta.
    const bursts = quick ? 3 : 12;
    const afterKeys: number[] = [];
    const analysisMs: number[] = [];
    const delta: number[] = [];
    let analysesPerBurst = 0;
    let lastEdits = 0;
    const insertAt = doc.positionAt(Math.floor(text.length / 2));
    for (let b = 0; b < bursts; b++) {
      const before = (await client.request<{ analyses: number }>('newsArticle/stats', {})).analyses;
      let lastSent = 0;
      for (const ch of 'reporters') {
        version++;
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version }, contentChanges: [{ range: { start: insertAt, end: insertAt }, text: ch }],
        });
        lastSent = performance.now();
        insertAt.character++;
      }
      await client.diagnosticsFor(uri, (d) => d.version === version, 60000);
      afterKeys.push(performance.now() - lastSent);
      const stats = await client.request<{ analyses: number; lastAnalysis: { ms: number } }>('newsArticle/stats', {});
      analysesPerBurst = Math.max(analysesPerBurst, stats.analyses - before);
      analysisMs.push(stats.lastAnalysis.ms);
      const t = performance.now();
      const r = await client.request<{ resultId: string; edits?: unknown[] }>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: resultId });
      delta.push(performance.now() - t);
      resultId = r.resultId;
      lastEdits = (r.edits ?? []).length;
    }
    row(`diagnostics after a burst of 9 keystrokes, ${label}`, ms(median(afterKeys) - DEBOUNCE_MS),
      `after the ${DEBOUNCE_MS} ms debounce (${ms(median(afterKeys))} in all); median of ${bursts}; at most ${analysesPerBurst} analysis per burst, ${ms(median(analysisMs))} in the server`);
    row(`semantic tokens (delta after typing), ${label}`, ms(median(delta)), `${lastEdits} edit`);
  }
  await client.shutdown();
}

function cliFigures(files: string[]): void {
  console.log('\nnews-annotate on the whole BBC folder');
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const probe = join(dir, 'rss.js');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, join('server', 'out', 'cli.js'), ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t;
  const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0);
  const refused = (r.stderr.match(/^news-annotate: /gm) ?? []).length;
  row(`wall time, ${files.length} files`, `${(wall / 1000).toFixed(2)} s`, `exit ${r.status}${refused ? `: ${refused} file${refused === 1 ? '' : 's'} refused (not UTF-8)` : ''}`);
  row('peak memory (max RSS)', `${(rss / 1024).toFixed(0)} MB`);
}

/** The corpus index: a real server indexing a workspace folder in the background, until its progress ends. */
async function indexFigures(texts: string[]): Promise<void> {
  console.log('\nCorpus index (language server indexing a workspace folder)');
  const status = (pid: number | undefined) => {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) / 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch { return null; }
  };
  const run = async (label: string, folder: string, settings: Record<string, unknown>) => {
    const client = new LspClient();
    client.settings = { newsArticle: settings };
    const t = performance.now();
    await client.initialize(pathToFileURL(folder).href, { window: { workDoneProgress: true } });
    await client.until(() => client.progress.some((p) => p.kind === 'end'), 'indexing', 600000);
    const wall = performance.now() - t;
    // A request while nothing else runs: how quickly the server answers once indexed.
    const q = performance.now();
    const syms = await client.request<unknown[]>('workspace/symbol', { query: 'blair' });
    const symMs = performance.now() - q;
    const stats = await client.request<{ articles: number; rss: number; heapUsed: number }>('newsArticle/stats', {});
    const proc = status(client.pid);
    row(`index ${label}: ${stats.articles} articles`, `${(wall / 1000).toFixed(2)} s`, `${(stats.articles / (wall / 1000)).toFixed(0)} articles/s`);
    row(`  server memory after indexing (RSS / heap)`, `${(stats.rss / 1048576).toFixed(0)} MB`, `heap ${(stats.heapUsed / 1048576).toFixed(0)} MB${proc ? `; peak RSS ${proc.peak.toFixed(0)} MB` : ''}`);
    row(`  workspace/symbol "blair"`, ms(symMs), `${syms.length} results (cap 200)`);
    await client.shutdown();
  };
  await run('BBC folder', BBC, { files: ['**/*.txt'], exclude: ['DEV_FILES.txt'] });
  // A bigger corpus: the BBC articles again and again, each copy with its own date header, 500 to a folder.
  const n = quick ? 3000 : 10000;
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(sub);
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), ` date ${day} ${texts[i % texts.length]}`);
  }
  try {
    await run(`${n} copies`, dir, {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
  const files = bbcFiles();
  const texts = articleTexts(BBC);
  console.log(`news-article bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores${quick ? ' (--quick)' : ''}`);
  console.log(`load average before: ${load()}`);
  await analysisFigures(texts);
  await lspFigures(texts);
  cliFigures(files);
  await indexFigures(texts);
  // Other work on the machine slows every figure: the load says whether this run had the cores to itself.
  console.log(`\nload average after: ${load()}; figures compare between runs that started on an idle machine (1-minute load well under 1)`);
}

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ') + ' (1, 5, 15 min)';

main().catch((e) => { console.error(e); process.exit(1); });
