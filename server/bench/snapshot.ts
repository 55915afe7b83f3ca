// Guard for speed work: the analysis of a fixed corpus must not change when only speed is meant to.
//   node out/bench/snapshot.js --write FILE   records one hash per text of the whole model (minus text and lines)
//   node out/bench/snapshot.js --check FILE   recomputes and lists every text whose model differs (exit 1 if any)
// The corpus: the seeds, the BBC articles, PolNeAR (dev and the first 300 train texts) and the scrapinghub pages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { files } from './files';
import { join } from 'node:path';
import { parseArticle } from '../src/analysis/parseArticle';

const SHARED = join(process.cwd(), '..', 'shared');

export function snapshotCorpus(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const txt = (n: string) => n.endsWith('.txt');
  for (const p of files(join(SHARED, 'seeds'), txt)) if (!p.includes('/gold/')) out.push([p, readFileSync(p, 'utf8')]);
  for (const p of files(join(SHARED, 'data', 'bbc-news'), (n) => /^\d+\.txt$/.test(n))) out.push([p, readFileSync(p, 'utf8')]);
  for (const p of files(join(SHARED, 'data', 'polnear', 'dev', 'text'), txt)) out.push([p, readFileSync(p, 'utf8')]);
  for (const p of files(join(SHARED, 'data', 'polnear', 'train', 'text'), txt).slice(0, 300)) out.push([p, readFileSync(p, 'utf8')]);
  const sh = join(SHARED, 'data', 'scrapinghub-lines', 'scrapinghub-lines.dev.jsonl');
  if (existsSync(sh)) {
    readFileSync(sh, 'utf8').split('\n').filter(Boolean).forEach((l, i) => {
      const page = JSON.parse(l) as { lines: Array<{ text: string }> };
      out.push([`scrapinghub#${i}`, page.lines.map((x) => x.text.replace(/\n/g, ' ')).join('\n') + '\n']);
    });
  }
  return out;
}

export function modelDigest(text: string): string {
  const { text: _t, lines: _l, ...rest } = parseArticle(text);
  return createHash('sha1').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
}

if (require.main === module) {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--check') || !file) {
    console.error('usage: snapshot.js --write FILE | --check FILE');
    process.exit(2);
  }
  const corpus = snapshotCorpus();
  const digests: Record<string, string> = {};
  for (const [name, text] of corpus) digests[name.replace(SHARED, '')] = modelDigest(text);
  if (mode === '--write') {
    writeFileSync(file, JSON.stringify(digests, null, 0));
    console.log(`${corpus.length} texts recorded in ${file}`);
  } else {
    const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const changed = Object.keys(digests).filter((k) => before[k] !== digests[k]);
    for (const k of changed.slice(0, 20)) console.log(`changed: ${k}`);
    console.log(`${corpus.length} texts, ${changed.length} with a different model`);
    process.exit(changed.length ? 1 : 0);
  }
}
