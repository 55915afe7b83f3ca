#!/usr/bin/env node
// Side-by-side speed of parseArticle in two source trees, in one process, for speed work on a machine whose speed
// drifts: the two versions alternate so that both see the same conditions. Prints B/A (below 1: B is faster).
//   node --expose-gc scripts/ab-parse.mjs TREE_A [TREE_B] [--doc SIZE] [--rounds N] [--chunks N]
// TREE_B defaults to this tree (e.g. TREE_A a `git worktree` of the base commit). Without --doc: the BBC articles of
// ../shared/data/bbc-news one by one, split into --chunks groups (default 40); each round runs every group in A and
// in B back to back (order alternating). With --doc SIZE: one document of SIZE characters made of those articles
// (as the bench makes them), A and B alternating whole analyses. A no-change run reads about 1.00 ± 0.05 per round.
// With --apart PAIRS (and --doc SIZE): each version in processes of its own, A and B in turn PAIRS times, each
// process timing --runs analyses (default 20) and the garbage collection in them. In one process the two versions
// share one heap, so a change to what survives collection shows poorly there (1 MB rounds read 0.76–1.30 on
// 2026-12-02); apart, the young-generation time per analysis is a steadier measure of such a change.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];

if (args[0] === '--child') {
  // One version in a process of its own (see --apart): BUNDLE FILES_BUNDLE SIZE RUNS; prints what it measured as JSON.
  const [bundle, filesBundle, size, runs] = args.slice(1);
  const require = createRequire(import.meta.url);
  const { parseArticle } = require(bundle);
  const { articleTexts, corpusOf } = require(filesBundle);
  const doc = corpusOf(articleTexts(join(here, '..', 'shared', 'data', 'bbc-news')), Number(size));
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  let minor = 0;
  let major = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minor += e.duration; else major += e.duration; }
  });
  for (let w = 0; w < 3; w++) parseArticle(doc);
  observer.observe({ entryTypes: ['gc'] });
  const times = [];
  for (let r = 0; r < Number(runs); r++) { const t = performance.now(); parseArticle(doc); times.push(performance.now() - t); }
  // Entries arrive asynchronously: let them in before reading the totals.
  await new Promise((done) => setTimeout(done, 50));
  observer.disconnect();
  console.log(JSON.stringify({ ms: median(times), minor: minor / Number(runs), major: major / Number(runs) }));
  process.exit(0);
}
const trees = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (trees.length < 1 || trees.length > 2) {
  console.error('usage: node --expose-gc scripts/ab-parse.mjs TREE_A [TREE_B] [--doc SIZE] [--rounds N] [--chunks N] [--apart PAIRS [--runs N]]');
  process.exit(2);
}
const [treeA, treeB = here] = trees.map((t) => resolve(t));
const docSize = option('--doc', 0);
const apart = option('--apart', 0);
if (apart && !docSize) {
  console.error('--apart needs --doc SIZE');
  process.exit(2);
}
const rounds = option('--rounds', docSize ? 16 : 10);
const nChunks = option('--chunks', 40);

const tmp = mkdtempSync(join(tmpdir(), 'ab-parse-'));
const require = createRequire(import.meta.url);
async function load(file, tag) {
  const outfile = join(tmp, `${tag}.cjs`);
  // Packages resolve from this tree's node_modules, so a bare worktree of another commit needs none of its own.
  await esbuild.build({
    entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(here, 'node_modules')],
  });
  return require(outfile);
}
const parseA = (await load(join(treeA, 'server/src/analysis/parseArticle.ts'), 'A')).parseArticle;
const parseB = (await load(join(treeB, 'server/src/analysis/parseArticle.ts'), 'B')).parseArticle;
// The articles and the large document exactly as the bench reads and makes them (this tree's helpers).
const { articleTexts, corpusOf } = await load(join(here, 'server/bench/files.ts'), 'files');

if (apart) {
  const runs = option('--runs', 20);
  const child = (tag) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', join(tmp, `${tag}.cjs`),
    join(tmp, 'files.cjs'), String(docSize), String(runs)], { encoding: 'utf8' }));
  const A = [];
  const B = [];
  for (let p = 0; p < apart; p++) {
    if (p % 2) { B.push(child('B')); A.push(child('A')); } else { A.push(child('A')); B.push(child('B')); }
    const [a, b] = [A[p], B[p]];
    console.log(`pair ${p + 1}: A ${a.ms.toFixed(1)} ms (young-generation collection ${a.minor.toFixed(1)} ms), B ${b.ms.toFixed(1)} ms (${b.minor.toFixed(1)} ms)`);
  }
  rmSync(tmp, { recursive: true, force: true });
  const ratio = (key) => median(A.map((a, p) => B[p][key] / a[key])).toFixed(3);
  console.log(`one ${docSize}-character document, ${apart} pairs of processes of ${runs} analyses: B/A median ${ratio('ms')} in time, ` +
    `${ratio('minor')} in young-generation collection (A ${median(A.map((a) => a.minor)).toFixed(1)} ms, B ${median(B.map((b) => b.minor)).toFixed(1)} ms per analysis; ` +
    `full collections A ${median(A.map((a) => a.major)).toFixed(1)} ms, B ${median(B.map((b) => b.major)).toFixed(1)} ms)`);
  process.exit(0);
}
rmSync(tmp, { recursive: true, force: true });

const texts = articleTexts(join(here, '..', 'shared', 'data', 'bbc-news'));
let groups;
if (docSize) {
  groups = [[corpusOf(texts, docSize)]];
} else {
  groups = Array.from({ length: nChunks }, (_, c) => texts.filter((_, i) => i % nChunks === c));
}
const run = (parse, group) => { const t = performance.now(); for (const x of group) parse(x); return performance.now() - t; };
const collect = globalThis.gc ?? (() => undefined);
// Warm-up: both versions optimised before anything is timed.
for (let w = 0; w < (docSize ? 3 : 1); w++) for (const g of groups) { run(parseA, g); run(parseB, g); }

const ratios = [];
let totalA = 0;
let totalB = 0;
for (let r = 0; r < rounds; r++) {
  let a = 0;
  let b = 0;
  groups.forEach((g, k) => {
    if (docSize) collect();
    if ((r + k) % 2) { b += run(parseB, g); if (docSize) collect(); a += run(parseA, g); } else { a += run(parseA, g); if (docSize) collect(); b += run(parseB, g); }
  });
  ratios.push(b / a);
  totalA += a;
  totalB += b;
}
const what = docSize ? `one ${docSize}-character document` : `${texts.length} BBC articles in ${groups.length} groups`;
console.log(`${what}: A ${(totalA / rounds).toFixed(1)} ms, B ${(totalB / rounds).toFixed(1)} ms per round; B/A median ${median(ratios).toFixed(3)}, ` +
  `all rounds ${(totalB / totalA).toFixed(3)} (rounds: ${ratios.map((x) => x.toFixed(2)).join(' ')})`);
if (!globalThis.gc && docSize) console.log('(run with node --expose-gc to collect garbage before each analysis)');
