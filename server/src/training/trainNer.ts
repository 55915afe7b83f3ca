// Trains the name tagger (averaged perceptron, greedy decoding) and writes server/data/ner-model.json.
// Run through scripts/train-ner.mjs (`npm run train`); see README.md "Name recognition".
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeDocument, isCandidate, spansOf, type Scorer } from '../analysis/actors/ner/nerDecode';
import { N_LABELS, TYPES } from '../analysis/actors/ner/nerFeatures';
import { toBase64, type NerModelFile } from '../analysis/actors/ner/nerModel';
import { NerTokens, nerTokenize } from '../analysis/actors/ner/nerTokens';

interface Sentence { tokens: string[]; tags: string[] }
/** A document's tokens, line li being tokens[bounds[li], bounds[li + 1]), with the gold labels of each line. */
interface Doc { tokens: NerTokens; bounds: number[]; gold: Uint8Array[]; entities: Array<{ start: number; end: number; type: string }> }

function readConll(path: string, filter?: (s: Sentence) => Sentence | null): Sentence[][] {
  const docs: Sentence[][] = [];
  let doc: Sentence[] = [];
  let sent: Sentence = { tokens: [], tags: [] };
  const flushSent = () => {
    if (sent.tokens.length) { const s = filter ? filter(sent) : sent; if (s && s.tokens.length) doc.push(s); }
    sent = { tokens: [], tags: [] };
  };
  const flushDoc = () => { flushSent(); if (doc.length) docs.push(doc); doc = []; };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { flushSent(); continue; }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') { flushDoc(); continue; }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  flushDoc();
  return docs;
}

/** Twitter handles, hashtags and links say nothing about news text: drop them (and any name they carry). */
function cleanTweet(s: Sentence): Sentence | null {
  const out: Sentence = { tokens: [], tags: [] };
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (/^[@#]|^https?:|^RT$/.test(t)) {
      // Drop the whole name the token belongs to.
      let j = i;
      while (j + 1 < s.tokens.length && s.tags[j + 1].startsWith('I-')) j++;
      if (s.tags[i] !== 'O' && !s.tags[i].startsWith('B-')) return null;
      i = j;
      continue;
    }
    out.tokens.push(t);
    out.tags.push(s.tags[i].startsWith('I-') && (out.tags.length === 0 || out.tags[out.tags.length - 1] === 'O') ? 'B' + s.tags[i].slice(1) : s.tags[i]);
  }
  return out;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

/** Rebuilds a document as text, one sentence a line, and turns the gold tags into labels of our own tokens. */
function buildDoc(sentences: Sentence[], stats: { unreachable: number; split: number; entities: number }): Doc {
  let text = '';
  const entities: Doc['entities'] = [];
  const regions: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    if (text) text += '\n';
    const lineStart = text.length;
    let quoteOpen = false;
    let glue = false;
    let ent: { start: number; end: number; type: string } | null = null;
    s.tokens.forEach((t, i) => {
      if (i > 0 && !glue && !NO_SPACE_BEFORE.has(t) && !(t === '"' && quoteOpen)) text += ' ';
      glue = NO_SPACE_AFTER.has(t);
      if (t === '"') { if (!quoteOpen) glue = true; quoteOpen = !quoteOpen; }
      const tag = s.tags[i];
      const start = text.length;
      text += t;
      if (tag === 'O' || tag.startsWith('B-') || (ent && ent.type !== tag.slice(2))) { if (ent) entities.push(ent); ent = null; }
      if (tag !== 'O') { if (!ent) ent = { start, end: text.length, type: tag.slice(2) }; else ent.end = text.length; }
    });
    if (ent) entities.push(ent);
    regions.push({ start: lineStart, end: text.length });
  }
  const T = new NerTokens();
  const bounds = [0];
  for (const r of regions) bounds.push(nerTokenize(text, r.start, r.end, T).length);
  const gold = regions.map((_, li) => new Uint8Array(bounds[li + 1] - bounds[li]));
  let li = 0;
  for (const e of entities) {
    stats.entities++;
    while (regions[li].end < e.start) li++;
    const from = bounds[li], to = bounds[li + 1];
    // Places in the line (gold's indices).
    const idx: number[] = [];
    let clean = true;
    for (let i = 0; i < to - from; i++) {
      const start = T.start[from + i], end = T.end[from + i];
      if (end <= e.start || start >= e.end) continue;
      if (start < e.start || end > e.end) clean = false;
      idx.push(i);
    }
    if (!clean || !idx.length) { stats.split++; continue; }
    const type = TYPES.indexOf(e.type as (typeof TYPES)[number]);
    idx.forEach((i, k) => { gold[li][i] = 1 + 2 * type + (k === 0 ? 0 : 1); });
    let prev = 0;
    for (const i of idx) { if (!isCandidate(T, from + i, to, prev)) { stats.unreachable++; break; } prev = gold[li][i]; }
  }
  return { tokens: T, bounds, gold, entities };
}

// ---------- averaged perceptron ----------
class Perceptron implements Scorer {
  rows = new Map<number, number>();
  w = new Float64Array(1 << 20);
  total = new Float64Array(1 << 20);
  stamp = new Float64Array(1 << 20);
  clock = 0;

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      for (let l = 0; l < N_LABELS; l++) scores[l] += this.w[r + l];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.rows.size * N_LABELS;
      if (r + N_LABELS > this.w.length) {
        const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
        this.w = grow(this.w); this.total = grow(this.total); this.stamp = grow(this.stamp);
      }
      this.rows.set(key, r);
    }
    return r;
  }

  update(feats: Int32Array, n: number, gold: number, pred: number): void {
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]);
      for (const [l, d] of [[gold, 1], [pred, -1]]) {
        const k = r + l;
        this.total[k] += (this.clock - this.stamp[k]) * this.w[k];
        this.stamp[k] = this.clock;
        this.w[k] += d;
      }
    }
  }

  averaged(): Float64Array {
    const avg = new Float64Array(this.rows.size * N_LABELS);
    for (let k = 0; k < avg.length; k++) avg[k] = (this.total[k] + (this.clock - this.stamp[k]) * this.w[k]) / Math.max(1, this.clock);
    return avg;
  }
}

class Averaged implements Scorer {
  constructor(private rows: Map<number, number>, private w: Float64Array) {}
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      for (let l = 0; l < N_LABELS; l++) scores[l] += this.w[r + l];
    }
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function evaluate(docs: Doc[], scorer: Scorer): Record<string, number> {
  const counts: Record<string, [number, number, number]> = {}; // tp, pred, gold
  const c = (t: string) => (counts[t] ??= [0, 0, 0]);
  for (const d of docs) {
    const labels = decodeDocument(d.tokens, d.bounds, scorer);
    const gold = new Map(d.entities.map((e) => [`${e.start}:${e.end}`, e.type]));
    for (let li = 0; li < labels.length; li++) {
      for (const s of spansOf(d.tokens, d.bounds[li], d.bounds[li + 1], labels[li])) {
        const type = TYPES[s.type];
        const g = gold.get(`${s.start}:${s.end}`);
        if (type === 'MISC' || g === 'MISC') continue;
        c(type)[1]++; c('overall')[1]++;
        if (g === type) { c(type)[0]++; c('overall')[0]++; }
      }
    }
    for (const e of d.entities) if (e.type !== 'MISC') { c(e.type)[2]++; c('overall')[2]++; }
  }
  const fig: Record<string, number> = {};
  for (const [t, [tp, p, g]] of Object.entries(counts)) {
    const P = p ? tp / p : 0, R = g ? tp / g : 0;
    fig[`${t.toLowerCase()}.f1`] = P + R ? (2 * P * R) / (P + R) : 0;
  }
  return fig;
}

const fmt = (fig: Record<string, number>) => ['per', 'org', 'loc', 'overall'].map((k) => `${k}.f1=${(fig[`${k}.f1`] ?? 0).toFixed(3)}`).join(' ');

// ---------- main ----------
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const dataDir = opt('data', '../shared/data');
const sources = opt('train', 'conll,wikigold,btc').split(',');
const epochs = Number(opt('epochs', '8'));
const seed = Number(opt('seed', '7'));
const out = opt('out', 'server/data/ner-model.json');
const minWeight = Number(opt('prune', '1'));
// Which labels the next decisions see while training: the gold ones, or the model's own (as when tagging).
const history = opt('history', 'gold');

const SOURCES: Record<string, { files: string[]; filter?: (s: Sentence) => Sentence | null; licence: string }> = {
  wikigold: { files: ['wikigold/train.txt'], licence: 'CC BY 4.0 (Balasuriya et al. 2009; Nothman et al. 2013)' },
  btc: { files: ['a', 'b', 'e', 'f', 'g', 'h'].map((s) => `btc/section-${s}.txt`), filter: cleanTweet, licence: 'CC BY 4.0 (Derczynski, Bontcheva & Roberts 2016)' },
  btcg: { files: ['btc/section-g.txt'], filter: cleanTweet, licence: 'CC BY 4.0 (Derczynski, Bontcheva & Roberts 2016)' },
  conll: { files: ['conll2003/train.txt'], licence: 'Reuters RCV1 text, research use (CoNLL-2003, Tjong Kim Sang & De Meulder 2003)' },
};

const t0 = Date.now();
const stats = { unreachable: 0, split: 0, entities: 0 };
const train: Doc[] = [];
for (const src of sources) {
  const s = SOURCES[src];
  if (!s) throw new Error(`unknown training source ${src}; one of ${Object.keys(SOURCES).join(', ')}`);
  for (const f of s.files) for (const d of readConll(`${dataDir}/${f}`, s.filter)) train.push(buildDoc(d, stats));
}
const devStats = { unreachable: 0, split: 0, entities: 0 };
const dev = readConll(`${dataDir}/conll2003/valid.txt`).map((d) => buildDoc(d, devStats));
console.log(`training on ${sources.join('+')}: ${train.length} documents, ${stats.entities} names (${stats.split} not on token boundaries, ${stats.unreachable} outside the tagger's reach); dev: ${dev.length} documents (${devStats.unreachable} of ${devStats.entities} names unreachable)`);

const p = new Perceptron();
const random = rng(seed);
for (let e = 1; e <= epochs; e++) {
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  let errors = 0;
  let seen = 0;
  for (const di of order) {
    const d = train[di];
    decodeDocument(d.tokens, d.bounds, p, (li, i, feats, n, pred) => {
      const gold = d.gold[li][i];
      if (n === 0) return gold; // not a candidate: nothing to learn
      p.clock++;
      seen++;
      if (pred !== gold) { errors++; p.update(feats, n, gold, pred); }
      return history === 'predicted' ? pred : gold;
    });
  }
  const avg = new Averaged(p.rows, p.averaged());
  console.log(`epoch ${e}: ${(100 * errors / Math.max(1, seen)).toFixed(2)}% training errors; dev (CoNLL-2003 valid) ${fmt(evaluate(dev, avg))}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// Prune small weights, quantise to Int16 and write the model.
const avg = p.averaged();
let maxAbs = 0;
for (const v of avg) maxAbs = Math.max(maxAbs, Math.abs(v));
const scale = maxAbs / 32767;
const keys: number[] = [];
const rowsOut: number[] = [];
for (const [key, r] of p.rows) {
  let big = 0;
  for (let l = 0; l < N_LABELS; l++) big = Math.max(big, Math.abs(avg[r + l]));
  if (big < minWeight) continue;
  keys.push(key);
  for (let l = 0; l < N_LABELS; l++) rowsOut.push(Math.round(avg[r + l] / scale));
}
const keyBytes = new Uint8Array(new Int32Array(keys).buffer);
const weightBytes = new Uint8Array(new Int16Array(rowsOut).buffer);
const prunedRows = new Map(keys.map((k, i) => [k, i * N_LABELS]));
const quantised = new Float64Array(rowsOut.map((v) => v * scale));
const final = evaluate(dev, new Averaged(prunedRows, quantised));
const file: NerModelFile = {
  format: 'news-ner/1',
  labels: N_LABELS,
  scale,
  keys: toBase64(keyBytes),
  weights: toBase64(weightBytes),
  about: {
    tagger: 'averaged perceptron, greedy left-to-right, labels O/B/I × PER ORG LOC MISC',
    trainedOn: sources.map((s) => `${s}: ${SOURCES[s].licence}`),
    epochs, seed, prune: minWeight, history, features: keys.length,
    dev: Object.fromEntries(Object.entries(final).map(([k, v]) => [k, Number(v.toFixed(4))])),
  },
};
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out}: ${keys.length} features of ${p.rows.size} kept, ${(JSON.stringify(file).length / 1e6).toFixed(2)} MB; dev after pruning ${fmt(final)}`);
