import {
  documentMemory, features, featuresA, featuresB, isInside, wordFeatures, lineContext, smallContext, wordContextFeatures, MAX_FEATURES, N_LABELS,
  SMALL_A, SMALL_B, typeOf, type DocumentMemory, type LineContext,
} from './nerFeatures';
import { ALL_CAPS, CAPITALISED, SENTENCE_START, type NerTokens } from './nerTokens';
import { own } from '../../memo';

/** Adds the weights of the given features into scores[0..N_LABELS). */
export interface Scorer {
  score(feats: Int32Array, n: number, scores: Float64Array): void;
  /** When present, the scores of word features are cached here by word (a fixed model only). */
  wordScores?: WordScores;
  /** When present (with wordScores), the scores of the two groups of small context features, by their values. */
  contextScores?: [TupleScores, TupleScores];
}

const WORD_SLOTS = 1 << 16;
const WORD_STRIDE = 1 + N_LABELS;

/**
 * The summed scores of each word's own features (wordFeatures), by the word: its hash finds the slot and its text
 * confirms it, so two words never share scores. A slot holds the hash, then the scores (whole numbers), side by
 * side. Bounded: when half the slots are taken, every word is forgotten.
 */
export class WordScores {
  private readonly slots = new Int32Array(WORD_SLOTS * WORD_STRIDE);
  private readonly words: Array<string | undefined> = new Array(WORD_SLOTS);
  private count = 0;

  /** Writes the scores of token i's own features into scores (computing them on first sight of the word). */
  fill(ctx: LineContext, i: number, scorer: Scorer, scores: Float64Array): void {
    const { slots, words } = this;
    const hWord = ctx.tokens.hWord[i];
    const text = ctx.tokens.text[i];
    const mask = WORD_SLOTS - 1;
    let s = (Math.imul(hWord, 0x9e3779b1) >>> 16) & mask;
    for (let w = words[s]; w !== undefined; w = words[s]) {
      if (slots[s * WORD_STRIDE] === hWord && w === text) {
        const at = s * WORD_STRIDE + 1;
        for (let l = 0; l < N_LABELS; l++) scores[l] = slots[at + l];
        return;
      }
      s = (s + 1) & mask;
    }
    scores.fill(0);
    scorer.score(featBuf, wordFeatures(ctx, i, featBuf, 0), scores);
    if (++this.count * 2 > WORD_SLOTS) {
      this.words.fill(undefined);
      this.count = 1;
      s = (Math.imul(hWord, 0x9e3779b1) >>> 16) & mask;
    }
    // Kept across documents: a copy, so that a long word does not keep its whole document alive (see own).
    words[s] = own(text);
    slots[s * WORD_STRIDE] = hWord;
    for (let l = 0; l < N_LABELS; l++) slots[s * WORD_STRIDE + 1 + l] = scores[l];
  }
}

/**
 * Summed scores of a group of features by the values they are made of (smallContext): a direct-mapped cache whose
 * slots keep the values themselves, so a slot is used only for exactly the same values (never a mere hash match).
 * A slot holds the values, then the scores (whole numbers: the model's weights are integers), side by side so that
 * a look-up touches one place in memory. The first value is never 0 (a shape hash), so 0 marks an empty slot.
 */
export class TupleScores {
  private readonly slots: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly sums = new Float64Array(N_LABELS);

  constructor(
    private readonly size: number,
    slots: number,
    private readonly featuresOf: (values: Int32Array, out: Int32Array, n: number) => number,
  ) {
    this.stride = size + N_LABELS;
    this.slots = new Int32Array(slots * this.stride);
    this.mask = slots - 1;
  }

  /** Adds the scores of the features made of `tuple` into scores (computing them on a miss). */
  addTo(tuple: Int32Array, scorer: Scorer, scores: Float64Array): void {
    const { size, slots } = this;
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ tuple[k], 16777619);
    const v = ((h ^ (h >>> 15)) & this.mask) * this.stride;
    let same = true;
    for (let k = 0; k < size && same; k++) same = slots[v + k] === tuple[k];
    const at = v + size;
    if (!same) {
      const sums = this.sums;
      sums.fill(0);
      scorer.score(this.feats, this.featuresOf(tuple, this.feats, 0), sums);
      slots.set(tuple, v);
      for (let l = 0; l < N_LABELS; l++) slots[at + l] = sums[l];
    }
    for (let l = 0; l < N_LABELS; l++) scores[l] += slots[at + l];
  }
}

/** The caches of a fixed model's context scores (see Scorer.contextScores). */
export const contextScoreCaches = (): [TupleScores, TupleScores] => [
  new TupleScores(SMALL_A, 1 << 12, featuresA),
  new TupleScores(SMALL_B, 1 << 15, featuresB),
];

/**
 * Called for every token the tagger decides on (training updates weights here), with its place in its line (0 for
 * the line's first token); returns the label to keep.
 */
export type Decide = (line: number, i: number, feats: Int32Array, n: number, predicted: number) => number;

/**
 * Words that may continue a name between capitalised words: "Bank of England", "Procter & Gamble", "St. Louis".
 * Lower-case words elsewhere are never part of a name, so the tagger does not look at them (most of the text).
 */
const JOINERS = new Set(['of', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'y', 'the', 'for', 'dos', 'das', 'e', '&', '.', '-', "'"]);

/** Capitalised words that open sentences and never names, when no capitalised word follows ("The talks", "He said"). */
const OPENERS = new Set(`the a an he she it they we i you but and or if when while as after before there this that these
those his her its their our my your what who how why where so yet then also in on at for with from by of to however
meanwhile although though because since during until despite following`.split(/\s+/));

/**
 * Whether the tagger scores token i of a line that ends before token `to` (given the label of the token before);
 * every other token is O. Training and tagging use the same rule, so the model never learns about tokens it will
 * not see.
 */
export function isCandidate(T: NerTokens, i: number, to: number, prev: number): boolean {
  const f = T.flags[i];
  if (f & CAPITALISED) {
    if (T.type[i] !== 0) return false;
    if (f & ALL_CAPS || T.end[i] - T.start[i] > 9) return true;
    // Skipped only before a lower-case word, and not where a name goes on ("A. Dale", "Elizabeth I").
    const next = i + 1;
    return prev !== 0 || next >= to || T.type[next] !== 0 || (T.flags[next] & CAPITALISED) !== 0 || !OPENERS.has(T.lower[i]);
  }
  if (T.type[i] === 2) return false;
  if (prev === 0) return false;
  // The joiner must lead to a capitalised word, perhaps through another joiner ("von der Leyen").
  let next = i + 1;
  if (next < to && !(T.flags[next] & CAPITALISED) && JOINERS.has(T.text[next])) next = i + 2;
  if (next >= to || !(T.flags[next] & CAPITALISED) || T.type[next] !== 0 || T.flags[next] & SENTENCE_START) return false;
  return JOINERS.has(T.text[i]);
}

const featBuf = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(N_LABELS);
const groupA = new Int32Array(SMALL_A);
const groupB = new Int32Array(SMALL_B);

/**
 * Greedy left-to-right tagging of the lines of one document, line li being T[bounds[li], bounds[li + 1]); returns one
 * label array per line.
 */
export function decodeDocument(T: NerTokens, bounds: readonly number[], scorer: Scorer, decide?: Decide): Uint8Array[] {
  const mem: DocumentMemory = documentMemory(T, bounds);
  const labels: Uint8Array[] = [];
  for (let li = 0; li + 1 < bounds.length; li++) labels.push(decodeLine(T, bounds[li], bounds[li + 1], li, scorer, mem, decide));
  return labels;
}

/**
 * Tags one line, T[from, to) (greedy, left to right), with the document memory as it stands, updating it with the
 * line's names; label k is that of token from + k. With `record`, also returns what the line read from the memory.
 * With `into` (long enough), the labels are written there (its first to - from entries) instead of into a new array.
 */
export function decodeLine(
  T: NerTokens, from: number, to: number, li: number, scorer: Scorer, mem: DocumentMemory, decide?: Decide, record?: number[], into?: Uint8Array,
): Uint8Array {
  const labels = into && into.length >= to - from ? into : new Uint8Array(to - from);
  let ctx: LineContext | null = null;
  let prev = 0;
  let prev2 = 0;
  for (let i = from; i < to; i++) {
    let label = 0;
    if (isCandidate(T, i, to, prev)) {
      ctx ??= lineContext(T, from, to);
      let n: number;
      const cache = decide ? undefined : scorer.wordScores;
      const groups = scorer.contextScores;
      if (cache && groups) {
        // The word's own features score the same everywhere: look them up once per word.
        cache.fill(ctx, i, scorer, scores);
        // The context in two groups of few distinct values, each scored once per combination, then the words around.
        smallContext(ctx, i, prev, prev2, mem, groupA, groupB);
        groups[0].addTo(groupA, scorer, scores);
        groups[1].addTo(groupB, scorer, scores);
        n = wordContextFeatures(ctx, i, prev, featBuf, 0);
      } else {
        n = features(ctx, i, prev, prev2, mem, featBuf);
        scores.fill(0);
      }
      scorer.score(featBuf, n, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let l = 0; l < N_LABELS; l++) {
        // I-type only continues a name of the same type.
        if (isInside(l) && (prev === 0 || typeOf(prev) !== typeOf(l))) continue;
        if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
      }
      label = decide ? decide(li, i - from, featBuf, n, best) : best;
      const h = T.hLower[i];
      const bit = label !== 0 && T.type[i] === 0 ? 1 << typeOf(label) : 0;
      if (record) record.push(h, mem.tagged.get(h, 0), mem.seen.get(h, 0), bit);
      if (bit) mem.tagged.set(h, mem.tagged.get(h, 0) | bit);
    } else if (decide && T.flags[i] & CAPITALISED) {
      decide(li, i - from, featBuf, 0, 0);
    }
    labels[i - from] = label;
    prev2 = prev;
    prev = label;
  }
  return labels;
}

/**
 * Whether a line tagged before (same text) would be tagged the same way now: true when every memory value it read
 * then reads the same now. If so, the memory is updated as decoding would have; if not, the memory is unchanged.
 * Decoding depends only on the line's tokens, the fixed model and these reads, so a match gives the same labels.
 */
export function replayLine(reads: readonly number[], mem: DocumentMemory): boolean {
  // Updates the line makes to words it reads again later in the same line, kept aside until all reads match.
  const later: number[] = [];
  for (let k = 0; k < reads.length; k += 4) {
    const h = reads[k];
    let tagged = mem.tagged.get(h, 0);
    for (let j = 0; j < later.length; j += 2) if (later[j] === h) tagged |= later[j + 1];
    if (tagged !== reads[k + 1] || mem.seen.get(h, 0) !== reads[k + 2]) return false;
    if (reads[k + 3]) later.push(h, reads[k + 3]);
  }
  for (let j = 0; j < later.length; j += 2) mem.tagged.set(later[j], mem.tagged.get(later[j], 0) | later[j + 1]);
  return true;
}

export interface TaggedSpan {
  start: number;
  end: number;
  /** Index into TYPES. */
  type: number;
}

/** Turns the labels of the line T[from, to) (label k for token from + k) into spans (a name ends at O, at B-, or where the type changes). */
export function spansOf(T: NerTokens, from: number, to: number, labels: Uint8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  let lastWord = -1;
  const close = () => {
    if (cur && lastWord >= 0) { cur.end = T.end[lastWord]; spans.push(cur); }
    cur = null;
    lastWord = -1;
  };
  for (let i = from; i < to; i++) {
    const l = labels[i - from];
    if (l === 0 || !isInside(l) || !cur || cur.type !== typeOf(l)) {
      close();
      if (l !== 0) { cur = { start: T.start[i], end: T.end[i], type: typeOf(l) }; }
    }
    // A name never ends with a joiner ("Bank of"): it closes after its last capitalised word.
    if (cur && T.type[i] === 0 && (T.flags[i] & CAPITALISED || /\p{N}/u.test(T.text[i][0]))) lastWord = i;
  }
  close();
  return spans;
}
