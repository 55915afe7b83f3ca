// Where the analysis time goes: each stage of parseArticle timed alone over the BBC articles (medians of runs).
//   node out/bench/stages.js [RUNS]
import { articleTexts } from './files';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../src/analysis/parseArticle';
import { splitLines, isBlank } from '../src/analysis/text';
import { findDateHeader } from '../src/analysis/dateHeader';
import { findBoilerplate } from '../src/analysis/boilerplate/findBoilerplate';
import { findActors } from '../src/analysis/actors/findActors';
import { findQuoteMarks } from '../src/analysis/quotes/findQuoteMarks';
import { attributeQuotes } from '../src/analysis/quotes/attributeQuotes';
import type { Span } from '../src/analysis/types';

export const bbcTexts = (): string[] => articleTexts(join(process.cwd(), '..', 'shared', 'data', 'bbc-news'));

/** Milliseconds per stage (and in total) for one pass over the texts, medians of `runs` passes. */
export function stageTimes(texts: string[], runs: number): Record<string, number> {
  const all: Record<string, number[]> = {};
  for (const t of texts.slice(0, 100)) parseArticle(t);
  for (let r = 0; r < runs; r++) {
    const T: Record<string, number> = { total: 0, 'lines and header': 0, boilerplate: 0, actors: 0, 'quotation marks': 0, speakers: 0 };
    let t0 = performance.now();
    for (const t of texts) parseArticle(t);
    T.total = performance.now() - t0;
    for (const text of texts) {
      let a = performance.now();
      const lines = splitLines(text);
      const header = findDateHeader(text);
      let b = performance.now(); T['lines and header'] += b - a; a = b;
      const bp = findBoilerplate(text, lines, header.end, undefined);
      b = performance.now(); T.boilerplate += b - a; a = b;
      const regions: Span[] = [];
      for (const l of lines) { const s = Math.max(l.start, header.end); if (l.end > s && !isBlank(text.slice(s, l.end))) regions.push({ start: s, end: l.end }); }
      const actors = findActors(text, regions, bp, {});
      b = performance.now(); T.actors += b - a; a = b;
      const marks = findQuoteMarks(text, lines, header.end);
      b = performance.now(); T['quotation marks'] += b - a; a = b;
      attributeQuotes(text, lines, marks, actors, header.end);
      b = performance.now(); T.speakers += b - a;
      void t0; t0 = 0;
    }
    for (const [k, v] of Object.entries(T)) (all[k] ??= []).push(v);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, median(v)]));
}

if (require.main === module) {
  const texts = bbcTexts();
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  const times = stageTimes(texts, Number(process.argv[2] ?? 5));
  for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(18)} ${v.toFixed(0).padStart(6)} ms ${k === 'total' ? `${(mb / (v / 1000)).toFixed(2)} MB/s` : ''}`);
}
