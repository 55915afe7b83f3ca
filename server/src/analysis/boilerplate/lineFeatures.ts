// Plain-text features of one line, for the residue classifier (classifyLines.ts). This runs on every line at every
// keystroke, so the words are counted by a loop over the char codes that makes no string per word (the one scan every
// line needs), and the other features are found only when the classifier asks for them (LazyLineFeatures).
import { CASED, LETTER, NUMBER, codePointAt, isAsciiDigit, isSpace, props } from './chars';

// Function words of the languages news pages mostly come in. Prose is dense with them; menus, headlines of other
// pages, bylines and buttons are not. A short list suffices: only the density matters, not the vocabulary.
const STOP_WORDS = new Set((
  // English
  'a about after all also an and any are as at be because been but by can could did do does for from had has have he her ' +
  'him his how i if in into is it its just more most my no not of on one or our out over said she so some than that the ' +
  'their them then there these they this those to up was we were what when where which while who will with would you your ' +
  // Spanish, Portuguese, French, German, Italian
  'el la los las de del que y en un una por con para es se al lo como su sus pero o ao da do dos das em no na um uma os ' +
  'não mais foi ser le les des du et est une pour dans qui sur pas au avec sont der die das und ist nicht ein eine zu den ' +
  'mit auf für von sich dem il di che non per sono gli della'
).split(' '));

export interface LineFeatures {
  /** Characters of the trimmed line. */
  chars: number;
  words: number;
  /** Share of the words that are function words. */
  stopDensity: number;
  /** Share of the words, among those of letters, that begin with a capital letter. */
  capitalised: number;
  /** Ends like a sentence (., !, ?, …, or a closing quote or bracket after one). */
  sentenceEnd: boolean;
  /** Holds a sentence break inside ("… said. The …"), as running prose does. */
  innerSentence: boolean;
  /** Looks like a link, a handle, a path or a run of menu separators. */
  linkish: boolean;
  /** Inner commas, brackets or quantities: an item of a list or a table row rather than a menu entry. */
  listy: boolean;
  /** Digits, dates and times dominate. */
  numeric: boolean;
  /** A row of a results table or a ranking: names with two quantities or more ("TEXAS 76 58 .567"). */
  tableRow: boolean;
}

/** Longer lines are judged on their first characters: what they are shows early, and typing stays fast. */
const SAMPLE = 2000;

/** All the features of a line, as a plain object. */
export function lineFeatures(raw: string): LineFeatures {
  const f = new LazyLineFeatures(raw);
  return {
    chars: f.chars, words: f.words, stopDensity: f.stopDensity, capitalised: f.capitalised, sentenceEnd: f.sentenceEnd,
    innerSentence: f.innerSentence, linkish: f.linkish, listy: f.listy, numeric: f.numeric, tableRow: f.tableRow,
  };
}

/**
 * Where a word count may stop: once it has read at least `words` words, of which function words make at least
 * `share` of all the words the line can have (those read, and as many more as the characters left could hold).
 */
export interface ProseBar {
  words: number;
  share: number;
}

/**
 * The features of a line, the word counts at once (one pass) and each of the others when first read: the classifier
 * mostly decides on the words and the sentence end alone, so the scans for links, lists and tables run on few lines.
 * The line is s[from, to) (all of s by default): a line of a whole text is read in place, with no string made for it.
 */
export class LazyLineFeatures implements LineFeatures {
  readonly chars: number;
  readonly words: number;
  readonly stopDensity: number;
  readonly capitalised: number;
  readonly numeric: boolean;
  /**
   * The count stopped at the bar that `prose` set for the line (see the constructor): the line is sure to clear it,
   * and the counts (words, stopDensity, capitalised, numeric, tableRow) are those of the part read.
   */
  readonly surelyProse: boolean;
  /** The trimmed line is s[start, end); its sample (the "head") is s[start, headEnd). */
  private readonly s: string;
  private readonly start: number;
  private readonly end: number;
  private readonly headEnd: number;
  private readonly counts: WordCounts;
  private sentenceEndCache?: boolean;
  private innerSentenceCache?: boolean;
  private linkishCache?: boolean;
  private listyCache?: boolean;
  private tableRowCache?: boolean;

  /**
   * With `prose`, the word count of a line of up to SAMPLE characters may stop early, at the bar it sets for a line
   * with or without a sentence end: the classifier needs no more of a line that is surely long prose.
   */
  constructor(s: string, from = 0, to = s.length, prose?: (sentenceEnd: boolean) => ProseBar) {
    // Trimmed as String.prototype.trim does (its blanks are those of \s).
    while (from < to && isSpace(s.charCodeAt(from))) from++;
    while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
    this.s = s;
    this.start = from;
    this.end = to;
    const length = to - from;
    this.headEnd = from + Math.min(length, SAMPLE);
    const bar = prose && length <= SAMPLE ? prose(this.sentenceEnd) : undefined;
    const w = this.counts = countWords(s, from, this.headEnd, bar);
    this.surelyProse = w.cut;
    const n = w.words;
    this.chars = length;
    this.words = length > SAMPLE ? Math.round((n * length) / SAMPLE) : n;
    this.stopDensity = n ? w.stops / n : 0;
    this.capitalised = w.lettered ? w.caps / w.lettered : 0;
    this.numeric = n > 0 && w.digits * 2 >= n;
  }

  get sentenceEnd(): boolean { return this.sentenceEndCache ??= endsSentence(this.s, this.start, this.end); }
  get innerSentence(): boolean { return this.innerSentenceCache ??= INNER_SENTENCE.test(this.head); }
  get linkish(): boolean { return this.linkishCache ??= LINKISH.test(this.head); }
  get listy(): boolean { return this.listyCache ??= LISTY.test(this.head); }
  get tableRow(): boolean {
    const { digits, lettered } = this.counts;
    return this.tableRowCache ??= digits >= 2 && lettered >= 1 && !TABLE_NOISE.test(this.head);
  }

  /** The sample as a string, for the features found by regular expressions (made on the few lines that need one). */
  private get head(): string {
    return this.start === 0 && this.headEnd === this.s.length ? this.s : this.s.slice(this.start, this.headEnd);
  }
}

// The features read on few lines are found by regular expressions, which scan faster than a loop in JavaScript.
const INNER_SENTENCE = /\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
const LINKISH = /(?:https?:\/\/|www\.|\.com\b|@\w|#\w|\s[|•·›»]\s|^[|•·›»]|[|•·›»]$)/i;
const LISTY = /[,;(\[]|\d/;
// Dates, times and counters ("Mar 5, 2019 10:30", "12 comments 3 shares") are page furniture, not table rows.
const TABLE_NOISE = /(?:https?:\/\/|www\.|@\w|\d:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}|\b(?:ago|comments?|shares?|views?|likes?|min|mins|minutes?|hours?|replies|reply)\b)/i;

interface WordCounts {
  words: number;
  /** Function words. */
  stops: number;
  /** Words whose first code unit is a letter, and those of them that begin with a capital (it changes in lower case). */
  lettered: number;
  caps: number;
  /** The other words (a digit first, or a letter beyond the BMP, as a one-unit test has always seen it). */
  digits: number;
  /** The count stopped at the bar, before the end. */
  cut: boolean;
}

// What an ASCII character is to the word pattern, as bits (a table saves the Unicode look-up on most characters).
const W_START = 1; // [\p{L}\p{N}]: begins or continues a word
const W_JOIN = 2; // ['.-]: continues a word that has begun ('’' is the one non-ASCII joiner)
const W_LETTER = 4; // [A-Za-z]
const W_CAP = 8; // [A-Z]
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
  ASCII_CLASS[c] = (upper || lower || isAsciiDigit(c) ? W_START : 0) | (c === 39 || c === 46 || c === 45 ? W_JOIN : 0) |
    (upper || lower ? W_LETTER : 0) | (upper ? W_CAP : 0);
}

/** The class bits of a non-ASCII code point: only W_START or W_JOIN matter past the first unit of a word. */
const wideClass = (cp: number): number => ((props(cp) & (LETTER | NUMBER)) !== 0 ? W_START : cp === 0x2019 ? W_JOIN : 0);

/**
 * The words of t[from, end) as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu matches them, counted and sorted in one pass, with
 * no string made but for the rare short word with non-ASCII letters (looked up among the function words).
 */
function countWords(t: string, from: number, end: number, bar?: ProseBar): WordCounts {
  const barWords = bar ? bar.words : Infinity;
  const barShare = bar ? bar.share : 0;
  let words = 0, stops = 0, lettered = 0, caps = 0, digits = 0;
  let i = from;
  while (i < end) {
    // Between words: skip to the next letter or digit.
    const c = t.charCodeAt(i);
    let k: number;
    let width = 1;
    if (c < 128) k = ASCII_CLASS[c];
    else {
      const cp = codePointAt(t, i, end);
      if (cp > 0xffff) width = 2;
      k = wideClass(cp);
    }
    if (!(k & W_START)) { i += width; continue; }
    // A word begins. Its first code unit decides letter or digit, as `/\p{L}/u.test(word[0])` did: a letter beyond
    // the BMP counts as a digit, its first unit being a lone surrogate.
    words++;
    if (c < 128 ? k & W_LETTER : width === 1 && props(c) & LETTER) {
      lettered++;
      if (c < 128 ? k & W_CAP : props(c) & CASED) caps++;
    } else digits++;
    const start = i;
    let ascii = c < 128; // the word is all ASCII so far
    // Whether it is all ASCII letters so far, and those letters packed five bits each (a..z in either case as 1..26):
    // the key of a short word among the function words, made on the way.
    let letters = c < 128 && (k & W_LETTER) !== 0;
    let code = (c | 32) - 96;
    i += width;
    // The rest of the word: lower-case ASCII letters in a tight loop, then whatever else continues it.
    while (i < end) {
      const d = t.charCodeAt(i);
      if (d >= 97 && d <= 122) {
        code = (code << 5) | (d - 96);
        i++;
      } else if (d < 128) {
        const e = ASCII_CLASS[d];
        if (!(e & (W_START | W_JOIN))) break;
        if (e & W_LETTER) code = (code << 5) | (d - 64); // an upper-case letter: lower-case letters were taken above
        else letters = false;
        i++;
      } else {
        const cp = codePointAt(t, i, end);
        if (!(wideClass(cp) & (W_START | W_JOIN))) break;
        ascii = false;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    const n = i - start;
    if (n <= MAX_STOP && (ascii ? letters && isAsciiStopWord(code, t, start, n) : isStopWord(t, start, i))) stops++;
    // The character at i ends the word and begins none, so each word left takes two characters at least: there are
    // (end - i) >> 1 more at most. (Were all of those no function words, the share would still be this much.)
    if (words >= barWords && stops / (words + ((end - i) >> 1)) >= barShare) return { words, stops, lettered, caps, digits, cut: true };
  }
  return { words, stops, lettered, caps, digits, cut: false };
}

/** The longest function word, in code units (lower-casing never shortens a word, so longer words need no look-up). */
const MAX_STOP = Math.max(...[...STOP_WORDS].map((w) => w.length));

// ASCII function words are looked up without making a string: those of up to six letters by their packed letters
// (countWords), which differ for different words of such lengths, in an open-addressed table of those codes; the
// longer ones ("because") letter by letter.
const PACKED_MAX = 6;
const STOP_CODE_BITS = 10;
const STOP_CODES = new Int32Array(1 << STOP_CODE_BITS); // 0: an empty slot (no code is 0)
const stopCodeSlot = (code: number): number => Math.imul(code, 0x9e3779b1) >>> (32 - STOP_CODE_BITS);
const LONG_ASCII_STOPS: string[] = [];
for (const w of STOP_WORDS) {
  if (!/^[a-z]+$/.test(w)) continue;
  if (w.length > PACKED_MAX) { LONG_ASCII_STOPS.push(w); continue; }
  let code = 0;
  for (let i = 0; i < w.length; i++) code = (code << 5) | (w.charCodeAt(i) - 96);
  let slot = stopCodeSlot(code);
  while (STOP_CODES[slot] !== 0) slot = (slot + 1) & (STOP_CODES.length - 1);
  STOP_CODES[slot] = code;
}

/** Whether the short word t[start, start + n) of ASCII letters, packed as `code`, is a function word. */
function isAsciiStopWord(code: number, t: string, start: number, n: number): boolean {
  if (n > PACKED_MAX) { // (its code has lost its first letters)
    for (const w of LONG_ASCII_STOPS) if (w.length === n && sameLower(t, start, w)) return true;
    return false;
  }
  for (let slot = stopCodeSlot(code); ; slot = (slot + 1) & (STOP_CODES.length - 1)) {
    const k = STOP_CODES[slot];
    if (k === code) return true;
    if (k === 0) return false;
  }
}

/** t[start, start + w.length) is `w` (lower-case ASCII letters) up to ASCII case. */
function sameLower(t: string, start: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((t.charCodeAt(start + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

/** Whether the short word t[start, end), with some non-ASCII letter, is a function word (não, FÜR…). */
function isStopWord(t: string, start: number, end: number): boolean {
  return STOP_WORDS.has(t.slice(start, end).toLowerCase());
}

const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …

/** Ends like a sentence: /[.!?…](?:["'”’»)\]]*)$/ or /[.!?…]\s*["”»]$/ on the whole line s[from, to). */
function endsSentence(s: string, from: number, to: number): boolean {
  // The closers cannot be terminators, so the first pattern holds iff a terminator precedes the run of closers at the end.
  let i = to - 1;
  while (i >= from && isCloser(s.charCodeAt(i))) i--;
  if (i >= from && isTerminator(s.charCodeAt(i))) return true;
  const last = s.charCodeAt(to - 1);
  if (to === from || (last !== 34 && last !== 0x201d && last !== 0xbb)) return false; // " ” »
  i = to - 2;
  while (i >= from && isSpace(s.charCodeAt(i))) i--;
  return i >= from && isTerminator(s.charCodeAt(i));
}
/** " ' ” ’ » ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
