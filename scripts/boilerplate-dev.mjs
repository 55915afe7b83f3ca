#!/usr/bin/env node
// Development aid for the boilerplate rules and the residue classifier: the same figures as
// ../shared/eval/boilerplate.mjs, computed in-process (seconds, not a minute), plus listings.
//   node scripts/boilerplate-dev.mjs [--show N|all] [--only fp|fn] [--clean-examples N]
// --show prints pages line by line: gold label (B/c), prediction (the rule that flagged it, or .), text.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const arg = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const data = join('..', 'shared', 'data');
const tmp = mkdtempSync(join(tmpdir(), 'bp-dev-'));
let parseArticle, classOf, lineFeatures;
try {
  await esbuild.build({
    stdin: { contents: "export { parseArticle } from './server/src/analysis/parseArticle'; export { classOf } from './server/src/analysis/boilerplate/classifyLines'; export { lineFeatures } from './server/src/analysis/boilerplate/lineFeatures';", resolveDir: '.', loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: join(tmp, 'a.cjs'), logLevel: 'error' });
  ({ parseArticle, classOf, lineFeatures } = createRequire(import.meta.url)(join(tmp, 'a.cjs')));
} finally { rmSync(tmp, { recursive: true, force: true }); }

// --file F: one text file, line by line: the line's class and features, and what flagged it.
if (arg('--file')) {
  const text = readFileSync(arg('--file'), 'utf8');
  const a = parseArticle(text, { lite: true });
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const f = lineFeatures(line);
      const hit = a.boilerplate.find((b) => b.start < pos + line.length && pos < b.end);
      console.log(`${classOf(f).padEnd(5)} w${String(f.words).padStart(3)} s${f.stopDensity.toFixed(2)} ${f.sentenceEnd ? 'E' : ' '}${f.linkish ? 'L' : ' '} ${(hit?.kind ?? '.').slice(0, 10).padEnd(10)} ${line.slice(0, 120)}`);
    }
    pos += line.length + 1;
  }
  process.exit(0);
}
const pages = readFileSync(arg('--lines', join(data, 'scrapinghub-lines', 'scrapinghub-lines.dev.jsonl')), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const show = arg('--show', '0');
const only = arg('--only', '');
let tp = 0, fp = 0, fn = 0, cc = 0, ck = 0;
const t0 = Date.now();
pages.forEach((page, pi) => {
  const texts = page.lines.map((l) => l.text.replace(/\n/g, ' '));
  const text = texts.join('\n') + '\n';
  const a = parseArticle(text, { lite: true });
  const cov = new Uint8Array(text.length);
  const kind = new Array(text.length);
  for (const b of a.boilerplate) for (let k = b.start; k < b.end; k++) { cov[k] = 1; kind[k] = b.kind; }
  let pos = 0;
  const out = [];
  page.lines.forEach((l, li) => {
    const t = texts[li];
    let n = 0, c = 0, k0;
    for (let k = 0; k < t.length; k++) if (!/\s/.test(t[k])) { n++; c += cov[pos + k]; k0 ??= kind[pos + k]; }
    const flagged = n > 0 && c * 2 >= n;
    const isBp = l.label === 'boilerplate';
    if (flagged && isBp) tp++; else if (flagged) fp++; else if (isBp) fn++;
    if (!isBp) { cc += n; ck += n - c; }
    const mark = flagged !== isBp ? (flagged ? 'FP' : 'FN') : '  ';
    if (!only || (only === 'fp' && mark === 'FP') || (only === 'fn' && mark === 'FN')) out.push(`${mark} ${isBp ? 'B' : 'c'} ${flagged ? (k0 ?? '?').slice(0, 10).padEnd(10) : '.'.padEnd(10)} ${t.slice(0, 150)}`);
    pos += t.length + 1;
  });
  if (show === 'all' || pi < Number(show)) { console.log(`===== ${pi} ${page.url}`); console.log(out.join('\n')); }
});
const ms = Date.now() - t0;
const f = (x) => x.toFixed(3);
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
console.log(`lines: tp ${tp} fp ${fp} fn ${fn}  precision=${f(P)} recall=${f(R)} f1=${f(2 * tp / (2 * tp + fp + fn))} content.kept=${f(ck / cc)}  (${ms} ms)`);

// Clean BBC articles: any flag after the headline is a false alarm.
const clean = [];
const walk = (d) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (/^\d+\.txt$/.test(e)) clean.push(p); } };
walk(join(data, 'bbc-news'));
let bad = 0;
const nEx = Number(arg('--clean-examples', '8'));
for (const file of clean) {
  const buf = readFileSync(file);
  let text = buf.toString('utf8');
  if (text.includes('\ufffd')) text = buf.toString('latin1');
  const firstNl = text.indexOf('\n');
  const hits = parseArticle(text, { lite: true }).boilerplate.filter((b) => b.end > firstNl);
  if (hits.length) { bad++; if (bad <= nEx) console.log(`  clean FP ${file.split('/').slice(-2).join('/')}: [${hits[0].kind}] ${JSON.stringify(hits[0].text.slice(0, 100))}`); }
}
console.log(`clean.flagged=${f(bad / clean.length)} (${bad}/${clean.length})`);
