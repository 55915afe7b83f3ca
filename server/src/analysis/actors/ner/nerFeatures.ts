import { allGazetteerNames, countryOfDemonym, longerNamesFrom, lookupName, longestGazetteerName, type GazetteerEntry } from '../gazetteer';
import { ADJECTIVES, CUE_VERBS, DAYS, FUNCTION_WORDS, MONTHS, ORG_KEYWORDS, PLACE_KEYWORDS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon';
import { affixHashes, hashRange, withShape, ALL_CAPS, CAP, CAPITALISED, SENTENCE_START, type NerTokens } from './nerTokens';
import { IntMap } from '../../intTable';

/** Entity types of the tagger; labels are O, then B-type and I-type for each type in this order. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const N_LABELS = 1 + 2 * TYPES.length;
/** The type index (0-based) of a label, or -1 for O. */
export const typeOf = (l: number): number => (l === 0 ? -1 : (l - 1) >> 1);
export const isInside = (l: number): boolean => l > 0 && l % 2 === 0;

/** Mixes a template id and up to two values into a 30-bit feature key. */
export function feat(t: number, a: number, b = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

// Word classes from the project's general word lists (not learnt; they help the model generalise).
const C_FUNCTION = 1, C_MONTH = 2, C_DAY = 3, C_TITLE = 4, C_TITLEMOD = 5, C_DEMONYM = 6, C_ORGKW = 7, C_PLACEKW = 8, C_CUE = 9, C_PARTICLE = 10;
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'bin', 'ibn', 'al', 'dos', 'das', 'le', 'la']);

function wordClass(T: NerTokens, k: number): number {
  if (T.type[k] !== 0) return 0;
  const w = T.text[k];
  const lw = T.flags[k] & CAPITALISED ? T.lower[k] : w;
  if (PARTICLES.has(w)) return C_PARTICLE;
  if (MONTHS.has(lw)) return C_MONTH;
  if (DAYS.has(lw)) return C_DAY;
  if (TITLE_WORDS.has(lw)) return C_TITLE;
  if (CUE_VERBS.has(lw)) return C_CUE;
  if (FUNCTION_WORDS.has(lw)) return C_FUNCTION;
  if (countryOfDemonym(w) || ADJECTIVES.has(w)) return C_DEMONYM;
  if (TITLE_MODIFIERS.has(lw)) return C_TITLEMOD;
  if (ORG_KEYWORDS.has(lw)) return C_ORGKW;
  if (PLACE_KEYWORDS.has(lw)) return C_PLACEKW;
  return 0;
}

/**
 * One bit per (hash mod 2^16) of the first words of the gazetteer's names (hWord: the word as written): most
 * capitalised words start no name, and a clear bit says so without hashing the string for the gazetteer's maps.
 */
let gazetteerFirstWords: Int32Array | null = null;
function firstWordBits(): Int32Array {
  if (gazetteerFirstWords) return gazetteerFirstWords;
  const bits = new Int32Array(1 << 11);
  for (const [name] of allGazetteerNames()) {
    const space = name.indexOf(' ');
    const h = hashRange(name, 0, space < 0 ? name.length : space, false);
    bits[(h >>> 5) & 0x7ff] |= 1 << (h & 31);
  }
  return (gazetteerFirstWords = bits);
}

/** The kind of a gazetteer entry as gazetteerHits writes it: 1 place, 2 organization, 3 other. */
const kindOf = (e: GazetteerEntry): number => (e.kind === 'place' ? 1 : e.kind === 'organization' ? 2 : 3);

/**
 * Gazetteer hits over runs of capitalised words of the line T[from, to): 0 none, else kind*2 + (1 first word | 2 later
 * word), in hits[i - from] for token i.
 */
function gazetteerHits(T: NerTokens, from: number, to: number, hits: Uint8Array): Uint8Array {
  hits.fill(0, 0, to - from);
  const max = Math.min(4, longestGazetteerName());
  const bits = firstWordBits();
  for (let i = from; i < to; i++) {
    // Only words are capitalised (punctuation never is).
    if (!(T.flags[i] & CAP) || hits[i - from]) continue;
    const h = T.hWord[i];
    if ((bits[(h >>> 5) & 0x7ff] & (1 << (h & 31))) === 0) continue;
    let best = 0;
    let kind = 0;
    const alone = lookupName(T.text[i]);
    if (alone) { best = 1; kind = kindOf(alone); }
    // Longer names word by word down the gazetteer's tree, while the words stand one space apart.
    let node = longerNamesFrom(T.text[i]);
    for (let n = 2; node && n <= max && i + n - 1 < to; n++) {
      const t = i + n - 1;
      if (T.type[t] !== 0 || T.start[t] - T.end[t - 1] !== 1) break;
      node = node.next?.get(T.text[t]);
      if (node?.entry) { best = n; kind = kindOf(node.entry); }
    }
    for (let k = 0; k < best; k++) hits[i - from + k] = kind * 2 + (k === 0 ? 1 : 2);
  }
  return hits;
}

const UNKNOWN_CLASS = 255;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The word class of token i (99 outside the line; computed on first use: most tokens are never looked at). */
const classCache = new IntMap(1 << 16);
function classAt(ctx: LineContext, i: number): number {
  if (i < ctx.from || i >= ctx.to) return 99;
  let c = ctx.cls[i - ctx.from];
  if (c === UNKNOWN_CLASS) {
    const T = ctx.tokens;
    // Cached by the word's hash across documents (bounded), since the same words come back all the time.
    let k = T.type[i] === 0 ? classCache.get(T.hWord[i], -1) : 0;
    if (k === -1) {
      k = wordClass(T, i);
      if (classCache.size > 50000) classCache.clear();
      classCache.set(T.hWord[i], k);
    }
    c = k;
    ctx.cls[i - ctx.from] = c;
  }
  return c;
}

/**
 * Per-line context the features need, computed once per line: the line is tokens[from, to), and its classes and
 * gazetteer hits are indexed from its first token (cls[i - from]).
 */
export interface LineContext {
  tokens: NerTokens;
  from: number;
  to: number;
  cls: Uint8Array;
  gaz: Uint8Array;
  headline: boolean;
}

/** The per-line arrays of lineContext, reused from line to line (grown when a line is longer). */
let classes = new Uint8Array(256);
let gazetteer = new Uint8Array(256);

/** The context of the line tokens[from, to); it is valid until the next call (decoding tags one line at a time). */
export function lineContext(tokens: NerTokens, from: number, to: number): LineContext {
  const n = to - from;
  if (classes.length < n) { classes = new Uint8Array(n * 2); gazetteer = new Uint8Array(n * 2); }
  const cls = classes.fill(UNKNOWN_CLASS, 0, n);
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const f = tokens.flags[i];
    if (tokens.type[i] === 0 && !isDigit(tokens.text[i].charCodeAt(0))) { words++; if (f & ALL_CAPS || (f & CAP && tokens.end[i] - tokens.start[i] === 1)) caps++; }
  }
  return { tokens, from, to, cls, gaz: gazetteerHits(tokens, from, to, gazetteer), headline: words >= 3 && caps / words > 0.6 };
}

/** What the document has shown so far about words: how they were tagged, and whether they occur in lower case. */
export interface DocumentMemory {
  /** Lower-cased word hash → bit set of types tagged on it before (bit k for TYPES[k]). */
  tagged: IntMap;
  /** Lower-cased word hash → 1 if seen written in lower case in the document, | 2 if seen capitalised away from the start of a sentence. */
  seen: IntMap;
}

/** What one line tells the document memory: its capitalised words (hash, then 2 if away from a sentence start) and its lower-case words. */
export interface LineWords {
  caps: number[];
  lower: number[];
}

/** What the line tokens[from, to) tells the document memory. */
export function lineWords(tokens: NerTokens, from: number, to: number): LineWords {
  const caps: number[] = [];
  const lower: number[] = [];
  for (let i = from; i < to; i++) {
    if (tokens.type[i] !== 0) continue;
    const f = tokens.flags[i];
    if (f & CAPITALISED) caps.push(tokens.hLower[i], !(f & SENTENCE_START) && !(f & ALL_CAPS) ? 2 : 0);
    else lower.push(tokens.hLower[i]);
  }
  return { caps, lower };
}

/** The memory at the start of a document whose line li is tokens[bounds[li], bounds[li + 1]) (see documentMemoryOf). */
export function documentMemory(tokens: NerTokens, bounds: readonly number[]): DocumentMemory {
  const lines: LineWords[] = [];
  for (let li = 0; li + 1 < bounds.length; li++) lines.push(lineWords(tokens, bounds[li], bounds[li + 1]));
  return documentMemoryOf(lines);
}

/** The tables of the document memory, emptied for each document rather than made anew (see documentMemoryOf). */
const memory: DocumentMemory = { tagged: new IntMap(64), seen: new IntMap(256) };

/**
 * The memory at the start of a document, from what each of its lines says. Its tables are reused by the next call,
 * so it serves one document's tagging (which is synchronous) and must not be kept.
 */
export function documentMemoryOf(lines: readonly LineWords[]): DocumentMemory {
  // Only the capitalised words are ever asked about: they are recorded first (0 = capitalised, nothing else known).
  let capitalised = 0;
  for (const { caps } of lines) capitalised += caps.length >> 1;
  // Sized for every capitalised word at once (a large document would otherwise grow the table many times).
  const seen = memory.seen;
  seen.reset(Math.max(256, capitalised));
  memory.tagged.reset(64);
  for (const { caps } of lines) {
    for (let k = 0; k < caps.length; k += 2) {
      if (caps[k + 1]) seen.set(caps[k], 2);
      else if (!seen.has(caps[k])) seen.set(caps[k], 0);
    }
  }
  for (const { lower } of lines) {
    for (const h of lower) {
      const s = seen.get(h, -1);
      if (s >= 0 && (s & 1) === 0) seen.set(h, s | 1);
    }
  }
  return memory;
}

const NONE = 0x5bd1e995;
const affix = new Int32Array(8);
const START = 0x1b873593;

/** Features of the word alone (the same wherever it stands): scored once per word and cached by the tagger. */
export function wordFeatures(ctx: LineContext, i: number, out: Int32Array, n: number): number {
  const T = ctx.tokens;
  withShape(T, i);
  out[n++] = feat(0, 0);
  out[n++] = feat(1, T.hWord[i]);
  out[n++] = feat(2, T.hLower[i]);
  out[n++] = feat(3, T.hShape[i]);
  affixHashes(T.text[i], affix);
  for (let k = 0; k < 4; k++) {
    if (affix[k]) out[n++] = feat(5 + k, affix[k]);
    if (affix[k + 4]) out[n++] = feat(9 + k, affix[k + 4]);
  }
  out[n++] = feat(24, classAt(ctx, i), T.hShort[i]);
  out[n++] = feat(34, T.type[i] === 0 ? Math.min(T.end[i] - T.start[i], 12) : 20, T.flags[i] & CAP ? 1 : 0);
  return n;
}

/** How many values `smallContext` writes into each of its two groups. */
export const SMALL_A = 8;
export const SMALL_B = 10;

/**
 * The values of token i's context that take few distinct combinations, in two groups: a[] the token's shapes, its
 * place in the sentence, the labels before it and what the document says of the word; b[] the shapes, classes and
 * gazetteer hits of its neighbours. The features made of them (`featuresA`, `featuresB`) score the same for the
 * same values, so the tagger scores each combination once and caches it.
 */
export function smallContext(ctx: LineContext, i: number, prev: number, prev2: number, mem: DocumentMemory, a: Int32Array, b: Int32Array): void {
  const T = ctx.tokens;
  const { from, to } = ctx;
  withShape(T, i);
  if (i > from) withShape(T, i - 1);
  if (i + 1 < to) withShape(T, i + 1);
  if (i + 2 < to) withShape(T, i + 2);
  const h = T.hLower[i];
  a[0] = T.hShort[i];
  a[1] = T.hShape[i];
  a[2] = (T.flags[i] & SENTENCE_START ? 1 : 0) | (ctx.headline ? 2 : 0);
  a[3] = prev;
  a[4] = prev2;
  a[5] = mem.tagged.get(h, 0);
  // 1: written in lower case elsewhere, 2: capitalised elsewhere away from a sentence start.
  a[6] = mem.seen.get(h, 0);
  a[7] = ctx.gaz[i - from];
  b[0] = T.hShort[i];
  b[1] = i > from ? T.hShape[i - 1] : START;
  b[2] = i + 1 < to ? T.hShape[i + 1] : START;
  b[3] = i + 1 < to ? T.hShort[i + 1] : NONE;
  b[4] = i + 2 < to ? T.hShort[i + 2] : NONE;
  b[5] = ctx.gaz[i - from];
  b[6] = i > from ? ctx.gaz[i - from - 1] : 99;
  b[7] = classAt(ctx, i - 1);
  b[8] = classAt(ctx, i + 1);
  b[9] = i > from + 1 ? classAt(ctx, i - 2) : 99;
}

/** The features of group a (see smallContext); returns the new count. */
export function featuresA(a: Int32Array, out: Int32Array, n: number): number {
  const short = a[0], shape = a[1], ctxFlag = a[2], prev = a[3], prev2 = a[4], tagged = a[5], seen = a[6], gaz = a[7];
  out[n++] = feat(4, short, ctxFlag);
  out[n++] = feat(21, ctxFlag, shape);
  out[n++] = feat(22, gaz, ctxFlag >> 1);
  out[n++] = feat(28, prev);
  out[n++] = feat(29, prev, prev2);
  out[n++] = feat(31, prev, short);
  out[n++] = feat(32, tagged, ctxFlag ? 1 : 0);
  out[n++] = feat(33, seen, ctxFlag);
  out[n++] = feat(37, tagged, prev);
  return n;
}

/** The features of group b (see smallContext); returns the new count. */
export function featuresB(b: Int32Array, out: Int32Array, n: number): number {
  const short = b[0], shapeBefore = b[1], shapeAfter = b[2], shortAfter = b[3], shortAfter2 = b[4];
  const gaz = b[5], gazBefore = b[6], classBefore = b[7], classAfter = b[8], classBefore2 = b[9];
  out[n++] = feat(17, shapeBefore, short);
  out[n++] = feat(18, shapeAfter, short);
  out[n++] = feat(23, gaz, gazBefore);
  out[n++] = feat(25, classBefore, short);
  out[n++] = feat(26, classAfter, shortAfter);
  out[n++] = feat(27, classBefore2, classBefore);
  out[n++] = feat(36, shapeAfter, shortAfter2);
  return n;
}

/** The context features of token i made of whole words (many distinct values, scored each time); returns the new count. */
export function wordContextFeatures(ctx: LineContext, i: number, prev: number, out: Int32Array, n: number): number {
  const { tokens, from, to } = ctx;
  const L = tokens.hLower;
  const h = L[i];
  const lp1 = i > from ? L[i - 1] : START;
  const lp2 = i > from + 1 ? L[i - 2] : START;
  const ln1 = i + 1 < to ? L[i + 1] : START;
  const ln2 = i + 2 < to ? L[i + 2] : START;
  out[n++] = feat(13, lp1);
  out[n++] = feat(14, ln1);
  out[n++] = feat(15, lp2);
  out[n++] = feat(16, ln2);
  out[n++] = feat(19, lp1, h);
  out[n++] = feat(20, h, ln1);
  out[n++] = feat(30, prev, h);
  out[n++] = feat(35, lp1, ln1);
  return n;
}

const groupA = new Int32Array(SMALL_A);
const groupB = new Int32Array(SMALL_B);

/**
 * Writes the keys of the features of token i that depend on its context into `out` from index n, and returns the
 * new count. `prev` and `prev2` are the labels already given to the two tokens before (greedy decoding).
 */
export function contextFeatures(ctx: LineContext, i: number, prev: number, prev2: number, mem: DocumentMemory, out: Int32Array, n: number): number {
  smallContext(ctx, i, prev, prev2, mem, groupA, groupB);
  return wordContextFeatures(ctx, i, prev, out, featuresB(groupB, out, featuresA(groupA, out, n)));
}

/** All the features of token i (what training sees); returns how many were written. */
export function features(ctx: LineContext, i: number, prev: number, prev2: number, mem: DocumentMemory, out: Int32Array): number {
  return contextFeatures(ctx, i, prev, prev2, mem, out, wordFeatures(ctx, i, out, 0));
}

export const MAX_FEATURES = 48;
