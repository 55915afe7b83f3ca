// The residue classifier: which lines of a page are not the article, when no rule names them.
//
// The idea is jusText's (judge each block by its length and function-word density, then let its neighbours decide
// the doubtful ones), adapted to plain-text lines:
//  1. each line on its own is `good` (prose), `bad` (menu entry, headline, byline, button: short and no sentence)
//     or `short` (doubtful); a line a named rule flagged is `bad` for certain;
//  2. the article is made of runs of prose: segments whose running score stays positive (prose scores for, residue
//     against), found in one linear pass; segments much weaker than the strongest are comments or teasers, not text;
//  3. context: a kept segment grows over doubtful lines, over a list heading or two, and over lists and tables
//     (stretches where non-residue lines stay frequent), and small gaps between kept segments are filled. So short
//     lines between content stay content, and what lies outside, before or after the article, is residue.
// Everything is linear in the number of lines. The constants were tuned on the scrapinghub development pages and
// checked for silence on the BBC articles (scripts/boilerplate-dev.mjs prints both).
import type { Span } from '../types';
import { LazyLineFeatures, type LineFeatures, type ProseBar } from './lineFeatures';
import { own, type AnalysisMemo } from '../memo';

export type LineClass = 'good' | 'bad' | 'short';

export interface ClassifierInput {
  /** The texts of the non-blank body lines, in order. */
  texts: readonly string[];
  /** Lines a named rule already flagged: residue for certain. */
  known: readonly boolean[];
  /** Lines the user declared content: never flagged, and counted as prose. */
  kept: readonly boolean[];
}

/** A segment weaker than this share of the strongest one is not article text (comments, teasers). */
const WEAK_SEGMENT = 0.1;
/** Nor is one weaker than this (about fifteen words of prose). */
const MIN_SEGMENT = 1;
/** Residue lines in a row that a kept segment steps over when prose follows (a heading, a caption). */
const BRIDGE = 2;
/** Lines either side of a line that decide whether it sits in a list or table… */
const WINDOW = 6;
/** …namely when at least this share of them is not residue. */
const LIST_DENSITY = 0.25;
/** Gaps of at most this many lines between two kept segments are part of the article. */
const FILL = 30;

/**
 * First impression of a line on its own. It reads as few features as it can, cheap ones first: the classifier passes
 * features that are found when first read (LazyLineFeatures).
 */
export function classOf(f: LineFeatures): LineClass {
  if (f.words === 0) return 'bad';
  if (f.words < 20 && f.linkish) return 'bad';
  if (f.words >= 8 && f.sentenceEnd && f.stopDensity >= SENTENCE_PROSE_SHARE) return 'good';
  if (f.words >= 20 && f.stopDensity >= PROSE_SHARE) return 'good';
  // A row of figures is doubtful, not residue: results tables and rankings belong to the article they follow.
  if (f.tableRow) return 'short';
  // A short line with no sentence in it, unless it reads like an item of a list (commas, brackets, quantities).
  if (!f.sentenceEnd && f.words < 12 && (f.words <= 6 || !f.listy)) return 'bad';
  return 'short';
}

/** Shares of function words that make prose of a line of enough words: with a sentence end, and without. */
const SENTENCE_PROSE_SHARE = 0.12;
const PROSE_SHARE = 0.2;
/** The words from which the weight of prose no longer grows (see classify): 4 × 15. */
const FULL_WEIGHT_WORDS = 60;

/** What the classifier needs of a line on its own: its first impression and its number of words. */
interface LineJudgement {
  cls: LineClass;
  words: number;
}

/**
 * A line that has FULL_WEIGHT_WORDS words or more and enough function words to be prose by classOf, whatever the rest
 * of it holds: its word count can stop there (its weight is the same for any number beyond).
 */
const PROSE_BARS = {
  sentence: { words: FULL_WEIGHT_WORDS, share: SENTENCE_PROSE_SHARE },
  other: { words: FULL_WEIGHT_WORDS, share: PROSE_SHARE },
};
const proseBar = (sentenceEnd: boolean): ProseBar => (sentenceEnd ? PROSE_BARS.sentence : PROSE_BARS.other);
const LONG_PROSE: LineJudgement = { cls: 'good', words: FULL_WEIGHT_WORDS };

/** The judgement of the line s[from, to), reading no more of a long line of prose than it takes to be sure of it. */
function judge(s: string, from?: number, to?: number): LineJudgement {
  const f = new LazyLineFeatures(s, from, to, proseBar);
  return f.surelyProse ? LONG_PROSE : { cls: classOf(f), words: f.words };
}

/** Lines (by index) that are page residue. */
export function classifyLines(input: ClassifierInput): boolean[] {
  return classify(input.texts.length, (i) => judge(input.texts[i]), input);
}

/**
 * The same for lines given as spans of one text, read in place (no string is made per line). With the document's
 * memo and the lines' trimmed texts, a line's judgement is kept by its text, so an edit judges only the lines it changed.
 */
export function classifyLineSpans(text: string, lines: readonly Span[], flags: Omit<ClassifierInput, 'texts'>, keep?: { memo: AnalysisMemo; texts: readonly string[] }): boolean[] {
  const fresh = (i: number) => judge(text, lines[i].start, lines[i].end);
  if (!keep) return classify(lines.length, fresh, flags);
  const store = keep.memo.store<LineJudgement>('line judgements');
  return classify(lines.length, (i) => {
    let j = store.get(keep.texts[i]);
    if (!j) { j = fresh(i); store.set(own(keep.texts[i]), j); }
    return j;
  }, flags);
}

function classify(n: number, judgementOf: (line: number) => LineJudgement, input: Omit<ClassifierInput, 'texts'>): boolean[] {
  const flagged = new Array<boolean>(n).fill(false);
  if (!n) return flagged;
  const cls: LineClass[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    if (input.known[i] && !input.kept[i]) { // a rule flagged it: no need to look at it
      cls.push('bad');
      weight.push(-1);
      continue;
    }
    const f = judgementOf(i);
    const c: LineClass = input.kept[i] ? 'good' : f.cls;
    cls.push(c);
    weight.push(c === 'good' ? Math.min(4, Math.max(f.words, 8) / 15) : c === 'bad' ? -1 : -0.25);
  }
  const density = listDensity(cls);

  // Runs of prose: segments whose running score stays positive, each cut at its best end.
  const segments: Array<{ start: number; end: number; score: number }> = [];
  let sum = 0, start = 0, bestSum = 0, bestEnd = -1;
  const close = () => { if (bestEnd >= start && bestSum > 0) segments.push({ start, end: bestEnd, score: bestSum }); };
  for (let i = 0; i < n; i++) {
    if (sum <= 0) { close(); sum = 0; start = i; bestSum = 0; bestEnd = -1; }
    sum += weight[i];
    if (sum > bestSum) { bestSum = sum; bestEnd = i; }
  }
  close();
  if (!segments.length) return flagged; // no prose at all: nothing to tell residue from
  flagged.fill(true);
  let top = -Infinity;
  for (const s of segments) top = Math.max(top, s.score);
  const continues = (i: number) => cls[i] !== 'bad' || (!input.known[i] && density[i] >= LIST_DENSITY);
  let lastKept = -1;
  let firstKept = -1;
  for (const seg of segments) {
    if (seg.score < top && seg.score < Math.max(WEAK_SEGMENT * top, MIN_SEGMENT)) continue;
    let a = seg.start, b = seg.end;
    for (;;) {
      while (a > 0 && continues(a - 1)) a--;
      let k = a - 1;
      while (k >= 0 && cls[k] === 'bad' && !input.known[k] && a - k <= BRIDGE) k--;
      if (k >= 0 && k < a - 1 && cls[k] !== 'bad') a = k; else break;
    }
    for (;;) {
      while (b < n - 1 && continues(b + 1)) b++;
      let k = b + 1;
      while (k < n && cls[k] === 'bad' && !input.known[k] && k - b <= BRIDGE) k++;
      if (k < n && k > b + 1 && cls[k] !== 'bad') b = k; else break;
    }
    if (lastKept >= 0 && a > lastKept && a - lastKept - 1 <= FILL) a = lastKept + 1;
    for (let i = Math.max(a, lastKept + 1); i <= b; i++) flagged[i] = false;
    if (firstKept < 0) firstKept = a;
    lastKept = Math.max(lastKept, b);
  }
  // The line just above the text is its own headline: the article's, not the page's.
  if (firstKept === 1) flagged[0] = false;
  for (let i = 0; i < n; i++) if (input.kept[i] || input.known[i]) flagged[i] = false;
  return flagged;
}

/** For each line, the share of lines within WINDOW of it that are not residue (a sliding window, linear). */
function listDensity(cls: readonly LineClass[]): number[] {
  const n = cls.length;
  const ok = (i: number) => (cls[i] !== 'bad' ? 1 : 0);
  const out = new Array<number>(n);
  let inWin = 0;
  for (let i = 0; i < Math.min(n, WINDOW + 1); i++) inWin += ok(i);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - WINDOW), hi = Math.min(n - 1, i + WINDOW);
    out[i] = inWin / (hi - lo + 1);
    if (i + WINDOW + 1 < n) inWin += ok(i + WINDOW + 1);
    if (i - WINDOW >= 0) inWin -= ok(i - WINDOW);
  }
  return out;
}
