import { N_LABELS, TYPES } from './nerFeatures';
import { WordScores, contextScoreCaches, type Scorer } from './nerDecode';

/** The model file as written by the trainer (server/data/ner-model.json). */
export interface NerModelFile {
  format: 'news-ner/1';
  labels: number;
  /** Weights are stored as Int16 values; the real weight is value * scale. */
  scale: number;
  /** Base64 of little-endian Int32 feature keys. */
  keys: string;
  /** Base64 of little-endian Int16 weights, `labels` per key, in key order. */
  weights: string;
  /** How the model was made: data, epochs, dev figures. */
  about: Record<string, unknown>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function fromBase64(s: string): Uint8Array {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  const out = new Uint8Array((n * 3) >> 2);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const a = B64_INDEX[s.charCodeAt(i)], b = B64_INDEX[s.charCodeAt(i + 1)];
    const c = i + 2 < n ? B64_INDEX[s.charCodeAt(i + 2)] : 0, d = i + 3 < n ? B64_INDEX[s.charCodeAt(i + 3)] : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[v >> 18] + B64[(v >> 12) & 63] + (i + 1 < bytes.length ? B64[(v >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[v & 63] : '=');
  }
  return s;
}

/** Slot layout of the table: one Int32 key, then the label weights as Int16, all in one 24-byte slot (one cache line). */
const SLOT_INTS = 1 + Math.ceil(N_LABELS / 2);
const EMPTY = -1;

/** A trained model ready to score: an open-addressing table from feature key to its row of Int16 weights. */
export class NerModel implements Scorer {
  private readonly keys: Int32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  readonly scale: number;
  readonly features: number;
  readonly wordScores = new WordScores();
  readonly contextScores = contextScoreCaches();
  /** One bit per (key mod 2^21): most looked-up features are not in the model, and this small array says so fast. */
  private readonly present = new Int32Array(1 << 16);

  constructor(file: NerModelFile) {
    if (file.format !== 'news-ner/1' || file.labels !== N_LABELS) throw new Error('unsupported name-tagger model');
    const kb = fromBase64(file.keys);
    const wb = fromBase64(file.weights);
    const keys = new Int32Array(kb.buffer, kb.byteOffset, kb.byteLength >> 2);
    const weights = new Int16Array(wb.buffer, wb.byteOffset, wb.byteLength >> 1);
    this.scale = file.scale;
    this.features = keys.length;
    let size = 1;
    while (size < keys.length * 1.6) size <<= 1;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * SLOT_INTS * 4);
    this.keys = new Int32Array(buffer).fill(EMPTY);
    this.weights = new Int16Array(buffer);
    for (let r = 0; r < keys.length; r++) {
      let h = keys[r] & this.mask;
      while (this.keys[h * SLOT_INTS] !== EMPTY) h = (h + 1) & this.mask;
      this.keys[h * SLOT_INTS] = keys[r];
      this.present[(keys[r] >>> 5) & 0xffff] |= 1 << (keys[r] & 31);
      for (let l = 0; l < N_LABELS; l++) this.weights[h * SLOT_INTS * 2 + 2 + l] = weights[r * N_LABELS + l];
    }
  }

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    const { keys, weights, mask, present } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      if ((present[(key >>> 5) & 0xffff] & (1 << (key & 31))) === 0) continue;
      let h = key & mask;
      let k: number;
      while ((k = keys[h * SLOT_INTS]) !== EMPTY && k !== key) h = (h + 1) & mask;
      if (k === EMPTY) continue;
      const w = h * SLOT_INTS * 2 + 2;
      for (let l = 0; l < N_LABELS; l++) scores[l] += weights[w + l];
    }
    // The scale is common to all labels, so the best label does not need it: scores stay in Int16 units.
  }
}

export const ENTITY_TYPES = TYPES;
